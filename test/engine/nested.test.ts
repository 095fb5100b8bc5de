import { createHash } from "node:crypto";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gzBuffer, tarBuffer, tgzBuffer, writeTemp, zipBuffer } from "../helpers/archives.js";
import { findingsOf, paths, scanPath } from "../helpers/scan.js";

const corpus = join(import.meta.dirname, "../../fixtures/gitleaks-archives");

describe("nested archives", () => {
  it("opens tar, zip and gz inside each other to depth 3, joining levels with !", async () => {
    const level3 = gzBuffer("deepest secret-free text\n");
    const level2 = await zipBuffer({ "docs/notes.txt.gz": level3, "lib/index.js": "export {}\n" });
    const level1 = await tarBuffer({ "vendor/plugin.zip": level2 });
    const release = await tgzBuffer({
      "package/package.json": '{"name":"nest","version":"1.0.0"}',
      "package/bundle.tar": level1,
    });
    const scan = await scanPath(await writeTemp("nest-1.0.0.tgz", release));
    expect(paths(scan)).toEqual([
      "package/bundle.tar",
      "package/bundle.tar!vendor/plugin.zip",
      "package/bundle.tar!vendor/plugin.zip!docs/notes.txt.gz",
      "package/bundle.tar!vendor/plugin.zip!docs/notes.txt.gz!notes.txt",
      "package/bundle.tar!vendor/plugin.zip!lib/index.js",
      "package/package.json",
    ]);
    const deepest = scan.manifest.entries.find((e) => e.path.endsWith("!notes.txt"))!;
    expect(deepest.sha256).toBe(createHash("sha256").update("deepest secret-free text\n").digest("hex"));
    expect(scan.manifest.kind).toBe("npm-tarball");
    expect(scan.identity).toBe("npm:nest");
  });

  it("lists every place of gitleaks' nested.tar.gz, the 7z's too, and leaves nothing unopened", async () => {
    const scan = await scanPath(join(corpus, "nested.tar.gz"));
    const listed = paths(scan).map((path) => `nested.tar.gz!${path}`);
    for (const place of [
      "nested.tar.gz!archives/files/api.go",
      "nested.tar.gz!archives/files/main.go",
      "nested.tar.gz!archives/files/main.go.gz!main.go",
      "nested.tar.gz!archives/files/main.go.xz!main.go",
      "nested.tar.gz!archives/files/main.go.zst!main.go",
      "nested.tar.gz!archives/files.tar!files/api.go",
      "nested.tar.gz!archives/files.tar!files/main.go",
      "nested.tar.gz!archives/files.zip!files/api.go",
      "nested.tar.gz!archives/files.zip!files/main.go",
      "nested.tar.gz!archives/files.tar.xz!files/api.go",
      "nested.tar.gz!archives/files.tar.xz!files/main.go",
      "nested.tar.gz!archives/files.tar.zst!files/api.go",
      "nested.tar.gz!archives/files.tar.zst!files/main.go",
      "nested.tar.gz!archives/files.7z!files/api.go",
      "nested.tar.gz!archives/files.7z!files/main.go",
    ]) {
      expect(listed).toContain(place);
    }
    for (const env of [
      "archives/files/.env.prod",
      "archives/files.tar!files/.env.prod",
      "archives/files.zip!files/.env.prod",
      "archives/files.tar.xz!files/.env.prod",
      "archives/files.tar.zst!files/.env.prod",
      "archives/files.7z!files/.env.prod",
    ]) {
      expect(paths(scan)).toContain(env);
    }
    expect(scan.manifest.unopened).toEqual([]);
    expect(findingsOf(scan, "unscanned-archive")).toEqual([]);
  });

  it("stops opening archives past maxDepth, with a blocking finding", async () => {
    let data: Buffer = Buffer.from("core");
    for (let i = 0; i < 6; i++) data = await tarBuffer({ [`level${i}.tar`]: data });
    const scan = await scanPath(await writeTemp("deep.tar", data), { limits: { maxDepth: 3 } });
    const limit = findingsOf(scan, "archive-limit");
    expect(limit).toHaveLength(1);
    expect(limit[0]!.severity).toBe("error");
    expect(limit[0]!.path.split("!")).toHaveLength(4);
    expect(scan.manifest.unopened).toHaveLength(1);
  });

  it("reports a corrupt nested archive as a blocking finding and keeps scanning the rest", async () => {
    const zip = await zipBuffer({ "a.txt": "a".repeat(1000) });
    const broken = zip.subarray(0, zip.length - 30); // cut into the central directory
    const scan = await scanPath(
      await writeTemp("outer.tgz", await tgzBuffer({ "x/broken.zip": broken, "y/ok.txt": "fine" })),
    );
    expect(findingsOf(scan, "archive-unreadable")).toEqual([
      expect.objectContaining({ severity: "error", path: "x/broken.zip" }),
    ]);
    expect(paths(scan)).toContain("y/ok.txt");
  });
});
