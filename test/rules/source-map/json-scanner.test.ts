import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_KEPT_SOURCES,
  SourceMapScanner,
  type SourceMapSummary,
  sourceRootAt,
  summariseSourceMap,
} from "../../../src/rules/source-map/json-scanner.js";

/** Feeds `data` cut at the given offsets (any numbers: they are wrapped into range and sorted). */
function inChunks(data: Buffer, cuts: number[]): SourceMapSummary {
  const scanner = new SourceMapScanner();
  let at = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (data.length + 1)))].sort((a, b) => a - b)) {
    scanner.write(data.subarray(at, cut));
    at = cut;
  }
  scanner.write(data.subarray(at));
  return scanner.end();
}

/** Strings made of what trips JSON scanners: quotes, backslashes, escapes, multi-byte and astral characters. */
const tricky = fc.string({
  unit: fc.constantFrom(
    "a",
    "/",
    ".",
    '"',
    "\\",
    "\n",
    "\t",
    "é",
    "中",
    "😀",
    "\ud800", // a lone surrogate: JSON.stringify writes it as \ud800
    "\u0001",
    "\u2028",
    " ",
    "{",
    "]",
    ",",
    ":",
  ),
  maxLength: 40,
});
const element = fc.oneof(
  { weight: 4, arbitrary: tricky },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);
const sourceMap = fc.record(
  {
    version: fc.constant(3),
    file: tricky,
    sourceRoot: tricky,
    sources: fc.array(fc.oneof(tricky, fc.constant(null)), { maxLength: 20 }),
    sourcesContent: fc.array(element, { maxLength: 20 }),
    names: fc.array(tricky, { maxLength: 3 }),
    mappings: fc.string(),
    x_extra: fc.jsonValue({ maxDepth: 3 }),
  },
  { requiredKeys: ["version", "sources"] },
);
const serialise = (map: unknown, indent: number) => Buffer.from(JSON.stringify(map, null, indent));

describe("streaming source map scanner", () => {
  it("agrees with JSON.parse on random maps, however the bytes are chunked", () => {
    fc.assert(
      fc.property(
        sourceMap,
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.constantFrom(0, 1, 2, 4),
        (map, cuts, indent) => {
          const bytes = serialise(map, indent);
          const parsed = JSON.parse(bytes.toString("utf8")) as typeof map;
          const summary = inChunks(bytes, cuts);
          const content = parsed.sourcesContent ?? [];
          expect(summary.malformed).toBeUndefined();
          expect(summary.looksLikeSourceMap).toBe(true);
          expect(summary.sources).toEqual(parsed.sources.map((s) => s ?? ""));
          expect(summary.sourceCount).toBe(parsed.sources.length);
          expect(summary.contentLengths).toEqual(
            parsed.sources.map((_, i) =>
              typeof content[i] === "string" ? (content[i] as string).length : -1,
            ),
          );
          expect(summary.embeddedCount).toBe(content.filter((c) => typeof c === "string").length);
          expect(summary.version).toBe(3);
          expect(summary.file).toBe(parsed.file);
          expect(summary.sourceRoot).toBe(parsed.sourceRoot);
          expect(summary.bytes).toBe(bytes.length);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("gives the same summary for any chunking, also of broken and cut-off maps", () => {
    const valid = fc.tuple(sourceMap, fc.constantFrom(0, 2)).map(([map, indent]) => serialise(map, indent));
    const damaged = fc
      .tuple(
        valid,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
        fc.nat(),
      )
      .map(([bytes, edits, cut]) => {
        const copy = Buffer.from(bytes);
        for (const [at, byte] of edits) copy[at % copy.length] = byte;
        return copy.subarray(0, cut % (copy.length + 1));
      });
    fc.assert(
      fc.property(fc.oneof(valid, damaged), fc.array(fc.nat(), { maxLength: 8 }), (bytes, cuts) => {
        expect(inChunks(bytes, cuts)).toEqual(summariseSourceMap(bytes));
      }),
      { numRuns: 400 },
    );
  });

  it('reads escapes (\\" \\\\ \\uXXXX, surrogate pairs) split at every byte', () => {
    const map = {
      version: 3,
      sources: ['../src/"quoted"\\dir/é.ts', "../src/\u00e9\ud83d\ude00.ts"],
      sourcesContent: ['say("hi")\\n', "\u00e9 \ud83d\ude00 \u0000 \u2028"],
    };
    // Escape every non-ASCII character so \uXXXX sequences are in the bytes.
    const bytes = Buffer.from(
      JSON.stringify(map).replace(
        /[^\x20-\x7e]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
      ),
    );
    const whole = summariseSourceMap(bytes);
    expect(whole).toMatchObject({
      sources: map.sources,
      contentLengths: map.sourcesContent.map((c) => c.length),
      embeddedCount: 2,
    });
    for (let cut = 0; cut <= bytes.length; cut++) {
      for (const second of [cut, Math.min(bytes.length, cut + 1), Math.min(bytes.length, cut + 3)]) {
        expect(inChunks(bytes, [cut, second]), `cut at ${cut}, ${second}`).toEqual(whole);
      }
    }
  });

  it("reports truncated and malformed maps with a reason instead of throwing", () => {
    const valid = Buffer.from(JSON.stringify({ version: 3, sources: ["a.ts"], sourcesContent: ["x"] }));
    for (let cut = 0; cut < valid.length; cut++) {
      const summary = summariseSourceMap(valid.subarray(0, cut));
      expect(summary.malformed, `cut at ${cut}`).toMatch(/\w/);
    }
    const bad = [
      "",
      "   ",
      "[1,2]",
      '"a string"',
      "hello",
      '{"sources": [1,}',
      '{"a":1}}',
      '{"a": tru}',
      '{"a" 1}',
      '{"a":1 "b":2}',
      '{"a":1,}',
      '{,"a":1}',
      '{"a":[1 2]}',
      '{"a":[1,]}',
      '{"a":01}',
      '{"a":}',
      '{"a"}',
      "{1:2}",
      '{"a":1}{"b":2}',
      `{"a":${"1".repeat(100)}}`,
      `{"x":${"[".repeat(10_000)}${"]".repeat(10_000)}}`,
    ];
    for (const text of bad) expect(summariseSourceMap(text).malformed, text.slice(0, 40)).toMatch(/\w/);
    expect(summariseSourceMap('{"version":3,"sources":["a.ts"').malformed).toBe(
      "cut off before the end of the JSON",
    );
  });

  it("never throws on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.array(fc.nat(), { maxLength: 4 }), (bytes, cuts) => {
        const summary = inChunks(Buffer.from(bytes), cuts);
        expect(summary.sources.length).toBe(summary.contentLengths.length);
      }),
    );
  });

  it("counts the sources of every section of an index map, with each section's sourceRoot", () => {
    const indexMap = {
      version: 3,
      file: "bundle.js",
      sections: [
        {
          offset: { line: 0, column: 0 },
          map: { version: 3, file: "x.js", sources: ["a.ts"], sourcesContent: ["A"], sourceRoot: "../lib/" },
        },
        {
          offset: { line: 9, column: 0 },
          map: { version: 3, sources: ["b.ts", "c.ts"], sourcesContent: [null, "CC"] },
        },
      ],
    };
    const summary = summariseSourceMap(JSON.stringify(indexMap));
    expect(summary).toMatchObject({
      file: "bundle.js",
      sources: ["a.ts", "b.ts", "c.ts"],
      contentLengths: [1, -1, 2],
      embeddedCount: 2,
      sourceCount: 3,
    });
    expect(summary.sourceRoot).toBeUndefined();
    expect([0, 1, 2].map((i) => sourceRootAt(summary, i))).toEqual(["../lib/", undefined, undefined]);
  });

  it("accepts a UTF-8 BOM and the )]}' guard line the spec allows", () => {
    const json = JSON.stringify({ version: 3, sources: ["a.ts"], mappings: "" });
    for (const prefix of [Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(")]}'\n")]) {
      const bytes = Buffer.concat([prefix, Buffer.from(json)]);
      for (let cut = 0; cut <= prefix.length + 1; cut++) {
        const summary = inChunks(bytes, [cut]);
        expect(summary.malformed).toBeUndefined();
        expect(summary.sources).toEqual(["a.ts"]);
      }
    }
  });

  it("tells source maps from other files named .map", () => {
    expect(summariseSourceMap("Memory Configuration\n\nName Origin Length\n").looksLikeSourceMap).toBe(false);
    expect(summariseSourceMap('{"tiles":[[0,1],[1,0]],"width":2}').looksLikeSourceMap).toBe(false);
    expect(summariseSourceMap('{"version":3,"mappings":""}').looksLikeSourceMap).toBe(true);
    // A map cut off mid-way is still a (broken) map.
    expect(summariseSourceMap('{"version":3,"sour').looksLikeSourceMap).toBe(true);
  });

  it("counts the characters of long sources with a few non-ASCII ones anywhere", () => {
    // A long ASCII run is counted by its length (buffer.isAscii), anything else byte by byte:
    // a few multi-byte characters or escapes anywhere in a long source, the bytes cut
    // anywhere, must count as a JS string's length does.
    const LONG = 4096;
    const wide = ["é", "中", "😀", "\u2028", "\n", '"'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 * LONG }), fc.constantFrom(...wide)), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.integer({ min: 3 * LONG, max: 4 * LONG }),
        fc.array(fc.nat(), { maxLength: 3 }),
        (placed, length, cuts) => {
          const chars = Array.from({ length }, (_, i) => String.fromCharCode(97 + (i % 26)));
          for (const [at, char] of placed) chars[at] = char;
          const content = chars.join("");
          const bytes = serialise(
            { version: 3, sources: ["a.ts"], sourcesContent: [content], mappings: "" },
            0,
          );
          expect(inChunks(bytes, cuts).contentLengths).toEqual([content.length]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("counts very long embedded sources without keeping them, and cuts very long paths", () => {
    const content = `${"x".repeat(3_000_000)}é😀`;
    const longPath = `../src/${"d/".repeat(5000)}a.ts`;
    const bytes = Buffer.from(JSON.stringify({ version: 3, sources: [longPath], sourcesContent: [content] }));
    const summary = inChunks(bytes, [1000, 70_000, 1_000_000]);
    expect(summary.contentLengths).toEqual([content.length]);
    expect(summary.sources[0]).toBe(longPath.slice(0, 4096));
  });

  it("keeps at most MAX_KEPT_SOURCES paths and counts the rest", () => {
    const n = MAX_KEPT_SOURCES + 3;
    const bytes = Buffer.from(
      `{"version":3,"sources":[${'"a",'.repeat(n - 1)}"b"],"sourcesContent":[${'"",'.repeat(n - 1)}"bb"]}`,
    );
    const summary = summariseSourceMap(bytes);
    expect(summary.sourceCount).toBe(n);
    expect(summary.sources).toHaveLength(MAX_KEPT_SOURCES);
    expect(summary.contentLengths).toHaveLength(MAX_KEPT_SOURCES);
    expect(summary.embeddedCount).toBe(n);
  });
});
