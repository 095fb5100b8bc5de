/**
 * The reporters on a real scan: the demo release (shaped like the incident, fixtures/demo)
 * judged against its committed baseline, exactly as the CLI and the action produce it.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBaseline } from "../../src/baseline/baseline-file.js";
import { defaultConfig } from "../../src/config/types.js";
import { scan } from "../../src/pipeline/scan.js";
import { renderAnnotations } from "../../src/reporters/annotations.js";
import { renderMarkdown } from "../../src/reporters/markdown.js";
import { buildReport, type Report } from "../../src/reporters/report.js";
import { renderSarif, renderSarifJson } from "../../src/reporters/sarif.js";
import { multitoolProblems, officialSchemaValidator } from "./sarif-validators.js";

const repo = join(import.meta.dirname, "../..");
const TARBALL = "fixtures/demo/acme-cli-2.0.0.tgz";

async function demoReport(): Promise<Report> {
  const baselineFile = "fixtures/demo/leakgate.baseline.json";
  const result = await scan({
    specs: [TARBALL],
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

describe("reporters on the demo release", () => {
  it("SARIF is valid for the official schema and the multitool's GitHub rules", async () => {
    const report = await demoReport();
    const validate = await officialSchemaValidator();
    expect(validate(renderSarif(report)), JSON.stringify(validate.errors)).toBe(true);
    const problems = await multitoolProblems(renderSarifJson(report));
    expect(problems.filter((p) => p.level === "error" || p.ruleId !== "SARIF2017")).toEqual([]);
  });

  it("SARIF points at the tarball as the workflow named it, with the inner path beside it", async () => {
    const report = await demoReport();
    const run = renderSarif(report).runs[0];
    const map = run.results.find((r) => r.ruleId === "source-map")!;
    expect(map.locations[0].physicalLocation.artifactLocation.uri).toBe(TARBALL);
    expect(map.locations[0].logicalLocations[0]!.fullyQualifiedName).toBe(
      `${TARBALL}!package/dist/cli.js.map`,
    );
    expect(map.partialFingerprints["leakgate/v1"]).toBe(
      report.findings.find((f) => f.ruleId === "source-map")!.fingerprint,
    );
  });

  it("the summary shows the change since the baseline and one accept command per blocking finding", async () => {
    const report = await demoReport();
    const markdown = renderMarkdown(report, { specs: [TARBALL] });
    expect(markdown.split("\n")[0]).toMatch(/^## ❌ leakgate: release blocked — \d+ blocking findings$/);
    expect(markdown).toContain("Files added, changed or removed since the baseline");
    for (const finding of report.findings.filter((f) => f.severity === "error"))
      expect(markdown).toContain(`--reason "why this may ship" ${finding.fingerprint}`);
  });

  it("annotations cover every blocking finding of the demo", async () => {
    const report = await demoReport();
    expect(renderAnnotations(report)).toHaveLength(report.summary.blocking);
  });

  it("golden: the demo release's SARIF", async () => {
    await golden("incident.sarif.json", renderSarifJson(await demoReport()));
  });

  it("golden: the demo release's job summary (reviewed by eye)", async () => {
    await golden("incident.summary.md", renderMarkdown(await demoReport(), { specs: [TARBALL] }));
  });
});
