import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, tgzBuffer } from "../helpers/archives.js";
import { runCli } from "../helpers/run-cli.js";

async function setup() {
  const dir = await tempDir();
  await writeFile(
    join(dir, "w-1.0.0.tgz"),
    await tgzBuffer({ "package/package.json": '{"name":"w","version":"1.0.0"}', "package/a.js": "a" }),
  );
  await writeFile(
    join(dir, "w-1.0.1.tgz"),
    await tgzBuffer({
      "package/package.json": '{"name":"w","version":"1.0.1"}',
      "package/a.js": "a",
      "package/.env": "X=1",
    }),
  );
  return dir;
}

describe("leakgate baseline / accept / scan --baseline", () => {
  it("records a deterministic baseline, checks it, and fails --check when files change", async () => {
    const dir = await setup();
    const write = await runCli(["baseline", "--write", "leakgate.baseline.json", "w-1.0.0.tgz"], {
      cwd: dir,
    });
    expect(write.code).toBe(0);
    expect(write.stdout).toContain("recorded 1 artifact, 2 files in leakgate.baseline.json");
    const first = await readFile(join(dir, "leakgate.baseline.json"), "utf8");
    await runCli(["baseline", "--write", "leakgate.baseline.json", "w-1.0.0.tgz"], { cwd: dir });
    expect(await readFile(join(dir, "leakgate.baseline.json"), "utf8")).toBe(first);

    expect((await runCli(["baseline", "--check", "w-1.0.0.tgz"], { cwd: dir })).code).toBe(0);
    const stale = await runCli(["baseline", "--check", "w-1.0.1.tgz"], { cwd: dir });
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain("new file package/.env");
  });

  it("scan --baseline fails on the new .env, accept lets it through, with the reason in the report", async () => {
    const dir = await setup();
    await runCli(["baseline", "--write", "leakgate.baseline.json", "w-1.0.0.tgz"], { cwd: dir });
    const failing = await runCli(
      ["scan", "--baseline", "leakgate.baseline.json", "--format", "json", "-o", "r.json", "w-1.0.1.tgz"],
      { cwd: dir },
    );
    expect(failing.code).toBe(1);
    const report = JSON.parse(await readFile(join(dir, "r.json"), "utf8"));
    const env = report.findings.find((f: { ruleId: string }) => f.ruleId === "internal-path");
    expect(report.baseline.artifacts[0].added.map((a: { path: string }) => a.path)).toEqual(["package/.env"]);

    const accept = await runCli(
      ["accept", "--reason", "Fake values for the demo", "--report", "r.json", env.fingerprint],
      { cwd: dir },
    );
    expect(accept.code).toBe(0);
    const baseline = JSON.parse(await readFile(join(dir, "leakgate.baseline.json"), "utf8"));
    expect(baseline.accepted).toEqual([
      {
        fingerprint: env.fingerprint,
        rule: "internal-path",
        artifact: "npm:w",
        path: "package/.env",
        summary: env.message,
        reason: "Fake values for the demo",
        acceptedOn: new Date().toISOString().slice(0, 10),
      },
    ]);

    const passing = await runCli(["scan", "--baseline", "leakgate.baseline.json", "w-1.0.1.tgz"], {
      cwd: dir,
    });
    expect(passing.code).toBe(0);
    expect(passing.stdout).toContain("Accepted in the baseline:");
    expect(passing.stdout).toContain("Fake values for the demo");
  });

  it("accept without a reason, or with an unknown fingerprint, is a usage error", async () => {
    const dir = await setup();
    expect((await runCli(["accept", "abc"], { cwd: dir })).code).toBe(2);
    await writeFile(join(dir, "r.json"), JSON.stringify({ findings: [] }));
    const typo = await runCli(["accept", "--reason", "x", "--report", "r.json", "abc"], { cwd: dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('"abc" is not a fingerprint');
    const unknown = await runCli(["accept", "--reason", "x", "--report", "r.json", "a".repeat(32)], {
      cwd: dir,
    });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(`no finding with fingerprint ${"a".repeat(32)}`);
  });

  it("a baseline that cannot be written is exit 2 naming it", async () => {
    const dir = await setup();
    const run = await runCli(["baseline", "--write", "no/such/dir/b.json", "w-1.0.0.tgz"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("leakgate: cannot write no/such/dir/b.json: its directory does not exist\n");
  });

  it("a bad baseline file is exit 2 naming the file", async () => {
    const dir = await setup();
    await writeFile(join(dir, "b.json"), '{"version": 7}');
    const run = await runCli(["scan", "--baseline", "b.json", "w-1.0.0.tgz"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("written by a newer leakgate (format 7)");
    const missing = await runCli(["scan", "--baseline", "nope.json", "w-1.0.0.tgz"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("baseline file not found");
  });
});
