/**
 * One function makes text from an artifact safe to print. Names, package.json fields and
 * secret-looking values come from whoever built the release; printed raw, an ESC sequence
 * clears a CI log viewer or retitles a terminal, a BEL rings, a line break forges a log line
 * (or a `::workflow command::`), and a bidirectional control makes `invoice\u202Efdp.exe`
 * read as `invoiceexe.pdf`. Every such character is shown as an escape instead: `\x1b`,
 * `\u202e`. Every report passes through here before any reporter sees it.
 */

/**
 * C0 and C1 controls and DEL; Unicode bidirectional controls (embeddings, overrides,
 * isolates, marks, the Arabic letter mark); line and paragraph separators; zero-width and
 * byte-order characters that hide text.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** A copy of a JSON-like value with every string (keys included) made printable. */
export function printableDeep<T>(value: T): T {
  return mapStrings(value, printable);
}

/** A copy of a JSON-like value with `map` applied to every string, keys included. */
export function mapStrings<T>(value: T, map: (text: string) => string): T {
  if (typeof value === "string") return map(value) as T;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map)) as T;
  if (value && typeof value === "object") {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[map(key)] = mapStrings(item, map);
    return copy as T;
  }
  return value;
}

/** printable() line by line: for messages of ours that span lines on purpose but quote user input. */
export function printableLines(text: string): string {
  return text.split("\n").map(printable).join("\n");
}
