/**
 * Finds `sourceMappingURL` comments in JavaScript and CSS as the bytes stream by, across
 * chunk boundaries, and decodes inline `data:` maps on the fly (base64 or percent-encoded)
 * into a SourceMapScanner, so an inline map is judged like a `.map` file without ever being
 * held in memory whole. Memory is bounded by the chunk size plus a few short buffers.
 *
 * Only `//# `, `//@ `, `/*# ` and `/*@ ` comments count: the bare text `sourceMappingURL=`
 * also appears in code that parses or writes such comments (source-map-support, bundlers).
 */
import { ownString } from "../../core/own-string.js";
import { SourceMapScanner, type SourceMapSummary } from "./json-scanner.js";

const MARKER = "sourceMappingURL=";
const MARKER_BYTES = Buffer.from(MARKER, "latin1");
const PREFIXES = ["//# ", "//@ ", "/*# ", "/*@ "];
/** Enough of the previous chunk to find a marker (and its comment prefix) split across chunks. */
const OVERLAP = MARKER.length + 4;
const MAX_URL = 2048;
const MAX_DATA_HEADER = 256;

/** What one JS or CSS file says about its source maps. */
export interface InlineMapFindings {
  /** Map URLs that are not `data:` URLs, as written (cut at 2,048 chars); the last one is what tools use. */
  urls: string[];
  /** Inline `data:` maps, summarised. */
  inlineMaps: SourceMapSummary[];
  /** URLs and inline maps past MAX_PER_FILE of each: counted, not kept (a flood is hostile). */
  omittedUrls: number;
  omittedInlineMaps: number;
}

/** URLs and inline maps kept per file; a real file has one of either. */
export const MAX_PER_FILE = 20;

/** Base64 or percent-encoded payload being decoded into a scanner. */
interface Payload {
  scanner: SourceMapScanner;
  base64: boolean;
  /** Undecoded leftovers: fewer than 4 base64 chars, or an incomplete `%XX`. */
  pending: string;
  /** Whether the first non-blank decoded byte was seen, and was `{`. */
  firstByte: "unseen" | "object" | "other";
}

type State =
  | { mode: "search" }
  | { mode: "url"; text: string; block: boolean }
  | { mode: "data-header"; text: string; block: boolean }
  | { mode: "payload"; payload: Payload; block: boolean };

/** Feed a JS/CSS file's bytes with `write`, then `end` for what its comments say. */
export class InlineMapDetector {
  private state: State = { mode: "search" };
  /** The tail of the previous chunk, so a marker split across chunks is still found. */
  private tail = "";
  /** In a block comment, a `*` that ended the previous chunk (maybe the start of `*\/`). */
  private starPending = false;
  private readonly found: InlineMapFindings = {
    urls: [],
    inlineMaps: [],
    omittedUrls: 0,
    omittedInlineMaps: 0,
  };

  write(chunk: Buffer): void {
    // Almost every chunk holds no marker: the bytes say so (a native search) without the
    // chunk becoming a string.
    if (this.state.mode === "search" && !this.mayHoldMarker(chunk)) {
      this.tail = (this.tail + chunk.toString("latin1", Math.max(0, chunk.length - OVERLAP))).slice(-OVERLAP);
      return;
    }
    // latin1 maps each byte to one char: offsets stay byte offsets and no UTF-8 is split.
    let text = chunk.toString("latin1");
    let position = 0;
    while (position < text.length) {
      if (this.state.mode === "search") {
        const haystack = position === 0 ? this.tail + text : text.slice(position);
        const at = findMarker(haystack);
        if (at === -1) {
          this.tail = haystack.slice(-OVERLAP);
          return;
        }
        const block = haystack.startsWith("/*", at - 4);
        text = haystack;
        position = at + MARKER.length;
        this.tail = "";
        this.state = { mode: "url", text: "", block };
        continue;
      }
      position = this.consume(text, position);
    }
  }

  /** Whether the marker is in `chunk`, or begins in the tail of the one before. */
  private mayHoldMarker(chunk: Buffer): boolean {
    if (chunk.indexOf(MARKER_BYTES) !== -1) return true;
    if (this.tail === "") return false;
    return (this.tail + chunk.toString("latin1", 0, Math.min(chunk.length, MARKER.length))).includes(MARKER);
  }

  end(): InlineMapFindings {
    if (this.starPending) this.feed("*");
    this.starPending = false;
    this.finishValue();
    return this.found;
  }

  /** Reads URL or data bytes from `text` at `position`; returns where it stopped. */
  private consume(text: string, position: number): number {
    const state = this.state;
    if (state.mode === "search") return position;
    if (this.starPending) {
      this.starPending = false;
      if (text.charCodeAt(position) === 0x2f) {
        this.finishValue(); // the `*/` that closes the comment
        return position;
      }
      this.feed("*");
    }
    const percent = state.mode === "payload" && !state.payload.base64;
    let stop = firstTerminator(text, position, percent, state.block);
    let end = stop === -1 ? text.length : stop;
    if (state.mode !== "payload") {
      // Stop after a data URL's header: the payload that follows has other terminators.
      const comma = text.indexOf(",", position);
      if (comma !== -1 && comma < end) {
        end = comma + 1;
        stop = -1;
      }
    }
    if (percent && state.block && stop === -1 && end > position && text.charCodeAt(end - 1) === 0x2a) {
      // A `*` ending the chunk may be half of `*/`: the next chunk decides.
      this.feed(text.slice(position, end - 1));
      this.starPending = true;
      return end;
    }
    this.feed(text.slice(position, end));
    if (stop === -1) return end;
    this.finishValue();
    return stop;
  }

  /** Adds URL text or payload to the value being read. */
  private feed(piece: string): void {
    const state = this.state;
    if (piece === "") return;
    if (state.mode === "url") {
      state.text += piece;
      if (state.text.startsWith("data:")) {
        this.state = { mode: "data-header", text: state.text.slice(5), block: state.block };
        this.afterHeaderPiece();
      } else if (state.text.length > MAX_URL) state.text = state.text.slice(0, MAX_URL);
    } else if (state.mode === "data-header") {
      state.text += piece;
      this.afterHeaderPiece();
    } else if (state.mode === "payload") {
      decode(state.payload, piece, false);
    }
  }

  /** A data URL's header runs to the first comma; then the payload starts. */
  private afterHeaderPiece(): void {
    const state = this.state;
    if (state.mode !== "data-header") return;
    const comma = state.text.indexOf(",");
    if (comma === -1) {
      if (state.text.length > MAX_DATA_HEADER) this.state = { mode: "search" };
      return;
    }
    const header = state.text.slice(0, comma).toLowerCase();
    const payload: Payload = {
      scanner: new SourceMapScanner(),
      base64: header.split(";").includes("base64"),
      pending: "",
      firstByte: "unseen",
    };
    this.state = { mode: "payload", payload, block: state.block };
    decode(payload, state.text.slice(comma + 1), false);
  }

  private finishValue(): void {
    const state = this.state;
    if (state.mode === "url" && state.text) {
      // Kept until the artifact is judged: the URL alone, not the chunk text it was cut from.
      if (this.found.urls.length < MAX_PER_FILE) this.found.urls.push(ownString(state.text));
      else this.found.omittedUrls++;
    }
    if (state.mode === "payload") {
      decode(state.payload, "", true);
      // A payload that is not a JSON object is code that *writes* such a comment
      // (`"//# sourceMappingURL=data:application/json;base64," + data`), not a map.
      if (state.payload.firstByte === "object") {
        const summary = state.payload.scanner.end();
        if (summary.looksLikeSourceMap) {
          if (this.found.inlineMaps.length < MAX_PER_FILE) this.found.inlineMaps.push(summary);
          else this.found.omittedInlineMaps++;
        }
      }
    }
    this.state = { mode: "search" };
  }
}

function findMarker(text: string): number {
  for (let at = text.indexOf(MARKER); at !== -1; at = text.indexOf(MARKER, at + 1)) {
    if (PREFIXES.some((prefix) => text.startsWith(prefix, at - prefix.length))) return at;
  }
  return -1;
}

/**
 * Where the URL ends: at whitespace, or (outside percent-encoded payloads, which may hold
 * them) at a quote or backtick, code that builds the comment; in CSS-style block comments
 * at `*` (the start of `*\/`; percent-encoded payloads only end at a full `*\/`).
 */
function firstTerminator(text: string, from: number, percent: boolean, block: boolean): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20) return i;
    if (percent) {
      if (c === 0x22 || c === 0x60) return i; // `'`, `(`, `)`, `*` are left unencoded by encodeURIComponent
      if (block && c === 0x2a && text.charCodeAt(i + 1) === 0x2f) return i;
    } else if (c === 0x22 || c === 0x27 || c === 0x60 || (block && c === 0x2a)) return i;
  }
  return -1;
}

/** Decodes `text` (plus what was pending) into the payload's scanner. */
function decode(payload: Payload, text: string, final: boolean): void {
  const all = payload.pending + text;
  let usable: number;
  let bytes: Buffer;
  if (payload.base64) {
    usable = final ? all.length : all.length - (all.length % 4);
    bytes = Buffer.from(all.slice(0, usable), "base64");
  } else {
    // Keep a possibly incomplete `%XX` escape for the next piece.
    const cut = all.lastIndexOf("%");
    usable = !final && cut !== -1 && cut > all.length - 3 ? cut : all.length;
    bytes = percentDecode(all.slice(0, usable));
  }
  payload.pending = all.slice(usable);
  if (bytes.length === 0) return;
  if (payload.firstByte === "unseen") {
    const first = bytes.findIndex((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09);
    if (first !== -1) payload.firstByte = bytes[first] === 0x7b ? "object" : "other";
  }
  if (payload.firstByte !== "other") payload.scanner.write(bytes);
}

/** `%XX` to the byte it stands for, byte by byte (a UTF-8 character's escapes may be split across pieces). */
function percentDecode(text: string): Buffer {
  const out = Buffer.allocUnsafe(text.length);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x25 && i + 2 < text.length && isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2))) {
      out[length++] = Number.parseInt(text.slice(i + 1, i + 3), 16);
      i += 2;
    } else out[length++] = c & 0xff;
  }
  return out.subarray(0, length);
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
