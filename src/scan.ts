/**
 * The one entry into the pipeline that the CLI and the action share:
 * artifact specs → per-artifact single-pass scan (manifest + rule findings) → post-processing
 * (allow lists, severity overrides, ordering). Baseline diff and verdict come after this.
 */
import type { LeakgateConfig } from "./config/types.js";
import { type ArtifactScan, scanArtifact } from "./engine/scan-artifact.js";
import type { Finding } from "./model.js";
import { createRules } from "./rules/registry.js";
import type { Rule } from "./rules/rule.js";
import { resolveArtifactSpecs } from "./sources/artifact-spec.js";
import { postProcess } from "./verdict/post-process.js";

export interface ScanRequest {
  /** Artifact specs as the user wrote them (see sources/artifact-spec.ts). */
  specs: readonly string[];
  cwd: string;
  config: LeakgateConfig;
  /** Receives every raw secret value found, out of band (the action masks them). */
  onSecret?: (value: string) => void;
  /** Uncompressed bytes read, for progress display. */
  progress?: (bytes: number) => void;
  /** Replaces the built-in rules (tests). */
  rules?: readonly Rule[];
}

export interface ScanResult {
  artifacts: ArtifactScan[];
  /** Every finding after allow lists and severity overrides, in report order. */
  findings: Finding[];
}

export async function scan(request: ScanRequest): Promise<ScanResult> {
  const specs = await resolveArtifactSpecs(request.specs, request.cwd);
  const rules =
    request.rules ?? createRules(request.config, request.onSecret ? { onSecret: request.onSecret } : {});
  const artifacts: ArtifactScan[] = [];
  for (const spec of specs) {
    artifacts.push(
      await scanArtifact(spec, {
        rules,
        limits: request.config.limits,
        ...(request.progress ? { progress: request.progress } : {}),
      }),
    );
  }
  const findings = postProcess(artifacts, request.config);
  return { artifacts, findings };
}
