/**
 * Recording the known-good state from a scan, and telling whether a baseline is still
 * current (`leakgate baseline --check`).
 *
 * Recording keeps the previous baseline's accepted findings, and also the artifacts that
 * this run did not scan: one baseline file can serve several jobs, each scanning its own
 * artifacts, and a job must not erase what another recorded. (Remove an artifact that no
 * longer exists by deleting its block from the file.)
 */

import { UserError } from "../core/errors.js";
import type { ArtifactManifest } from "../core/model.js";
import { namePattern } from "../engine/name-pattern.js";
import type { ArtifactScan } from "../engine/scan-artifact.js";
import type { Baseline, BaselineArtifact } from "./baseline-file.js";
import { emptyBaseline } from "./baseline-file.js";
import { diffArtifact } from "./diff.js";

/** One artifact's baseline block: every file, link and nested entry by pattern; directories are implied. */
/**
 * The entries a baseline records and is compared with: every file, except for a container
 * image, whose final filesystem is recorded (its layers' digests beside it).
 */
export function recordedView(scan: ArtifactScan): Pick<ArtifactManifest, "entries" | "totalBytes"> {
  return scan.image ? { entries: scan.image.entries, totalBytes: scan.manifest.totalBytes } : scan.manifest;
}

export function baselineArtifact(scan: ArtifactScan): BaselineArtifact {
  return {
    identity: scan.identity,
    kind: scan.manifest.kind,
    totalBytes: scan.manifest.totalBytes,
    ...(scan.manifest.packageVersion ? { version: scan.manifest.packageVersion } : {}),
    ...(scan.manifest.refs ? { refs: scan.manifest.refs.map((ref) => ref.name) } : {}),
    ...(scan.manifest.destination ? { destinations: [scan.manifest.destination] } : {}),
    ...(scan.image ? { layers: scan.image.layers } : {}),
    entries: recordedView(scan).entries.flatMap((entry) =>
      entry.type === "directory"
        ? []
        : [
            {
              path: namePattern(entry.path),
              size: entry.size,
              ...(entry.sha256 ? { sha256: entry.sha256 } : {}),
              type: entry.type,
            },
          ],
    ),
  };
}

/**
 * The baseline that describes `scans`, on top of `previous`. Two scanned artifacts with one
 * identity (`dist/` and `npm:.` are both `npm:my-pkg`) would overwrite each other: that
 * is a usage error asking for `name=` on one of them.
 */
export function recordBaseline(
  scans: readonly ArtifactScan[],
  previous: Baseline = emptyBaseline(),
): Baseline {
  const seen = new Map<string, string>();
  for (const scan of scans) {
    const earlier = seen.get(scan.identity);
    if (earlier !== undefined) {
      throw new UserError(
        "usage",
        `${earlier} and ${scan.manifest.id} are both the artifact "${scan.identity}" and would overwrite each other in the baseline; name one with name=path`,
      );
    }
    seen.set(scan.identity, scan.manifest.id);
  }
  const fresh = scans.map(baselineArtifact);
  return {
    version: previous.version,
    artifacts: [...previous.artifacts.filter((artifact) => !seen.has(artifact.identity)), ...fresh],
    accepted: previous.accepted,
  };
}

export interface BaselineCheck {
  upToDate: boolean;
  /** One line per reason it is out of date. */
  reasons: string[];
}

/**
 * Whether the baseline still describes the artifacts: every scanned artifact is in it, with
 * the same files (by pattern). New content in the same files does not make it stale (see
 * docs/adr/003), so the baseline is not churned by every code change; size changes that
 * matter are `file-growth` and `artifact-growth` findings of `scan --baseline`.
 */
export function checkBaseline(baseline: Baseline, scans: readonly ArtifactScan[]): BaselineCheck {
  const reasons: string[] = [];
  for (const scan of scans) {
    const id = scan.manifest.id;
    const base = baseline.artifacts.find((artifact) => artifact.identity === scan.identity);
    if (!base) {
      reasons.push(`${id}: not in the baseline (as "${scan.identity}")`);
      continue;
    }
    const diff = diffArtifact(base, recordedView(scan));
    for (const added of diff.added) {
      const shown = added.pattern === added.path ? added.path : `${added.path} (${added.pattern})`;
      reasons.push(`${id}: new file ${shown}`);
    }
    for (const removed of diff.removed) reasons.push(`${id}: file gone ${removed.pattern}`);
  }
  return { upToDate: reasons.length === 0, reasons };
}
