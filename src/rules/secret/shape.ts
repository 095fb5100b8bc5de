/**
 * A token format written once, as data: literal parts and runs of characters from a set.
 * From one shape come the regex that finds it, the fake sample the tests scan, and the
 * longest match, so that a provider's format cannot drift from its own test sample.
 *
 *   shape("dop_v1_", hex(64))  →  /dop_v1_[0-9a-f]{64}/  and  "dop_v1_3fa0…" (random)
 */
import { randomFrom } from "./family.js";

/** A set of characters: as a regex class body, and spelled out for samples. */
export interface CharSet {
  readonly pattern: string;
  readonly alphabet: string;
}

/** `min` to `max` characters from a set. */
export interface CharRun {
  readonly set: CharSet;
  readonly min: number;
  readonly max: number;
}

export type ShapePart = string | CharRun;
export type Shape = readonly ShapePart[];

const range = (from: string, to: string) =>
  Array.from({ length: to.charCodeAt(0) - from.charCodeAt(0) + 1 }, (_, i) =>
    String.fromCharCode(from.charCodeAt(0) + i),
  ).join("");
const DIGITS = range("0", "9");
const LOWER = range("a", "z");
const UPPER = range("A", "Z");

/** The character sets token formats are made of. */
export const SETS = {
  digits: { pattern: "0-9", alphabet: DIGITS },
  hex: { pattern: "0-9a-f", alphabet: `${DIGITS}abcdef` },
  HEX: { pattern: "0-9A-F", alphabet: `${DIGITS}ABCDEF` },
  anyHex: { pattern: "0-9a-fA-F", alphabet: `${DIGITS}abcdefABCDEF` },
  lower: { pattern: "a-z0-9", alphabet: `${LOWER}${DIGITS}` },
  upper: { pattern: "A-Z0-9", alphabet: `${UPPER}${DIGITS}` },
  alnum: { pattern: "A-Za-z0-9", alphabet: `${UPPER}${LOWER}${DIGITS}` },
  /** Letters, digits, `_` and `-` (base64url). */
  urlsafe: { pattern: "A-Za-z0-9_-", alphabet: `${UPPER}${LOWER}${DIGITS}_-` },
  /** Lowercase letters, digits, `_` and `-`. */
  lowerUrlsafe: { pattern: "a-z0-9_-", alphabet: `${LOWER}${DIGITS}_-` },
  base64: { pattern: "A-Za-z0-9+/", alphabet: `${UPPER}${LOWER}${DIGITS}+/` },
  /** base64 and base64url together, with `=`: formats whose docs only say "base64". */
  anyBase64: { pattern: "A-Za-z0-9+/_=-", alphabet: `${UPPER}${LOWER}${DIGITS}+/_-` },
  base32: { pattern: "A-Z2-7", alphabet: `${UPPER}234567` },
} as const satisfies Record<string, CharSet>;

/** A set of the given characters (for formats with an unusual alphabet). */
export function chars(alphabet: string): CharSet {
  return { pattern: alphabet.replace(/[\\\]^-]/g, (c) => `\\${c}`), alphabet };
}

const runOf =
  (set: CharSet) =>
  (min: number, max = min): CharRun => ({ set, min, max });

export const digits = runOf(SETS.digits);
export const hex = runOf(SETS.hex);
export const HEX = runOf(SETS.HEX);
export const anyHex = runOf(SETS.anyHex);
export const lower = runOf(SETS.lower);
export const upper = runOf(SETS.upper);
export const alnum = runOf(SETS.alnum);
export const urlsafe = runOf(SETS.urlsafe);
export const base64 = runOf(SETS.base64);
export const base32 = runOf(SETS.base32);
export const run = (set: CharSet, min: number, max = min): CharRun => ({ set, min, max });
/** Letters, digits and `_-=`: formats documented only as "random characters". */
export const loose = runOf(chars(`${SETS.alnum.alphabet}_-=`));

/** A UUID's 8-4-4-4-12 hex groups, in either case. */
export const UUID: Shape = [anyHex(8), "-", anyHex(4), "-", anyHex(4), "-", anyHex(4), "-", anyHex(12)];

/** The parts as a regex source (literals escaped). */
export function shapeSource(shape: Shape): string {
  return shape
    .map((part) =>
      typeof part === "string"
        ? escapeRegex(part)
        : `[${part.set.pattern}]${part.min === part.max ? `{${part.min}}` : `{${part.min},${part.max}}`}`,
    )
    .join("");
}

/**
 * A fresh random value of the shape (each run at its shortest length that is at least 8 long,
 * or its max). Draws that look like placeholders are redrawn for every family in patterns.ts.
 */
export function shapeSample(shape: Shape, random: () => string): string {
  return shape
    .map((part) =>
      typeof part === "string"
        ? part
        : randomFrom(part.set.alphabet, Math.min(part.max, Math.max(part.min, 8)), random),
    )
    .join("");
}

export function shapeMaxLength(shape: Shape): number {
  return shape.reduce((sum, part) => sum + (typeof part === "string" ? part.length : part.max), 0);
}

/** The literal the shape starts with ("" when it starts with a run). */
export function leadingLiteral(shape: Shape): string {
  return typeof shape[0] === "string" ? shape[0] : "";
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}
