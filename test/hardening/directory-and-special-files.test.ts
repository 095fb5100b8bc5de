import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/archives.js";
import { runCli } from "../helpers/run-cli.js";
import { findingsOf, paths, scanPath } from "../helpers/scan.js";
import { allRules, fakeGithubToken } from "./hostile.js";

describe("directories: every name the filesystem holds is scanned", () => {
  it("files and directories with line breaks in their names are read, not skipped", async () => {
    const root = await tempDir();
    const dir = join(root, "site");
    await mkdir(join(dir, "sub\ndir"), { recursive: true });
    for (const name of ["a\nb.js", "c\rd.js", "sub\ndir/x.js"]) {
      await writeFile(join(dir, name), `const t = "${fakeGithubToken()}";\n`);
    }
    await writeFile(join(dir, "ok.js"), "export {};\n");
    const scan = await scanPath(dir, { rules: allRules() });
    expect(paths(scan)).toEqual(["a\\x0ab.js", "c\\x0dd.js", "ok.js", "sub\\x0adir/x.js"]);
    expect(findingsOf(scan, "secret")).toHaveLength(3);
    // The names themselves are hostile (they forge log lines) and say so.
    expect(findingsOf(scan, "suspicious-path").length).toBeGreaterThanOrEqual(3);
  });
});

describe("special files are never read as artifacts", () => {
  it("a fifo given as the artifact, or matched by a glob, is exit 2 naming it, not a hang", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "out"));
    execFileSync("mkfifo", [join(dir, "out", "pipe.tgz")]);
    const direct = await runCli(["scan", "out/pipe.tgz"], { cwd: dir });
    expect(direct.code).toBe(2);
    expect(direct.stderr).toMatch(/out\/pipe\.tgz.*named pipe/);
    const globbed = await runCli(["scan", "out/*"], { cwd: dir });
    expect(globbed.code).toBe(2);
    expect(globbed.stderr).toMatch(/named pipe/);
  });

  it("a fifo inside a directory artifact is left out (it cannot be published) without hanging", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "site"));
    await writeFile(join(dir, "site", "index.html"), "<p>hi</p>");
    execFileSync("mkfifo", [join(dir, "site", "pipe")]);
    const scan = await scanPath(join(dir, "site"));
    expect(paths(scan)).toEqual(["index.html"]);
  });
});

describe("empty artifact specs", () => {
  it.each([[""], ["npm:"], ["web="]])("%j is a usage error, not an internal error", async (spec) => {
    const dir = await tempDir();
    const run = await runCli(["scan", spec], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain("internal error");
  });
});
