// The compression formats of `npm run bench`: one ~100 MB tar of JavaScript-like text,
// compressed with xz and zstd (built once in .bench/ with the real compressors), read
// by `leakgate scan` (all rules) against the floor `<tool> -dc FILE | sha256sum`.
//
//   node bench/formats.mjs [--runs N]     (run by bench/run.mjs; writes .bench/formats-results.json)

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bestOf, measureCommand, measurePipeline } from "./measure.mjs";

const BYTES = 100 * 1024 * 1024;
const TOOLS = [
  ["xz", "tar.xz", ["-T2", "-6"]],
  ["zstd", "tar.zst", ["-q", "-T2"]],
];

export async function benchFormats({ dir, cli, node = process.execPath, runs = 3, log = () => {} }) {
  const root = join(dir, "formats");
  mkdirSync(root, { recursive: true });
  const tar = join(root, "corpus.tar");
  if (!existsSync(tar)) buildTar(root, tar, log);
  const results = [];
  for (const [tool, extension, args] of TOOLS) {
    const file = join(root, `corpus.${extension}`);
    if (!existsSync(file)) {
      log(`compressing the corpus with ${tool}…\n`);
      execFileSync(tool, [...args, "-k", "-f", tar]);
      const made = `${tar}.${tool === "zstd" ? "zst" : "xz"}`;
      if (made !== file) execFileSync("mv", [made, file]);
    }
    const floor = [];
    const scan = [];
    for (let run = 0; run < runs; run++) {
      log(`${extension}: floor and scan (run ${run + 1}/${runs})\n`);
      floor.push(await measurePipeline([tool, "-dc", file], ["sha256sum"]));
      scan.push(
        await measureCommand([
          node,
          cli,
          "scan",
          file,
          "--format",
          "json",
          "--output",
          "/dev/null",
          "--max-entries",
          "1000000",
        ]),
      );
    }
    results.push({ format: extension, bytes: BYTES, floor: bestOf(floor), scan: bestOf(scan) });
  }
  writeFileSync(join(dir, "formats-results.json"), `${JSON.stringify(results, null, 2)}\n`);
  return results;
}

/** ~100 MB in 200 files of generated JavaScript (compresses like real bundles). */
function buildTar(root, tar, log) {
  log("building the 100 MB format corpus…\n");
  const src = join(root, "src");
  mkdirSync(src, { recursive: true });
  const per = BYTES / 200;
  for (let f = 0; f < 200; f++) {
    let text = "";
    for (let i = 0; text.length < per; i++)
      text += `export function f${f}_${i}(a) { return a * ${(i * 7919) % 1000} + "${(i * 104729).toString(36)}"; }\n`;
    writeFileSync(join(src, `module-${f}.js`), text.slice(0, per));
  }
  execFileSync("tar", ["-cf", tar, "-C", root, "src"]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, "..");
  const runsAt = process.argv.indexOf("--runs");
  const results = await benchFormats({
    dir: join(root, ".bench"),
    cli: join(root, "dist/cli.js"),
    runs: runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 3,
    log: (text) => process.stderr.write(text),
  });
  for (const r of results) {
    const mbps = (s) => (r.bytes / 1e6 / s.seconds).toFixed(0);
    console.log(
      `${r.format}: floor ${r.floor.seconds.toFixed(2)} s (${mbps(r.floor)} MB/s), scan ${r.scan.seconds.toFixed(2)} s (${mbps(r.scan)} MB/s, ${r.scan.rssMB.toFixed(0)} MB RSS, exit ${r.scan.exitCodes.join(",")})`,
    );
  }
}
