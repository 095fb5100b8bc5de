/** Small text scans the secret scanners share. Text is latin1: one char per byte. */

/** Newlines in `text` from `from` up to (not including) `to`. */
export function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf("\n", from); at !== -1 && at < to; at = text.indexOf("\n", at + 1)) count++;
  return count;
}

/** Char code → 1 for the characters of an identifier (letters, digits, `_`, `.`, `-`). */
const IDENTIFIER = new Uint8Array(256).map((_, c) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45
    ? 1
    : 0,
);

/**
 * Where the identifier that ends at `end` starts, looking back at most `limit` chars (walked
 * by hand: `/[\w.-]*$/` would try every start in the text before).
 */
export function identifierStart(text: string, end: number, limit = 64): number {
  let from = end;
  while (from > 0 && end - from < limit && IDENTIFIER[text.charCodeAt(from - 1) & 0xff] === 1) from--;
  return from;
}

/** Where the identifier that starts at `start` ends, looking ahead at most `limit` chars. */
export function identifierEnd(text: string, start: number, limit = 64): number {
  const stop = Math.min(text.length, start + limit);
  let end = start;
  while (end < stop) {
    const code = text.charCodeAt(end);
    if (code > 0xff || IDENTIFIER[code] !== 1) break;
    end++;
  }
  return end;
}
