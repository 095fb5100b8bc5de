/**
 * Real 7z archives for the tests, made by Debian's 7-Zip (`7zz`, which .ci/run installs).
 * Tests that need it skip where it is missing; the committed fixture in fixtures/sevenzip
 * covers the reader without it.
 */
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { type Tree, tempDir, writeTree } from "./archives.js";

export const has7zz = (() => {
  try {
    execFileSync("7zz", ["i"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/** A 7z of `tree` (files at its top level), made with `7zz a <switches>`. */
export async function sevenZipBuffer(tree: Tree, switches: string[] = []): Promise<Buffer> {
  const dir = await tempDir("leakgate-7z-");
  await writeTree(join(dir, "in"), tree);
  execFileSync("7zz", ["a", "-snl", ...switches, join(dir, "out.7z"), "."], {
    cwd: join(dir, "in"),
    stdio: "ignore",
  });
  return readFile(join(dir, "out.7z"));
}
