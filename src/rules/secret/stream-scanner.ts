/**
 * Finds secrets in a stream of chunks with bounded memory. Each chunk is scanned together
 * with the tail of the previous one (OVERLAP chars), so a token split across two chunks is
 * still found whole; a match that ends where the text ends is deferred until more text
 * (or the end) shows whether it continues. Text is decoded as latin1: one byte, one char,
 * so offsets are byte offsets and no UTF-8 sequence is ever split.
 */
import {
  entropy,
  GENERIC_ASSIGNMENT,
  GENERIC_KEYWORDS,
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
    for (const family of SECRET_FAMILIES) {
      if (!family.keywords.some((keyword) => window.includes(keyword))) continue;
      this.run(
        family,
        family.regex,
        window,
        final,
        (value) => !isPlaceholder(value) && (family.validate?.(value, window) ?? true),
      );
    }
    if (GENERIC_KEYWORDS.test(window)) {
      this.run("generic", GENERIC_ASSIGNMENT, window, final, (value) => this.genericLooksReal(value));
    }
  }

  private run(
    family: SecretFamily | "generic",
    regex: RegExp,
    window: string,
    final: boolean,
    accept: (value: string) => boolean,
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
      if (!accept(value)) continue;
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

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf("\n", from); at !== -1 && at < to; at = text.indexOf("\n", at + 1)) count++;
  return count;
}
