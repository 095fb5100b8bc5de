/**
 * The one entry into the pipeline that the CLI and the action share:
 * artifact specs → per-artifact single-pass scan (manifest + rule findings) → post-processing
 * (allow lists, severity overrides, ordering). Baseline diff and verdict come after this.
 */
import type { Acceptance, Baseline } from "../baseline/baseline-file.js";
import { type ArtifactDiff, StreamingDiff } from "../baseline/diff.js";
import { type AcceptedFinding, judgeAgainstBaseline } from "../baseline/judge.js";
import type { LeakgateConfig } from "../config/types.js";
import type { Finding } from "../core/model.js";
import { fingerprint } from "../engine/fingerprint.js";
import { type ArtifactScan, keepsEntries, scanArtifact, streamedIdentity } from "../engine/scan-artifact.js";
import { judgeDestination, type Organisation } from "../rules/destination-policy.js";
import { createRules } from "../rules/registry.js";
import type { Rule } from "../rules/rule.js";
import { type ArtifactSpec, resolveArtifacts } from "../sources/artifact-spec.js";
import { detectRepository } from "../sources/git/repository.js";
import { postProcess } from "../verdict/post-process.js";

export interface ScanRequest {
  /** Artifact specs as the user wrote them (see sources/artifact-spec.ts). */
  specs: readonly string[];
  cwd: string;
  config: LeakgateConfig;
  /** Receives every raw secret value found, out of band (the action masks them). */
  onSecret?: (value: string) => void;
  /** Uncompressed bytes read and entries recorded, for progress display. */
  progress?: (bytes: number, entries: number) => void;
  /** Replaces the built-in rules (tests). */
  rules?: readonly Rule[];
  /** The known-good baseline to diff against, and the file it came from. */
  baseline?: { file: string; content: Baseline };
  /** Today (YYYY-MM-DD) for acceptance expiry; defaults to the real date. */
  today?: string;
}

/** The organisation from the config; its owner defaults to the owner of the repository released. */
export function organisationOf(config: LeakgateConfig, repository: string | undefined): Organisation {
  const owner = repository?.split("/")[0];
  return {
    owners: config.organisation?.owners ?? (owner ? [owner] : []),
    inside: config.organisation?.inside ?? [],
    internal: config.organisation?.internal ?? [],
  };
}

export interface ScanResult {
  artifacts: ArtifactScan[];
  /** Every finding after allow lists, severity overrides and acceptances, in report order. */
  findings: Finding[];
  /** Present when a baseline was given. */
  baseline?: BaselineOutcome;
  /** What the specs left out and why (private workspace packages). */
  notes?: string[];
}

export interface BaselineOutcome {
  file: string;
  accepted: AcceptedFinding[];
  /** Acceptances about the scanned artifacts that matched nothing (moot; `baseline --write` drops them). */
  unused: Acceptance[];
  diffs: Map<string, ArtifactDiff>;
  unbaselined: string[];
}

export async function scan(request: ScanRequest): Promise<ScanResult> {
  const { specs, notes } = await resolveArtifacts(request.specs, request.cwd);
  return scanSpecs(specs, notes, request);
}

/** The pipeline over artifacts already resolved (`leakgate audit` builds its own specs). */
export async function scanSpecs(
  specs: readonly ArtifactSpec[],
  notes: readonly string[],
  request: Omit<ScanRequest, "specs">,
): Promise<ScanResult> {
  const repository = specs.some((s) => s.destination || s.git)
    ? await detectRepository(request.cwd)
    : undefined;
  const rules =
    request.rules ?? createRules(request.config, request.onSecret ? { onSecret: request.onSecret } : {});
  const artifacts: ArtifactScan[] = [];
  const streamedDiffs = new Map<string, ArtifactDiff>();
  for (const spec of specs) {
    // An artifact that keeps no entries is diffed as they stream; its identity is known up front.
    const recorded = keepsEntries(spec)
      ? undefined
      : request.baseline?.content.artifacts.find((artifact) => artifact.identity === streamedIdentity(spec));
    const streamed = recorded ? new StreamingDiff(recorded) : undefined;
    const scanned = await scanArtifact(spec, {
      rules,
      limits: request.config.limits,
      ...(request.config.internalRefs ? { internalRefs: request.config.internalRefs } : {}),
      ...(request.onSecret ? { onSecret: request.onSecret } : {}),
      cwd: request.cwd,
      ...(repository ? { repository } : {}),
      ...(request.progress ? { progress: request.progress } : {}),
      ...(streamed ? { onRecord: (entry) => streamed.add(entry) } : {}),
    });
    artifacts.push(scanned);
    if (streamed) streamedDiffs.set(scanned.manifest.id, streamed.finish(scanned.manifest.totalBytes));
  }
  const organisation = organisationOf(request.config, repository);
  for (const artifact of artifacts) {
    artifact.findings = judgeDestination(
      artifact.manifest.id,
      artifact.manifest.destination,
      artifact.findings,
      organisation,
      (ruleId, evidence) => fingerprint(ruleId, artifact.identity, "", evidence),
    );
  }
  const findings = postProcess(artifacts, request.config);
  const noted = notes.length > 0 ? { notes: [...notes] } : {};
  if (!request.baseline) return { artifacts, findings, ...noted };
  const judgement = judgeAgainstBaseline({
    scans: artifacts,
    findings,
    baseline: request.baseline.content,
    thresholds: request.config.thresholds,
    strict: request.config.strict,
    today: request.today ?? new Date().toISOString().slice(0, 10),
    baselineFile: request.baseline.file,
    streamedDiffs,
  });
  // Diff findings go through the same allow lists and overrides as rule findings.
  const withDiff = postProcess(
    artifacts.map((artifact) => ({
      ...artifact,
      findings: judgement.findings.filter((f) => f.artifact === artifact.manifest.id),
    })),
    request.config,
  );
  return {
    artifacts,
    ...noted,
    findings: withDiff,
    baseline: {
      file: request.baseline.file,
      accepted: judgement.accepted,
      unused: judgement.unused,
      diffs: judgement.diffs,
      unbaselined: judgement.unbaselined,
    },
  };
}
