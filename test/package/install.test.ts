/**
 * The package as users get it: `npm pack`, then a global install of the tarball. It must
 * have no dependencies (everything is in the bundles), install without an engine warning
 * on the Node it claims, carry the licences of what it bundles, and run.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/archives.js";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../..");

let tarball: string;
let prefix: string;
let installLog: string;

beforeAll(async () => {
  const into = await tempDir("leakgate-pack-");
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", into], { cwd: ROOT });
  tarball = join(into, JSON.parse(stdout)[0].filename);
  prefix = await tempDir("leakgate-prefix-");
  // --offline: a package with no dependencies needs nothing from the registry.
  const installed = await run(
    "npm",
    ["install", "--global", "--offline", "--no-audit", "--no-fund", "--prefix", prefix, tarball],
    { cwd: into, env: { ...process.env, npm_config_loglevel: "warn" } },
  );
  installLog = installed.stdout + installed.stderr;
}, 120_000);

describe("the published package", () => {
  it("declares no dependencies and installs exactly one package, without an engine warning", async () => {
    const manifest = JSON.parse(
      await readFile(join(prefix, "lib/node_modules/leakgate/package.json"), "utf8"),
    );
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(installLog).not.toMatch(/EBADENGINE/);
    expect(installLog).toMatch(/added 1 package/);
  });

  it("runs `leakgate --help` from the installed bin", async () => {
    const { stdout } = await run(join(prefix, "bin/leakgate"), ["--help"]);
    expect(stdout).toMatch(/^ {2}scan \[options\]/m);
  });

  it("ships the licences of the code it bundles", async () => {
    const licences = await readFile(
      join(prefix, "lib/node_modules/leakgate/dist/THIRD-PARTY-LICENSES.md"),
      "utf8",
    );
    for (const bundled of ["yauzl", "zod", "@actions/core", "tar-stream"])
      expect(licences).toContain(`${bundled} `);
  });
});
