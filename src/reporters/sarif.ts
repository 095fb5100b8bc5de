/**
 * SARIF 2.1.0, for GitHub code scanning (github/codeql-action/upload-sarif) and any other
 * SARIF consumer.
 *
 * Locations: code scanning requires every result to point at a file in the repository by
 * a relative URI. Findings live *inside* release artifacts, which are usually build output
 * (a .tgz, a dist/ directory). So the physical location is the artifact as the workflow
 * named it (`dist/my-pkg-1.2.3.tgz`), or, for directory artifacts, the real file under it
 * (`dist/cli.js.map`), with the line when the rule knows it. The path inside an archive is
 * kept in the message and in a logical location (`dist/my-pkg-1.2.3.tgz!package/cli.js.map`).
 * Fingerprints come from leakgate's own stable fingerprint.
 */
import type { Finding } from "../model.js";
import type { Report } from "../report/report.js";
import { helpUri, RULE_DOCS, ruleDoc } from "./rule-docs.js";

const LEVEL = { error: "error", warning: "warning", note: "note" } as const;

export function renderSarif(report: Report): Record<string, unknown> {
  const usedIds = [...new Set(report.findings.map((f) => f.ruleId))];
  const rules = [
    ...RULE_DOCS.map((doc) => doc.id),
    ...usedIds.filter((id) => !RULE_DOCS.some((d) => d.id === id)),
  ];
  const artifacts = new Map(report.artifacts.map((a) => [a.id, a]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "leakgate",
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: "https://github.com/leakgate/leakgate",
            rules: rules.map((id) => {
              const doc = ruleDoc(id);
              return {
                id,
                name: doc.title.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) =>
                  c ? c.toUpperCase() : "",
                ),
                shortDescription: { text: doc.title },
                fullDescription: { text: doc.summary },
                helpUri: helpUri(id),
                help: { text: `${doc.summary} See ${helpUri(id)}` },
                defaultConfiguration: { level: LEVEL[doc.defaultSeverity] },
              };
            }),
          },
        },
        results: report.findings.map((finding) => {
          const artifact = artifacts.get(finding.artifact);
          return result(
            finding,
            rules.indexOf(finding.ruleId),
            artifact?.source ?? finding.artifact,
            artifact?.kind,
          );
        }),
        columnKind: "utf16CodeUnits",
      },
    ],
  };
}

function result(finding: Finding, ruleIndex: number, source: string, kind: string | undefined) {
  const inner = finding.path ? `${finding.artifact}!${finding.path}` : finding.artifact;
  const nested = finding.path.includes("!");
  // A directory's (or package directory's) top-level entries are real files in the workspace.
  const isDirectory = kind === "directory" || kind === "npm-package";
  const onDisk = kind === "npm-package" ? finding.path.replace(/^package\//, "") : finding.path;
  const uri = toUri(isDirectory && finding.path && !nested ? joinUri(source, onDisk) : source);
  const line = typeof finding.details?.line === "number" && isDirectory && !nested ? finding.details.line : 1;
  const properties: Record<string, unknown> = { artifact: finding.artifact, path: finding.path };
  if (finding.details) properties.details = finding.details;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: `${inner}: ${finding.message} Fix: ${finding.fix}` },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri }, region: { startLine: line } },
        logicalLocations: [{ fullyQualifiedName: inner, kind: "resource" }],
      },
    ],
    partialFingerprints: { "leakgate/v1": finding.fingerprint },
    properties,
  };
}

/** Relative paths stay relative (what code scanning wants); absolute ones become file URIs. */
function toUri(path: string): string {
  const clean = path.replace(/\\/g, "/").replace(/^\.\//, "");
  if (clean.startsWith("/")) return `file://${encodeURI(clean)}`;
  return encodeURI(clean);
}

function joinUri(base: string, path: string): string {
  const clean = base.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "");
  return clean === "." || clean === "" ? path : `${clean}/${path}`;
}

export function renderSarifJson(report: Report): string {
  return `${JSON.stringify(renderSarif(report), null, 2)}\n`;
}
