/**
 * How long UTF-8 bytes are as a JavaScript string, without decoding them. The source-map rule
 * reports each embedded source's length in characters (`String.length`, UTF-16 code units) and
 * streams sources that are megabytes long, so this runs over most of a map's bytes.
 */
import { isAscii } from "node:buffer";

const HIGH_BITS = 0x80808080 | 0;

/**
 * UTF-16 code units that `bytes[from..to)` decode to: one per byte that is not a continuation
 * byte (`10xxxxxx`), plus one more per 4-byte lead (`11110xxx`), which decodes to a surrogate
 * pair. Counts well-formed UTF-8 exactly; on malformed bytes it is an estimate, which is all a
 * length reported in a finding needs.
 *
 * Why four bytes at a time: embedded TypeScript often carries a few non-ASCII characters per
 * file (box drawing, emoji, accented words), which sends whole 64 KiB chunks past the `isAscii`
 * shortcut. Byte by byte that cost ~100 ms on the 60 MB map of the incident; reading 32-bit
 * words and testing all four bytes with a few bit operations is ~8× faster.
 */
export function utf16UnitsOfUtf8(bytes: Uint8Array, from: number, to: number): number {
  if (to <= from) return 0;
  if (isAscii(bytes.subarray(from, to))) return to - from;
  let units = to - from;
  let at = from;
  // Int32Array needs an aligned start: the few bytes before it go one by one.
  while (at < to && ((bytes.byteOffset + at) & 3) !== 0) units += unitsAdjustment(bytes[at++]!);
  const wordCount = (to - at) >>> 2;
  if (wordCount > 0) {
    const words = new Int32Array(bytes.buffer, bytes.byteOffset + at, wordCount);
    for (let j = 0; j < wordCount; j++) {
      const word = words[j]!;
      if ((word & HIGH_BITS) === 0) continue;
      // Per byte, bit 7 of `continuation` is set for 10xxxxxx, bit 7 of `fourByteLead` for 1111xxxx
      // (shifting left moves each byte's lower bits under its own bit 7; the mask drops carries).
      const continuation = word & ~(word << 1) & HIGH_BITS;
      const fourByteLead = word & (word << 1) & (word << 2) & (word << 3) & HIGH_BITS;
      units += highBitCount(fourByteLead) - highBitCount(continuation);
    }
    at += wordCount << 2;
  }
  while (at < to) units += unitsAdjustment(bytes[at++]!);
  return units;
}

/** -1 for a continuation byte (no unit of its own), +1 for a 4-byte lead (a surrogate pair). */
function unitsAdjustment(byte: number): number {
  if ((byte & 0xc0) === 0x80) return -1;
  return byte >= 0xf0 ? 1 : 0;
}

/** How many of bits 7, 15, 23 and 31 are set: gathered into the top byte by one multiply. */
function highBitCount(bits: number): number {
  return Math.imul(bits >>> 7, 0x01010101) >>> 24;
}
