import { randomBytes } from "node:crypto";
import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SECRET_FAMILIES } from "../../src/rules/secret/patterns.js";
import { tempDir, tgzBuffer } from "../helpers/archives.js";
import { embeddingMap } from "../helpers/releases.js";
import { runAction } from "../helpers/run-action.js";

const random = () => randomBytes(64).toString("latin1");

async function workspace() {
  const dir = await tempDir("leakgate-workspace-");
  await writeFile(
    join(dir, "clean-1.0.0.tgz"),
    await tgzBuffer({
      "package/package.json": '{"name":"clean","version":"1.0.0"}',
      "package/index.js": "module.exports = 1;\n",
    }),
  );
  return dir;
}

describe("the action, run from dist/index.js the way the runner does", () => {
  it("passes a clean release: outputs, summary, exit 0", async () => {
    const dir = await workspace();
    const run = await runAction(
      { artifacts: "clean-1.0.0.tgz", "report-file": "report.json", "sarif-file": "leakgate.sarif" },
      dir,
    );
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      verdict: "pass",
      errors: "0",
      warnings: "0",
      "report-file": join(dir, "report.json"),
      "sarif-file": join(dir, "leakgate.sarif"),
    });
    expect(run.summary).toContain("## ✅ leakgate: release may ship");
    expect(JSON.parse(await readFile(join(dir, "report.json"), "utf8")).verdict).toBe("pass");
    expect(run.stdout).not.toContain("::error");
  });

  it("fails a leaking release: masks secrets first, annotates, summarises, exit 1", async () => {
    const dir = await workspace();
    const token = SECRET_FAMILIES.find((f) => f.id === "github-token")!.sample(random);
    await writeFile(
      join(dir, "leaky-2.0.0.tgz"),
      await tgzBuffer({
        "package/package.json": '{"name":"leaky","version":"2.0.0"}',
        "package/cli.js": `const t = "${token}";\n`,
        "package/cli.js.map": embeddingMap(30, 200),
      }),
    );
    const run = await runAction({ artifacts: "leaky-2.0.0.tgz\n", "sarif-file": "out.sarif" }, dir);
    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n");
    const mask = lines.indexOf(`::add-mask::${token}`);
    expect(mask).toBeGreaterThanOrEqual(0);
    lines.forEach((line, i) => {
      if (i !== mask && line.includes(token))
        throw new Error(`line ${i} shows the secret before or without masking`);
    });
    expect(run.summary).not.toContain(token);
    expect(await readFile(join(dir, "out.sarif"), "utf8")).not.toContain(token);
    expect(run.stdout).toMatch(
      /^::error title=leakgate secret%3A Secret in a released file::leaky-2\.0\.0\.tgz!package\/cli\.js: GitHub token \(ghp_…/m,
    );
    expect(run.stdout).toMatch(/^::error title=leakgate source-map%3A Source map exposes sources::/m);
    expect(run.stdout).toMatch(/^::error::leakgate: 2 blocking findings/m);
    expect(run.outputs).toMatchObject({ verdict: "fail", errors: "2" });
    expect(run.summary).toContain("## ❌ leakgate: release blocked — 2 blocking findings");
  });

  it("a runner without job summaries (no GITHUB_STEP_SUMMARY) still gets the verdict", async () => {
    const dir = await workspace();
    const run = await runAction({ artifacts: "clean-1.0.0.tgz" }, dir, { summary: false });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe("pass");
    expect(run.stdout).toContain("no job summary on this runner");
  });

  it("a bad input fails the step with a message that names the input", async () => {
    const dir = await workspace();
    const run = await runAction({ artifacts: "clean-1.0.0.tgz", "fail-on": "sometimes" }, dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      '::error::leakgate: input "fail-on" must be one of error, warning, never (got "sometimes")',
    );
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });

  it("a report file that cannot be written fails with a message naming the input", async () => {
    const dir = await workspace();
    const run = await runAction({ artifacts: "clean-1.0.0.tgz", "sarif-file": "no/such/dir/x.sarif" }, dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      '::error::leakgate: input "sarif-file": cannot write no/such/dir/x.sarif (ENOENT)',
    );
  });

  it("a missing artifact or a corrupt one fails with a message naming it", async () => {
    const dir = await workspace();
    const missing = await runAction({ artifacts: "nope.tgz" }, dir);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('::error::leakgate: artifact "nope.tgz" does not exist');
    await writeFile(
      join(dir, "cut.tgz"),
      (await tgzBuffer({ "a.js": randomBytes(20_000).toString("hex") })).subarray(0, 5000),
    );
    const corrupt = await runAction({ artifacts: "cut.tgz" }, dir);
    expect(corrupt.code).toBe(2);
    expect(corrupt.stdout).toContain("::error::leakgate: cut.tgz: the archive is truncated or corrupt");
  });

  it("mode: baseline records the baseline file and says where", async () => {
    const dir = await workspace();
    const run = await runAction(
      { artifacts: "clean-1.0.0.tgz", mode: "baseline", baseline: "leakgate.baseline.json" },
      dir,
    );
    expect(run.code).toBe(0);
    expect(run.outputs["baseline-file"]).toBe(join(dir, "leakgate.baseline.json"));
    const baseline = JSON.parse(await readFile(join(dir, "leakgate.baseline.json"), "utf8"));
    expect(baseline.artifacts.map((a: { identity: string }) => a.identity)).toEqual(["npm:clean"]);
    const gate = await runAction({ artifacts: "clean-1.0.0.tgz", baseline: "leakgate.baseline.json" }, dir);
    expect(gate.code).toBe(0);
    expect(gate.summary).toContain("no file changes");
  });

  it("mode: baseline does not record a leaking release: the summary lists why; allow-findings records it", async () => {
    const dir = await workspace();
    const token = SECRET_FAMILIES.find((f) => f.id === "github-token")!.sample(random);
    await writeFile(
      join(dir, "leaky-1.0.0.tgz"),
      await tgzBuffer({
        "package/package.json": '{"name":"leaky","version":"1.0.0"}',
        "package/cli.js": `const t = "${token}";\n`,
      }),
    );
    const inputs = { artifacts: "leaky-1.0.0.tgz", mode: "baseline", baseline: "b.json" };
    const refused = await runAction(inputs, dir);
    expect(refused.code).toBe(1);
    expect(refused.summary).toContain("The baseline was **not** recorded");
    expect(refused.summary).toContain("GitHub token");
    // Masked first (the ::add-mask:: line is how), then never printed.
    const printed = refused.stdout.split("\n").filter((line) => !line.startsWith("::add-mask::"));
    expect(printed.join("\n") + refused.summary).not.toContain(token.slice(4));
    await expect(readFile(join(dir, "b.json"))).rejects.toThrow();
    const allowed = await runAction({ ...inputs, "allow-findings": "true" }, dir);
    expect(allowed.code).toBe(0);
    expect(allowed.summary).toContain("Recorded with 1 blocking finding ");
    expect(JSON.parse(await readFile(join(dir, "b.json"), "utf8")).artifacts).toHaveLength(1);
  });
});

describe("the action's mode: inventory", () => {
  it("lists the egress steps in the summary, and fail-on-uncovered fails the step", async () => {
    const dir = await tempDir();
    await cp(join(import.meta.dirname, "../../fixtures/workflows/repo"), dir, { recursive: true });
    const listed = await runAction({ mode: "inventory" }, dir);
    expect(listed.code).toBe(0);
    expect(listed.summary).toContain("## leakgate inventory: 9 egress steps, 7 not checked");
    expect(listed.outputs.uncovered).toBe("7");
    const strict = await runAction({ mode: "inventory", "fail-on-uncovered": "true" }, dir);
    expect(strict.code).toBe(1);
  });
});
