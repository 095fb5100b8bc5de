import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSize } from "../../src/config/sizes.js";
import { formatBytes } from "../../src/core/format-bytes.js";

const UNITS: Record<string, number> = {
  B: 1,
  KB: 1000,
  KiB: 1024,
  k: 1024,
  MB: 1000 ** 2,
  MiB: 1024 ** 2,
  M: 1024 ** 2,
  GB: 1000 ** 3,
  GiB: 1024 ** 3,
  G: 1024 ** 3,
  TB: 1000 ** 4,
  TiB: 1024 ** 4,
};

describe("parseSize", () => {
  it("reads the documented forms", () => {
    expect(parseSize("10 MiB")).toBe(10 * 1024 ** 2);
    expect(parseSize("512KiB")).toBe(512 * 1024);
    expect(parseSize("1.5 GB")).toBe(1_500_000_000);
    expect(parseSize("200k")).toBe(200 * 1024);
    expect(parseSize("1048576")).toBe(1024 ** 2);
    expect(parseSize(1234)).toBe(1234);
    expect(parseSize("  2 mb ")).toBe(2_000_000);
  });

  it("rounds fractions down to whole bytes", () => {
    expect(parseSize("1.5 B")).toBe(1);
    expect(parseSize(10.9)).toBe(10);
  });

  it("refuses anything else with a message that shows examples", () => {
    for (const bad of ["", "ten", "5 parsecs", "-1", "1e3", ".5k", "1,000", "10 MiB extra"]) {
      expect(() => parseSize(bad), bad).toThrow(/is not a size \(examples: 10 MiB/);
    }
    expect(() => parseSize(-1)).toThrow("non-negative");
    expect(() => parseSize(Number.POSITIVE_INFINITY)).toThrow("non-negative");
    expect(() => parseSize("99999 PB")).toThrow("too large");
  });

  it("round-trips any whole number of any unit, with or without a space", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4096 }),
        fc.constantFrom(...Object.entries(UNITS)),
        fc.constantFrom("", " "),
        fc.boolean(),
        (n, [unit, factor], space, lower) => {
          const text = `${n}${space}${lower ? unit.toLowerCase() : unit}`;
          expect(parseSize(text)).toBe(n * factor);
        },
      ),
    );
  });
});

describe("formatBytes", () => {
  it("writes one decimal in binary units, as in messages", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes(1023)).toBe("1023 B");
    expect(formatBytes(10 * 1024 ** 2)).toBe("10.0 MiB");
    expect(formatBytes(64_172_851)).toBe("61.2 MiB");
  });

  it("never shows 1024.0 of a unit: it moves to the next one", () => {
    expect(formatBytes(1024 ** 2 - 1)).toBe("1.0 MiB");
  });

  it("what it writes reads back as nearly the same size (format → parse)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (bytes) => {
        const text = formatBytes(bytes);
        const [number, unit] = text.split(" ");
        expect(Number(number)).toBeLessThan(1024);
        const back = parseSize(text);
        // One decimal: off by at most half a tenth of the unit shown (plus the rounding down).
        const step = UNITS[unit!] ?? 1024 ** 5;
        expect(Math.abs(back - bytes)).toBeLessThanOrEqual(0.05 * step + 1);
      }),
    );
  });
});
