import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/config/types.js";
import { createInternalPathRule, matchCatalogue } from "../../src/rules/internal-path.js";
import { INTERNAL_PATH_PATTERNS } from "../../src/rules/internal-path-patterns.js";
import { runRule } from "../helpers/rule-harness.js";

describe("internal-path catalogue: every pattern's samples (gitleaks-style)", () => {
  it("pattern ids are unique and every pattern has samples both ways", () => {
    const ids = INTERNAL_PATH_PATTERNS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const pattern of INTERNAL_PATH_PATTERNS) {
      expect(pattern.samples.match.length, pattern.id).toBeGreaterThan(0);
      expect(pattern.samples.noMatch.length, pattern.id).toBeGreaterThan(0);
    }
  });

  for (const pattern of INTERNAL_PATH_PATTERNS) {
    it(`${pattern.id}: matches its samples at any level, and none of its near misses`, () => {
      for (const sample of pattern.samples.match) {
        expect(matchCatalogue(sample)?.id, sample).toBe(pattern.id);
        expect(matchCatalogue(`package/${sample}`)?.id, `package/${sample}`).toBe(pattern.id);
        expect(matchCatalogue(`release.tgz!vendor/x.zip!${sample}`)?.id, `nested ${sample}`).toBe(pattern.id);
        expect(matchCatalogue(`x.zip!package/${sample}`)?.id, `nested tarball ${sample}`).toBe(pattern.id);
      }
      for (const sample of pattern.samples.noMatch) {
        expect(matchCatalogue(sample)?.id, sample).toBeUndefined();
        expect(matchCatalogue(`package/${sample}`)?.id, `package/${sample}`).toBeUndefined();
      }
    });

    it(`${pattern.id}: each sample's finding names the file and says how to remove it`, () => {
      const findings = runRule(
        createInternalPathRule(defaultConfig()),
        pattern.samples.match.map((path) => ({ path: `package/${path}`, content: "" })),
      );
      expect(findings).toHaveLength(pattern.samples.match.length);
      for (const finding of findings) {
        const name = finding.path.slice(finding.path.lastIndexOf("/") + 1);
        expect(finding.severity).toBe(pattern.severity);
        expect(finding.message).toContain(`\`${name}\``);
        expect(finding.fix).not.toMatch(/[{}]/);
        expect(finding.details).toEqual({ pattern: pattern.id });
      }
    });
  }

  it("outer archive levels are not mistaken for the entry (only the innermost path is judged)", () => {
    expect(matchCatalogue(".git.zip!README.md")).toBeUndefined();
    expect(matchCatalogue("logs.tgz!package/index.js")).toBeUndefined();
  });
});
