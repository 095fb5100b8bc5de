/**
 * The audit as a job summary (and a drift issue's body): verdict, a table per target with
 * each version's verdict, size and file-count change, publisher and provenance, and when
 * each finding first and last shipped. Every string from a registry, remote or bucket goes
 * through the markdown escapes.
 */
import type { AuditReport } from "../audit/audit-report.js";
import { summariseAudit, type TargetHistory } from "../audit/history.js";
import { formatBytes } from "../core/format-bytes.js";
import { count } from "../core/words.js";
import { code, prose, text } from "./markdown.js";

const ICON = { pass: "✅", fail: "❌", error: "⛔" } as const;

export function renderAuditMarkdown(audit: AuditReport): string {
  const summary = summariseAudit(audit);
  const lines = [
    `## ${ICON[summary.verdict]} leakgate audit: ${summary.verdict.toUpperCase()}`,
    "",
    `${count(summary.items, "item")} of ${count(audit.targets.length, "target")} audited${audit.deep ? " (deep)" : ""}; ${summary.failed} failed, ${summary.errors} could not be audited.`,
  ];
  for (const error of audit.errors) lines.push("", `⛔ ${text(error.message)}`);
  for (const target of summary.targets) lines.push("", ...targetSection(target));
  return `${lines.join("\n")}\n`;
}

/** One target's history: what a drift issue for it says. */
export function targetSection(target: TargetHistory): string[] {
  const lines = [
    `### ${code(target.target)}`,
    "",
    "| item | verdict | files | size | published by | provenance | tags |",
    "| --- | --- | ---: | ---: | --- | --- | --- |",
  ];
  for (const row of target.rows) {
    if (row.verdict === "error") {
      lines.push(`| ${code(row.version ?? row.key)} | ${ICON.error} ${text(row.error ?? "")} | | | | | |`);
      continue;
    }
    const change = (value: number | undefined, show: (n: number) => string) =>
      value === undefined || value === 0 ? "" : ` (${value > 0 ? "+" : "−"}${show(Math.abs(value))})`;
    lines.push(
      `| ${code(row.version ?? row.key)} | ${ICON[row.verdict]} ${row.verdict} | ${row.files ?? 0}${change(row.filesChange, String)} | ${formatBytes(row.bytes ?? 0)}${text(change(row.bytesChange, formatBytes))} | ${text(row.publisher ?? "")} | ${row.provenance === undefined ? "" : row.provenance ? "yes" : "no"} | ${row.tags.map(code).join(" ")} |`,
    );
  }
  if (target.findings.length > 0) {
    lines.push(
      "",
      "| finding | first shipped | last shipped | items | in `latest` |",
      "| --- | --- | --- | ---: | --- |",
    );
    for (const span of target.findings) {
      const where = span.path ? `${code(span.path)}: ` : "";
      lines.push(
        `| ${span.severity} ${code(span.ruleId)} ${where}${prose(span.message)} | ${text(span.first)} | ${text(span.last)} | ${span.versions} | ${span.inLatest === undefined ? "not audited" : span.inLatest ? "**yes**" : "no"} |`,
      );
    }
  }
  return lines;
}
