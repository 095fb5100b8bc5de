/**
 * Judging a release against its baseline: the rules catch known-bad shapes, this catches
 * everything else that is new. Then accepted findings are moved out of the way.
 *
 *   new file ≥ newFileSize (1 MiB)                    → unexpected-large-file  error
 *   new file that a rule already reports              → (the rule's finding only)
 *   any other new file                                → unexpected-file        warning (error when strict)
 *   file grown > growthFactor× and > growthBytes      → file-growth            error
 *   artifact grown by more than totalGrowth (50%)     → artifact-growth        error
 *   removed or changed files                          → in the diff only, no finding
 *
 * Removed and changed files get no finding, not even a note: a rebuild changes the content
 * of most files, a finding per file would bury the ones that matter, and a shipped file
 * going away cannot leak anything. The report lists them from the diff.
 */
import picomatch from "picomatch";
import type { Thresholds } from "../config/types.js";
import { formatBytes } from "../core/format-bytes.js";
import type { Finding, Severity } from "../core/model.js";
import { shellWord } from "../core/shell.js";
import { fingerprint } from "../engine/fingerprint.js";
import type { ArtifactScan } from "../engine/scan-artifact.js";
import { specText } from "../sources/artifact-spec.js";
import { acceptanceFor, isExpired } from "./acceptance.js";
import type { Acceptance, Baseline, BaselineArtifact } from "./baseline-file.js";
import { type ArtifactDiff, diffArtifact } from "./diff.js";
import { recordedView } from "./record.js";

export interface AcceptedFinding {
  finding: Finding;
  reason: string;
  expires?: string;
}

export interface BaselineJudgement {
  /** Rule findings plus diff findings, minus the accepted ones. */
  findings: Finding[];
  accepted: AcceptedFinding[];
  /** Acceptances about the scanned artifacts that matched no finding. */
  unused: Acceptance[];
  /** Per artifact id, its diff against the baseline. */
  diffs: Map<string, ArtifactDiff>;
  /** Artifact ids that have no baseline entry. */
  unbaselined: string[];
}

export interface JudgeInput {
  scans: readonly ArtifactScan[];
  /** The rules' findings (after allow lists and overrides). */
  findings: readonly Finding[];
  baseline: Baseline;
  thresholds: Thresholds;
  strict: boolean;
  /** Today as YYYY-MM-DD (injectable for tests). */
  today: string;
  /** The baseline file, for the command in the fix text; `leakgate.baseline.json` if not given. */
  baselineFile?: string;
  /** Diffs already made while the entries streamed (artifacts whose manifest keeps no entries). */
  streamedDiffs?: ReadonlyMap<string, ArtifactDiff>;
}

export function judgeAgainstBaseline(input: JudgeInput): BaselineJudgement {
  const diffs = new Map<string, ArtifactDiff>();
  const unbaselined: string[] = [];
  const findings: Finding[] = [...input.findings];
  for (const scan of input.scans) {
    const base = input.baseline.artifacts.find((artifact) => artifact.identity === scan.identity);
    if (!base) {
      unbaselined.push(scan.manifest.id);
      // A new artifact going to a place no recorded artifact goes: a new destination all the
      // same (once the baseline records destinations at all).
      const known = input.baseline.artifacts.flatMap((artifact) => artifact.destinations ?? []);
      if (known.length > 0) {
        const stand = {
          identity: scan.identity,
          kind: scan.manifest.kind,
          totalBytes: 0,
          entries: [],
          destinations: known,
        };
        findings.push(...destinationFindings(scan, stand, input));
      }
      continue;
    }
    const diff = input.streamedDiffs?.get(scan.manifest.id) ?? diffArtifact(base, recordedView(scan));
    diffs.set(scan.manifest.id, diff);
    findings.push(
      ...diffFindings(scan, diff, input),
      ...refFindings(scan, base, input),
      ...destinationFindings(scan, base, input),
    );
  }
  return {
    ...applyAcceptances(findings, input.baseline.accepted, input.scans, input.today, input.thresholds),
    diffs,
    unbaselined,
  };
}

/** The artifact as it is written on the command line (`web=dist/`, `npm:.`, `dist/app.zip`). */
function specOf(scan: ArtifactScan): string {
  return shellWord(specText(scan.manifest));
}

function nameOf(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("!")) + 1);
}

function diffFindings(scan: ArtifactScan, diff: ArtifactDiff, input: JudgeInput): Finding[] {
  const { thresholds } = input;
  const artifact = scan.manifest.id;
  const record = `leakgate baseline --write ${shellWord(input.baselineFile ?? "leakgate.baseline.json")} ${specOf(scan)}`;
  const ruleFindingPaths = new Set(
    input.findings
      .filter((f) => f.artifact === artifact && !f.ruleId.startsWith("unexpected-"))
      .map((f) => f.path),
  );
  const make = (
    ruleId: string,
    severity: Severity,
    file: { path: string; pattern: string },
    message: string,
    fix: string,
    details: Record<string, unknown>,
  ): Finding => ({
    ruleId,
    severity,
    artifact,
    path: file.path,
    message,
    fix,
    details: { ...(file.path ? { pattern: file.pattern } : {}), ...details },
    // The pattern, not the name: a content hash in the name must not change the fingerprint.
    fingerprint: fingerprint(ruleId, scan.identity, file.pattern),
  });

  const out: Finding[] = [];
  for (const added of diff.added) {
    const name = nameOf(added.path);
    const refresh = `If the file belongs in the release, record it: \`${record}\`; otherwise remove it from the build.`;
    if (added.size >= thresholds.newFileSize) {
      out.push(
        make(
          "unexpected-large-file",
          "error",
          added,
          `\`${name}\` (${formatBytes(added.size)}) is new since the baseline and at or over ${formatBytes(thresholds.newFileSize)}: large new files are how source maps, dumps and data sets leak.`,
          refresh,
          { size: added.size, limit: thresholds.newFileSize },
        ),
      );
    } else if (!ruleFindingPaths.has(added.path)) {
      out.push(
        make(
          "unexpected-file",
          input.strict ? "error" : "warning",
          added,
          `\`${name}\` (${formatBytes(added.size)}) is new since the baseline.`,
          refresh,
          { size: added.size },
        ),
      );
    }
  }
  for (const grown of diff.grown) {
    const gained = grown.sizeAfter - grown.sizeBefore;
    if (grown.sizeAfter <= grown.sizeBefore * thresholds.growthFactor || gained <= thresholds.growthBytes)
      continue;
    const factor = grown.sizeBefore > 0 ? ` (${(grown.sizeAfter / grown.sizeBefore).toFixed(1)}×)` : "";
    out.push(
      make(
        "file-growth",
        "error",
        grown,
        `\`${nameOf(grown.path)}\` grew from ${formatBytes(grown.sizeBefore)} to ${formatBytes(grown.sizeAfter)}${factor} since the baseline, more than ${thresholds.growthFactor}× and ${formatBytes(thresholds.growthBytes)}.`,
        "Find out what the build started putting into it (an inlined source map, a bundled dependency); if the growth is intended, refresh the baseline.",
        { sizeBefore: grown.sizeBefore, sizeAfter: grown.sizeAfter },
      ),
    );
  }
  if (diff.bytesBefore > 0 && diff.bytesAfter > diff.bytesBefore * (1 + thresholds.totalGrowth)) {
    const percent = Math.round((diff.bytesAfter / diff.bytesBefore - 1) * 100);
    out.push(
      make(
        "artifact-growth",
        "error",
        { path: "", pattern: "" },
        `The artifact grew from ${formatBytes(diff.bytesBefore)} to ${formatBytes(diff.bytesAfter)} (+${percent}%) since the baseline, more than the ${Math.round(thresholds.totalGrowth * 100)}% allowed.`,
        "Look at the added and grown files in the report; if the growth is intended, refresh the baseline.",
        { bytesBefore: diff.bytesBefore, bytesAfter: diff.bytesAfter },
      ),
    );
  }
  return out;
}

/** A destination the baseline does not record for this artifact: the release goes somewhere new. */
function destinationFindings(scan: ArtifactScan, base: BaselineArtifact, input: JudgeInput): Finding[] {
  const destination = scan.manifest.destination;
  if (!destination || (base.destinations ?? []).includes(destination)) return [];
  const record = `leakgate baseline --write ${shellWord(input.baselineFile ?? "leakgate.baseline.json")} ${specOf(scan)}`;
  const before = base.destinations?.length
    ? `it went to ${base.destinations.join(", ")}`
    : "it had no destination";
  return [
    {
      ruleId: "new-destination",
      severity: "error",
      artifact: scan.manifest.id,
      path: "",
      message: `This artifact now goes to ${destination}, which the baseline does not record (${before}): the most dangerous change to a release is a new place.`,
      fix: `If the destination is intended, record it: \`${record}\`; otherwise fix the publish step.`,
      details: { destination, recorded: base.destinations ?? [] },
      fingerprint: fingerprint("new-destination", scan.identity, "", destination),
    },
  ];
}

/** Git destinations: a ref the baseline does not record for this destination is new there. */
function refFindings(scan: ArtifactScan, base: BaselineArtifact, input: JudgeInput): Finding[] {
  if (!scan.manifest.refs || !base.refs) return [];
  const known = new Set(base.refs);
  const record = `leakgate baseline --write ${shellWord(input.baselineFile ?? "leakgate.baseline.json")} ${specOf(scan)}`;
  return scan.manifest.refs
    .filter((ref) => !known.has(ref.name))
    .map((ref) => ({
      ruleId: "unexpected-ref",
      severity: "error" as const,
      artifact: scan.manifest.id,
      path: ref.name,
      message: `The push would send ${ref.name}, which the baseline does not record for ${scan.manifest.destination ?? scan.identity}: a branch or tag published there for the first time.`,
      fix: `If the ref is meant to be published there, record it: \`${record}\`; otherwise leave it out of the push.`,
      details: { ref: ref.name, sha: ref.sha },
      fingerprint: fingerprint("unexpected-ref", scan.identity, ref.name),
    }));
}

function applyAcceptances(
  findings: readonly Finding[],
  accepted: readonly Acceptance[],
  scans: readonly ArtifactScan[],
  today: string,
  thresholds: Thresholds,
): { findings: Finding[]; accepted: AcceptedFinding[]; unused: Acceptance[] } {
  const identities = new Map(scans.map((scan) => [scan.manifest.id, scan.identity]));
  const kept: Finding[] = [];
  const moved: AcceptedFinding[] = [];
  const used = new Set<Acceptance>();
  for (const finding of findings) {
    const identity = identities.get(finding.artifact) ?? finding.artifact;
    const acceptance = acceptanceFor(finding, identity, accepted, today, thresholds);
    if (acceptance) used.add(acceptance);
    if (!acceptance) {
      kept.push(finding);
    } else if (isExpired(acceptance, today)) {
      // It blocks again; every output says which acceptance ran out, so nobody hunts for why.
      const days = daysBetween(acceptance.expires!, today);
      kept.push({
        ...finding,
        message: `${finding.message} It was accepted until ${acceptance.expires} (reason: "${acceptance.reason}"), which expired ${days === 1 ? "1 day" : `${days} days`} ago.`,
        details: {
          ...finding.details,
          acceptanceExpired: acceptance.expires,
          acceptanceExpiredDays: days,
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
  const scanned = new Set(scans.map((scan) => scan.identity));
  return { findings: kept, accepted: moved, unused: unusedAcceptances(accepted, used, scanned) };
}

/**
 * Acceptances that matched nothing in this run, among those about the artifacts scanned (an
 * acceptance of an artifact another job scans is not unused here). Like an unused
 * `eslint-disable`: it is moot now, and left in place it would cover a future finding
 * nobody reviewed.
 */
export function unusedAcceptances(
  accepted: readonly Acceptance[],
  used: ReadonlySet<Acceptance>,
  scannedIdentities: ReadonlySet<string>,
): Acceptance[] {
  return accepted.filter((a) => {
    if (used.has(a)) return false;
    if (a.artifact === undefined) return true;
    // A glob over identities (class acceptances) is about the scanned artifacts if it matches one.
    const matches = picomatch(a.artifact, { dot: true });
    return [...scannedIdentities].some((identity) => identity === a.artifact || matches(identity));
  });
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
