import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  describeAcceptance,
  diffCounts,
  formatBytes,
  groupFindings,
  isBlocking,
  pathsInGroup,
  specText,
  topDirectories
} from "./chunk-274TRL2H.js";
import {
  shellWord
} from "./chunk-SNNHJUXT.js";
import {
  count,
  formatNumber
} from "./chunk-Q7PGW6GP.js";

// src/reporters/locate.ts
import { posix } from "node:path";
var ON_DISK = /* @__PURE__ */ new Set(["directory", "npm-package"]);
function locate(finding, artifact) {
  if (!finding.path) return finding.artifact;
  if (!artifact || !ON_DISK.has(artifact.kind)) return `${finding.artifact}!${finding.path}`;
  const inner = artifact.kind === "npm-package" && finding.path.startsWith("package/") ? finding.path.slice("package/".length) : finding.path;
  return posix.join(artifact.source, inner);
}
function locator(artifacts) {
  const byId = new Map(artifacts.map((artifact) => [artifact.id, artifact]));
  return (finding) => locate(finding, byId.get(finding.artifact));
}
function workspaceLocation(finding, artifact, pathPrefix = "", packageSource) {
  const source = artifact?.source ?? finding.artifact;
  const cut = finding.path.indexOf("!");
  const nested = cut !== -1;
  const outer = nested ? finding.path.slice(0, cut) : finding.path;
  const line = !nested && typeof finding.details?.line === "number" && Number.isInteger(finding.details.line) ? finding.details.line : void 0;
  let path = source;
  let exact = false;
  if (artifact?.kind === "directory" || artifact?.kind === "npm-package") {
    const npm = artifact.kind === "npm-package";
    if (outer) {
      path = joinPath(source, npm ? outer.replace(/^package\//, "") : outer);
      exact = !nested;
    } else if (npm) {
      path = joinPath(source, "package.json");
    }
  } else if (artifact?.kind === "npm-tarball" && packageSource !== void 0 && outer.startsWith("package/")) {
    path = joinPath(packageSource, outer.slice("package/".length));
    exact = !nested;
  } else if (artifact?.kind === "file") {
    exact = finding.path !== "" && !nested;
  }
  const located = isAbsolutePath(path) ? normaliseSlashes(path) : joinPath(pathPrefix, path);
  return { path: located, ...exact && line && line > 0 ? { line } : {}, exact };
}
function normaliseSlashes(path) {
  return path.replace(/\\/g, "/");
}
function isAbsolutePath(path) {
  return /^(?:[A-Za-z]:)?[\\/]/.test(path);
}
function joinPath(base, path) {
  const joined = posix.normalize(posix.join(normaliseSlashes(base), normaliseSlashes(path)));
  return joined.replace(/\/+$/, "") || ".";
}

// src/reporters/text.ts
var GROUP_EXAMPLES = 3;
var plural = count;
function renderText(report, options = {}) {
  const paint = painter(options.color ?? false);
  const lines = [];
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
  const maxBlocking = options.maxBlocking ?? (verbose ? Number.POSITIVE_INFINITY : 30);
  const blockingUnits = verbose ? blocking.map((f) => [f]) : groupFindings(blocking);
  for (const unit of blockingUnits.slice(0, maxBlocking)) {
    if (unit.length === 1) {
      const finding = unit[0];
      lines.push(
        "",
        ...renderFinding(finding, paint, where),
        paint.dim(`        id: ${finding.fingerprint}`)
      );
    } else {
      lines.push("", ...renderGroup(unit, paint, where));
    }
  }
  if (blockingUnits.length > maxBlocking) {
    const rest = blockingUnits.slice(maxBlocking).flat();
    lines.push(
      "",
      paint.red(`… and ${plural(rest.length, "more blocking finding")}: ${tally(rest)} (see --format json)`)
    );
  }
  const hiddenNotes = informational.filter((finding) => finding.severity === "note");
  const shown = options.quiet ? [] : verbose ? informational : informational.filter((f) => f.severity !== "note");
  const limit = options.maxInformational ?? (verbose ? Number.POSITIVE_INFINITY : 50);
  if (shown.length > 0) {
    lines.push("", paint.bold(blocking.length > 0 ? "Also found (not blocking):" : "Found (not blocking):"));
    const units = verbose ? shown.map((f) => [f]) : groupFindings(shown);
    for (const unit of units.slice(0, limit))
      lines.push(
        ...unit.length === 1 ? renderFinding(unit[0], paint, where, "  ") : renderGroup(unit, paint, where, "  ")
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
        `${what} not shown (${options.quiet ? "without --quiet" : "--verbose"} shows them; --format json lists every one).`
      )
    );
  }
  if (report.baseline) lines.push(...renderBaseline(report, paint));
  lines.push("", paint.bold("Artifacts"));
  for (const artifact of report.artifacts) {
    const pkg = artifact.packageName ? `  ${artifact.packageName}${artifact.packageVersion ? `@${artifact.packageVersion}` : ""}` : "";
    const to = artifact.destination ? `  → ${artifact.destination}` : "";
    lines.push(
      `  ${artifact.id}  ${paint.dim(artifact.kind)}${pkg}  ${plural(artifact.entryCount, "entry")}, ${formatBytes(artifact.totalBytes)}${to}`
    );
    for (const container of artifact.unopened) {
      const what = container.path ? `not opened: ${container.path} (${container.reason})` : `not checked: ${container.reason}`;
      lines.push(paint.dim(`    ${what}`));
    }
  }
  for (const note of report.notes ?? []) lines.push(paint.dim(`  note: ${note}`));
  const { errors, warnings, notes } = report.summary;
  lines.push(
    "",
    `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(notes, "note")} (fail on: ${report.failOn})`
  );
  return `${lines.join("\n")}
`;
}
function renderBaseline(report, paint) {
  const baseline = report.baseline;
  const lines = ["", paint.bold(`Since the baseline (${baseline.file})`)];
  for (const artifact of baseline.artifacts) {
    if (artifact.status === "unbaselined") {
      const scanned = report.artifacts.find((a) => a.id === artifact.artifact);
      const spec = scanned ? specText(scanned) : artifact.artifact;
      lines.push(
        `  ${artifact.artifact}: not in the baseline; record it with: leakgate baseline --write ${shellWord(baseline.file)} ${shellWord(spec)}`
      );
      continue;
    }
    const size = artifact.bytesBefore !== void 0 && artifact.bytesAfter !== void 0 ? `, ${formatBytes(artifact.bytesBefore)} → ${formatBytes(artifact.bytesAfter)}` : "";
    const counts = diffCounts(artifact);
    lines.push(
      `  ${artifact.artifact}: ${formatNumber(counts.added)} added, ${formatNumber(counts.removed)} removed, ${formatNumber(counts.changed)} changed${size}`
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
        `  ${finding.ruleId}  ${locator(report.artifacts)(finding)}: ${finding.acceptedReason}${until}`
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
        "  They are moot, and would cover a future finding nobody reviewed: `leakgate baseline --write` drops them (--keep-unused keeps them)."
      )
    );
  }
  return lines;
}
function tally(findings) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${rule} ${formatNumber(n)}`).join(", ");
}
function severityLabel(severity, paint) {
  return severity === "error" ? paint.red("error  ") : severity === "warning" ? paint.yellow("warning") : paint.dim("note   ");
}
function renderFinding(finding, paint, where, indent = "") {
  return [
    `${indent}${severityLabel(finding.severity, paint)} ${paint.cyan(finding.ruleId)}  ${where(finding)}`,
    `${indent}        ${finding.message}`,
    `${indent}        ${paint.dim(`fix: ${finding.fix}`)}`
  ];
}
function renderGroup(group, paint, where, indent = "") {
  const first = group[0];
  const paths = pathsInGroup(group, where);
  const top = topDirectories(paths);
  const shownDirectories = top.slice(0, 3).map(([directory, count2]) => `${directory} (${formatNumber(count2)})`).join(", ");
  const moreDirectories = top.length > 3 ? `, and ${plural(top.length - 3, "more directory")}` : "";
  return [
    `${indent}${severityLabel(first.severity, paint)} ${paint.cyan(first.ruleId)}  ${first.artifact}: ${plural(group.length, "finding")}`,
    `${indent}        in ${shownDirectories}${moreDirectories}`,
    ...paths.slice(0, GROUP_EXAMPLES).map(
      (path, i) => `${indent}        ${i === 0 ? "e.g." : "    "} ${path}${i === 0 ? `: ${first.message}` : ""}`
    ),
    `${indent}        ${paint.dim(`fix: ${first.fix}`)}`,
    `${indent}        ${paint.dim(`every one, with its id: --verbose, or --format json`)}`
  ];
}
function painter(enabled) {
  const wrap = (open, close) => (text) => enabled ? `\x1B[${open}m${text}\x1B[${close}m` : text;
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    green: wrap(32, 39),
    cyan: wrap(36, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22)
  };
}

export {
  locate,
  workspaceLocation,
  normaliseSlashes,
  renderText
};
