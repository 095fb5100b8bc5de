import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Baseline, parseBaseline, serialiseBaseline } from "../../src/baseline/baseline-file.js";
import { UserError } from "../../src/errors.js";

const hex = fc.stringMatching(/^[0-9a-f]{64}$/);
const entry = fc.record({
  path: fc.stringMatching(/^[a-z][a-z0-9/._-]{0,30}$/),
  size: fc.nat(),
  sha256: fc.option(hex, { nil: undefined }),
  type: fc.constantFrom("file" as const, "symlink" as const, "hardlink" as const),
});
const baseline: fc.Arbitrary<Baseline> = fc.record({
  version: fc.constant(1 as const),
  artifacts: fc.uniqueArray(
    fc.record({
      identity: fc.stringMatching(/^[a-z:@/-]{1,20}$/),
      kind: fc.constantFrom("npm-tarball" as const, "zip" as const, "directory" as const),
      totalBytes: fc.nat(),
      entries: fc.array(entry, { maxLength: 8 }),
    }),
    { selector: (a) => a.identity, maxLength: 4 },
  ),
  accepted: fc.array(
    fc.record({
      fingerprint: fc.stringMatching(/^[0-9a-f]{32}$/),
      reason: fc.string({ minLength: 1 }).filter((s) => s.trim().length > 0),
      expires: fc.option(fc.constantFrom("2026-12-31", "2027-06-30"), { nil: undefined }),
    }),
    { maxLength: 3 },
  ),
});

describe("baseline file", () => {
  it("write → read → write is byte-identical", () => {
    fc.assert(
      fc.property(baseline, (b) => {
        const once = serialiseBaseline(b);
        expect(serialiseBaseline(parseBaseline(once, "b.json"))).toBe(once);
      }),
    );
  });

  it("is the same text whatever order the artifacts and entries came in", () => {
    fc.assert(
      fc.property(baseline, (b) => {
        const reversed = {
          ...b,
          artifacts: [...b.artifacts].reverse().map((a) => ({ ...a, entries: [...a.entries].reverse() })),
        };
        expect(serialiseBaseline(reversed)).toBe(serialiseBaseline(b));
      }),
    );
  });

  describe("bad baseline files are a clear error naming the file (one file per case)", async () => {
    const dir = join(import.meta.dirname, "invalid");
    const cases = (await readdir(dir)).filter((f) => f.endsWith(".json"));
    it.each(cases)("%s", async (file) => {
      const expected = (await readFile(join(dir, file.replace(/\.json$/, ".txt")), "utf8")).trim();
      let error: unknown;
      try {
        parseBaseline(await readFile(join(dir, file), "utf8"), file);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).message).toBe(`${file}: ${expected}`);
    });
  });
});
