/**
 * The history report: for an audit across versions, when each leak first and last shipped
 * and whether `latest` still has it; per version its verdict and how its size and file count
 * changed from the version before. Computed from the items alone, so a merged report and a
 * single run say the same.
 */
import type { Severity } from "../core/model.js";
import type { AuditReport, ItemResult } from "./audit-report.js";

export type ItemVerdict = "pass" | "fail" | "error";

export interface VersionRow {
  key: string;
  version?: string;
  verdict: ItemVerdict;
  files?: number;
  bytes?: number;
  /** Change from the previous audited version of the same target. */
  filesChange?: number;
  bytesChange?: number;
  tags: string[];
  publisher?: string;
  provenance?: boolean;
  publishedAt?: string;
  error?: string;
}

export interface FindingSpan {
  ruleId: string;
  severity: Severity;
  path: string;
  message: string;
  fingerprint: string;
  /** First and last version (or item) that has it, in publication order. */
  first: string;
  last: string;
  /** How many audited versions have it. */
  versions: number;
  /** Whether the version `latest` points at has it; undefined when `latest` was not audited. */
  inLatest?: boolean;
}

export interface TargetHistory {
  target: string;
  rows: VersionRow[];
  findings: FindingSpan[];
}

export interface AuditSummary {
  verdict: ItemVerdict;
  targets: TargetHistory[];
  items: number;
  failed: number;
  errors: number;
}

export function itemVerdict(item: ItemResult): ItemVerdict {
  if (item.error || !item.report) return "error";
  return item.report.verdict;
}

export function summariseAudit(report: AuditReport): AuditSummary {
  const byTarget = new Map<string, ItemResult[]>();
  for (const target of report.targets) byTarget.set(target, []);
  for (const item of report.items) byTarget.get(item.target)?.push(item);
  const targets = [...byTarget].map(([target, items]) => historyOf(target, items));
  const failed = report.items.filter((item) => itemVerdict(item) === "fail").length;
  const errors = report.items.filter((item) => itemVerdict(item) === "error").length + report.errors.length;
  return {
    verdict: errors > 0 ? "error" : failed > 0 ? "fail" : "pass",
    targets,
    items: report.items.length,
    failed,
    errors,
  };
}

function historyOf(target: string, items: readonly ItemResult[]): TargetHistory {
  const rows: VersionRow[] = [];
  let previous: { files: number; bytes: number } | undefined;
  for (const item of items) {
    const summary = item.report
      ? { files: item.report.summary.files, bytes: item.report.summary.bytes }
      : undefined;
    rows.push({
      key: item.key,
      ...(item.npm ? { version: item.npm.version } : {}),
      verdict: itemVerdict(item),
      ...(summary ?? {}),
      ...(summary && previous
        ? { filesChange: summary.files - previous.files, bytesChange: summary.bytes - previous.bytes }
        : {}),
      tags: item.npm?.tags ?? [],
      ...(item.npm?.publisher ? { publisher: item.npm.publisher } : {}),
      ...(item.npm ? { provenance: item.npm.provenance } : {}),
      ...(item.npm?.publishedAt ? { publishedAt: item.npm.publishedAt } : {}),
      ...(item.error ? { error: item.error } : {}),
    });
    if (summary) previous = summary;
  }
  const latest = items.find((item) => item.npm?.tags.includes("latest") && item.report);
  const latestFingerprints = latest ? new Set(latest.report!.findings.map((f) => f.fingerprint)) : undefined;
  const spans = new Map<string, FindingSpan>();
  for (const item of items) {
    const label = item.npm?.version ?? item.key;
    for (const finding of item.report?.findings ?? []) {
      const span = spans.get(finding.fingerprint);
      if (span) {
        span.last = label;
        span.versions += 1;
        continue;
      }
      spans.set(finding.fingerprint, {
        ruleId: finding.ruleId,
        severity: finding.severity,
        path: finding.path,
        message: finding.message,
        fingerprint: finding.fingerprint,
        first: label,
        last: label,
        versions: 1,
        ...(latestFingerprints ? { inLatest: latestFingerprints.has(finding.fingerprint) } : {}),
      });
    }
  }
  return { target, rows, findings: [...spans.values()] };
}
