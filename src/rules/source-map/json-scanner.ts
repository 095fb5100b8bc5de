/**
 * A push-based scanner for source map JSON that never holds the file, or any one
 * `sourcesContent` string, in memory.
 *
 * Why not a library: a source map is one of the largest files a release carries (the
 * incident's was 60 MB) and leakgate only needs three top-level keys: `sources` (kept,
 * they are short paths), `sourcesContent` (only whether each element is a string, and its
 * length) and `sourceRoot`. General streaming JSON parsers emit a token per value and decode
 * every string; this scanner skips string bodies with native `indexOf` and decodes only the
 * few strings it keeps, which makes it run at memory-copy speed with constant memory.
 * Index maps (`sections: [{ map: {...} }]`) are handled: each section's map is summarised.
 */

/** What leakgate learns from a source map. */
export interface SourceMapSummary {
  version?: number;
  file?: string;
  sourceRoot?: string;
  /** Every entry of `sources` (null entries as ""), sections concatenated. */
  sources: string[];
  /** Per index of `sources`: length in bytes of the embedded content as written (JSON-escaped), or -1 when absent or null. */
  contentLengths: number[];
  /** Number of non-null `sourcesContent` strings. */
  embeddedCount: number;
  /** Set when the bytes are not a well-formed JSON object (or are cut off). */
  malformed?: string;
}

/** Strings we keep are short paths; anything longer is cut (hostile input cannot grow memory). */
const MAX_KEPT_STRING = 4096;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

type Role = "map" | "sources" | "content" | "sections" | "section" | "other";

interface Frame {
  kind: "object" | "array";
  role: Role;
  /** For objects: the key whose value comes next. */
  key?: string;
  /** For arrays: how many elements so far. */
  count: number;
  /** For objects: whether a key (true) or a value (false) is expected. */
  expectKey: boolean;
}

export class SourceMapScanner {
  private readonly stack: Frame[] = [];
  private readonly summary: SourceMapSummary = { sources: [], contentLengths: [], embeddedCount: 0 };
  /** Section offsets: where each section's sources start in `sources`. */
  private sectionBase = 0;
  private contentBase = 0;
  private started = false;
  private finished = false;
  private error: string | undefined;

  // String state, kept across chunks.
  private inString = false;
  private escapePending = false;
  private stringLength = 0;
  private keep: Buffer[] | undefined;
  private keptLength = 0;
  // Literal (number, true, false, null) state.
  private literal = "";

  /** Bytes written so far. */
  bytesSeen = 0;

  write(chunk: Buffer): void {
    this.bytesSeen += chunk.length;
    if (this.error) return;
    let i = 0;
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
        case 0x5d: // ]
          this.close(c === 0x7d ? "object" : "array");
          break;
        case 0x3a: {
          // :
          const top = this.stack.at(-1);
          if (!top || top.kind !== "object" || top.key === undefined || top.expectKey)
            this.fail("unexpected ':'");
          break;
        }
        case 0x2c: {
          // ,
          const top = this.stack.at(-1);
          if (!top) this.fail("unexpected ','");
          else if (top.kind === "object") top.expectKey = true;
          break;
        }
        case QUOTE:
          this.startString();
          break;
        default:
          if (isLiteralByte(c)) this.literal += String.fromCharCode(c);
          else this.fail(`unexpected byte 0x${c.toString(16)}`);
      }
      i++;
    }
  }

  end(): SourceMapSummary {
    if (this.literal !== "") this.endLiteral();
    if (!this.error) {
      if (!this.started) this.fail("empty input");
      else if (this.inString || this.stack.length > 0) this.fail("cut off before the end of the JSON");
    }
    if (this.error) this.summary.malformed = this.error;
    // Make the two arrays line up: sources without content get -1.
    while (this.summary.contentLengths.length < this.summary.sources.length)
      this.summary.contentLengths.push(-1);
    this.summary.contentLengths.length = this.summary.sources.length;
    return this.summary;
  }

  private fail(reason: string): void {
    this.error ??= reason;
  }

  /** The role a new value gets from where it stands. */
  private roleOfNextValue(): Role {
    const top = this.stack.at(-1);
    if (!top) return "map";
    if (top.kind === "array") {
      if (top.role === "sections") return "section";
      return "other";
    }
    if (top.role === "map") {
      if (top.key === "sources") return "sources";
      if (top.key === "sourcesContent") return "content";
      if (top.key === "sections") return "sections";
    }
    if (top.role === "section" && top.key === "map") return "map";
    return "other";
  }

  private beforeValue(): void {
    const top = this.stack.at(-1);
    if (!top) {
      this.started = true;
      return;
    }
    if (top.kind === "object") {
      if (top.expectKey) this.fail("expected a key");
      top.key = undefined;
    } else top.count++;
  }

  private open(kind: "object" | "array"): void {
    const role = this.roleOfNextValue();
    const top = this.stack.at(-1);
    if (!top && kind !== "object") {
      this.fail("a source map must be a JSON object");
      return;
    }
    if (top?.kind === "array" && (top.role === "sources" || top.role === "content")) {
      this.arrayElement(top, -1, undefined);
    }
    this.beforeValue();
    if (role === "map" && this.stack.length > 0) {
      // A section's map: its indexes start after the sources seen so far.
      this.sectionBase = this.summary.sources.length;
      this.contentBase = this.sectionBase;
    }
    // A key holding the wrong kind of value (`"sources": {}`) is not interpreted.
    const fits =
      role === "map" || role === "section" ? kind === "object" : role === "other" || kind === "array";
    this.stack.push({ kind, role: fits ? role : "other", count: 0, expectKey: kind === "object" });
  }

  private close(kind: "object" | "array"): void {
    const top = this.stack.pop();
    if (!top || top.kind !== kind) {
      this.fail(`unexpected '${kind === "object" ? "}" : "]"}'`);
      return;
    }
    if (top.role === "map") {
      // Pad content so the next section's indexes line up.
      const target = this.summary.sources.length;
      while (this.summary.contentLengths.length < target) this.summary.contentLengths.push(-1);
    }
    if (this.stack.length === 0) this.finished = true;
  }

  private startString(): void {
    const top = this.stack.at(-1);
    if (!top) {
      this.fail("a source map must be a JSON object");
      return;
    }
    this.inString = true;
    this.escapePending = false;
    this.stringLength = 0;
    this.keptLength = 0;
    const isKey = top.kind === "object" && top.expectKey;
    const keepValue =
      !isKey &&
      ((top.kind === "array" && top.role === "sources") ||
        (top.kind === "object" && top.role === "map" && (top.key === "file" || top.key === "sourceRoot")));
    this.keep = isKey || keepValue ? [] : undefined;
  }

  /** Consumes string bytes from `i`; returns where scanning continues. */
  private continueString(chunk: Buffer, start: number): number {
    let i = start;
    if (this.escapePending) {
      // The byte after a backslash at the end of the previous chunk.
      this.escapePending = false;
      i++;
    }
    let quote = chunk.indexOf(QUOTE, i);
    for (;;) {
      const backslash = chunk.indexOf(BACKSLASH, i);
      if (backslash !== -1 && (quote === -1 || backslash < quote)) {
        if (backslash + 1 >= chunk.length) {
          this.escapePending = true;
          this.take(chunk, start, chunk.length);
          return chunk.length;
        }
        i = backslash + 2;
        if (quote !== -1 && quote < i) quote = chunk.indexOf(QUOTE, i);
        continue;
      }
      if (quote === -1) {
        this.take(chunk, start, chunk.length);
        return chunk.length;
      }
      this.take(chunk, start, quote);
      this.inString = false;
      this.endString();
      return quote + 1;
    }
  }

  private take(chunk: Buffer, from: number, to: number): void {
    this.stringLength += to - from;
    if (this.keep && this.keptLength < MAX_KEPT_STRING) {
      const slice = chunk.subarray(from, Math.min(to, from + MAX_KEPT_STRING - this.keptLength));
      // Copy: the caller may reuse the chunk's memory.
      this.keep.push(Buffer.from(slice));
      this.keptLength += slice.length;
    }
  }

  private endString(): void {
    const top = this.stack.at(-1)!;
    const text = this.keep ? decodeJsonString(Buffer.concat(this.keep)) : undefined;
    this.keep = undefined;
    if (top.kind === "object" && top.expectKey) {
      top.key = text ?? "";
      top.expectKey = false;
      return;
    }
    if (top.kind === "array" && (top.role === "sources" || top.role === "content")) {
      this.arrayElement(top, this.stringLength, text);
    } else if (top.kind === "object" && top.role === "map") {
      if (top.key === "file" && text !== undefined) this.summary.file = text;
      if (top.key === "sourceRoot" && text !== undefined) this.summary.sourceRoot = text;
    }
    this.beforeValue();
  }

  /** Records element `top.count` of `sources` or `sourcesContent` (length -1: not a string). */
  private arrayElement(top: Frame, length: number, text: string | undefined): void {
    if (top.role === "sources") {
      this.summary.sources[this.sectionBase + top.count] = text ?? "";
    } else {
      const index = this.contentBase + top.count;
      while (this.summary.contentLengths.length < index) this.summary.contentLengths.push(-1);
      this.summary.contentLengths[index] = length;
      if (length >= 0) this.summary.embeddedCount++;
    }
  }

  private endLiteral(): void {
    const literal = this.literal;
    this.literal = "";
    const top = this.stack.at(-1);
    if (!top) {
      this.fail("a source map must be a JSON object");
      return;
    }
    if (!/^(true|false|null|-?\d+(\.\d+)?([eE][-+]?\d+)?)$/.test(literal)) {
      this.fail(`invalid value ${JSON.stringify(literal.slice(0, 20))}`);
      return;
    }
    if (top.kind === "array" && (top.role === "sources" || top.role === "content")) {
      this.arrayElement(top, -1, undefined);
    } else if (top.kind === "object" && top.role === "map" && top.key === "version") {
      this.summary.version = Number(literal);
    }
    this.beforeValue();
  }
}

function isLiteralByte(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x2d ||
    c === 0x2b ||
    c === 0x2e ||
    c === 0x45
  );
}

function decodeJsonString(raw: Buffer): string {
  const text = raw.toString("utf8");
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
