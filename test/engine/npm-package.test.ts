import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/core/model.js";
import { scanArtifact } from "../../src/engine/scan-artifact.js";
import { resolveArtifactSpecs } from "../../src/sources/artifact-spec.js";
import { readWorkspace } from "../../src/sources/workspaces.js";
import { tempDir, writeTree } from "../helpers/archives.js";
import { runCli } from "../helpers/run-cli.js";
import { scanPath } from "../helpers/scan.js";

const fixturePackage = {
  "package.json": JSON.stringify({
    name: "@fixture/widget",
    version: "3.1.4",
    files: ["dist", "types"],
    main: "dist/index.js",
  }),
  "README.md": "# widget\n",
  "dist/index.js": "exports.widget = () => 1;\n",
  "dist/index.js.map": '{"version":3,"sources":["../src/index.ts"],"mappings":"AAAA"}',
  "types/index.d.ts": "export declare function widget(): number;\n",
  "src/index.ts": "export function widget(): number { return 1; }\n",
  ".env": "NOT_SHIPPED=because files excludes it\n",
  "test/widget.test.js": "// not in files\n",
};

function npmPack(dir: string): string {
  const out = execFileSync("npm", ["pack", "--json", "--pack-destination", dir], {
    cwd: dir,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  return join(dir, (JSON.parse(out) as { filename: string }[])[0]!.filename);
}

describe("npm packages", () => {
  it("a real `npm pack` tarball and `npm:` on its directory give the same manifest", async () => {
    const dir = await tempDir();
    await writeTree(dir, fixturePackage);
    const tarball = await scanPath(npmPack(dir));
    const directory = await scanPath(dir, { prefix: "npm:" });

    const files = (scan: typeof tarball) =>
      scan.manifest.entries.map(({ path, size, sha256 }) => ({ path, size, sha256 }));
    expect(files(directory)).toEqual(files(tarball));
    expect(files(tarball).map((f) => f.path)).toEqual([
      "package/README.md",
      "package/dist/index.js",
      "package/dist/index.js.map",
      "package/package.json",
      "package/types/index.d.ts",
    ]);
    const indexJs = tarball.manifest.entries.find((e) => e.path === "package/dist/index.js")!;
    expect(indexJs.sha256).toBe(
      createHash("sha256")
        .update(await readFile(join(dir, "dist/index.js")))
        .digest("hex"),
    );

    expect(tarball.manifest).toMatchObject({
      kind: "npm-tarball",
      packageName: "@fixture/widget",
      packageVersion: "3.1.4",
    });
    expect(directory.manifest).toMatchObject({
      kind: "npm-package",
      packageName: "@fixture/widget",
      packageVersion: "3.1.4",
    });
    expect(tarball.identity).toBe("npm:@fixture/widget");
    expect(directory.identity).toBe("npm:@fixture/widget");
  });

  describe("`npm:` lists what `npm pack` packs, with packages installed under the directory", () => {
    /** The paths real `npm pack` would write, sorted. */
    const npmPackList = (dir: string) => {
      const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
        cwd: dir,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      });
      return (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files
        .map((f) => `package/${f.path}`)
        .sort();
    };
    const scannedList = async (dir: string) =>
      (await scanPath(dir, { prefix: "npm:" })).manifest.entries.map((entry) => entry.path).sort();
    /** Installed packages, which only bundled dependencies may bring into the tarball. */
    const installed = {
      "node_modules/dep-a/package.json": JSON.stringify({
        name: "dep-a",
        version: "1.0.0",
        main: "index.js",
      }),
      "node_modules/dep-a/index.js": "module.exports = 1;\n",
      "node_modules/dep-a/README.md": "# a\n",
      "node_modules/@scope/dep-b/package.json": JSON.stringify({ name: "@scope/dep-b", version: "2.0.0" }),
      "node_modules/@scope/dep-b/lib/b.js": "module.exports = 2;\n",
      "node_modules/.bin/tool": "#!/bin/sh\n",
    };
    const shapes: Record<string, Record<string, string>> = {
      "files, main, a bin as a string, browser, a nested .npmignore": {
        "package.json": JSON.stringify({
          name: "shape-files",
          version: "1.0.0",
          main: "lib/index.js",
          bin: "bin/cli.js",
          browser: "browser/index.js",
          files: ["lib", "!lib/private.js"],
          dependencies: { "dep-a": "1.0.0" },
        }),
        "bin/cli.js": "#!/usr/bin/env node\n",
        "browser/index.js": "export {};\n",
        "lib/index.js": "module.exports = 1;\n",
        "lib/private.js": "// not shipped\n",
        "lib/.npmignore": "*.tmp\n",
        "lib/cache.tmp": "x\n",
        "README.md": "# shape\n",
        LICENSE: "MIT\n",
        "CHANGELOG.md": "# changes\n",
        "test/a.test.js": "// not in files\n",
        ...installed,
      },
      "no files field: .npmignore, .gitignore and npm's own rules": {
        "package.json": JSON.stringify({
          name: "shape-ignore",
          version: "1.0.0",
          bin: { tool: "./tool.js" },
        }),
        ".npmignore": "test/\n*.log\n",
        ".gitignore": "dist/\n",
        "tool.js": "#!/usr/bin/env node\n",
        "index.js": "module.exports = 1;\n",
        "debug.log": "noise\n",
        "dist/out.js": "// shipped: .npmignore replaces .gitignore\n",
        "test/a.js": "// ignored\n",
        ".npmrc": "registry=https://registry.npmjs.org/\n",
        "package-lock.json": "{}\n",
        ...installed,
      },
      "bundled dependencies (these do read what is installed)": {
        "package.json": JSON.stringify({
          name: "shape-bundled",
          version: "1.0.0",
          dependencies: { "dep-a": "1.0.0", "@scope/dep-b": "2.0.0" },
          bundleDependencies: ["dep-a"],
        }),
        "index.js": "module.exports = 1;\n",
        ...installed,
      },
      workspaces: {
        "package.json": JSON.stringify({ name: "shape-root", version: "1.0.0", workspaces: ["packages/*"] }),
        "index.js": "module.exports = 1;\n",
        "packages/one/package.json": JSON.stringify({ name: "one", version: "1.0.0" }),
        "packages/one/index.js": "module.exports = 1;\n",
        ...installed,
      },
    };
    for (const [shape, tree] of Object.entries(shapes)) {
      it(shape, async () => {
        const dir = await tempDir();
        await writeTree(dir, tree);
        const expected = npmPackList(dir);
        expect(await scannedList(dir)).toEqual(expected);
      });
    }

    describe("a workspace member: the root's ignore files and those between apply, as npm applies them", () => {
      const monorepo = {
        "package.json": JSON.stringify({ name: "mono", version: "1.0.0", workspaces: ["packages/*"] }),
        ".gitignore": ".env\n*.log\ncoverage/\n!build/config.gypi\n",
        "packages/.npmignore": "*.tmp\n",
        "packages/web/package.json": JSON.stringify({ name: "web", version: "1.0.0" }),
        "packages/web/index.js": "module.exports = 1;\n",
        "packages/web/.env": "TOKEN=ignored-at-the-root\n",
        "packages/web/debug.log": "noise\n",
        "packages/web/cache.tmp": "x\n",
        "packages/web/coverage/lcov.info": "TN:\n",
        "packages/web/build/config.gypi": "{}\n",
        "packages/api/package.json": JSON.stringify({ name: "api", version: "2.0.0", files: ["lib"] }),
        "packages/api/.npmignore": "lib/*.snap\n",
        "packages/api/lib/index.js": "module.exports = 2;\n",
        "packages/api/lib/out.snap": "snap\n",
        "packages/api/lib/trace.log": "noise\n",
        "packages/other/package.json": JSON.stringify({ name: "other", version: "1.0.0" }),
        "packages/other/.gitignore": "!*.log\n",
        "packages/other/keep.log": "kept: the member's own rule wins\n",
        ...installed,
      };

      it("`npm:packages/web` is what npm pack run inside the member packs", async () => {
        const dir = await tempDir();
        await writeTree(dir, monorepo);
        for (const member of ["web", "api", "other"]) {
          const path = join(dir, "packages", member);
          const expected = npmPackList(path);
          expect(await scannedList(path), member).toEqual(expected);
        }
        // The cases the test is about: npm leaves these out, or ships one of its defaults.
        const web = await scannedList(join(dir, "packages/web"));
        expect(web).not.toContain("package/.env");
        expect(web).toContain("package/build/config.gypi");
      });

      /** What `npm pack --workspaces` packs at `dir`, and what leakgate lists for `npm:.` there. */
      const bothWorkspaceLists = async (dir: string) => {
        const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts", "--workspaces"], {
          cwd: dir,
          encoding: "utf8",
          stdio: ["ignore", "pipe", "ignore"],
        });
        const expected = (JSON.parse(out) as { name: string; files: { path: string }[] }[]).map((pack) => ({
          name: pack.name,
          files: pack.files.map((f) => `package/${f.path}`).sort(),
        }));
        const scanned = [];
        for (const spec of await resolveArtifactSpecs(["npm:."], dir)) {
          if (spec.absolutePath === dir) continue;
          const scan = await scanArtifact(spec, { rules: [], limits: DEFAULT_LIMITS });
          scanned.push({
            name: scan.manifest.packageName!,
            files: scan.manifest.entries.map((e) => e.path).sort(),
          });
        }
        const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
        return { expected: expected.sort(byName), scanned: scanned.sort(byName) };
      };

      it("`npm:.` on the root is what npm pack --workspaces packs, member by member", async () => {
        const dir = await tempDir();
        await writeTree(dir, monorepo);
        const { expected, scanned } = await bothWorkspaceLists(dir);
        expect(scanned).toEqual(expected);
      });

      it("`npm:.` on an outer root applies the outer root's ignore files, even to members of an inner root", async () => {
        const dir = await tempDir();
        await writeTree(dir, {
          "package.json": JSON.stringify({ name: "outer", private: true, workspaces: ["inner/packages/*"] }),
          ".gitignore": "!*.orig\n",
          "inner/package.json": JSON.stringify({ name: "inner", private: true, workspaces: ["packages/*"] }),
          "inner/packages/m/package.json": JSON.stringify({ name: "m", version: "1.0.0" }),
          "inner/packages/m/index.js": "1\n",
          "inner/packages/m/config.js.orig": "shipped: the outer root re-includes *.orig\n",
        });
        const { expected, scanned } = await bothWorkspaceLists(dir);
        expect(expected[0]!.files).toContain("package/config.js.orig");
        expect(scanned).toEqual(expected);
      });

      it.each([
        ["a leading slash", ["/packages/*"]],
        ["a negation undone by a double one", ["packages/*", "!packages/b", "!!packages/b"]],
        ["a negation undone by a later pattern", ["packages/**", "!packages/b/**", "packages/b/c"]],
      ])("workspace patterns with %s match the packages npm publishes", async (_case, workspaces) => {
        const dir = await tempDir();
        await writeTree(dir, {
          "package.json": JSON.stringify({ name: "root", private: true, workspaces }),
          "packages/a/package.json": JSON.stringify({ name: "a", version: "1.0.0" }),
          "packages/a/.env": "TOKEN=shipped\n",
          "packages/b/package.json": JSON.stringify({ name: "b", version: "1.0.0" }),
          "packages/b/.env": "TOKEN=shipped\n",
          "packages/b/c/package.json": JSON.stringify({ name: "c", version: "1.0.0" }),
          "packages/b/c/index.js": "1\n",
        });
        const { expected, scanned } = await bothWorkspaceLists(dir);
        expect(expected.length).toBeGreaterThan(0);
        expect(scanned).toEqual(expected);
      });

      it("a root that lists itself among its workspaces is one artifact, not two with one name", async () => {
        const dir = await tempDir();
        await writeTree(dir, {
          "package.json": JSON.stringify({ name: "root", version: "1.0.0", workspaces: [".", "pk/*"] }),
          "index.js": "1\n",
          "pk/a/package.json": JSON.stringify({ name: "a", version: "1.0.0" }),
          "pk/a/index.js": "1\n",
        });
        const specs = await resolveArtifactSpecs(["npm:."], dir);
        expect(specs.map((spec) => spec.source).sort()).toEqual([".", "pk/a"]);
      });

      it("a workspaces field that is not an array is exit 2 in npm's words, not a stack trace", async () => {
        const dir = await tempDir();
        await writeTree(dir, {
          "package.json": JSON.stringify({ name: "root", version: "1.0.0", workspaces: "pk/*" }),
          "pk/a/package.json": JSON.stringify({ name: "a", version: "1.0.0" }),
        });
        const run = await runCli(["manifest", "npm:."], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain("npm cannot read this package (EWORKSPACESCONFIG)");
        expect(run.stderr).not.toContain("internal error");
      });

      it("two workspaces with one name, which npm refuses too, are exit 2 naming the root", async () => {
        const dir = await tempDir();
        await writeTree(dir, {
          ...monorepo,
          "packages/twin/package.json": JSON.stringify({ name: "web", version: "9.9.9" }),
        });
        const run = await runCli(["scan", "npm:packages/web"], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(`npm cannot read the workspaces of ${dir}`);
        expect(run.stderr).toContain("must not have multiple workspaces with the same name");
      });

      it("a package nested in a workspace root's tree but not one of its workspaces keeps its own rules", async () => {
        const dir = await tempDir();
        await writeTree(dir, {
          ...monorepo,
          "tools/script/package.json": JSON.stringify({ name: "script", version: "1.0.0" }),
          "tools/script/index.js": "1\n",
          "tools/script/.env": "shipped by npm: tools/ is no workspace\n",
        });
        const path = join(dir, "tools/script");
        expect(await scannedList(path)).toEqual(npmPackList(path));
        expect(await scannedList(path)).toContain("package/.env");
      });
    });

    it("a package directory reached through a symlink", async () => {
      const dir = await tempDir();
      await writeTree(dir, shapes["bundled dependencies (these do read what is installed)"]!);
      const link = join(await tempDir(), "linked");
      await symlink(dir, link);
      expect(await scannedList(link)).toEqual(npmPackList(dir));
    });
  });

  it("a package.json with a byte-order mark (PowerShell 5 writes one) is read as npm reads it", async () => {
    const dir = await tempDir();
    await writeTree(dir, fixturePackage);
    const text = await readFile(join(dir, "package.json"), "utf8");
    await writeFile(join(dir, "package.json"), `\uFEFF${text}`);
    const tarball = await scanPath(npmPack(dir));
    const directory = await scanPath(dir, { prefix: "npm:" });
    const files = (scan: typeof tarball) =>
      scan.manifest.entries.map(({ path, size, sha256 }) => ({ path, size, sha256 }));
    expect(files(directory)).toEqual(files(tarball));
    for (const scan of [tarball, directory]) {
      expect(scan.identity).toBe("npm:@fixture/widget");
      expect(scan.manifest).toMatchObject({ packageName: "@fixture/widget", packageVersion: "3.1.4" });
    }
    expect(await readWorkspace(dir)).toBeUndefined();
    const root = await tempDir();
    await writeTree(root, { "packages/one/package.json": JSON.stringify({ name: "one", version: "1.0.0" }) });
    await writeFile(
      join(root, "package.json"),
      `\uFEFF${JSON.stringify({ private: true, workspaces: ["packages/*"] })}`,
    );
    expect(await readWorkspace(root)).toBeDefined();
  });
});
