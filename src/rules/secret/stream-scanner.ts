/**
 * Finds secrets in a stream of chunks with bounded memory. Each chunk is scanned together
 * with the tail of the previous one (OVERLAP chars), so a token split across two chunks is
 * still found whole; a match that ends where the text ends is deferred until more text
 * (or the end) shows whether it continues. Text is decoded as latin1: one byte, one char,
 * so offsets are byte offsets and no UTF-8 sequence is ever split.
 */
import {
  entropy,
  GENERIC_NAME,
  GENERIC_NAME_REACH,
  GENERIC_VALUE,
  isPlaceholder,
  SECRET_FAMILIES,
  type SecretFamily,
} from "./patterns.js";

/** Longer than any token we look for (JWTs are capped at ~5 KB by their regex; PEM headers are short). */
const OVERLAP = 8192;
/** Files with a NUL byte in their first bytes are binary: images, fonts, archives (scanned level by level). */
const BINARY_SNIFF = 8000;

export interface SecretMatch {
  family: SecretFamily | "generic";
  value: string;
  /** 1-based line of the match's start. */
  line: number;
}

export interface ScannerOptions {
  genericEntropy: number;
  /** Stop collecting after this many matches (they are still counted). */
  maxMatches: number;
}

export class SecretStreamScanner {
  private tail = "";
  /** Absolute offset of tail[0]. */
  private tailStart = 0;
  /** Newlines before tail[0]. */
  private linesBeforeTail = 0;
  /** Per family, the absolute end of the last reported match (to skip re-finds in the overlap). */
  private readonly reportedEnd = new Map<string, number>();
  private sniffed = false;
  binary = false;
  readonly matches: SecretMatch[] = [];
  total = 0;

  constructor(private readonly options: ScannerOptions) {}

  write(chunk: Buffer): void {
    if (!this.sniffed) {
      this.sniffed = true;
      if (chunk.subarray(0, BINARY_SNIFF).includes(0)) this.binary = true;
    }
    if (this.binary) return;
    const window = this.tail + chunk.toString("latin1");
    this.scan(window, false);
    const keep = Math.min(OVERLAP, window.length);
    const dropped = window.length - keep;
    this.linesBeforeTail += countNewlines(window, 0, dropped);
    this.tailStart += dropped;
    this.tail = window.slice(dropped);
  }

  end(): void {
    if (!this.binary) this.scan(this.tail, true);
  }

  private scan(window: string, final: boolean): void {
    const present = familiesIn(window);
    for (const family of SECRET_FAMILIES) {
      if (!present.has(family.id)) continue;
      this.run(
        family,
        family.regex,
        window,
        final,
        (value) => !isPlaceholder(value) && (family.validate?.(value, window) ?? true),
      );
    }
    this.run("generic", GENERIC_VALUE, window, final, (value, at) => {
      const before = window.slice(Math.max(0, at - GENERIC_NAME_REACH), at);
      return GENERIC_NAME.test(before) && this.genericLooksReal(value);
    });
  }

  private run(
    family: SecretFamily | "generic",
    regex: RegExp,
    window: string,
    final: boolean,
    accept: (value: string, at: number) => boolean,
  ): void {
    const id = family === "generic" ? "generic" : family.id;
    const done = this.reportedEnd.get(id) ?? -1;
    regex.lastIndex = 0;
    for (let match = regex.exec(window); match; match = regex.exec(window)) {
      const end = match.index + match[0].length;
      const absoluteEnd = this.tailStart + end;
      if (absoluteEnd <= done) continue; // found and reported in the previous window
      if (!final && end === window.length) continue; // may go on in the next chunk
      const value = match[1] ?? match[0];
      if (!accept(value, match.index)) continue;
      this.reportedEnd.set(id, absoluteEnd);
      this.total++;
      if (this.matches.length < this.options.maxMatches) {
        const line = this.linesBeforeTail + countNewlines(window, 0, match.index) + 1;
        this.matches.push({ family, value, line });
      }
    }
  }

  /** Generic assignments need a random-looking value: high entropy and mixed character classes. */
  private genericLooksReal(value: string): boolean {
    if (isPlaceholder(value) || /^(https?|file):/i.test(value)) return false;
    // A specific family will report a known token format better.
    if (SECRET_FAMILIES.some((family) => family.keywords.some((k) => value.startsWith(k)))) return false;
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
    return classes >= 2 && /[0-9]/.test(value) && entropy(value) >= this.options.genericEntropy;
  }
}

/**
 * The prefilter: one pass over the text finds every family keyword; only families whose
 * keyword occurs run their regex. One combined regex is several times faster than a
 * substring search per keyword.
 */
const KEYWORD_OWNERS = new Map<string, Set<string>>();
for (const family of SECRET_FAMILIES) {
  for (const keyword of family.keywords) {
    KEYWORD_OWNERS.set(keyword, (KEYWORD_OWNERS.get(keyword) ?? new Set()).add(family.id));
  }
}
const KEYWORDS = new RegExp(
  [...KEYWORD_OWNERS.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|"),
  "g",
);

function familiesIn(text: string): Set<string> {
  const present = new Set<string>();
  KEYWORDS.lastIndex = 0;
  for (let match = KEYWORDS.exec(text); match; match = KEYWORDS.exec(text)) {
    for (const owner of KEYWORD_OWNERS.get(match[0]) ?? []) present.add(owner);
  }
  return present;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf("\n", from); at !== -1 && at < to; at = text.indexOf("\n", at + 1)) count++;
  return count;
}
