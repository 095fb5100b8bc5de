import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InlineMapDetector, type InlineMapFindings } from "../../../src/rules/source-map/inline-url.js";
import { summariseSourceMap } from "../../../src/rules/source-map/json-scanner.js";

function detect(text: string | Buffer, cuts: number[] = []): InlineMapFindings {
  const bytes = typeof text === "string" ? Buffer.from(text) : text;
  const detector = new InlineMapDetector();
  let at = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)) {
    detector.write(bytes.subarray(at, cut));
    at = cut;
  }
  detector.write(bytes.subarray(at));
  return detector.end();
}

const map = JSON.stringify({
  version: 3,
  sources: ["../src/secret-algo.ts", "../src/é/naïve.ts"],
  sourcesContent: ["export const k = 'it''s' * 2; /* why */ (a) => `x`;", 'say("€ 😀")'],
  mappings: "AAAA",
});
const expected = summariseSourceMap(map);
const base64 = Buffer.from(map).toString("base64");

describe("inline sourceMappingURL detection", () => {
  const js = `console.log(1);\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,${base64}\n`;

  it("decodes a base64 data URL map split at any byte", () => {
    const bytes = Buffer.from(js);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const found = detect(bytes, [cut]);
      expect(found.inlineMaps, `cut at ${cut}`).toEqual([expected]);
      expect(found.urls).toEqual([]);
    }
  });

  it("decodes percent-encoded data URLs, in line and block comments, however they are chunked", () => {
    // encodeURIComponent leaves ' ( ) * ! ~ unencoded: they must not end the URL.
    const encoded = encodeURIComponent(map);
    const files = [
      `x;\n//# sourceMappingURL=data:application/json;charset=utf-8,${encoded}\n`,
      `x;\n//# sourceMappingURL=data:application/json,${encoded}`,
      `a{}\n/*# sourceMappingURL=data:application/json,${encoded} */\n`,
      `a{}\n/*# sourceMappingURL=data:application/json,${encoded}*/`,
    ];
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.array(fc.nat(), { maxLength: 6 }), (file, cuts) => {
        expect(detect(file, cuts).inlineMaps).toEqual([expected]);
      }),
      { numRuns: 300 },
    );
  });

  it("finds the map after random code, whatever the chunk boundaries", () => {
    const code = fc.string({ unit: fc.constantFrom("a", "/", "*", "#", " ", "\n", "'", '"', "é", "=") });
    fc.assert(
      fc.property(code, fc.boolean(), fc.array(fc.nat(), { maxLength: 6 }), (before, css, cuts) => {
        const comment = css
          ? `/*# sourceMappingURL=data:application/json;base64,${base64} */`
          : `//# sourceMappingURL=data:application/json;base64,${base64}`;
        const found = detect(`${before}\n${comment}\n`, cuts);
        expect(found.inlineMaps.at(-1)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("records external URLs from JS and CSS comments, and ignores the marker inside code", () => {
    expect(
      detect(
        "var re = /sourceMappingURL=([^\\s]+)/;\n/*# sourceMappingURL=https://cdn.internal.example/app.css.map */\n",
      ),
    ).toEqual({
      urls: ["https://cdn.internal.example/app.css.map"],
      inlineMaps: [],
      omittedUrls: 0,
      omittedInlineMaps: 0,
    });
    expect(detect("a{}\n/*# sourceMappingURL=app.css.map*/")).toEqual({
      urls: ["app.css.map"],
      inlineMaps: [],
      omittedUrls: 0,
      omittedInlineMaps: 0,
    });
    expect(detect("x();\n//@ sourceMappingURL=legacy.js.map")).toEqual({
      urls: ["legacy.js.map"],
      inlineMaps: [],
      omittedUrls: 0,
      omittedInlineMaps: 0,
    });
  });

  it("ignores code that writes such a comment instead of carrying one", () => {
    const writers = [
      'out += "\\n//# sourceMappingURL=data:application/json;base64," + encoded;',
      "out += '\\n//# sourceMappingURL=data:application/json;charset=utf-8,' + encodeURIComponent(json);",
      "return `//# sourceMappingURL=data:application/json;base64,$" + "{b64}`;",
      'const c = "//# sourceMappingURL=" + url;',
    ];
    for (const code of writers)
      expect(detect(code), code).toEqual({ urls: [], inlineMaps: [], omittedUrls: 0, omittedInlineMaps: 0 });
  });

  it("reports every inline map of a concatenated bundle", () => {
    const other = JSON.stringify({ version: 3, sources: ["b.ts"], mappings: "" });
    const text = `${js}b();\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(other).toString("base64")}\n`;
    expect(detect(text, [100, 200]).inlineMaps.map((m) => m.sources)).toEqual([expected.sources, ["b.ts"]]);
  });

  it("reports a broken inline map as malformed, without throwing", () => {
    const cut = Buffer.from(map.slice(0, 40)).toString("base64");
    const found = detect(`x;\n//# sourceMappingURL=data:application/json;base64,${cut}\n`);
    expect(found.inlineMaps).toHaveLength(1);
    expect(found.inlineMaps[0]!.malformed).toMatch(/cut off/);
  });
});
