// The bench's output: a plain-text table for the terminal and the same as Markdown for notes.

const TOOLS = ["baseline", "nodeStream", "nodeTar", "manifest", "scan"];
/** Rows measuring bare Node, not leakgate: no target of their own. */
const RUNTIME = new Set(["nodeStream", "nodeTar"]);
/** Issue #16: time relative to the floor's, at most. */
const MAXIMUM = { manifest: 1.0, scan: 1.25 };
const RSS_MB = 150;

const times = (ratio) => `${ratio.toFixed(2)}×`;

/** The verdict column of one row: which targets a leakgate row meets or misses. */
function verdict(row, key) {
  if (key === "baseline") return "";
  if (RUNTIME.has(key)) return "runtime floor, no leakgate code";
  if (row.key === "package") return "start-up bound, not judged";
  const misses = [];
  if (1 / row[key].ratio > MAXIMUM[key]) misses.push(`time > ${times(MAXIMUM[key])}`);
  if (row[key].rssMB > RSS_MB) misses.push(`RSS > ${RSS_MB} MB`);
  return misses.length ? `MISSED: ${misses.join(", ")}` : `met (≤ ${times(MAXIMUM[key])}, ≤ ${RSS_MB} MB)`;
}

function cells(row, key) {
  const result = row[key];
  return [
    result.label,
    result.seconds.toFixed(2),
    result.mbps.toFixed(0),
    result.rssMB.toFixed(0),
    key === "baseline" ? "" : times(1 / result.ratio),
    verdict(row, key),
  ];
}

function describe(row) {
  const mb = (bytes) => (bytes / 1e6).toFixed(1);
  return `${mb(row.compressedBytes)} MB on disk, ${mb(row.uncompressedBytes)} MB uncompressed, ${row.entries} ${row.entries === 1 ? "entry" : "entries"}`;
}

/** A warning when other processes kept the CPU busy just before this input was measured. */
function busyNote(row) {
  return row.backgroundCores >= 0.2
    ? ` (other processes were using ${row.backgroundCores.toFixed(1)} cores: noisy)`
    : "";
}

/** Prints the results table, the targets and how things were measured. */
export function printTable({ rows, startup, targets, environment }) {
  const header = ["tool", "seconds", "MB/s", "peak RSS MB", "time vs floor", "target"];
  const widths = [26, 8, 7, 12, 12, 0];
  const line = (values) =>
    values
      .map((value, i) =>
        i === 0 || i === 5 ? String(value).padEnd(widths[i]) : String(value).padStart(widths[i]),
      )
      .join("  ")
      .trimEnd();
  console.log("");
  console.log(line(header));
  for (const row of rows) {
    console.log(`\n${row.input}: ${describe(row)}${busyNote(row)}`);
    for (const key of TOOLS) if (row[key]) console.log(line(cells(row, key)));
  }
  console.log(
    `\nleakgate start-up (node dist/cli.js --version): ${startup.seconds.toFixed(2)} s, ${startup.rssMB.toFixed(0)} MB`,
  );
  console.log("\nTargets (issue #16):");
  for (const target of targets) {
    const value =
      target.unit === "MB"
        ? `${target.value.toFixed(0)} MB`
        : `${target.value.toFixed(2)}${target.unit === "s" ? " s" : "×"}`;
    console.log(`  ${target.met ? "met   " : "MISSED"}  ${target.input}: ${target.what} (${value})`);
  }
  const missed = targets.filter((target) => !target.met).length;
  console.log(missed ? `\n${missed} target(s) MISSED.` : "\nAll targets met.");
  console.log(
    `\n${environment.cores} × ${environment.cpu}, Node ${environment.node}; fastest of ${environment.runs} run(s), ` +
      `highest peak RSS (${environment.rssMethod === "gnu-time" ? "GNU time %M" : "resourceUsage/VmHWM probe"}); ` +
      "the baseline pipeline's RSS is gzip's plus sha256sum's. MB = 10^6 bytes of uncompressed input " +
      `(the tar stream gzip -dc prints). leakgate ran with ${environment.limits}.`,
  );
  for (const row of rows.filter((row) => row.scanFindings))
    console.log(`scan of ${row.input}: ${JSON.stringify(row.scanFindings)}`);
}

/** The same results as a Markdown table, for the notes and the README. */
export function resultsMarkdown({ rows, startup, targets, environment }) {
  const out = [
    `Measured ${environment.date.slice(0, 10)}: ${environment.cores} × ${environment.cpu}, Node ${environment.node}, ` +
      `fastest of ${environment.runs} run(s), peak RSS by ${environment.rssMethod}${environment.quick ? ", --quick" : ""}.`,
    "",
    "| input | tool | seconds | MB/s | peak RSS MB | time vs floor | target |",
    "| --- | --- | ---: | ---: | ---: | ---: | --- |",
  ];
  for (const row of rows) {
    for (const key of TOOLS.filter((key) => row[key])) {
      const [tool, seconds, mbps, rss, ratio, note] = cells(row, key);
      const name = key === "baseline" ? `${row.input} (${(row.uncompressedBytes / 1e6).toFixed(0)} MB)` : "";
      out.push(
        `| ${name} | ${tool.replace("|", "\\|")} | ${seconds} | ${mbps} | ${rss} | ${ratio} | ${note} |`,
      );
    }
  }
  out.push(
    "",
    `leakgate start-up alone (\`--version\`): ${startup.seconds.toFixed(2)} s, ${startup.rssMB.toFixed(0)} MB.`,
    "",
  );
  for (const target of targets) {
    const value =
      target.unit === "MB"
        ? `${target.value.toFixed(0)} MB`
        : `${target.value.toFixed(2)}${target.unit === "s" ? " s" : "×"}`;
    out.push(`- ${target.met ? "met" : "**MISSED**"}: ${target.input}, ${target.what} (${value})`);
  }
  return `${out.join("\n")}\n`;
}
