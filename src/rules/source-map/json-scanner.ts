/**
 * A push-based scanner for source map JSON that never holds the file, or any one
 * `sourcesContent` string, in memory.
 *
 * Decision (ADR 001, `docs/adr/001-hand-written-source-map-scanner.md`): hand-written, not a library.
 * - Only a few keys matter: `sources` (kept: short paths), `sourcesContent` (per element only
 *   "is it a string" and its length) and `version` / `file` / `sourceRoot`. Everything else
 *   (`mappings`, `names`, extensions) is skipped without being decoded.
 * - Speed: maps are the largest files a release carries (the incident's was 60 MB). String
 *   bodies are skipped with native `Buffer.indexOf` for `"` and `\`, and their length is
 *   counted with `isAscii` (SIMD) on the common all-ASCII run and four bytes at a time
 *   otherwise (core/utf8-units.ts); only bytes outside strings go through the per-byte state
 *   machine. Measured (Node 20, 64 KiB chunks) on a 59 MB map
 *   embedding 1,902 TypeScript files: ~400 MB/s for one cold pass including the file read,
 *   ~1 GB/s once warm. `jsonparse` (installed transitively) reads a 54 MB map at ~155 MB/s.
 * - Bounded memory: general streaming parsers build every string value (`jsonparse` keeps the
 *   whole `sourcesContent` array: 157 MB RSS on that map); `stream-json` is not a dependency.
 *   Here memory is the kept paths (capped in number and length) plus the nesting stack
 *   (capped): peak RSS is that of reading the file alone (~70 MB for the whole process).
 * Cost: we own a small tokenizer; a property test compares it with `JSON.parse` on random maps
 * under random chunking, and truncation/mutation tests check it reports `malformed`, never throws.
 *
 * Index maps (`sections: [{ offset, map: {...} }]`) are read too: each section's sources
 * are appended, so the summary covers every nested map.
 */
import { utf16UnitsOfUtf8 } from "../../core/utf8-units.js";

/** What leakgate learns from a source map. */
export interface SourceMapSummary {
  /** Top-level `version`, when it is a number. */
  version?: number;
  /** Top-level `file`. */
  file?: string;
  /** Top-level `sourceRoot` (index maps: see `sections`). */
  sourceRoot?: string;
  /** Entries of `sources` (null or non-string entries as ""), sections concatenated; at most MAX_KEPT_SOURCES. */
  sources: string[];
  /**
   * Per kept source: the length in characters (UTF-16 code units, like a JS string's `length`)
   * of its `sourcesContent` element, or -1 when that element is absent, null or not a string.
   */
  contentLengths: number[];
  /** How many sources the map names in all, including any beyond the kept ones. */
  sourceCount: number;
  /** How many `sourcesContent` elements are strings, in all. */
  embeddedCount: number;
  /** Bytes of JSON read (for an inline map: after decoding). */
  bytes: number;
  /** Index maps: where each section's sources start in `sources`, with that section's `sourceRoot`. */
  sections?: { firstSource: number; sourceRoot?: string }[];
  /**
   * False when the bytes are plainly not a source map: not a JSON object at all (a linker's
   * `.map` text), or a complete JSON object with none of `version`, `mappings`, `sources`, `sections`.
   */
  looksLikeSourceMap: boolean;
  /** Set when the bytes are not a well-formed JSON object (or are cut off): a short reason. */
  malformed?: string;
}

/** Strings we keep are short paths; anything longer is cut (hostile input cannot grow memory). */
const MAX_KEPT_STRING = 4096;
/** Paths kept per map; the rest are only counted. Real maps stay far below (the incident: 1,902). */
export const MAX_KEPT_SOURCES = 200_000;
/** Deeper nesting than this is not a source map (and would grow the stack without bound). */
const MAX_DEPTH = 512;
/** The longest number or keyword worth reading. */
const MAX_LITERAL = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LETTER_U = 0x75;
const SOURCE_MAP_KEYS = new Set(["version", "mappings", "sources", "sections"]);

type Role = "map" | "sources" | "content" | "sections" | "section" | "other";

interface Frame {
  kind: "object" | "array";
  role: Role;
  /** For objects: the key whose value comes next (undefined once the value was read). */
  key?: string | undefined;
  /**
   * For arrays: how many elements so far. For objects, where the current member stands:
   * 0 no key yet, 1 key read (a `:` must follow), 2 `:` read (the value may come).
   */
  count: number;
  /** Objects: a key must come next (start, or after `,`). Arrays: a `,` was read, an element must come. */
  expectKey: boolean;
  /** For maps: the index in `sources` of this map's first source (sections). */
  base: number;
  /** For section maps: the entry of `sections` to fill in. */
  section?: { firstSource: number; sourceRoot?: string };
}

/**
 * Feed it a source map's bytes in any chunking with `write`, then call `end` for the summary.
 * Never throws on bad input: problems end up in `summary.malformed`.
 */
export class SourceMapScanner {
  private readonly stack: Frame[] = [];
  private readonly summary: SourceMapSummary = {
    sources: [],
    contentLengths: [],
    sourceCount: 0,
    embeddedCount: 0,
    bytes: 0,
    looksLikeSourceMap: false,
  };
  private started = false;
  private finished = false;
  private sawMapKey = false;
  private error: string | undefined;
  /** Before the first value: skip a UTF-8 BOM and the `)]}'` line the spec allows against XSSI. */
  private preamble: "start" | "bom" | "xssi" | "done" = "start";
  private bomBytes = 0;

  // String state, kept across chunks.
  private inString = false;
  private escapePending = false;
  /** Whether the current string is a `sourcesContent` element whose length we count. */
  private counting = false;
  private units = 0;
  private keep: Buffer[] | undefined;
  private keptLength = 0;
  /** Offset of the next `\` in the current chunk at or after the scan position; -1: none left; -2: not searched. */
  private nextBackslash = -2;
  // Literal (number, true, false, null) state.
  private literal = "";

  /** Bytes written so far. */
  bytesSeen = 0;

  write(chunk: Buffer): void {
    this.bytesSeen += chunk.length;
    this.nextBackslash = -2; // not searched yet in this chunk
    if (this.error) return;
    let i = this.preamble === "done" ? 0 : this.skipPreamble(chunk);
    const n = chunk.length;
    while (i < n && !this.error) {
      if (this.inString) {
        i = this.continueString(chunk, i);
        continue;
      }
      const c = chunk[i]!;
      if (this.literal !== "" && !isLiteralByte(c)) this.endLiteral();
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
        i++;
        continue;
      }
      if (this.finished) {
        this.fail("data after the end of the JSON object");
        break;
      }
      switch (c) {
        case 0x7b: // {
          this.open("object");
          break;
        case 0x5b: // [
          this.open("array");
          break;
        case 0x7d: // }
          this.close("object");
          break;
        case 0x5d: // ]
          this.close("array");
          break;
        case 0x3a: // :
          this.colon();
          break;
        case 0x2c: // ,
          this.comma();
          break;
        case QUOTE:
          this.startString();
          break;
        default:
          if (!isLiteralByte(c)) this.fail(`unexpected byte 0x${c.toString(16)}`);
          else if (this.literal.length >= MAX_LITERAL) this.fail("a number or keyword that never ends");
          else this.literal += String.fromCharCode(c);
      }
      i++;
    }
  }

  end(): SourceMapSummary {
    if (!this.error && this.literal !== "") this.endLiteral();
    if (!this.error) {
      if (!this.started) this.fail("empty input");
      else if (this.inString || this.stack.length > 0) this.fail("cut off before the end of the JSON");
    }
    const summary = this.summary;
    summary.bytes = this.bytesSeen;
    if (this.error) summary.malformed = this.error;
    // `started` means the input opened an object. A cut-off or broken one still counts as a
    // map (it is worth a warning); a complete one must carry a source map's keys.
    summary.looksLikeSourceMap = this.started && (this.error !== undefined || this.sawMapKey);
    // Make the two arrays line up: sources without content get -1.
    const kept = Math.min(summary.sourceCount, MAX_KEPT_SOURCES);
    while (summary.sources.length < kept) summary.sources.push("");
    while (summary.contentLengths.length < kept) summary.contentLengths.push(-1);
    summary.contentLengths.length = kept;
    return summary;
  }

  private fail(reason: string): void {
    this.error ??= reason;
  }

  /** Returns where the JSON starts in `chunk` (after a BOM or an XSSI guard line). */
  private skipPreamble(chunk: Buffer): number {
    const BOM = [0xef, 0xbb, 0xbf];
    let i = 0;
    while (i < chunk.length) {
      const c = chunk[i]!;
      if (this.preamble === "start") {
        if (c === BOM[0]) this.preamble = "bom";
        else if (c === 0x29)
          this.preamble = "xssi"; // `)]}'` then a newline
        else {
          this.preamble = "done";
          return i;
        }
        this.bomBytes = 1;
        i++;
      } else if (this.preamble === "bom") {
        if (c !== BOM[this.bomBytes]) {
          this.fail(`unexpected byte 0x${c.toString(16)}`);
          return chunk.length;
        }
        i++;
        if (++this.bomBytes === 3) this.preamble = "start";
      } else if (this.preamble === "xssi") {
        const newline = chunk.indexOf(0x0a, i);
        if (newline === -1) return chunk.length;
        this.preamble = "done";
        return newline + 1;
      } else return i;
    }
    return i;
  }

  /** The role a new value gets from where it stands. */
  private roleOfNextValue(): Role {
    const top = this.stack.at(-1);
    if (!top) return "map";
    if (top.kind === "array") return top.role === "sections" ? "section" : "other";
    if (top.role === "map") {
      if (top.key === "sources") return "sources";
      if (top.key === "sourcesContent") return "content";
      if (top.key === "sections") return "sections";
    }
    if (top.role === "section" && top.key === "map") return "map";
    return "other";
  }

  /** Bookkeeping before any value (object, array, string, literal) is taken. */
  private beforeValue(): boolean {
    const top = this.stack.at(-1);
    if (!top) {
      if (this.started) {
        this.fail("data after the end of the JSON object");
        return false;
      }
      this.started = true;
      return true;
    }
    if (top.kind === "object") {
      if (top.expectKey || top.key === undefined) {
        this.fail("expected a key");
        return false;
      }
    } else if (top.count > 0 && !top.expectKey) {
      // Arrays use expectKey as "a comma came": two values in a row are an error.
      this.fail("expected ','");
      return false;
    }
    return true;
  }

  /** After a value: objects expect a comma, arrays count the element. */
  private afterValue(): void {
    const top = this.stack.at(-1);
    if (!top) return;
    if (top.kind === "object") top.key = undefined;
    else {
      top.count++;
      top.expectKey = false;
    }
  }

  private colon(): void {
    const top = this.stack.at(-1);
    if (!top || top.kind !== "object" || top.expectKey || top.key === undefined || top.count !== 1) {
      this.fail("unexpected ':'");
      return;
    }
    top.count = 2; // key read, colon read: the value may come
  }

  private comma(): void {
    const top = this.stack.at(-1);
    if (!top) {
      this.fail("unexpected ','");
      return;
    }
    if (top.kind === "object") {
      if (top.expectKey || top.key !== undefined) this.fail("unexpected ','");
      top.expectKey = true;
    } else {
      if (top.count === 0 || top.expectKey) this.fail("unexpected ','");
      top.expectKey = true;
    }
  }

  private open(kind: "object" | "array"): void {
    const top = this.stack.at(-1);
    if (!top && kind !== "object") {
      this.fail("a source map must be a JSON object");
      return;
    }
    if (top?.kind === "object" && top.count !== 2) {
      this.fail(top.expectKey ? "expected a key" : "expected ':'");
      return;
    }
    if (!this.beforeValue()) return;
    if (this.stack.length >= MAX_DEPTH) {
      this.fail("nested too deep");
      return;
    }
    let role = this.roleOfNextValue();
    // A key holding the wrong kind of value (`"sources": {}`) is not interpreted.
    const fits =
      role === "map" || role === "section" ? kind === "object" : role === "other" || kind === "array";
    if (!fits) role = "other";
    if (top?.kind === "array" && (top.role === "sources" || top.role === "content")) {
      this.arrayElement(top, -1, undefined); // an object or array where a string belongs
    }
    const frame: Frame = { kind, role, count: 0, expectKey: kind === "object", base: 0 };
    if (role === "map") {
      frame.base = this.summary.sourceCount;
      if (top) {
        frame.section = { firstSource: frame.base };
        this.summary.sections ??= [];
        this.summary.sections.push(frame.section);
      }
    }
    this.stack.push(frame);
  }

  private close(kind: "object" | "array"): void {
    const top = this.stack.at(-1);
    if (!top || top.kind !== kind) {
      this.fail(`unexpected '${kind === "object" ? "}" : "]"}'`);
      return;
    }
    // `{"a":}`, `{"a"}`, `[1,]` and `{"a":1,}` are all malformed.
    if (kind === "object" ? top.key !== undefined || (top.expectKey && top.count > 0) : top.expectKey) {
      this.fail(`unexpected '${kind === "object" ? "}" : "]"}'`);
      return;
    }
    this.stack.pop();
    if (this.stack.length === 0) this.finished = true;
    else this.afterValue();
  }

  private startString(): void {
    const top = this.stack.at(-1);
    if (!top) {
      this.fail("a source map must be a JSON object");
      return;
    }
    const isKey = top.kind === "object" && top.expectKey;
    if (isKey) {
      top.expectKey = false;
      top.count = 1; // a key, waiting for its colon
    } else {
      if (top.kind === "object" && top.count !== 2) {
        this.fail("expected ':'");
        return;
      }
      if (!this.beforeValue()) return;
    }
    this.inString = true;
    this.escapePending = false;
    this.units = 0;
    this.keptLength = 0;
    const element = !isKey && top.kind === "array" ? top.role : undefined;
    this.counting = element === "content";
    const keepValue =
      (element === "sources" && this.summary.sourceCount < MAX_KEPT_SOURCES) ||
      (!isKey &&
        top.kind === "object" &&
        top.role === "map" &&
        (top.key === "file" || top.key === "sourceRoot"));
    this.keep = isKey || keepValue ? [] : undefined;
  }

  /** Consumes string bytes from `start`; returns where scanning continues. */
  private continueString(chunk: Buffer, start: number): number {
    let i = start;
    if (this.escapePending) {
      // The byte after a backslash that ended the previous chunk.
      this.escapePending = false;
      if (this.counting) this.units -= chunk[i] === LETTER_U ? 5 : 1;
      i++;
    }
    let quote = chunk.indexOf(QUOTE, i);
    for (;;) {
      // Remember where the next backslash is: searching afresh for every short string would
      // rescan the rest of the chunk each time (quadratic on maps with few escapes).
      if (this.nextBackslash !== -1 && this.nextBackslash < i)
        this.nextBackslash = chunk.indexOf(BACKSLASH, i);
      const backslash = this.nextBackslash;
      if (backslash !== -1 && (quote === -1 || backslash < quote)) {
        if (backslash + 1 >= chunk.length) {
          this.escapePending = true;
          this.take(chunk, start, chunk.length);
          return chunk.length;
        }
        // `\uXXXX` is 6 bytes for 1 character, `\n` and friends 2 bytes for 1.
        if (this.counting) this.units -= chunk[backslash + 1] === LETTER_U ? 5 : 1;
        i = backslash + 2;
        if (quote !== -1 && quote < i) quote = chunk.indexOf(QUOTE, i);
        continue;
      }
      if (quote === -1) {
        this.take(chunk, start, chunk.length);
        return chunk.length;
      }
      let text: string | undefined;
      if (this.keep && this.keep.length === 0 && quote - start <= MAX_KEPT_STRING) {
        // The whole string is in this chunk (the usual case): decode it in place, no copies.
        if (this.counting) this.units += utf16UnitsOfUtf8(chunk, start, quote);
        text = decodeJsonString(chunk, start, quote);
      } else this.take(chunk, start, quote);
      this.inString = false;
      this.endString(text);
      return quote + 1;
    }
  }

  private take(chunk: Buffer, from: number, to: number): void {
    if (this.counting) this.units += utf16UnitsOfUtf8(chunk, from, to);
    if (this.keep && this.keptLength < MAX_KEPT_STRING) {
      const slice = chunk.subarray(from, Math.min(to, from + MAX_KEPT_STRING - this.keptLength));
      // Copy: the caller may reuse the chunk's memory.
      this.keep.push(Buffer.from(slice));
      this.keptLength += slice.length;
    }
  }

  /** `inPlace`: the string's text when it was decoded straight from the chunk. */
  private endString(inPlace: string | undefined): void {
    const top = this.stack.at(-1)!;
    let text = inPlace;
    if (text === undefined && this.keep) {
      const raw = Buffer.concat(this.keep);
      text = decodeJsonString(raw, 0, raw.length);
    }
    this.keep = undefined;
    if (top.kind === "object" && top.count === 1) {
      top.key = text ?? "";
      if (top.role === "map" && this.stack.length === 1 && SOURCE_MAP_KEYS.has(top.key))
        this.sawMapKey = true;
      return;
    }
    if (top.kind === "array" && (top.role === "sources" || top.role === "content")) {
      this.arrayElement(top, this.counting ? this.units : -1, text);
    } else if (top.kind === "object" && top.role === "map" && text !== undefined) {
      const topLevel = this.stack.length === 1;
      if (top.key === "file" && topLevel) this.summary.file = text;
      if (top.key === "sourceRoot") {
        if (topLevel) this.summary.sourceRoot = text;
        else if (top.section) top.section.sourceRoot = text;
      }
    }
    this.afterValue();
  }

  /** Records element `top.count` of `sources` or `sourcesContent` (length -1: not a string). */
  private arrayElement(top: Frame, length: number, text: string | undefined): void {
    const map = this.stack.at(-2)!;
    const index = map.base + top.count;
    const summary = this.summary;
    if (top.role === "sources") {
      summary.sourceCount = Math.max(summary.sourceCount, index + 1);
      if (index < MAX_KEPT_SOURCES) {
        while (summary.sources.length < index) summary.sources.push("");
        summary.sources[index] = text ?? "";
      }
    } else {
      if (length >= 0) summary.embeddedCount++;
      if (index < MAX_KEPT_SOURCES) {
        while (summary.contentLengths.length < index) summary.contentLengths.push(-1);
        summary.contentLengths[index] = length;
      }
    }
  }

  private endLiteral(): void {
    const literal = this.literal;
    this.literal = "";
    const top = this.stack.at(-1);
    if (!top) {
      this.fail(
        this.started ? "data after the end of the JSON object" : "a source map must be a JSON object",
      );
      return;
    }
    if (top.kind === "object" && top.count !== 2) {
      this.fail(top.expectKey ? "expected a key" : "expected ':'");
      return;
    }
    if (!this.beforeValue()) return;
    if (!/^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?)$/.test(literal)) {
      this.fail(`invalid value ${JSON.stringify(literal.slice(0, 20))}`);
      return;
    }
    if (top.kind === "array" && (top.role === "sources" || top.role === "content")) {
      this.arrayElement(top, -1, undefined);
    } else if (
      top.kind === "object" &&
      top.role === "map" &&
      top.key === "version" &&
      this.stack.length === 1
    ) {
      const version = Number(literal);
      if (Number.isFinite(version)) this.summary.version = version;
    }
    this.afterValue();
  }
}

function isLiteralByte(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) || // 0-9
    (c >= 0x61 && c <= 0x7a) || // a-z (true, false, null, e)
    c === 0x2d || // -
    c === 0x2b || // +
    c === 0x2e || // .
    c === 0x45 // E
  );
}

function decodeJsonString(raw: Buffer, from: number, to: number): string {
  const text = raw.toString("utf8", from, to);
  if (!text.includes("\\")) return text;
  try {
    return JSON.parse(`"${text}"`) as string;
  } catch {
    // A string cut at MAX_KEPT_STRING may end inside an escape; keep what reads.
    return text.replace(/\\(["\\/])/g, "$1");
  }
}

/** Convenience for whole buffers (tests, small inline maps). */
export function summariseSourceMap(data: Buffer | string): SourceMapSummary {
  const scanner = new SourceMapScanner();
  scanner.write(typeof data === "string" ? Buffer.from(data) : data);
  return scanner.end();
}

/** The `sourceRoot` that applies to source `index` (index maps carry one per section). */
export function sourceRootAt(summary: SourceMapSummary, index: number): string | undefined {
  if (!summary.sections) return summary.sourceRoot;
  let root: string | undefined;
  for (const section of summary.sections) {
    if (section.firstSource > index) break;
    root = section.sourceRoot;
  }
  return root;
}
