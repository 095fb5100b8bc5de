import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/model.js";
import { renderAnnotations } from "../../src/reporters/annotations.js";
import type { ArtifactReport, Report } from "../../src/reporters/report.js";
import {
  incidentReport,
  largeFileFinding,
  secretFinding,
  sourceMapFinding,
  TARBALL,
} from "./incident-report.js";

const dist: ArtifactReport = {
  id: "web",
  identity: "web",
  kind: "directory",
  source: "dist",
  entryCount: 3,
  totalBytes: 300,
  unopened: [],
};

function withFindings(findings: Finding[], change: Partial<Report> = {}): Report {
  return { ...incidentReport(), findings, ...change };
}

describe("annotations", () => {
  it("annotates each blocking finding, secrets first, titled by rule, with the fix", () => {
    const annotations = renderAnnotations(incidentReport());
    expect(annotations).toEqual([
      {
        level: "error",
        title: "leakgate secret: Secret in a released file",
        message: `${TARBALL}!package/dist/telemetry.js: ${secretFinding.message} Fix: ${secretFinding.fix}`,
      },
      {
        level: "error",
        title: "leakgate source-map: Source map exposes sources",
        message: `${TARBALL}!package/cli.js.map: ${sourceMapFinding.message} Fix: ${sourceMapFinding.fix}`,
      },
    ]);
  });

  it("annotates nothing that does not block", () => {
    expect(renderAnnotations(withFindings([largeFileFinding]))).toEqual([]);
    expect(renderAnnotations(withFindings([largeFileFinding], { failOn: "warning" }))).toMatchObject([
      { level: "warning", title: "leakgate large-file: Large file" },
    ]);
  });

  it("never emits more than max, so GitHub's 10 per step never hides the count of the rest", () => {
    const many = Array.from({ length: 25 }, (_, i) => ({
      ...(i < 20 ? sourceMapFinding : secretFinding),
      fingerprint: `x${i}`,
    }));
    const annotations = renderAnnotations(withFindings(many));
    expect(annotations).toHaveLength(10);
    expect(annotations.slice(0, 5).map((a) => a.title)).toEqual(
      Array(5).fill("leakgate secret: Secret in a released file"),
    );
    expect(annotations[9]).toEqual({
      level: "error",
      title: "leakgate: 16 more blocking findings",
      message:
        "16 more blocking findings are not annotated here (source-map 16): see the job summary or the JSON report.",
    });
    expect(renderAnnotations(withFindings(many.slice(0, 10)))).toHaveLength(10);
    expect(renderAnnotations(withFindings(many), { max: 3 }).at(-1)!.title).toBe(
      "leakgate: 23 more blocking findings",
    );
  });

  it("points at the real file of a directory artifact, with the line, from the repository root", () => {
    const finding = { ...secretFinding, artifact: "web", path: "config.js" };
    const report = withFindings([finding], { artifacts: [dist] });
    expect(renderAnnotations(report)[0]).toMatchObject({ file: "dist/config.js", startLine: 14 });
    expect(renderAnnotations(report, { pathPrefix: "packages/site" })[0]).toMatchObject({
      file: "packages/site/dist/config.js",
      startLine: 14,
    });
  });

  it("names no file for a path inside an archive, which is not a repository file", () => {
    const [annotation] = renderAnnotations(incidentReport());
    expect(annotation!.file).toBeUndefined();
    const nested = { ...secretFinding, artifact: "web", path: "vendor/lib.zip!config.js" };
    expect(renderAnnotations(withFindings([nested], { artifacts: [dist] }))[0]!.file).toBeUndefined();
  });

  it("points an expired acceptance at its line in the baseline file", () => {
    const finding: Finding = { ...sourceMapFinding, details: { acceptanceExpired: "2026-01-01" } };
    const baselineText = `{\n  "accepted": [\n    {\n      "fingerprint": "${finding.fingerprint}",\n`;
    const report = withFindings([finding], {
      baseline: { file: "leakgate.baseline.json", artifacts: [], accepted: [] },
    });
    const [annotation] = renderAnnotations(report, { baselineText, pathPrefix: "packages/cli" });
    expect(annotation).toMatchObject({ file: "packages/cli/leakgate.baseline.json", startLine: 4 });
    expect(annotation!.message).toContain("accepted until 2026-01-01; renew or remove that acceptance");
  });

  it("points at the config line for a finding that a repository file caused", () => {
    const fromRule: Finding = {
      ...sourceMapFinding,
      details: { configFile: ".leakgate.yml", configLine: 7 },
    };
    expect(renderAnnotations(withFindings([fromRule]))[0]).toMatchObject({
      file: ".leakgate.yml",
      startLine: 7,
    });
    const internal: Finding = {
      ...sourceMapFinding,
      ruleId: "internal-path",
      path: "package/fixtures/customers.csv",
      details: { pattern: "**/fixtures/**", source: "config" },
    };
    const configText = "version: 1\ninternal:\n  - '**/*.sqlite'\n  - '**/fixtures/**'\n";
    expect(
      renderAnnotations(withFindings([internal]), { configFile: ".leakgate.yml", configText })[0],
    ).toMatchObject({ file: ".leakgate.yml", startLine: 4 });
  });
});
