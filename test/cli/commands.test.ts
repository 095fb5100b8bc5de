/**
 * The CLI as a newcomer meets it: help per command, suggestions for typos, flags that do
 * not apply refused with a reason, `--json`, and `leakgate init`.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, writeTree } from "../helpers/archives.js";
import { runCli } from "../helpers/run-cli.js";

const repo = join(import.meta.dirname, "../..");
const demo = "fixtures/demo/acme-cli-2.0.0.tgz";

describe("help and mistakes", () => {
  it("every command has its own help, listing its own flags", async () => {
    const scan = await runCli(["scan", "--help"]);
    expect(scan.code).toBe(0);
    expect(scan.stdout).toMatch(/^Usage: leakgate scan \[options\] \[artifact\.\.\.\]/);
    expect(scan.stdout).toContain("--baseline <file>");
    expect(scan.stdout).not.toContain("--reason");
    const accept = await runCli(["help", "accept"]);
    expect(accept.stdout).toMatch(/^Usage: leakgate accept/);
    for (const flag of ["--reason <text>", "--expires <date>", "--report <file>", "--replace"])
      expect(accept.stdout).toContain(flag);
    const baseline = await runCli(["baseline", "-h"]);
    for (const flag of ["--write <file>", "--check", "--allow-findings", "--keep-unused"])
      expect(baseline.stdout).toContain(flag);
  });

  it("a mistyped command or flag gets a suggestion and exit 2", async () => {
    const command = await runCli(["sacn", demo], { cwd: repo });
    expect(command.code).toBe(2);
    expect(command.stderr).toContain("Did you mean scan?");
    const flag = await runCli(["scan", "--basline", "x.json", demo], { cwd: repo });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("Did you mean --baseline?");
  });

  it("a flag of another command is refused, saying whose it is, instead of being ignored", async () => {
    const run = await runCli(["manifest", "-f", "markdown", demo], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("-f does not apply to manifest (the manifest is always JSON)");
    const reason = await runCli(["scan", "--reason", "because", demo], { cwd: repo });
    expect(reason.code).toBe(2);
    expect(reason.stderr).toContain("it is a flag of accept");
  });

  it("--json is --format json; a report format a command does not write is refused", async () => {
    const run = await runCli(["scan", "--json", demo], { cwd: repo });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).verdict).toBe("fail");
    const sarif = await runCli(["inventory", "--format", "sarif"], { cwd: repo });
    expect(sarif.code).toBe(2);
    expect(sarif.stderr).toMatch(/Allowed choices are text, json, markdown/);
  });
});

describe("usage errors are exit 2", () => {
  it("help for a command that does not exist, and a --cwd that is not a directory", async () => {
    expect((await runCli(["help", "nope"])).code).toBe(2);
    const cwd = await runCli(["scan", "--cwd", "/nonexistent-dir", "x"]);
    expect(cwd.code).toBe(2);
    expect(cwd.stderr).toContain("--cwd /nonexistent-dir is not a directory");
  });

  it("a package.json whose `leakgate` key cannot be read stops the run instead of using the defaults", async () => {
    const dir = await tempDir();
    await writeTree(dir, { "package.json": '{"name":"x","leakgate":{"failOn":"never"}', "d/a.txt": "a" });
    const run = await runCli(["scan", "d"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("has a `leakgate` key but cannot be read");
  });
});

describe("colour", () => {
  it("FORCE_COLOR colours the text report off a terminal; NO_COLOR wins; a file never gets colour", async () => {
    const forced = await runCli(["scan", demo], { cwd: repo, env: { NO_COLOR: "", FORCE_COLOR: "1" } });
    expect(forced.stdout).toContain("\u001b[31m");
    const both = await runCli(["scan", demo], { cwd: repo, env: { NO_COLOR: "1", FORCE_COLOR: "1" } });
    expect(both.stdout).not.toContain("\u001b[");
    const off = await runCli(["scan", demo], { cwd: repo, env: { NO_COLOR: "", FORCE_COLOR: "0" } });
    expect(off.stdout).not.toContain("\u001b[");
  });
});

describe("leakgate init", () => {
  it("writes a commented config, records the first baseline, prints the workflow step; the next scan passes", async () => {
    const dir = await tempDir();
    await writeTree(dir, {
      "package.json": '{"name":"@acme/widget","version":"1.0.0","files":["lib"]}',
      "lib/index.js": "export const widget = 1;\n",
    });
    const init = await runCli(["init"], { cwd: dir });
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain("uses: leakgate/leakgate@v0");
    expect(init.stdout).toContain("npm:.");
    const config = await readFile(join(dir, ".leakgate.yml"), "utf8");
    expect(config).toMatch(/^# failOn: error$/m);
    const baseline = JSON.parse(await readFile(join(dir, "leakgate.baseline.json"), "utf8"));
    expect(baseline.artifacts[0].identity).toBe("npm:@acme/widget");
    const scan = await runCli(["scan", "--baseline", "leakgate.baseline.json"], { cwd: dir });
    expect(scan.code, scan.stdout).toBe(0);
  });

  it("a package that ships everything (no `files`) passes its next scan, its own baseline included", async () => {
    const dir = await tempDir();
    await writeTree(dir, { "package.json": '{"name":"p","version":"1.0.0"}', "index.js": "x\n" });
    expect((await runCli(["init"], { cwd: dir })).code).toBe(0);
    const scan = await runCli(["scan", "--strict", "--baseline", "leakgate.baseline.json", "npm:."], {
      cwd: dir,
    });
    expect(scan.code, scan.stdout).toBe(0);
  });

  it("a release with blocking findings: nothing is written, every finding is listed with its id", async () => {
    const dir = await tempDir();
    await writeTree(dir, { "d/.env": "A=1\n", "d/index.html": "<p>" });
    const init = await runCli(["init", "d"], { cwd: dir });
    expect(init.code).toBe(1);
    expect(init.stdout).toContain("id: ");
    expect(init.stdout).toContain("init wrote nothing");
    expect(init.stdout).not.toContain("add this step");
    await expect(readFile(join(dir, ".leakgate.yml"), "utf8")).rejects.toThrow();
    expect((await runCli(["init", "d", "--allow-findings"], { cwd: dir })).code).toBe(0);
  });

  it("refuses when another config already applies (package.json's key)", async () => {
    const dir = await tempDir();
    await writeTree(dir, {
      "package.json": '{"name":"p","version":"1.0.0","leakgate":{"strict":true}}',
      "i.js": "1",
    });
    const init = await runCli(["init"], { cwd: dir });
    expect(init.code).toBe(2);
    expect(init.stderr).toContain("a config already applies here");
  });

  it("does not overwrite a baseline or config that exists, unless --force", async () => {
    const dir = await tempDir();
    await writeTree(dir, {
      "package.json": '{"name":"w","version":"1.0.0","files":["lib"]}',
      "lib/index.js": "1",
      "leakgate.baseline.json": "reviewed",
    });
    const again = await runCli(["init"], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("leakgate.baseline.json already exists");
    expect(await readFile(join(dir, "leakgate.baseline.json"), "utf8")).toBe("reviewed");
    expect((await runCli(["init", "--force"], { cwd: dir })).code).toBe(0);
  });
});
