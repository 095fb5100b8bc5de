import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffArtifact } from "../../src/baseline/diff.js";
import { recordBaseline } from "../../src/baseline/record.js";
import { DEFAULT_LIMITS } from "../../src/core/model.js";
import { artifactIdentity } from "../../src/engine/artifact-identity.js";
import { scanArtifact } from "../../src/engine/scan-artifact.js";
import { resolveArtifactSpecs } from "../../src/sources/artifact-spec.js";
import { tarBuffer, tempDir, tgzBuffer, writeTree, zipBuffer } from "../helpers/archives.js";

/** Scans an artifact spec as the user writes it, relative to `cwd`. */
async function scanSpec(cwd: string, spec: string) {
  const [resolved] = await resolveArtifactSpecs([spec], cwd);
  return scanArtifact(resolved!, { rules: [], limits: DEFAULT_LIMITS });
}

describe("artifact identity from a path", () => {
  it.each([
    ["site-BxQ8k2Lz.zip", "site.zip"],
    ["e3b0c44298fc1c149afb.zip", "[hash].zip"],
    ["release/1.0.1/dist", "release/dist"],
    // Words with digits are names, not hashes: two platforms stay two artifacts.
    ["myapp-windows64.zip", "myapp-windows64.zip"],
    ["myapp-linuxarm64.zip", "myapp-linuxarm64.zip"],
  ])("%s → %s", (source, identity) => {
    expect(artifactIdentity({ source })).toBe(identity);
  });
});

/** Scans two releases and checks they are one artifact whose diff shows only what changed. */
async function sameArtifact(dir: string, first: string, second: string) {
  const before = await scanSpec(dir, first);
  const after = await scanSpec(dir, second);
  expect(after.identity).toBe(before.identity);
  const [base] = recordBaseline([before]).artifacts;
  return { identity: after.identity, diff: diffArtifact(base!, after.manifest) };
}

describe("the same artifact across releases", () => {
  it("npm tarballs: pkg-1.0.0.tgz and pkg-1.0.1.tgz are npm:<name>", async () => {
    const dir = await tempDir();
    const pkg = (version: string) => ({
      "package/package.json": JSON.stringify({ name: "@acme/pkg", version }),
      "package/index.js": `module.exports = "${version}";`,
    });
    await writeFile(join(dir, "pkg-1.0.0.tgz"), await tgzBuffer(pkg("1.0.0")));
    await writeFile(join(dir, "pkg-1.0.1.tgz"), await tgzBuffer(pkg("1.0.1")));
    const { identity, diff } = await sameArtifact(dir, "pkg-1.0.0.tgz", "pkg-1.0.1.tgz");
    expect(identity).toBe("npm:@acme/pkg");
    expect(diff.added).toEqual([]);
    expect(diff.changed.map((c) => c.path).sort()).toEqual(["package/index.js", "package/package.json"]);
  });

  it("plain archives: app-1.0.0.zip and app-1.1.0.zip, tool-1.0.0.tar and tool-2.0.0-rc.1.tar", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "app-1.0.0.zip"), await zipBuffer({ "index.js": "1" }));
    await writeFile(join(dir, "app-1.1.0.zip"), await zipBuffer({ "index.js": "2" }));
    await writeFile(join(dir, "tool-1.0.0.tar"), await tarBuffer({ "bin/tool": "1" }));
    await writeFile(join(dir, "tool-2.0.0-rc.1.tar"), await tarBuffer({ "bin/tool": "2" }));
    expect((await sameArtifact(dir, "app-1.0.0.zip", "app-1.1.0.zip")).identity).toBe("app.zip");
    expect((await sameArtifact(dir, "tool-1.0.0.tar", "tool-2.0.0-rc.1.tar")).identity).toBe("tool.tar");
  });

  it("directories: release/1.0.0/dist and release/1.0.1/dist; an explicit name= wins", async () => {
    const dir = await tempDir();
    await writeTree(join(dir, "release/1.0.0/dist"), { "index.html": "1" });
    await writeTree(join(dir, "release/1.0.1/dist"), { "index.html": "2" });
    await mkdir(join(dir, "release/1.0.1/dist/empty"));
    const { identity, diff } = await sameArtifact(dir, "release/1.0.0/dist", "release/1.0.1/dist");
    expect(identity).toBe("release/dist");
    expect(diff.added).toEqual([]);
    expect((await scanSpec(dir, "web=release/1.0.1/dist")).identity).toBe("web");
  });

  it("nested archives: a bundled dependency's version bump is a changed file, not a new one", async () => {
    const dir = await tempDir();
    const release = async (version: string, plugin: string) =>
      tgzBuffer({
        "package/package.json": JSON.stringify({ name: "host", version }),
        [`package/vendor/plugin-${plugin}.zip`]: await zipBuffer({ "lib/a.js": `a${plugin}` }),
      });
    await writeFile(join(dir, "host-1.0.0.tgz"), await release("1.0.0", "2.3.1"));
    await writeFile(join(dir, "host-1.0.1.tgz"), await release("1.0.1", "2.3.2"));
    const { diff } = await sameArtifact(dir, "host-1.0.0.tgz", "host-1.0.1.tgz");
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed.map((c) => c.pattern).sort()).toEqual([
      "package/package.json",
      "package/vendor/plugin-[version].zip",
      "package/vendor/plugin-[version].zip!lib/a.js",
    ]);
  });
});
