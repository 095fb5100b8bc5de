/**
 * Recording a release as the known-good baseline (`leakgate baseline --write`, the action's
 * `mode: baseline`). Every rule runs, so that recording a release that leaks is never silent:
 * its blocking findings are returned for the caller to show, and refuse on. The existing
 * acceptances apply to them, and the acceptances that matched nothing are moot once the
 * baseline is rewritten: they are dropped unless asked to keep them.
 */
import type { Acceptance, Baseline } from "../baseline/baseline-file.js";
import { recordBaseline } from "../baseline/record.js";
import type { LeakgateConfig } from "../config/types.js";
import type { Finding } from "../core/model.js";
import { buildReport, type Report } from "../reporters/report.js";
import { isBlocking } from "../verdict/verdict.js";
import { type ScanResult, scan } from "./scan.js";

export interface RecordRequest {
  specs: readonly string[];
  cwd: string;
  config: LeakgateConfig;
  /** The baseline file's current content, if it exists. */
  existing?: Baseline;
  /** Keep acceptances that matched nothing (`--keep-unused`). */
  keepUnused?: boolean;
  onSecret?: (value: string) => void;
}

export interface Recording {
  result: ScanResult;
  /** The findings of the release (no baseline section: the baseline is what is being replaced). */
  report: Report;
  blocking: Finding[];
  /** Acceptances dropped because they matched nothing. */
  dropped: Acceptance[];
  /** The new baseline. */
  baseline: Baseline;
}

export async function recordRelease(request: RecordRequest): Promise<Recording> {
  const { existing, config } = request;
  // Judged against the acceptances alone: diff findings are moot when the baseline is replaced.
  const result = await scan({
    specs: request.specs,
    cwd: request.cwd,
    config,
    ...(request.onSecret ? { onSecret: request.onSecret } : {}),
    ...(existing ? { baseline: { file: "", content: { ...existing, artifacts: [] } } } : {}),
  });
  // `failOn: never` keeps scans from failing; it does not make a leak known-good: errors still count here.
  const failOn = config.failOn === "never" ? "error" : config.failOn;
  const report = buildReport({ artifacts: result.artifacts, findings: result.findings }, failOn);
  const dropped = request.keepUnused ? [] : (result.baseline?.unused ?? []);
  const previous = existing && {
    ...existing,
    accepted: existing.accepted.filter((a) => !dropped.includes(a)),
  };
  return {
    result,
    report,
    blocking: result.findings.filter((f) => isBlocking(f, failOn)),
    dropped,
    baseline: recordBaseline(result.artifacts, previous),
  };
}
