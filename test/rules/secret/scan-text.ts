/**
 * Helpers for the secret tests: fake randomness for samples, and a way to feed text to the
 * stream scanner in exactly the chunks a test chooses.
 */
import { randomBytes } from "node:crypto";
import { matchValue, type SecretFamily } from "../../../src/rules/secret/patterns.js";
import { type ScannerOptions, SecretStreamScanner } from "../../../src/rules/secret/stream-scanner.js";

/** Random bytes as a latin1 string: what the families' sample generators take. */
export const random = () => randomBytes(64).toString("latin1");

export interface Found {
  family: string;
  value: string;
  line: number;
}

/** Scans the chunks in order; `batchBytes: 1` (the default here) searches at every chunk boundary. */
export function scanChunks(
  chunks: Array<string | Buffer>,
  options: Partial<ScannerOptions> = {},
): { found: Found[]; scanner: SecretStreamScanner } {
  const scanner = new SecretStreamScanner({
    entropyThreshold: 3.5,
    maxMatches: 1000,
    batchBytes: 1,
    ...options,
  });
  for (const chunk of chunks) scanner.write(typeof chunk === "string" ? Buffer.from(chunk, "latin1") : chunk);
  scanner.end();
  const found = scanner.matches.map(({ family, value, line }) => ({ family: family.id, value, line }));
  return { found, scanner };
}

/** The text cut at the given offsets. */
export function cutAt(text: string, ...offsets: number[]): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const offset of [...offsets, text.length]) {
    pieces.push(text.slice(from, offset));
    from = offset;
  }
  return pieces;
}

/** The value the family's regex extracts from a sample. */
export function sampleValue(family: SecretFamily, sample: string): string {
  return matchIn(family, sample).value;
}

/** The value, and on which line of the sample (0-based) its match starts. */
export function matchIn(family: SecretFamily, sample: string): { value: string; lineOffset: number } {
  const regex = new RegExp(family.regex.source, family.regex.flags);
  const match = regex.exec(sample);
  if (!match) throw new Error(`${family.id}: its own sample does not match`);
  return { value: matchValue(match), lineOffset: sample.slice(0, match.index).split("\n").length - 1 };
}

/** Lines of punctuation-only filler (no letters or digits: it cannot form or extend a token). */
export function filler(bytes: number): string {
  const line = "// ---- ;; () {} [] ,, .. == ++ ** // ----\n";
  return line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes);
}
