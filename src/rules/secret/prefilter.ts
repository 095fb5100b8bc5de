/**
 * The prefilter: where, in raw bytes, does any family keyword start? Regexes then run only
 * at those places. It is the one part of the secret rule that touches every byte, so it is a
 * plain loop over the Buffer rather than a regex (an irregexp alternation of ~60 literals
 * runs at a few hundred MB/s; this loop at well over 1 GB/s).
 *
 * How: each keyword registers two adjacent byte pairs ("bigrams") at offsets j and j+1,
 * chosen to be rare in code. The loop looks up only the bigram at every EVEN absolute
 * offset in a 64 Ki-entry table: any keyword occurrence of 3+ bytes puts one of its two
 * registered bigrams at an even offset, so stepping by two misses none. A table hit is
 * checked byte by byte against the keyword where the bytes are at hand; a keyword that
 * straddles a chunk boundary is passed on unchecked and verified later on the text.
 *
 * Provider names are keywords too, and code spells them every way (`ADAFRUIT_TOKEN`,
 * `adafruitToken`, `ClickHouse`): a keyword may be caseless. The table is indexed by
 * case-folded bigrams, so a caseless keyword costs one entry, not one per spelling; the
 * byte check then compares folded bytes for caseless keywords and exact bytes for the rest.
 */

/** Byte → the byte with ASCII capitals folded to lowercase. */
const FOLD = new Uint8Array(256).map((_, byte) => (byte >= 65 && byte <= 90 ? byte + 32 : byte));

/** Letters by how common they are in English and code, most common first. */
const LETTER_FREQUENCY = "etaoinsrlcdhupmfgybwvkxjqz";

/**
 * A rough cost of a (folded) byte occurring in code: common letters, spaces and the
 * punctuation of identifiers are expensive; digits cheap.
 */
function byteCost(code: number): number {
  const char = String.fromCharCode(FOLD[code]!);
  const rank = LETTER_FREQUENCY.indexOf(char);
  if (rank >= 0) return 27 - rank;
  if (char === " ") return 30;
  if (char === "_" || char === "-" || char === '"') return 12;
  if (/[A-Z0-9]/.test(char)) return 3;
  return 6;
}

/** The offset j at which the bigrams (j, j+1) and (j+1, j+2) of `keyword` are rarest. */
function anchorOffset(keyword: string): number {
  const pair = (at: number) => byteCost(keyword.charCodeAt(at)) * byteCost(keyword.charCodeAt(at + 1));
  let best = 0;
  for (let j = 1; j + 2 < keyword.length; j++) {
    if (pair(j) + pair(j + 1) < pair(best) + pair(best + 1)) best = j;
  }
  return best;
}

/** Keyword indexes are packed with their bigram's offset (< 16) into one number. */
const OFFSET_BITS = 4;

/** Finds keyword starts in byte chunks. Keywords are ASCII, 3 to 16 bytes long. */
export class KeywordIndex {
  /** Per keyword: compared with case folded. */
  private readonly caseless: boolean[];
  /** Bigram → 1 + index of its first entry in `entries`, or 0 when no keyword uses it. */
  private readonly table = new Uint16Array(65536);
  /** Per bigram: how many entries follow in `entries`. */
  private readonly counts = new Uint8Array(65536);
  /** Packed (keyword index << OFFSET_BITS | offset of the bigram in the keyword). */
  private readonly entries: number[] = [];
  private readonly bytes: Uint8Array[];

  /** `caseless[i]`: keyword i matches in any case (its bytes are stored folded). */
  constructor(
    readonly keywords: readonly string[],
    caseless: readonly boolean[] = [],
  ) {
    this.caseless = keywords.map((_, index) => caseless[index] === true);
    this.bytes = keywords.map((keyword, index) => {
      if (keyword.length < 3 || keyword.length > 16 || !/^[\x20-\x7e]+$/.test(keyword)) {
        throw new Error(`secret keyword must be 3-16 printable ASCII chars: ${keyword}`);
      }
      return Buffer.from(this.caseless[index] ? keyword.toLowerCase() : keyword, "latin1");
    });
    const byBigram = new Map<number, number[]>();
    keywords.forEach((keyword, index) => {
      const anchor = anchorOffset(keyword);
      for (const offset of [anchor, anchor + 1]) {
        const bigram = (FOLD[keyword.charCodeAt(offset)]! << 8) | FOLD[keyword.charCodeAt(offset + 1)]!;
        byBigram.set(bigram, [...(byBigram.get(bigram) ?? []), (index << OFFSET_BITS) | offset]);
      }
    });
    for (const [bigram, list] of byBigram) {
      this.table[bigram] = this.entries.length + 1;
      this.counts[bigram] = list.length;
      this.entries.push(...list);
    }
  }

  /**
   * Appends to `hits` a (start, keyword index) pair per keyword found in `chunk`, which
   * begins at absolute offset `base`; `previous` is the byte before it (-1 at the start).
   * Starts are absolute and may lie before `base` (a keyword straddling the boundary).
   * Pairs are appended in order of the bigram that found them, so starts are sorted to
   * within a keyword's length.
   */
  scan(chunk: Uint8Array, base: number, previous: number, hits: number[]): void {
    const table = this.table;
    const fold = FOLD;
    const n = chunk.length;
    if (n === 0) return;
    // The bigram made of the previous chunk's last byte and this one's first.
    if (previous >= 0 && (base - 1) % 2 === 0) {
      const bigram = (fold[previous]! << 8) | fold[chunk[0]!]!;
      if (table[bigram] !== 0) this.collect(chunk, base, -1, bigram, hits);
    }
    for (let i = base % 2; i + 1 < n; i += 2) {
      const bigram = (fold[chunk[i]!]! << 8) | fold[chunk[i + 1]!]!;
      if (table[bigram] !== 0) this.collect(chunk, base, i, bigram, hits);
    }
  }

  private collect(chunk: Uint8Array, base: number, at: number, bigram: number, hits: number[]): void {
    const first = this.table[bigram]! - 1;
    const last = first + this.counts[bigram]!;
    for (let e = first; e < last; e++) {
      const packed = this.entries[e]!;
      const keyword = packed >>> OFFSET_BITS;
      const start = at - (packed & ((1 << OFFSET_BITS) - 1));
      if (base + start >= 0 && this.matchesAt(chunk, start, this.bytes[keyword]!, this.caseless[keyword]!))
        hits.push(base + start, keyword);
    }
  }

  /** False only when the bytes at hand contradict the keyword; bytes outside the chunk are checked later. */
  private matchesAt(chunk: Uint8Array, start: number, keyword: Uint8Array, caseless: boolean): boolean {
    const from = Math.max(0, start);
    const to = Math.min(chunk.length, start + keyword.length);
    if (caseless) {
      for (let at = from; at < to; at++) if (FOLD[chunk[at]!] !== keyword[at - start]) return false;
    } else {
      for (let at = from; at < to; at++) if (chunk[at] !== keyword[at - start]) return false;
    }
    return true;
  }
}
