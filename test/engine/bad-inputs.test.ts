import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/core/errors.js";
import { tarBuffer, tgzBuffer, writeTemp, zipBuffer } from "../helpers/archives.js";
import { findingsOf, paths, scanPath } from "../helpers/scan.js";

function swapBytes(buffer: Buffer, from: string, to: string): Buffer {
  const out = Buffer.from(buffer);
  for (let at = out.indexOf(from); at !== -1; at = out.indexOf(from, at + 1)) out.write(to, at, "latin1");
  return out;
}

async function expectInputError(promise: Promise<unknown>, artifact: string, pattern: RegExp) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).kind).toBe("input");
  expect((error as UserError).message.startsWith(`${artifact}: `)).toBe(true);
  expect((error as UserError).message).toMatch(pattern);
}

describe("bad inputs fail closed", () => {
  it("a truncated .tgz is an input error naming the artifact", async () => {
    const tgz = await tgzBuffer({ "package/a.js": "a".repeat(50_000), "package/b.js": "b" });
    const path = await writeTemp("cut.tgz", tgz.subarray(0, Math.floor(tgz.length / 2)));
    await expectInputError(scanPath(path), "cut.tgz", /truncated|corrupt/);
  });

  it("a tar cut in the middle of an entry is an input error", async () => {
    const data = await tarBuffer({ "a.bin": Buffer.alloc(20_000, 7) });
    await expectInputError(
      scanPath(await writeTemp("cut.tar", data.subarray(0, 5_000))),
      "cut.tar",
      /truncated|corrupt|end/,
    );
  });

  it("a zip with a corrupt central directory is an input error", async () => {
    const zip = await zipBuffer({ "a.txt": "hello", "b.txt": "world" });
    const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const bad = Buffer.from(zip);
    bad.writeUInt32LE(0xfffffff0, eocd + 16); // central directory offset points nowhere
    await expectInputError(
      scanPath(await writeTemp("bad.zip", bad)),
      "bad.zip",
      /corrupt|invalid|offset|end/i,
    );
  });

  it("a zip bomb (a highly compressible entry) stops with a blocking archive-limit finding", async () => {
    const bomb = await zipBuffer({ "zeros.bin": Buffer.alloc(50 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(200_000);
    const scan = await scanPath(await writeTemp("bomb.zip", bomb));
    expect(findingsOf(scan, "archive-limit")).toEqual([
      expect.objectContaining({
        severity: "error",
        path: "zeros.bin",
        details: { limit: "maxCompressionRatio" },
      }),
    ]);
  });

  it("a gzip bomb stops with a blocking archive-limit finding", async () => {
    const scan = await scanPath(await writeTemp("bomb.gz", gzipSync(Buffer.alloc(64 * 1024 * 1024))));
    expect(findingsOf(scan, "archive-limit")[0]).toMatchObject({
      severity: "error",
      details: { limit: "maxCompressionRatio" },
    });
  });

  it("entries that climb out with ../ or are absolute are suspicious-path errors, never used as paths", async () => {
    const scan = await scanPath(
      await writeTemp(
        "evil.tar",
        await tarBuffer({ "../../etc/passwd": "x", "/etc/shadow": "x", "ok.txt": "x" }),
      ),
    );
    const suspicious = findingsOf(scan, "suspicious-path");
    expect(suspicious.map((f) => f.path).sort()).toEqual(["../../etc/passwd", "/etc/shadow"]);
    expect(suspicious.every((f) => f.severity === "error")).toBe(true);
    expect(paths(scan)).toContain("ok.txt");
  });

  it("a name with Unicode bidirectional controls is reported, and shown escaped", async () => {
    const scan = await scanPath(
      await writeTemp("bidi.tar", await tarBuffer({ "invoice\u202Efdp.exe": "MZ" })),
    );
    expect(findingsOf(scan, "suspicious-path")).toEqual([
      expect.objectContaining({
        path: "invoice\\u202efdp.exe",
        details: { problem: "contains Unicode bidirectional controls that disguise how it reads" },
      }),
    ]);
  });

  it("a symlink to / is a suspicious-path error", async () => {
    const scan = await scanPath(await writeTemp("link.tar", await tarBuffer({ root: { symlink: "/" } })));
    expect(findingsOf(scan, "suspicious-path")).toEqual([
      expect.objectContaining({
        path: "root",
        details: { problem: "link escapes the archive", target: "/" },
      }),
    ]);
  });

  it("zip names with backslashes or .. are reported, not refused", async () => {
    // yazl refuses hostile names, so write same-length placeholders and swap the bytes.
    let zip = await zipBuffer({ "aa_aa_win.ini": "x", "a/bb/bb/b": "y" });
    zip = swapBytes(swapBytes(zip, "aa_aa_win.ini", "..\\..\\win.ini"), "a/bb/bb/b", "a/../../b");
    const scan = await scanPath(await writeTemp("evil.zip", zip));
    const problems = Object.fromEntries(
      findingsOf(scan, "suspicious-path").map((f) => [f.path, f.details?.problem]),
    );
    expect(problems).toEqual({
      "..\\..\\win.ini": "contains a backslash (a Windows path separator)",
      "a/../../b": "climbs out of the archive with `..`",
    });
  });

  it("a zip whose local header names an entry differently from its central directory is reported", async () => {
    const zip = await zipBuffer({ "readme.txt": "harmless", "b.txt": "b" });
    // Change the name in the local header only (it comes first in the file).
    const swapped = Buffer.from(zip);
    swapped.write(".env.local", zip.indexOf("readme.txt"), "latin1");
    const scan = await scanPath(await writeTemp("two-names.zip", swapped));
    expect(findingsOf(scan, "suspicious-path")).toEqual([
      expect.objectContaining({
        path: "readme.txt",
        details: { problem: "local header name differs", localName: ".env.local" },
      }),
    ]);
  });

  it("100,000 tiny entries hit the entry limit with a blocking finding instead of running away", async () => {
    const tree: Record<string, string> = {};
    for (let i = 0; i < 100_000; i++) tree[`f/${i}`] = "";
    const scan = await scanPath(await writeTemp("many.tgz", await tgzBuffer(tree)));
    expect(findingsOf(scan, "archive-limit")).toEqual([
      expect.objectContaining({ severity: "error", details: { limit: "maxEntries" } }),
    ]);
    expect(scan.manifest.entryCount).toBe(50_000);
  });

  it("a limit on total bytes stops the scan with a blocking finding", async () => {
    const scan = await scanPath(
      await writeTemp("big.tar", await tarBuffer({ "a.bin": Buffer.alloc(3000, 1) })),
      {
        limits: { maxTotalBytes: 1000 },
      },
    );
    expect(findingsOf(scan, "archive-limit")[0]).toMatchObject({
      path: "a.bin",
      details: { limit: "maxTotalBytes" },
    });
  });

  it("an unreadable file is an input error", async () => {
    const path = await writeTemp("locked.tgz", await tgzBuffer({ a: "a" }));
    const { chmod } = await import("node:fs/promises");
    await chmod(path, 0);
    if (process.getuid?.() === 0) {
      // root reads anything; a missing file stands in for an unreadable one.
      const { rm } = await import("node:fs/promises");
      await rm(path);
      await expect(scanPath(path)).rejects.toThrow(/does not exist/);
    } else {
      await expectInputError(scanPath(path), "locked.tgz", /permission denied/);
    }
  });
});
