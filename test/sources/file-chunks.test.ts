/**
 * Files on disk are read into two reused buffers (lent chunks). What must not change: every
 * byte hashed and scanned as it is on disk, nested archives read whole, a zip hidden at a
 * file's end still seen, whatever the file's size against the chunk size.
 */
import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ChunkBuffers, FILE_CHUNK, readFileChunks } from "../../src/sources/file-chunks.js";
import { ZIP_TAIL_BYTES } from "../../src/sources/zip-end.js";
import { allRules, fakeGithubToken } from "../hardening/hostile.js";
import { tempDir, writeTemp, zipBuffer } from "../helpers/archives.js";
import { findingsOf, paths, scanPath } from "../helpers/scan.js";

const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

describe("readFileChunks", () => {
  it("yields the file's bytes in full chunks, only the last one short", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 700 }),
        async (size, chunk) => {
          const data = randomBytes(size);
          const path = await writeTemp("data.bin", data);
          const seen: Buffer[] = [];
          // Copies: the reader lends its chunks.
          for await (const piece of readFileChunks(path, new ChunkBuffers(chunk)))
            seen.push(Buffer.from(piece));
          expect(Buffer.concat(seen).equals(data)).toBe(true);
          expect(seen.slice(0, -1).every((piece) => piece.length === chunk)).toBe(true);
          expect(seen.every((piece) => piece.length > 0)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a lent chunk holds its bytes until the one after next is read", async () => {
    const data = randomBytes(FILE_CHUNK * 3 + 10);
    const path = await writeTemp("data.bin", data);
    let previous: Buffer | undefined;
    let offset = 0;
    for await (const piece of readFileChunks(path)) {
      if (previous) expect(previous.equals(data.subarray(offset - previous.length, offset))).toBe(true);
      previous = piece;
      offset += piece.length;
    }
  });

  it("a path that is no longer a regular file when opened (a fifo) is refused, not read as empty", async () => {
    const fifo = join(await tempDir(), "swapped.txt");
    execFileSync("mkfifo", [fifo]);
    const read = async () => {
      for await (const _ of readFileChunks(fifo)) expect.unreachable();
    };
    await expect(read()).rejects.toThrow(/swapped\.txt: is no longer a regular file/);
  });

  it("chunks are at least as long as a zip's end search, so the engine may keep the last two uncopied", () => {
    expect(FILE_CHUNK).toBeGreaterThanOrEqual(ZIP_TAIL_BYTES);
  });
});

describe("directory files read through lent chunks", () => {
  it("hashes every size around the chunk boundaries as the file is on disk", async () => {
    const root = await tempDir();
    const sizes = [0, 1, 511, 512, FILE_CHUNK - 1, FILE_CHUNK, FILE_CHUNK + 1, 2 * FILE_CHUNK + 7];
    const files = new Map(sizes.map((size) => [`f${size}.bin`, randomBytes(size)]));
    for (const [name, data] of files) await writeFile(join(root, name), data);
    const scan = await scanPath(root);
    for (const entry of scan.manifest.entries) {
      expect(entry.sha256).toBe(sha256(files.get(entry.path)!));
      expect(entry.size).toBe(files.get(entry.path)!.length);
    }
    expect(scan.manifest.entries).toHaveLength(sizes.length);
  });

  it("a nested zip larger than a chunk is read whole, and a secret in it found", async () => {
    const root = await tempDir();
    const token = fakeGithubToken();
    const zip = await zipBuffer({
      "noise.bin": randomBytes(3 * FILE_CHUNK),
      "config.js": `const t = "${token}";\n`,
    });
    await writeFile(join(root, "bundle.zip"), zip);
    const scan = await scanPath(root, { rules: allRules() });
    expect(paths(scan)).toEqual(["bundle.zip", "bundle.zip!config.js", "bundle.zip!noise.bin"]);
    expect(findingsOf(scan, "secret").map((finding) => finding.path)).toEqual(["bundle.zip!config.js"]);
  });

  it("a zip behind a chunk and a half of other data is still seen at the file's end", async () => {
    const root = await tempDir();
    const zip = await zipBuffer({ "a.js": "hidden\n" });
    await writeFile(
      join(root, "installer.bin"),
      Buffer.concat([randomBytes(FILE_CHUNK + FILE_CHUNK / 2), zip]),
    );
    const scan = await scanPath(root, { rules: allRules() });
    expect(findingsOf(scan, "ambiguous-archive").map((finding) => finding.path)).toEqual(["installer.bin"]);
  });

  it("a secret that straddles two chunks is found in a single-file artifact", async () => {
    const token = fakeGithubToken();
    const before = Buffer.alloc(FILE_CHUNK - 20, "a");
    const text = Buffer.concat([
      before,
      Buffer.from(`\nconst token = "${token}";\n`),
      Buffer.alloc(FILE_CHUNK, "b"),
    ]);
    const scan = await scanPath(await writeTemp("app.js", text), { rules: allRules() });
    expect(findingsOf(scan, "secret")).toHaveLength(1);
    expect(scan.manifest.entries[0]?.sha256).toBe(sha256(text));
  });
});
