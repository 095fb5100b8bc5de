/**
 * What a person reviewed when they accepted a finding, beyond its fingerprint.
 *
 * A fingerprint names *the* leak (rule + artifact identity + name pattern + evidence), so it
 * stays the same from build to build. For some rules that is too coarse to accept: a growth
 * finding's fingerprint is the same whether the artifact grew to 3 MiB or to 300 MiB, and a
 * source map's whether it embeds 20 sources or 2,000. Accepting such a finding records the
 * measure that was reviewed (its scope), and the acceptance only covers findings that are no
 * worse than that, judged by the same thresholds that raised the finding in the first place:
 *
 *   artifact-growth          covers a size up to the accepted size × (1 + totalGrowth)
 *   file-growth,
 *   unexpected-large-file,
 *   large-file               covers a size that has not grown past growthFactor × and growthBytes
 *                            from the accepted size
 *   source-map               covers as many embedded sources as accepted, or fewer, from the
 *                            accepted source roots only
 *
 * Other rules carry what was reviewed in the fingerprint itself: the secret's hashed value,
 * the path pattern for path rules.
 */
import type { Thresholds } from "../config/types.js";
import type { Finding } from "../core/model.js";

export interface ReviewedScope {
  /** Size in bytes that was accepted. */
  bytes?: number | undefined;
  /** Embedded sources (not shipped) that were accepted. */
  sources?: number | undefined;
  /** Source roots those came from. */
  roots?: string[] | undefined;
}

const number = (value: unknown): number | undefined => (typeof value === "number" ? value : undefined);

/** The scope to record when accepting this finding, or undefined when the fingerprint says it all. */
export function scopeOf(finding: Finding): ReviewedScope | undefined {
  const details = finding.details ?? {};
  switch (finding.ruleId) {
    case "artifact-growth":
      return sized(number(details.bytesAfter));
    case "file-growth":
      return sized(number(details.sizeAfter));
    case "unexpected-large-file":
    case "large-file":
      return sized(number(details.size));
    case "source-map": {
      const sources = number(details.embeddedNotShipped);
      if (sources === undefined || sources === 0) return undefined;
      const roots = Array.isArray(details.topRoots)
        ? (details.topRoots as { root?: unknown }[]).map((r) => String(r.root)).sort()
        : [];
      return { sources, roots };
    }
    default:
      return undefined;
  }
}

function sized(bytes: number | undefined): ReviewedScope | undefined {
  return bytes === undefined ? undefined : { bytes };
}

/** Whether `finding` is no worse than what was reviewed. A finding without the measure is not covered. */
export function withinScope(
  scope: ReviewedScope | undefined,
  finding: Finding,
  thresholds: Thresholds,
): boolean {
  if (!scope) return true;
  const current = scopeOf(finding);
  if (scope.bytes !== undefined) {
    if (current?.bytes === undefined) return false;
    if (finding.ruleId === "artifact-growth")
      return current.bytes <= scope.bytes * (1 + thresholds.totalGrowth);
    const grewPast =
      current.bytes > scope.bytes * thresholds.growthFactor &&
      current.bytes - scope.bytes > thresholds.growthBytes;
    return !grewPast;
  }
  if (scope.sources !== undefined) {
    if (current?.sources === undefined) return true; // nothing embedded any more: nothing worse
    const roots = new Set(scope.roots ?? []);
    return current.sources <= scope.sources && (current.roots ?? []).every((root) => roots.has(root));
  }
  return true;
}
