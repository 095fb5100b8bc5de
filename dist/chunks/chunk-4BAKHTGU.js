import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  TABLE_GROUP_AT,
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
  printable
} from "./chunk-YYFTXOGM.js";
import {
  count,
  formatNumber,
  redactUrlCredentials
} from "./chunk-Q7PGW6GP.js";
import {
  DOCS_URL,
  RULE_CATALOGUE
} from "./chunk-UH47JUDB.js";

// src/reporters/rule-docs.ts
var RULE_DOCS = RULE_CATALOGUE;
var BY_ID = new Map(RULE_DOCS.map((doc) => [doc.id, doc]));
function ruleDoc(id) {
  return BY_ID.get(id) ?? {
    id,
    name: `Rule_${id.replace(/[^A-Za-z0-9]+/g, "_")}`,
    title: id,
    summary: `Findings of the rule ${id}.`,
    fix: "See the finding's own fix.",
    defaultSeverity: "warning",
    tags: [],
    securitySeverity: 4,
    cwe: [],
    precision: "medium",
    readme: []
  };
}
function ruleAnchor(id) {
  return `rule-${id}`;
}
function helpUri(id) {
  return `${DOCS_URL}#${ruleAnchor(id)}`;
}

// src/reporters/markdown.ts
var MAX_BYTES = 512 * 1024;
var KIND = {
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
  image: "container image"
};
var ICON = { error: "❌", warning: "⚠️", note: "ℹ️" };
var RANK = { error: 0, warning: 1, note: 2 };
var MAX_ACCEPT_COMMANDS = 10;
var MAX_ARTIFACT_ROWS = 50;
var MAX_CELL_CHARS = 400;
function renderMarkdown(report, extra = {}) {
  const maxBytes = Math.max(4096, extra.maxBytes ?? MAX_BYTES);
  const blocking = bySeverity(report.findings.filter((f) => isBlocking(f, report.failOn)));
  const other = bySeverity(report.findings.filter((f) => !isBlocking(f, report.failOn)));
  const many = report.artifacts.length > 1;
  const where = (f) => code(f.path ? many ? `${f.artifact}!${f.path}` : f.path : f.artifact);
  const baselineFile = extra.baselineFile ?? report.baseline?.file;
  const accepted = extra.accepted ?? acceptedFromReport(report);
  const diffs = diffsFromReport(report, extra.diffs);
  const head = [
    ...verdict(report, blocking, other),
    ...artifactTable(report.artifacts, diffs, baselineFile !== void 0 || extra.diffs !== void 0)
  ];
  const tail = whatToDo(report, blocking, baselineFile, extra);
  let budget = maxBytes - bytes(head) - bytes(tail) - 1024;
  const sections = [];
  const spend = (lines) => {
    budget -= bytes(lines);
    sections.push(lines);
  };
  let later = [other.length, accepted.length, changeCount(report)].filter((n) => n > 0).length;
  const nextShare = () => Math.floor(budget / Math.max(1, later--));
  const plainWhere = (f) => f.path ? many ? `${f.artifact}!${f.path}` : f.path : f.artifact;
  const whereUnit = (unit) => {
    if (unit.length === 1) return where(unit[0]);
    const paths = pathsInGroup(unit, plainWhere);
    const top = topDirectories(paths);
    const dirs = top.slice(0, 3).map(([directory, n]) => `${code(directory)} (${count2(n)})`).join(", ");
    return `${count2(unit.length)} files${many ? ` in ${code(unit[0].artifact)}` : ""}: ${dirs}${top.length > 3 ? `, and ${plural(top.length - 3, "more directory")}` : ""}; e.g. ${code(paths[0])}`;
  };
  const blockingUnits = groupFindings(blocking, TABLE_GROUP_AT);
  if (blocking.length > 0) {
    const rows = blockingUnits.map((unit) => {
      const f = unit[0];
      return `| ${f.severity === "error" ? "" : `${ICON[f.severity]} `}${ruleLink(f.ruleId)} | ${whereUnit(unit)} | ${prose(f.message)} | ${prose(f.fix)} |`;
    });
    const share = later > 0 ? Math.floor(budget * 0.7) : budget;
    const [table, shown] = fitRows(
      ["| Rule | Where | Finding | How to fix |", "| --- | --- | --- | --- |"],
      rows,
      share,
      extra.maxRows ?? 100
    );
    const lines = ["### Blocking findings", "", ...table];
    if (shown < rows.length) {
      const rest = blockingUnits.slice(shown).flat();
      lines.push(
        "",
        `*… and ${count2(rest.length)} more blocking finding${rest.length === 1 ? "" : "s"} (${tally(rest)}): the JSON report lists every one.*`
      );
    }
    spend([...lines, ""]);
  }
  if (other.length > 0) {
    const otherUnits = groupFindings(other, TABLE_GROUP_AT);
    const rows = otherUnits.map((unit) => {
      const f = unit[0];
      return `| ${ICON[f.severity]} | ${ruleLink(f.ruleId)} | ${whereUnit(unit)} | ${prose(f.message)} |`;
    });
    const label = ["error", "warning", "note"].map((severity) => [severity, other.filter((f) => f.severity === severity).length]).filter(([, n]) => n > 0).map(([severity, n]) => plural(n, severity)).join(", ");
    spend(
      folded(
        `<strong>${label}</strong> (not blocking)`,
        ["| | Rule | Where | Finding |", "| --- | --- | --- | --- |"],
        rows,
        otherUnits,
        nextShare(),
        extra.maxRows ?? 200
      )
    );
  }
  if (accepted.length > 0) {
    const rows = accepted.map(
      (a) => `| ${ruleLink(a.finding.ruleId)} | ${where(a.finding)} | ${prose(a.reason)} | ${a.expires ? text(a.expires) : ""} |`
    );
    spend(
      folded(
        `<strong>${plural(accepted.length, "accepted finding")}</strong>${baselineFile ? ` (accepted in ${code(baselineFile)})` : ""}`,
        ["| Rule | Where | Reason | Until |", "| --- | --- | --- | --- |"],
        rows,
        accepted.map((a) => [a.finding]),
        nextShare(),
        extra.maxRows ?? 200
      )
    );
  }
  const unused = report.baseline?.unusedAcceptances ?? [];
  if (unused.length > 0) {
    spend([
      `<details><summary><strong>${plural(unused.length, "acceptance")} in the baseline matched nothing</strong>: moot now, and a risk left in place (it would cover a future finding nobody reviewed). <code>leakgate baseline --write</code> drops them.</summary>`,
      "",
      ...unused.slice(0, 20).map((a) => `- ${prose(describeAcceptance(a))}`),
      ...unused.length > 20 ? [`- *… and ${count2(unused.length - 20)} more*`] : [],
      "",
      "</details>",
      ""
    ]);
  }
  if (changeCount(report) > 0) spend(fileChanges(report, many, nextShare(), extra.maxRows ?? 200));
  const out = [...head, ...sections.flat(), ...tail];
  return `${enforce(out, maxBytes).join("\n")}
`;
}
function verdict(report, blocking, other) {
  const { summary } = report;
  const scanned = `${plural(summary.files, "file")} (${formatBytes(summary.bytes)}) in ${plural(summary.artifacts, "artifact")}`;
  if (report.verdict === "fail") {
    return [
      `## ❌ leakgate: release blocked — ${plural(blocking.length, "blocking finding")}`,
      "",
      `Checked ${scanned}.${blocking.length ? ` Blocking: ${tally(blocking)}.` : ""} Nothing should be published until these are fixed or accepted.`,
      ""
    ];
  }
  const rest = other.length > 0 ? `, ${plural(other.length, "finding")} for information below` : "";
  return [
    `## ✅ leakgate: release may ship — no blocking findings`,
    "",
    `Checked ${scanned}${rest} (fail-on: ${report.failOn}).`,
    ""
  ];
}
function artifactTable(artifacts, diffs, withBaseline) {
  if (artifacts.length === 0) return [];
  const withPackage = artifacts.some((a) => a.packageName);
  const header = ["Artifact", ...withPackage ? ["Package"] : [], "Entries", "Size"];
  const align = ["---", ...withPackage ? ["---"] : [], "---:", "---:"];
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
        a.packageName ? code(`${a.packageName}${a.packageVersion ? `@${a.packageVersion}` : ""}`) : ""
      );
    cells.push(count2(a.entryCount), formatBytes(a.totalBytes));
    if (withBaseline) cells.push(sinceBaseline(diffs.get(a.id)));
    return `| ${cells.join(" | ")} |`;
  });
  const lines = [`| ${header.join(" | ")} |`, `| ${align.join(" | ")} |`, ...rows];
  if (artifacts.length > MAX_ARTIFACT_ROWS)
    lines.push("", `*… and ${count2(artifacts.length - MAX_ARTIFACT_ROWS)} more artifacts.*`);
  return [...lines, ""];
}
function sinceBaseline(diff) {
  if (diff === void 0) return "not compared";
  if (diff === "unbaselined") return "**not in the baseline**";
  const parts = [
    diff.added ? `${count2(diff.added)} added` : "",
    diff.removed ? `${count2(diff.removed)} removed` : "",
    diff.changed ? `${count2(diff.changed)} changed` : ""
  ].filter(Boolean);
  let size = "";
  if (diff.bytesBefore !== void 0 && diff.bytesAfter !== void 0) {
    const change = growth(diff.bytesBefore, diff.bytesAfter);
    size = `${formatBytes(diff.bytesBefore)} → ${formatBytes(diff.bytesAfter)}${change ? ` (${change})` : ""}`;
  }
  if (parts.length === 0) return size ? `no file changes; ${size}` : "no change";
  return `${parts.join(", ")}${size ? `; ${size}` : ""}`;
}
function growth(before, after) {
  if (before === after) return "";
  if (before === 0) return "new";
  if (after >= before * 2) {
    const factor = after / before;
    return `×${formatNumber(factor >= 10 ? Math.round(factor) : Math.round(factor * 10) / 10)}`;
  }
  const percent = (after - before) / before * 100;
  const rounded = Math.abs(percent) >= 10 ? Math.round(percent) : Math.round(percent * 10) / 10;
  return `${rounded > 0 ? "+" : ""}${formatNumber(rounded)}%`;
}
function folded(summary, header, rows, units, budget, maxRows) {
  const [table, shown] = fitRows(header, rows, budget - 600, maxRows);
  const lines = [`<details><summary>${summary}</summary>`, "", ...table];
  if (shown < rows.length) {
    const rest = units.slice(shown).flat();
    lines.push("", `*… and ${count2(rest.length)} more (${tally(rest)}): the JSON report lists every one.*`);
  }
  return [...lines, "", "</details>", ""];
}
function fileChanges(report, many, budget, maxRows) {
  const rows = [];
  for (const artifact of report.baseline?.artifacts ?? []) {
    const at = (path) => code(many ? `${artifact.artifact}!${path}` : path);
    for (const added of artifact.added) {
      const pattern = added.pattern !== added.path ? ` (as ${code(added.pattern)})` : "";
      rows.push(`- ➕ ${at(added.path)}${pattern} ${formatBytes(added.size)}`);
    }
    for (const changed of artifact.changed) {
      const before = formatBytes(changed.sizeBefore);
      const after = formatBytes(changed.sizeAfter);
      rows.push(
        `- ✏️ ${at(changed.path)} ${before === after ? `${after}, new content` : `${before} → ${after}`}`
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
  const total = changeCount(report);
  if (shown < total) lines.push(`- *… and ${count2(total - shown)} more*`);
  return [...lines, "", "</details>", ""];
}
function whatToDo(report, blocking, baselineFile, extra) {
  const unbaselined = report.baseline?.artifacts.filter((a) => a.status === "unbaselined") ?? [];
  const changed = changeCount(report) > 0 || (extra.diffs ?? []).some((d) => d.added + d.removed + d.changed > 0);
  const refresh = extra.commands?.refresh ?? `npx leakgate baseline --write ${shellWord(baselineFile ?? "leakgate.baseline.json")} ${refreshSpecs(report, extra.specs)}`;
  const lines = [];
  if (blocking.length > 0) {
    const accept = extra.commands?.accept ?? ((fingerprint, artifact) => `npx leakgate accept${baselineFile ? ` --baseline ${shellWord(baselineFile)}` : ""}${artifact ? ` --artifact ${shellWord(artifact)}` : ""} --reason "why this may ship" ${fingerprint}`);
    const commands = [];
    for (const f of blocking.slice(0, MAX_ACCEPT_COMMANDS)) {
      commands.push(
        `# ${oneLine(f.path ? `${f.artifact}!${f.path}` : f.artifact)} (${f.ruleId})`,
        // The artifact to scan, so that accept can check the id against a real finding.
        accept(f.fingerprint, specFor(report, f.artifact))
      );
    }
    if (blocking.length > MAX_ACCEPT_COMMANDS)
      commands.push(
        `# … and ${count2(blocking.length - MAX_ACCEPT_COMMANDS)} more: their ids are the "fingerprint" fields of the JSON report`
      );
    const secret = blocking.some((f) => f.ruleId === "secret");
    lines.push(
      "### What to do",
      "",
      `1. **Fix and rebuild.** Each row above says how.${secret ? " A published secret stays published: rotate it as well as removing it." : ""}`,
      "2. **Accept** a finding that was reviewed and may ship, with a reason, in the baseline (then commit it):",
      "",
      ...fence(commands, "   "),
      ""
    );
    if (baselineFile !== void 0 || extra.commands) {
      lines.push(
        "3. **Refresh the baseline** if the release is meant to change, and commit it with the change:",
        "",
        ...fence([refresh], "   "),
        ""
      );
    }
  } else if (baselineFile !== void 0 && (unbaselined.length > 0 || changed)) {
    lines.push(
      "### Keeping the baseline current",
      "",
      `${unbaselined.length > 0 ? `${plural(unbaselined.length, "artifact")} ${unbaselined.length === 1 ? "is" : "are"} not in the baseline yet. ` : ""}When the changes above are intended, record them and commit the baseline:`,
      "",
      ...fence([refresh], ""),
      ""
    );
  }
  if (baselineFile === void 0 && !extra.commands && report.artifacts.length > 0) {
    lines.push(
      "No baseline was given. Record one, and commit it, so that the next unexpected file or growth is caught:",
      "",
      ...fence([refresh], ""),
      ""
    );
  }
  return lines;
}
function specFor(report, id) {
  const artifact = report.artifacts.find((a) => a.id === id);
  return artifact ? specText(artifact) : void 0;
}
function refreshSpecs(report, specs) {
  const list = specs ?? report.artifacts.map(specText);
  return list.map((spec) => shellWord(printable(redactUrlCredentials(spec)))).join(" ");
}
function diffsFromReport(report, given) {
  const diffs = /* @__PURE__ */ new Map();
  for (const a of report.baseline?.artifacts ?? []) {
    if (a.status === "unbaselined") diffs.set(a.artifact, "unbaselined");
    else
      diffs.set(a.artifact, {
        ...diffCounts(a),
        ...a.bytesBefore !== void 0 ? { bytesBefore: a.bytesBefore } : {},
        ...a.bytesAfter !== void 0 ? { bytesAfter: a.bytesAfter } : {}
      });
  }
  for (const d of given ?? []) diffs.set(d.artifact, d);
  return diffs;
}
function acceptedFromReport(report) {
  return (report.baseline?.accepted ?? []).map(({ acceptedReason, acceptedUntil, ...finding }) => ({
    finding,
    reason: acceptedReason,
    ...acceptedUntil ? { expires: acceptedUntil } : {}
  }));
}
function changeCount(report) {
  return (report.baseline?.artifacts ?? []).reduce((sum, a) => {
    const counts = diffCounts(a);
    return sum + counts.added + counts.removed + counts.changed;
  }, 0);
}
function fitRows(header, rows, budget, maxRows) {
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
  return [shown > 0 ? lines : [], shown];
}
function enforce(lines, maxBytes) {
  if (bytes(lines) <= maxBytes) return lines;
  const kept = [];
  let used = 200;
  for (const line of lines) {
    const size = Buffer.byteLength(line) + 1;
    if (used + size > maxBytes) break;
    kept.push(line);
    used += size;
  }
  return [...kept, "", "*… the rest of this summary is cut to stay within GitHub's size limit.*"];
}
function bySeverity(findings) {
  const key = (f) => RANK[f.severity] * 2 + (f.ruleId === "secret" ? 0 : 1);
  return findings.map((finding, index) => ({ finding, index })).sort((a, b) => key(a.finding) - key(b.finding) || a.index - b.index).map(({ finding }) => finding);
}
function ruleLink(id) {
  return /^[a-z0-9-]+$/.test(id) ? `[${id}](${helpUri(id)})` : text(id);
}
function text(value) {
  return clip(oneLine(value)).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]~|]/g, (c) => `\\${c}`);
}
function code(value) {
  return `<code>${text(value)}</code>`;
}
function prose(value) {
  const parts = clip(oneLine(value)).split("`");
  if (parts.length % 2 === 0) return text(value);
  return parts.map((part, i) => i % 2 === 1 ? code(part) : text(part)).join("");
}
function oneLine(value) {
  return value.replace(/[\r\n\t\u2028\u2029]+/g, " ").replace(/[\u0000-\u001f\u007f]/g, "");
}
function clip(value) {
  if (value.length <= MAX_CELL_CHARS) return value;
  const half = Math.floor((MAX_CELL_CHARS - 1) / 2);
  return `${value.slice(0, half)}…${value.slice(value.length - half)}`;
}
function fence(lines, indent) {
  const longest = Math.max(
    2,
    ...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((r) => r.length)))
  );
  const marks = "`".repeat(Math.max(3, longest + 1));
  return [`${indent}${marks}sh`, ...lines.map((line) => `${indent}${oneLine(line)}`), `${indent}${marks}`];
}
function bytes(lines) {
  return lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
}
var count2 = (n) => formatNumber(n);
var plural = (n, word) => count(n, word);
function tally(findings) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${text(rule)} ${count2(n)}`).join(", ");
}

export {
  RULE_DOCS,
  ruleDoc,
  helpUri,
  renderMarkdown,
  text,
  code,
  prose
};
