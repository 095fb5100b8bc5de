/**
 * A bzip2 decoder written for a release gate: it streams, and it stops.
 *
 * The decoders on npm decode everything they have buffered in one synchronous loop (ADR 006),
 * so a small bzip2 bomb ran to gigabytes before any limit could look at it. This one decodes
 * one block at a time (a block is at most 900 kB before its last run-length stage) and yields
 * its output in pieces of at most PIECE bytes, asking `onOutput` after each piece: the
 * caller's ratio guard throws there, and decoding stops. Memory is one block's arrays
 * (about 4 MB) plus at most MAX_BLOCK_INPUT of compressed input.
 *
 * The format (bzip2 1.0, as `bzip2` writes it), per block: 48-bit magic, CRC, origin pointer,
 * the symbols in use, Huffman tables and their selectors, then move-to-front and run-length
 * coded symbols; decoding inverts the Burrows–Wheeler transform and a final run-length stage
 * (four equal bytes, then a count). Streams may be concatenated (pbzip2 writes one per core).
 */

const BLOCK_MAGIC = 0x314159265359;
const END_MAGIC = 0x177245385090;
/** Output is handed on in pieces of this size, each checked by the caller before the next. */
const PIECE = 64 * 1024;
/** More compressed input than a 900 kB block can need: past this, the block is corrupt. */
const MAX_BLOCK_INPUT = 1024 * 1024 + 64 * 1024;
const GROUP_SIZE = 50;
const MAX_GROUPS = 6;
const MAX_CODE_LENGTH = 20;

export class Bzip2Error extends Error {}

/** Thrown inside block decoding when the buffered input ends: the block is retried with more. */
class NeedMore {}
const NEED_MORE = new NeedMore();

/** bzip2's CRC-32: polynomial 0x04c11db7, most significant bit first. */
const CRC_TABLE = Array.from({ length: 256 }, (_, byte) => {
  let crc = byte << 24;
  for (let bit = 0; bit < 8; bit++) crc = crc & 0x80000000 ? (crc << 1) ^ 0x04c11db7 : crc << 1;
  return crc >>> 0;
});

class BitReader {
  /** Bits read ahead from `bytes`, most recent in the low bits; `have` of them are unread. */
  private acc = 0;
  private have = 0;
  private next: number;
  constructor(
    private readonly bytes: Uint8Array,
    /** Absolute bit position in `bytes` to start from. */
    start: number,
  ) {
    this.next = start >>> 3;
    const skip = start & 7;
    if (skip > 0) {
      this.read(0);
      this.take(skip);
    }
  }

  get position(): number {
    return this.next * 8 - this.have;
  }

  read(count: number): number {
    if (count > 24) return this.read(count - 24) * 0x1000000 + this.read(24);
    return this.take(count);
  }

  private take(count: number): number {
    while (this.have < count) {
      if (this.next >= this.bytes.length) throw NEED_MORE;
      this.acc = ((this.acc << 8) | this.bytes[this.next++]!) >>> 0;
      this.have += 8;
    }
    this.have -= count;
    return count === 0 ? 0 : (this.acc >>> this.have) & ((1 << count) - 1);
  }
}

interface Table {
  minLength: number;
  limit: Int32Array;
  base: Int32Array;
  perm: Int32Array;
}

function huffmanTable(lengths: Uint8Array, alphabetSize: number): Table {
  let minLength = MAX_CODE_LENGTH;
  let maxLength = 0;
  for (let i = 0; i < alphabetSize; i++) {
    minLength = Math.min(minLength, lengths[i]!);
    maxLength = Math.max(maxLength, lengths[i]!);
  }
  const perm = new Int32Array(alphabetSize);
  let p = 0;
  for (let length = minLength; length <= maxLength; length++)
    for (let symbol = 0; symbol < alphabetSize; symbol++) if (lengths[symbol] === length) perm[p++] = symbol;
  const count = new Int32Array(MAX_CODE_LENGTH + 2);
  for (let i = 0; i < alphabetSize; i++) count[lengths[i]!]!++;
  const limit = new Int32Array(MAX_CODE_LENGTH + 2).fill(-1);
  const base = new Int32Array(MAX_CODE_LENGTH + 2);
  let code = 0;
  let index = 0;
  for (let length = minLength; length <= maxLength; length++) {
    // Codes of this length run from `code` to `code + count - 1`; perm holds them from `index`.
    base[length] = code - index;
    code += count[length]!;
    index += count[length]!;
    limit[length] = code - 1;
    code <<= 1;
  }
  return { minLength, limit, base, perm };
}

function decodeSymbol(bits: BitReader, table: Table): number {
  let length = table.minLength;
  let code = bits.read(length);
  while (length <= MAX_CODE_LENGTH) {
    if (code <= table.limit[length]!) {
      const index = code - table.base[length]!;
      if (index < 0 || index >= table.perm.length) break;
      return table.perm[index]!;
    }
    code = code * 2 + bits.read(1);
    length++;
  }
  throw new Bzip2Error("bzip2 data is corrupt (a Huffman code that no table has)");
}

/** One decoded block, before its final run-length stage. */
interface Block {
  crc: number;
  /** The block's bytes in Burrows–Wheeler order, with the links of the inverse in the high bits. */
  tt: Uint32Array;
  length: number;
  origin: number;
}

/** Decodes one block's header and symbols from `bits` (just past the block magic). */
function readBlock(bits: BitReader, maxBlock: number): Block {
  const crc = bits.read(32);
  if (bits.read(1))
    throw new Bzip2Error("bzip2 randomised blocks (from bzip2 before 0.9.5) are not supported");
  const origin = bits.read(24);
  const used = bits.read(16);
  const symbols: number[] = [];
  for (let i = 0; i < 16; i++) {
    if (!(used & (0x8000 >> i))) continue;
    const row = bits.read(16);
    for (let j = 0; j < 16; j++) if (row & (0x8000 >> j)) symbols.push(i * 16 + j);
  }
  if (symbols.length === 0) throw new Bzip2Error("bzip2 data is corrupt (a block uses no symbols)");
  const alphabetSize = symbols.length + 2;
  const groups = bits.read(3);
  if (groups < 2 || groups > MAX_GROUPS) throw new Bzip2Error("bzip2 data is corrupt (bad table count)");
  const selectorCount = bits.read(15);
  if (selectorCount < 1) throw new Bzip2Error("bzip2 data is corrupt (no selectors)");
  const order = Array.from({ length: groups }, (_, i) => i);
  const selectors = new Uint8Array(selectorCount);
  for (let i = 0; i < selectorCount; i++) {
    let j = 0;
    while (bits.read(1)) {
      j++;
      if (j >= groups) throw new Bzip2Error("bzip2 data is corrupt (bad selector)");
    }
    const value = order[j]!;
    order.splice(j, 1);
    order.unshift(value);
    selectors[i] = value;
  }
  const tables: Table[] = [];
  for (let t = 0; t < groups; t++) {
    const lengths = new Uint8Array(alphabetSize);
    let length = bits.read(5);
    for (let i = 0; i < alphabetSize; i++) {
      for (;;) {
        if (length < 1 || length > MAX_CODE_LENGTH)
          throw new Bzip2Error("bzip2 data is corrupt (bad code length)");
        if (!bits.read(1)) break;
        length += bits.read(1) ? -1 : 1;
      }
      lengths[i] = length;
    }
    tables.push(huffmanTable(lengths, alphabetSize));
  }

  const tt = new Uint32Array(maxBlock);
  const mtf = new Uint8Array(256).map((_, i) => i);
  const endOfBlock = alphabetSize - 1;
  let length = 0;
  let group = -1;
  let left = 0;
  let table = tables[0]!;
  let run = 0;
  let runWeight = 1;
  for (;;) {
    if (left === 0) {
      group++;
      if (group >= selectorCount) throw new Bzip2Error("bzip2 data is corrupt (more groups than selectors)");
      table = tables[selectors[group]!]!;
      left = GROUP_SIZE;
    }
    left--;
    const symbol = decodeSymbol(bits, table);
    if (symbol <= 1) {
      // RUNA (0) and RUNB (1) spell a run length in bijective base 2.
      run += (symbol + 1) * runWeight;
      runWeight *= 2;
      if (run > maxBlock) throw new Bzip2Error("bzip2 data is corrupt (a run longer than the block)");
      continue;
    }
    if (run > 0) {
      if (length + run > maxBlock)
        throw new Bzip2Error("bzip2 data is corrupt (a block longer than its size)");
      tt.fill(symbols[mtf[0]!]!, length, length + run);
      length += run;
      run = 0;
      runWeight = 1;
    }
    if (symbol === endOfBlock) break;
    if (length >= maxBlock) throw new Bzip2Error("bzip2 data is corrupt (a block longer than its size)");
    const index = symbol - 1;
    if (index >= symbols.length) throw new Bzip2Error("bzip2 data is corrupt (a symbol out of range)");
    const value = mtf[index]!;
    for (let k = index; k > 0; k--) mtf[k] = mtf[k - 1]!;
    mtf[0] = value;
    tt[length++] = symbols[value]!;
  }
  if (origin >= length) throw new Bzip2Error("bzip2 data is corrupt (origin pointer past the block)");
  // Links of the inverse transform, in the high 24 bits next to each byte.
  const cumulative = new Int32Array(256);
  for (let i = 0; i < length; i++) cumulative[tt[i]! & 0xff]!++;
  for (let i = 0, sum = 0; i < 256; i++) {
    const count = cumulative[i]!;
    cumulative[i] = sum;
    sum += count;
  }
  for (let i = 0; i < length; i++) {
    const byte = tt[i]! & 0xff;
    tt[cumulative[byte]!] = (tt[cumulative[byte]!]! | (i << 8)) >>> 0;
    cumulative[byte]!++;
  }
  return { crc, tt, length, origin };
}

/** The block's bytes: the inverse transform, then the final run-length stage, in pieces. */
function* blockBytes(block: Block): Generator<Buffer> {
  const { tt, length } = block;
  let position = tt[block.origin]! >>> 8;
  let crc = 0xffffffff;
  let out = Buffer.allocUnsafe(PIECE);
  let used = 0;
  let previous = -1;
  let same = 0;
  const table = CRC_TABLE;
  for (let i = 0; i < length; i++) {
    const entry = tt[position]!;
    const byte = entry & 0xff;
    position = entry >>> 8;
    // The byte after four equal ones is how many more of them follow.
    const repeat = same === 4 ? byte : 1;
    const value = same === 4 ? previous : byte;
    if (same === 4) {
      same = 0;
      previous = -1;
    } else {
      same = byte === previous ? same + 1 : 1;
      previous = byte;
    }
    for (let k = 0; k < repeat; k++) {
      out[used++] = value;
      crc = ((crc << 8) ^ table[((crc >>> 24) ^ value) & 0xff]!) >>> 0;
      if (used === PIECE) {
        yield out;
        out = Buffer.allocUnsafe(PIECE);
        used = 0;
      }
    }
  }
  if (used > 0) yield out.subarray(0, used);
  if (~crc >>> 0 !== block.crc) throw new Bzip2Error("bzip2 data is corrupt (block checksum mismatch)");
}

/**
 * Decodes a bzip2 stream (or several, concatenated) read from `input`. `onOutput` is called
 * with the size of every piece before it is yielded; it may throw to stop decoding.
 */
export async function* decodeBzip2(
  input: AsyncIterable<Buffer | Uint8Array>,
  onOutput: (bytes: number) => void = () => {},
): AsyncGenerator<Buffer> {
  const source = input[Symbol.asyncIterator]();
  let buffer = Buffer.alloc(0);
  let ended = false;
  /** Bit position in `buffer` where the next unread field starts. */
  let bit = 0;
  const more = async (): Promise<boolean> => {
    if (ended) return false;
    const next = await source.next();
    if (next.done) {
      ended = true;
      return false;
    }
    // Drop what was read (whole bytes only) before appending; take what else is ready, so
    // that a block's megabyte is gathered in a few copies rather than one per chunk.
    const drop = bit >>> 3;
    const parts = [buffer.subarray(drop), Buffer.from(next.value)];
    bit -= drop * 8;
    let size = parts[1]!.length;
    while (size < 256 * 1024) {
      const extra = await source.next();
      if (extra.done) {
        ended = true;
        break;
      }
      parts.push(Buffer.from(extra.value));
      size += extra.value.length;
    }
    buffer = Buffer.concat(parts);
    return true;
  };
  /** Runs `read` on the buffered bits, fetching more input until it has what it needs. */
  const withInput = async <T>(read: (bits: BitReader) => T, limit: number): Promise<T> => {
    for (;;) {
      const bits = new BitReader(buffer, bit);
      try {
        const value = read(bits);
        bit = bits.position;
        return value;
      } catch (error) {
        if (error !== NEED_MORE) throw error;
        if (buffer.length - (bit >>> 3) > limit)
          throw new Bzip2Error("bzip2 data is corrupt (a block longer than any valid one)");
        if (!(await more())) throw new Bzip2Error("bzip2 data is truncated (unexpected end of file)");
      }
    }
  };

  let streams = 0;
  for (;;) {
    // A stream header, or the end: trailing input after a complete stream must be another one.
    while (buffer.length - (bit >>> 3) < 4 && (await more()));
    const rest = buffer.length - (bit >>> 3);
    if (rest === 0 && streams > 0) return;
    const head = buffer.subarray(bit >>> 3, (bit >>> 3) + 4);
    if (
      rest < 4 ||
      head[0] !== 0x42 ||
      head[1] !== 0x5a ||
      head[2] !== 0x68 ||
      head[3]! < 0x31 ||
      head[3]! > 0x39
    ) {
      if (streams > 0 && head.every((byte) => byte === 0)) return; // zero padding after the last stream
      throw new Bzip2Error(
        streams === 0 ? "not a bzip2 stream" : "bzip2 data is corrupt (garbage after a stream)",
      );
    }
    const maxBlock = (head[3]! - 0x30) * 100_000;
    bit += 32;
    streams++;
    for (;;) {
      const magic = await withInput((bits) => bits.read(48), 16);
      if (magic === END_MAGIC) {
        await withInput((bits) => bits.read(32), 16);
        // Streams end on a byte boundary.
        bit = Math.ceil(bit / 8) * 8;
        break;
      }
      if (magic !== BLOCK_MAGIC) throw new Bzip2Error("bzip2 data is corrupt (bad block header)");
      // Buffer what the largest block could need first, so that a block is decoded once.
      while (buffer.length - (bit >>> 3) < MAX_BLOCK_INPUT && (await more()));
      const block = await withInput((bits) => readBlock(bits, maxBlock), MAX_BLOCK_INPUT);
      for (const piece of blockBytes(block)) {
        onOutput(piece.length);
        yield piece;
      }
    }
  }
}
