/**
 * The name of the file inside a bare gzip stream (not a tarball): the FNAME field of the
 * header when the compressor recorded it, otherwise the outer name without `.gz`.
 */
import { posix } from "node:path";

const FEXTRA = 0x04;
const FNAME = 0x08;

export function gzipInnerName(head: Buffer, outerName: string): string {
  const flags = head[3] ?? 0;
  if (flags & FNAME) {
    let offset = 10;
    if (flags & FEXTRA) offset += 2 + ((head[10] ?? 0) | ((head[11] ?? 0) << 8));
    const end = head.indexOf(0, offset);
    if (end > offset) {
      // Only the last path component: a header name is a hint, never a path to trust.
      const recorded = posix.basename(head.subarray(offset, end).toString("latin1").replace(/\\/g, "/"));
      if (recorded && recorded !== "." && recorded !== "..") return recorded;
    }
  }
  const base = posix.basename(outerName);
  const stripped = base.replace(/\.(gz|tgz|gzip)$/i, (ext) => (ext.toLowerCase() === ".tgz" ? ".tar" : ""));
  return stripped && stripped !== base ? stripped : `${base}.decompressed`;
}
