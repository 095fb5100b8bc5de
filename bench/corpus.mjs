// The benchmark corpus in .bench/, generated deterministically (seeded, no network) and reused:
//   package.tgz        one realistic npm package (~300 files, paths under package/)
//   cli.js.map         a 60 MiB source map embedding ~1,900 ../src/**.ts files
//   big.tar.gz         ~1 GiB uncompressed: copies of the package tree, each with its own content
//   big-100m.tar.gz    the same at 100 MiB, for --quick
// corpus.json records what was generated (sizes, uncompressed bytes, entries) and by which
// generator version; a file is regenerated when it is missing, when the version changed, or
// with --regenerate. Files are written under a temporary name and renamed when complete, so an
// interrupted run never leaves a truncated corpus that would be reused.

import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import tar from "tar-stream";
import { packageTree } from "./package-tree.mjs";
import { writeSourceMap } from "./source-map.mjs";
import { makePools } from "./text.mjs";

/** Bump when the generated content changes, so cached corpora are rebuilt. */
export const GENERATOR_VERSION = 3;

const MTIME = new Date("2024-01-01T00:00:00Z");

/**
 * Streams `files` (an iterable of `{ path, body }`) into a gzip-compressed tar at `path`.
 * Resolves to the uncompressed tar bytes (what `gzip -dc` prints), the file bytes and the entry count.
 * Only one entry is in flight at a time: tar-stream calls an entry's callback once the pack has
 * taken its bytes, so awaiting it is the back-pressure.
 */
async function writeTarGz(path, files, level) {
  const pack = tar.pack();
  let tarBytes = 0;
  const counter = new Transform({
    transform(chunk, _encoding, callback) {
      tarBytes += chunk.length;
      callback(null, chunk);
    },
  });
  const done = pipeline(pack, counter, createGzip({ level }), createWriteStream(path));
  let contentBytes = 0;
  let entries = 0;
  for (const { path: name, body } of files) {
    const buffer = typeof body === "string" ? Buffer.from(body) : body;
    await new Promise((resolve, reject) =>
      pack.entry({ name, size: buffer.length, mtime: MTIME, mode: 0o644 }, buffer, (error) =>
        error ? reject(error) : resolve(),
      ),
    );
    contentBytes += buffer.length;
    entries++;
  }
  pack.finalize();
  await done;
  return { tarBytes, contentBytes, entries };
}

/** Copies of the package tree under `packages/pkg-NNNN/` until `bytes` of file content are out. */
function* repeatedTrees(pools, bytes) {
  let total = 0;
  for (let copy = 1; total < bytes; copy++) {
    for (const file of packageTree(pools, 1000 + copy, `packages/pkg-${String(copy).padStart(4, "0")}/`)) {
      total += typeof file.body === "string" ? Buffer.byteLength(file.body) : file.body.length;
      yield file;
    }
  }
}

function readMeta(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, "corpus.json"), "utf8"));
  } catch {
    return { files: {} };
  }
}

/** Paths of the corpus files for a run, and the tarball size (bytes of file content) to use. */
export function corpusPaths(dir, quick) {
  return {
    package: join(dir, "package.tgz"),
    map: join(dir, "cli.js.map"),
    big: join(dir, quick ? "big-100m.tar.gz" : "big.tar.gz"),
    bigBytes: quick ? 100 * 1024 ** 2 : 1024 ** 3,
  };
}

/**
 * Makes sure the corpus exists in `dir` (generating what is missing or stale) and returns, per
 * input, `{ path, bytes, uncompressedBytes, contentBytes, entries }`.
 */
export async function ensureCorpus(dir, { quick = false, regenerate = false, log = () => {} } = {}) {
  mkdirSync(dir, { recursive: true });
  const paths = corpusPaths(dir, quick);
  const meta = readMeta(dir);
  if (meta.generator !== GENERATOR_VERSION) meta.files = {};
  meta.generator = GENERATOR_VERSION;
  let pools;

  const ensure = async (key, path, make) => {
    const name = path.split("/").pop();
    const known = meta.files[name];
    if (!regenerate && known && existsSync(path) && statSync(path).size === known.bytes) return known;
    pools ??= makePools(20_240_101);
    const started = performance.now();
    log(`generating ${name}… `);
    const temporary = `${path}.tmp`;
    const info = await make(temporary);
    renameSync(temporary, path);
    const seconds = (performance.now() - started) / 1000;
    meta.files[name] = { key, ...info, bytes: statSync(path).size, generatedIn: Number(seconds.toFixed(1)) };
    writeFileSync(join(dir, "corpus.json"), `${JSON.stringify(meta, null, 2)}\n`);
    log(`${seconds.toFixed(1)} s\n`);
    return meta.files[name];
  };

  const result = {};
  result.package = {
    path: paths.package,
    ...(await ensure("package", paths.package, (path) =>
      writeTarGz(path, packageTree(pools, 1, "package/"), 6),
    )),
  };
  result.map = {
    path: paths.map,
    ...(await ensure("map", paths.map, async (path) => {
      const bytes = await writeSourceMap(path, pools);
      return { tarBytes: bytes, contentBytes: bytes, entries: 1 };
    })),
  };
  result.big = {
    path: paths.big,
    ...(await ensure("big", paths.big, (path) => writeTarGz(path, repeatedTrees(pools, paths.bigBytes), 6))),
  };
  for (const input of Object.values(result)) input.uncompressedBytes = input.tarBytes;
  return result;
}
