import fc from "fast-check";
import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/config/types.js";
import {
  catalogueForm,
  catalogueKeySegment,
  createInternalPathRule,
  matchCatalogue,
} from "../../src/rules/internal-path.js";
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

describe("internal-path catalogue: the quick first test", () => {
  // The catalogue as picomatch reads it, pattern by pattern, with no shortcut: what
  // matchCatalogue did before its first test, and must still do.
  const options = { dot: true, nocase: true };
  const reference = INTERNAL_PATH_PATTERNS.map((pattern) => ({
    pattern,
    include: picomatch(pattern.globs, options),
    exclude: pattern.except ? picomatch(pattern.except, options) : () => false,
    keep: pattern.keep ? picomatch(pattern.keep, options) : () => false,
  }));
  const slowMatch = (path: string) => {
    const form = catalogueForm(path);
    return reference.find(({ include, exclude, keep }) => include(form) && (!exclude(form) || keep(form)))
      ?.pattern;
  };

  // Segments that matter to some glob (every sample's, in any case), around arbitrary ones.
  const named = [
    ...new Set(
      INTERNAL_PATH_PATTERNS.flatMap((pattern) => [
        ...pattern.samples.match,
        ...pattern.samples.noMatch,
      ]).flatMap((sample) => sample.split("/")),
    ),
    ...INTERNAL_PATH_PATTERNS.flatMap((pattern) => pattern.globs),
    ".",
    "..",
    "",
    "**",
  ];
  const segment = fc.oneof(
    fc.constantFrom(...named),
    fc.constantFrom(...named).map((name) => name.toUpperCase()),
    fc.tuple(fc.constantFrom(...named), fc.string({ maxLength: 4 })).map(([name, extra]) => name + extra),
    fc.tuple(fc.string({ maxLength: 4 }), fc.constantFrom(...named)).map(([extra, name]) => extra + name),
    fc.string({ maxLength: 8 }),
    // Any code point: case folding (`ſ`, the Kelvin sign), control characters, `\u2028`.
    fc.string({ maxLength: 6, unit: "binary" }),
  );
  const path = fc
    .tuple(
      fc.constantFrom("", "package/", "x.tgz!", "x.zip!package/"),
      fc.array(segment, { minLength: 1, maxLength: 5 }),
    )
    .map(([prefix, segments]) => prefix + segments.join("/"));

  it("finds what trying every pattern finds, for any path", () => {
    fc.assert(
      fc.property(path, (candidate) => {
        expect(matchCatalogue(candidate)?.id).toBe(slowMatch(candidate)?.id);
      }),
      { numRuns: 20_000 },
    );
  });

  it("every catalogue glob has the shape the first test relies on, and other shapes turn it off", () => {
    for (const glob of INTERNAL_PATH_PATTERNS.flatMap((pattern) => pattern.globs))
      expect(catalogueKeySegment(glob), glob).toBeDefined();
    expect(catalogueKeySegment("**/.aws/**")).toBe(".aws");
    expect(catalogueKeySegment("**/.kube/config")).toBe("config");
    // A `/` inside braces or an extglob, a negation, no leading globstar: a match need not
    // have a segment matching the text after the last `/`.
    for (const glob of [
      "**/{.docker/config.json,.kube/config}",
      "**/@(.ssh|.aws/credentials)",
      "!**/*.md",
      ".env",
      "config/*.pem",
      "**",
    ])
      expect(catalogueKeySegment(glob), glob).toBeUndefined();
  });

  it("a path spelled like one of its globs matches, as picomatch has it", () => {
    for (const pattern of INTERNAL_PATH_PATTERNS) {
      for (const glob of pattern.globs) expect(matchCatalogue(glob)?.id, glob).toBe(slowMatch(glob)?.id);
    }
  });
});
