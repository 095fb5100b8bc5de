import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, writeTree } from "../helpers/archives.js";
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
});
