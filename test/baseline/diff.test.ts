import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BaselineArtifact } from "../../src/baseline/baseline-file.js";
import { diffArtifact, isEmptyDiff, StreamingDiff } from "../../src/baseline/diff.js";
import { baselineArtifact } from "../../src/baseline/record.js";
import type { ArtifactManifest, ManifestEntry } from "../../src/core/model.js";
import { namePattern } from "../../src/engine/name-pattern.js";

const sha = (content: string) => createHash("sha256").update(content).digest("hex");

function file(path: string, size: number, content = `${path}:${size}`): ManifestEntry {
  return { path, size, sha256: sha(content), mode: 0o644, type: "file" };
}

function manifest(entries: ManifestEntry[]): ArtifactManifest {
  return {
    id: "web",
    kind: "directory",
    source: "dist",
    entryCount: entries.length,
    totalBytes: entries.reduce((sum, e) => sum + e.size, 0),
    entries,
    unopened: [],
  };
}

function recorded(entries: ManifestEntry[]): BaselineArtifact {
  return baselineArtifact({
    identity: "web",
    findings: [],
    manifest: manifest(entries),
    fileCount: entries.length,
  });
}

describe("diffing an artifact against its baseline", () => {
  it("lists added, removed and changed files, with sizes and totals", () => {
    const base = recorded([file("index.html", 100), file("old.js", 50), file("app.js", 1000)]);
    const diff = diffArtifact(
      base,
      manifest([file("index.html", 100), file("app.js", 3000, "v2"), file("new.js", 7)]),
    );
    expect(diff).toEqual({
      added: [{ path: "new.js", pattern: "new.js", size: 7 }],
      removed: [{ pattern: "old.js", size: 50 }],
      changed: [{ path: "app.js", pattern: "app.js", sizeBefore: 1000, sizeAfter: 3000 }],
      grown: [{ path: "app.js", pattern: "app.js", sizeBefore: 1000, sizeAfter: 3000 }],
      bytesBefore: 1150,
      bytesAfter: 3107,
    });
  });

  it("a rebuild with new content hashes is the same files, changed", () => {
    const base = recorded([file("assets/index-BxQ8k2Lz.js", 2000), file("assets/logo-3f2a9c1b.svg", 300)]);
    const diff = diffArtifact(
      base,
      manifest([file("assets/index-Qp3mZ9Xa.js", 2100), file("assets/logo-3f2a9c1b.svg", 300)]),
    );
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual([
      {
        path: "assets/index-Qp3mZ9Xa.js",
        pattern: "assets/index-[hash].js",
        sizeBefore: 2000,
        sizeAfter: 2100,
      },
    ]);
  });

  it("several files with one pattern: identical content pairs first, then largest with largest", () => {
    const base = recorded([
      file("chunk-AB12CD34.js", 500, "same"),
      file("chunk-EF56GH78.js", 9000, "big"),
      file("chunk-JK23LM45.js", 100, "small"),
    ]);
    const diff = diffArtifact(
      base,
      manifest([
        file("chunk-ZZ22YY33.js", 500, "same"), // renamed, same content: not a change
        file("chunk-QQ44RR55.js", 120, "small2"),
        file("chunk-PP66SS77.js", 9500, "big2"),
        file("chunk-TT22UU33.js", 40, "extra"),
      ]),
    );
    expect(diff.changed).toEqual([
      { path: "chunk-PP66SS77.js", pattern: "chunk-[hash].js", sizeBefore: 9000, sizeAfter: 9500 },
      { path: "chunk-QQ44RR55.js", pattern: "chunk-[hash].js", sizeBefore: 100, sizeAfter: 120 },
    ]);
    expect(diff.added).toEqual([{ path: "chunk-TT22UU33.js", pattern: "chunk-[hash].js", size: 40 }]);
    expect(diff.removed).toEqual([]);
  });

  it("one chunk fewer is one removal, of the smallest unmatched one", () => {
    const base = recorded([file("chunk-AB12CD34.js", 500, "a"), file("chunk-EF56GH78.js", 20, "b")]);
    const diff = diffArtifact(base, manifest([file("chunk-QQ44RR55.js", 510, "c")]));
    expect(diff.changed.map((c) => [c.sizeBefore, c.sizeAfter])).toEqual([[500, 510]]);
    expect(diff.removed).toEqual([{ pattern: "chunk-[hash].js", size: 20 }]);
  });

  it("a hash that reads like a word is still paired with the file it replaced", () => {
    // `Skaxlowa` passes for a word, so its pattern keeps the name; the loose pass pairs it.
    const base = recorded([file("assets/index-BxQ8k2Lz.js", 2000)]);
    expect(base.entries[0]!.path).toBe("assets/index-[hash].js");
    expect(namePattern("assets/index-Skaxlowa.js")).toBe("assets/index-Skaxlowa.js");
    const diff = diffArtifact(base, manifest([file("assets/index-Skaxlowa.js", 2050)]));
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed.map((c) => c.path)).toEqual(["assets/index-Skaxlowa.js"]);
  });

  it("a new file with an ordinary name is not paired with a removed one", () => {
    const base = recorded([file("config-public.json", 100)]);
    const diff = diffArtifact(base, manifest([file("config-secrets.json", 100)]));
    expect(diff.added.map((a) => a.path)).toEqual(["config-secrets.json"]);
    expect(diff.removed.map((r) => r.pattern)).toEqual(["config-public.json"]);
  });

  it("directories are implied by their files, and nested entries are files like any other", () => {
    const dir: ManifestEntry = { path: "assets", size: 0, mode: 0o755, type: "directory" };
    const base = recorded([dir, file("vendor/plugin.zip", 10)]);
    expect(base.entries.map((e) => e.path)).toEqual(["vendor/plugin.zip"]);
    const diff = diffArtifact(
      base,
      manifest([file("vendor/plugin.zip", 10), file("vendor/plugin.zip!lib/a.js", 1)]),
    );
    expect(diff.added.map((a) => a.path)).toEqual(["vendor/plugin.zip!lib/a.js"]);
  });

  it("grown lists the files that got bigger, most bytes gained first", () => {
    const base = recorded([file("a.js", 100), file("b.js", 100), file("c.js", 100)]);
    const diff = diffArtifact(
      base,
      manifest([file("a.js", 150, "a2"), file("b.js", 900, "b2"), file("c.js", 50, "c2")]),
    );
    expect(diff.grown.map((g) => g.path)).toEqual(["b.js", "a.js"]);
    expect(diff.changed.map((c) => c.path)).toEqual(["a.js", "b.js", "c.js"]);
  });
});

describe("diff properties", () => {
  const name = fc.oneof(
    fc.stringMatching(/^[a-z]{1,6}(\/[a-z]{1,6}){0,2}\.(js|css|map)$/),
    fc.stringMatching(/^assets\/[a-z]{1,6}-[A-Za-z0-9]{8}\.js$/),
  );
  const entries = fc.uniqueArray(
    fc.record({ path: name, size: fc.nat({ max: 10_000_000 }), seed: fc.string() }),
    { selector: (e) => e.path, maxLength: 20 },
  );

  it("diff(m, m) is empty", () => {
    fc.assert(
      fc.property(entries, (list) => {
        const m = manifest(list.map((e) => file(e.path, e.size, e.seed)));
        const diff = diffArtifact(recorded(m.entries), m);
        expect(isEmptyDiff(diff)).toBe(true);
        expect(diff.grown).toEqual([]);
        expect(diff.bytesAfter).toBe(diff.bytesBefore);
      }),
    );
  });

  it("every file is accounted for exactly once", () => {
    fc.assert(
      fc.property(entries, entries, (before, after) => {
        const base = recorded(before.map((e) => file(e.path, e.size, e.seed)));
        const diff = diffArtifact(base, manifest(after.map((e) => file(e.path, e.size, e.seed))));
        const unchanged = after.length - diff.added.length - diff.changed.length;
        expect(unchanged).toBeGreaterThanOrEqual(0);
        expect(before.length).toBe(unchanged + diff.changed.length + diff.removed.length);
      }),
    );
  });

  it("diffing entries as they stream, in any order, gives the diff of the whole manifest", () => {
    const listing = fc.boolean();
    fc.assert(
      fc.property(
        entries,
        entries.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        listing,
        (before, [after, order], listed) => {
          const base = recorded(before.map((e) => file(e.path, e.size, e.seed)));
          // A bucket listing knows sizes, not hashes.
          const entryOf = (e: (typeof after)[number]) => {
            const full = file(e.path, e.size, e.seed);
            return listed ? { path: full.path, size: full.size, mode: full.mode, type: full.type } : full;
          };
          const whole = diffArtifact(base, manifest(after.map(entryOf)));
          const streaming = new StreamingDiff(base);
          for (const e of order) streaming.add(entryOf(e));
          expect(streaming.finish(whole.bytesAfter)).toEqual(whole);
        },
      ),
    );
  });

  it("rebuilding a Vite app with new hashes never adds or removes a file", () => {
    const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".split("");
    const hash = fc
      .string({ unit: fc.constantFrom(...B64), minLength: 8, maxLength: 8 })
      .filter((h) => Number(/\d/.test(h)) + Number(/[a-z]/.test(h)) + Number(/[A-Z]/.test(h)) >= 2);
    const chunk = fc.constantFrom("index", "vendor", "about", "settings", "chart");
    const build = fc.uniqueArray(fc.tuple(chunk, fc.nat({ max: 50_000 })), {
      selector: ([c]) => c,
      minLength: 1,
    });
    fc.assert(
      fc.property(
        build,
        fc.array(hash, { minLength: 10, maxLength: 10 }),
        fc.array(hash, { minLength: 10, maxLength: 10 }),
        (chunks, first, second) => {
          const v1 = chunks.map(([c, size], i) => file(`assets/${c}-${first[i]}.js`, size, `1${c}`));
          const v2 = chunks.map(([c, size], i) => file(`assets/${c}-${second[i]}.js`, size + 10, `2${c}`));
          const diff = diffArtifact(recorded(v1), manifest(v2));
          expect(diff.added).toEqual([]);
          expect(diff.removed).toEqual([]);
        },
      ),
    );
  });
});
