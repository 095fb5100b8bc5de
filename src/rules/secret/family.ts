/**
 * The shape every secret family has (see patterns.ts), and helpers the families share.
 */
import type { Severity } from "../../core/model.js";

/** What a validator may look at besides the value: the text around the match. */
export interface MatchContext {
  /** Up to CONTEXT_CHARS of text before the match (less at the start of a file). */
  before: string;
  /** Up to CONTEXT_CHARS of text after the match (less at the end of a file). */
  after: string;
  /** Minimum entropy (bits/char) for generic assignments. */
  entropyThreshold: number;
  /** The whole match (name and assignment included, for keyed and generic families). */
  match: string;
}

/** A match's severity when it is not the family's own, and why. */
export interface Grade {
  severity: Severity;
  /** Said in the finding's message ("the checksum does not match: a made-up value"). */
  reason: string;
}

/**
 * How a family finds values, which decides the order they are judged in: tokens with a
 * format of their own first, then provider names with an assignment, then generic names.
 * A value found by an earlier kind is not reported again by a later one.
 */
export type FamilyKind = "token" | "keyed" | "generic";

/** How much text around a match validators see; the scanner keeps at least this much. */
export const CONTEXT_CHARS = 2048;

export interface SecretFamily {
  id: string;
  /** What the value is, for messages ("GitHub token"). */
  title: string;
  severity: Severity;
  /** Literals (3-16 chars) one of which every match starts with. */
  keywords: readonly string[];
  /** The keywords match in any case (provider names: `ADAFRUIT_TOKEN`, `adafruitToken`). */
  caseless?: boolean;
  /**
   * The keywords are provider names: the prefilter looks for them only in their rare
   * spellings and otherwise from a credential word of the same identifier (stream-scanner.ts).
   */
  providerNames?: boolean;
  /** Default "token". */
  kind?: FamilyKind;
  /** Who the token belongs to, for the README's table ("GitHub"; "(any)" for formats of no one). */
  provider: string;
  /**
   * Global regex. The value is the first capture group that took part in the match, or the
   * whole match when there is none.
   */
  regex: RegExp;
  /**
   * A cheap necessary condition for a match at `at`, tried before the regex. Only for a
   * family whose keyword hits are many and mostly not matches (generic assignments: about
   * 100,000 per 100 MB of SDK code, where the regex cost a quarter of the rule).
   */
  mayStartAt?(text: string, at: number): boolean;
  /** No match is longer than this (bounds the text kept between chunks). */
  maxLength: number;
  /** How many leading chars of the value are a public, recognisable prefix (for redaction). */
  prefixLength: number;
  /** Only looked for in text files: generic assignments glue together in binary string tables. */
  textOnly?: boolean;
  /**
   * Extra checks on a match (structure, context, entropy). Placeholders and documentation
   * examples (placeholder.ts) are dropped for every family before this runs.
   */
  validate?(value: string, context: MatchContext): boolean;
  /** A lower severity for this match (a failed checksum, a key that is public by design). */
  grade?(value: string, context: MatchContext): Grade | undefined;
  /** When `grade` lowers the severity, in words for the README ("for test-mode keys"). */
  gradedWhen?: string;
  /** A fresh fake sample, made at test time (never committed as a literal). */
  sample(random: () => string): string;
  /** Text that must NOT be reported as this family. */
  nearMisses: string[];
}

export const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const BASE64 = `${ALNUM}+/`;
export const URLSAFE = `${ALNUM}-_`;

/** `count` characters drawn from `alphabet` with the supplied randomness (bytes as a latin1 string). */
export function randomFrom(alphabet: string, count: number, random: () => string): string {
  let out = "";
  while (out.length < count) {
    for (const c of random()) {
      out += alphabet[c.charCodeAt(0) % alphabet.length];
      if (out.length === count) break;
    }
  }
  return out;
}

/** Joins fragments, so that no sample or near miss sits in the source as one token-shaped literal. */
export const P = (...parts: string[]) => parts.join("");

/** The value of a match: its first participating capture group, or the whole match. */
export function matchValue(match: RegExpExecArray): string {
  for (let group = 1; group < match.length; group++) {
    const value = match[group];
    if (value !== undefined) return value;
  }
  return match[0];
}
