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
 * Which pairs are rare comes from a table of pair frequencies measured on release-like text
 * (bigram-frequency.ts), not from guesses about letters.
 *
 * Provider names are keywords too, and code spells them several ways (`ADAFRUIT_TOKEN`,
 * `adafruitToken`, `AdafruitKey`, `clickHouse`): a caseless keyword is registered in each
 * spelling (lower, UPPER, Capitalized, and as written with its first letter either way)
 * rather than by folding case, which would turn rare capital pairs into common ones. Names
 * are made of common letter pairs, so most table hits are pairs a keyword shares with
 * ordinary text; a 2 MiB bit set of every 3-byte sequence in any keyword rejects those with
 * one more lookup before any byte is compared. (Measured on the bench's 100 MB tarball: a
 * separate index that looked only at word starts cost more than this, per byte.)
 */
import { BIGRAM_PPM, RARE_BELOW_PPM } from "./bigram-frequency.js";

/** Per byte pair, how often it occurs in release text (per million); unlisted pairs are rare. */
const PAIR_PPM = new Float64Array(65536).fill(RARE_BELOW_PPM / 2);
for (const [pair, ppm] of BIGRAM_PPM) PAIR_PPM[(pair.charCodeAt(0) << 8) | pair.charCodeAt(1)] = ppm;

/** How often the pair of `keyword` at `at` occurs in release text. */
function pairCost(keyword: string, at: number): number {
  return PAIR_PPM[(keyword.charCodeAt(at) << 8) | keyword.charCodeAt(at + 1)]!;
}

/** The offset j at which the pairs (j, j+1) and (j+1, j+2) of `keyword` are rarest together. */
function anchorOffset(keyword: string): number {
  let best = 0;
  for (let j = 1; j + 2 < keyword.length; j++) {
    if (
      pairCost(keyword, j) + pairCost(keyword, j + 1) <
      pairCost(keyword, best) + pairCost(keyword, best + 1)
    )
      best = j;
  }
  return best;
}

/** How often a keyword's anchor pairs occur together in release text (per million): its cost to the prefilter. */
export function anchorCost(keyword: string): number {
  const at = anchorOffset(keyword);
  return pairCost(keyword, at) + pairCost(keyword, at + 1);
}

/**
 * The trigram set is hashed into 256 Ki bits (32 KiB), small enough to stay in cache: a hash
 * collision only lets a table hit through to the byte compare, it never drops one.
 */
const TRIGRAM_BITS = 1 << 18;
function trigramHash(first: number, rest: number): number {
  return ((first << 10) ^ rest ^ (rest >>> 9)) & (TRIGRAM_BITS - 1);
}

/** How a 16-bit load orders two bytes on this machine. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Keyword indexes are packed with their bigram's offset (< 16) into one number. */
const OFFSET_BITS = 4;

/** Finds exact (case-sensitive) keyword starts in byte chunks. Keywords are ASCII, 3 to 16 bytes long. */
class ExactIndex {
  /** Bigram → 1 + index of its first entry in `entries`, or 0 when no keyword uses it. */
  private readonly table = new Uint16Array(65536);
  /** Per bigram: how many entries follow in `entries`. */
  private readonly counts = new Uint8Array(65536);
  /** Packed (keyword index << OFFSET_BITS | offset of the bigram in the keyword). */
  private readonly entries: number[] = [];
  private readonly bytes: Uint8Array[];
  /** One bit per 3-byte sequence that occurs in some keyword (2 MiB). */
  private readonly trigrams = new Uint8Array(TRIGRAM_BITS >>> 3);
  /** `table` by the pair as a 16-bit load of its two bytes reads it on this machine (see scan). */
  private readonly wordTable = new Uint8Array(65536);

  /** `ids[i]` is the number keyword i is reported as. */
  constructor(
    keywords: readonly string[],
    private readonly ids: readonly number[],
  ) {
    this.bytes = keywords.map((keyword) => Buffer.from(keyword, "latin1"));
    for (const bytes of this.bytes) {
      for (let at = 0; at + 2 < bytes.length; at++) {
        const trigram = trigramHash(bytes[at]!, (bytes[at + 1]! << 8) | bytes[at + 2]!);
        this.trigrams[trigram >>> 3]! |= 1 << (trigram & 7);
      }
    }
    const byBigram = new Map<number, number[]>();
    keywords.forEach((keyword, index) => {
      const anchor = anchorOffset(keyword);
      for (const offset of [anchor, anchor + 1]) {
        const bigram = (keyword.charCodeAt(offset) << 8) | keyword.charCodeAt(offset + 1);
        byBigram.set(bigram, [...(byBigram.get(bigram) ?? []), (index << OFFSET_BITS) | offset]);
      }
    });
    for (const [bigram, list] of byBigram) {
      this.wordTable[LITTLE_ENDIAN ? ((bigram & 0xff) << 8) | (bigram >>> 8) : bigram] = 1;
      this.table[bigram] = this.entries.length + 1;
      if (list.length > 255) throw new Error("more than 255 secret keywords share one byte pair");
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
    const n = chunk.length;
    if (n === 0) return;
    // The bigram made of the previous chunk's last byte and this one's first.
    if (previous >= 0 && (base - 1) % 2 === 0) {
      const bigram = (previous << 8) | chunk[0]!;
      if (table[bigram] !== 0) this.collect(chunk, base, -1, bigram, hits);
    }
    const first = base % 2;
    // The pairs at even absolute offsets are read two bytes at a time through a 16-bit view
    // when the chunk's memory allows one (an even address): one load per pair instead of two
    // loads and a shift. This loop touches every byte of a release: on aws-sdk's 100 MB,
    // 164 → 141 ms (most of what is left is the 5% of pairs some keyword registered).
    if (((chunk.byteOffset + first) & 1) === 0 && n - first >= 2) {
      const pairs = (n - first) >>> 1;
      const words = new Uint16Array(chunk.buffer, chunk.byteOffset + first, pairs);
      const wordTable = this.wordTable;
      for (let j = 0; j < pairs; j++) {
        if (wordTable[words[j]!] === 0) continue;
        this.tryPair(chunk, base, first + 2 * j, hits);
      }
      return;
    }
    for (let i = first; i + 1 < n; i += 2) {
      const bigram = (chunk[i]! << 8) | chunk[i + 1]!;
      if (table[bigram] === 0) continue;
      this.tryPair(chunk, base, i, hits);
    }
  }

  /** A pair at `i` that some keyword registered: the trigram test, then the byte compare. */
  private tryPair(chunk: Uint8Array, base: number, i: number, hits: number[]): void {
    const n = chunk.length;
    const bigram = (chunk[i]! << 8) | chunk[i + 1]!;
    // Most table hits are pairs a keyword shares with ordinary text: the byte before or
    // after must also continue a keyword (where the chunk has it) before bytes are compared.
    if (i > 0 && i + 2 < n) {
      const trigrams = this.trigrams;
      const before = trigramHash(chunk[i - 1]!, bigram);
      const after = trigramHash(chunk[i]!, (chunk[i + 1]! << 8) | chunk[i + 2]!);
      if (
        (trigrams[before >>> 3]! & (1 << (before & 7))) === 0 &&
        (trigrams[after >>> 3]! & (1 << (after & 7))) === 0
      )
        return;
    }
    this.collect(chunk, base, i, bigram, hits);
  }

  private collect(chunk: Uint8Array, base: number, at: number, bigram: number, hits: number[]): void {
    const first = this.table[bigram]! - 1;
    const last = first + this.counts[bigram]!;
    for (let e = first; e < last; e++) {
      const packed = this.entries[e]!;
      const keyword = packed >>> OFFSET_BITS;
      const start = at - (packed & ((1 << OFFSET_BITS) - 1));
      if (base + start >= 0 && this.matchesAt(chunk, start, this.bytes[keyword]!))
        hits.push(base + start, this.ids[keyword]!);
    }
  }

  /** False only when the bytes at hand contradict the keyword; bytes outside the chunk are checked later. */
  private matchesAt(chunk: Uint8Array, start: number, keyword: Uint8Array): boolean {
    const from = Math.max(0, start);
    const to = Math.min(chunk.length, start + keyword.length);
    for (let at = from; at < to; at++) if (chunk[at] !== keyword[at - start]) return false;
    return true;
  }
}

/**
 * The spellings of a caseless keyword's written forms: lower, UPPER, Capitalized, and each
 * form with its first letter either way (`ClickHouse`, `clickHouse`).
 */
export function keywordSpellings(forms: readonly string[]): string[] {
  const spellings = new Set<string>();
  for (const form of forms) {
    spellings.add(form.toLowerCase());
    spellings.add(form.toUpperCase());
    spellings.add(form[0]!.toUpperCase() + form.slice(1).toLowerCase());
    spellings.add(form);
    spellings.add(form[0]!.toLowerCase() + form.slice(1));
    spellings.add(form[0]!.toUpperCase() + form.slice(1));
  }
  return [...spellings];
}

/**
 * Finds keyword starts in byte chunks. Keywords are printable ASCII, 3 to 16 bytes long.
 */
export class KeywordIndex {
  private readonly exact: ExactIndex;

  /**
   * `caseless[i]`: keyword i is found in the spellings `spellings[i]` (default: every spelling
   * of the keyword as given, keywordSpellings) rather than exactly.
   */
  constructor(
    readonly keywords: readonly string[],
    caseless: readonly boolean[] = [],
    spellings: readonly (readonly string[] | undefined)[] = [],
  ) {
    for (const keyword of keywords) {
      if (keyword.length < 3 || keyword.length > 16 || !/^[\x20-\x7e]+$/.test(keyword)) {
        throw new Error(`secret keyword must be 3-16 printable ASCII chars: ${keyword}`);
      }
    }
    // Caseless keywords are looked for in the spellings code gives them: lower, UPPER,
    // Capitalized, and as written with its first letter either way (`ClickHouse`, `clickHouse`).
    const exactWords: string[] = [];
    const exactIds: number[] = [];
    keywords.forEach((keyword, index) => {
      const spelled =
        caseless[index] === true ? (spellings[index] ?? keywordSpellings([keyword])) : [keyword];
      for (const spelling of spelled) {
        exactWords.push(spelling);
        exactIds.push(index);
      }
    });
    this.exact = new ExactIndex(exactWords, exactIds);
  }

  /**
   * Appends to `hits` a (start, keyword index) pair per keyword found in `chunk`, which
   * begins at absolute offset `base`; `previous` is the byte before it (-1 at the start).
   * Starts are absolute and may lie before `base` (a keyword straddling the boundary), and
   * are not in order: the caller sorts what it judges.
   */
  scan(chunk: Uint8Array, base: number, previous: number, hits: number[]): void {
    this.exact.scan(chunk, base, previous, hits);
  }
}
