/**
 * Markdown for the GitHub job summary (and `--format markdown`): the verdict first, then a
 * table per artifact, the blocking findings with their fix, everything else folded away,
 * and the exact commands to accept a finding or refresh the baseline.
 *
 * GitHub caps a step's summary at 1 MiB. This renderer stops adding rows well before that
 * (MAX_BYTES) and says how many it left out, so a release with thousands of findings still
 * gets a readable summary and never a failed upload.
 */
import { formatBytes } from "../format-bytes.js";
import type { Finding } from "../model.js";
import type { Report } from "../report/report.js";
import { isBlocking } from "../verdict/verdict.js";
import { helpUri } from "./rule-docs.js";

export const MAX_BYTES = 512 * 1024;

export interface MarkdownOptions {
  /** The artifact specs as given, for the refresh command. */
  specs?: readonly string[];
  /** Upper bound on the size of the output. */
  maxBytes?: number;
}

const ICON = { error: "❌", warning: "⚠️", note: "ℹ️" } as const;

/** Safe inside a table cell: no pipes, no raw HTML, no line breaks. */
export function cell(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "&#124;")
    .replace(/\r?\n/g, " ");
}

/** A path in code style that survives tables and odd characters. */
export function code(text: string): string {
  return `<code>${cell(text)}</code>`;
}

const plural = (count: number, word: string) =>
  `${count.toLocaleString("en-US")} ${word}${count === 1 ? "" : "s"}`;

/** Collects lines up to a byte budget; later sections get a note of what was left out. */
class Budget {
  readonly lines: string[] = [];
  private bytes = 0;
  constructor(private readonly max: number) {}
  fits(line: string): boolean {
    return this.bytes + Buffer.byteLength(line) + 1 <= this.max;
  }
  push(...lines: string[]): boolean {
    for (const line of lines) {
      if (!this.fits(line)) return false;
      this.lines.push(line);
      this.bytes += Buffer.byteLength(line) + 1;
    }
    return true;
  }
  /** Adds rows until the budget (less a reserve for what follows) is spent; returns how many fit. */
  rows(rows: string[], reserve = 4096): number {
    let added = 0;
    for (const row of rows) {
      if (this.bytes + Buffer.byteLength(row) + 1 > this.max - reserve) break;
      this.push(row);
      added++;
    }
    return added;
  }
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const out = new Budget(options.maxBytes ?? MAX_BYTES);
  const blocking = report.findings.filter((f) => isBlocking(f, report.failOn));
  const other = report.findings.filter((f) => !isBlocking(f, report.failOn));
  const scanned = `${plural(report.summary.files, "file")} (${formatBytes(report.summary.bytes)}) in ${plural(report.summary.artifacts, "artifact")}`;

  if (report.verdict === "fail") {
    out.push(`## ❌ leakgate: release blocked — ${plural(blocking.length, "blocking finding")}`, "");
    out.push(
      `Checked ${scanned}. Fix the findings below before publishing, or accept them with a reason.`,
      "",
    );
  } else {
    out.push("## ✅ leakgate: release may ship", "");
    out.push(
      `Checked ${scanned}: no blocking findings${other.length ? ` (${plural(other.length, "finding")} for information below)` : ""}.`,
      "",
    );
  }

  out.push("| Artifact | Kind | Entries | Size | Since baseline |", "| --- | --- | ---: | ---: | --- |");
  for (const artifact of report.artifacts) {
    const pkg = artifact.packageName
      ? ` ${code(`${artifact.packageName}${artifact.packageVersion ? `@${artifact.packageVersion}` : ""}`)}`
      : "";
    const diff = report.baseline?.artifacts.find((a) => a.artifact === artifact.id);
    const change = !report.baseline
      ? "no baseline given"
      : !diff || diff.status === "unbaselined"
        ? "not in the baseline"
        : `+${diff.added.length} −${diff.removed.length} ~${diff.changed.length}${diff.bytesBefore !== undefined ? `, ${formatBytes(diff.bytesBefore)} → ${formatBytes(diff.bytesAfter ?? 0)}` : ""}`;
    out.push(
      `| ${code(artifact.id)}${pkg} | ${artifact.kind} | ${artifact.entryCount.toLocaleString("en-US")} | ${formatBytes(artifact.totalBytes)} | ${change} |`,
    );
  }
  out.push("");

  if (blocking.length > 0) {
    out.push(
      "### Blocking findings",
      "",
      "| | Rule | Where | What | How to fix |",
      "| --- | --- | --- | --- | --- |",
    );
    const rows = blocking.map(
      (f) =>
        `| ${ICON[f.severity]} | [${f.ruleId}](${helpUri(f.ruleId)}) | ${where(f)} | ${cell(f.message)} | ${cell(f.fix)} |`,
    );
    const shown = out.rows(rows, 16 * 1024);
    if (shown < rows.length)
      out.push(
        `| | | … and ${(rows.length - shown).toLocaleString("en-US")} more blocking findings (see the JSON report) | | |`,
      );
    out.push("");
  }

  if (other.length > 0) {
    const counts = (["error", "warning", "note"] as const)
      .map((s) => [s, other.filter((f) => f.severity === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => plural(n, s))
      .join(", ");
    out.push(
      `<details><summary>${counts} (not blocking)</summary>`,
      "",
      "| | Rule | Where | What |",
      "| --- | --- | --- | --- |",
    );
    const rows = other.map((f) => `| ${ICON[f.severity]} | ${f.ruleId} | ${where(f)} | ${cell(f.message)} |`);
    const shown = out.rows(rows, 12 * 1024);
    if (shown < rows.length)
      out.push(`| | | … and ${(rows.length - shown).toLocaleString("en-US")} more | |`);
    out.push("", "</details>", "");
  }

  if (report.baseline && report.baseline.accepted.length > 0) {
    out.push(
      `<details><summary>✅ ${plural(report.baseline.accepted.length, "accepted finding")}</summary>`,
      "",
      "| Rule | Where | Reason | Until |",
      "| --- | --- | --- | --- |",
    );
    const rows = report.baseline.accepted.map(
      (f) => `| ${f.ruleId} | ${where(f)} | ${cell(f.acceptedReason)} | ${f.acceptedUntil ?? ""} |`,
    );
    const shown = out.rows(rows, 8 * 1024);
    if (shown < rows.length)
      out.push(`| | … and ${(rows.length - shown).toLocaleString("en-US")} more | | |`);
    out.push("", "</details>", "");
  }

  if (report.baseline) {
    const changed = report.baseline.artifacts.filter((a) => a.added.length + a.removed.length > 0);
    if (changed.length > 0) {
      out.push("<details><summary>Files added or removed since the baseline</summary>", "");
      const rows: string[] = [];
      for (const artifact of changed) {
        for (const added of artifact.added) {
          const pattern = added.pattern !== added.path ? ` (${code(added.pattern)})` : "";
          rows.push(
            `- ➕ ${code(`${artifact.artifact}!${added.path}`)}${pattern} ${formatBytes(added.size)}`,
          );
        }
        for (const removed of artifact.removed)
          rows.push(`- ➖ ${code(`${artifact.artifact}!${removed.pattern}`)}`);
      }
      const shown = out.rows(rows, 4 * 1024);
      if (shown < rows.length) out.push(`- … and ${(rows.length - shown).toLocaleString("en-US")} more`);
      out.push("", "</details>", "");
    }
  }

  if (report.verdict === "fail" || report.baseline?.artifacts.some((a) => a.status === "unbaselined")) {
    const file = report.baseline?.file ?? "leakgate.baseline.json";
    const specs = (options.specs ?? report.artifacts.map((a) => a.source)).join(" ");
    const first = blocking[0]?.fingerprint ?? "<id>";
    out.push(
      "### What to do",
      "",
      "- Fix the findings and rebuild: each row says how.",
      "- A reviewed finding that may ship: accept it in the baseline, with a reason (ids are in the JSON report and SARIF):",
      "",
      "  ```sh",
      `  npx leakgate accept --baseline ${file} --reason "why this may ship" ${first}`,
      "  ```",
      "",
      "- The release is meant to change: record the new known-good state and commit it with the change:",
      "",
      "  ```sh",
      `  npx leakgate baseline --write ${file} ${specs}`,
      "  ```",
    );
  }
  return `${out.lines.join("\n")}\n`;
}

function where(finding: Finding): string {
  return code(finding.path ? `${finding.artifact}!${finding.path}` : finding.artifact);
}
