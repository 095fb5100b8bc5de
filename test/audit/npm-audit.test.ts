/**
 * `leakgate audit npm:` against a real registry: Verdaccio on 127.0.0.1 (see
 * helpers/verdaccio.ts), packages published with the real `npm publish`, tarballs fetched by
 * the bundled CLI through pacote.
 */
import { execFile } from "node:child_process";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir, writeTree } from "../helpers/archives.js";
import { runCli } from "../helpers/run-cli.js";
import { type Registry, startRegistry } from "../helpers/verdaccio.js";

const run = promisify(execFile);
let registry: Registry;
/** A project directory whose .npmrc points at the test registry, with a token. */
let project: string;
let baselineFile: string;

const MAP = JSON.stringify({
  version: 3,
  file: "index.js",
  sources: ["../src/index.ts", "../src/secret-algorithm.ts"],
  sourcesContent: ["export const answer = 42;\n", "export function internalPricing() { return 1; }\n"],
  mappings: "AAAA",
});

function packageFiles(version: string): Record<string, string> {
  const withMap = version === "1.0.3";
  return {
    "package.json": JSON.stringify({ name: "fixture-pkg", version, main: "dist/index.js", files: ["dist"] }),
    "dist/index.js": `exports.answer = 42;\n${withMap ? "//# sourceMappingURL=index.js.map\n" : ""}`,
    ...(withMap ? { "dist/index.js.map": MAP } : {}),
    "src/index.ts": "export const answer = 42;\n",
  };
}

async function publish(files: Record<string, string>, npmrc: string): Promise<void> {
  const dir = await tempDir("leakgate-publish-");
  await writeTree(dir, { ...files, ".npmrc": npmrc });
  await run("npm", ["publish", "--registry", registry.url, "--ignore-scripts"], { cwd: dir });
}

beforeAll(async () => {
  registry = await startRegistry();
  const npmrc = `registry=${registry.url}\n${registry.authPrefix}:_authToken=${registry.token}\n`;
  for (const version of ["1.0.0", "1.0.1", "1.0.2", "1.0.3", "1.0.4", "1.0.5"]) {
    await publish(packageFiles(version), npmrc);
  }
  await publish(
    {
      "package.json": JSON.stringify({ name: "@private/internal-tool", version: "2.0.0" }),
      "index.js": "module.exports = {};\n",
    },
    npmrc,
  );
  project = await tempDir("leakgate-audit-project-");
  // The token comes from the environment, as in CI: .npmrc holds only a reference to it.
  await writeFile(
    join(project, ".npmrc"),
    `registry=${registry.url}\n${registry.authPrefix}:_authToken=\${TEST_NPM_TOKEN}\n`,
  );
  // The baseline is recorded by the release gate from what 1.0.5 ships.
  const release = await tempDir("leakgate-release-");
  await writeTree(release, packageFiles("1.0.5"));
  baselineFile = join(project, "leakgate.baseline.json");
  const recorded = await runCli(["baseline", "--write", baselineFile, "npm:."], { cwd: release });
  expect(recorded.code, recorded.stderr).toBe(0);
}, 120_000);

afterAll(async () => {
  await registry?.stop();
});

const audit = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  runCli(["audit", "--baseline", "leakgate.baseline.json", ...args], {
    cwd: project,
    env: { TEST_NPM_TOKEN: registry.token, NPM_CONFIG_USERCONFIG: "/nonexistent", ...env },
  });

describe("audit npm:", () => {
  it("latest (the default) passes: 1.0.5 is what the baseline recorded", async () => {
    const result = await audit(["npm:fixture-pkg"]);
    expect(result.stdout).toContain("PASS");
    expect(result.stdout).toMatch(/1\.0\.5 {2}pass/);
    expect(result.code, result.stdout + result.stderr).toBe(0);
  });

  it("@* audits every version and says when the source map first and last shipped", async () => {
    const result = await audit(["npm:fixture-pkg@*", "--format", "json"]);
    expect(result.code, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.items.map((item: { key: string }) => item.key)).toEqual(
      ["1.0.0", "1.0.1", "1.0.2", "1.0.3", "1.0.4", "1.0.5"].map((v) => `npm:fixture-pkg@${v}`),
    );
    const verdicts = report.items.map((item: { report: { verdict: string } }) => item.report.verdict);
    expect(verdicts).toEqual(["pass", "pass", "pass", "fail", "pass", "pass"]);
    expect(report.items[5].npm.tags).toEqual(["latest"]);
    // The history is in the JSON too.
    const [history] = report.summary.targets;
    expect(history.findings.find((f: { ruleId: string }) => f.ruleId === "source-map")).toMatchObject({
      first: "1.0.3",
      last: "1.0.3",
      versions: 1,
      inLatest: false,
    });
    expect(history.rows[3]).toMatchObject({ version: "1.0.3", verdict: "fail", filesChange: 1 });

    const text = await audit(["npm:fixture-pkg@*"]);
    expect(text.stdout).toContain("first shipped in 1.0.3, last in 1.0.3");
    expect(text.stdout).toContain("in latest: no");
    expect(text.stdout).toMatch(/1\.0\.3 {2}FAIL {2}3 files \(\+1\)/);
    expect(text.stdout).toMatch(/1\.0\.4 {2}pass {2}2 files \(−1\)/);

    const markdown = await audit(["npm:fixture-pkg@*", "--format", "markdown"]);
    expect(markdown.stdout).toContain("| 1.0.3 | 1.0.3 | 1 | no |");
  });

  it("a semver range audits the matching versions only", async () => {
    const result = await audit(["npm:fixture-pkg@>=1.0.4", "--format", "json"]);
    const report = JSON.parse(result.stdout);
    expect(report.items.map((item: { npm: { version: string } }) => item.npm.version)).toEqual([
      "1.0.4",
      "1.0.5",
    ]);
    expect(result.code).toBe(0);
  });

  it("a scope behind auth works with the token from .npmrc, and fails clearly without it", async () => {
    const ok = await audit(["npm:@private/internal-tool", "--format", "json"]);
    expect(ok.code, ok.stderr + ok.stdout).toBe(0);
    const denied = await audit(["npm:@private/internal-tool"], { TEST_NPM_TOKEN: "" });
    expect(denied.code).toBe(2);
    expect(denied.stdout).toMatch(/refused .*\(401\).*_authToken/);
    expect(denied.stdout + denied.stderr).not.toContain(registry.token);
    expect(denied.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it("a package that does not exist is an error naming it", async () => {
    const result = await audit(["npm:no-such-package-here"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("npm:no-such-package-here: its packument");
    expect(result.stdout).toContain("not found (404)");
  });

  it("a version whose tarball is gone from storage is reported for that version; the others still are", async () => {
    const copy = await startRegistryCopyWithout("1.0.1");
    try {
      const result = await runCli(["audit", "npm:fixture-pkg@*", "--format", "json"], {
        cwd: copy.project,
        env: { NPM_CONFIG_USERCONFIG: "/nonexistent" },
      });
      expect(result.code, result.stdout.slice(0, 3000)).toBe(2);
      const report = JSON.parse(result.stdout);
      const broken = report.items.find((item: { key: string }) => item.key === "npm:fixture-pkg@1.0.1");
      // Verdaccio answers 500 (not 404) for a tarball missing from its storage.
      expect(broken.error).toBe("npm:fixture-pkg@1.0.1: the registry answered 500 for its tarball");
      expect(report.items.filter((item: { report?: unknown }) => item.report)).toHaveLength(5);
      const text = await runCli(["audit", "npm:fixture-pkg@*"], {
        cwd: copy.project,
        env: { NPM_CONFIG_USERCONFIG: "/nonexistent" },
      });
      expect(text.stdout).toMatch(/ERROR — 1 item could not be audited/);
    } finally {
      await copy.stop();
    }
  });
});

/** A second registry holding fixture-pkg with one version's tarball deleted from its storage. */
async function startRegistryCopyWithout(version: string) {
  const other = await startRegistry();
  const npmrc = `registry=${other.url}\n${other.authPrefix}:_authToken=${other.token}\n`;
  for (const v of ["1.0.0", "1.0.1", "1.0.2", "1.0.3", "1.0.4", "1.0.5"]) {
    const dir = await tempDir("leakgate-publish-");
    await writeTree(dir, { ...packageFiles(v), ".npmrc": npmrc });
    await run("npm", ["publish", "--registry", other.url, "--ignore-scripts"], { cwd: dir });
  }
  const stored = join(other.storage, "fixture-pkg");
  const removed = (await readdir(stored)).filter((file) => file.endsWith(`-${version}.tgz`));
  expect(removed, (await readdir(stored)).join(" ")).toHaveLength(1);
  for (const file of removed) await rm(join(stored, file));
  const dir = await tempDir("leakgate-audit-project-");
  await writeFile(join(dir, ".npmrc"), `registry=${other.url}\n`);
  return { project: dir, stop: other.stop };
}

describe("audit npm: shards and merge", () => {
  it("for n in 1..5, the shards cover every version once and merge into the single run's verdict and findings", async () => {
    const single = JSON.parse((await audit(["npm:fixture-pkg@*", "--format", "json"])).stdout);
    const findingsOf = (report: { items: { report?: { findings: { fingerprint: string }[] } }[] }) =>
      report.items.flatMap((item) => item.report?.findings.map((f) => f.fingerprint) ?? []);
    for (let n = 1; n <= 5; n++) {
      const files = Array.from({ length: n }, (_, i) => `shard-${n}-${i + 1}.json`);
      const runs = await Promise.all(
        files.map((file, i) =>
          audit(["npm:fixture-pkg@*", "--shard", `${i + 1}/${n}`, "--format", "json", "-o", file]),
        ),
      );
      expect(runs.map((r) => r.code).every((code) => code === 0 || code === 1)).toBe(true);
      const merged = await runCli(["merge", "--format", "json", ...files], { cwd: project });
      const report = JSON.parse(merged.stdout);
      expect(report.items.map((item: { key: string }) => item.key)).toEqual(
        single.items.map((item: { key: string }) => item.key),
      );
      expect(findingsOf(report)).toEqual(findingsOf(single));
      expect(merged.code).toBe(1);
      const text = await runCli(["merge", ...files], { cwd: project });
      expect(text.stdout).toContain("first shipped in 1.0.3, last in 1.0.3");
    }
  });

  it("refuses to merge shards of audits made against different baselines", async () => {
    await audit(["npm:fixture-pkg@*", "--shard", "1/2", "--format", "json", "-o", "a.json"]);
    await runCli(["audit", "npm:fixture-pkg@*", "--shard", "2/2", "--format", "json", "-o", "b.json"], {
      cwd: project,
      env: { TEST_NPM_TOKEN: registry.token, NPM_CONFIG_USERCONFIG: "/nonexistent" },
    });
    const merged = await runCli(["merge", "a.json", "b.json"], { cwd: project });
    expect(merged.code).toBe(2);
    expect(merged.stderr).toContain("b.json cannot be merged with a.json: baselines differ");
  });
});

describe("audit npm: what the registry serves", () => {
  it("a tarball altered in the registry's storage fails its integrity check", async () => {
    const other = await startRegistry();
    try {
      const npmrc = `registry=${other.url}\n${other.authPrefix}:_authToken=${other.token}\n`;
      const dir = await tempDir("leakgate-publish-");
      await writeTree(dir, { ...packageFiles("1.0.0"), ".npmrc": npmrc });
      await run("npm", ["publish", "--registry", other.url, "--ignore-scripts"], { cwd: dir });
      // Swap the stored tarball for another package's bytes, keeping the packument's integrity.
      await writeTree(dir, packageFiles("1.0.0"));
      await writeFile(join(dir, "dist/index.js"), "exports.answer = 'tampered';\n");
      const packed = (await run("npm", ["pack", "--silent", "--ignore-scripts"], { cwd: dir })).stdout.trim();
      const stored = join(other.storage, "fixture-pkg", "fixture-pkg-1.0.0.tgz");
      await writeFile(stored, await import("node:fs/promises").then((fs) => fs.readFile(join(dir, packed))));
      const clean = await tempDir("leakgate-audit-project-");
      await writeFile(join(clean, ".npmrc"), `registry=${other.url}\n`);
      const result = await runCli(["audit", "npm:fixture-pkg"], {
        cwd: clean,
        env: { NPM_CONFIG_USERCONFIG: "/nonexistent" },
      });
      expect(result.code).toBe(2);
      expect(result.stdout).toContain("npm:fixture-pkg@1.0.0: integrity check failed");
    } finally {
      await other.stop();
    }
  });

  it("the version the baseline recorded, served with other files, is published-differs", async () => {
    const release = await tempDir("leakgate-release-");
    await writeTree(release, { ...packageFiles("1.0.5"), "dist/extra.js": "exports.x = 1;\n" });
    const recorded = await runCli(["baseline", "--write", join(project, "other.baseline.json"), "npm:."], {
      cwd: release,
    });
    expect(recorded.code, recorded.stderr).toBe(0);
    const result = await runCli(["audit", "--baseline", "other.baseline.json", "npm:fixture-pkg"], {
      cwd: project,
      env: { TEST_NPM_TOKEN: registry.token, NPM_CONFIG_USERCONFIG: "/nonexistent" },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("published-differs");
    expect(result.stdout).toContain(
      "fixture-pkg@1.0.5 on the registry is not the 1.0.5 that other.baseline.json recorded: 1 removed file.",
    );
  });

  it("reports who published each version and whether it has provenance", async () => {
    const report = JSON.parse((await audit(["npm:fixture-pkg", "--format", "json"])).stdout);
    expect(report.items[0].npm).toMatchObject({ version: "1.0.5", provenance: false, tags: ["latest"] });
    expect((await audit(["npm:fixture-pkg"])).stdout).toContain("no provenance");
    // Verdaccio records neither: write them into its stored packument, as npmjs.com serves them.
    const stored = join(registry.storage, "fixture-pkg", "package.json");
    const packument = JSON.parse(await readFile(stored, "utf8"));
    packument.versions["1.0.5"]._npmUser = { name: "release-bot", email: "bot@example.com" };
    packument.versions["1.0.5"].dist.attestations = {
      url: `${registry.url}-/npm/v1/attestations/fixture-pkg@1.0.5`,
      provenance: { predicateType: "https://slsa.dev/provenance/v1" },
    };
    await writeFile(stored, JSON.stringify(packument));
    const text = (await audit(["npm:fixture-pkg@>=1.0.4"])).stdout;
    expect(text).toMatch(/1\.0\.5 {2}pass .* by release-bot {2}provenance {2}\[latest\]/);
    expect(text).toMatch(/1\.0\.4 {2}pass .* no provenance/);
  });
});
