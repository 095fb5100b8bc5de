import { randomBytes } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { acceptFindings } from "../../src/baseline/acceptance.js";
import { readBaseline, writeBaseline } from "../../src/baseline/baseline-file.js";
import { checkBaseline, recordBaseline } from "../../src/baseline/record.js";
import { defaultConfig, type LeakgateConfig } from "../../src/config/types.js";
import { scan } from "../../src/pipeline/scan.js";
import { buildReport } from "../../src/reporters/report.js";
import { renderText } from "../../src/reporters/text.js";
import { type Tree, tempDir, tgzBuffer, writeTree, zipBuffer } from "../helpers/archives.js";
import { codeLike, embeddingMap } from "../helpers/releases.js";

async function release(dir: string, name: string, tree: Tree) {
  await writeFile(join(dir, name), name.endsWith(".zip") ? await zipBuffer(tree) : await tgzBuffer(tree));
}

async function record(cwd: string, specs: string[], file = "leakgate.baseline.json") {
  const result = await scan({ specs, cwd, config: defaultConfig(), rules: [] });
  await writeBaseline(join(cwd, file), recordBaseline(result.artifacts));
}

async function gate(
  cwd: string,
  specs: string[],
  options: { today?: string; config?: Partial<LeakgateConfig> } = {},
) {
  const config = { ...defaultConfig(), ...options.config };
  const result = await scan({
    specs,
    cwd,
    config,
    baseline: {
      file: "leakgate.baseline.json",
      content: await readBaseline(join(cwd, "leakgate.baseline.json")),
    },
    ...(options.today ? { today: options.today } : {}),
  });
  return { result, report: buildReport(result, config.failOn) };
}

const cli = codeLike(40_000, "cli");
const pkg = (version: string) => JSON.stringify({ name: "@acme/cli", version });

describe("the incident, replayed against a baseline", () => {
  it("release N+1 adding a large cli.js.map (1.6 MB here) that embeds sources fails, and says so first", async () => {
    const dir = await tempDir();
    await release(dir, "acme-cli-1.0.0.tgz", { "package/package.json": pkg("1.0.0"), "package/cli.js": cli });
    await record(dir, ["acme-cli-1.0.0.tgz"]);
    await release(dir, "acme-cli-1.0.1.tgz", {
      "package/package.json": pkg("1.0.1"),
      "package/cli.js": `${cli}\n//# sourceMappingURL=cli.js.map\n`,
      "package/cli.js.map": embeddingMap(400, 4000),
    });
    const { report } = await gate(dir, ["acme-cli-1.0.1.tgz"]);
    expect(report.verdict).toBe("fail");
    const onMap = report.findings
      .filter((f) => f.path === "package/cli.js.map" && f.severity === "error")
      .map((f) => f.ruleId);
    expect(onMap.sort()).toEqual(["source-map", "unexpected-large-file"]);
    const text = renderText(report).split("\n");
    expect(text[0]).toMatch(/^✖ leakgate: FAIL — \d+ blocking findings/);
    expect(text.slice(0, 12).join("\n")).toContain(
      "cli.js.map embeds the original source of 400 files that are not shipped (../src 400)",
    );
  });

  it("at full size: a 60 MB map embedding 1,900 sources blocks with both findings", async () => {
    const dir = await tempDir();
    await release(dir, "acme-cli-1.0.0.tgz", { "package/package.json": pkg("1.0.0"), "package/cli.js": cli });
    await record(dir, ["acme-cli-1.0.0.tgz"]);
    const sources = Array.from({ length: 1900 }, (_, i) => `../src/area${i % 40}/file${i}.ts`);
    // Random base64 per file: incompressible enough that the tarball is a real 60 MB release.
    const map = `{"version":3,"file":"cli.js","sources":${JSON.stringify(sources)},"sourcesContent":[${sources
      .map(() => JSON.stringify(randomBytes(24_000).toString("base64")))
      .join(",")}],"mappings":"AAAA"}`;
    expect(map.length).toBeGreaterThan(60_000_000);
    await release(dir, "acme-cli-1.0.1.tgz", {
      "package/package.json": pkg("1.0.1"),
      "package/cli.js": cli,
      "package/cli.js.map": map,
    });
    const { report } = await gate(dir, ["acme-cli-1.0.1.tgz"]);
    const onMap = report.findings.filter((f) => f.path === "package/cli.js.map" && f.severity === "error");
    expect(onMap.map((f) => f.ruleId).sort()).toEqual(["source-map", "unexpected-large-file"]);
    expect(onMap.find((f) => f.ruleId === "source-map")!.message).toContain(
      "embeds the original source of 1,900 files that are not shipped (../src 1,900)",
    );
  });

  it("release N+1 without the map passes", async () => {
    const dir = await tempDir();
    await release(dir, "acme-cli-1.0.0.tgz", { "package/package.json": pkg("1.0.0"), "package/cli.js": cli });
    await record(dir, ["acme-cli-1.0.0.tgz"]);
    await release(dir, "acme-cli-1.0.1.tgz", {
      "package/package.json": pkg("1.0.1"),
      "package/cli.js": `${cli}// v1.0.1\n`,
    });
    const { report } = await gate(dir, ["acme-cli-1.0.1.tgz"]);
    expect(report.verdict).toBe("pass");
    expect(report.baseline?.artifacts[0]).toMatchObject({ status: "compared", added: [], removed: [] });
  });

  it("the map accepted with a reason passes and is listed as accepted; after `expires` it fails again", async () => {
    const dir = await tempDir();
    await release(dir, "acme-cli-1.0.0.tgz", { "package/package.json": pkg("1.0.0"), "package/cli.js": cli });
    await record(dir, ["acme-cli-1.0.0.tgz"]);
    await release(dir, "acme-cli-1.0.1.tgz", {
      "package/package.json": pkg("1.0.1"),
      "package/cli.js": cli,
      "package/cli.js.map": embeddingMap(50, 30_000),
    });
    const first = await gate(dir, ["acme-cli-1.0.1.tgz"], { today: "2026-11-24" });
    const blocking = first.report.findings.filter((f) => f.severity === "error").map((f) => f.fingerprint);
    expect(blocking.length).toBeGreaterThan(0);
    const path = join(dir, "leakgate.baseline.json");
    await writeBaseline(
      path,
      acceptFindings(await readBaseline(path), {
        fingerprints: blocking,
        reason: "Public debug build, approved by security",
        expires: "2026-12-31",
        known: first.result.findings.map((f) => ({ ...f, identity: "npm:@acme/cli" })),
        today: "2026-11-24",
      }).baseline,
    );

    const accepted = await gate(dir, ["acme-cli-1.0.1.tgz"], { today: "2026-11-24" });
    expect(accepted.report.verdict).toBe("pass");
    expect(accepted.report.baseline?.accepted.map((f) => f.acceptedReason)).toEqual(
      blocking.map(() => "Public debug build, approved by security"),
    );

    const expired = await gate(dir, ["acme-cli-1.0.1.tgz"], { today: "2027-01-01" });
    expect(expired.report.verdict).toBe("fail");
    const map = expired.report.findings.find((f) => f.ruleId === "source-map");
    expect(map?.details).toMatchObject({ acceptanceExpired: "2026-12-31", acceptanceExpiredDays: 1 });
    // Said where people look: in the message every output shows.
    expect(map?.message).toContain(
      'It was accepted until 2026-12-31 (reason: "Public debug build, approved by security"), which expired 1 day ago.',
    );
  });
});

describe("accepting by rule and path glob", () => {
  it("a new hashed chunk accepted by rule and its pattern passes in every rebuild, with the reason", async () => {
    const dir = await tempDir();
    await writeTree(join(dir, "v1/dist"), {
      "index.html": "<html>",
      "assets/index-Bx8kQ2Lz.js": codeLike(500_000, "i"),
    });
    await record(dir, ["web=v1/dist"]);
    const path = join(dir, "leakgate.baseline.json");
    const baseline = await readBaseline(path);
    await writeBaseline(path, {
      ...baseline,
      accepted: [
        {
          rule: "unexpected-large-file",
          path: "assets/chunk-[hash].js",
          reason: "The chart library, lazy-loaded",
        },
        { rule: "artifact-growth", artifact: "web", reason: "Grows with the chart library" },
      ],
    });
    for (const hash of ["AB12CD34", "QWERTYUI"]) {
      await writeTree(join(dir, hash, "dist"), {
        "index.html": "<html>",
        "assets/index-Qp3mZ9Xa.js": codeLike(500_000, hash),
        [`assets/chunk-${hash}.js`]: codeLike(2 * 1024 * 1024, hash),
      });
      const { report } = await gate(dir, [`web=${hash}/dist`]);
      expect(report.verdict).toBe("pass");
      expect(report.baseline?.accepted.map((f) => [f.ruleId, f.acceptedReason]).sort()).toEqual([
        ["artifact-growth", "Grows with the chart library"],
        ["unexpected-large-file", "The chart library, lazy-loaded"],
      ]);
    }
  });
});

describe("web builds with content-hashed names", () => {
  const build = (hash: string, extra: Tree = {}) => ({
    "index.html": `<script src="assets/index-${hash}.js"></script>`,
    [`assets/index-${hash}.js`]: codeLike(20_000, hash),
    [`assets/vendor-${hash.split("").reverse().join("")}.js`]: codeLike(30_000, `v${hash}`),
    "favicon.ico": "icon",
    ...extra,
  });

  it("a rebuild with new hashes does not churn: no findings, empty diff of names", async () => {
    const dir = await tempDir();
    await writeTree(join(dir, "v1/dist"), build("Bx8kQ2Lz"));
    await record(dir, ["web=v1/dist"]);
    await writeTree(join(dir, "v2/dist"), build("Qp3mZ9Xa"));
    const { report } = await gate(dir, ["web=v2/dist"]);
    expect(report.verdict).toBe("pass");
    expect(report.findings).toEqual([]);
    expect(report.baseline?.artifacts[0]).toMatchObject({ added: [], removed: [] });
    const baseline = await readBaseline(join(dir, "leakgate.baseline.json"));
    expect(
      checkBaseline(
        baseline,
        (await scan({ specs: ["web=v2/dist"], cwd: dir, config: defaultConfig(), rules: [] })).artifacts,
      ).upToDate,
    ).toBe(true);
  });

  it("a new hashed 3 MB chunk blocks, and the report shows its pattern and real name", async () => {
    const dir = await tempDir();
    await writeTree(join(dir, "v1/dist"), build("Bx8kQ2Lz"));
    await record(dir, ["web=v1/dist"]);
    await writeTree(
      join(dir, "v2/dist"),
      build("Qp3mZ9Xa", { "assets/chunk-AB12CD34.js": codeLike(3 * 1024 * 1024, "big") }),
    );
    const { report } = await gate(dir, ["web=v2/dist"]);
    expect(report.verdict).toBe("fail");
    expect(report.findings.map((f) => f.ruleId).sort()).toEqual(["artifact-growth", "unexpected-large-file"]);
    expect(report.findings.find((f) => f.ruleId === "unexpected-large-file")).toMatchObject({
      path: "assets/chunk-AB12CD34.js",
      details: expect.objectContaining({ pattern: "assets/chunk-[hash].js" }),
    });
  });

  it("a small new file is a warning, and blocks under strict", async () => {
    const dir = await tempDir();
    await writeTree(join(dir, "v1/dist"), build("Bx8kQ2Lz"));
    await record(dir, ["web=v1/dist"]);
    await writeTree(join(dir, "v2/dist"), build("Bx8kQ2Lz", { "robots.txt": "User-agent: *" }));
    expect((await gate(dir, ["web=v2/dist"])).report.findings).toEqual([
      expect.objectContaining({ ruleId: "unexpected-file", severity: "warning" }),
    ]);
    const strict = await gate(dir, ["web=v2/dist"], { config: { strict: true } });
    expect(strict.report.verdict).toBe("fail");
  });
});

describe("growth", () => {
  it("a file that grew past both thresholds blocks; growth under either does not", async () => {
    const dir = await tempDir();
    await release(dir, "app-1.0.0.zip", {
      "app.js": codeLike(400_000, "a"),
      "small.js": codeLike(1000, "s"),
      "big.js": codeLike(2_000_000, "b"),
      "double.js": codeLike(600_000, "d"),
    });
    await record(dir, ["app-1.0.0.zip"]);
    await release(dir, "app-1.1.0.zip", {
      "app.js": codeLike(1_200_000, "a2"), // 3× and +800 KB: blocks
      "small.js": codeLike(5000, "s2"), // 5× but +4 KB
      "big.js": codeLike(3_000_000, "b2"), // +1 MB but 1.5×
      "double.js": codeLike(1_200_000, "d2"), // exactly 2×: not more than 2×
    });
    const { report } = await gate(dir, ["app-1.1.0.zip"], {
      config: { thresholds: { ...defaultConfig().thresholds, totalGrowth: 10 } },
    });
    expect(report.findings.map((f) => [f.ruleId, f.path])).toEqual([["file-growth", "app.js"]]);
  });

  it("the artifact's total growing by more than totalGrowth blocks; less does not", async () => {
    const dir = await tempDir();
    await release(dir, "app-1.0.0.zip", { "a.js": codeLike(100_000, "a") });
    await record(dir, ["app-1.0.0.zip"]);
    await release(dir, "app-1.1.0.zip", { "a.js": codeLike(100_000, "a"), "b.js": codeLike(80_000, "b") });
    const { report } = await gate(dir, ["app-1.1.0.zip"]);
    expect(report.findings.map((f) => f.ruleId).sort()).toEqual(["artifact-growth", "unexpected-file"]);
    expect(report.findings.find((f) => f.ruleId === "artifact-growth")?.message).toBe(
      "The artifact grew from 97.7 KiB to 175.8 KiB (+80%) since the baseline, more than the 50% allowed.",
    );
    await release(dir, "app-1.2.0.zip", { "a.js": codeLike(100_000, "a"), "b.js": codeLike(40_000, "b") });
    expect((await gate(dir, ["app-1.2.0.zip"])).report.findings.map((f) => f.ruleId)).toEqual([
      "unexpected-file",
    ]);
  });
});

describe("identity", () => {
  it("pkg-1.0.0.tgz and pkg-1.0.1.tgz are the same artifact; so are app-1.0.0.zip and app-1.1.0.zip, and nested archives diff too", async () => {
    const dir = await tempDir();
    const nested = async (v: string) => ({
      "package/package.json": JSON.stringify({ name: "pkg", version: v }),
      "package/vendor/plugin.zip": await zipBuffer({ "lib/a.js": "a" }),
    });
    await release(dir, "pkg-1.0.0.tgz", await nested("1.0.0"));
    await release(dir, "app-1.0.0.zip", { "index.js": "x" });
    await record(dir, ["pkg-1.0.0.tgz", "app-1.0.0.zip"]);
    await release(dir, "pkg-1.0.1.tgz", {
      ...(await nested("1.0.1")),
      "package/vendor/plugin2.zip": await zipBuffer({ "lib/b.js": "b" }),
    });
    await release(dir, "app-1.1.0.zip", { "index.js": "y" });
    const { report } = await gate(dir, ["pkg-1.0.1.tgz", "app-1.1.0.zip"]);
    expect(report.baseline?.artifacts.map((a) => a.status)).toEqual(["compared", "compared"]);
    expect(report.baseline?.artifacts[0]?.added.map((a) => a.path)).toEqual([
      "package/vendor/plugin2.zip",
      "package/vendor/plugin2.zip!lib/b.js",
    ]);
  });

  it("an artifact with no baseline entry keeps the rules' findings and suggests the command to record it", async () => {
    const dir = await tempDir();
    await release(dir, "a-1.0.0.tgz", { "x.js": "x" });
    await record(dir, ["a-1.0.0.tgz"]);
    await release(dir, "other.zip", { ".env": "A=1" });
    const { report } = await gate(dir, ["other.zip"]);
    expect(report.verdict).toBe("fail");
    expect(report.baseline?.artifacts[0]?.status).toBe("unbaselined");
    expect(renderText(report)).toContain(
      "record it with: leakgate baseline --write leakgate.baseline.json other.zip",
    );
  });
});

describe("a release that differs from its record in thousands of files", () => {
  it("lists the first 1,000 of each kind in the report and counts them all", async () => {
    const dir = await tempDir();
    await writeTree(join(dir, "site"), { "index.html": "<html></html>" });
    await record(dir, ["site"]);
    const tree: Tree = { "index.html": "<html></html>" };
    for (let i = 0; i < 1200; i++) tree[`pages/p${String(i).padStart(4, "0")}.html`] = `page ${i}`;
    await writeTree(join(dir, "site"), tree);
    const { report } = await gate(dir, ["site"]);
    const artifact = report.baseline!.artifacts[0]!;
    expect(artifact.added).toHaveLength(1000);
    expect(artifact.counts).toEqual({ added: 1200, removed: 0, changed: 0 });
    // Every added file still has its finding; only the report's list is cut.
    expect(report.findings.filter((f) => f.ruleId === "unexpected-file").length).toBeGreaterThan(0);
    expect(renderText(report, { color: false })).toContain("1,200 added");
  });
});
