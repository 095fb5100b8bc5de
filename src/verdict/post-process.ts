/**
 * What happens to findings between the rules and the verdict, as a chain of small steps:
 * drop what the user allowed, apply severity overrides, and put them in report order.
 */
import picomatch from "picomatch";
import { createPathFilter } from "../config/path-filter.js";
import type { LeakgateConfig, RuleSetting } from "../config/types.js";
import type { Finding, Severity } from "../core/model.js";
import type { ArtifactScan } from "../engine/scan-artifact.js";

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

export function postProcess(artifacts: readonly ArtifactScan[], config: LeakgateConfig): Finding[] {
  const kept = artifacts.flatMap((artifact) => dropAllowed(artifact, config));
  return sortFindings(applySeverity(kept, config, artifacts));
}

/** `allow` globs and `.leakgateignore` exempt a path from every finding about it. */
export function dropAllowed(artifact: ArtifactScan, config: LeakgateConfig): Finding[] {
  const filter = createPathFilter(config, [artifact.manifest.id, artifact.identity]);
  return artifact.findings.filter((finding) => finding.path === "" || !filter.isAllowed(finding.path));
}

/** Per-artifact settings (`artifacts: { "<glob>": { rules } }`) win over the top-level `rules`. */
function ruleSetting(
  config: LeakgateConfig,
  ruleId: string,
  artifactIds: readonly string[],
): RuleSetting | undefined {
  let setting = config.rules[ruleId];
  for (const [pattern, overrides] of Object.entries(config.artifacts)) {
    const own = overrides.rules?.[ruleId];
    if (own && artifactIds.some((id) => picomatch(pattern, { dot: true })(id))) setting = own;
  }
  return setting;
}

/** `rules: { <id>: warning }` sets the severity of all the rule's findings; `off` drops them. */
export function applySeverity(
  findings: readonly Finding[],
  config: LeakgateConfig,
  artifacts: readonly ArtifactScan[] = [],
): Finding[] {
  const identities = new Map(artifacts.map((a) => [a.manifest.id, a.identity]));
  const result: Finding[] = [];
  for (const finding of findings) {
    const ids = [finding.artifact, identities.get(finding.artifact) ?? finding.artifact];
    const setting = ruleSetting(config, finding.ruleId, ids);
    if (setting === "off") continue;
    result.push(setting ? { ...finding, severity: setting } : finding);
  }
  return result;
}

/** Errors first, then by artifact, path and rule, so reports read top-down by importance. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      compare(a.artifact, b.artifact) ||
      // Findings about a file before findings about the whole artifact: they say what to fix.
      Number(a.path === "") - Number(b.path === "") ||
      compare(a.path, b.path) ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.fingerprint, b.fingerprint),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
