/**
 * What happens to findings between the rules and the verdict, as a chain of small steps:
 * drop what the user allowed, apply severity overrides, and put them in report order.
 */
import type { LeakgateConfig, RuleSetting } from "../config/types.js";
import type { Finding, Severity } from "../model.js";

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

export function postProcess(findings: readonly Finding[], config: LeakgateConfig): Finding[] {
  return sortFindings(applySeverity(findings, config));
}

function ruleSetting(config: LeakgateConfig, ruleId: string): RuleSetting | undefined {
  return config.rules[ruleId];
}

/** `rules: { <id>: warning }` sets the severity of all the rule's findings; `off` drops them. */
export function applySeverity(findings: readonly Finding[], config: LeakgateConfig): Finding[] {
  const result: Finding[] = [];
  for (const finding of findings) {
    const setting = ruleSetting(config, finding.ruleId);
    if (setting === "off") continue;
    result.push(setting ? { ...finding, severity: setting } : finding);
  }
  return result;
}

/** Blocking first, then by artifact, path and rule, so reports read top-down by importance. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      compare(a.artifact, b.artifact) ||
      compare(a.path, b.path) ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.fingerprint, b.fingerprint),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
