import { describe, expect, it } from "vitest";
import { sourceMapRule } from "../../src/rules/source-map.js";
import { runRule } from "../helpers/rule-harness.js";

/** A bundle shaped like the incident: cli.js plus a map embedding hundreds of ../src files. */
function incident(options: { sourcesContent: boolean; files?: number }) {
  const files = options.files ?? 300;
  const sources = Array.from({ length: files }, (_, i) => `../src/module${Math.floor(i / 10)}/file${i}.ts`);
  sources.push("../node_modules/left-pad/index.js", "../node_modules/@scope/pkg/lib/a.js");
  const map = {
    version: 3,
    file: "cli.js",
    sources,
    ...(options.sourcesContent
      ? { sourcesContent: sources.map((s) => `// ${s}\nexport const x = "\\"quoted\\"";\n`) }
      : {}),
    mappings: "AAAA;".repeat(files),
  };
  return [
    { path: "package/package.json", content: '{"name":"cli","version":"1.0.0"}' },
    { path: "package/cli.js", content: "#!/usr/bin/env node\nrun();\n//# sourceMappingURL=cli.js.map\n" },
    { path: "package/cli.js.map", content: JSON.stringify(map) },
  ];
}

describe("source-map rule", () => {
  it("flags the incident shape: one error on cli.js.map with the counts and roots", () => {
    const findings = runRule(sourceMapRule, incident({ sourcesContent: true }), { chunkSize: 4096 });
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ ruleId: "source-map", severity: "error", path: "package/cli.js.map" });
    expect(finding!.message).toContain("embeds the original source of 302 files that are not shipped");
    expect(finding!.message).toContain(
      "(../src 300, ../node_modules/@scope/pkg 1, ../node_modules/left-pad 1)",
    );
    expect(finding!.fix).toContain("sourcesContent: false");
    expect(finding!.details).toMatchObject({ sources: 302, sourcesContent: 302, embeddedNotShipped: 302 });
  });

  it("the same package built with sourcesContent: false raises no error", () => {
    const findings = runRule(sourceMapRule, incident({ sourcesContent: false }));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("a map whose sources all ship is a note only", () => {
    const findings = runRule(sourceMapRule, [
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
    expect(findings.map((f) => f.severity)).toEqual(["note"]);
  });

  it("absolute build paths without content are a path-disclosure warning", () => {
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
    expect(findings[0]!.message).toContain("/home/runner/work");
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
      "The inline source map in index.mjs embeds the original source of 1 files",
    );
  });

  it("a sourceMappingURL that points at a host is a warning naming the host", () => {
    const findings = runRule(sourceMapRule, [
      {
        path: "package/dist/app.js",
        content: "x();\n//# sourceMappingURL=https://artifacts.internal.example/builds/42/app.js.map\n",
      },
    ]);
    expect(findings).toEqual([
      expect.objectContaining({
        severity: "warning",
        details: expect.objectContaining({ host: "artifacts.internal.example" }),
      }),
    ]);
  });

  it("a map that is not JSON is a warning, never a crash", () => {
    const findings = runRule(sourceMapRule, [{ path: "a.js.map", content: "not json at all" }]);
    expect(findings).toEqual([expect.objectContaining({ severity: "warning", evidence: "malformed" })]);
  });

  it("maps inside nested archives resolve sources within their own container", () => {
    const findings = runRule(sourceMapRule, [
      {
        path: "release.tgz!package/dist/a.js.map",
        content: JSON.stringify({ version: 3, sources: ["../src/a.ts"], sourcesContent: ["x"] }),
      },
      { path: "release.tgz!package/src/a.ts", content: "x" },
    ]);
    expect(findings.map((f) => f.severity)).toEqual(["note"]);
  });

  it("only third-party sources embedded is a note, not the leak", () => {
    const findings = runRule(sourceMapRule, [
      {
        path: "dist/vendor.js.map",
        content: JSON.stringify({
          version: 3,
          sources: ["../node_modules/react/index.js"],
          sourcesContent: ["x"],
        }),
      },
    ]);
    expect(findings.map((f) => f.severity)).toEqual(["note"]);
  });
});
