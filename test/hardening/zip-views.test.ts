/**
 * Zips read two ways: by their central directory (leakgate, unzip, most libraries) and front
 * to back by their local headers (Java's ZipInputStream, streaming extractors); found by their
 * first bytes or by their end record. Every disagreement between views is blocked or scanned.
 */
import { crc32, deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { tarBuffer, tgzBuffer, writeTemp, zipBuffer } from "../helpers/archives.js";
import { runCli } from "../helpers/run-cli.js";
import { findingsOf, paths, scanPath } from "../helpers/scan.js";
import { allRules, centralHeader, endRecord, fakeGithubToken, localHeader } from "./hostile.js";

/** A one-entry zip whose central directory says `central` about the entry whose local header and data are `local`. */
function zipWith(local: Buffer, name: string, central: Parameters<typeof centralHeader>[2]): Buffer {
  const directory = centralHeader(name, 0, central);
  return Buffer.concat([local, directory, endRecord(1, directory.length, local.length)]);
}

describe("local header and central directory must agree", () => {
  const harmless = Buffer.from("x".repeat(20));

  it("a local header whose stored data runs on past the central size (holding a token) blocks", async () => {
    const hidden = Buffer.concat([harmless, Buffer.from(`\ntoken=${fakeGithubToken()}\n`)]);
    const zip = zipWith(localHeader("a.txt", hidden), "a.txt", {
      crc: crc32(harmless),
      compressed: harmless.length,
      size: harmless.length,
    });
    const scan = await scanPath(await writeTemp("sizes.zip", zip), { rules: allRules() });
    const [finding] = findingsOf(scan, "suspicious-path");
    expect(finding?.severity).toBe("error");
    expect(finding?.message).toMatch(/compressed size \(local \d+, central 20\)/);
  });

  it("a compression method that differs between the headers blocks", async () => {
    const deflated = deflateRawSync(harmless);
    const zip = zipWith(localHeader("a.txt", deflated, { method: 0, size: harmless.length }), "a.txt", {
      method: 8,
      crc: crc32(harmless),
      compressed: deflated.length,
      size: harmless.length,
    });
    const scan = await scanPath(await writeTemp("method.zip", zip), { rules: allRules() });
    expect(findingsOf(scan, "suspicious-path")[0]?.message).toMatch(
      /compression method \(local 0, central 8\)/,
    );
  });

  it("a zip from a standard tool has no such finding", async () => {
    const zip = await zipBuffer({ "a.txt": "hello", "b/c.txt": "x".repeat(10_000) });
    const scan = await scanPath(await writeTemp("ok.zip", zip), { rules: allRules() });
    expect(scan.findings).toEqual([]);
  });
});

describe("overlapping entries (a zip bomb at a harmless ratio)", () => {
  it("1,000 entries sharing one local header are refused at once, before anything expands", async () => {
    const data = Buffer.alloc(12_000, "A");
    const local = localHeader("00000", data);
    const directory = Buffer.concat(
      Array.from({ length: 1000 }, (_, i) =>
        centralHeader(String(i).padStart(5, "0"), 0, {
          crc: crc32(data),
          compressed: data.length,
          size: data.length,
        }),
      ),
    );
    const zip = Buffer.concat([local, directory, endRecord(1000, directory.length, local.length)]);
    const started = Date.now();
    const scan = await scanPath(await writeTemp("overlap.zip", zip), { rules: allRules() });
    expect(findingsOf(scan, "ambiguous-archive")[0]?.message).toMatch(/overlapping entries/);
    expect(scan.manifest.entryCount).toBe(0);
    // Not a timing assertion on speed: a bound that only a walk of 1,000 × 12 kB entries would pass.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("nested inside a tarball, the same zip blocks the release", async () => {
    const data = Buffer.alloc(1000, "A");
    const local = localHeader("a", data);
    const directory = Buffer.concat(
      ["a", "b"].map((n) =>
        centralHeader(n, 0, { crc: crc32(data), compressed: data.length, size: data.length }),
      ),
    );
    const zip = Buffer.concat([local, directory, endRecord(2, directory.length, local.length)]);
    const scan = await scanPath(await writeTemp("r.tgz", await tgzBuffer({ "package/x.zip": zip })));
    expect(findingsOf(scan, "ambiguous-archive")[0]?.path).toBe("package/x.zip");
  });
});

describe("a zip is found by its end, like zip readers find it", () => {
  it("a launch script in front of a jar (Spring Boot, self-extracting): the zip is read, the script too", async () => {
    const token = fakeGithubToken();
    const zip = await zipBuffer({ "BOOT-INF/classes/app.properties": `github.token=${token}\n` });
    const script = Buffer.from(`#!/bin/sh\nexec java -jar "$0" "$@"\n# ${fakeGithubToken()}\n`);
    const scan = await scanPath(await writeTemp("app.jar", Buffer.concat([script, zip])), {
      rules: allRules(),
    });
    expect(scan.manifest.kind).toBe("zip");
    expect(paths(scan)).toEqual(["(data before the zip)", "BOOT-INF/classes/app.properties"]);
    expect(findingsOf(scan, "secret").map((f) => f.path)).toEqual([
      "(data before the zip)",
      "BOOT-INF/classes/app.properties",
    ]);
    expect(findingsOf(scan, "ambiguous-archive")).toEqual([]);
  });

  it("a tar/zip polyglot blocks, and both views are scanned", async () => {
    const tar = await tarBuffer({ "readme.txt": "harmless\n" });
    const zip = await zipBuffer({ "config.js": `const t = "${fakeGithubToken()}";\n` });
    const scan = await scanPath(await writeTemp("poly.tar", Buffer.concat([tar, zip])), {
      rules: allRules(),
    });
    expect(findingsOf(scan, "ambiguous-archive")).toHaveLength(1);
    expect(findingsOf(scan, "secret")[0]?.path).toBe("config.js");
    expect(paths(scan)).toContain("(data before the zip)!readme.txt");
  });

  it("inside a release, a file that ends like a zip but was not opened as one blocks", async () => {
    const zip = await zipBuffer({ "config.js": `const t = "${fakeGithubToken()}";\n` });
    const installer = Buffer.concat([Buffer.from("MZ not really an exe\n"), zip]);
    const scan = await scanPath(
      await writeTemp("r.tgz", await tgzBuffer({ "package/setup.exe": installer })),
    );
    expect(findingsOf(scan, "ambiguous-archive")[0]?.path).toBe("package/setup.exe");
  });

  it("a pre-POSIX (v7) tar without the ustar magic is opened as a tar", async () => {
    const ustar = await tarBuffer({ "config.js": `const t = "${fakeGithubToken()}";\n` });
    const v7 = Buffer.from(ustar);
    v7.fill(0, 257, 265); // no magic, no version: what v7 tar writes
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : v7[i]!;
    v7.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, "latin1");
    const scan = await scanPath(await writeTemp("old.tar", v7), { rules: allRules() });
    expect(scan.manifest.kind).toBe("tar");
    expect(findingsOf(scan, "secret")).toHaveLength(1);
  });

  it("a file named like an archive that is not one is exit 2 (a zero-byte .tgz, a text .zip)", async () => {
    const empty = await writeTemp("empty.tgz", "");
    const run = await runCli(["scan", "empty.tgz"], { cwd: empty.slice(0, -"/empty.tgz".length) });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/empty\.tgz: is empty, although its name says it is an archive/);
    const text = await writeTemp("notes.zip", "just text\n");
    const second = await runCli(["scan", "notes.zip"], { cwd: text.slice(0, -"/notes.zip".length) });
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/is not an archive/);
  });
});

describe("zip symlink entries", () => {
  it("a deflated symlink target is read as its text, not its compressed bytes", async () => {
    const target = "../shared/index.js".repeat(4);
    const zip = await zipBuffer({ "lib/index.js": "x", "lib/link": { symlink: target } }, { compress: true });
    const scan = await scanPath(await writeTemp("deflated-link.zip", zip));
    expect(scan.manifest.entries.find((e) => e.path === "lib/link")?.linkTarget).toBe(target);
  });

  it("a top-level zip holding a symlink is scanned, listed and recorded (scan, manifest, baseline)", async () => {
    const zip = await zipBuffer({ "lib/index.js": "export {};\n", "lib/link": { symlink: "index.js" } });
    const path = await writeTemp("links.zip", zip);
    const cwd = path.slice(0, -"/links.zip".length);
    const scan = await runCli(["scan", "links.zip"], { cwd });
    expect(scan.code).toBe(0);
    const manifest = await runCli(["manifest", "links.zip"], { cwd });
    expect(manifest.code).toBe(0);
    expect(manifest.stdout).toContain('"linkTarget":"index.js"');
    const baseline = await runCli(["baseline", "--write", "b.json", "links.zip"], { cwd });
    expect(baseline.code).toBe(0);
  });
});

describe("bytes of a zip that no listed entry covers", () => {
  const harmless = Buffer.from("export const a = 1;\n");

  it("a deflate stream that ends early inside its entry (a data descriptor, then a hidden entry) blocks", async () => {
    const deflated = deflateRawSync(harmless);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc32(harmless), 4);
    descriptor.writeUInt32LE(deflated.length, 8);
    descriptor.writeUInt32LE(harmless.length, 12);
    const hidden = localHeader("s.js", Buffer.from(`const t = "${fakeGithubToken()}";\n`));
    const data = Buffer.concat([deflated, descriptor, hidden]);
    const local = localHeader("a.js", data, { method: 8, flags: 8, crc: 0, compressed: 0, size: 0 });
    const zip = zipWith(local, "a.js", {
      method: 8,
      flags: 8,
      crc: crc32(harmless),
      compressed: data.length,
      size: harmless.length,
    });
    const scan = await scanPath(await writeTemp("dd.zip", zip), { rules: allRules() });
    expect(findingsOf(scan, "ambiguous-archive")[0]?.message).toMatch(/ends its deflate stream after/);
  });

  it("a local entry between the listed ones (not in the central directory) blocks", async () => {
    const first = localHeader("a.js", harmless);
    const hidden = localHeader("s.js", Buffer.from(`const t = "${fakeGithubToken()}";\n`));
    const second = localHeader("b.js", harmless);
    const crc = crc32(harmless);
    const fields = { crc, compressed: harmless.length, size: harmless.length };
    const directory = Buffer.concat([
      centralHeader("a.js", 0, fields),
      centralHeader("b.js", first.length + hidden.length, fields),
    ]);
    const offset = first.length + hidden.length + second.length;
    const zip = Buffer.concat([first, hidden, second, directory, endRecord(2, directory.length, offset)]);
    const scan = await scanPath(await writeTemp("gap.zip", zip), { rules: allRules() });
    expect(findingsOf(scan, "ambiguous-archive")[0]?.path).toBe("(data between zip entries)");
  });

  it("loose bytes between entries (a token, no header) are scanned", async () => {
    const first = localHeader("a.js", harmless);
    const loose = Buffer.from(`token=${fakeGithubToken()}\n`);
    const crc = crc32(harmless);
    const fields = { crc, compressed: harmless.length, size: harmless.length };
    const directory = centralHeader("a.js", 0, fields);
    const zip = Buffer.concat([
      first,
      loose,
      directory,
      endRecord(1, directory.length, first.length + loose.length),
    ]);
    const scan = await scanPath(await writeTemp("loose.zip", zip), { rules: allRules() });
    expect(findingsOf(scan, "secret")[0]?.path).toBe("(data between zip entries)");
  });

  it("tokens in the archive comment and in file comments are found", async () => {
    const zip = await zipBuffer({ "a.js": "x" });
    const token = fakeGithubToken();
    const comment = Buffer.from(`release notes ${token}`);
    const end = zip.lastIndexOf(Buffer.of(0x50, 0x4b, 0x05, 0x06));
    const withComment = Buffer.concat([zip.subarray(0, end + 20), Buffer.alloc(2), comment]);
    withComment.writeUInt16LE(comment.length, end + 20);
    const scan = await scanPath(await writeTemp("c.zip", withComment), { rules: allRules() });
    expect(findingsOf(scan, "secret")[0]?.path).toBe("(zip comments)");
  });

  it("bytes after the end record are tolerated as unzip does, and scanned", async () => {
    const zip = await zipBuffer({ "a.js": "x" });
    const trailing = Buffer.concat([zip, Buffer.from(`\ntoken=${fakeGithubToken()}\n`)]);
    const scan = await scanPath(await writeTemp("t.zip", trailing), { rules: allRules() });
    expect(scan.manifest.kind).toBe("zip");
    expect(paths(scan)).toEqual(["(data after the zip)", "a.js"]);
    expect(findingsOf(scan, "secret")[0]?.path).toBe("(data after the zip)");
  });
});
