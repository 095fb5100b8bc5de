/**
 * Copies of strings that are kept long after the text they were cut from.
 *
 * V8 makes a substring of 13 or more characters a view into its parent (a "sliced string"),
 * and a string built with `+` or a template holds its parts. So a short URL cut from a
 * 64 KiB chunk of file text keeps all 64 KiB alive for as long as the URL is kept. A heap
 * snapshot of a scan of 80,000 files showed 37 MB of file text held this way, one
 * sourceMappingURL per file (docs/adr/009-performance.md).
 */

/** `text` in memory of its own (a UTF-16 round trip is lossless for any JS string). */
export function ownString(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, "utf16le").toString("utf16le");
}

/** `value` with every string in it (object values and array items, at any depth) its own copy. */
export function ownStrings<T>(value: T): T {
  if (typeof value === "string") return ownString(value) as T;
  if (Array.isArray(value)) return value.map((item) => ownStrings(item)) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, ownStrings(item)])) as T;
  }
  return value;
}
