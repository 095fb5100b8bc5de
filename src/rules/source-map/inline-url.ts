/**
 * Finds `sourceMappingURL` comments in JavaScript and CSS as the bytes stream by, across
 * chunk boundaries, and decodes inline `data:` maps on the fly (base64 or percent-encoded)
 * into a SourceMapScanner, so an inline map is judged like a `.map` file without ever being
 * held in memory whole.
 */
import { SourceMapScanner, type SourceMapSummary } from "./json-scanner.js";

const MARKER = "sourceMappingURL=";
/** A comment marker must precede the URL; otherwise the text is code (e.g. a regex in source-map-support). */
const PREFIXES = ["//# ", "//@ ", "/*# ", "/*@ "];
const OVERLAP = MARKER.length + 4;
const MAX_URL = 2048;
const MAX_DATA_HEADER = 256;

export interface InlineMapFindings {
  /** External map URLs (the last one is what tools use). */
  urls: string[];
  /** Inline data: maps, summarised. */
  inlineMaps: SourceMapSummary[];
}

type State =
  | { mode: "search" }
  | { mode: "url"; text: string }
  | { mode: "data-header"; text: string }
  | { mode: "base64"; scanner: SourceMapScanner; pending: string }
  | { mode: "percent"; scanner: SourceMapScanner; pending: string };

export class InlineMapDetector {
  private state: State = { mode: "search" };
  /** The tail of the previous chunk, so a marker split across chunks is still found. */
  private tail = "";
  private readonly found: InlineMapFindings = { urls: [], inlineMaps: [] };

  write(chunk: Buffer): void {
    // latin1 maps each byte to one char: offsets stay byte offsets and no UTF-8 is split.
    let text = chunk.toString("latin1");
    let position = 0;
    while (position < text.length) {
      if (this.state.mode === "search") {
        const haystack = this.tail + text.slice(position);
        const at = findMarker(haystack);
        if (at === -1) {
          this.tail = haystack.slice(-OVERLAP);
          return;
        }
        // Continue right after the marker, in `haystack` coordinates.
        text = haystack;
        position = at + MARKER.length;
        this.tail = "";
        this.state = { mode: "url", text: "" };
        continue;
      }
      position = this.consume(text, position);
    }
  }

  end(): InlineMapFindings {
    this.finishValue();
    return this.found;
  }

  /** Reads URL or data bytes from `text` at `position`; returns where it stopped. */
  private consume(text: string, position: number): number {
    const state = this.state;
    const stop = firstTerminator(text, position);
    const end = stop === -1 ? text.length : stop;
    const piece = text.slice(position, end);
    switch (state.mode) {
      case "url": {
        state.text += piece;
        if (state.text.startsWith("data:")) {
          this.state = { mode: "data-header", text: state.text.slice(5) };
          return this.afterHeaderPiece(stop, end);
        }
        if (state.text.length > MAX_URL) state.text = state.text.slice(0, MAX_URL);
        break;
      }
      case "data-header":
        state.text += piece;
        return this.afterHeaderPiece(stop, end);
      case "base64":
        state.pending = feedBase64(state.scanner, state.pending + piece);
        break;
      case "percent":
        state.pending = feedPercent(state.scanner, state.pending + piece);
        break;
      case "search":
        break;
    }
    if (stop !== -1) this.finishValue();
    return end;
  }

  /** A data URL's header runs to the first comma; then the payload starts. */
  private afterHeaderPiece(stop: number, end: number): number {
    const state = this.state;
    if (state.mode !== "data-header") return end;
    const comma = state.text.indexOf(",");
    if (comma === -1) {
      if (state.text.length > MAX_DATA_HEADER || stop !== -1) this.state = { mode: "search" };
      return end;
    }
    const header = state.text.slice(0, comma).toLowerCase();
    const payload = state.text.slice(comma + 1);
    const scanner = new SourceMapScanner();
    this.state = header.includes(";base64")
      ? { mode: "base64", scanner, pending: feedBase64(scanner, payload) }
      : { mode: "percent", scanner, pending: feedPercent(scanner, payload) };
    if (stop !== -1) this.finishValue();
    return end;
  }

  private finishValue(): void {
    const state = this.state;
    if (state.mode === "url" && state.text) this.found.urls.push(state.text);
    if (state.mode === "base64" || state.mode === "percent") {
      if (state.mode === "base64") feedBase64(state.scanner, state.pending, true);
      // An empty payload is code that *writes* such a comment (a bundler, a loader), not a map.
      if (state.scanner.bytesSeen > 0) this.found.inlineMaps.push(state.scanner.end());
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

/** A URL ends at whitespace, a quote or backtick (code that builds the comment), or the `*` that closes a CSS comment. */
function firstTerminator(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c === 0x22 || c === 0x27 || c === 0x60 || c === 0x2a) return i;
  }
  return -1;
}

/** Decodes whole 4-char groups; returns the leftover (fewer than 4 chars) for the next piece. */
function feedBase64(scanner: SourceMapScanner, text: string, final = false): string {
  const usable = final ? text.length : text.length - (text.length % 4);
  if (usable > 0) scanner.write(Buffer.from(text.slice(0, usable), "base64"));
  return text.slice(usable);
}

function feedPercent(scanner: SourceMapScanner, text: string): string {
  // Keep a possibly incomplete %XX escape for the next piece.
  const cut = text.lastIndexOf("%");
  const keep = cut !== -1 && cut > text.length - 3 ? text.slice(cut) : "";
  const usable = text.slice(0, text.length - keep.length);
  try {
    scanner.write(Buffer.from(decodeURIComponent(usable), "utf8"));
  } catch {
    scanner.write(Buffer.from(usable, "latin1"));
  }
  return keep;
}
