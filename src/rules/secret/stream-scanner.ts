/**
 * Finds secrets in a stream of chunks with bounded memory.
 *
 * Text is decoded as latin1 (one byte, one char: offsets are byte offsets, no UTF-8
 * sequence is ever split, any byte sequence decodes). The prefilter finds keyword starts
 * in every chunk's bytes, including keywords straddling two chunks. A keyword is judged
 * (the family's regex tried at exactly that offset, then the validators) once the text
 * holds HORIZON chars past it, so that the longest possible match and the context after it
 * are there whatever the chunking; at the end of the entry everything left is judged.
 * Between chunks the last OVERLAP chars are kept, which leaves CONTEXT_CHARS of text before
 * every keyword still to be judged. Each keyword start is judged exactly once, so nothing
 * is reported twice; and since judging looks at the same text whatever the chunk sizes,
 * the result does not depend on them (the tests check that at every split offset).
 *
 * Small chunks are batched (BATCH) so a file fed byte by byte costs no more than one fed
 * in 64 KiB pieces.
 */

import type { Severity } from "../../core/model.js";
import { ownString } from "../../core/own-string.js";
import { type ContentKind, contentKind, SNIFF_BYTES } from "./content-kind.js";
import { followedByBinding } from "./define.js";
import {
  CONTEXT_CHARS,
  type FamilyKind,
  type MatchContext,
  matchValue,
  type SecretFamily,
} from "./family.js";
import { MAX_MATCH_LENGTH, SECRET_FAMILIES } from "./patterns.js";
import { isDocumentationExample, isPlaceholder } from "./placeholder.js";
import { KeywordIndex, keywordSpellings } from "./prefilter.js";
import { countNewlines, identifierStart } from "./text.js";

/** Text that must follow a keyword before it is judged: the longest match and its context. */
export const HORIZON = MAX_MATCH_LENGTH + CONTEXT_CHARS;
/** Text kept between chunks: the horizon plus the context before a keyword still to judge. */
export const OVERLAP = HORIZON + CONTEXT_CHARS + 16;
/** Chunks are collected until this many bytes are waiting (or the entry ends). */
export const BATCH = 32 * 1024;

/** Keyword → the families whose matches start with it. A caseless keyword is its own entry. */
const KEYWORDS: string[] = [];
const CASELESS: boolean[] = [];
/** Per caseless keyword, every way families write it (`hubspot`, `HubSpot`). */
const FORMS: string[][] = [];
const OWNERS: SecretFamily[][] = [];
const keywordKeys: string[] = [];
function keywordIndex(keyword: string, caseless: boolean): number {
  const key = caseless ? `i:${keyword.toLowerCase()}` : `=:${keyword}`;
  let index = keywordKeys.indexOf(key);
  if (index === -1) {
    index = keywordKeys.push(key) - 1;
    KEYWORDS.push(keyword);
    CASELESS.push(caseless);
    FORMS.push([]);
    OWNERS.push([]);
  }
  if (caseless && !FORMS[index]!.includes(keyword)) FORMS[index]!.push(keyword);
  return index;
}
for (const family of SECRET_FAMILIES) {
  for (const keyword of family.keywords) {
    const index = keywordIndex(keyword, family.caseless === true);
    if (!OWNERS[index]!.includes(family)) OWNERS[index]!.push(family);
  }
}

/**
 * Provider names (keyed families) in lowercase are made of the commonest letter pairs of
 * text, and looking for them at every byte would cost more than all other keywords together.
 * So the prefilter looks for a provider name only in its rarer spellings (UPPER_CASE, and
 * written forms with an inner capital: `ClickHouse`), and otherwise finds it backwards: from
 * a credential word in the same identifier (`adafruit_token`, `adafruitApiKey`,
 * `sentryKey`), found by the prefilter, the identifier is searched for a provider name at
 * each of its word starts. A provider name bound with no credential word in lowercase
 * (`sentry: "…"`) is not found; gitleaks' samples and real configs name the credential.
 */
const KEYED = KEYWORDS.map(
  (_, index) => OWNERS[index]!.length > 0 && OWNERS[index]!.every((family) => family.providerNames === true),
);
const SPELLINGS = KEYWORDS.map((_, index) => {
  if (!CASELESS[index]) return undefined;
  const all = keywordSpellings(FORMS[index]!);
  return KEYED[index]
    ? all.filter((spelling) => /[A-Z]/.test(spelling.slice(1)) || !/[a-z]/.test(spelling))
    : all;
});
/** Words that name a credential: a hit on one searches its identifier for a provider name. */
const TRIGGER_WORDS = ["Key", "_key", "-key", "ClientId", "CLIENT_ID"];
const TRIGGERS = new Set<number>();
for (const [index, owners] of OWNERS.entries())
  if (owners.some((f) => f.kind === "generic")) TRIGGERS.add(index);
for (const word of TRIGGER_WORDS) TRIGGERS.add(keywordIndex(word, false));
/** First three letters (lowercase) of a provider name → the names and their keyword indexes. */
const PROVIDER_NAMES = new Map<string, Array<{ name: string; keyword: number }>>();
for (const [index, keyed] of KEYED.entries()) {
  if (!keyed) continue;
  const name = KEYWORDS[index]!.toLowerCase();
  const list = PROVIDER_NAMES.get(name.slice(0, 3)) ?? [];
  list.push({ name, keyword: index });
  PROVIDER_NAMES.set(name.slice(0, 3), list);
}
const INDEX = new KeywordIndex(KEYWORDS, CASELESS, SPELLINGS);
const LOWER_KEYWORDS = KEYWORDS.map((keyword) => keyword.toLowerCase());

/** Every byte string the prefilter looks for (for the test that keeps its table sparse). */
export const PREFILTER_SPELLINGS: readonly string[] = [
  ...new Set(KEYWORDS.flatMap((keyword, index) => (CASELESS[index] ? SPELLINGS[index]! : [keyword]))),
];

const isLower = (code: number) => code >= 97 && code <= 122;
const isUpper = (code: number) => code >= 65 && code <= 90;
/** The three chars at `at`, lowercase (the key of PROVIDER_NAMES). */
function lowerKey(text: string, at: number): string {
  return text.slice(at, at + 3).toLowerCase();
}

/** Per family: a sticky copy of its regex (tried at one offset) and a global one (searched). */
const STICKY = new Map(
  SECRET_FAMILIES.map((f) => [f, new RegExp(f.regex.source, `${f.regex.flags.replace("g", "")}y`)]),
);
const SEARCH = new Map(SECRET_FAMILIES.map((f) => [f, new RegExp(f.regex.source, f.regex.flags)]));
const SPECIFIC = SECRET_FAMILIES.filter((family) => (family.kind ?? "token") === "token");
/** The order families are judged in: a value is reported by the first kind that finds it. */
const KIND_ORDER: FamilyKind[] = ["token", "keyed", "generic"];

export interface SecretMatch {
  family: SecretFamily;
  /** The raw value: hand it to nothing but the redactor, the digest and `onSecret`. */
  value: string;
  /** 1-based line of the match's start. */
  line: number;
  /** The family's severity, or lower when the family graded this match down. */
  severity: Severity;
  /** Why the severity is lower than the family's. */
  gradeReason?: string;
}

export interface ScannerOptions {
  /** Minimum entropy (bits/char) for generic assignments. */
  entropyThreshold: number;
  /** Stop collecting after this many matches (the rest are still counted in `total`). */
  maxMatches: number;
  /** The entry's path: a known text extension is scanned as text whatever its bytes. */
  path?: string;
  /** Called with every accepted value as soon as it is found, collected or not (for log masking). */
  onValue?: (value: string) => void;
  /** Bytes collected before text is searched (default BATCH; tests use 1 to search at every chunk). */
  batchBytes?: number | undefined;
}

export class SecretStreamScanner {
  /** Text kept from earlier chunks (at most OVERLAP chars), starting at absolute `tailStart`. */
  private tail = "";
  private tailStart = 0;
  /** Newlines before `tailStart`. */
  private linesBeforeTail = 0;
  /** Decoded chunks not yet added to the window. */
  private pending: string[] = [];
  private pendingBytes = 0;
  /** Absolute offset of the next byte to arrive, and the byte before it (-1 at the start). */
  private received = 0;
  private previousByte = -1;
  /** (absolute start, keyword index) pairs not judged yet. */
  private hits: number[] = [];
  private kind: ContentKind | "unknown" = "unknown";
  /** Per family, the absolute end of its last match (one match found from two keywords counts once). */
  private readonly lastEnd = new Map<SecretFamily, number>();
  /** [start, end) of recent specific matches: a generic assignment of the same value is not reported again. */
  private specificRanges: number[] = [];
  /** The first `maxMatches` matches, in the order they were judged. */
  readonly matches: SecretMatch[] = [];
  /** Every accepted match, collected or not. */
  total = 0;

  constructor(private readonly options: ScannerOptions) {}

  /** Whether the content was judged binary (only high-confidence formats are searched then). */
  get binary(): boolean {
    return this.kind === "binary";
  }

  /** Whether the content is an archive (not searched: the engine opens it, or it is compressed). */
  get archive(): boolean {
    return this.kind === "archive";
  }

  write(chunk: Buffer): void {
    if (chunk.length === 0 || this.kind === "archive") return;
    INDEX.scan(chunk, this.received, this.previousByte, this.hits);
    this.received += chunk.length;
    this.previousByte = chunk[chunk.length - 1]!;
    this.pending.push(chunk.toString("latin1"));
    this.pendingBytes += chunk.length;
    // Nothing is judged before the start of the file has been sniffed.
    const sniffed = this.kind !== "unknown" || this.received >= SNIFF_BYTES;
    if (sniffed && this.pendingBytes >= (this.options.batchBytes ?? BATCH)) this.flush(false);
  }

  end(): void {
    this.flush(true);
  }

  private flush(final: boolean): void {
    const window = this.tail + this.pending.join("");
    this.pending = [];
    this.pendingBytes = 0;
    // The first flush sees the start of the file.
    if (this.kind === "unknown") this.kind = contentKind(window, this.options.path);
    if (this.kind === "archive") {
      this.tail = "";
      this.hits = [];
      return;
    }
    this.judge(window, final ? Number.POSITIVE_INFINITY : this.received - HORIZON);
    if (final) return;
    const drop = Math.max(0, window.length - OVERLAP);
    this.linesBeforeTail += countNewlines(window, 0, drop);
    this.tailStart += drop;
    this.tail = window.slice(drop);
    // Ranges that end before the kept text cannot overlap anything still to come.
    const kept: number[] = [];
    for (let i = 0; i < this.specificRanges.length; i += 2) {
      if (this.specificRanges[i + 1]! > this.tailStart)
        kept.push(this.specificRanges[i]!, this.specificRanges[i + 1]!);
    }
    this.specificRanges = kept;
  }

  /** Judges every keyword that starts before `limit` (absolute); keeps the others for later. */
  private judge(window: string, limit: number): void {
    const ready: Array<[start: number, keyword: number]> = [];
    const later: number[] = [];
    for (let i = 0; i < this.hits.length; i += 2) {
      const start = this.hits[i]!;
      if (start < limit) ready.push([start, this.hits[i + 1]!]);
      else later.push(start, this.hits[i + 1]!);
    }
    this.hits = later;
    if (ready.length === 0) return;
    this.addProviderNames(window, ready);
    ready.sort((a, b) => a[0] - b[0]);
    // Formats of their own first, so that an assignment of the same value is recognised as such.
    for (const kind of KIND_ORDER) {
      for (const [start, keyword] of ready) {
        for (const family of OWNERS[keyword]!) {
          if ((family.kind ?? "token") === kind) this.tryAt(window, start, keyword, family);
        }
      }
    }
  }

  /**
   * For every credential word among the hits, the provider names at word starts of the same
   * identifier, before the word (see TRIGGERS). They are judged like prefilter hits.
   */
  private addProviderNames(window: string, ready: Array<[start: number, keyword: number]>): void {
    let seen: Set<string> | undefined;
    const count = ready.length;
    for (let r = 0; r < count; r++) {
      const [start, keyword] = ready[r]!;
      if (!TRIGGERS.has(keyword)) continue;
      const end = start - this.tailStart;
      // A provider's name found here is judged only where a binding follows the identifier
      // (keyed families' mayStartAt): where none does, the walk back finds nothing to judge.
      if (!followedByBinding(window, end)) continue;
      const from = identifierStart(window, end);
      for (let at = from; at + 3 <= end; at++) {
        const here = window.charCodeAt(at);
        const before = at > from ? window.charCodeAt(at - 1) : 0;
        // A word starts the identifier, follows `_`, `-` or `.`, or is a camelCase capital.
        const wordStart =
          at === from ||
          before === 95 ||
          before === 45 ||
          before === 46 ||
          (isLower(before) && isUpper(here));
        if (!wordStart) continue;
        const names = PROVIDER_NAMES.get(lowerKey(window, at));
        if (names === undefined) continue;
        for (const { name, keyword: named } of names) {
          if (window.slice(at, at + name.length).toLowerCase() !== name) continue;
          const absolute = at + this.tailStart;
          seen ??= new Set(ready.map(([s, k]) => `${s}:${k}`));
          if (seen.has(`${absolute}:${named}`)) continue;
          seen.add(`${absolute}:${named}`);
          ready.push([absolute, named]);
        }
      }
    }
  }

  private tryAt(window: string, start: number, keyword: number, family: SecretFamily): void {
    if (family.textOnly && this.kind === "binary") return;
    const at = start - this.tailStart;
    if (at < 0 || !startsWithKeyword(window, at, keyword)) return;
    if (family.mayStartAt && !family.mayStartAt(window, at)) return;
    const regex = STICKY.get(family)!;
    regex.lastIndex = at;
    const match = regex.exec(window);
    if (!match) return;
    const end = start + match[0].length;
    if (end <= (this.lastEnd.get(family) ?? -1)) return;
    const value = matchValue(match);
    // The public prefix is not judged: `AAAA…` starts every X bearer token.
    if (isPlaceholder(value.slice(family.prefixLength))) return;
    const context: MatchContext = {
      before: window.slice(Math.max(0, at - CONTEXT_CHARS), at),
      after: window.slice(at + match[0].length, at + match[0].length + CONTEXT_CHARS),
      entropyThreshold: this.options.entropyThreshold,
      match: match[0],
    };
    if (isDocumentationExample(context.before)) return;
    if (family.validate && !family.validate(value, context)) return;
    const kind = family.kind ?? "token";
    if (kind !== "token" && (this.overlapsSpecific(start, end) || containsSpecific(value))) return;
    this.lastEnd.set(family, end);
    if (kind !== "generic") this.specificRanges.push(start, end);
    const grade = family.grade?.(value, context);
    this.total++;
    // A slice would keep the whole window alive for as long as the value lives.
    const copy = ownString(value);
    this.options.onValue?.(copy);
    if (this.matches.length < this.options.maxMatches) {
      const line = this.linesBeforeTail + countNewlines(window, 0, at) + 1;
      this.matches.push({
        family,
        value: copy,
        line,
        severity: grade?.severity ?? family.severity,
        ...(grade ? { gradeReason: grade.reason } : {}),
      });
    }
  }

  private overlapsSpecific(start: number, end: number): boolean {
    for (let i = 0; i < this.specificRanges.length; i += 2) {
      if (start < this.specificRanges[i + 1]! && this.specificRanges[i]! < end) return true;
    }
    return false;
  }
}

/** Whether a generic value is itself a known format (reported as that, not as an assignment). */
function containsSpecific(value: string): boolean {
  for (const family of SPECIFIC) {
    if (!family.keywords.some((keyword) => value.includes(keyword))) continue;
    const regex = SEARCH.get(family)!;
    regex.lastIndex = 0;
    if (regex.test(value)) return true;
  }
  return false;
}

/** Whether the text at `at` is keyword `keyword` (in any case for a caseless one). */
function startsWithKeyword(window: string, at: number, keyword: number): boolean {
  const text = KEYWORDS[keyword]!;
  if (!CASELESS[keyword]) return window.startsWith(text, at);
  return window.slice(at, at + text.length).toLowerCase() === LOWER_KEYWORDS[keyword];
}
