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
  /** Where the zip ends (after its comment); bytes from here to the end of the file follow the zip. */
  end: number;
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
  return findEnd(tail, fileSize, true) ?? findEnd(tail, fileSize, false);
}

/**
 * `exact`: the comment reaches the end of the file, as the format says. Otherwise (as unzip
 * tolerates) bytes may follow the record; then the record must describe a non-empty central
 * directory that is really there, so that a stray signature near the end of some binary is
 * not taken for a zip.
 */
function findEnd(tail: Buffer, fileSize: number, exact: boolean): ZipEnd | undefined {
  const tailStart = fileSize - tail.length;
  if (tail.length < 22) return undefined;
  for (
    let i = tail.lastIndexOf(EOCD_BYTES, tail.length - 22);
    i >= 0;
    i = i > 0 ? tail.lastIndexOf(EOCD_BYTES, i - 1) : -1
  ) {
    const commentLength = tail.readUInt16LE(i + 20);
    const recordEnd = i + 22 + commentLength;
    if (exact ? recordEnd !== tail.length : recordEnd > tail.length) continue;
    const entryCount = tail.readUInt16LE(i + 10);
    const directorySize = tail.readUInt32LE(i + 12);
    const directoryOffset = tail.readUInt32LE(i + 16);
    const endOffset = tailStart + i;
    const end = tailStart + recordEnd;
    // Zip64 keeps the real values elsewhere; yauzl reads them. No shift is computed for it.
    if (directoryOffset === ZIP64_MARK || directorySize === ZIP64_MARK || entryCount === 0xffff) {
      if (!exact) continue;
      return { endOffset, end, shift: 0, entryCount };
    }
    const shift = endOffset - directorySize - directoryOffset;
    if (shift < 0) continue;
    const directoryStart = endOffset - directorySize;
    if (entryCount === 0) {
      if (!exact || directorySize !== 0) continue;
      return { endOffset, end, shift, entryCount, directoryStart };
    }
    const at = directoryStart - tailStart;
    const inTail = at >= 0 && at + 4 <= tail.length;
    // The central directory is usually inside the tail; when it is not, the record alone decides.
    if (inTail && tail.readUInt32LE(at) !== CENTRAL_HEADER) continue;
    if (!exact && !inTail) continue;
    return { endOffset, end, shift, entryCount, directoryStart };
  }
  return undefined;
}
