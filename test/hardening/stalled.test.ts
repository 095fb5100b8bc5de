/**
 * A scan that can no longer make progress ends with a message and exit code 2, never with
 * Node's silent exit code 13. The known case: an .xz file inside an .xz archive with more
 * data after it. xz-decompress decodes one stream at a time, so the inner stream waits for
 * the outer one, which waits for the inner entry to be read (src/core/stalled.ts).
 */
import { randomBytes } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tarBuffer, tempDir } from "../helpers/archives.js";
import { compress } from "../helpers/packages.js";
import { runAction } from "../helpers/run-action.js";
import { runCli } from "../helpers/run-cli.js";

/** A .tar.xz holding a small .xz file, then 2 MB that cannot be compressed. */
async function xzInsideXz(): Promise<Buffer> {
  return compress(
    "xz",
    await tarBuffer({
      "small.txt.xz": compress("xz", Buffer.from("hi\n")),
      "random.bin": randomBytes(2_000_000),
    }),
  );
}

describe("a scan that stops making progress", () => {
  it("the command says so and exits 2 (Node alone would exit 13 without a word)", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "nested.tar.xz"), await xzInsideXz());
    const run = await runCli(["scan", "nested.tar.xz"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("the scan stopped making progress");
    expect(run.stderr).toContain("an .xz file inside an .xz archive");
  });

  it("the action fails the step with the same message", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "nested.tar.xz"), await xzInsideXz());
    const run = await runAction({ artifacts: "nested.tar.xz\n" }, dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      "::error::leakgate: internal error, please report it: the scan stopped making progress",
    );
  });
});
