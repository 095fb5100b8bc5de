/**
 * The secret rule's worker thread (rules/secret/threaded.ts), run the way users get it: the
 * bundled CLI and action, with LEAKGATE_THREADS=2 (the worker on any machine) against
 * LEAKGATE_THREADS=1 (one thread). The reports must be the same.
 */
import { randomBytes } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fakeGithubToken } from "../hardening/hostile.js";
import { tempDir, tgzBuffer, writeTemp } from "../helpers/archives.js";
import { runAction } from "../helpers/run-action.js";
import { runCli } from "../helpers/run-cli.js";

/** 16 MB, well past the 8 MiB after which files go to the worker, with secrets before and after. */
async function bigRelease(tokens: string[]): Promise<Buffer> {
  const tree: Record<string, string | Buffer> = {
    "package/package.json": '{"name":"big","version":"1.0.0"}',
  };
  for (let i = 0; i < 60; i++) {
    // Random text: incompressible, so the tarball stays big without being slow to build.
    const filler = randomBytes(200_000).toString("base64");
    const token = i % 8 === 3 ? tokens[i >> 3] : undefined;
    tree[`package/lib/part-${String(i).padStart(2, "0")}.js`] =
      `// part ${i}\nexport const data = "${filler.slice(0, 100_000)}";\n${token ? `const key = "${token}";\n` : ""}export const more = "${filler.slice(100_000)}";\n`;
  }
  return tgzBuffer(tree);
}

const report = (stdout: string) => {
  const parsed = JSON.parse(stdout) as { findings: unknown[]; verdict: string };
  return { verdict: parsed.verdict, findings: parsed.findings };
};

describe("the secret worker thread", () => {
  const tokens = Array.from({ length: 8 }, () => fakeGithubToken());

  it("finds what one thread finds, in the same report, and is really used", async () => {
    const path = await writeTemp("big-1.0.0.tgz", await bigRelease(tokens));
    const one = await runCli(["scan", path, "--format", "json"], { env: { LEAKGATE_THREADS: "1" } });
    const two = await runCli(["scan", path, "--format", "json"], {
      env: { LEAKGATE_THREADS: "2", NODE_DEBUG: "worker" },
    });
    expect(two.stderr).toMatch(/created Worker/);
    expect(one.stderr).not.toMatch(/WORKER/);
    // The fake tokens fail GitHub's checksum: warnings, so the scan passes.
    expect([one.code, two.code]).toEqual([0, 0]);
    const single = report(one.stdout);
    expect(report(two.stdout)).toEqual(single);
    // Secrets in files before the worker starts and after it: all eight.
    expect(
      (single.findings as { ruleId: string; path: string }[])
        .filter((f) => f.ruleId === "secret")
        .map((f) => f.path),
    ).toEqual(
      [3, 11, 19, 27, 35, 43, 51, 59].map((i) => `package/lib/part-${String(i).padStart(2, "0")}.js`),
    );
  });

  it("a single big file (a 60 MB source map) goes to the worker too: its size is known before it is read", async () => {
    const filler = randomBytes(7_500_000).toString("base64");
    const text = `${filler.slice(0, 4_000_000)}\nconst key = "${tokens[0]}";\n${filler.slice(4_000_000)}\n`;
    const path = await writeTemp("cli.js.map", Buffer.from(text));
    const one = await runCli(["scan", path, "--format", "json"], { env: { LEAKGATE_THREADS: "1" } });
    const two = await runCli(["scan", path, "--format", "json"], {
      env: { LEAKGATE_THREADS: "2", NODE_DEBUG: "worker" },
    });
    expect(two.stderr).toMatch(/created Worker/);
    expect(report(two.stdout)).toEqual(report(one.stdout));
    expect(JSON.stringify(report(one.stdout).findings)).toContain('"ruleId":"secret"');
  });

  it("a limit that stops the scan mid-file ends the same way, without waiting on the worker", async () => {
    const path = await writeTemp("big-1.0.0.tgz", await bigRelease(tokens));
    const args = ["scan", path, "--format", "json", "--max-total-bytes", "12MB"];
    const one = await runCli(args, { env: { LEAKGATE_THREADS: "1" } });
    const two = await runCli(args, { env: { LEAKGATE_THREADS: "2" } });
    expect(two.code).toBe(1);
    expect(report(two.stdout)).toEqual(report(one.stdout));
    expect(two.stdout).toContain('"archive-limit"');
  });

  it("in the action, a value the worker finds is masked before anything prints it", async () => {
    const dir = await tempDir("leakgate-worker-action-");
    await writeFile(join(dir, "big-1.0.0.tgz"), await bigRelease(tokens));
    const run = await runAction({ artifacts: "big-1.0.0.tgz\n" }, dir, { env: { LEAKGATE_THREADS: "2" } });
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    for (const token of tokens) {
      const mask = lines.indexOf(`::add-mask::${token}`);
      expect(mask).toBeGreaterThanOrEqual(0);
      lines.forEach((line, i) => {
        if (i !== mask && line.includes(token)) throw new Error(`line ${i} shows a secret without masking`);
      });
    }
  });
});
