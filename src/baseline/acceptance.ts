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
import { DEFAULT_THRESHOLDS, type Thresholds } from "../config/types.js";
import { UserError } from "../core/errors.js";
import type { Finding } from "../core/model.js";
import { namePattern } from "../engine/name-pattern.js";
import { type Acceptance, type Baseline, isCalendarDate } from "./baseline-file.js";
import { scopeOf, withinScope } from "./reviewed-scope.js";

/**
 * Whether one acceptance covers a finding of the artifact with this identity: the same
 * fingerprint, and nothing worse than what was reviewed (see reviewed-scope.ts).
 */
export function acceptanceMatches(
  acceptance: Acceptance,
  finding: Finding,
  identity: string,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): boolean {
  if (acceptance.fingerprint) {
    return (
      acceptance.fingerprint === finding.fingerprint && withinScope(acceptance.scope, finding, thresholds)
    );
  }
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
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): Acceptance | undefined {
  const matching = accepted.filter((a) => acceptanceMatches(a, finding, identity, thresholds));
  return matching.find((a) => !isExpired(a, today)) ?? matching[0];
}

/** A finding that can be accepted, with the identity of its artifact. */
export type KnownFinding = Finding & { identity: string };

export interface AcceptRequest {
  fingerprints: readonly string[];
  reason: string;
  /** Last day the acceptance holds (YYYY-MM-DD); must be after `today`. */
  expires?: string;
  /** The findings of a scan or report: every fingerprint must be one of them. */
  known: readonly KnownFinding[];
  /** Today (YYYY-MM-DD): recorded as `acceptedOn`, and `expires` must lie after it. */
  today: string;
  /** Replace an acceptance that exists for the same fingerprint (otherwise that is an error). */
  replace?: boolean;
}

export interface AcceptOutcome {
  baseline: Baseline;
  /** Acceptances that were replaced, so the command can show what the reviewed reason was. */
  replaced: Acceptance[];
}

const FINGERPRINT = /^[0-9a-f]{32}$/;

/**
 * Adds acceptances to a baseline (the `leakgate accept` command). Each entry records what
 * was reviewed: rule, artifact identity, path pattern, the finding's (redacted) message, the
 * measure it was accepted at, and the day. Usage errors: no reason; an expiry that is not a
 * real date in the future; an id that is not a fingerprint or not a finding of this scan; an
 * id accepted already, unless `replace`.
 */
export function acceptFindings(baseline: Baseline, request: AcceptRequest): AcceptOutcome {
  const reason = request.reason.trim();
  if (!reason) throw new UserError("usage", "--reason is required: say why this finding may ship");
  if (request.expires !== undefined) {
    if (!isCalendarDate(request.expires)) {
      throw new UserError("usage", `--expires must be a real date (YYYY-MM-DD), got "${request.expires}"`);
    }
    if (request.expires <= request.today) {
      throw new UserError(
        "usage",
        `--expires ${request.expires} is not in the future (today is ${request.today}): an acceptance must hold for some time`,
      );
    }
  }
  const added: Acceptance[] = [];
  const replaced: Acceptance[] = [];
  for (const print of new Set(request.fingerprints)) {
    if (!FINGERPRINT.test(print)) {
      throw new UserError(
        "usage",
        `"${print}" is not a fingerprint (32 hex characters, shown as \`id:\` in the text report)`,
      );
    }
    const finding = request.known.find((f) => f.fingerprint === print);
    if (!finding) throw new UserError("usage", `no finding with fingerprint ${print} in this scan`);
    const earlier = baseline.accepted.find((a) => a.fingerprint === print);
    if (earlier && !request.replace) {
      throw new UserError(
        "usage",
        `${print} is accepted already (reason: "${earlier.reason}"${earlier.expires ? `, until ${earlier.expires}` : ""}); pass --replace to change it`,
      );
    }
    if (earlier) replaced.push(earlier);
    const scope = scopeOf(finding);
    added.push({
      fingerprint: print,
      rule: finding.ruleId,
      artifact: finding.identity,
      ...(finding.path ? { path: namePattern(finding.path) } : {}),
      summary: oneLine(finding.message),
      ...(scope ? { scope } : {}),
      reason,
      acceptedOn: request.today,
      ...(request.expires ? { expires: request.expires } : {}),
    });
  }
  const fresh = new Set(added.map((a) => a.fingerprint));
  const kept = baseline.accepted.filter((a) => !a.fingerprint || !fresh.has(a.fingerprint));
  return { baseline: { ...baseline, accepted: [...kept, ...added] }, replaced };
}

/** Messages are one line already; a cap keeps a pathological one from bloating the file. */
function oneLine(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}
