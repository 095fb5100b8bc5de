import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Baseline, emptyBaseline } from "../../src/baseline/baseline-file.js";
import { checkBaseline, recordBaseline } from "../../src/baseline/record.js";
import { UserError } from "../../src/core/errors.js";
import { tempDir, tgzBuffer, writeTree, zipBuffer } from "../helpers/archives.js";
import { scanPath } from "../helpers/scan.js";

describe("recording a baseline", () => {
  it("records files, links and nested entries by pattern, not directories", async () => {
    const dir = await tempDir();
    await writeTree(join(dir, "dist"), {
      "index.html": "<html>",
      "assets/index-BxQ8k2Lz.js": "console.log(1)",
      "vendor/plugin.zip": await zipBuffer({ "lib/a.js": "a" }),
    });
    const scan = await scanPath(join(dir, "dist"), { prefix: "web=" });
    const baseline = recordBaseline([scan]);
    expect(baseline.artifacts).toHaveLength(1);
    expect(baseline.artifacts[0]).toMatchObject({ identity: "web", kind: "directory" });
    expect(baseline.artifacts[0]!.entries.map((e) => e.path).sort()).toEqual([
      "assets/index-[hash].js",
      "index.html",
      "vendor/plugin.zip",
      "vendor/plugin.zip!lib/a.js",
    ]);
  });

  it("keeps accepted findings and the artifacts this run did not scan, and replaces the ones it did", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "app-1.1.0.zip"), await zipBuffer({ "b.js": "b" }));
    const previous: Baseline = {
      version: 1,
      artifacts: [
        {
          identity: "app.zip",
          kind: "zip",
          totalBytes: 1,
          entries: [{ path: "a.js", size: 1, type: "file" }],
        },
        { identity: "npm:other", kind: "npm-tarball", totalBytes: 0, entries: [] },
      ],
      accepted: [{ rule: "internal-path", path: "test/**", reason: "fixtures" }],
    };
    const baseline = recordBaseline([await scanPath(join(dir, "app-1.1.0.zip"))], previous);
    expect(baseline.accepted).toEqual(previous.accepted);
    expect(baseline.artifacts.map((a) => a.identity).sort()).toEqual(["app.zip", "npm:other"]);
    expect(baseline.artifacts.find((a) => a.identity === "app.zip")!.entries.map((e) => e.path)).toEqual([
      "b.js",
    ]);
  });

  it("two artifacts with one identity are a usage error asking for name=", async () => {
    const dir = await tempDir();
    const tarball = await tgzBuffer({ "package/package.json": '{"name":"pkg","version":"1.0.0"}' });
    await writeFile(join(dir, "pkg-1.0.0.tgz"), tarball);
    await writeFile(join(dir, "pkg-copy.tgz"), tarball);
    const scans = [await scanPath(join(dir, "pkg-1.0.0.tgz")), await scanPath(join(dir, "pkg-copy.tgz"))];
    expect(() => recordBaseline(scans)).toThrow(UserError);
    expect(() => recordBaseline(scans)).toThrow(
      'pkg-1.0.0.tgz and pkg-copy.tgz are both the artifact "npm:pkg" and would overwrite each other in the baseline; name one with name=path',
    );
  });
});

describe("baseline --check", () => {
  it("is up to date after a rebuild with new hashes and new content, out of date when files come or go", async () => {
    const dir = await tempDir();
    await writeTree(join(dir, "v1"), { "index.html": "1", "assets/index-BxQ8k2Lz.js": "one" });
    await writeTree(join(dir, "v2"), { "index.html": "2", "assets/index-Qp3mZ9Xa.js": "two, longer" });
    await writeTree(join(dir, "v3"), {
      "assets/index-Qp3mZ9Xa.js": "two",
      "assets/chunk-AB12CD34.js": "new",
    });
    const baseline = recordBaseline([await scanPath(join(dir, "v1"), { prefix: "web=" })]);

    expect(checkBaseline(baseline, [await scanPath(join(dir, "v2"), { prefix: "web=" })])).toEqual({
      upToDate: true,
      reasons: [],
    });
    expect(checkBaseline(baseline, [await scanPath(join(dir, "v3"), { prefix: "web=" })])).toEqual({
      upToDate: false,
      reasons: [
        "web: new file assets/chunk-AB12CD34.js (assets/chunk-[hash].js)",
        "web: file gone index.html",
      ],
    });
    expect(checkBaseline(emptyBaseline(), [await scanPath(join(dir, "v1"), { prefix: "site=" })])).toEqual({
      upToDate: false,
      reasons: ['site: not in the baseline (as "site")'],
    });
  });
});
