import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  type Baseline,
  isCalendarDate,
  parseBaseline,
  readBaseline,
  serialiseBaseline,
  writeBaseline,
} from "../../src/baseline/baseline-file.js";
import { UserError } from "../../src/core/errors.js";
import { tempDir } from "../helpers/archives.js";

const hex = (n: number) => fc.stringMatching(new RegExp(`^[0-9a-f]{${n}}$`));
const entry = fc.record({
  path: fc.stringMatching(/^[a-z][a-z0-9/._[\]-]{0,30}$/),
  size: fc.nat(),
  sha256: fc.option(hex(64), { nil: undefined }),
  type: fc.constantFrom("file" as const, "symlink" as const, "hardlink" as const),
});
const text = fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s.length > 0);
const acceptance = fc.oneof(
  fc.record(
    {
      fingerprint: hex(32),
      rule: fc.constantFrom("secret", "source-map"),
      path: text,
      reason: text,
      expires: fc.constantFrom("2026-12-31", "2027-06-30"),
    },
    { requiredKeys: ["fingerprint", "reason"] },
  ),
  fc.record(
    { rule: fc.constantFrom("internal-path", "unexpected-file"), path: text, artifact: text, reason: text },
    { requiredKeys: ["rule", "reason"] },
  ),
);
const baseline: fc.Arbitrary<Baseline> = fc.record({
  version: fc.constant(1 as const),
  artifacts: fc.uniqueArray(
    fc.record({
      identity: fc.string({ minLength: 1, maxLength: 20 }),
      kind: fc.constantFrom("npm-tarball" as const, "zip" as const, "directory" as const),
      totalBytes: fc.nat(),
      entries: fc.array(entry, { maxLength: 8 }),
    }),
    { selector: (a) => a.identity, maxLength: 4 },
  ),
  accepted: fc.array(acceptance, { maxLength: 4 }),
});

describe("baseline file", () => {
  it("write → read → write is byte-identical", async () => {
    const file = join(await tempDir(), "leakgate.baseline.json");
    await fc.assert(
      fc.asyncProperty(baseline, async (b) => {
        await writeBaseline(file, b);
        const once = await readFile(file, "utf8");
        await writeBaseline(file, await readBaseline(file));
        expect(await readFile(file, "utf8")).toBe(once);
        expect(JSON.parse(once)).toEqual(JSON.parse(serialiseBaseline(b)));
      }),
      { numRuns: 50 },
    );
  });

  it("is the same text whatever order the artifacts, entries and acceptances came in", () => {
    fc.assert(
      fc.property(baseline, (b) => {
        const reversed = {
          ...b,
          artifacts: [...b.artifacts].reverse().map((a) => ({ ...a, entries: [...a.entries].reverse() })),
          accepted: [...b.accepted].reverse(),
        };
        expect(serialiseBaseline(reversed)).toBe(serialiseBaseline(b));
      }),
    );
  });

  it("puts one entry per line, so a new file in the release is one new line in review", () => {
    const text = serialiseBaseline({
      version: 1,
      artifacts: [
        {
          identity: "web",
          kind: "directory",
          totalBytes: 30,
          entries: [
            { path: "index.html", size: 10, sha256: "a".repeat(64), type: "file" },
            { path: "assets/index-[hash].js", size: 20, sha256: "b".repeat(64), type: "file" },
          ],
        },
      ],
      accepted: [{ rule: "internal-path", path: "test/fixtures/**", reason: "Fake keys for tests" }],
    });
    expect(text).toBe(
      [
        "{",
        '  "version": 1,',
        '  "artifacts": [',
        "    {",
        '      "identity": "web",',
        '      "kind": "directory",',
        '      "totalBytes": 30,',
        '      "entries": [',
        `        { "path": "assets/index-[hash].js", "size": 20, "sha256": "${"b".repeat(64)}", "type": "file" },`,
        `        { "path": "index.html", "size": 10, "sha256": "${"a".repeat(64)}", "type": "file" }`,
        "      ]",
        "    }",
        "  ],",
        '  "accepted": [',
        '    { "rule": "internal-path", "path": "test/fixtures/**", "reason": "Fake keys for tests" }',
        "  ]",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("reads a file saved with a byte-order mark", async () => {
    expect(await parseBaseline('\uFEFF{ "version": 1, "artifacts": [], "accepted": [] }', "b.json")).toEqual({
      version: 1,
      artifacts: [],
      accepted: [],
    });
  });

  it("a missing file says so, naming it", async () => {
    await expect(readBaseline(join(await tempDir(), "nope.json"))).rejects.toThrow(
      /nope\.json: baseline file not found\. Create it from a release known to be good: leakgate baseline --write \S*nope\.json/,
    );
  });

  describe("bad baseline files are a clear error naming the file (one file per case)", async () => {
    const dir = join(import.meta.dirname, "invalid");
    const cases = (await readdir(dir)).filter((f) => f.endsWith(".json"));
    it.each(cases)("%s", async (file) => {
      const expected = (await readFile(join(dir, file.replace(/\.json$/, ".txt")), "utf8")).trim();
      const copy = join(await tempDir(), file);
      await writeFile(copy, await readFile(join(dir, file)));
      const error = await readBaseline(copy).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).kind).toBe("baseline");
      expect((error as UserError).message).toBe(`${copy}: ${expected}`);
    });
  });
});

describe("isCalendarDate", () => {
  // The acceptance command checks dates without loading zod; the baseline schema checks
  // them with zod's ISO date. A date one accepts and the other refuses would be an
  // acceptance that `accept` writes and the next scan cannot read.
  const zodDate = z.iso.date();
  it("agrees with the schema's ISO date on every day from year 0 to 9999 and on near misses", () => {
    const day = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(
        ([y, m, d]) =>
          `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
      );
    fc.assert(
      fc.property(fc.oneof(day, fc.string({ maxLength: 12 })), (text) => {
        expect(isCalendarDate(text)).toBe(zodDate.safeParse(text).success);
      }),
      { numRuns: 5000 },
    );
    for (const text of [
      "2024-02-29",
      "2023-02-29",
      "2000-02-29",
      "1900-02-29",
      "2026-04-31",
      "2026-12-31",
      "2026-1-01",
      " 2026-01-01",
    ]) {
      expect(isCalendarDate(text)).toBe(zodDate.safeParse(text).success);
    }
  });
});
