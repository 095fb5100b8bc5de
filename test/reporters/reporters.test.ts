import { execFile } from "node:child_process";
import { chmod, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { readBaseline } from "../../src/baseline/baseline-file.js";
import { defaultConfig } from "../../src/config/types.js";
import type { Finding } from "../../src/model.js";
import { buildReport, type Report } from "../../src/report/report.js";
import { renderAnnotations } from "../../src/reporters/annotations.js";
import { renderMarkdown } from "../../src/reporters/markdown.js";
import { renderSarif, renderSarifJson } from "../../src/reporters/sarif.js";
import { scan } from "../../src/scan.js";
import { tempDir } from "../helpers/archives.js";

const repo = join(import.meta.dirname, "../..");
const multitoolDir = join(repo, "node_modules/@microsoft/sarif-multitool-linux");
const run = promisify(execFile);

/** The demo release (shaped like the incident), judged against its baseline, as users see it. */
async function incidentReport(): Promise<Report> {
  const baselineFile = "fixtures/demo/leakgate.baseline.json";
  const result = await scan({
    specs: ["fixtures/demo/acme-cli-2.0.0.tgz"],
    cwd: repo,
    config: defaultConfig(),
    baseline: { file: baselineFile, content: await readBaseline(join(repo, baselineFile)) },
    today: "2026-11-24",
  });
  return buildReport(result, "error");
}

/** Compares with a committed golden file; UPDATE_GOLDEN=1 rewrites it (then review the diff by eye). */
async function golden(name: string, actual: string) {
  const path = join(repo, "test/golden", name);
  if (process.env.UPDATE_GOLDEN) await writeFile(path, actual);
  expect(actual).toBe(await readFile(path, "utf8"));
}

describe("SARIF", () => {
  it("is valid against the official SARIF 2.1.0 JSON schema", async () => {
    const schema = JSON.parse(await readFile(join(multitoolDir, "sarif-2.1.0.json"), "utf8"));
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const sarif = renderSarif(await incidentReport());
    const valid = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // And the schema really rejects a broken log (so this check can fail).
    expect(validate({ version: "2.1.0", runs: [{ tool: {} }] })).toBe(false);
  });

  it("passes Microsoft's SARIF multitool validation with no errors", async () => {
    const dir = await tempDir();
    const file = join(dir, "leakgate.sarif");
    await writeFile(file, renderSarifJson(await incidentReport()));
    const tool = join(multitoolDir, "Sarif.Multitool");
    await chmod(tool, 0o755);
    const out = join(dir, "validation.sarif");
    await run(tool, ["validate", file, "-o", out], {
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: "1" },
    });
    const validation = JSON.parse(await readFile(out, "utf8"));
    const errors = validation.runs
      .flatMap((r: { results?: { level?: string; ruleId: string }[] }) => r.results ?? [])
      .filter((r: { level?: string }) => r.level === "error");
    expect(errors).toEqual([]);
  });

  it("has rules, levels, stable fingerprints and repository-relative locations", async () => {
    const report = await incidentReport();
    interface SarifResult {
      ruleId: string;
      ruleIndex: number;
      level: string;
      partialFingerprints: Record<string, string>;
      locations: {
        physicalLocation: { artifactLocation: { uri: string } };
        logicalLocations: { fullyQualifiedName: string }[];
      }[];
    }
    const sarif = renderSarif(report) as {
      runs: { tool: { driver: { rules: { id: string }[] } }; results: SarifResult[] }[];
    };
    const [runResult] = sarif.runs;
    expect(runResult!.tool.driver.rules.map((r) => r.id)).toContain("source-map");
    const map = runResult!.results.find((r) => r.ruleId === "source-map")!;
    expect(map.level).toBe("error");
    expect(map.partialFingerprints).toEqual({
      "leakgate/v1": report.findings.find((f) => f.ruleId === "source-map")!.fingerprint,
    });
    expect(map.locations[0]!.physicalLocation.artifactLocation.uri).toBe("fixtures/demo/acme-cli-2.0.0.tgz");
    expect(map.locations[0]!.logicalLocations[0]!.fullyQualifiedName).toBe(
      "fixtures/demo/acme-cli-2.0.0.tgz!package/dist/cli.js.map",
    );
    expect(runResult!.tool.driver.rules[map.ruleIndex]!.id).toBe("source-map");
  });

  it("golden: the incident fixture's SARIF", async () => {
    await golden("incident.sarif.json", renderSarifJson(await incidentReport()));
  });
});

describe("job summary markdown", () => {
  it("golden: the incident fixture's summary (reviewed by eye)", async () => {
    await golden(
      "incident.summary.md",
      renderMarkdown(await incidentReport(), { specs: ["fixtures/demo/acme-cli-2.0.0.tgz"] }),
    );
  });

  it("leads with the verdict and escapes what would break a table", async () => {
    const report = await incidentReport();
    const hostile: Finding = {
      ...report.findings[0]!,
      path: "a|b<script>`x`.js",
      message: "pipe | and <b>html</b>",
    };
    const markdown = renderMarkdown({ ...report, findings: [hostile] });
    expect(markdown.split("\n")[0]).toBe("## ❌ leakgate: release blocked — 1 blocking finding");
    expect(markdown).toContain("a&#124;b&lt;script&gt;`x`.js");
    expect(markdown).toContain("pipe &#124; and &lt;b&gt;html&lt;/b&gt;");
    expect(markdown).not.toContain("<script>");
  });

  it("stays under GitHub's summary limit with 10,000 findings, saying how many it left out", async () => {
    const report = await incidentReport();
    const many: Finding[] = Array.from({ length: 10_000 }, (_, i) => ({
      ...report.findings[0]!,
      path: `package/generated/file-${i}.js`,
      fingerprint: `f${i}`,
      severity: i % 2 ? "error" : "warning",
    }));
    const markdown = renderMarkdown({ ...report, findings: many });
    expect(Buffer.byteLength(markdown)).toBeLessThan(512 * 1024);
    expect(markdown).toMatch(/… and [\d,]+ more blocking findings/);
    expect(markdown).toContain("### What to do");
  });
});

describe("annotations", () => {
  it("one per blocking finding, capped, with a count of the rest", async () => {
    const report = await incidentReport();
    const blocking = report.findings.filter((f) => f.severity === "error");
    const many = Array.from({ length: 25 }, (_, i) => ({ ...blocking[0]!, fingerprint: `x${i}` }));
    const annotations = renderAnnotations({ ...report, findings: many }, { max: 10 });
    expect(annotations).toHaveLength(11);
    expect(annotations[10]).toMatchObject({
      level: "error",
      message: "15 more blocking findings are listed in the job summary and the report.",
    });
    expect(renderAnnotations(report).map((a) => a.title)).toEqual(
      blocking.map((f) => expect.stringContaining(`leakgate ${f.ruleId}`)),
    );
  });

  it("points an expired acceptance at its line in the baseline file", async () => {
    const report = await incidentReport();
    const finding: Finding = { ...report.findings[0]!, details: { acceptanceExpired: "2026-01-01" } };
    const baselineText = `{\n  "accepted": [\n    {\n      "fingerprint": "${finding.fingerprint}",\n`;
    const [annotation] = renderAnnotations({ ...report, findings: [finding] }, { baselineText });
    expect(annotation).toMatchObject({ file: "fixtures/demo/leakgate.baseline.json", startLine: 4 });
    expect(annotation!.message).toContain("accepted until 2026-01-01");
  });

  it("points at the real file for directory artifacts, with the line when known", async () => {
    const report = await incidentReport();
    const finding: Finding = {
      ...report.findings[0]!,
      artifact: "dist",
      path: "config.js",
      details: { line: 7 },
    };
    const annotations = renderAnnotations({
      ...report,
      artifacts: [{ ...report.artifacts[0]!, id: "dist", source: "dist", kind: "directory" }],
      findings: [finding],
    });
    expect(annotations[0]).toMatchObject({ file: "dist/config.js", startLine: 7 });
  });
});
