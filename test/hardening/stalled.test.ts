/**
 * A scan that can no longer make progress ends with a message and exit code 2, never with
 * Node's silent exit code 13 (src/core/stalled.ts). The case that showed it (an .xz inside an
 * .xz archive) is fixed, so the stall is made here: a module preloaded into the bundle's
 * process makes opening one file a promise that never settles, and nothing else is left for
 * the event loop to do, exactly the state a deadlock between streams leaves.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/archives.js";
import { runAction } from "../helpers/run-action.js";
import { runCli } from "../helpers/run-cli.js";

/** A workspace with `stall.bin`, and NODE_OPTIONS preloading the module that never opens it. */
async function stallingWorkspace(): Promise<{ dir: string; env: NodeJS.ProcessEnv }> {
  const dir = await tempDir();
  await writeFile(join(dir, "stall.bin"), "x\n");
  const preload = join(dir, "never-open.mjs");
  await writeFile(
    preload,
    [
      'import fs from "node:fs/promises";',
      'import { syncBuiltinESMExports } from "node:module";',
      "const open = fs.open;",
      'fs.open = (path, ...rest) => (String(path).endsWith("stall.bin") ? new Promise(() => {}) : open(path, ...rest));',
      "syncBuiltinESMExports();",
    ].join("\n"),
  );
  return { dir, env: { NODE_OPTIONS: `--import ${preload}` } };
}

describe("a scan that stops making progress", () => {
  it("the command says so and exits 2 (Node alone would exit 13 without a word)", async () => {
    const { dir, env } = await stallingWorkspace();
    const run = await runCli(["scan", "stall.bin"], { cwd: dir, env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("the scan stopped making progress");
  });

  it("the action fails the step with the same message", async () => {
    const { dir, env } = await stallingWorkspace();
    const run = await runAction({ artifacts: "stall.bin\n" }, dir, { env });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      "::error::leakgate: internal error, please report it: the scan stopped making progress",
    );
  });
});
