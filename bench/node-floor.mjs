// The floor's job, and the least of manifest's, done by a bare Node program with the
// libraries leakgate bundles and none of its code: how much of the gap between leakgate and
// `gzip -dc FILE | sha256sum` is the runtime's, on the machine at hand.
//
//   node bench/node-floor.mjs stream FILE   gunzip (if gzip) into one SHA-256, as the floor does
//   node bench/node-floor.mjs tar FILE      gunzip, tar-stream, one SHA-256 per file: a manifest
//                                           with nothing but hashing
//
// Both read and decompress in 256 KiB pieces, as leakgate does (decompress.ts). `tar` is for
// tarballs; `stream` also takes a plain file.
import { createHash } from "node:crypto";
import { closeSync, createReadStream, openSync, readSync } from "node:fs";
import { createGunzip } from "node:zlib";
import tar from "tar-stream";

const PIECE = 256 * 1024;
const [mode, file] = process.argv.slice(2);
if (!["stream", "tar"].includes(mode) || !file) {
  console.error("usage: node bench/node-floor.mjs stream|tar FILE");
  process.exit(2);
}

const magic = Buffer.alloc(2);
const fd = openSync(file, "r");
readSync(fd, magic, 0, 2, 0);
closeSync(fd);
const gzip = magic[0] === 0x1f && magic[1] === 0x8b;
// A plain file is read into one reused buffer, as leakgate reads files (fresh memory for every
// read costs a page fault per 4 KiB on the VMs this runs on). zlib allocates its own output.
const bytes = gzip
  ? createReadStream(file, { highWaterMark: PIECE }).pipe(createGunzip({ chunkSize: PIECE }))
  : readReused(file);

let files = 0;
if (mode === "stream") {
  const hash = createHash("sha256");
  for await (const piece of bytes) hash.update(piece);
  hash.digest("hex");
  files = 1;
} else {
  const extract = tar.extract();
  bytes.pipe(extract);
  for await (const entry of extract) {
    const hash = createHash("sha256");
    for await (const piece of entry) hash.update(piece);
    hash.digest("hex");
    files++;
  }
}
console.log(`${files} file(s) hashed`);

/** The file's bytes in pieces of one buffer, each valid until the next is asked for. */
function* readReused(path) {
  const fd = openSync(path, "r");
  const buffer = Buffer.allocUnsafe(PIECE);
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, PIECE, null);
      if (read === 0) return;
      yield buffer.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}
