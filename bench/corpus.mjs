// Generates the benchmark corpus in .bench/ (deterministic, no network), once:
//   package.tgz   a realistic npm package: a few hundred files of code-like text, JSON, maps
//   cli.js.map    a 60 MB source map embedding ~1,900 ../src files (the incident's shape)
//   big.tar.gz    ~1 GB uncompressed: copies of a package tree with varied content, so gzip
//                 compresses it like real code (~4×), not like a bomb

import { once } from "node:events";
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createGzip } from "node:zlib";
import tar from "tar-stream";

const WORDS = (
  "const let return export import from function async await if else for of new this class extends " +
  "value result options config request response error message string number boolean undefined null " +
  "key token apiKey secret password headers authorization cache " +
  "=> { } ( ) [ ] ; , . = === !== + - * / && || ? : ` ' \""
).split(" ");

/** xorshift32: fast, seeded, good enough to keep gzip honest. */
function prng(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

/** Code-like text of about `bytes` bytes. */
export function codeText(bytes, seed) {
  const random = prng(seed);
  const parts = [];
  let length = 0;
  while (length < bytes) {
    const indent = "  ".repeat(Math.floor(random() * 4));
    let line = indent;
    const words = 3 + Math.floor(random() * 10);
    for (let i = 0; i < words; i++) {
      const word = WORDS[Math.floor(random() * WORDS.length)];
      line += random() < 0.25 ? `${word}${Math.floor(random() * 100000)} ` : `${word} `;
    }
    line += "\n";
    parts.push(line);
    length += line.length;
  }
  return parts.join("").slice(0, bytes);
}

/** The files of a package tree, as [path, size] with a seed per file. */
function packageTree(copy = 0) {
  const files = [
    ["package/package.json", 800],
    ["package/README.md", 6000],
    ["package/LICENSE", 1100],
  ];
  const random = prng(42);
  for (let i = 0; i < 300; i++) {
    const dir = ["lib", "lib/util", "lib/commands", "dist", "dist/esm", "types"][i % 6];
    const ext = dir === "types" ? ".d.ts" : i % 11 === 0 ? ".json" : ".js";
    // Log-normal-ish sizes: most files small, a few large.
    const size = Math.floor(400 + random() * random() * random() * 120_000);
    files.push([`package/${dir}/module-${i}${ext}`, size]);
    if (i % 25 === 0 && ext === ".js")
      files.push([`package/${dir}/module-${i}.js.map`, Math.floor(size * 1.5)]);
  }
  return files.map(([path, size], i) => ({
    path: copy ? `copy-${copy}/${path}` : path,
    size,
    seed: copy * 100_003 + i + 1,
  }));
}

async function writeTarGz(path, entries, level) {
  const pack = tar.pack();
  const gzip = createGzip({ level });
  const out = createWriteStream(path);
  pack.pipe(gzip).pipe(out);
  let total = 0;
  for (const entry of entries()) {
    const body = Buffer.from(
      entry.path.endsWith("package.json")
        ? JSON.stringify({
            name: "bench-pkg",
            version: "1.0.0",
            description: codeText(entry.size - 60, entry.seed).replace(/\W/g, " "),
          })
        : codeText(entry.size, entry.seed),
    );
    total += body.length;
    if (!pack.entry({ name: entry.path, size: body.length, mtime: new Date(0) }, body))
      await once(pack, "drain");
  }
  pack.finalize();
  await once(out, "finish");
  return total;
}

function sourceMap(targetBytes) {
  const files = 1900;
  const perFile = Math.floor((targetBytes * 0.85) / files);
  const sources = Array.from(
    { length: files },
    (_, i) => `../src/${["cli", "core", "net", "ui", "util"][i % 5]}/file${i}.ts`,
  );
  const parts = ['{"version":3,"file":"cli.js","sources":', JSON.stringify(sources), ',"sourcesContent":['];
  for (let i = 0; i < files; i++) parts.push(`${i ? "," : ""}${JSON.stringify(codeText(perFile, i + 7))}`);
  const mappings = "AAAA,SAASA,GAAG,CAAC;".repeat(Math.floor((targetBytes * 0.15) / 20));
  parts.push(`],"names":[],"mappings":"${mappings}"}`);
  return parts.join("");
}

export async function ensureCorpus(dir, { regenerate = false, bigBytes = 1024 ** 3 } = {}) {
  mkdirSync(dir, { recursive: true });
  const files = {
    package: join(dir, "package.tgz"),
    map: join(dir, "cli.js.map"),
    big: join(dir, bigBytes >= 1024 ** 3 ? "big.tar.gz" : `big-${Math.round(bigBytes / 1024 ** 2)}m.tar.gz`),
  };
  if (regenerate || !existsSync(files.package)) {
    await writeTarGz(files.package, () => packageTree(0), 6);
  }
  if (regenerate || !existsSync(files.map)) writeFileSync(files.map, sourceMap(60 * 1024 ** 2));
  if (regenerate || !existsSync(files.big)) {
    const started = Date.now();
    process.stderr.write(`generating ${files.big} (~${Math.round(bigBytes / 1024 ** 2)} MB uncompressed)… `);
    await writeTarGz(
      files.big,
      function* () {
        let total = 0;
        for (let copy = 1; total < bigBytes; copy++) {
          for (const entry of packageTree(copy)) {
            total += entry.size;
            yield entry;
            if (total >= bigBytes) return;
          }
        }
      },
      1,
    );
    process.stderr.write(`${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  }
  return files;
}
