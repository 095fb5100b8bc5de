import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InlineMapDetector } from "../../src/rules/source-map/inline-url.js";
import { SourceMapScanner, summariseSourceMap } from "../../src/rules/source-map/json-scanner.js";

function inChunks(data: Buffer, cuts: number[]) {
  const scanner = new SourceMapScanner();
  let at = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (data.length + 1)))].sort((a, b) => a - b)) {
    scanner.write(data.subarray(at, cut));
    at = cut;
  }
  scanner.write(data.subarray(at));
  return scanner.end();
}

/** What the scanner should report, computed the simple way. */
function expected(map: {
  sources: (string | null)[];
  sourcesContent?: (string | null)[];
  sourceRoot?: string;
  file?: string;
}) {
  return {
    sources: map.sources.map((s) => s ?? ""),
    contentLengths: map.sources.map((_, i) => {
      const content = map.sourcesContent?.[i];
      return typeof content === "string" ? Buffer.byteLength(JSON.stringify(content)) - 2 : -1;
    }),
    embeddedCount: (map.sourcesContent ?? []).filter((c) => typeof c === "string").length,
  };
}

const text = fc.string({
  unit: fc.constantFrom("a", "/", ".", '"', "\\", "\n", "é", "😀", "\u0001", " ", "{", "]"),
});
const sourceMap = fc.record(
  {
    version: fc.constant(3),
    file: text,
    sourceRoot: text,
    sources: fc.array(fc.option(text, { nil: null }), { maxLength: 20 }),
    sourcesContent: fc.array(fc.option(text, { nil: null }), { maxLength: 20 }),
    names: fc.array(text, { maxLength: 3 }),
    mappings: fc.string(),
    x_extra: fc.jsonValue({ maxDepth: 3 }),
  },
  { requiredKeys: ["version", "sources"] },
);

describe("streaming source map scanner", () => {
  it("agrees with JSON.parse on random maps, however the bytes are chunked", () => {
    fc.assert(
      fc.property(sourceMap, fc.array(fc.nat(), { maxLength: 6 }), fc.boolean(), (map, cuts, pretty) => {
        const bytes = Buffer.from(JSON.stringify(map, null, pretty ? 2 : undefined));
        const summary = inChunks(bytes, cuts);
        const want = expected(map);
        expect(summary.malformed).toBeUndefined();
        expect(summary.sources).toEqual(want.sources);
        expect(summary.contentLengths).toEqual(want.contentLengths.slice(0, want.sources.length));
        expect(summary.embeddedCount).toBe(want.embeddedCount);
        if (map.sourceRoot !== undefined) expect(summary.sourceRoot).toBe(map.sourceRoot);
        if (map.file !== undefined) expect(summary.file).toBe(map.file);
      }),
      { numRuns: 300 },
    );
  });

  it("reports truncated and malformed maps instead of throwing", () => {
    const valid = Buffer.from(JSON.stringify({ version: 3, sources: ["a.ts"], sourcesContent: ["x"] }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: valid.length - 1 }), (cut) => {
        expect(summariseSourceMap(valid.subarray(0, cut)).malformed).toBeDefined();
      }),
    );
    for (const bad of ["", "[1,2]", "hello", '{"sources": [1,}', '{"a":1}}', '{"a": tru}']) {
      expect(summariseSourceMap(bad).malformed, bad).toBeDefined();
    }
  });

  it("counts the sources of every section of an index map", () => {
    const indexMap = {
      version: 3,
      sections: [
        { offset: { line: 0, column: 0 }, map: { version: 3, sources: ["a.ts"], sourcesContent: ["A"] } },
        {
          offset: { line: 9, column: 0 },
          map: { version: 3, sources: ["b.ts", "c.ts"], sourcesContent: [null, "CC"] },
        },
      ],
    };
    expect(summariseSourceMap(JSON.stringify(indexMap))).toMatchObject({
      sources: ["a.ts", "b.ts", "c.ts"],
      contentLengths: [1, -1, 2],
      embeddedCount: 2,
    });
  });
});

describe("inline sourceMappingURL detection", () => {
  const map = JSON.stringify({
    version: 3,
    sources: ["../src/secret-algo.ts"],
    sourcesContent: ["export const k = 1;"],
  });
  const js = `console.log(1);\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,${Buffer.from(map).toString("base64")}\n`;

  it("decodes a base64 data URL map split at any byte", () => {
    const bytes = Buffer.from(js);
    for (let cut = 1; cut < bytes.length; cut++) {
      const detector = new InlineMapDetector();
      detector.write(bytes.subarray(0, cut));
      detector.write(bytes.subarray(cut));
      const found = detector.end();
      expect(found.inlineMaps, `cut at ${cut}`).toHaveLength(1);
      expect(found.inlineMaps[0]).toMatchObject({ sources: ["../src/secret-algo.ts"], embeddedCount: 1 });
    }
  });

  it("records external URLs from JS and CSS comments, and ignores the marker inside code", () => {
    const detector = new InlineMapDetector();
    detector.write(
      Buffer.from(
        "var re = /sourceMappingURL=([^\\s]+)/;\n/*# sourceMappingURL=https://cdn.internal.example/app.css.map */\n",
      ),
    );
    expect(detector.end()).toEqual({ urls: ["https://cdn.internal.example/app.css.map"], inlineMaps: [] });
  });

  it("decodes percent-encoded data URLs", () => {
    const detector = new InlineMapDetector();
    detector.write(
      Buffer.from(`x;\n//# sourceMappingURL=data:application/json,${encodeURIComponent(map)}\n`),
    );
    expect(detector.end().inlineMaps[0]).toMatchObject({
      sources: ["../src/secret-algo.ts"],
      embeddedCount: 1,
    });
  });
});
