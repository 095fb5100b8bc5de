import { createHash, randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { RawEntry } from "../../src/sources/raw-entry.js";
import { readSevenZip, SevenZipError, SevenZipUnsupported } from "../../src/sources/sevenzip-reader.js";
import { has7zz, sevenZipBuffer } from "../helpers/sevenzip.js";

const fixtures = join(import.meta.dirname, "../../fixtures");
const sha = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");

interface Read {
  name: string;
  type: string;
  size: number;
  sha256?: string;
  linkTarget?: string;
}

async function readAll(buffer: Buffer): Promise<Read[]> {
  const out: Read[] = [];
  for await (const entry of readSevenZip({ buffer }) as AsyncIterable<RawEntry>) {
    const parts: Buffer[] = [];
    for await (const piece of entry.content()) parts.push(piece);
    out.push({
      name: entry.name,
      type: entry.type,
      size: entry.size,
      ...(entry.type === "file" ? { sha256: sha(Buffer.concat(parts)) } : {}),
      ...(entry.linkTarget !== undefined ? { linkTarget: entry.linkTarget } : {}),
    });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** A tree that exercises what 7-Zip stores differently: empty files, links, x86 code, noise. */
function sampleTree() {
  const code = Buffer.alloc(60_000);
  for (let at = 0; at + 5 <= code.length; at += 7) {
    code[at] = 0xe8;
    code.writeInt32LE((at * 31) % 50_000, at + 1);
  }
  return {
    "index.js": "export const answer = 42;\n".repeat(20_000),
    "config/.env": "DB_PASSWORD=placeholder\n",
    "bin/tool.exe": code,
    "noise.bin": randomBytes(300_000),
    "empty.txt": "",
    link: { symlink: "index.js" },
  };
}

function expected(tree: ReturnType<typeof sampleTree>): Read[] {
  const files = Object.entries(tree)
    .filter(([, content]) => typeof content === "string" || Buffer.isBuffer(content))
    .map(([name, content]) => ({
      name,
      type: "file",
      size: Buffer.byteLength(content as string | Buffer),
      sha256: sha(content as string | Buffer),
    }));
  return [
    ...files,
    { name: "bin", type: "directory", size: 0 },
    { name: "config", type: "directory", size: 0 },
    { name: "link", type: "symlink", size: 0, linkTarget: "index.js" },
  ].sort((a, b) => a.name.localeCompare(b.name));
}

describe("7z reader", () => {
  it("reads gitleaks' files.7z (LZMA2, solid, compressed header): every file, byte for byte", async () => {
    const entries = await readAll(await readFile(join(fixtures, "gitleaks-archives/files.7z")));
    const originals = join(fixtures, "gitleaks-archives/files");
    const want: Read[] = [{ name: "files", type: "directory", size: 0 }];
    for (const name of [".env.prod", ".gitleaksignore", "api.go", "main.go"]) {
      const bytes = await readFile(join(originals, name));
      want.push({ name: `files/${name}`, type: "file", size: bytes.length, sha256: sha(bytes) });
    }
    expect(entries).toEqual(want.sort((a, b) => a.name.localeCompare(b.name)));
  });

  it("reads the committed LZMA + BCJ fixture, one folder per file", async () => {
    const entries = await readAll(await readFile(join(fixtures, "sevenzip/release-lzma-bcj.7z")));
    expect(entries.map((e) => `${e.type} ${e.name}`)).toEqual([
      "directory release",
      "directory release/bin",
      "file release/bin/tool",
      "directory release/config",
      "file release/config/.env",
      "file release/index.js",
    ]);
    expect(entries.find((e) => e.name === "release/index.js")?.sha256).toBe(
      sha("export const answer = 42;\n".repeat(50)),
    );
  });

  it.skipIf(!has7zz).each([
    ["LZMA2 (7-Zip's default, with BCJ on executables)", []],
    ["LZMA", ["-m0=LZMA"]],
    ["LZMA, fastest", ["-mx1"]],
    ["Copy", ["-m0=Copy"]],
    ["Deflate", ["-m0=Deflate"]],
    ["BZip2", ["-m0=BZip2"]],
    ["BCJ then LZMA", ["-mf=BCJ", "-m0=LZMA"]],
    ["Delta then LZMA2", ["-m0=Delta:4", "-m1=LZMA2"]],
    ["one folder per file", ["-ms=off"]],
    ["an uncompressed header", ["-mhc=off"]],
    ["a solid block per extension", ["-ms=e", "-mqs=on"]],
  ])("reads what 7-Zip writes: %s", async (_label, switches) => {
    const tree = sampleTree();
    expect(await readAll(await sevenZipBuffer(tree, switches))).toEqual(expected(tree));
  });

  it.skipIf(!has7zz).each([
    ["PPMd", ["-m0=PPMd"], /7z coder PPMd is not supported/],
    ["BCJ2 (-mx9 on executables)", ["-mx9", "-mf=BCJ2"], /7z coder BCJ2 is not supported/],
    ["an encrypted archive", ["-pnot-a-secret"], /encrypted/],
    ["an archive with encrypted names", ["-pnot-a-secret", "-mhe=on"], /encrypted/],
  ])("refuses, by name, what it does not decode: %s", async (_label, switches, message) => {
    const archive = await sevenZipBuffer(sampleTree(), switches as string[]);
    await expect(readAll(archive)).rejects.toThrow(message);
    await expect(readAll(archive)).rejects.toBeInstanceOf(SevenZipUnsupported);
  });

  it.skipIf(!has7zz)("a changed byte in stored data is a CRC mismatch, not a pass", async () => {
    const archive = await sevenZipBuffer({ "a.txt": "A".repeat(1000), "b.txt": "B".repeat(1000) }, [
      "-m0=Copy",
      "-mhc=off",
    ]);
    const at = archive.indexOf("BBBB");
    archive[at + 10] = 0x43;
    await expect(readAll(archive)).rejects.toThrow(/7z: CRC mismatch in "b.txt"/);
  });

  it("a damaged start header, header or truncated archive is an error naming what is wrong", async () => {
    const good = await readFile(join(fixtures, "sevenzip/release-lzma-bcj.7z"));
    const startHeader = Buffer.from(good);
    startHeader[20] = startHeader[20]! ^ 1;
    await expect(readAll(startHeader)).rejects.toThrow(/start header CRC mismatch/);
    const header = Buffer.from(good);
    header[header.length - 10] = header[header.length - 10]! ^ 1;
    await expect(readAll(header)).rejects.toThrow(/header CRC mismatch/);
    await expect(readAll(good.subarray(0, good.length - 100))).rejects.toThrow(/beyond the end of the file/);
    await expect(readAll(good.subarray(0, 20))).rejects.toThrow(/truncated start header/);
    await expect(readAll(good.subarray(0, 20))).rejects.toBeInstanceOf(SevenZipError);
  });

  it("an empty archive has no entries", async () => {
    // Signature, version 0.4, and a start header that points at no header.
    const empty = Buffer.alloc(32);
    Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]).copy(empty);
    const { crc32 } = await import("../../src/core/crc32.js");
    empty.writeUInt32LE(crc32(empty.subarray(12, 32)), 8);
    expect(await readAll(empty)).toEqual([]);
  });
});
