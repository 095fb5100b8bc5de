/**
 * The terminal report. It leads with the verdict and the few findings that explain it;
 * everything else follows in order of importance. Colour only on a TTY without NO_COLOR.
 */

import { formatBytes } from "../core/format-bytes.js";
import type { Finding } from "../core/model.js";
import { shellWord } from "../core/shell.js";
import { count, formatNumber } from "../core/words.js";
import { specText } from "../sources/artifact-spec.js";
import { isBlocking } from "../verdict/verdict.js";
import { describeAcceptance } from "./acceptance-text.js";
import { groupFindings, pathsInGroup, topDirectories } from "./group.js";
import { locator } from "./locate.js";
import { diffCounts, type Report } from "./report.js";

export interface TextOptions {
  color?: boolean;
  /** How many non-blocking findings to print before summarising the rest. */
  maxInformational?: number;
  /** How many blocking findings (or groups) to print in full before counting the rest by rule. */
  maxBlocking?: number;
  /** Notes too, and every finding of a large group one by one. */
  verbose?: boolean;
  /** Blocking findings only. */
  quiet?: boolean;
}

/** How many paths a block shows; the JSON and SARIF reports have them all. */
const GROUP_EXAMPLES = 3;

const plural = count;

export function renderText(report: Report, options: TextOptions = {}): string {
  const paint = painter(options.color ?? false);
  const lines: string[] = [];
  const blocking = report.findings.filter((finding) => isBlocking(finding, report.failOn));
  const informational = report.findings.filter((finding) => !isBlocking(finding, report.failOn));

  const scanned = `${plural(report.summary.files, "file")} (${formatBytes(report.summary.bytes)}) in ${plural(report.summary.artifacts, "artifact")}`;
  if (report.verdict === "fail") {
    lines.push(paint.red(`✖ leakgate: FAIL — ${plural(blocking.length, "blocking finding")} in ${scanned}`));
  } else {
    lines.push(paint.green(`✔ leakgate: PASS — no blocking findings in ${scanned}`));
  }

  const where = locator(report.artifacts);
  const verbose = options.verbose ?? false;
  // --verbose means every one; otherwise the first few, and the rest counted.
  const maxBlocking = options.maxBlocking ?? (verbose ? Number.POSITIVE_INFINITY : 30);
  const blockingUnits = verbose ? blocking.map((f) => [f]) : groupFindings(blocking);
  for (const unit of blockingUnits.slice(0, maxBlocking)) {
    if (unit.length === 1) {
      const finding = unit[0]!;
      lines.push(
        "",
        ...renderFinding(finding, paint, where),
        paint.dim(`        id: ${finding.fingerprint}`),
      );
    } else {
      lines.push("", ...renderGroup(unit, paint, where));
    }
  }
  if (blockingUnits.length > maxBlocking) {
    const rest = blockingUnits.slice(maxBlocking).flat();
    lines.push(
      "",
      paint.red(`… and ${plural(rest.length, "more blocking finding")}: ${tally(rest)} (see --format json)`),
    );
  }
  const hiddenNotes = informational.filter((finding) => finding.severity === "note");
  const shown = options.quiet
    ? []
    : verbose
      ? informational
      : informational.filter((f) => f.severity !== "note");
  const limit = options.maxInformational ?? (verbose ? Number.POSITIVE_INFINITY : 50);
  if (shown.length > 0) {
    lines.push("", paint.bold(blocking.length > 0 ? "Also found (not blocking):" : "Found (not blocking):"));
    const units = verbose ? shown.map((f) => [f]) : groupFindings(shown);
    for (const unit of units.slice(0, limit))
      lines.push(
        ...(unit.length === 1
          ? renderFinding(unit[0]!, paint, where, "  ")
          : renderGroup(unit, paint, where, "  ")),
      );
    if (units.length > limit) {
      const rest = units.slice(limit).flat();
      lines.push(`  … and ${plural(rest.length, "more finding")}: ${tally(rest)} (see --format json)`);
    }
  }
  const hidden = options.quiet ? informational.length : verbose ? 0 : hiddenNotes.length;
  if (hidden > 0) {
    const what = options.quiet ? plural(hidden, "non-blocking finding") : plural(hidden, "note");
    lines.push(
      "",
      paint.dim(
        `${what} not shown (${options.quiet ? "without --quiet" : "--verbose"} shows them; --format json lists every one).`,
      ),
    );
  }

  if (report.baseline) lines.push(...renderBaseline(report, paint));

  lines.push("", paint.bold("Artifacts"));
  for (const artifact of report.artifacts) {
    const pkg = artifact.packageName
      ? `  ${artifact.packageName}${artifact.packageVersion ? `@${artifact.packageVersion}` : ""}`
      : "";
    const to = artifact.destination ? `  → ${artifact.destination}` : "";
    lines.push(
      `  ${artifact.id}  ${paint.dim(artifact.kind)}${pkg}  ${plural(artifact.entryCount, "entry")}, ${formatBytes(artifact.totalBytes)}${to}`,
    );
    for (const container of artifact.unopened) {
      // An empty path is about the artifact as a whole (a git push's history): no path to name.
      const what = container.path
        ? `not opened: ${container.path} (${container.reason})`
        : `not checked: ${container.reason}`;
      lines.push(paint.dim(`    ${what}`));
    }
  }
  for (const note of report.notes ?? []) lines.push(paint.dim(`  note: ${note}`));
  const { errors, warnings, notes } = report.summary;
  lines.push(
    "",
    `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(notes, "note")} (fail on: ${report.failOn})`,
  );
  return `${lines.join("\n")}\n`;
}

/** What changed since the baseline, what was accepted, and which artifacts it does not know. */
function renderBaseline(report: Report, paint: Paint): string[] {
  const baseline = report.baseline!;
  const lines = ["", paint.bold(`Since the baseline (${baseline.file})`)];
  for (const artifact of baseline.artifacts) {
    if (artifact.status === "unbaselined") {
      const scanned = report.artifacts.find((a) => a.id === artifact.artifact);
      const spec = scanned ? specText(scanned) : artifact.artifact;
      lines.push(
        `  ${artifact.artifact}: not in the baseline; record it with: leakgate baseline --write ${shellWord(baseline.file)} ${shellWord(spec)}`,
      );
      continue;
    }
    const size =
      artifact.bytesBefore !== undefined && artifact.bytesAfter !== undefined
        ? `, ${formatBytes(artifact.bytesBefore)} → ${formatBytes(artifact.bytesAfter)}`
        : "";
    const counts = diffCounts(artifact);
    lines.push(
      `  ${artifact.artifact}: ${formatNumber(counts.added)} added, ${formatNumber(counts.removed)} removed, ${formatNumber(counts.changed)} changed${size}`,
    );
    for (const added of artifact.added.slice(0, 10)) {
      const shown = added.pattern !== added.path ? `${added.path} (${added.pattern})` : added.path;
      lines.push(paint.dim(`    + ${shown}  ${formatBytes(added.size)}`));
    }
    if (counts.added > 10) lines.push(paint.dim(`    … ${counts.added - 10} more added`));
    for (const removed of artifact.removed.slice(0, 5)) lines.push(paint.dim(`    - ${removed.pattern}`));
    if (counts.removed > 5) lines.push(paint.dim(`    … ${counts.removed - 5} more removed`));
  }
  if (baseline.accepted.length > 0) {
    lines.push("", paint.bold("Accepted in the baseline:"));
    for (const finding of baseline.accepted) {
      const until = finding.acceptedUntil ? ` (until ${finding.acceptedUntil})` : "";
      lines.push(
        `  ${finding.ruleId}  ${locator(report.artifacts)(finding)}: ${finding.acceptedReason}${until}`,
      );
    }
  }
  const unused = baseline.unusedAcceptances ?? [];
  if (unused.length > 0) {
    lines.push("", paint.bold(`Accepted in the baseline but matched nothing (${unused.length}):`));
    for (const acceptance of unused.slice(0, 20)) lines.push(`  ${describeAcceptance(acceptance)}`);
    if (unused.length > 20) lines.push(`  … and ${unused.length - 20} more`);
    lines.push(
      paint.dim(
        "  They are moot, and would cover a future finding nobody reviewed: `leakgate baseline --write` drops them (--keep-unused keeps them).",
      ),
    );
  }
  return lines;
}

/** "source-map 1,400, internal-path 12": how many findings per rule, most first. */
function tally(findings: readonly Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([rule, n]) => `${rule} ${formatNumber(n)}`)
    .join(", ");
}

type Paint = Record<"red" | "yellow" | "green" | "dim" | "bold" | "cyan", (text: string) => string>;

function severityLabel(severity: Finding["severity"], paint: Paint): string {
  return severity === "error"
    ? paint.red("error  ")
    : severity === "warning"
      ? paint.yellow("warning")
      : paint.dim("note   ");
}

function renderFinding(finding: Finding, paint: Paint, where: (f: Finding) => string, indent = ""): string[] {
  return [
    `${indent}${severityLabel(finding.severity, paint)} ${paint.cyan(finding.ruleId)}  ${where(finding)}`,
    `${indent}        ${finding.message}`,
    `${indent}        ${paint.dim(`fix: ${finding.fix}`)}`,
  ];
}

/**
 * Many findings of one rule in one artifact (a framework's 2,708 source maps): one block
 * with the count, the directories they are in, a few of them, and the fix once.
 */
function renderGroup(
  group: readonly Finding[],
  paint: Paint,
  where: (f: Finding) => string,
  indent = "",
): string[] {
  const first = group[0]!;
  const paths = pathsInGroup(group, where);
  const top = topDirectories(paths);
  const shownDirectories = top
    .slice(0, 3)
    .map(([directory, count]) => `${directory} (${formatNumber(count)})`)
    .join(", ");
  const moreDirectories = top.length > 3 ? `, and ${plural(top.length - 3, "more directory")}` : "";
  return [
    `${indent}${severityLabel(first.severity, paint)} ${paint.cyan(first.ruleId)}  ${first.artifact}: ${plural(group.length, "finding")}`,
    `${indent}        in ${shownDirectories}${moreDirectories}`,
    ...paths
      .slice(0, GROUP_EXAMPLES)
      .map(
        (path, i) =>
          `${indent}        ${i === 0 ? "e.g." : "    "} ${path}${i === 0 ? `: ${first.message}` : ""}`,
      ),
    `${indent}        ${paint.dim(`fix: ${first.fix}`)}`,
    `${indent}        ${paint.dim(`every one, with its id: --verbose, or --format json`)}`,
  ];
}

function painter(enabled: boolean): Paint {
  const wrap = (open: number, close: number) => (text: string) =>
    enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    green: wrap(32, 39),
    cyan: wrap(36, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
  };
}
