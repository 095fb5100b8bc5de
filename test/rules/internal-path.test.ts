import { describe, expect, it } from "vitest";
import { defaultConfig, type LeakgateConfig } from "../../src/config/types.js";
import { createInternalPathRule, matchCatalogue } from "../../src/rules/internal-path.js";
import { INTERNAL_PATH_PATTERNS } from "../../src/rules/internal-path-patterns.js";
import { runRule } from "../helpers/rule-harness.js";

function scanPaths(paths: string[], config: Partial<LeakgateConfig> = {}) {
  return runRule(
    createInternalPathRule({ ...defaultConfig(), ...config }),
    paths.map((path) => ({ path, content: "" })),
  );
}

describe("internal-path catalogue", () => {
  for (const pattern of INTERNAL_PATH_PATTERNS) {
    it(`${pattern.id}: matches its samples and nothing of its near misses`, () => {
      for (const sample of pattern.samples.match) {
        expect(matchCatalogue(sample)?.id, sample).toBe(pattern.id);
        expect(matchCatalogue(`package/${sample}`)?.id, `package/${sample}`).toBe(pattern.id);
        expect(matchCatalogue(`release.tgz!vendor/x.zip!${sample}`)?.id, `nested ${sample}`).toBe(pattern.id);
      }
      for (const sample of pattern.samples.noMatch) expect(matchCatalogue(sample), sample).toBeUndefined();
    });
  }
});

describe("internal-path rule", () => {
  it("reports each catalogue hit with the pattern's severity, and ordinary files not at all", () => {
    const findings = scanPaths([
      "package/index.js",
      "package/files/.env.prod",
      "package/.idea/workspace.xml",
      "package/README.md",
    ]);
    expect(findings.map((f) => [f.path, f.severity])).toEqual([
      ["package/.idea/workspace.xml", "warning"],
      ["package/files/.env.prod", "error"],
    ]);
    expect(findings[1]!.message).toContain("`.env.prod` is an environment file");
  });

  it("the user's internal globs are errors that name the pattern", () => {
    const findings = scanPaths(["package/docs/roadmap-2027.pdf", "package/docs/guide.pdf"], {
      internal: ["docs/roadmap-*"],
    });
    expect(findings).toEqual([
      expect.objectContaining({
        path: "package/docs/roadmap-2027.pdf",
        severity: "error",
        details: { pattern: "docs/roadmap-*", source: "config" },
      }),
    ]);
  });

  it("warns once per artifact about TypeScript sources shipped next to their build", () => {
    const findings = scanPaths([
      "package/dist/index.js",
      "package/src/index.ts",
      "package/src/util/a.ts",
      "package/types/index.d.ts",
    ]);
    expect(findings).toEqual([
      expect.objectContaining({
        path: "package/src",
        severity: "warning",
        details: expect.objectContaining({ count: 2 }),
      }),
    ]);
  });

  it("uses package.json entry points to decide where the build is", () => {
    const pkg = (fields: object) => ({
      path: "package/package.json",
      content: JSON.stringify({ name: "x", ...fields }),
    });
    const run = (files: { path: string; content: string }[]) =>
      runRule(createInternalPathRule(defaultConfig()), files).map((f) => f.message);
    const ts = { path: "package/src/index.ts", content: "" };
    const built = { path: "package/out/index.cjs", content: "" };
    expect(run([pkg({ main: "./out/index.cjs" }), ts, built])).toEqual([
      "1 original TypeScript sources under `src/` ship next to the built JavaScript (its entry points are in `out/`); consumers only need the build.",
    ]);
    // Entry points in src/: the package ships its sources on purpose.
    expect(
      run([pkg({ exports: { ".": "./src/index.js" } }), ts, { path: "package/dist/extra.js", content: "" }]),
    ).toEqual([]);
  });

  it("does not warn about sources when there is no build output, or only declarations", () => {
    expect(scanPaths(["package/src/index.ts"])).toEqual([]);
    expect(scanPaths(["package/dist/index.js", "package/src/index.d.ts"])).toEqual([]);
  });
});
