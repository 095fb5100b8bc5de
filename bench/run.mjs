// `npm run bench`: leakgate's throughput and memory against `gzip -dc FILE | sha256sum` on
// the same inputs (the floor: decompress and hash, nothing else).
//   node bench/run.mjs [--quick] [--regenerate]
// --quick uses a 100 MB tarball instead of 1 GB. Results: a table on stdout and
// .bench/results.json. Targets (issues #3, #4) are checked and MISSED is printed plainly;
// the exit code stays 0, since timing is not a test.
import { spawnSync } from "node:child_process";
import { statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ensureCorpus } from "./corpus.mjs";

const quick = process.argv.includes("--quick");
const dir = join(import.meta.dirname, "../.bench");
const cli = join(import.meta.dirname, "../dist/cli.js");
const files = await ensureCorpus(dir, {
  regenerate: process.argv.includes("--regenerate"),
  bigBytes: quick ? 100 * 1024 ** 2 : 1024 ** 3,
});

/** Runs a shell command under GNU time: wall seconds and peak RSS (KiB) of the largest process. */
function measure(command) {
  const run = spawnSync("/usr/bin/time", ["-f", "%e %M", "bash", "-c", `${command} > /dev/null`], {
    encoding: "utf8",
  });
  const last = run.stderr.trim().split("\n").pop() ?? "";
  const [seconds, rssKiB] = last.split(" ").map(Number);
  // GNU time prints "Command exited with non-zero status N" for exit 1 (findings): that is fine.
  if (!Number.isFinite(seconds) || /status 2\b/.test(run.stderr))
    throw new Error(`${command} failed:\n${run.stderr}`);
  return { seconds, rssMB: rssKiB / 1024 };
}

/** Uncompressed bytes of an input, from leakgate's own manifest of it. */
function uncompressedBytes(file) {
  const run = spawnSync(process.execPath, [cli, "manifest", "--max-entries", "10000000", file], {
    encoding: "utf8",
    maxBuffer: 1024 ** 3,
  });
  const manifest = JSON.parse(run.stdout);
  return manifest.entries.reduce((sum, entry) => sum + entry.size, 0);
}

const inputs = [
  { name: "npm package (.tgz)", file: files.package, floor: `gzip -dc ${files.package} | sha256sum` },
  { name: "60 MB source map", file: files.map, floor: `sha256sum ${files.map}` },
  {
    name: quick ? "100 MB tar.gz" : "1 GB tar.gz",
    file: files.big,
    floor: `gzip -dc ${files.big} | sha256sum`,
  },
];

const limits = "--max-entries 10000000";
const rows = [];
for (const input of inputs) {
  const bytes = uncompressedBytes(input.file);
  const floor = measure(input.floor);
  const manifest = measure(`node ${cli} manifest ${limits} ${input.file}`);
  const scanRun = measure(`node ${cli} scan --format json ${limits} ${input.file}`);
  const mbps = (r) => bytes / 1e6 / Math.max(r.seconds, 0.01);
  rows.push({
    input: input.name,
    compressedMB: statSync(input.file).size / 1e6,
    uncompressedMB: bytes / 1e6,
    floor: { ...floor, mbps: mbps(floor) },
    manifest: { ...manifest, mbps: mbps(manifest), ratio: mbps(manifest) / mbps(floor) },
    scan: { ...scanRun, mbps: mbps(scanRun), ratio: mbps(scanRun) / mbps(floor) },
  });
}

const pad = (text, width) => String(text).padEnd(width);
const num = (n, digits = 1) => n.toFixed(digits).padStart(8);
console.log(
  `${pad("input", 22)}${pad("tool", 26)}${"seconds".padStart(8)}${"MB/s".padStart(8)}${"RSS MB".padStart(8)}  vs floor`,
);
for (const row of rows) {
  console.log(
    `${pad(row.input, 22)}${pad("gzip -dc | sha256sum", 26)}${num(row.floor.seconds, 2)}${num(row.floor.mbps)}${num(row.floor.rssMB)}`,
  );
  console.log(
    `${pad("", 22)}${pad("leakgate manifest", 26)}${num(row.manifest.seconds, 2)}${num(row.manifest.mbps)}${num(row.manifest.rssMB)}  ${(row.manifest.ratio * 100).toFixed(0)}%`,
  );
  console.log(
    `${pad("", 22)}${pad("leakgate scan (all rules)", 26)}${num(row.scan.seconds, 2)}${num(row.scan.mbps)}${num(row.scan.rssMB)}  ${(row.scan.ratio * 100).toFixed(0)}%`,
  );
}

const big = rows[2];
const map = rows[1];
const targets = [
  [`manifest ≥ 60% of gzip|sha256sum on the ${big.input}`, big.manifest.ratio >= 0.6],
  [`scan ≥ 50% of gzip|sha256sum on the ${big.input}`, big.scan.ratio >= 0.5],
  [
    `peak RSS < 200 MB on the ${big.input} (manifest and scan)`,
    big.manifest.rssMB < 200 && big.scan.rssMB < 200,
  ],
  ["peak RSS < 200 MB scanning the 60 MB source map", map.scan.rssMB < 200],
];
console.log("");
for (const [what, met] of targets) console.log(`${met ? "met   " : "MISSED"}  ${what}`);
writeFileSync(
  join(dir, "results.json"),
  `${JSON.stringify({ date: new Date().toISOString(), quick, rows, targets }, null, 2)}\n`,
);
