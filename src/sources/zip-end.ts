/**
 * Finding a zip by its end. Zip readers (unzip, Java, Python, yauzl) locate an archive by
 * the end-of-central-directory record in its last 64 KiB, not by its first bytes, so a zip
 * with a launch script in front (Spring Boot "fully executable" jars, self-extracting
 * archives) or appended to a tarball (a tar/zip polyglot) is a zip to all of them. The gate
 * has to see it the same way.
 */

/** The end record is 22 bytes plus a comment of at most 65,535; the zip64 locator precedes it. */
export const ZIP_TAIL_BYTES = 22 + 0xffff + 20;

const EOCD_BYTES = Buffer.of(0x50, 0x4b, 0x05, 0x06);
const CENTRAL_HEADER = 0x02014b50;
const ZIP64_MARK = 0xffffffff;

export interface ZipEnd {
  /** Where the end record starts, in file coordinates. */
  endOffset: number;
  /**
   * Bytes in front of the zip that its own offsets do not count (`cat script.sh app.zip`):
   * every offset in the archive is relative to this position. 0 for an ordinary zip and
   * for a prefixed zip whose offsets were adjusted (`zip -A`).
   */
  shift: number;
  entryCount: number;
  /** Where the central directory starts, in file coordinates (unknown for zip64). */
  directoryStart?: number;
}

/**
 * Looks for a coherent end record in `tail` (the last bytes of a file of `fileSize` bytes):
 * the signature, a comment length that reaches exactly to the end of the file, and a
 * central directory that starts with a central header where the record says (or is empty).
 * Returns undefined when the file does not end like a zip.
 */
export function findZipEnd(tail: Buffer, fileSize: number): ZipEnd | undefined {
  const tailStart = fileSize - tail.length;
  if (tail.length < 22) return undefined;
  for (
    let i = tail.lastIndexOf(EOCD_BYTES, tail.length - 22);
    i >= 0;
    i = i > 0 ? tail.lastIndexOf(EOCD_BYTES, i - 1) : -1
  ) {
    const commentLength = tail.readUInt16LE(i + 20);
    if (i + 22 + commentLength !== tail.length) continue;
    const entryCount = tail.readUInt16LE(i + 10);
    const directorySize = tail.readUInt32LE(i + 12);
    const directoryOffset = tail.readUInt32LE(i + 16);
    const endOffset = tailStart + i;
    // Zip64 keeps the real values elsewhere; yauzl reads them. No shift is computed for it.
    if (directoryOffset === ZIP64_MARK || directorySize === ZIP64_MARK || entryCount === 0xffff) {
      return { endOffset, shift: 0, entryCount };
    }
    const shift = endOffset - directorySize - directoryOffset;
    if (shift < 0) continue;
    const directoryStart = endOffset - directorySize;
    if (entryCount === 0)
      return directorySize === 0 ? { endOffset, shift, entryCount, directoryStart } : undefined;
    const at = directoryStart - tailStart;
    // The central directory is usually inside the tail; when it is not, the record alone decides.
    if (at >= 0 && at + 4 <= tail.length && tail.readUInt32LE(at) !== CENTRAL_HEADER) continue;
    return { endOffset, shift, entryCount, directoryStart };
  }
  return undefined;
}
