import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, tgzBuffer, writeTemp, writeTree, zipBuffer } from "../helpers/archives.js";
import { runCli } from "../helpers/run-cli.js";

const repo = join(import.meta.dirname, "../..");
const demo = "fixtures/demo/acme-cli-2.0.0.tgz";

describe("leakgate CLI (dist/cli.js)", () => {
  it("passes a clean release with exit 0 and says what it scanned", async () => {
    const path = await writeTemp(
      "clean-1.0.0.tgz",
      await tgzBuffer({
        "package/package.json": '{"name":"clean","version":"1.0.0"}',
        "package/index.js": "module.exports = 1;\n",
      }),
    );
    const run = await runCli(["scan", path]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toMatch(/^✔ leakgate: PASS — no blocking findings in 2 files/);
    expect(run.stderr).toBe("");
  });

  it("exit 1 on a release with blocking findings, leading with the verdict", async () => {
    const path = await writeTemp("evil.tgz", await tgzBuffer({ "../../etc/passwd": "root:x:0:0" }));
    const run = await runCli(["scan", path]);
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n")[0]).toMatch(/^✖ leakgate: FAIL — 1 blocking finding/);
    expect(run.stdout).toContain("suspicious-path");
  });

  it("writes the JSON report contract to --output", async () => {
    const dir = await tempDir();
    const path = await writeTemp("app-1.2.3.zip", await zipBuffer({ "index.html": "<h1>hi</h1>" }));
    const out = join(dir, "report.json");
    const run = await runCli(["scan", "--format", "json", "--output", out, path]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    const report = JSON.parse(await readFile(out, "utf8"));
    expect(Object.keys(report)).toEqual([
      "version",
      "tool",
      "verdict",
      "failOn",
      "artifacts",
      "findings",
      "summary",
    ]);
    expect(report).toMatchObject({
      version: 1,
      verdict: "pass",
      artifacts: [
        { kind: "zip", identity: expect.stringMatching(/app\.zip$/), entryCount: 1, totalBytes: 11 },
      ],
      summary: { artifacts: 1, files: 1, bytes: 11, blocking: 0 },
    });
  });

  it("prints a manifest with the sha256 of every file", async () => {
    const path = await writeTemp("m.tgz", await tgzBuffer({ "a.txt": "a" }));
    const run = await runCli(["manifest", path]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      kind: "tar",
      entries: [
        {
          path: "a.txt",
          size: 1,
          sha256: "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb",
          type: "file",
        },
      ],
    });
  });

  it("prints several manifests as a JSON array, to --output as well", async () => {
    const dir = await tempDir();
    const a = await writeTemp("a.tgz", await tgzBuffer({ "x.txt": "x" }));
    const b = await writeTemp("b.zip", await zipBuffer({}));
    const run = await runCli(["manifest", "-o", join(dir, "m.json"), a, b]);
    expect(run.code).toBe(0);
    const manifests = JSON.parse(await readFile(join(dir, "m.json"), "utf8"));
    expect(manifests.map((m: { kind: string; entryCount: number }) => [m.kind, m.entryCount])).toEqual([
      ["tar", 1],
      ["zip", 0],
    ]);
  });

  it("exit 2 with a clear message, no stack trace, for a truncated archive", async () => {
    const tgz = await tgzBuffer({ "a.js": randomBytes(50_000).toString("hex") });
    const path = await writeTemp("broken.tgz", tgz.subarray(0, tgz.length >> 1));
    const run = await runCli(["scan", path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^leakgate: \S*broken\.tgz: the archive is truncated or corrupt/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("exit 2 for usage errors: a missing artifact, an unknown flag, a bad --fail-on", async () => {
    for (const args of [
      ["scan", "nope.tgz"],
      ["scan", "--frobnicate", "x"],
      ["scan", "--fail-on", "sometimes", demo],
      ["frob"],
    ]) {
      const run = await runCli(args, { cwd: repo });
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toMatch(/^leakgate( scan)?: /);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("with no artifact, scans what npm publish would ship from a package directory", async () => {
    const dir = await tempDir();
    await writeTree(dir, {
      "package.json": '{"name":"here","version":"0.0.1","files":["lib"]}',
      "lib/a.js": "1",
      "secret-notes.txt": "not shipped",
    });
    const run = await runCli(["scan", "--format", "json"], { cwd: dir });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.artifacts[0]).toMatchObject({ kind: "npm-package", identity: "npm:here" });
    expect(report.summary.files).toBe(2);
  });

  it("npm: on a directory without a valid package.json is exit 2 naming it", async () => {
    const dir = await tempDir();
    await writeTree(dir, { "pkg/a.js": "1", "bad/package.json": "{oops" });
    const missing = await runCli(["scan", "npm:pkg"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("leakgate: pkg: not a package directory (no package.json)");
    const bad = await runCli(["scan", "npm:bad"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("leakgate: bad: package.json cannot be read");
  });

  it("an --output that cannot be written is a usage error, not a crash", async () => {
    for (const command of ["scan", "manifest"]) {
      const run = await runCli([command, "-o", "/nonexistent-dir/report.json", demo], { cwd: repo });
      expect(run.code, command).toBe(2);
      expect(run.stderr).toBe(
        "leakgate: cannot write /nonexistent-dir/report.json: its directory does not exist\n",
      );
    }
  });

  it("with no artifact outside a package, says what to pass (exit 2)", async () => {
    const run = await runCli(["scan"], { cwd: await tempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("nothing to scan");
  });

  it("--fail-on never turns a failing scan into a pass, --fail-on warning makes warnings block", async () => {
    const path = await writeTemp("evil.tgz", await tgzBuffer({ "/abs": "x" }));
    expect((await runCli(["scan", "--fail-on", "never", path])).code).toBe(0);
    // A rar inside is an unscanned-archive warning.
    const rar = await writeTemp(
      "r.tar.gz",
      await tgzBuffer({ "data.rar": Buffer.from([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00, 1, 2]) }),
    );
    expect((await runCli(["scan", rar])).code).toBe(0);
    expect((await runCli(["scan", "--fail-on", "warning", rar])).code).toBe(1);
  });

  it("--max-entries and other limit flags are applied", async () => {
    const path = await writeTemp("three.tgz", await tgzBuffer({ a: "1", b: "2", c: "3" }));
    const run = await runCli(["scan", "--max-entries", "2", path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("archive-limit");
    expect((await runCli(["scan", "--max-entries", "lots", path])).code).toBe(2);
  });

  it("--progress reports files, bytes and MB/s on stderr; CI logs stay quiet without it", async () => {
    const path = await writeTemp(
      "p.tgz",
      await tgzBuffer({ "a.bin": randomBytes(3_000_000).toString("hex") }),
    );
    const withProgress = await runCli(["manifest", "--progress", path]);
    expect(withProgress.stderr).toMatch(/^leakgate: [\d,]+ files?, [\d.]+ (KiB|MiB) read, [\d.]+ MB\/s$/m);
    const quiet = await runCli(["manifest", path]);
    expect(quiet.stderr).toBe("");
  });

  it("prints help and version", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: leakgate");
    expect(help.stdout).toMatch(/^ {2}scan \[options\] \[artifact\.\.\.\]/m);
    const version = await runCli(["--version"]);
    const pkg = JSON.parse(await readFile(join(repo, "package.json"), "utf8"));
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it("scans the demo release and blocks it", async () => {
    const run = await runCli(["scan", demo], { cwd: repo });
    expect(run.code).toBe(1);
  });
});
