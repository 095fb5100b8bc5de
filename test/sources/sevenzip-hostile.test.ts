/**
 * Hostile 7z files from a review of the reader (fixtures/sevenzip/hostile/README.md): each
 * ends, quickly and without memory growing, in a clear refusal or (the controls) a result.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tarBuffer, writeTemp } from "../helpers/archives.js";
import { findingsOf, paths, scanPath } from "../helpers/scan.js";

const hostile = join(import.meta.dirname, "../../fixtures/sevenzip/hostile");
const fixture = (name: string) => join(hostile, name);

describe("hostile 7z archives", () => {
  it.each([
    ["count40m.7z", /file count 40000000 is impossible/],
    ["quad_small.7z", /file count 1000000 is impossible/],
    ["deflate_hang.7z", /decodes to more than its declared 43 bytes/],
    ["chain.7z", /a folder of 32 coders/],
    ["lzma2reset.7z", /a chunk before any properties/],
    ["bcj_off1000.7z", /cannot be checked: 7z coder BCJ with a start offset is not supported/],
    ["delta_noprops.7z", /Delta with 0 property bytes/],
    ["delta_2props.7z", /Delta with 2 property bytes/],
    ["st_selfloop.7z", /a coder outside its chain/],
    ["st_bind_in_oob.7z", /not connected as one chain/],
    ["trail_lzma.7z", /data after its declared size/],
    ["trail_lzma2.7z", /data after its end/],
    ["trail_deflate.7z", /data after the end of a Deflate stream/],
    ["trail_bzip2.7z", /garbage after a stream/],
  ])("%s is refused, naming why", async (name, message) => {
    await expect(scanPath(fixture(name))).rejects.toThrow(message);
  });

  it("a header that lists more files than limits.maxEntries stops at the limit before allocating for them", async () => {
    const scan = await scanPath(fixture("quad_big.7z"));
    expect(findingsOf(scan, "archive-limit").map((f) => f.message)).toEqual([
      expect.stringContaining("the 7z header lists 4,000,000 files, more than limits.maxEntries (50,000)"),
    ]);
    // Inside another archive, the same.
    const nested = await scanPath(
      await writeTemp("r.tar", await tarBuffer({ "x.7z": await readFile(fixture("quad_big.7z")) })),
    );
    expect(findingsOf(nested, "archive-limit")).toHaveLength(1);
  });

  it("140,000 files in one folder are read when the limit allows them (no stack overflow)", async () => {
    const archive = execFileSync("xz", ["-dc", fixture("spread-140k.7z.xz")], { maxBuffer: 64 * 1024 ** 2 });
    const path = await writeTemp("spread.7z", archive);
    const scan = await scanPath(path, { limits: { maxEntries: 200_000 } });
    expect(scan.manifest.entries).toHaveLength(140_000);
    expect(scan.manifest.entries[0]).toMatchObject({ size: 1 });
  });

  it.each(["bcj_off0.7z", "delta_ok.7z", "trail_none_lzma2.7z", "lzma_end_marker.7z"])(
    "the control %s is read",
    async (name) => {
      const scan = await scanPath(fixture(name));
      expect(scan.manifest.entries.length).toBeGreaterThan(0);
      expect(scan.findings.filter((f) => f.severity === "error")).toEqual([]);
    },
  );

  it("a 7z behind other data (a self-extracting installer) is said to be there, nested or as the artifact", async () => {
    const archive = await readFile(join(import.meta.dirname, "../../fixtures/gitleaks-archives/files.7z"));
    const installer = Buffer.concat([randomBytes(1024 * 1024 + 13), archive]);
    const nested = await scanPath(
      await writeTemp("rel.tar", await tarBuffer({ "rel/setup.exe": installer })),
    );
    expect(findingsOf(nested, "ambiguous-archive").map((f) => [f.path, f.message])).toEqual([
      ["rel/setup.exe", expect.stringContaining("a 7z archive behind 1,048,589 bytes of other data")],
    ]);
    const top = await scanPath(await writeTemp("setup.exe", installer));
    expect(findingsOf(top, "ambiguous-archive")).toHaveLength(1);
    // A 7z at offset 0 is an archive, opened, not news; nor is a signature without a valid header.
    const plain = await scanPath(await writeTemp("r.tar", await tarBuffer({ "a.7z": archive })));
    expect(findingsOf(plain, "ambiguous-archive")).toEqual([]);
    expect(paths(plain)).toContain("a.7z!files/api.go");
    const fake = Buffer.concat([randomBytes(5000), archive.subarray(0, 12), randomBytes(40)]);
    expect(findingsOf(await scanPath(await writeTemp("f.bin", fake)), "ambiguous-archive")).toEqual([]);
  });
});

describe("the 7z seeker", () => {
  it("property: finds a 7z behind other data whatever the chunk boundaries", async () => {
    const fc = (await import("fast-check")).default;
    const { SevenZipSeeker } = await import("../../src/sources/sevenzip-seeker.js");
    const archive = await readFile(join(import.meta.dirname, "../../fixtures/gitleaks-archives/files.7z"));
    const prefix = randomBytes(3000);
    const file = Buffer.concat([prefix, archive]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4000 }), { minLength: 1, maxLength: 8 }), (sizes) => {
        const seeker = new SevenZipSeeker();
        for (let at = 0, i = 0; at < file.length; at += sizes[i++ % sizes.length]!) {
          seeker.push(file.subarray(at, at + sizes[i % sizes.length]!));
        }
        expect(seeker.foundAt).toBe(prefix.length);
      }),
    );
  });
});

describe("a nested zip or 7z whose temporary copy cannot be written", () => {
  it("is reported as the walk's failure, not a hang or a silent exit", async () => {
    const { randomAccessSink } = await import("../../src/engine/nested-sink.js");
    const notADirectory = await writeTemp("tmp-is-a-file", "x");
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = notADirectory;
    try {
      let walked = false;
      const sink = randomAccessSink("7z", async () => {
        walked = true;
      });
      const piece = Buffer.alloc(1024 * 1024);
      for (let i = 0; i < 70; i++) await sink.write(piece);
      const failure = await sink.finish();
      expect(failure).toBeInstanceOf(Error);
      expect((failure as NodeJS.ErrnoException).code).toBe("ENOTDIR");
      expect(walked).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });
});
