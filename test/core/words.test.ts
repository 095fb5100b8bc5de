import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { count, formatNumber, noun } from "../../src/core/words.js";

describe("formatNumber", () => {
  it("prints what toLocaleString('en-US') prints, for whole numbers", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.constantFrom(0, -0, 999, 1000, 1e20)),
        (n) => {
          expect(formatNumber(n)).toBe(n.toLocaleString("en-US"));
        },
      ),
    );
  });

  it("prints what toLocaleString('en-US') prints, for up to three decimals", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 999 }),
        (whole, thousandths) => {
          const n = Number(`${whole}.${String(thousandths).padStart(3, "0")}`);
          expect(formatNumber(n)).toBe(n.toLocaleString("en-US"));
        },
      ),
    );
  });

  it("prints what toLocaleString('en-US') prints, for values outside the plain range", () => {
    for (const n of [Number.NaN, Number.POSITIVE_INFINITY, -Infinity, 1e21, 2.5e300, 0.1 + 0.2, -0.0001])
      expect(formatNumber(n)).toBe(n.toLocaleString("en-US"));
  });

  it("is what the source uses: no module calls toLocaleString, whose first call costs 20–35 ms", () => {
    const callers = sourceFiles(join(import.meta.dirname, "../../src")).filter(
      (file) => !file.endsWith("core/words.ts") && /\.toLocaleString\(/.test(readFileSync(file, "utf8")),
    );
    expect(callers).toEqual([]);
  });
});

describe("count and noun", () => {
  it("groups digits and picks the noun's form", () => {
    expect(count(1, "entry")).toBe("1 entry");
    expect(count(1234, "entry")).toBe("1,234 entries");
    expect(count(2, "big file")).toBe("2 big files");
    expect(noun(0, "directory")).toBe("directories");
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => join(entry.parentPath, entry.name));
}
