import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FindingInput } from "../../src/core/model.js";
import { MAX_KEPT_SOURCES } from "../../src/rules/source-map/json-scanner.js";
import { sourceMapRule } from "../../src/rules/source-map.js";
import { type FakeEntry, runRule } from "../helpers/rule-harness.js";

/** A package shaped like the incident: cli.js plus a map embedding hundreds of ../src files. */
function incident(options: { sourcesContent: boolean; files?: number }): FakeEntry[] {
  const files = options.files ?? 300;
  const sources = Array.from(
    { length: files },
    (_, i) => `../src/${["commands", "core", "utils/deep"][i % 3]}/module${Math.floor(i / 10)}/file${i}.ts`,
  );
  sources.push("../node_modules/left-pad/index.js", "../node_modules/@scope/pkg/lib/a.js");
  const map = {
    version: 3,
    file: "cli.js",
    sources,
    ...(options.sourcesContent
      ? { sourcesContent: sources.map((s) => `// ${s}\nexport const x = "\\"quoted\\" é 😀";\n`) }
      : {}),
    names: ["x"],
    mappings: "AAAA;".repeat(files),
  };
  return [
    { path: "package/package.json", content: '{"name":"cli","version":"1.0.0"}' },
    { path: "package/cli.js", content: "#!/usr/bin/env node\nrun();\n//# sourceMappingURL=cli.js.map\n" },
    { path: "package/cli.js.map", content: JSON.stringify(map) },
  ];
}

const severities = (findings: FindingInput[]) => findings.map((f) => f.severity);

describe("source-map rule", () => {
  it("flags the incident shape: one error on cli.js.map with the counts and roots", () => {
    const findings = runRule(sourceMapRule, incident({ sourcesContent: true }), { chunkSize: 4096 });
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ ruleId: "source-map", severity: "error", path: "package/cli.js.map" });
    expect(finding!.message).toBe(
      "cli.js.map embeds the original source of 302 files that are not shipped (../src 300, ../node_modules/@scope/pkg 1, ../node_modules/left-pad 1): anyone who downloads the release can read them.",
    );
    expect(finding!.fix).toContain("sourcesContent: false");
    expect(finding!.fix).toContain(".npmignore");
    expect(finding!.details).toEqual({
      sources: 302,
      sourcesContent: 302,
      embeddedNotShipped: 302,
      topRoots: [
        { root: "../src", count: 300 },
        { root: "../node_modules/@scope/pkg", count: 1 },
        { root: "../node_modules/left-pad", count: 1 },
      ],
      mapBytes: Buffer.byteLength(incident({ sourcesContent: true })[2]!.content),
      inline: false,
    });
  });

  it("reports the same finding however the map's bytes are chunked", () => {
    const entries = incident({ sourcesContent: true, files: 40 });
    const whole = runRule(sourceMapRule, entries);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), (chunkSize) => {
        expect(runRule(sourceMapRule, entries, { chunkSize })).toEqual(whole);
      }),
      { numRuns: 30 },
    );
  });

  it("keeps the same fingerprint evidence when files are added, so an accepted map stays accepted", () => {
    const before = runRule(sourceMapRule, incident({ sourcesContent: true, files: 300 }));
    const after = runRule(sourceMapRule, incident({ sourcesContent: true, files: 301 }));
    expect(after[0]!.evidence).toBe(before[0]!.evidence);
    expect(JSON.stringify(before[0]!.evidence)).not.toContain("export const");
  });

  it("the same package built with sourcesContent: false raises no error, only a path-disclosure warning", () => {
    // cli.js.map sits at the package root, so ../src is outside the package.
    const findings = runRule(sourceMapRule, incident({ sourcesContent: false }));
    expect(severities(findings)).toEqual(["warning"]);
    expect(findings[0]!.message).toContain("names 302 sources outside the release (../src 300");
    expect(findings[0]!.fix).toContain("*.map");
  });

  it("a tsc build whose map names ../src inside the package, without content, is a note", () => {
    const findings = runRule(sourceMapRule, [
      { path: "package/package.json", content: "{}" },
      { path: "package/dist/a.js", content: "a();\n//# sourceMappingURL=a.js.map\n" },
      {
        path: "package/dist/a.js.map",
        content: JSON.stringify({ version: 3, sources: ["../src/a.ts"], mappings: "" }),
      },
    ]);
    expect(severities(findings)).toEqual(["note"]);
    expect(findings[0]!.message).toContain("names 1 source (1 not shipped) without embedding their content");
  });

  it("a map whose sources all ship is a note only", () => {
    const findings = runRule(sourceMapRule, [
      { path: "package/package.json", content: "{}" },
      { path: "package/lib/a.js", content: "a();\n//# sourceMappingURL=a.js.map\n" },
      { path: "package/src/a.ts", content: "a();" },
      {
        path: "package/lib/a.js.map",
        content: JSON.stringify({
          version: 3,
          sources: ["../src/a.ts"],
          sourcesContent: ["a();"],
          mappings: "",
        }),
      },
    ]);
    expect(severities(findings)).toEqual(["note"]);
    expect(findings[0]!.message).toContain("maps 1 source that ship");
  });

  it("absolute build paths without content are a path-disclosure warning naming the directories", () => {
    const findings = runRule(sourceMapRule, [
      {
        path: "dist/app.js.map",
        content: JSON.stringify({
          version: 3,
          sources: ["/home/runner/work/acme/acme/src/a.ts", "C:\\Users\\dev\\acme\\b.ts"],
          mappings: "",
        }),
      },
    ]);
    expect(findings).toEqual([expect.objectContaining({ severity: "warning", evidence: "disclosed-paths" })]);
    expect(findings[0]!.message).toContain("/home/runner/work 1");
    expect(findings[0]!.message).toContain("C:/Users/dev/acme 1");
    expect(findings[0]!.fix).toContain("relative source paths");
  });

  it("embedded content of absolute paths is the leak", () => {
    const findings = runRule(sourceMapRule, [
      {
        path: "dist/app.js.map",
        content: JSON.stringify({
          version: 3,
          sources: ["/Users/bob/acme/src/pricing.ts"],
          sourcesContent: ["export const margin = 0.42;"],
        }),
      },
    ]);
    expect(severities(findings)).toEqual(["error"]);
    expect(findings[0]!.message).toContain("1 file that is not shipped (/Users/bob/acme 1)");
  });

  it("an inline base64 map embedding sources is judged like a .map file", () => {
    const map = JSON.stringify({
      version: 3,
      sources: ["../src/pricing.ts"],
      sourcesContent: ["export const margin = 0.42;"],
    });
    const findings = runRule(
      sourceMapRule,
      [
        {
          path: "dist/index.mjs",
          content: `x();\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(map).toString("base64")}\n`,
        },
      ],
      { chunkSize: 7 },
    );
    expect(findings).toEqual([expect.objectContaining({ severity: "error", path: "dist/index.mjs" })]);
    expect(findings[0]!.message).toContain(
      "The inline source map in index.mjs embeds the original source of 1 file that is not shipped (../src 1)",
    );
    expect(findings[0]!.details).toMatchObject({ inline: true, mapBytes: Buffer.byteLength(map) });
  });

  it("a sourceMappingURL that points at a host is a warning naming the host", () => {
    const findings = runRule(sourceMapRule, [
      {
        path: "package/dist/app.js",
        content: "x();\n//# sourceMappingURL=https://artifacts.internal.example/builds/42/app.js.map\n",
      },
      { path: "package/dist/app.css", content: "a{}\n/*# sourceMappingURL=app.css.map */\n" },
    ]);
    expect(findings).toEqual([
      expect.objectContaining({
        severity: "warning",
        path: "package/dist/app.js",
        details: expect.objectContaining({ host: "artifacts.internal.example" }),
      }),
    ]);
  });

  it("a source map that cannot be parsed is a warning, never a crash", () => {
    const findings = runRule(sourceMapRule, [
      { path: "a.js.map", content: "not json at all" },
      { path: "b.css.map", content: '{"version":3,"sources":["a.ts"' },
    ]);
    expect(findings).toEqual([
      expect.objectContaining({ path: "a.js.map", severity: "warning", evidence: "malformed" }),
      expect.objectContaining({ path: "b.css.map", severity: "warning", evidence: "malformed" }),
    ]);
    expect(findings[1]!.message).toContain(
      "could not be read as a source map (cut off before the end of the JSON)",
    );
  });

  it("leaves other files named .map alone (linker maps, game levels)", () => {
    const findings = runRule(sourceMapRule, [
      { path: "firmware/app.map", content: "Archive member included to satisfy reference by file\n" },
      { path: "levels/level1.map", content: '{"tiles":[[0,1]],"width":1}' },
    ]);
    expect(findings).toEqual([]);
  });

  it("maps inside nested archives resolve sources within their own container", () => {
    const findings = runRule(sourceMapRule, [
      { path: "release.zip!pkg.tgz!package/package.json", content: "{}" },
      {
        path: "release.zip!pkg.tgz!package/dist/a.js.map",
        content: JSON.stringify({ version: 3, sources: ["../src/a.ts"], sourcesContent: ["x"] }),
      },
      { path: "release.zip!pkg.tgz!package/src/a.ts", content: "x" },
      // Same inner path in another container: not the one the map refers to.
      { path: "release.zip!other.tgz!package/src/b.ts", content: "x" },
    ]);
    expect(findings).toEqual([
      expect.objectContaining({ severity: "note", path: "release.zip!pkg.tgz!package/dist/a.js.map" }),
    ]);
  });

  it("only dependency or bundler-generated sources embedded is a note, not the leak", () => {
    const findings = runRule(sourceMapRule, [
      {
        path: "dist/vendor.js.map",
        content: JSON.stringify({
          version: 3,
          sources: [
            "../node_modules/react/index.js",
            "webpack://lib/webpack/bootstrap",
            'webpack://lib/external "fs"',
          ],
          sourcesContent: ["x", "y", "z"],
        }),
      },
    ]);
    expect(severities(findings)).toEqual(["note"]);
    expect(findings[0]!.message).toContain("embeds the source of 3 dependency or bundler files");
  });

  it("a webpack map embedding its own sources: an error unless those sources ship", () => {
    const webpackMap = JSON.stringify({
      version: 3,
      sources: [
        "webpack://lib/webpack/bootstrap",
        "webpack://lib/./src/index.js",
        "webpack://lib/./src/util.js",
      ],
      sourcesContent: ["boot", "index", "util"],
    });
    const leaking = runRule(sourceMapRule, [
      { path: "package/package.json", content: "{}" },
      { path: "package/lib/lib.min.js.map", content: webpackMap },
    ]);
    expect(severities(leaking)).toEqual(["error"]);
    expect(leaking[0]!.message).toContain("(webpack://src 2, webpack://webpack 1)");
    const shipping = runRule(sourceMapRule, [
      { path: "package/package.json", content: "{}" },
      { path: "package/lib/lib.min.js.map", content: webpackMap },
      { path: "package/src/index.js", content: "index" },
      { path: "package/src/util.js", content: "util" },
    ]);
    expect(severities(shipping)).toEqual(["note"]);
  });

  it("index maps (sections) are judged over every section", () => {
    const findings = runRule(sourceMapRule, [
      {
        path: "dist/bundle.js.map",
        content: JSON.stringify({
          version: 3,
          sections: [
            {
              offset: { line: 0, column: 0 },
              map: { version: 3, sources: ["../node_modules/x/a.js"], mappings: "" },
            },
            {
              offset: { line: 5, column: 0 },
              map: {
                version: 3,
                sourceRoot: "../src/",
                sources: ["core.ts"],
                sourcesContent: ["secret"],
                mappings: "",
              },
            },
          ],
        }),
      },
    ]);
    expect(severities(findings)).toEqual(["error"]);
    expect(findings[0]!.message).toContain("1 file that is not shipped (../src 1)");
  });

  it("a map naming more sources than are kept still counts the embedded ones past the limit", () => {
    const n = MAX_KEPT_SOURCES + 3;
    const content = `{"version":3,"sources":[${'"../src/a.ts",'.repeat(n - 1)}"../src/b.ts"],"sourcesContent":[${"null,".repeat(MAX_KEPT_SOURCES)}"x","y","z"]}`;
    const findings = runRule(sourceMapRule, [{ path: "dist/huge.js.map", content }]);
    expect(severities(findings)).toEqual(["error"]);
    expect(findings[0]!.message).toContain("3 files that are not shipped (3 more not resolved)");
    expect(findings[0]!.details).toMatchObject({ sources: n, sourcesContent: 3, unresolvedEmbedded: 3 });
  });

  it("lists at most 10 roots in details", () => {
    const sources = Array.from({ length: 30 }, (_, i) => `../area${i % 15}/f${i}.ts`);
    const findings = runRule(sourceMapRule, [
      {
        path: "dist/a.js.map",
        content: JSON.stringify({ version: 3, sources, sourcesContent: sources.map(() => "x") }),
      },
    ]);
    expect(findings[0]!.details!.topRoots).toHaveLength(10);
    expect(findings[0]!.message).toContain("(../area0 2, ../area1 2, ../area10 2)");
  });
});
