/**
 * The report: the stable machine contract (`--format json`) that every other output
 * (text, markdown, SARIF, annotations) is a view of. Documented in the README; additions are
 * backwards compatible, anything else bumps `version`.
 */

import type { Acceptance } from "../baseline/baseline-file.js";
import type { FailOn } from "../config/types.js";
import type { ArtifactManifest, Finding } from "../core/model.js";
import { mapStrings, printable } from "../core/printable.js";
import { VERSION } from "../core/version.js";
import type { ArtifactScan } from "../engine/scan-artifact.js";
import type { BaselineOutcome, ScanResult } from "../pipeline/scan.js";
import { redactUrlCredentials } from "../rules/secret/redact.js";
import { decideVerdict, isBlocking, type Verdict } from "../verdict/verdict.js";

export const REPORT_VERSION = 1;

/** An artifact as the report shows it: its manifest without the entries, plus its identity. */
export type ArtifactReport = Omit<ArtifactManifest, "entries"> & { identity: string };

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

/** How an artifact compares with the baseline (present when a baseline was given). */
export interface ArtifactBaselineReport {
  artifact: string;
  /** `compared`, or `unbaselined` when the baseline has no entry for its identity. */
  status: "compared" | "unbaselined";
  added: { path: string; pattern: string; size: number }[];
  removed: { pattern: string; size: number }[];
  changed: { path: string; pattern: string; sizeBefore: number; sizeAfter: number }[];
  bytesBefore?: number;
  bytesAfter?: number;
  /**
   * The real counts, present when a list was cut to its first DIFF_LIST_LIMIT files (a
   * bucket that differs from its record in 100,000 objects must not make a 100 MB report).
   */
  counts?: DiffCounts;
}

export interface DiffCounts {
  added: number;
  removed: number;
  changed: number;
}

/** Each of added, removed and changed lists at most this many files in a report. */
export const DIFF_LIST_LIMIT = 1000;

/** How many files were added, removed and changed, whether or not the lists were cut. */
export function diffCounts(artifact: ArtifactBaselineReport): DiffCounts {
  return (
    artifact.counts ?? {
      added: artifact.added.length,
      removed: artifact.removed.length,
      changed: artifact.changed.length,
    }
  );
}

export interface BaselineReport {
  file: string;
  artifacts: ArtifactBaselineReport[];
  /** Findings that a baseline acceptance lets through, with its reason. */
  accepted: (Finding & { acceptedReason: string; acceptedUntil?: string })[];
  /**
   * Acceptances about the scanned artifacts that matched no finding: moot now, and a risk
   * left in place (they would cover a future finding nobody reviewed). `baseline --write`
   * drops them unless `--keep-unused`.
   */
  unusedAcceptances?: Acceptance[];
}

export interface Report {
  version: typeof REPORT_VERSION;
  tool: { name: "leakgate"; version: string };
  verdict: Verdict;
  failOn: FailOn;
  artifacts: ArtifactReport[];
  findings: Finding[];
  summary: ReportSummary;
  baseline?: BaselineReport;
  /** What the artifact specs left out, and why (private workspace packages). */
  notes?: string[];
}

/**
 * The report every output is a view of. Text that came from an artifact is made printable
 * here, once, and any credential in a URL taken out, so no reporter can forget either
 * (see printable.ts and redactUrlCredentials).
 */
export function buildReport(result: ScanResult, failOn: FailOn): Report {
  return mapStrings(reportOf(result, failOn), (text) => printable(redactUrlCredentials(text)));
}

function reportOf(result: ScanResult, failOn: FailOn): Report {
  const { artifacts, findings } = result;
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
      ...(manifest.refs ? { refs: manifest.refs } : {}),
      ...(manifest.destination ? { destination: manifest.destination } : {}),
      ...(manifest.packedWith ? { packedWith: manifest.packedWith } : {}),
    })),
    findings: [...findings],
    summary: {
      artifacts: artifacts.length,
      files: artifacts.reduce((sum, { fileCount }) => sum + fileCount, 0),
      bytes: artifacts.reduce((sum, { manifest }) => sum + manifest.totalBytes, 0),
      errors: count("error"),
      warnings: count("warning"),
      notes: count("note"),
      blocking: findings.filter((finding) => isBlocking(finding, failOn)).length,
    },
    ...(result.baseline ? { baseline: baselineReport(result.baseline, artifacts) } : {}),
    ...(result.notes?.length ? { notes: result.notes } : {}),
  };
}

function baselineReport(outcome: BaselineOutcome, artifacts: readonly ArtifactScan[]): BaselineReport {
  return {
    file: outcome.file,
    artifacts: artifacts.map(({ manifest }) => {
      const diff = outcome.diffs.get(manifest.id);
      if (!diff) return { artifact: manifest.id, status: "unbaselined", added: [], removed: [], changed: [] };
      const cut =
        diff.added.length > DIFF_LIST_LIMIT ||
        diff.removed.length > DIFF_LIST_LIMIT ||
        diff.changed.length > DIFF_LIST_LIMIT;
      return {
        artifact: manifest.id,
        status: "compared",
        ...diff,
        added: diff.added.slice(0, DIFF_LIST_LIMIT),
        removed: diff.removed.slice(0, DIFF_LIST_LIMIT),
        changed: diff.changed.slice(0, DIFF_LIST_LIMIT),
        grown: diff.grown.slice(0, DIFF_LIST_LIMIT),
        ...(cut
          ? {
              counts: {
                added: diff.added.length,
                removed: diff.removed.length,
                changed: diff.changed.length,
              },
            }
          : {}),
      };
    }),
    accepted: outcome.accepted.map(({ finding, reason, expires }) => ({
      ...finding,
      acceptedReason: reason,
      ...(expires ? { acceptedUntil: expires } : {}),
    })),
    unusedAcceptances: outcome.unused,
  };
}
