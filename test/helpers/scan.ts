/** Scans files or directories with the engine alone (no rules unless given). */
import { basename, dirname } from "node:path";
import { DEFAULT_LIMITS, type ScanLimits } from "../../src/core/model.js";
import { type ArtifactScan, scanArtifact } from "../../src/engine/scan-artifact.js";
import type { Rule } from "../../src/rules/rule.js";
import { resolveArtifactSpecs } from "../../src/sources/artifact-spec.js";

export interface EngineOptions {
  rules?: Rule[];
  limits?: Partial<ScanLimits>;
  /** Artifact spec prefix such as "npm:" or "name=". */
  prefix?: string;
}

export async function scanPath(path: string, options: EngineOptions = {}): Promise<ArtifactScan> {
  const [spec] = await resolveArtifactSpecs([`${options.prefix ?? ""}${basename(path)}`], dirname(path));
  return scanArtifact(spec!, {
    rules: options.rules ?? [],
    limits: { ...DEFAULT_LIMITS, ...options.limits },
  });
}

export function paths(scan: ArtifactScan): string[] {
  return scan.manifest.entries.map((entry) => entry.path);
}

export function findingsOf(scan: ArtifactScan, ruleId: string) {
  return scan.findings.filter((finding) => finding.ruleId === ruleId);
}
