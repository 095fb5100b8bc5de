/**
 * The audit in a terminal: the verdict, then per target a line per version (or remote, or
 * bucket) and when each finding first and last shipped; then the findings in full, as
 * `leakgate scan` prints them, for the items that fail.
 */
import { type AuditReport, asScanReport } from "../audit/audit-report.js";
import { type AuditSummary, summariseAudit, type VersionRow } from "../audit/history.js";
import { formatBytes } from "../core/format-bytes.js";
import { printable } from "../core/printable.js";
import { formatNumber } from "../core/words.js";
import { renderText } from "./text.js";

const plural = (count: number, word: string) => `${formatNumber(count)} ${word}${count === 1 ? "" : "s"}`;

export function renderAuditText(audit: AuditReport, options: { color?: boolean } = {}): string {
  const summary = summariseAudit(audit);
  const lines = [headline(audit, summary)];
  for (const error of audit.errors) lines.push(`  ✖ ${printable(error.message)}`);
  for (const target of summary.targets) {
    lines.push("", printable(target.target));
    for (const row of target.rows) lines.push(`  ${rowText(row)}`);
    if (target.findings.length > 0) {
      lines.push("  Findings over time:");
      for (const span of target.findings) {
        const latest = span.inLatest === undefined ? "" : `, in latest: ${span.inLatest ? "yes" : "no"}`;
        const where = span.path ? `${span.path}: ` : "";
        lines.push(
          `    ${span.severity} ${span.ruleId}  ${printable(where + span.message)}`,
          `      first shipped in ${printable(span.first)}, last in ${printable(span.last)} (${plural(span.versions, "item")}${latest})`,
        );
      }
    }
  }
  const failing = { ...audit, items: audit.items.filter((item) => item.report?.verdict === "fail") };
  if (failing.items.length > 0) {
    lines.push(
      "",
      "Details of what fails:",
      "",
      renderText(asScanReport(failing), { color: options.color ?? false }),
    );
  }
  return `${lines.join("\n")}\n`;
}

function headline(audit: AuditReport, summary: AuditSummary): string {
  const listed = !audit.deep && audit.targets.some((target) => !target.startsWith("npm:"));
  const what = `${plural(summary.items, "item")} of ${plural(audit.targets.length, "target")}${listed ? " (refs and objects listed; --deep reads them)" : ""}`;
  const shard = audit.shard.count > 1 ? ` [shard ${audit.shard.index}/${audit.shard.count}]` : "";
  if (summary.verdict === "error") {
    return `✖ leakgate audit: ERROR — ${plural(summary.errors, "item")} could not be audited, ${summary.failed} failed, in ${what}${shard}`;
  }
  if (summary.verdict === "fail")
    return `✖ leakgate audit: FAIL — ${summary.failed} failed, in ${what}${shard}`;
  return `✔ leakgate audit: PASS — ${what}${shard}`;
}

function rowText(row: VersionRow): string {
  const name = printable(row.version ?? row.key);
  if (row.verdict === "error") return `${name}  ERROR  ${printable(row.error ?? "")}`;
  const change = (value: number | undefined, show: (n: number) => string) =>
    value === undefined || value === 0 ? "" : ` (${value > 0 ? "+" : "−"}${show(Math.abs(value))})`;
  const parts = [
    name,
    row.verdict === "fail" ? "FAIL" : "pass",
    `${plural(row.files ?? 0, "file")}${change(row.filesChange, String)}`,
    `${formatBytes(row.bytes ?? 0)}${change(row.bytesChange, formatBytes)}`,
  ];
  if (row.publisher) parts.push(`by ${printable(row.publisher)}`);
  if (row.provenance !== undefined) parts.push(row.provenance ? "provenance" : "no provenance");
  if (row.tags.length) parts.push(`[${row.tags.map(printable).join(", ")}]`);
  return parts.join("  ");
}
