import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/model.js";
import { workspaceLocation } from "../../src/reporters/locate.js";
import type { ArtifactReport, Report } from "../../src/reporters/report.js";
import { RULE_DOCS } from "../../src/reporters/rule-docs.js";
import { renderSarif, renderSarifJson } from "../../src/reporters/sarif.js";
import {
  incidentReport,
  largeFileFinding,
  secretFinding,
  sourceMapFinding,
  TARBALL,
} from "./incident-report.js";
import { multitoolProblems, officialSchemaValidator } from "./sarif-validators.js";

const repo = join(import.meta.dirname, "../..");

async function golden(name: string, actual: string) {
  const path = join(repo, "test/golden", name);
  if (process.env.UPDATE_GOLDEN) await writeFile(path, actual);
  expect(actual).toBe(await readFile(path, "utf8"));
}

const dist: ArtifactReport = {
  id: "web",
  identity: "web",
  kind: "directory",
  source: "dist",
  entryCount: 3,
  totalBytes: 300,
  unopened: [],
};

function reportWith(findings: Finding[], artifacts: ArtifactReport[] = incidentReport().artifacts): Report {
  return { ...incidentReport(), artifacts, findings };
}

const at = (finding: Finding, change: Partial<Finding>): Finding => ({ ...finding, ...change });

function firstLocation(report: Report, options = {}) {
  const result = renderSarif(report, options).runs[0].results[0]!;
  return { physical: result.locations[0].physicalLocation, result };
}

describe("SARIF validity", () => {
  it("the incident report is valid against the official SARIF 2.1.0 schema, which can fail", async () => {
    const validate = await officialSchemaValidator();
    const valid = validate(renderSarif(incidentReport()));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The schema really rejects broken logs, so the check above means something.
    expect(validate({ version: "2.1.0", runs: [{ tool: {} }] })).toBe(false);
    const broken = renderSarif(incidentReport());
    broken.runs[0].results[0]!.locations[0].physicalLocation.artifactLocation.uri = "a b#c";
    expect(validate(broken)).toBe(false);
  });

  it("passes Microsoft's SARIF multitool, GitHub code scanning rules included", async () => {
    const report = reportWith(
      [
        ...incidentReport().findings,
        at(secretFinding, { artifact: "web", path: "config.js", fingerprint: "a".repeat(32) }),
      ],
      [...incidentReport().artifacts, dist],
    );
    const problems = await multitoolProblems(renderSarifJson(report));
    expect(problems.filter((p) => p.level === "error")).toEqual([]);
    // The one warning left is SARIF2017 "missing region", a SHOULD, on exactly the results
    // left without one on purpose (whole-archive locations; see the comment in sarif.ts).
    expect(problems).toEqual(
      [0, 1, 2].map((i) => ({
        ruleId: "SARIF2017",
        level: "warning",
        text: `Warning_MissingRegion runs[0].results[${i}].locations[0].physicalLocation`,
      })),
    );
  });

  it("stays valid for any path and message a finding can carry (property)", async () => {
    const validate = await officialSchemaValidator();
    const path = fc.array(fc.string({ unit: "binary", minLength: 1, maxLength: 12 }), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(
        path,
        fc.string({ unit: "binary" }),
        fc.constantFrom<ArtifactReport["kind"]>("directory", "npm-tarball", "npm-package", "zip", "file"),
        fc.constantFrom("dist", "./out dir", "/abs/ci #1", "C:\\build\\x", "../sibling"),
        (segments, message, kind, source) => {
          const artifact = { ...dist, kind, source };
          const finding = at(secretFinding, { artifact: "web", path: segments.join("/"), message });
          const sarif = renderSarif(reportWith([finding], [artifact]));
          expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
          // upload-sarif decodes the URI with decodeURIComponent: it must not throw.
          const uri = sarif.runs[0].results[0]!.locations[0].physicalLocation.artifactLocation.uri;
          expect(() => decodeURIComponent(uri)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("SARIF content", () => {
  it("describes every documented rule, with a docs link and a default level", () => {
    const { rules } = renderSarif(incidentReport()).runs[0].tool.driver;
    expect(rules.map((r) => r.id)).toEqual(RULE_DOCS.map((d) => d.id));
    const secret = rules.find((r) => r.id === "secret")!;
    expect(secret).toMatchObject({
      helpUri: "https://github.com/leakgate/leakgate#rule-secret",
      defaultConfiguration: { level: "error" },
      properties: { tags: expect.arrayContaining(["security"]) },
    });
    expect(secret.name.toLowerCase()).not.toBe(secret.id);
  });

  it("ranks rules for code scanning: a security-severity, CWE tags and a precision on every rule", () => {
    const { rules } = renderSarif(incidentReport()).runs[0].tool.driver;
    for (const rule of rules) {
      const severity = Number(rule.properties["security-severity"]);
      expect(severity, rule.id).toBeGreaterThan(0);
      expect(severity, rule.id).toBeLessThanOrEqual(10);
      expect(["very-high", "high", "medium", "low"]).toContain(rule.properties.precision);
    }
    const byId = (id: string) => rules.find((r) => r.id === id)!.properties;
    expect(byId("secret").tags).toContain("external/cwe/cwe-798");
    expect(byId("source-map").tags).toContain("external/cwe/cwe-540");
    expect(byId("internal-path").tags).toContain("external/cwe/cwe-538");
    // Credentials rank above a large file: code scanning shows the leak first.
    expect(Number(byId("secret")["security-severity"])).toBeGreaterThan(
      Number(byId("large-file")["security-severity"]),
    );
  });

  it("gives each result its rule, level, message with the fix, and leakgate's fingerprint", () => {
    const [map, secret, large] = renderSarif(incidentReport()).runs[0].results;
    const { rules } = renderSarif(incidentReport()).runs[0].tool.driver;
    expect(rules[map!.ruleIndex]!.id).toBe("source-map");
    expect(map).toMatchObject({ ruleId: "source-map", level: "error" });
    expect(large).toMatchObject({ ruleId: "large-file", level: "warning" });
    expect(secret!.message.text).toBe(
      `package/dist/telemetry.js: ${secretFinding.message} Fix: ${secretFinding.fix}`,
    );
    expect(map!.partialFingerprints).toEqual({
      primaryLocationLineHash: `${sourceMapFinding.fingerprint.slice(0, 16)}:1`,
      "leakgate/v1": sourceMapFinding.fingerprint,
    });
    expect(secret!.properties.details).toEqual(secretFinding.details);
  });

  it("points tarball findings at the tarball, with the inner path as a logical location and no region", () => {
    const { physical, result } = firstLocation(incidentReport());
    expect(physical).toEqual({ artifactLocation: { uri: TARBALL } });
    expect(result.locations[0].logicalLocations).toEqual([
      { fullyQualifiedName: `${TARBALL}!package/cli.js.map`, kind: "resource" },
    ]);
    expect(result.properties).toMatchObject({ artifact: TARBALL, path: "package/cli.js.map" });
  });

  it("points a tarball packed from this repository's package at the file under the package's directory", () => {
    const report = incidentReport();
    const packageName = report.artifacts[0]!.packageName!;
    const { physical, result } = firstLocation(report, {
      packageSources: { [packageName]: "packages/cli" },
    });
    expect(physical).toEqual({ artifactLocation: { uri: "packages/cli/cli.js.map" } });
    // The path inside the tarball stays as the logical location.
    expect(result.locations[0].logicalLocations[0]?.fullyQualifiedName).toBe(`${TARBALL}!package/cli.js.map`);
    // Another package's tarball still points at the tarball.
    expect(firstLocation(report, { packageSources: { other: "." } }).physical).toEqual({
      artifactLocation: { uri: TARBALL },
    });
  });

  it("points directory findings at the real file, with the line when the rule knows it", () => {
    const secret = at(secretFinding, { artifact: "web", path: "assets/config.js" });
    expect(firstLocation(reportWith([secret], [dist])).physical).toEqual({
      artifactLocation: { uri: "dist/assets/config.js" },
      region: { startLine: 14 },
    });
    const nested = at(secretFinding, { artifact: "web", path: "vendor/lib.zip!lib/config.js" });
    expect(firstLocation(reportWith([nested], [dist])).physical).toEqual({
      artifactLocation: { uri: "dist/vendor/lib.zip" },
    });
    const npm = { ...dist, kind: "npm-package" as const, source: "." };
    const inPackage = at(largeFileFinding, { artifact: "web", path: "package/cli.js.map" });
    expect(firstLocation(reportWith([inPackage], [npm])).physical.artifactLocation.uri).toBe("cli.js.map");
    const growth = at(largeFileFinding, { artifact: "web", path: "", ruleId: "artifact-growth" });
    expect(firstLocation(reportWith([growth], [npm])).physical.artifactLocation.uri).toBe("package.json");
  });

  it("makes URIs relative to the repository root when the scan ran in a subdirectory", () => {
    expect(
      firstLocation(incidentReport(), { pathPrefix: "packages/cli" }).physical.artifactLocation.uri,
    ).toBe(`packages/cli/${TARBALL}`);
    const secret = at(secretFinding, { artifact: "web", path: "config.js" });
    expect(
      firstLocation(reportWith([secret], [{ ...dist, source: "../dist" }]), { pathPrefix: "packages/cli" })
        .physical.artifactLocation.uri,
    ).toBe("packages/dist/config.js");
  });

  it("encodes characters that would change a URI's meaning, and writes absolute paths as file URIs", () => {
    const odd = { ...incidentReport().artifacts[0]!, source: "dist/my pkg#1?.tgz" };
    expect(firstLocation(reportWith([sourceMapFinding], [odd])).physical.artifactLocation.uri).toBe(
      "dist/my%20pkg%231%3F.tgz",
    );
    const absolute = { ...odd, source: "/home/runner/work/acme/acme/dist/@acme+cli.tgz" };
    expect(firstLocation(reportWith([sourceMapFinding], [absolute])).physical.artifactLocation.uri).toBe(
      "file:///home/runner/work/acme/acme/dist/@acme+cli.tgz",
    );
    const windows = { ...odd, source: "D:\\a\\acme\\dist\\acme-cli-2.0.0.tgz" };
    expect(firstLocation(reportWith([sourceMapFinding], [windows])).physical.artifactLocation.uri).toBe(
      "file:///D:/a/acme/dist/acme-cli-2.0.0.tgz",
    );
  });

  it("keeps the most severe results, and says so, when there are more than code scanning accepts", () => {
    const notes = Array.from({ length: 5 }, (_, i) =>
      at(largeFileFinding, { severity: "note", fingerprint: `n${i}` }),
    );
    const report = reportWith([...notes, secretFinding, sourceMapFinding]);
    const run = renderSarif(report, { maxResults: 3 }).runs[0];
    expect(run.results.map((r) => r.ruleId)).toEqual(["large-file", "secret", "source-map"]);
    expect(run.results.map((r) => r.level)).toEqual(["note", "error", "error"]);
    expect(run.invocations![0]!.toolExecutionNotifications[0]!.message.text).toMatch(
      /^4 of 7 findings are left out of this SARIF file/,
    );
    expect(renderSarif(report).runs[0].invocations).toBeUndefined();
  });

  it("adds a category when asked, so several uploads on one commit stay apart", () => {
    expect(renderSarif(incidentReport(), { category: "leakgate/web" }).runs[0].automationDetails).toEqual({
      id: "leakgate/web/",
    });
  });

  it("lists rules that the catalogue does not know, after the documented ones", () => {
    const custom = at(largeFileFinding, { ruleId: "zz-custom" });
    const run = renderSarif(reportWith([custom])).runs[0];
    expect(run.tool.driver.rules.at(-1)!.id).toBe("zz-custom");
    expect(run.results[0]!.ruleIndex).toBe(RULE_DOCS.length);
  });

  it("is deterministic", () => {
    expect(renderSarifJson(incidentReport())).toBe(renderSarifJson(incidentReport()));
  });

  it("golden: the incident report as SARIF", async () => {
    await golden("acme-cli-incident.sarif.json", renderSarifJson(incidentReport()));
  });
});

describe("workspaceLocation", () => {
  it("only calls a location exact when the finding is about that very file", () => {
    expect(workspaceLocation(sourceMapFinding, incidentReport().artifacts[0])).toEqual({
      path: TARBALL,
      exact: false,
    });
    expect(workspaceLocation(at(secretFinding, { path: "config.js" }), dist)).toEqual({
      path: "dist/config.js",
      line: 14,
      exact: true,
    });
  });
});
