/**
 * Finds a 7z archive that does not start at the beginning of a file: a self-extracting
 * installer (`setup.exe`) is a program with a 7z appended, and 7-Zip opens it from the
 * signature it finds inside. leakgate reads such a file as a file, so it must at least say
 * that an archive is in there (engine/walker.ts reports it as ambiguous-archive).
 *
 * A match is the 6-byte signature followed by a start header whose CRC holds, within the
 * first SEARCH_BYTES (7-Zip searches a few MiB). The search runs on each chunk as it
 * passes, without copying it.
 */
import { crc32 } from "../core/crc32.js";
import { SEVEN_ZIP_MAGIC } from "./sevenzip-reader.js";

const SIGNATURE = Buffer.from(SEVEN_ZIP_MAGIC);
const START_HEADER_BYTES = 32;
/** How far into a file a 7z is looked for. */
export const SEARCH_BYTES = 16 * 1024 * 1024;
/** Bytes kept from one chunk for a header that straddles the next. */
const CARRY = START_HEADER_BYTES + SIGNATURE.length - 1;

function validStartHeader(bytes: Buffer, at: number): boolean {
  if (bytes[at + 6] !== 0) return false;
  return crc32(bytes.subarray(at + 12, at + START_HEADER_BYTES)) === bytes.readUInt32LE(at + 8);
}

export class SevenZipSeeker {
  /** Where the archive starts in the file, once found. */
  foundAt: number | undefined;
  private seen = 0;
  private carry: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): void {
    if (this.foundAt !== undefined || this.seen >= SEARCH_BYTES) return;
    // Headers that began in the previous chunk's last bytes.
    if (this.carry.length > 0) {
      const seam = Buffer.concat([this.carry, chunk.subarray(0, START_HEADER_BYTES + SIGNATURE.length)]);
      this.search(seam, this.seen - this.carry.length, this.carry.length);
    }
    if (this.foundAt === undefined) this.search(chunk, this.seen, chunk.length);
    const tail =
      chunk.length >= CARRY ? chunk.subarray(chunk.length - CARRY) : Buffer.concat([this.carry, chunk]);
    this.carry = Buffer.from(tail.subarray(Math.max(0, tail.length - CARRY)));
    this.seen += chunk.length;
  }

  /** Looks for signatures starting before `before` in `bytes`, which begins at file offset `base`. */
  private search(bytes: Buffer, base: number, before: number): void {
    for (let at = bytes.indexOf(SIGNATURE); at !== -1 && at < before; at = bytes.indexOf(SIGNATURE, at + 1)) {
      // An archive at offset 0 is read as one; only one behind other data is news.
      if (base + at === 0 || at + START_HEADER_BYTES > bytes.length) continue;
      if (validStartHeader(bytes, at)) {
        this.foundAt = base + at;
        return;
      }
    }
  }
}
