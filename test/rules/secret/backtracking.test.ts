/**
 * Adversarial near-matches for every family: long runs of its keyword, of the characters its
 * value is made of, of binding punctuation, with and without the closing part. A regex that
 * backtracks catastrophically turns such a file into a hang; the scanner's regexes are
 * bounded repetitions tried at keyword offsets only, so each input below is a few hundred
 * kilobytes of linear work. The bound is the test timeout: a hang fails, not a slow run.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SECRET_FAMILIES } from "../../../src/rules/secret/patterns.js";
import { scanChunks } from "./scan-text.js";

const KEYWORDS = [...new Set(SECRET_FAMILIES.flatMap((family) => family.keywords))];
const RUNS = ["a", "A", "0", "aB3", "+/", "-_", "=", ".", "~", ":", '"', "\\", " ", "\\n", '\\\\"', "&quot;"];

/** Builds a near-match: a keyword, then long runs of value-like and binding-like text. */
function adversarial(keyword: string, runs: string[], length: number): string {
  let text = keyword;
  for (let i = 0; text.length < length; i++) text += runs[i % runs.length]!.repeat(97);
  return text;
}

describe("secret regexes on adversarial input", () => {
  it("scan a long run after every keyword in linear time (no catastrophic backtracking)", () => {
    for (const keyword of KEYWORDS) {
      for (const run of RUNS) {
        const text = adversarial(keyword, [run], 20_000);
        scanChunks([text], { batchBytes: undefined });
      }
    }
  }, 60_000);

  it("scan keywords repeated back to back, and interleaved with bindings", () => {
    const blocks = [
      KEYWORDS.join(""),
      KEYWORDS.map((keyword) => `${keyword}=`).join(""),
      KEYWORDS.map((keyword) => `${keyword}Token := "`).join(""),
      "password=".repeat(5000),
      `password=${"A".repeat(100_000)}`,
      `token: ${"Ab1/".repeat(25_000)}`,
      `${"xoxb-".repeat(1000)}${"1".repeat(20_000)}`,
      `-----BEGIN RSA PRIVATE KEY-----\n${"MIIE".repeat(30_000)}`,
      `eyJ${"eyJhbGciOiJIUzI1NiJ9.".repeat(5000)}`,
      `postgres://${"a:".repeat(20_000)}@`,
    ];
    for (const text of blocks) scanChunks([text], { batchBytes: undefined });
  }, 60_000);

  it("returns on random mixtures of keywords, value characters and bindings", () => {
    const piece = fc.oneof(
      fc.constantFrom(...KEYWORDS),
      fc.constantFrom(...RUNS),
      fc.string({ unit: fc.constantFrom("a", "Z", "9", "_", "-", "=", ":", '"', " ", "\n"), maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), (pieces) => {
        const text = pieces.join("");
        const { scanner } = scanChunks([text], { batchBytes: undefined });
        // What is found passed a family's validators; the check here is that the scan returns.
        expect(scanner.total).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
