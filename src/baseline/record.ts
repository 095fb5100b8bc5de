/**
 * Recording the known-good state from a scan. Accepted findings of the previous baseline
 * are kept, and so are artifacts that this run did not scan (one baseline file can serve
 * several jobs, each scanning its own artifacts).
 */

import { namePattern } from "../engine/name-pattern.js";
import type { ArtifactScan } from "../engine/scan-artifact.js";
import type { Baseline, BaselineArtifact } from "./baseline-file.js";
import { emptyBaseline } from "./baseline-file.js";
import { diffArtifact } from "./diff.js";

export function baselineArtifact(scan: ArtifactScan): BaselineArtifact {
  return {
    identity: scan.identity,
    kind: scan.manifest.kind,
    totalBytes: scan.manifest.totalBytes,
    entries: scan.manifest.entries
      .filter((entry) => entry.type !== "directory")
      .map((entry) => ({
        path: namePattern(entry.path),
        size: entry.size,
        ...(entry.sha256 ? { sha256: entry.sha256 } : {}),
        type: entry.type as "file" | "symlink" | "hardlink",
      })),
  };
}

export function recordBaseline(
  scans: readonly ArtifactScan[],
  previous: Baseline = emptyBaseline(),
): Baseline {
  const fresh = scans.map(baselineArtifact);
  const scanned = new Set(fresh.map((artifact) => artifact.identity));
  return {
    version: previous.version,
    artifacts: [...previous.artifacts.filter((artifact) => !scanned.has(artifact.identity)), ...fresh],
    accepted: previous.accepted,
  };
}

export interface BaselineCheck {
  upToDate: boolean;
  /** One line per reason it is out of date. */
  reasons: string[];
}

/**
 * Whether the baseline still describes the artifacts: same files (by pattern) for every
 * scanned artifact. Content changes alone (a new sha256 at the same path and a similar
 * size) do not make it stale, so the baseline is not churned by every code change.
 */
export function checkBaseline(baseline: Baseline, scans: readonly ArtifactScan[]): BaselineCheck {
  const reasons: string[] = [];
  for (const scan of scans) {
    const base = baseline.artifacts.find((artifact) => artifact.identity === scan.identity);
    if (!base) {
      reasons.push(`${scan.manifest.id}: not in the baseline`);
      continue;
    }
    const diff = diffArtifact(base, scan.manifest.entries, scan.manifest.totalBytes);
    for (const added of diff.added) reasons.push(`${scan.manifest.id}: new file ${added.path}`);
    for (const removed of diff.removed) reasons.push(`${scan.manifest.id}: file gone ${removed.pattern}`);
  }
  return { upToDate: reasons.length === 0, reasons };
}
