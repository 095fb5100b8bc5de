/**
 * The report: the stable machine contract (`--format json`) that every other output
 * (text, markdown, SARIF, annotations) is a view of. Documented in the README; additions are
 * backwards compatible, anything else bumps `version`.
 */
import type { FailOn } from "../config/types.js";
import type { ArtifactScan } from "../engine/scan-artifact.js";
import type { ArtifactKind, Finding, UnopenedContainer } from "../model.js";
import { decideVerdict, isBlocking, type Verdict } from "../verdict/verdict.js";
import { VERSION } from "../version.js";

export const REPORT_VERSION = 1;

export interface ArtifactReport {
  id: string;
  identity: string;
  kind: ArtifactKind;
  source: string;
  packageName?: string;
  packageVersion?: string;
  entryCount: number;
  totalBytes: number;
  unopened: UnopenedContainer[];
}

export interface ReportSummary {
  artifacts: number;
  files: number;
  bytes: number;
  errors: number;
  warnings: number;
  notes: number;
  /** Findings that make the verdict fail under `failOn`. */
  blocking: number;
}

export interface Report {
  version: typeof REPORT_VERSION;
  tool: { name: "leakgate"; version: string };
  verdict: Verdict;
  failOn: FailOn;
  artifacts: ArtifactReport[];
  findings: Finding[];
  summary: ReportSummary;
}

export function buildReport(
  artifacts: readonly ArtifactScan[],
  findings: readonly Finding[],
  failOn: FailOn,
): Report {
  const count = (severity: Finding["severity"]) =>
    findings.filter((finding) => finding.severity === severity).length;
  return {
    version: REPORT_VERSION,
    tool: { name: "leakgate", version: VERSION },
    verdict: decideVerdict(findings, failOn),
    failOn,
    artifacts: artifacts.map(({ manifest, identity }) => ({
      id: manifest.id,
      identity,
      kind: manifest.kind,
      source: manifest.source,
      ...(manifest.packageName ? { packageName: manifest.packageName } : {}),
      ...(manifest.packageVersion ? { packageVersion: manifest.packageVersion } : {}),
      entryCount: manifest.entryCount,
      totalBytes: manifest.totalBytes,
      unopened: manifest.unopened,
    })),
    findings: [...findings],
    summary: {
      artifacts: artifacts.length,
      files: artifacts.reduce(
        (sum, { manifest }) => sum + manifest.entries.filter((e) => e.type === "file").length,
        0,
      ),
      bytes: artifacts.reduce((sum, { manifest }) => sum + manifest.totalBytes, 0),
      errors: count("error"),
      warnings: count("warning"),
      notes: count("note"),
      blocking: findings.filter((finding) => isBlocking(finding, failOn)).length,
    },
  };
}
