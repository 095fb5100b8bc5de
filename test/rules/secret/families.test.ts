import { describe, expect, it } from "vitest";
import { CONTEXT_CHARS } from "../../../src/rules/secret/family.js";
import { SECRET_FAMILIES, type SecretFamily } from "../../../src/rules/secret/patterns.js";
import { OVERLAP } from "../../../src/rules/secret/stream-scanner.js";
import { cutAt, filler, matchIn, random, sampleValue, scanChunks } from "./scan-text.js";

/** Families whose own samples are graded down: browser keys, public by design. */
const GRADED_SAMPLES = new Set(["google-api-key", "mapbox-token", "new-relic-browser-key"]);
const expectedSeverity = (family: SecretFamily) =>
  GRADED_SAMPLES.has(family.id) ? "warning" : family.severity;

describe("secret family data", () => {
  it("ids are unique and every family can be judged within the text the scanner keeps", () => {
    expect(new Set(SECRET_FAMILIES.map((f) => f.id)).size).toBe(SECRET_FAMILIES.length);
    for (const family of SECRET_FAMILIES) {
      expect(family.regex.flags, family.id).toContain("g");
      expect(family.maxLength + 2 * CONTEXT_CHARS, family.id).toBeLessThanOrEqual(OVERLAP);
      for (const keyword of family.keywords) expect(keyword.length, family.id).toBeGreaterThanOrEqual(3);
    }
  });

  for (const family of SECRET_FAMILIES) {
    it(`${family.id}: its sample's match starts with one of its keywords and fits maxLength`, () => {
      const sample = family.sample(random);
      const match = new RegExp(family.regex.source, family.regex.flags).exec(sample);
      expect(match, family.id).not.toBeNull();
      const start = family.caseless ? match![0].toLowerCase() : match![0];
      const keywords = family.keywords.map((keyword) => (family.caseless ? keyword.toLowerCase() : keyword));
      expect(keywords.some((keyword) => start.startsWith(keyword))).toBe(true);
      expect(match![0].length).toBeLessThanOrEqual(family.maxLength);
    });
  }
});

describe.each(SECRET_FAMILIES.map((family) => [family.id, family] as const))(
  "secret family %s",
  (id, family) => {
    const severity = expectedSeverity(family);

    it(`is found in a generated sample, at the line it starts on, with severity ${severity}`, () => {
      const sample = family.sample(random);
      const text = `// config\nconst a = 1;\n${sample}\nmodule.exports = a;\n`;
      const { found, scanner } = scanChunks([text], { batchBytes: undefined });
      const { value, lineOffset } = matchIn(family, sample);
      expect(found).toEqual([{ family: id, value, line: 3 + lineOffset }]);
      expect(scanner.matches[0]?.severity).toBe(severity);
    });

    it("is found once, whole, when the text is split at any offset around it", () => {
      const sample = family.sample(random);
      // Filler longer than the kept overlap, so earlier text really is dropped between chunks.
      const before = `${filler(OVERLAP + 1000)}\n`;
      const text = `${before}${sample}\n;\n`;
      const { value, lineOffset } = matchIn(family, sample);
      const line = before.split("\n").length + lineOffset;
      for (let cut = before.length - 3; cut <= before.length + sample.length + 3; cut++) {
        const { found } = scanChunks(cutAt(text, cut));
        expect(found, `cut at ${cut - before.length}`).toEqual([{ family: id, value, line }]);
      }
    });

    it("is found when every byte arrives on its own", () => {
      const sample = family.sample(random);
      const text = `x\n${sample}\n`;
      const { found } = scanChunks([...text]);
      const { value, lineOffset } = matchIn(family, sample);
      expect(found).toEqual([{ family: id, value, line: 2 + lineOffset }]);
    });

    it("does not fire on its near misses", () => {
      for (const miss of family.nearMisses) {
        for (const text of [`${miss}\n`, `x = "${miss}";\n`]) {
          const { found } = scanChunks([text], { batchBytes: undefined });
          expect(
            found.filter((f) => f.family === id),
            text,
          ).toEqual([]);
        }
      }
    });

    it("ignores placeholder versions of its sample (masked with X, or ending in EXAMPLE)", () => {
      const sample = family.sample(random);
      const value = sampleValue(family, sample);
      const kept = value.slice(0, family.prefixLength);
      const masked = kept + value.slice(kept.length).replace(/[A-Za-z0-9]/g, "X");
      const example = `${value.slice(0, -7)}EXAMPLE`;
      for (const placeholder of [masked, example]) {
        const { found } = scanChunks([`${sample.replace(value, placeholder)}\n`], { batchBytes: undefined });
        expect(found, placeholder).toEqual([]);
      }
    });
  },
);
