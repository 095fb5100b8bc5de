// The secret rule on gitleaks' rule samples in `npm run bench`: every sample once, as one file
// of an npm tarball (the same corpus test/rules/secret/gitleaks-corpus.test.ts measures recall
// on), repeated to ~20 MB so the scan is not all start-up. Reports time and MB/s of `scan`
// (all rules) against the floor `gzip -dc | sha256sum`, and the scan's findings.
//
//   node bench/secrets.mjs [--runs N]     (run by bench/run.mjs; writes .bench/secrets-results.json)

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { bestOf, measureCommand, measurePipeline } from "./measure.mjs";

const COPIES = 6;

export async function benchSecrets({ dir, cli, node = process.execPath, runs = 3, log = () => {} }) {
  const root = join(dir, "secrets");
  const tarball = join(root, "corpus-1.0.0.tgz");
  if (!existsSync(tarball)) build(root, tarball, log);
  const bytes = Number(
    execFileSync("sh", ["-c", `gzip -dc '${tarball}' | wc -c`])
      .toString()
      .trim(),
  );
  const floor = [];
  const scan = [];
  for (let run = 0; run < runs; run++) {
    log(`secret corpus: floor and scan (run ${run + 1}/${runs})\n`);
    floor.push(await measurePipeline(["gzip", "-dc", tarball], ["sha256sum"]));
    scan.push(
      await measureCommand([
        node,
        cli,
        "scan",
        tarball,
        "--format",
        "json",
        "--output",
        "/dev/null",
        "--max-entries",
        "1000000",
      ]),
    );
  }
  const result = {
    bytes,
    files: readFileSync(join(root, "count.txt"), "utf8").trim(),
    floor: bestOf(floor),
    scan: bestOf(scan),
  };
  writeFileSync(join(dir, "secrets-results.json"), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

/** One file per sample (deduplicated), COPIES times over, in an npm-shaped tarball. */
function build(root, tarball, log) {
  log("building the secret sample corpus…\n");
  rmSync(root, { recursive: true, force: true });
  const samples = join(import.meta.dirname, "../fixtures/gitleaks-rules/samples.jsonl.gz");
  const seen = new Set();
  const texts = [];
  for (const line of gunzipSync(readFileSync(samples)).toString("utf8").split("\n")) {
    if (!line) continue;
    const { rule, kind, text } = JSON.parse(line);
    const key = `${rule}\0${kind}\0${text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    texts.push(text);
  }
  const packageDir = join(root, "package");
  mkdirSync(packageDir, { recursive: true });
  writeFileSync(join(packageDir, "package.json"), '{"name":"corpus","version":"1.0.0"}\n');
  let files = 0;
  for (let copy = 0; copy < COPIES; copy++) {
    const copyDir = join(packageDir, `copy-${copy}`);
    mkdirSync(copyDir);
    // Samples in files of 100, as bundles hold many values: 160 files a copy, not 16,000.
    for (let at = 0; at < texts.length; at += 100) {
      writeFileSync(join(copyDir, `samples-${at}.txt`), `${texts.slice(at, at + 100).join("\n\n")}\n`);
      files++;
    }
  }
  execFileSync("tar", ["-czf", tarball, "-C", root, "package"]);
  writeFileSync(join(root, "count.txt"), `${files} files, ${texts.length} samples × ${COPIES}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, "..");
  const runsAt = process.argv.indexOf("--runs");
  const result = await benchSecrets({
    dir: join(root, ".bench"),
    cli: join(root, "dist/cli.js"),
    runs: runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 3,
    log: (text) => process.stderr.write(text),
  });
  const mbps = (s) => (result.bytes / 1e6 / s.seconds).toFixed(1);
  console.log(
    `secret samples (${result.files.trim()}, ${(result.bytes / 1e6).toFixed(1)} MB): scan ${result.scan.seconds.toFixed(2)} s (${mbps(result.scan)} MB/s, ${result.scan.rssMB.toFixed(0)} MB RSS, exit ${result.scan.exitCodes.join(",")}); floor ${result.floor.seconds.toFixed(2)} s`,
  );
}
