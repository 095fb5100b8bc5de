/**
 * Fix texts a person can follow for the artifact they have: npm advice for npm packages
 * only, the bundler's own setting when the map names its bundler, and build-tool scratch
 * directories described in words.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeRoot } from "../../src/rules/source-map/build-hints.js";
import { tempDir, tgzBuffer, writeTree } from "../helpers/archives.js";
import { codeLike, embeddingMap } from "../helpers/releases.js";
import { runCli } from "../helpers/run-cli.js";

interface JsonFinding {
  ruleId: string;
  path: string;
  fix: string;
  message: string;
}

async function findings(cwd: string, spec: string): Promise<JsonFinding[]> {
  const run = await runCli(["scan", "--json", spec], { cwd });
  return JSON.parse(run.stdout).findings;
}

const webpackMap = JSON.stringify({
  version: 3,
  sources: ["webpack://acme/./src/secret-sauce.ts"],
  sourcesContent: [codeLike(2000, "sauce")],
  mappings: "AAAA",
});

describe("fix texts fit the artifact", () => {
  it("an env file: .npmignore for an npm tarball, the upload step for a directory", async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, "app-1.0.0.tgz"),
      await tgzBuffer({ "package/package.json": '{"name":"app","version":"1.0.0"}', "package/.env": "A=1" }),
    );
    await writeTree(join(dir, "site"), { ".env": "A=1", "index.html": "<p>" });
    const [npm] = (await findings(dir, "app-1.0.0.tgz")).filter((f) => f.ruleId === "internal-path");
    expect(npm!.fix).toContain("`.npmignore`");
    const [site] = (await findings(dir, "site")).filter((f) => f.ruleId === "internal-path");
    expect(site!.fix).not.toContain(".npmignore");
    expect(site!.fix).toContain("before it is uploaded or synced");
  });

  it("a map written by webpack gets webpack's setting; one that does not say gets every bundler's", async () => {
    const dir = await tempDir();
    await writeTree(join(dir, "web"), { "main.js.map": webpackMap, "main.js": "x" });
    await writeTree(join(dir, "cli"), { "cli.js.map": embeddingMap(30, 500), "cli.js": "x" });
    const [webpack] = (await findings(dir, "web")).filter((f) => f.ruleId === "source-map");
    expect(webpack!.fix).toContain("devtool: 'nosources-source-map'");
    expect(webpack!.fix).not.toContain("esbuild");
    const [generic] = (await findings(dir, "cli")).filter((f) => f.ruleId === "source-map");
    for (const setting of [
      "sourcesContent: false",
      "nosources-source-map",
      "sourcemapExcludeSources",
      "inlineSources: false",
    ])
      expect(generic!.fix).toContain(setting);
  });
});

describe("source roots in words", () => {
  it("build-tool scratch paths are described, other roots printed as they are", () => {
    expect(describeRoot("../../../../../darwin_arm64-fastbuild-ST-fdfa778d11ba")).toBe(
      "a Bazel output directory (…/darwin_arm64-fastbuild-ST-fdfa778d11ba)",
    );
    // A home directory or CI checkout is what is disclosed: printed as it is.
    expect(describeRoot("/home/runner/work/acme/acme/src")).toBe("/home/runner/work/acme/acme/src");
    expect(describeRoot("/tmp/build-123/src")).toBe("a temporary directory on the build machine (…/src)");
    expect(describeRoot("../src")).toBe("../src");
  });
});
