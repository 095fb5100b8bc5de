/**
 * Format detection from magic bytes. Extensions lie (a `.tgz` that is really a zip, a
 * `.png` that is a tarball), so the bytes decide; the name is only a hint for formats
 * without a reliable signature.
 */

/** Formats leakgate can open. */
export type OpenableFormat = "gzip" | "zip" | "tar";
/** Archive formats leakgate recognises but does not open (listed as unopened). */
export type OpaqueFormat = "xz" | "zstd" | "bzip2" | "7z" | "rar";
export type ContainerFormat = OpenableFormat | OpaqueFormat;

/**
 * How many leading bytes detection needs: a whole tar header, for the `ustar` magic at
 * offset 257 and for the checksum that identifies a pre-POSIX (v7) tar, which has no magic.
 */
export const SNIFF_BYTES = 512;

const OPAQUE: ReadonlySet<string> = new Set(["xz", "zstd", "bzip2", "7z", "rar"]);

export function isOpaqueFormat(format: ContainerFormat): format is OpaqueFormat {
  return OPAQUE.has(format);
}

function startsWith(head: Buffer, bytes: readonly number[], offset = 0): boolean {
  if (head.length < offset + bytes.length) return false;
  return bytes.every((b, i) => head[offset + i] === b);
}

/**
 * Returns the container format of `head` (the first SNIFF_BYTES of a stream), or undefined
 * when it is not an archive leakgate knows.
 */
export function detectFormat(head: Buffer, name: string): ContainerFormat | undefined {
  if (startsWith(head, [0x1f, 0x8b])) return "gzip";
  // Local file header, or the end-of-central-directory record of an empty zip.
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return "zip";
  if (startsWith(head, [0x75, 0x73, 0x74, 0x61, 0x72], 257)) return "tar"; // "ustar" (POSIX and GNU)
  if (startsWith(head, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return "xz";
  if (startsWith(head, [0x28, 0xb5, 0x2f, 0xfd])) return "zstd";
  if (startsWith(head, [0x42, 0x5a, 0x68])) return "bzip2";
  if (startsWith(head, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return "7z";
  if (startsWith(head, [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07])) return "rar";
  // Pre-POSIX (v7) tars have no magic: trust the name, and a checksum that adds up.
  if (/\.tar$/i.test(name) && head.length >= 512 && tarHeaderChecksumValid(head)) return "tar";
  return undefined;
}

/** The tar header checksum: the byte sum of the 512-byte header with the checksum field read as spaces. */
function tarHeaderChecksumValid(head: Buffer): boolean {
  const stored = Number.parseInt(head.subarray(148, 156).toString("latin1").replace(/[\0 ]/g, ""), 8);
  if (!Number.isFinite(stored)) return false;
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : (head[i] ?? 0);
  return sum === stored;
}
