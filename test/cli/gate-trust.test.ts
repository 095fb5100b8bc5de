/**
 * The baseline workflow as a new user runs it, end to end with the CLI bundle: acceptances
 * bound to what was reviewed, baselines that never bless a leak silently, and every command
 * leakgate suggests working when pasted.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, tgzBuffer, writeTree } from "../helpers/archives.js";
import { runCli } from "../helpers/run-cli.js";

const pkg = (version: string) => JSON.stringify({ name: "tiny", version });
const base = { "package/index.js": "module.exports = 1;\n".repeat(50) };

async function release(dir: string, version: string, extra: Record<string, Buffer | string> = {}) {
  await writeFile(
    join(dir, `tiny-${version}.tgz`),
    await tgzBuffer({ "package/package.json": pkg(version), ...base, ...extra }),
  );
}

async function jsonScan(dir: string, baseline: string, artifact: string) {
  const run = await runCli(["scan", "--format", "json", "--baseline", baseline, artifact], { cwd: dir });
  return { code: run.code, report: JSON.parse(run.stdout) };
}

const blob = (bytes: number) => randomBytes(bytes);

/** A baseline of 1.0.0, and 1.0.1 that adds a `.env`: the directory and the finding's id. */
async function envAdded(): Promise<{ dir: string; id: string }> {
  const dir = await tempDir();
  await release(dir, "1.0.0");
  await release(dir, "1.0.1", { "package/.env": "A=1\n" });
  await runCli(["baseline", "--write", "b.json", "tiny-1.0.0.tgz"], { cwd: dir });
  const { report } = await jsonScan(dir, "b.json", "tiny-1.0.1.tgz");
  const id = report.findings.find((f: { ruleId: string }) => f.ruleId === "internal-path").fingerprint;
  return { dir, id };
}

describe("an accepted growth covers only the growth that was reviewed", () => {
  it("accepting growth to 2.9 MiB does not let a later growth to 9.7 MiB through", async () => {
    const dir = await tempDir();
    await release(dir, "1.0.0");
    await release(dir, "1.0.1", { "package/big.bin": blob(2.9 * 1024 * 1024) });
    await release(
      dir,
      "1.0.2",
      Object.fromEntries([
        ["package/big.bin", blob(2.9 * 1024 * 1024)],
        ...Array.from({ length: 8 }, (_, i) => [`package/more-${i}.bin`, blob(880 * 1024)]),
      ]),
    );
    expect((await runCli(["baseline", "--write", "b.json", "tiny-1.0.0.tgz"], { cwd: dir })).code).toBe(0);
    const first = await jsonScan(dir, "b.json", "tiny-1.0.1.tgz");
    const growth = first.report.findings.find((f: { ruleId: string }) => f.ruleId === "artifact-growth");
    const large = first.report.findings.find((f: { ruleId: string }) => f.ruleId === "unexpected-large-file");
    const accept = await runCli(
      [
        "accept",
        "-b",
        "b.json",
        "-a",
        "tiny-1.0.1.tgz",
        "--reason",
        "bundled assets",
        growth.fingerprint,
        large.fingerprint,
      ],
      { cwd: dir },
    );
    expect(accept.code, accept.stderr).toBe(0);
    expect((await jsonScan(dir, "b.json", "tiny-1.0.1.tgz")).code).toBe(0);

    // Not refreshed: the same fingerprint, but far past what was reviewed.
    const later = await jsonScan(dir, "b.json", "tiny-1.0.2.tgz");
    expect(later.code).toBe(1);
    expect(later.report.findings.map((f: { ruleId: string }) => f.ruleId)).toContain("artifact-growth");

    // Refreshed at 1.0.1: the acceptance is moot and dropped; 1.0.2 is judged from 2.9 MiB.
    const write = await runCli(["baseline", "--write", "b.json", "tiny-1.0.1.tgz"], { cwd: dir });
    expect(write.code).toBe(0);
    expect(write.stdout).toMatch(
      /dropped an acceptance that matched nothing: [0-9a-f]{32} \(The artifact grew/,
    );
    expect(JSON.parse(await readFile(join(dir, "b.json"), "utf8")).accepted).toEqual([]);
    const after = await jsonScan(dir, "b.json", "tiny-1.0.2.tgz");
    expect(after.code).toBe(1);
    expect(
      after.report.findings.find((f: { ruleId: string }) => f.ruleId === "artifact-growth")?.message,
    ).toMatch(/from 2\.9 MiB to 9\.\d MiB/);
  });
});

describe("acceptances that match nothing", () => {
  it("are reported in every format, dropped by baseline --write, kept with --keep-unused", async () => {
    const dir = await tempDir();
    await release(dir, "1.0.0", { "package/.env": "A=1\n" });
    await release(dir, "1.0.1");
    expect(
      (await runCli(["baseline", "--write", "b.json", "--allow-findings", "tiny-1.0.0.tgz"], { cwd: dir }))
        .code,
    ).toBe(0);
    const { report } = await jsonScan(dir, "b.json", "tiny-1.0.0.tgz");
    const env = report.findings.find((f: { ruleId: string }) => f.ruleId === "internal-path");
    await runCli(
      ["accept", "-b", "b.json", "-a", "tiny-1.0.0.tgz", "--reason", "fake values", env.fingerprint],
      {
        cwd: dir,
      },
    );
    // 1.0.1 no longer ships the .env: the acceptance matched nothing.
    const json = await jsonScan(dir, "b.json", "tiny-1.0.1.tgz");
    expect(json.report.baseline.unusedAcceptances).toHaveLength(1);
    const text = await runCli(["scan", "-b", "b.json", "tiny-1.0.1.tgz"], { cwd: dir });
    expect(text.stdout).toContain("Accepted in the baseline but matched nothing (1):");
    expect(text.stdout).toContain("internal-path");
    const markdown = await runCli(["scan", "-b", "b.json", "-f", "markdown", "tiny-1.0.1.tgz"], { cwd: dir });
    expect(markdown.stdout).toContain("1 acceptance in the baseline matched nothing");

    const kept = await runCli(["baseline", "--write", "b.json", "--keep-unused", "tiny-1.0.1.tgz"], {
      cwd: dir,
    });
    expect(kept.code).toBe(0);
    expect(JSON.parse(await readFile(join(dir, "b.json"), "utf8")).accepted).toHaveLength(1);
    const dropped = await runCli(["baseline", "--write", "b.json", "tiny-1.0.1.tgz"], { cwd: dir });
    expect(dropped.stdout).toContain("dropped an acceptance that matched nothing");
    expect(JSON.parse(await readFile(join(dir, "b.json"), "utf8")).accepted).toEqual([]);
  });
});

describe("accept checks what it records", () => {
  it("without --report it scans the artifacts; typos, bad and past dates are refused; re-accepting needs --replace", async () => {
    const { dir, id } = await envAdded();
    const accept = (...args: string[]) =>
      runCli(["accept", "-b", "b.json", "-a", "tiny-1.0.1.tgz", ...args], { cwd: dir });

    expect((await accept("--reason", "r", id.replace(/^./, "z"))).stderr).toContain("is not a fingerprint");
    expect((await accept("--reason", "r", "0".repeat(32))).stderr).toContain("no finding with fingerprint");
    for (const date of ["2027-99-99", "2027-02-31"]) {
      expect((await accept("--reason", "r", "--expires", date, id)).stderr).toContain("must be a real date");
    }
    expect((await accept("--reason", "r", "--expires", "2020-01-01", id)).stderr).toContain(
      "not in the future",
    );
    const first = await accept("--reason", "reviewed by security", "--expires", "2099-01-01", id);
    expect(first.code).toBe(0);
    const again = await accept("--reason", "changed my mind", id);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(
      'accepted already (reason: "reviewed by security", until 2099-01-01); pass --replace',
    );
    const replaced = await accept("--reason", "changed my mind", "--replace", id);
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain("replaced the acceptance of");
    expect(replaced.stdout).toContain('it said: "reviewed by security" (until 2099-01-01)');
    const [entry] = JSON.parse(await readFile(join(dir, "b.json"), "utf8")).accepted;
    expect(entry).toMatchObject({
      rule: "internal-path",
      artifact: "npm:tiny",
      path: "package/.env",
      reason: "changed my mind",
    });
    expect(entry.summary).toMatch(/\.env/);
    expect(entry.acceptedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("with nothing to scan, says how to name it", async () => {
    const dir = await tempDir();
    const run = await runCli(["accept", "--reason", "r", "0".repeat(32)], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--artifact SPEC");
  });
});

describe("an expired acceptance says so where people look", () => {
  it("in the text and markdown reports: until when, why, and how long ago", async () => {
    const { dir, id } = await envAdded();
    await runCli(
      [
        "accept",
        "-b",
        "b.json",
        "-a",
        "tiny-1.0.1.tgz",
        "--reason",
        "demo only",
        "--expires",
        "2099-01-01",
        id,
      ],
      {
        cwd: dir,
      },
    );
    // Time passes: the acceptance ran out on 2020-01-01.
    const file = join(dir, "b.json");
    await writeFile(file, (await readFile(file, "utf8")).replace("2099-01-01", "2020-01-01"));
    for (const format of ["text", "markdown"]) {
      const run = await runCli(["scan", "-b", "b.json", "-f", format, "tiny-1.0.1.tgz"], { cwd: dir });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /accepted until 2020-01-01 \(reason: (")?demo only\1\), which expired \d+ days ago/,
      );
    }
  });
});

describe("baseline --write never blesses a leak silently", () => {
  it("a release with a .env holding an AWS key is not recorded: findings printed, exit 1; --allow-findings records it", async () => {
    const dir = await tempDir();
    const key = ["AKIA", "MZ3QW7RTK2PLX5VB"].join("");
    await release(dir, "1.0.0", { "package/.env": `AWS_ACCESS_KEY_ID=${key}\n` });
    const refused = await runCli(["baseline", "--write", "b.json", "tiny-1.0.0.tgz"], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("internal-path");
    expect(refused.stdout).toContain("secret");
    expect(refused.stdout).toContain("b.json was not written");
    expect(refused.stdout).not.toContain(key);
    await expect(readFile(join(dir, "b.json"))).rejects.toThrow();
    // --fail-on never keeps scans from failing; it does not make the leak known-good.
    const never = await runCli(["baseline", "--write", "b.json", "--fail-on", "never", "tiny-1.0.0.tgz"], {
      cwd: dir,
    });
    expect(never.code).toBe(1);
    expect(never.stdout).toContain("b.json was not written");
    const allowed = await runCli(["baseline", "--write", "b.json", "--allow-findings", "tiny-1.0.0.tgz"], {
      cwd: dir,
    });
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toMatch(/recorded with \d+ blocking findings?/);
  });

  it("a missing baseline file says how to create it", async () => {
    const dir = await tempDir();
    await release(dir, "1.0.0");
    const run = await runCli(["scan", "-b", "nope.json", "tiny-1.0.0.tgz"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /baseline file not found\. Create it .*leakgate baseline --write \S*nope\.json/,
    );
  });
});

describe("identity does not depend on how a path is written", () => {
  it("dist, dist/, ./dist, ./dist/ and the absolute path are one artifact", async () => {
    const dir = await tempDir();
    await writeTree(join(dir, "dist"), { "index.html": "<p>hi</p>", "app.js": "x()" });
    for (const recorded of ["dist", join(dir, "dist")]) {
      await runCli(["baseline", "--write", "b.json", recorded], { cwd: dir });
      expect(JSON.parse(await readFile(join(dir, "b.json"), "utf8")).artifacts[0].identity).toBe("dist");
      for (const spelling of [
        "dist",
        "dist/",
        "./dist",
        "./dist/",
        join(dir, "dist"),
        `${join(dir, "dist")}/`,
      ]) {
        const { report } = await jsonScan(dir, "b.json", spelling);
        expect(report.baseline.artifacts[0].status, spelling).toBe("compared");
      }
    }
  });
});

describe("every record command leakgate suggests works when pasted", () => {
  /** Splits a suggested command line the way a POSIX shell would (single quotes only: that is all leakgate writes). */
  function words(line: string): string[] {
    return [...line.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((m) =>
      m[1] !== undefined ? m[1].replace(/'\\''/g, "'") : m[2]!,
    );
  }

  it.each([
    ["a tarball path", ["tiny-1.0.0.tgz"]],
    ["a directory", ["site/"]],
    ["the default npm:.", []],
    ["npm:dir", ["npm:pkgdir"]],
    ["name=path", ["web=site"]],
    ["a glob", ["out/*.tgz"]],
    ["a path with a space", ["my site/"]],
  ])("%s: record as suggested, re-scan, and it is compared", async (_kind, specs) => {
    const dir = await tempDir();
    await release(dir, "1.0.0");
    await writeTree(join(dir, "site"), { "index.html": "<p>hi</p>" });
    await writeTree(join(dir, "my site"), { "index.html": "<p>hi</p>" });
    await writeTree(join(dir, "pkgdir"), { "package.json": pkg("1.0.0"), "index.js": "1" });
    await writeFile(
      join(dir, "package.json"),
      JSON.stringify({ name: "root-pkg", version: "1.0.0", files: ["lib"] }),
    );
    await writeTree(join(dir, "lib"), { "a.js": "1" });
    await mkdir(join(dir, "out"));
    await writeFile(
      join(dir, "out", "a-1.0.0.tgz"),
      await tgzBuffer({ "package/package.json": '{"name":"a"}' }),
    );
    await writeFile(
      join(dir, "out", "b-1.0.0.tgz"),
      await tgzBuffer({ "package/package.json": '{"name":"b"}' }),
    );
    await writeFile(join(dir, "b.json"), '{ "version": 1, "artifacts": [], "accepted": [] }\n');

    for (const format of ["text", "markdown"]) {
      const scan = await runCli(["scan", "-b", "b.json", "-f", format, ...specs], { cwd: dir });
      const commands = scan.stdout
        .split("\n")
        .map((line) => /(leakgate baseline --write .*)$/.exec(line.replace(/`/g, ""))?.[1])
        .filter((c): c is string => c !== undefined);
      expect(commands.length, scan.stdout).toBeGreaterThan(0);
      for (const command of commands) {
        const run = await runCli(words(command).slice(1), { cwd: dir });
        expect(run.code, `${command}\n${run.stdout}${run.stderr}`).toBe(0);
      }
      const rescan = await jsonScan(dir, "b.json", specs[0] ?? "npm:.");
      for (const artifact of rescan.report.baseline.artifacts)
        expect(artifact.status, format).toBe("compared");
      await writeFile(join(dir, "b.json"), '{ "version": 1, "artifacts": [], "accepted": [] }\n');
    }
  });
});

describe("every accept command leakgate suggests works when pasted", () => {
  it("the job summary's accept commands record the finding, and the next scan passes", async () => {
    const { dir } = await envAdded();
    const summary = await runCli(["scan", "-b", "b.json", "-f", "markdown", "tiny-1.0.1.tgz"], { cwd: dir });
    const commands = summary.stdout
      .split("\n")
      .map((line) => /npx (leakgate accept .*)$/.exec(line.trim())?.[1])
      .filter((c): c is string => c !== undefined);
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      const args = [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
      const run = await runCli(args.slice(1), { cwd: dir });
      expect(run.code, run.stderr).toBe(0);
    }
    expect((await runCli(["scan", "-b", "b.json", "tiny-1.0.1.tgz"], { cwd: dir })).code).toBe(0);
  });
});
