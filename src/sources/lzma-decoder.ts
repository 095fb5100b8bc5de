/**
 * LZMA and LZMA2 decoding, streamed: the codecs inside almost every .7z. Written here (after
 * Igor Pavlov's public-domain format description) because no npm decoder streams raw LZMA
 * with bounded memory and no native parts; xz-decompress, which the xz reader uses, only
 * accepts whole .xz files. See docs/adr/006-decompressors.md.
 *
 * Memory is the window (the smaller of the dictionary and the data's declared size, refused
 * beyond `maxWindow`), about 30 KiB of probabilities and one input chunk. Output comes in
 * pieces of at most 64 KiB, copied out of the window.
 *
 * Corrupt or truncated input throws LzmaError; a distance reaching before the start of the
 * data, a chunk that does not end where it says, or output beyond the declared size is
 * corruption, never silently accepted.
 */
import { ByteReader, TruncatedError } from "./byte-reader.js";

export class LzmaError extends Error {}
/** Valid data leakgate will not decode: its window would exceed the memory bound. */
export class LzmaUnsupported extends LzmaError {}

const PIECE = 64 * 1024;
/** More input than one symbol can consume (about 60 bits, one byte at most per bit). */
const SYMBOL_INPUT_MARGIN = 256;
const END_MARKER = 0xffff_ffff;
/** An end marker and the range coder's flush take at most this many bytes after the data. */
const TRAILER_BYTES = 64;

// Offsets of each probability model in one Uint16Array.
const STATES = 12;
const IS_MATCH = 0;
const IS_REP = IS_MATCH + STATES * 16;
const IS_REP_G0 = IS_REP + STATES;
const IS_REP_G1 = IS_REP_G0 + STATES;
const IS_REP_G2 = IS_REP_G1 + STATES;
const IS_REP0_LONG = IS_REP_G2 + STATES;
const POS_SLOT = IS_REP0_LONG + STATES * 16;
const SPEC_POS = POS_SLOT + 4 * 64;
const ALIGN = SPEC_POS + 115;
const LEN_CODER = ALIGN + 16;
/** A length coder: choice, choice 2, low[16][8], mid[16][8], high[256]. */
const LEN_CODER_SIZE = 2 + 128 + 128 + 256;
const REP_LEN_CODER = LEN_CODER + LEN_CODER_SIZE;
const LITERAL = REP_LEN_CODER + LEN_CODER_SIZE;

/** Why decode() returned. */
enum Stop {
  OutputLimit,
  NeedInput,
  EndMarker,
}

interface Properties {
  lc: number;
  lp: number;
  pb: number;
}

/** The decoder state shared by LZMA and LZMA2: window, models, range decoder. */
class LzmaCore {
  readonly window: Uint8Array;
  /** Next write position in the window. */
  pos = 0;
  /** Bytes in the window that matches may reach (saturates at its size). */
  filled = 0;
  /** Bytes decoded since the dictionary was last reset (position bits come from it). */
  processed = 0;
  private probs = new Uint16Array(0);
  private lc = 0;
  private lpMask = 0;
  private pbMask = 0;
  private state = 0;
  private rep0 = 0;
  private rep1 = 0;
  private rep2 = 0;
  private rep3 = 0;
  /** Bytes of the current match still to copy (the output limit fell inside it). */
  private pending = 0;

  // Range decoder.
  input: Uint8Array = new Uint8Array(0);
  inPos = 0;
  private range = 0;
  private code = 0;

  constructor(windowSize: number) {
    this.window = new Uint8Array(windowSize);
  }

  setProperties({ lc, lp, pb }: Properties): void {
    const size = LITERAL + (0x300 << (lc + lp));
    if (this.probs.length !== size) this.probs = new Uint16Array(size);
    this.lc = lc;
    this.lpMask = (1 << lp) - 1;
    this.pbMask = (1 << pb) - 1;
  }

  resetState(): void {
    this.probs.fill(1024);
    this.state = 0;
    this.rep0 = this.rep1 = this.rep2 = this.rep3 = 0;
    this.pending = 0;
  }

  resetDictionary(): void {
    this.filled = 0;
    this.processed = 0;
  }

  /** Starts the range decoder on `input` at `start` (the five bytes it begins with). */
  startRange(input: Uint8Array, start: number): void {
    if (input.length - start < 5) throw new LzmaError("LZMA data is truncated");
    if (input[start] !== 0) throw new LzmaError("LZMA data is corrupt (bad range coder start)");
    this.input = input;
    this.code =
      ((input[start + 1]! << 24) |
        (input[start + 2]! << 16) |
        (input[start + 3]! << 8) |
        input[start + 4]!) >>>
      0;
    this.range = 0xffff_ffff;
    this.inPos = start + 5;
    if (this.code === this.range) throw new LzmaError("LZMA data is corrupt (bad range coder start)");
  }

  /** Whether the range decoder ended cleanly (LZMA2 chunks must). */
  rangeFinished(): boolean {
    return this.code === 0;
  }

  /** Whether a match is still being copied. */
  get midMatch(): boolean {
    return this.pending > 0;
  }

  /** Copies stored bytes into the window (an LZMA2 uncompressed chunk). */
  putBytes(bytes: Uint8Array, start: number, end: number): void {
    this.window.set(bytes.subarray(start, end), this.pos);
    this.advance(end - start);
  }

  private advance(count: number): void {
    this.pos += count;
    this.processed += count;
    this.filled = Math.min(this.filled + count, this.window.length);
  }

  /**
   * Decodes until the window position reaches `outLimit`, the input position passes
   * `inputLimit` (ask for more input before going on), or an end marker.
   */
  decode(outLimit: number, inputLimit: number): Stop {
    const window = this.window;
    const size = window.length;
    if (this.pending > 0) this.copyMatch(outLimit);
    while (this.pos < outLimit) {
      if (this.inPos > inputLimit) return Stop.NeedInput;
      const posState = this.processed & this.pbMask;
      const state = this.state;
      if (this.bit(IS_MATCH + (state << 4) + posState) === 0) {
        this.literal(state);
        continue;
      }
      let length: number;
      if (this.bit(IS_REP + state) === 0) {
        length = this.length(LEN_CODER, posState);
        this.state = state < 7 ? 7 : 10;
        const distance = this.distance(length);
        if (distance === END_MARKER) return Stop.EndMarker;
        this.rep3 = this.rep2;
        this.rep2 = this.rep1;
        this.rep1 = this.rep0;
        this.rep0 = distance;
      } else {
        if (this.filled === 0) throw new LzmaError("LZMA data is corrupt (a repeat before any data)");
        if (this.bit(IS_REP_G0 + state) === 0) {
          if (this.bit(IS_REP0_LONG + (state << 4) + posState) === 0) {
            // A single byte from the last distance.
            this.state = state < 7 ? 9 : 11;
            let from = this.pos - this.rep0 - 1;
            if (from < 0) from += size;
            window[this.pos] = window[from]!;
            this.advance(1);
            continue;
          }
        } else {
          let distance: number;
          if (this.bit(IS_REP_G1 + state) === 0) {
            distance = this.rep1;
          } else {
            if (this.bit(IS_REP_G2 + state) === 0) {
              distance = this.rep2;
            } else {
              distance = this.rep3;
              this.rep3 = this.rep2;
            }
            this.rep2 = this.rep1;
          }
          this.rep1 = this.rep0;
          this.rep0 = distance;
        }
        length = this.length(REP_LEN_CODER, posState);
        this.state = state < 7 ? 8 : 11;
      }
      if (this.rep0 >= this.filled) {
        throw new LzmaError("LZMA data is corrupt (a match reaches before the start of the data)");
      }
      this.pending = length + 2;
      this.copyMatch(outLimit);
    }
    return Stop.OutputLimit;
  }

  private copyMatch(outLimit: number): void {
    const window = this.window;
    const count = Math.min(this.pending, outLimit - this.pos);
    let from = this.pos - this.rep0 - 1;
    if (from < 0) from += window.length;
    let to = this.pos;
    for (let i = 0; i < count; i++) {
      window[to++] = window[from++]!;
      if (from === window.length) from = 0;
    }
    this.pending -= count;
    this.advance(count);
  }

  private literal(state: number): void {
    const window = this.window;
    const previous = this.filled > 0 ? window[this.pos === 0 ? window.length - 1 : this.pos - 1]! : 0;
    const base =
      LITERAL + 0x300 * (((this.processed & this.lpMask) << this.lc) + (previous >>> (8 - this.lc)));
    let symbol = 1;
    if (state >= 7) {
      let from = this.pos - this.rep0 - 1;
      if (from < 0) from += window.length;
      let matchByte = window[from]!;
      do {
        const matchBit = (matchByte >>> 7) & 1;
        matchByte <<= 1;
        const bit = this.bit(base + ((1 + matchBit) << 8) + symbol);
        symbol = (symbol << 1) | bit;
        if (matchBit !== bit) break;
      } while (symbol < 0x100);
    }
    while (symbol < 0x100) symbol = (symbol << 1) | this.bit(base + symbol);
    window[this.pos] = symbol & 0xff;
    this.advance(1);
    this.state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
  }

  /** A match length minus 2 (0–271). */
  private length(coder: number, posState: number): number {
    if (this.bit(coder) === 0) return this.tree(coder + 2 + posState * 8, 3);
    if (this.bit(coder + 1) === 0) return 8 + this.tree(coder + 2 + 128 + posState * 8, 3);
    return 16 + this.tree(coder + 2 + 256, 8);
  }

  private distance(length: number): number {
    const slot = this.tree(POS_SLOT + Math.min(length, 3) * 64, 6);
    if (slot < 4) return slot;
    const directBits = (slot >>> 1) - 1;
    let distance = (2 | (slot & 1)) * 2 ** directBits;
    if (slot < 14) return distance + this.reverseTree(SPEC_POS + distance - slot, directBits);
    let direct = 0;
    for (let i = directBits - 4; i > 0; i--) {
      this.range >>>= 1;
      let bit = 0;
      if (this.code >= this.range) {
        this.code -= this.range;
        bit = 1;
      }
      direct = direct * 2 + bit;
      this.normalise();
    }
    distance += direct * 16 + this.reverseTree(ALIGN, 4);
    return distance;
  }

  private tree(base: number, bits: number): number {
    let m = 1;
    for (let i = 0; i < bits; i++) m = (m << 1) | this.bit(base + m);
    return m - (1 << bits);
  }

  private reverseTree(base: number, bits: number): number {
    let m = 1;
    let symbol = 0;
    for (let i = 0; i < bits; i++) {
      const bit = this.bit(base + m);
      m = (m << 1) | bit;
      symbol |= bit << i;
    }
    return symbol;
  }

  private bit(index: number): number {
    const probs = this.probs;
    const p = probs[index]!;
    // range < 2^32 and p < 2^11: the product stays an exact integer.
    const bound = (this.range >>> 11) * p;
    let bit: number;
    if (this.code < bound) {
      this.range = bound;
      probs[index] = p + ((2048 - p) >>> 5);
      bit = 0;
    } else {
      this.range -= bound;
      this.code -= bound;
      probs[index] = p - (p >>> 5);
      bit = 1;
    }
    this.normalise();
    return bit;
  }

  private normalise(): void {
    if (this.range < 0x100_0000) {
      if (this.inPos >= this.input.length) throw new LzmaError("LZMA data is truncated");
      this.range *= 256;
      this.code = this.code * 256 + this.input[this.inPos++]!;
    }
  }
}

/** Window size for a dictionary of `dictionary` bytes holding `size` bytes of data. */
function windowSize(dictionary: number, size: number | undefined, maxWindow: number): number {
  const needed = Math.max(4096, Math.min(dictionary, size ?? dictionary));
  if (needed > maxWindow) {
    throw new LzmaUnsupported(
      `LZMA dictionary of ${Math.ceil(dictionary / 1048576)} MiB is larger than the ${maxWindow / 1048576} MiB leakgate allows`,
    );
  }
  return needed;
}

function parseLc(byte: number): Properties {
  if (byte >= 9 * 5 * 5) throw new LzmaError("LZMA properties are invalid");
  return { lc: byte % 9, lp: Math.floor(byte / 9) % 5, pb: Math.floor(byte / 45) };
}

/** Copies what the last decode() call wrote, wrapping the window when it is full. */
function* drain(core: LzmaCore, from: number): Generator<Buffer> {
  if (core.pos > from) yield Buffer.from(core.window.subarray(from, core.pos));
  if (core.pos === core.window.length) core.pos = 0;
}

/**
 * Decodes raw LZMA (as a 7z coder stores it: five property bytes apart, no header) of
 * exactly `size` bytes. An end marker before that is truncation; bytes after are ignored,
 * as 7-Zip ignores them.
 */
export async function* decodeLzma(
  input: AsyncIterable<Uint8Array>,
  properties: Uint8Array,
  size: number,
  maxWindow: number,
): AsyncGenerator<Buffer> {
  if (properties.length < 5) throw new LzmaError("LZMA properties are invalid");
  const dictionary =
    (properties[1]! | (properties[2]! << 8) | (properties[3]! << 16) | (properties[4]! << 24)) >>> 0;
  const core = new LzmaCore(windowSize(dictionary, size, maxWindow));
  core.setProperties(parseLc(properties[0]!));
  core.resetState();
  const source = input[Symbol.asyncIterator]();
  let buffer = new Uint8Array(0);
  let ended = false;
  /** Appends the next input chunk(s) to what is unread; false at the end of the input. */
  const more = async (): Promise<boolean> => {
    if (ended) return false;
    const next = await source.next();
    if (next.done) {
      ended = true;
      return false;
    }
    const rest = buffer.subarray(core.inPos);
    buffer = Buffer.concat([rest, next.value]);
    core.input = buffer;
    core.inPos = 0;
    return true;
  };
  while (buffer.length < 5 && (await more()));
  core.startRange(buffer, 0);
  let left = size;
  while (left > 0) {
    const start = core.pos;
    const outLimit = Math.min(core.window.length, start + PIECE, start + left);
    const stop = core.decode(
      outLimit,
      ended ? Number.POSITIVE_INFINITY : buffer.length - SYMBOL_INPUT_MARGIN,
    );
    left -= core.pos - start;
    yield* drain(core, start);
    if (stop === Stop.EndMarker && left > 0) throw new LzmaError("LZMA data ends before its declared size");
    if (stop === Stop.NeedInput) await more();
  }
  // What follows the data: nothing, or an end marker and nothing. Anything else is bytes no
  // extractor shows (7-Zip calls it a data error).
  while (!ended && buffer.length - core.inPos <= TRAILER_BYTES) await more();
  const trailing = () => new LzmaError("LZMA data is corrupt (data after its declared size)");
  if (buffer.length - core.inPos > TRAILER_BYTES) throw trailing();
  if (core.inPos === buffer.length && core.rangeFinished()) return;
  if (core.decode(core.pos + 1, Number.POSITIVE_INFINITY) !== Stop.EndMarker) throw trailing();
  if (core.inPos !== buffer.length || !core.rangeFinished()) throw trailing();
}

/** The dictionary size an LZMA2 property byte stands for. */
export function lzma2Dictionary(byte: number): number {
  if (byte > 40) throw new LzmaError("LZMA2 properties are invalid");
  return byte === 40 ? 0xffff_ffff : (2 | (byte & 1)) * 2 ** (Math.floor(byte / 2) + 11);
}

/**
 * Decodes LZMA2 (a sequence of chunks, each stored or LZMA-compressed, ending with a zero
 * byte). `size`, when known, is checked against what the chunks hold.
 */
export async function* decodeLzma2(
  input: AsyncIterable<Uint8Array>,
  property: number,
  size: number | undefined,
  maxWindow: number,
): AsyncGenerator<Buffer> {
  const core = new LzmaCore(windowSize(lzma2Dictionary(property), size, maxWindow));
  const reader = new ByteReader(input as AsyncIterable<Buffer>);
  let total = 0;
  let needDictionaryReset = true;
  let needProperties = true;
  const read = async (length: number, what: string) => {
    try {
      return await reader.read(length, what);
    } catch (error) {
      if (error instanceof TruncatedError) throw new LzmaError("LZMA2 data is truncated");
      throw error;
    }
  };
  for (;;) {
    const control = (await read(1, "an LZMA2 chunk header"))[0]!;
    if (control === 0) {
      if (!(await reader.atEnd())) throw new LzmaError("LZMA2 data is corrupt (data after its end)");
      break;
    }
    if (control >= 0x03 && control < 0x80) throw new LzmaError("LZMA2 data is corrupt (bad chunk header)");
    const resetsDictionary = control === 0x01 || control >= 0xe0;
    if (needDictionaryReset && !resetsDictionary) {
      throw new LzmaError("LZMA2 data is corrupt (first chunk does not reset the dictionary)");
    }
    if (resetsDictionary) {
      core.resetDictionary();
      needDictionaryReset = false;
      // After a dictionary reset the next LZMA chunk must bring properties (as xz and 7-Zip require).
      needProperties = true;
    }
    let unpacked: number;
    let chunk: Buffer;
    let dataStart = 0;
    if (control < 0x80) {
      const header = await read(2, "an LZMA2 chunk header");
      unpacked = header.readUInt16BE(0) + 1;
      chunk = await read(unpacked, "an LZMA2 chunk");
    } else {
      const header = await read(4, "an LZMA2 chunk header");
      unpacked = (control & 0x1f) * 0x10000 + header.readUInt16BE(0) + 1;
      const packed = header.readUInt16BE(2) + 1;
      const reset = (control >>> 5) & 3;
      if (reset >= 2) {
        const properties = parseLc((await read(1, "LZMA2 properties"))[0]!);
        if (properties.lc + properties.lp > 4) throw new LzmaError("LZMA2 properties are invalid");
        core.setProperties(properties);
        needProperties = false;
      } else if (needProperties) {
        throw new LzmaError("LZMA2 data is corrupt (a chunk before any properties)");
      }
      if (reset >= 1) core.resetState();
      chunk = await read(packed, "an LZMA2 chunk");
      core.startRange(chunk, 0);
      dataStart = -1;
    }
    total += unpacked;
    if (size !== undefined && total > size)
      throw new LzmaError("LZMA2 data is longer than its declared size");
    let left = unpacked;
    while (left > 0) {
      const start = core.pos;
      const count = Math.min(core.window.length - start, PIECE, left);
      if (dataStart >= 0) {
        core.putBytes(chunk, dataStart, dataStart + count);
        dataStart += count;
      } else if (core.decode(start + count, Number.POSITIVE_INFINITY) === Stop.EndMarker) {
        throw new LzmaError("LZMA2 data is corrupt (an end marker inside a chunk)");
      }
      left -= count;
      yield* drain(core, start);
    }
    if (dataStart < 0 && (core.midMatch || core.inPos !== chunk.length || !core.rangeFinished())) {
      throw new LzmaError("LZMA2 data is corrupt (a chunk does not end where it says)");
    }
  }
  if (size !== undefined && total !== size) throw new LzmaError("LZMA2 data ends before its declared size");
}
