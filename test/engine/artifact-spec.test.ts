import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/core/errors.js";
import { resolveArtifactSpecs } from "../../src/sources/artifact-spec.js";
import { tempDir } from "../helpers/archives.js";

async function workspace() {
  const dir = await tempDir();
  await mkdir(join(dir, "dist"), { recursive: true });
  await mkdir(join(dir, "release"), { recursive: true });
  await writeFile(join(dir, "release/a-1.0.0.zip"), "x");
  await writeFile(join(dir, "release/b-1.0.0.zip"), "x");
  await writeFile(join(dir, "release/k=v.tgz"), "x");
  return dir;
}

describe("artifact specs", () => {
  it("reads paths, name=path, npm:dir and globs (one artifact per match)", async () => {
    const cwd = await workspace();
    const specs = await resolveArtifactSpecs(["web=dist/", "release/*.zip", "npm:dist"], cwd);
    expect(specs.map((s) => ({ name: s.name, source: s.source, npm: s.npm, dir: s.isDirectory }))).toEqual([
      { name: "web", source: "dist", npm: false, dir: true },
      { name: undefined, source: "release/a-1.0.0.zip", npm: false, dir: false },
      { name: undefined, source: "release/b-1.0.0.zip", npm: false, dir: false },
      { name: undefined, source: "dist", npm: true, dir: true },
    ]);
  });

  it("a path with = in it is a path, not a name", async () => {
    const cwd = await workspace();
    const [spec] = await resolveArtifactSpecs(["release/k=v.tgz"], cwd);
    expect(spec).toMatchObject({ source: "release/k=v.tgz" });
    expect(spec!.name).toBeUndefined();
  });

  it("usage errors: a missing path, an empty glob, a name on several matches, two artifacts with one id", async () => {
    const cwd = await workspace();
    for (const [specs, message] of [
      [["nope.tgz"], 'artifact "nope.tgz" does not exist'],
      [["missing/*.zip"], 'no artifact matches "missing/*.zip"'],
      [["x=release/*.zip"], "names 2 artifacts"],
      [["web=dist", "web=release"], 'two artifacts would be called "web"'],
      [["npm:release/a-1.0.0.zip"], "must name a package directory"],
    ] as const) {
      const error = await resolveArtifactSpecs(specs, cwd).catch((e: unknown) => e);
      expect(error, specs.join(" ")).toBeInstanceOf(UserError);
      expect((error as UserError).message).toContain(message);
    }
  });
});
