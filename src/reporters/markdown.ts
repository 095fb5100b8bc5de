/**
 * Markdown for the GitHub job summary (and `--format markdown`): what a reviewer reads in
 * ten seconds. The verdict first, then the artifacts (with their change since the baseline),
 * the blocking findings with their fix, everything else folded away, and the exact commands
 * to accept a finding or refresh the baseline.
 *
 * Everything that comes from an artifact (paths, messages) is escaped so it cannot break a
 * table or inject HTML: `|`, `<`, `&`, markdown punctuation; the backtick spans that rules
 * write on purpose become `<code>` with escaped content.
 *
 * GitHub caps a step's summary at 1 MiB and fails the upload above it. This renderer keeps
 * to `maxBytes` (512 KiB by default) and to `maxRows` rows per table, saying how many rows
 * it left out and of which rules, so a release with thousands of findings still gets a
 * readable summary and never an error.
 */

import { formatBytes } from "../core/format-bytes.js";
import type { ArtifactKind, Finding } from "../core/model.js";
import { printable } from "../core/printable.js";
import { shellWord as shell } from "../core/shell.js";
import { count as countNoun, formatNumber } from "../core/words.js";
import { redactUrlCredentials } from "../rules/secret/redact.js";
import { specText } from "../sources/artifact-spec.js";
import { isBlocking } from "../verdict/verdict.js";
import { describeAcceptance } from "./acceptance-text.js";
import { groupFindings, pathsInGroup, TABLE_GROUP_AT, topDirectories } from "./group.js";
import { type ArtifactReport, diffCounts, type Report } from "./report.js";
import { helpUri } from "./rule-docs.js";

export const MAX_BYTES = 512 * 1024;

/** A finding that a baseline acceptance lets through. */
export interface AcceptedView {
  finding: Finding;
  reason: string;
  /** Last day the acceptance holds (YYYY-MM-DD). */
  expires?: string;
}

/** How an artifact compares with the baseline, in counts. */
export interface DiffView {
  artifact: string;
  added: number;
  removed: number;
  changed: number;
  bytesBefore: number;
  bytesAfter: number;
}

/**
 * What the summary can show beyond the report. Each field, when given, replaces what the
 * report's own `baseline` section says; without them that section is used.
 */
export interface MarkdownExtra {
  accepted?: AcceptedView[];
  diffs?: DiffView[];
  /** The baseline file, as the user names it (for the commands). */
  baselineFile?: string;
  /** The exact commands to print; by default `npx leakgate accept|baseline` ones are built. */
  commands?: { accept: (fingerprint: string, artifact?: string) => string; refresh: string };
  /** The artifact specs as given, for the default refresh command. */
  specs?: readonly string[];
  /** Upper bound on the output's size in bytes (default MAX_BYTES). */
  maxBytes?: number;
  /** Rows at most per table (default 100 blocking, 200 in the folded sections). */
  maxRows?: number;
}

/** The options of earlier versions, kept as a name. */
export type MarkdownOptions = MarkdownExtra;

const KIND: Record<ArtifactKind, string> = {
  directory: "directory",
  "npm-package": "npm package",
  "npm-tarball": "npm tarball",
  tar: "tar",
  zip: "zip",
  "7z": "7z",
  gzip: "gzip",
  file: "file",
  git: "git push",
  bucket: "bucket",
  xz: "xz",
  zstd: "zstd",
  bzip2: "bzip2",
  ar: "ar (.deb)",
  cpio: "cpio",
  rpm: "rpm",
  image: "container image",
};
const ICON = { error: "❌", warning: "⚠️", note: "ℹ️" } as const;
const RANK = { error: 0, warning: 1, note: 2 } as const;
/** Accept commands printed at most; the rest are one id away (the JSON report lists them). */
const MAX_ACCEPT_COMMANDS = 10;
const MAX_ARTIFACT_ROWS = 50;
/** Longest cell text kept (a path or message longer than this is cut in the middle). */
const MAX_CELL_CHARS = 400;

export function renderMarkdown(report: Report, extra: MarkdownExtra = {}): string {
  const maxBytes = Math.max(4096, extra.maxBytes ?? MAX_BYTES);
  const blocking = bySeverity(report.findings.filter((f) => isBlocking(f, report.failOn)));
  const other = bySeverity(report.findings.filter((f) => !isBlocking(f, report.failOn)));
  const many = report.artifacts.length > 1;
  const where = (f: Finding) => code(f.path ? (many ? `${f.artifact}!${f.path}` : f.path) : f.artifact);
  const baselineFile = extra.baselineFile ?? report.baseline?.file;
  const accepted = extra.accepted ?? acceptedFromReport(report);
  const diffs = diffsFromReport(report, extra.diffs);

  const head = [
    ...verdict(report, blocking, other),
    ...artifactTable(report.artifacts, diffs, baselineFile !== undefined || extra.diffs !== undefined),
  ];
  const tail = whatToDo(report, blocking, baselineFile, extra);

  // What is left for the tables once the fixed parts are in, with a little slack.
  let budget = maxBytes - bytes(head) - bytes(tail) - 1024;
  const sections: string[][] = [];
  const spend = (lines: string[]) => {
    budget -= bytes(lines);
    sections.push(lines);
  };
  // The folded sections after the blocking table share what the table leaves, in turn.
  let later = [other.length, accepted.length, changeCount(report)].filter((n) => n > 0).length;
  const nextShare = () => Math.floor(budget / Math.max(1, later--));

  // Many findings of one rule in one artifact are one row: the count, where, the first of them.
  const plainWhere = (f: Finding) => (f.path ? (many ? `${f.artifact}!${f.path}` : f.path) : f.artifact);
  const whereUnit = (unit: Finding[]) => {
    if (unit.length === 1) return where(unit[0]!);
    const paths = pathsInGroup(unit, plainWhere);
    const top = topDirectories(paths);
    const dirs = top
      .slice(0, 3)
      .map(([directory, n]) => `${code(directory)} (${count(n)})`)
      .join(", ");
    return `${count(unit.length)} files${many ? ` in ${code(unit[0]!.artifact)}` : ""}: ${dirs}${top.length > 3 ? `, and ${plural(top.length - 3, "more directory")}` : ""}; e.g. ${code(paths[0]!)}`;
  };
  const blockingUnits = groupFindings(blocking, TABLE_GROUP_AT);
  if (blocking.length > 0) {
    const rows = blockingUnits.map((unit) => {
      const f = unit[0]!;
      return `| ${f.severity === "error" ? "" : `${ICON[f.severity]} `}${ruleLink(f.ruleId)} | ${whereUnit(unit)} | ${prose(f.message)} | ${prose(f.fix)} |`;
    });
    const share = later > 0 ? Math.floor(budget * 0.7) : budget;
    const [table, shown] = fitRows(
      ["| Rule | Where | Finding | How to fix |", "| --- | --- | --- | --- |"],
      rows,
      share,
      extra.maxRows ?? 100,
    );
    const lines = ["### Blocking findings", "", ...table];
    if (shown < rows.length) {
      const rest = blockingUnits.slice(shown).flat();
      lines.push(
        "",
        `*… and ${count(rest.length)} more blocking finding${rest.length === 1 ? "" : "s"} (${tally(rest)}): the JSON report lists every one.*`,
      );
    }
    spend([...lines, ""]);
  }

  if (other.length > 0) {
    const otherUnits = groupFindings(other, TABLE_GROUP_AT);
    const rows = otherUnits.map((unit) => {
      const f = unit[0]!;
      return `| ${ICON[f.severity]} | ${ruleLink(f.ruleId)} | ${whereUnit(unit)} | ${prose(f.message)} |`;
    });
    const label = (["error", "warning", "note"] as const)
      .map((severity) => [severity, other.filter((f) => f.severity === severity).length] as const)
      .filter(([, n]) => n > 0)
      .map(([severity, n]) => plural(n, severity))
      .join(", ");
    spend(
      folded(
        `<strong>${label}</strong> (not blocking)`,
        ["| | Rule | Where | Finding |", "| --- | --- | --- | --- |"],
        rows,
        otherUnits,
        nextShare(),
        extra.maxRows ?? 200,
      ),
    );
  }

  if (accepted.length > 0) {
    const rows = accepted.map(
      (a) =>
        `| ${ruleLink(a.finding.ruleId)} | ${where(a.finding)} | ${prose(a.reason)} | ${a.expires ? text(a.expires) : ""} |`,
    );
    spend(
      folded(
        `<strong>${plural(accepted.length, "accepted finding")}</strong>${baselineFile ? ` (accepted in ${code(baselineFile)})` : ""}`,
        ["| Rule | Where | Reason | Until |", "| --- | --- | --- | --- |"],
        rows,
        accepted.map((a) => [a.finding]),
        nextShare(),
        extra.maxRows ?? 200,
      ),
    );
  }

  const unused = report.baseline?.unusedAcceptances ?? [];
  if (unused.length > 0) {
    spend([
      `<details><summary><strong>${plural(unused.length, "acceptance")} in the baseline matched nothing</strong>: moot now, and a risk left in place (it would cover a future finding nobody reviewed). <code>leakgate baseline --write</code> drops them.</summary>`,
      "",
      ...unused.slice(0, 20).map((a) => `- ${prose(describeAcceptance(a))}`),
      ...(unused.length > 20 ? [`- *… and ${count(unused.length - 20)} more*`] : []),
      "",
      "</details>",
      "",
    ]);
  }

  if (changeCount(report) > 0) spend(fileChanges(report, many, nextShare(), extra.maxRows ?? 200));

  const out = [...head, ...sections.flat(), ...tail];
  return `${enforce(out, maxBytes).join("\n")}\n`;
}

/** The verdict line, and one line saying what was checked and what blocks. */
function verdict(report: Report, blocking: Finding[], other: Finding[]): string[] {
  const { summary } = report;
  const scanned = `${plural(summary.files, "file")} (${formatBytes(summary.bytes)}) in ${plural(summary.artifacts, "artifact")}`;
  if (report.verdict === "fail") {
    return [
      `## ❌ leakgate: release blocked — ${plural(blocking.length, "blocking finding")}`,
      "",
      `Checked ${scanned}.${blocking.length ? ` Blocking: ${tally(blocking)}.` : ""} Nothing should be published until these are fixed or accepted.`,
      "",
    ];
  }
  const rest = other.length > 0 ? `, ${plural(other.length, "finding")} for information below` : "";
  return [
    `## ✅ leakgate: release may ship — no blocking findings`,
    "",
    `Checked ${scanned}${rest} (fail-on: ${report.failOn}).`,
    "",
  ];
}

function artifactTable(artifacts: readonly ArtifactReport[], diffs: Diffs, withBaseline: boolean): string[] {
  if (artifacts.length === 0) return [];
  const withPackage = artifacts.some((a) => a.packageName);
  const header = ["Artifact", ...(withPackage ? ["Package"] : []), "Entries", "Size"];
  const align = ["---", ...(withPackage ? ["---"] : []), "---:", "---:"];
  if (withBaseline) {
    header.push("Since the baseline");
    align.push("---");
  }
  const rows = artifacts.slice(0, MAX_ARTIFACT_ROWS).map((a) => {
    const name = a.id === a.source ? code(a.id) : `${code(a.id)} (${code(a.source)})`;
    const to = a.destination ? ` → ${code(a.destination)}` : "";
    const cells = [`${name} · ${KIND[a.kind]}${to}`];
    if (withPackage)
      cells.push(
        a.packageName ? code(`${a.packageName}${a.packageVersion ? `@${a.packageVersion}` : ""}`) : "",
      );
    cells.push(count(a.entryCount), formatBytes(a.totalBytes));
    if (withBaseline) cells.push(sinceBaseline(diffs.get(a.id)));
    return `| ${cells.join(" | ")} |`;
  });
  const lines = [`| ${header.join(" | ")} |`, `| ${align.join(" | ")} |`, ...rows];
  if (artifacts.length > MAX_ARTIFACT_ROWS)
    lines.push("", `*… and ${count(artifacts.length - MAX_ARTIFACT_ROWS)} more artifacts.*`);
  return [...lines, ""];
}

function sinceBaseline(diff: DiffCounts | "unbaselined" | undefined): string {
  if (diff === undefined) return "not compared";
  if (diff === "unbaselined") return "**not in the baseline**";
  const parts = [
    diff.added ? `${count(diff.added)} added` : "",
    diff.removed ? `${count(diff.removed)} removed` : "",
    diff.changed ? `${count(diff.changed)} changed` : "",
  ].filter(Boolean);
  let size = "";
  if (diff.bytesBefore !== undefined && diff.bytesAfter !== undefined) {
    const change = growth(diff.bytesBefore, diff.bytesAfter);
    size = `${formatBytes(diff.bytesBefore)} → ${formatBytes(diff.bytesAfter)}${change ? ` (${change})` : ""}`;
  }
  if (parts.length === 0) return size ? `no file changes; ${size}` : "no change";
  return `${parts.join(", ")}${size ? `; ${size}` : ""}`;
}

function growth(before: number, after: number): string {
  if (before === after) return "";
  if (before === 0) return "new";
  // Past doubling, a factor reads better than a percentage: ×2,383, not +238,284%.
  if (after >= before * 2) {
    const factor = after / before;
    return `×${formatNumber(factor >= 10 ? Math.round(factor) : Math.round(factor * 10) / 10)}`;
  }
  const percent = ((after - before) / before) * 100;
  const rounded = Math.abs(percent) >= 10 ? Math.round(percent) : Math.round(percent * 10) / 10;
  return `${rounded > 0 ? "+" : ""}${formatNumber(rounded)}%`;
}

/** A `<details>` block holding a table, with its own "… and N more" line. */
function folded(
  summary: string,
  header: string[],
  rows: string[],
  /** What each row shows: one finding, or a group of them. */
  units: readonly Finding[][],
  budget: number,
  maxRows: number,
): string[] {
  const [table, shown] = fitRows(header, rows, budget - 600, maxRows);
  const lines = [`<details><summary>${summary}</summary>`, "", ...table];
  if (shown < rows.length) {
    const rest = units.slice(shown).flat();
    lines.push("", `*… and ${count(rest.length)} more (${tally(rest)}): the JSON report lists every one.*`);
  }
  return [...lines, "", "</details>", ""];
}

/** Added, removed and changed files, from the report's baseline section. */
function fileChanges(report: Report, many: boolean, budget: number, maxRows: number): string[] {
  const rows: string[] = [];
  for (const artifact of report.baseline?.artifacts ?? []) {
    const at = (path: string) => code(many ? `${artifact.artifact}!${path}` : path);
    for (const added of artifact.added) {
      const pattern = added.pattern !== added.path ? ` (as ${code(added.pattern)})` : "";
      rows.push(`- ➕ ${at(added.path)}${pattern} ${formatBytes(added.size)}`);
    }
    for (const changed of artifact.changed) {
      const before = formatBytes(changed.sizeBefore);
      const after = formatBytes(changed.sizeAfter);
      rows.push(
        `- ✏️ ${at(changed.path)} ${before === after ? `${after}, new content` : `${before} → ${after}`}`,
      );
    }
    for (const removed of artifact.removed)
      rows.push(`- ➖ ${at(removed.pattern)} ${formatBytes(removed.size)}`);
  }
  const lines = ["<details><summary>Files added, changed or removed since the baseline</summary>", ""];
  let used = bytes(lines) + 700;
  let shown = 0;
  for (const row of rows) {
    if (shown >= maxRows || used + bytes([row]) > budget) break;
    lines.push(row);
    used += bytes([row]);
    shown++;
  }
  // The report's lists may be cut (DIFF_LIST_LIMIT): the counts say how many there are.
  const total = changeCount(report);
  if (shown < total) lines.push(`- *… and ${count(total - shown)} more*`);
  return [...lines, "", "</details>", ""];
}

/** The way out: fix, accept with a reason, or refresh the baseline, with exact commands. */
function whatToDo(
  report: Report,
  blocking: Finding[],
  baselineFile: string | undefined,
  extra: MarkdownExtra,
) {
  const unbaselined = report.baseline?.artifacts.filter((a) => a.status === "unbaselined") ?? [];
  const changed =
    changeCount(report) > 0 || (extra.diffs ?? []).some((d) => d.added + d.removed + d.changed > 0);
  const refresh =
    extra.commands?.refresh ??
    `npx leakgate baseline --write ${shell(baselineFile ?? "leakgate.baseline.json")} ${refreshSpecs(report, extra.specs)}`;
  const lines: string[] = [];

  if (blocking.length > 0) {
    const accept =
      extra.commands?.accept ??
      ((fingerprint: string, artifact?: string) =>
        `npx leakgate accept${baselineFile ? ` --baseline ${shell(baselineFile)}` : ""}${artifact ? ` --artifact ${shell(artifact)}` : ""} --reason "why this may ship" ${fingerprint}`);
    const commands: string[] = [];
    for (const f of blocking.slice(0, MAX_ACCEPT_COMMANDS)) {
      commands.push(
        `# ${oneLine(f.path ? `${f.artifact}!${f.path}` : f.artifact)} (${f.ruleId})`,
        // The artifact to scan, so that accept can check the id against a real finding.
        accept(f.fingerprint, specFor(report, f.artifact)),
      );
    }
    if (blocking.length > MAX_ACCEPT_COMMANDS)
      commands.push(
        `# … and ${count(blocking.length - MAX_ACCEPT_COMMANDS)} more: their ids are the "fingerprint" fields of the JSON report`,
      );
    const secret = blocking.some((f) => f.ruleId === "secret");
    lines.push(
      "### What to do",
      "",
      `1. **Fix and rebuild.** Each row above says how.${secret ? " A published secret stays published: rotate it as well as removing it." : ""}`,
      "2. **Accept** a finding that was reviewed and may ship, with a reason, in the baseline (then commit it):",
      "",
      ...fence(commands, "   "),
      "",
    );
    if (baselineFile !== undefined || extra.commands) {
      lines.push(
        "3. **Refresh the baseline** if the release is meant to change, and commit it with the change:",
        "",
        ...fence([refresh], "   "),
        "",
      );
    }
  } else if (baselineFile !== undefined && (unbaselined.length > 0 || changed)) {
    lines.push(
      "### Keeping the baseline current",
      "",
      `${unbaselined.length > 0 ? `${plural(unbaselined.length, "artifact")} ${unbaselined.length === 1 ? "is" : "are"} not in the baseline yet. ` : ""}When the changes above are intended, record them and commit the baseline:`,
      "",
      ...fence([refresh], ""),
      "",
    );
  }
  if (baselineFile === undefined && !extra.commands && report.artifacts.length > 0) {
    lines.push(
      "No baseline was given. Record one, and commit it, so that the next unexpected file or growth is caught:",
      "",
      ...fence([refresh], ""),
      "",
    );
  }
  return lines;
}

/** The spec that scans the artifact with this id: rebuilt from the report (a glob names each match). */
function specFor(report: Report, id: string): string | undefined {
  const artifact = report.artifacts.find((a) => a.id === id);
  return artifact ? specText(artifact) : undefined;
}

/** Artifact specs for the refresh command: as given when known, else rebuilt from the report. */
function refreshSpecs(report: Report, specs: readonly string[] | undefined): string {
  const list = specs ?? report.artifacts.map(specText);
  // Specs come from the command line as written: a credential in a destination URL must not be echoed.
  return list.map((spec) => shell(printable(redactUrlCredentials(spec)))).join(" ");
}

type DiffCounts = Omit<DiffView, "artifact" | "bytesBefore" | "bytesAfter"> & {
  bytesBefore?: number;
  bytesAfter?: number;
};
type Diffs = Map<string, DiffCounts | "unbaselined">;

function diffsFromReport(report: Report, given: DiffView[] | undefined): Diffs {
  const diffs: Diffs = new Map();
  for (const a of report.baseline?.artifacts ?? []) {
    if (a.status === "unbaselined") diffs.set(a.artifact, "unbaselined");
    else
      diffs.set(a.artifact, {
        ...diffCounts(a),
        ...(a.bytesBefore !== undefined ? { bytesBefore: a.bytesBefore } : {}),
        ...(a.bytesAfter !== undefined ? { bytesAfter: a.bytesAfter } : {}),
      });
  }
  for (const d of given ?? []) diffs.set(d.artifact, d);
  return diffs;
}

function acceptedFromReport(report: Report): AcceptedView[] {
  return (report.baseline?.accepted ?? []).map(({ acceptedReason, acceptedUntil, ...finding }) => ({
    finding,
    reason: acceptedReason,
    ...(acceptedUntil ? { expires: acceptedUntil } : {}),
  }));
}

function changeCount(report: Report): number {
  return (report.baseline?.artifacts ?? []).reduce((sum, a) => {
    const counts = diffCounts(a);
    return sum + counts.added + counts.removed + counts.changed;
  }, 0);
}

/** A table with as many rows as the byte budget and the row cap allow; returns how many fit. */
function fitRows(header: string[], rows: string[], budget: number, maxRows: number): [string[], number] {
  const lines = [...header];
  let used = bytes(header);
  let shown = 0;
  for (const row of rows) {
    const size = Buffer.byteLength(row) + 1;
    if (shown >= maxRows || used + size > budget) break;
    lines.push(row);
    used += size;
    shown++;
  }
  // A header with no rows would render as an empty table: leave the table out.
  return [shown > 0 ? lines : [], shown];
}

/** The last guard: never more than `maxBytes`, whatever the sections did. */
function enforce(lines: string[], maxBytes: number): string[] {
  if (bytes(lines) <= maxBytes) return lines;
  const kept: string[] = [];
  let used = 200;
  for (const line of lines) {
    const size = Buffer.byteLength(line) + 1;
    if (used + size > maxBytes) break;
    kept.push(line);
    used += size;
  }
  return [...kept, "", "*… the rest of this summary is cut to stay within GitHub's size limit.*"];
}

/**
 * Errors first; within a severity, secrets first (a published secret needs rotating, not
 * just removing), then the report's order.
 */
function bySeverity(findings: Finding[]): Finding[] {
  const key = (f: Finding) => RANK[f.severity] * 2 + (f.ruleId === "secret" ? 0 : 1);
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => key(a.finding) - key(b.finding) || a.index - b.index)
    .map(({ finding }) => finding);
}

function ruleLink(id: string): string {
  return /^[a-z0-9-]+$/.test(id) ? `[${id}](${helpUri(id)})` : text(id);
}

/**
 * Text safe in a table cell, a list item or a summary: no line breaks, no raw HTML, no
 * markdown syntax (`\|` is how GFM tables take a literal pipe), cut to MAX_CELL_CHARS.
 */
export function text(value: string): string {
  return clip(oneLine(value))
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]~|]/g, (c) => `\\${c}`);
}

/** A path or name in code style, safe anywhere `text` is. */
export function code(value: string): string {
  return `<code>${text(value)}</code>`;
}

/** A rule's sentence: its `backtick spans` stay code, everything else is `text`. */
export function prose(value: string): string {
  const parts = clip(oneLine(value)).split("`");
  if (parts.length % 2 === 0) return text(value);
  return parts.map((part, i) => (i % 2 === 1 ? code(part) : text(part))).join("");
}

function oneLine(value: string): string {
  return value.replace(/[\r\n\t\u2028\u2029]+/g, " ").replace(/[\u0000-\u001f\u007f]/g, "");
}

function clip(value: string): string {
  if (value.length <= MAX_CELL_CHARS) return value;
  const half = Math.floor((MAX_CELL_CHARS - 1) / 2);
  return `${value.slice(0, half)}…${value.slice(value.length - half)}`;
}

/** A fenced code block that its content cannot close early. */
function fence(lines: string[], indent: string): string[] {
  const longest = Math.max(
    2,
    ...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((r) => r.length))),
  );
  const marks = "`".repeat(Math.max(3, longest + 1));
  return [`${indent}${marks}sh`, ...lines.map((line) => `${indent}${oneLine(line)}`), `${indent}${marks}`];
}

function bytes(lines: string[]): number {
  return lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
}

const count = (n: number) => formatNumber(n);

const plural = (n: number, word: string) => countNoun(n, word);

/** "source-map 1,400, secret 2": how many findings per rule, most first (ties in order of appearance). */
function tally(findings: readonly Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([rule, n]) => `${text(rule)} ${count(n)}`)
    .join(", ");
}
