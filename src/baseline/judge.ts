/**
 * Judging a release against its baseline: the rules catch known-bad shapes, this catches
 * everything else that is new. Also applies accepted findings.
 *
 *   new file ≥ newFileSize (1 MiB)                    → unexpected-large-file  error
 *   new file that a rule already reports              → (the rule's finding)
 *   any other new file                                → unexpected-file        warning (error when strict)
 *   file grown > growthFactor× and > growthBytes      → file-growth            error
 *   artifact grown by more than totalGrowth (50%)     → artifact-growth        error
 *   removed or changed files                          → listed in the diff, never blocking
 */
import type { Thresholds } from "../config/types.js";
import { fingerprint } from "../engine/fingerprint.js";
import type { ArtifactScan } from "../engine/scan-artifact.js";
import { formatBytes } from "../format-bytes.js";
import type { Finding, Severity } from "../model.js";
import { acceptanceFor } from "./acceptance.js";
import type { Acceptance, Baseline } from "./baseline-file.js";
import { type ArtifactDiff, diffArtifact } from "./diff.js";

export interface AcceptedFinding {
  finding: Finding;
  reason: string;
  expires?: string;
}

export interface BaselineJudgement {
  /** Rule findings plus diff findings, minus the accepted ones. */
  findings: Finding[];
  accepted: AcceptedFinding[];
  /** Per artifact id, its diff against the baseline. */
  diffs: Map<string, ArtifactDiff>;
  /** Artifact ids that have no baseline entry. */
  unbaselined: string[];
}

export interface JudgeInput {
  scans: readonly ArtifactScan[];
  findings: readonly Finding[];
  baseline: Baseline;
  thresholds: Thresholds;
  strict: boolean;
  /** Today as YYYY-MM-DD (injectable for tests). */
  today: string;
}

const REFRESH =
  "If it belongs in the release, record it with `leakgate baseline --write <baseline> <artifact…>`; otherwise remove it from the build.";

export function judgeAgainstBaseline(input: JudgeInput): BaselineJudgement {
  const diffs = new Map<string, ArtifactDiff>();
  const unbaselined: string[] = [];
  const findings: Finding[] = [...input.findings];
  for (const scan of input.scans) {
    const base = input.baseline.artifacts.find((artifact) => artifact.identity === scan.identity);
    if (!base) {
      unbaselined.push(scan.manifest.id);
      continue;
    }
    const diff = diffArtifact(base, scan.manifest.entries, scan.manifest.totalBytes);
    diffs.set(scan.manifest.id, diff);
    findings.push(...diffFindings(scan, diff, input));
  }
  return {
    ...applyAcceptances(findings, input.baseline.accepted, input.scans, input.today),
    diffs,
    unbaselined,
  };
}

function diffFindings(scan: ArtifactScan, diff: ArtifactDiff, input: JudgeInput): Finding[] {
  const { thresholds } = input;
  const artifact = scan.manifest.id;
  const ruleFindingPaths = new Set(input.findings.filter((f) => f.artifact === artifact).map((f) => f.path));
  const make = (
    ruleId: string,
    severity: Severity,
    path: string,
    pattern: string,
    message: string,
    details: Record<string, unknown>,
    fix = REFRESH,
  ): Finding => ({
    ruleId,
    severity,
    artifact,
    path,
    message,
    fix,
    details: { ...details, ...(pattern !== path ? { pattern } : {}) },
    fingerprint: fingerprint(ruleId, scan.identity, pattern),
  });
  const out: Finding[] = [];
  for (const added of diff.added) {
    const name = added.path.slice(added.path.lastIndexOf("/") + 1);
    if (added.size >= thresholds.newFileSize) {
      out.push(
        make(
          "unexpected-large-file",
          "error",
          added.path,
          added.pattern,
          `\`${name}\` (${formatBytes(added.size)}) is new since the baseline and at or over ${formatBytes(thresholds.newFileSize)}: large new files are how source maps, dumps and data sets leak.`,
          { size: added.size, limit: thresholds.newFileSize },
        ),
      );
    } else if (!ruleFindingPaths.has(added.path)) {
      out.push(
        make(
          "unexpected-file",
          input.strict ? "error" : "warning",
          added.path,
          added.pattern,
          `\`${name}\` (${formatBytes(added.size)}) is new since the baseline.`,
          { size: added.size },
        ),
      );
    }
  }
  for (const changed of diff.changed) {
    const grew = changed.sizeAfter - changed.sizeBefore;
    if (changed.sizeAfter > changed.sizeBefore * thresholds.growthFactor && grew > thresholds.growthBytes) {
      const name = changed.path.slice(changed.path.lastIndexOf("/") + 1);
      out.push(
        make(
          "file-growth",
          "error",
          changed.path,
          changed.pattern,
          `\`${name}\` grew from ${formatBytes(changed.sizeBefore)} to ${formatBytes(changed.sizeAfter)} (${(changed.sizeAfter / Math.max(changed.sizeBefore, 1)).toFixed(1)}×) since the baseline.`,
          { sizeBefore: changed.sizeBefore, sizeAfter: changed.sizeAfter },
          "Find out what the build started putting into it (an inlined source map, a bundled dependency); if the growth is intended, refresh the baseline.",
        ),
      );
    }
  }
  if (diff.bytesBefore > 0 && diff.bytesAfter > diff.bytesBefore * (1 + thresholds.totalGrowth)) {
    out.push(
      make(
        "artifact-growth",
        "error",
        "",
        "",
        `The artifact grew from ${formatBytes(diff.bytesBefore)} to ${formatBytes(diff.bytesAfter)} (+${Math.round((diff.bytesAfter / diff.bytesBefore - 1) * 100)}%) since the baseline, more than the ${Math.round(thresholds.totalGrowth * 100)}% allowed.`,
        { bytesBefore: diff.bytesBefore, bytesAfter: diff.bytesAfter },
        "Look at the added and grown files in the report; if the growth is intended, refresh the baseline.",
      ),
    );
  }
  return out;
}

function applyAcceptances(
  findings: readonly Finding[],
  accepted: readonly Acceptance[],
  scans: readonly ArtifactScan[],
  today: string,
): { findings: Finding[]; accepted: AcceptedFinding[] } {
  const identities = new Map(scans.map((scan) => [scan.manifest.id, scan.identity]));
  const kept: Finding[] = [];
  const moved: AcceptedFinding[] = [];
  for (const finding of findings) {
    const acceptance = acceptanceFor(finding, identities.get(finding.artifact) ?? finding.artifact, accepted);
    if (!acceptance) {
      kept.push(finding);
    } else if (acceptance.expires && acceptance.expires < today) {
      kept.push({
        ...finding,
        details: {
          ...finding.details,
          acceptanceExpired: acceptance.expires,
          acceptedReason: acceptance.reason,
        },
      });
    } else {
      moved.push({
        finding,
        reason: acceptance.reason,
        ...(acceptance.expires ? { expires: acceptance.expires } : {}),
      });
    }
  }
  return { findings: kept, accepted: moved };
}
