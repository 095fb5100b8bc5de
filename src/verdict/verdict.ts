/**
 * The verdict: does the release pass? One small pure function, so that what blocks is easy
 * to reason about (and to property-test).
 */
import type { FailOn } from "../config/types.js";
import type { Finding } from "../core/model.js";

export type Verdict = "pass" | "fail";

/** Whether a finding blocks under `failOn`. */
export function isBlocking(finding: Finding, failOn: FailOn): boolean {
  if (failOn === "never") return false;
  if (failOn === "warning") return finding.severity === "error" || finding.severity === "warning";
  return finding.severity === "error";
}

export function decideVerdict(findings: readonly Finding[], failOn: FailOn): Verdict {
  return findings.some((finding) => isBlocking(finding, failOn)) ? "fail" : "pass";
}
