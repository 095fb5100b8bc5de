/**
 * Accepted findings: a reviewed decision that a finding may ship, with a reason and an
 * optional last day. An acceptance matches a finding
 *   - by `fingerprint` (when given, nothing else is looked at: `rule` and `path` written
 *     next to it by `leakgate accept` are there for the reviewer), or
 *   - by `rule`, plus a `path` glob (tried on the real name and on its pattern, like
 *     `allow`; a pattern written out as is, `assets/index-[hash].js`, matches itself) and an
 *     `artifact` glob (tried on the identity and the id) when given,
 * so that a whole class of findings can be accepted at once.
 */
import picomatch from "picomatch";
import { globMatcher } from "../config/path-filter.js";
import { namePattern } from "../engine/name-pattern.js";
import { UserError } from "../errors.js";
import type { Finding } from "../model.js";
import { type Acceptance, type Baseline, isCalendarDate } from "./baseline-file.js";

/** Whether one acceptance covers a finding of the artifact with this identity. */
export function acceptanceMatches(acceptance: Acceptance, finding: Finding, identity: string): boolean {
  if (acceptance.fingerprint) return acceptance.fingerprint === finding.fingerprint;
  if (acceptance.rule !== finding.ruleId) return false;
  if (acceptance.artifact) {
    const matches = picomatch(acceptance.artifact, { dot: true });
    if (!matches(identity) && !matches(finding.artifact)) return false;
  }
  if (acceptance.path) {
    const pattern = namePattern(finding.path);
    // A pattern copied from a report (`assets/index-[hash].js`) means itself, not a glob class.
    const literal = acceptance.path === finding.path || acceptance.path === pattern;
    const matches = globMatcher([acceptance.path]);
    if (!literal && !matches(finding.path) && !matches(pattern)) return false;
  }
  return true;
}

/** Whether an acceptance still holds on `today` (YYYY-MM-DD): `expires` is the last day it does. */
export function isExpired(acceptance: Acceptance, today: string): boolean {
  return acceptance.expires !== undefined && acceptance.expires < today;
}

/**
 * The acceptance that applies to a finding: one that still holds if there is any, else an
 * expired one (so the report can say the acceptance ran out), else none.
 */
export function acceptanceFor(
  finding: Finding,
  identity: string,
  accepted: readonly Acceptance[],
  today: string,
): Acceptance | undefined {
  const matching = accepted.filter((a) => acceptanceMatches(a, finding, identity));
  return matching.find((a) => !isExpired(a, today)) ?? matching[0];
}

export interface AcceptRequest {
  fingerprints: readonly string[];
  reason: string;
  /** Last day the acceptance holds (YYYY-MM-DD). */
  expires?: string;
  /** Findings of a report, to check the fingerprints exist and to record what they are. */
  known?: readonly Finding[];
}

const FINGERPRINT = /^[0-9a-f]{32}$/;

/**
 * Adds acceptances to a baseline (the `leakgate accept` command). Accepting a fingerprint
 * again replaces its earlier acceptance (a new reason or date). Usage errors: no reason, a
 * bad date, a fingerprint that is not one, or (with `known`) one that is not in the report.
 */
export function acceptFindings(baseline: Baseline, request: AcceptRequest): Baseline {
  const reason = request.reason.trim();
  if (!reason) throw new UserError("usage", "--reason is required: say why this finding may ship");
  if (request.expires !== undefined && !isCalendarDate(request.expires)) {
    throw new UserError("usage", `--expires must be a date (YYYY-MM-DD), got "${request.expires}"`);
  }
  const added: Acceptance[] = [];
  for (const print of new Set(request.fingerprints)) {
    const finding = request.known?.find((f) => f.fingerprint === print);
    if (request.known && !finding) {
      throw new UserError("usage", `no finding with fingerprint ${print} in the report`);
    }
    if (!FINGERPRINT.test(print)) {
      throw new UserError(
        "usage",
        `"${print}" is not a fingerprint (32 hex characters, shown as \`id:\` in the text report)`,
      );
    }
    added.push({
      fingerprint: print,
      ...(finding ? { rule: finding.ruleId, ...(finding.path ? { path: finding.path } : {}) } : {}),
      reason,
      ...(request.expires ? { expires: request.expires } : {}),
    });
  }
  const replaced = new Set(added.map((a) => a.fingerprint));
  const kept = baseline.accepted.filter((a) => !a.fingerprint || !replaced.has(a.fingerprint));
  return { ...baseline, accepted: [...kept, ...added] };
}
