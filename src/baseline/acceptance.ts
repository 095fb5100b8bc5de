/**
 * Accepted findings: a reviewed decision that a finding may ship, with a reason and an
 * optional expiry date. Matched by fingerprint, or by rule plus a path glob (and an
 * artifact identity glob), so a whole class of findings can be accepted at once.
 */
import picomatch from "picomatch";
import { globMatcher } from "../config/path-filter.js";
import { namePattern } from "../engine/name-pattern.js";
import { UserError } from "../errors.js";
import type { Finding } from "../model.js";
import type { Acceptance, Baseline } from "./baseline-file.js";

export function acceptanceFor(
  finding: Finding,
  identity: string,
  accepted: readonly Acceptance[],
): Acceptance | undefined {
  return accepted.find((a) => {
    if (a.fingerprint) return a.fingerprint === finding.fingerprint;
    if (a.rule !== finding.ruleId) return false;
    if (a.artifact && !picomatch(a.artifact, { dot: true })(identity)) return false;
    if (a.path && !(globMatcher([a.path])(finding.path) || globMatcher([a.path])(namePattern(finding.path))))
      return false;
    return true;
  });
}

export interface AcceptRequest {
  fingerprints: readonly string[];
  reason: string;
  expires?: string;
  /** Findings of a report, to check the fingerprints exist and to record what they are. */
  known?: readonly Finding[];
}

/** Adds acceptances to a baseline (the `leakgate accept` command). */
export function acceptFindings(baseline: Baseline, request: AcceptRequest): Baseline {
  if (!request.reason.trim())
    throw new UserError("usage", "--reason is required: say why this finding may ship");
  if (request.expires && !/^\d{4}-\d{2}-\d{2}$/.test(request.expires)) {
    throw new UserError("usage", `--expires must be a date (YYYY-MM-DD), got "${request.expires}"`);
  }
  const added: Acceptance[] = [];
  for (const print of request.fingerprints) {
    const finding = request.known?.find((f) => f.fingerprint === print);
    if (request.known && !finding)
      throw new UserError("usage", `no finding with fingerprint ${print} in the report`);
    added.push({
      fingerprint: print,
      ...(finding ? { rule: finding.ruleId, path: finding.path } : {}),
      reason: request.reason.trim(),
      ...(request.expires ? { expires: request.expires } : {}),
    });
  }
  const without = baseline.accepted.filter(
    (a) => !a.fingerprint || !request.fingerprints.includes(a.fingerprint),
  );
  return { ...baseline, accepted: [...without, ...added] };
}
