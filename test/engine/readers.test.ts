import { createHash } from "node:crypto";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  gzBuffer,
  type Tree,
  tarBuffer,
  tempDir,
  tgzBuffer,
  writeTemp,
  writeTree,
  zipBuffer,
} from "../helpers/archives.js";
import { paths, scanPath } from "../helpers/scan.js";

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

const tree: Tree = {
  "README.md": "# demo\n",
  "lib/index.js": "module.exports = 42;\n",
  "lib/data.json": JSON.stringify({ a: [1, 2, 3] }),
  "bin/tool": Buffer.from([0, 1, 2, 3, 255]),
};

function expectHashesMatch(entries: { path: string; sha256?: string; size: number }[], prefix = "") {
  for (const [name, content] of Object.entries(tree)) {
    const entry = entries.find((e) => e.path === `${prefix}${name}`);
    expect(entry, name).toBeDefined();
    expect(entry!.sha256).toBe(sha256(content as string | Buffer));
    expect(entry!.size).toBe(Buffer.byteLength(content as string | Buffer));
  }
}

describe("artifact readers", () => {
  it("reads a tar and hashes every file like node:crypto does", async () => {
    const scan = await scanPath(await writeTemp("release.tar", await tarBuffer(tree)));
    expect(scan.manifest.kind).toBe("tar");
    expectHashesMatch(scan.manifest.entries);
    expect(paths(scan)).toEqual([...paths(scan)].sort());
  });

  it("reads a .tgz, and detects the format from bytes even with a misleading name", async () => {
    const scan = await scanPath(await writeTemp("release.zip", await tgzBuffer(tree)));
    expect(scan.manifest.kind).toBe("tar");
    expectHashesMatch(scan.manifest.entries);
  });

  it("reads a zip, whatever its extension (.vsix, .jar, .whl, .nupkg)", async () => {
    for (const name of ["ext.vsix", "app.jar", "pkg.whl", "lib.nupkg", "plain.zip"]) {
      const scan = await scanPath(await writeTemp(name, await zipBuffer(tree)));
      expect(scan.manifest.kind, name).toBe("zip");
      expectHashesMatch(scan.manifest.entries);
    }
  });

  it("reads stored (uncompressed) zip entries from a file to the end", async () => {
    const scan = await scanPath(await writeTemp("stored.zip", await zipBuffer(tree, { compress: false })));
    expectHashesMatch(scan.manifest.entries);
  });

  it("reads a single .gz file as the file inside it", async () => {
    const scan = await scanPath(await writeTemp("notes.txt.gz", gzBuffer("hello\n")));
    expect(scan.manifest.kind).toBe("gzip");
    expect(scan.manifest.entries).toEqual([
      expect.objectContaining({ path: "notes.txt", sha256: sha256("hello\n"), size: 6 }),
    ]);
  });

  it("reads a directory, listing symlinks with their target without following them", async () => {
    const root = await tempDir();
    await writeTree(join(root, "dist"), {
      ...tree,
      ".hidden": "dot files count too",
      "link.js": { symlink: "lib/index.js" },
    });
    const scan = await scanPath(join(root, "dist"));
    expect(scan.manifest.kind).toBe("directory");
    expectHashesMatch(scan.manifest.entries);
    expect(scan.manifest.entries.find((e) => e.path === "link.js")).toMatchObject({
      type: "symlink",
      linkTarget: "lib/index.js",
    });
    expect(paths(scan)).toContain(".hidden");
  });

  it("an artifact that is itself an archive leakgate cannot open (rar) blocks, and says why", async () => {
    const scan = await scanPath(
      await writeTemp("release.rar", Buffer.from([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00, 1, 2, 3])),
    );
    expect(scan.manifest.unopened).toEqual([
      { path: "release.rar", format: "rar", reason: "rar archives are not supported" },
    ]);
    expect(scan.findings).toEqual([
      expect.objectContaining({ ruleId: "unscanned-archive", severity: "error", path: "" }),
    ]);
  });

  it("treats a file that is not an archive as a one-entry artifact", async () => {
    const scan = await scanPath(await writeTemp("app.js", "console.log(1)\n"));
    expect(scan.manifest.kind).toBe("file");
    expect(paths(scan)).toEqual(["app.js"]);
  });

  it("records links and directories from tar with their type and target", async () => {
    const scan = await scanPath(
      await writeTemp(
        "links.tar",
        await tarBuffer({
          "a/b.txt": "b",
          "a/soft": { symlink: "b.txt" },
          "a/hard": { hardlink: "a/b.txt" },
        }),
      ),
    );
    const byPath = Object.fromEntries(scan.manifest.entries.map((e) => [e.path, e]));
    expect(byPath["a/soft"]).toMatchObject({ type: "symlink", linkTarget: "b.txt" });
    expect(byPath["a/hard"]).toMatchObject({ type: "hardlink", linkTarget: "a/b.txt" });
    expect(scan.findings).toEqual([]);
  });

  it("counts total bytes as the sum of the artifact's own entries", async () => {
    const scan = await scanPath(
      await writeTemp(
        "r.tgz",
        await tgzBuffer({ "a.txt": "12345", "b.zip": await zipBuffer({ "c.txt": "123" }) }),
      ),
    );
    const bZip = scan.manifest.entries.find((e) => e.path === "b.zip")!;
    expect(scan.manifest.totalBytes).toBe(5 + bZip.size);
  });
});
