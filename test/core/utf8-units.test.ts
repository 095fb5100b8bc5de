import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { utf16UnitsOfUtf8 } from "../../src/core/utf8-units.js";

describe("utf16UnitsOfUtf8", () => {
  it("equals the decoded string's length, for any text at any alignment and range", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 300 }),
        fc.nat(7),
        fc.nat(3),
        (text, offset, tail) => {
          // Place the bytes at every alignment inside a larger buffer, with bytes around them.
          const encoded = Buffer.from(text, "utf8");
          const backing = Buffer.alloc(offset + encoded.length + tail, 0xf0);
          encoded.copy(backing, offset);
          expect(utf16UnitsOfUtf8(backing, offset, offset + encoded.length)).toBe(text.length);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("counts a surrogate pair as two units and a continuation byte as none, in every lane of a word", () => {
    for (const sample of [
      "a😀bcdefgh",
      "ab😀cdefgh",
      "abc😀defgh",
      "abcd😀efgh",
      "é€😀漢字",
      "x".repeat(13),
    ]) {
      const bytes = Buffer.from(sample);
      expect(utf16UnitsOfUtf8(bytes, 0, bytes.length)).toBe(sample.length);
    }
  });

  it("adds up over any byte split, even inside a character (streamed chunks split anywhere)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 200 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (text, cuts) => {
          const bytes = Buffer.from(text);
          const points = [0, ...cuts.map((cut) => cut % (bytes.length + 1)), bytes.length].sort(
            (a, b) => a - b,
          );
          let units = 0;
          for (let k = 1; k < points.length; k++)
            units += utf16UnitsOfUtf8(bytes, points[k - 1]!, points[k]!);
          expect(units).toBe(text.length);
        },
      ),
    );
  });

  it("returns 0 for an empty or reversed range", () => {
    expect(utf16UnitsOfUtf8(Buffer.from("abc"), 2, 2)).toBe(0);
    expect(utf16UnitsOfUtf8(Buffer.from("abc"), 3, 1)).toBe(0);
  });
});
