/**
 * npm:<dir> is what the package's own manager would publish: real npm, pnpm and yarn (berry)
 * pack the same fixtures, and leakgate's manifest must list the same files with the same bytes.
 * pnpm and yarn come from this project's devDependencies (node_modules/.bin on PATH).
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import tar from "tar-stream";
import { describe, expect, it } from "vitest";
import { tempDir, writeTree } from "../helpers/archives.js";
import { runCli } from "../helpers/run-cli.js";

const BIN = join(import.meta.dirname, "../../node_modules/.bin");
const ENV = { PATH: `${BIN}:${process.env.PATH}`, COREPACK_ENABLE_STRICT: "0" };

/** path → sha256 of every file in a .tgz that a real tool wrote. */
async function tarballFiles(tgz: Buffer): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const extract = tar.extract();
  const done = new Promise<void>((resolve, reject) => {
    extract.on("entry", (header, stream, next) => {
      const hash = createHash("sha256");
      stream.on("data", (c) => hash.update(c as Buffer));
      stream.on("end", () => {
        if (header.type === "file") out[header.name] = hash.digest("hex");
        next();
      });
    });
    extract.on("finish", resolve);
    extract.on("error", reject);
  });
  extract.end(gunzipSync(tgz));
  await done;
  return out;
}

async function realPack(tool: "npm" | "pnpm" | "yarn", dir: string): Promise<Record<string, string>> {
  const into = await mkdtemp(join(await tempDir(), "pack-"));
  const args =
    tool === "npm"
      ? ["pack", "--pack-destination", into]
      : tool === "pnpm"
        ? ["pack", "--pack-destination", into]
        : ["pack", "--out", join(into, "p.tgz")];
  execFileSync(tool, args, { cwd: dir, env: { ...process.env, ...ENV }, stdio: "ignore" });
  const [name] = (await readdir(into)).filter((n) => n.endsWith(".tgz"));
  return tarballFiles(await readFile(join(into, name!)));
}

async function leakgateFiles(cwd: string, spec: string): Promise<Record<string, string>[]> {
  const run = await runCli(["manifest", spec], { cwd, env: ENV });
  expect(run.code, run.stderr).toBe(0);
  const parsed = JSON.parse(`[${run.stdout.trim().replace(/\}\n\{/g, "},{")}]`) as {
    entries: { path: string; sha256?: string; type: string }[];
  }[];
  return parsed.map((m) =>
    Object.fromEntries(m.entries.filter((e) => e.type === "file").map((e) => [e.path, e.sha256!])),
  );
}

describe("npm:<dir> packs the way the package's manager does", () => {
  it("pnpm: publishConfig.directory ships out/ (its .env too): leakgate sees what pnpm pack writes", async () => {
    const dir = await tempDir();
    const pkg = join(dir, "pkg");
    await writeTree(pkg, {
      "package.json": JSON.stringify({
        name: "@acme/p",
        version: "1.0.0",
        packageManager: "pnpm@10.34.8",
        publishConfig: { directory: "out" },
      }),
      "index.js": "module.exports = 1;\n",
      "out/package.json": JSON.stringify({ name: "@acme/p", version: "1.0.0" }),
      "out/index.js": "module.exports = 2;\n",
      "out/.env": "API_URL=https://internal.acme.dev\n",
    });
    const [files] = await leakgateFiles(dir, "npm:pkg");
    expect(files).toEqual(await realPack("pnpm", pkg));
    expect(Object.keys(files!)).toContain("package/.env");
    const scan = await runCli(["scan", "-f", "json", "npm:pkg"], { cwd: dir, env: ENV });
    expect(scan.code).toBe(1);
    const report = JSON.parse(scan.stdout);
    expect(report.artifacts[0].packedWith).toMatch(/^pnpm \(packageManager: pnpm@10/);
    expect(report.findings.some((f: { path: string }) => f.path === "package/.env")).toBe(true);
  });

  it("pnpm workspace: npm:. is every public package, workspace: ranges rewritten, private ones skipped with a note", async () => {
    const dir = await tempDir();
    await writeTree(dir, {
      "package.json": JSON.stringify({ name: "root", private: true, packageManager: "pnpm@10.34.8" }),
      "pnpm-workspace.yaml": "packages:\n  - packages/*\n",
      "packages/a/package.json": JSON.stringify({
        name: "@acme/a",
        version: "1.0.0",
        dependencies: { "@acme/b": "workspace:*" },
      }),
      "packages/a/index.js": "1",
      "packages/b/package.json": JSON.stringify({ name: "@acme/b", version: "2.0.0" }),
      "packages/b/index.js": "2",
      "packages/tools/package.json": JSON.stringify({ name: "@acme/tools", version: "0.0.0", private: true }),
    });
    // Without an install pnpm cannot rewrite workspace: ranges, and says so: exit 2, not a guess.
    const uninstalled = await runCli(["scan", "npm:packages/a"], { cwd: dir, env: ENV });
    expect(uninstalled.code).toBe(2);
    expect(uninstalled.stderr).toContain("pnpm pack failed");
    // The workspace has no external dependencies: the install needs no network.
    execFileSync("pnpm", ["install", "--offline"], {
      cwd: dir,
      env: { ...process.env, ...ENV },
      stdio: "ignore",
    });
    const run = await runCli(["scan", "-f", "json", "npm:."], { cwd: dir, env: ENV });
    const report = JSON.parse(run.stdout);
    expect(report.artifacts.map((a: { identity: string }) => a.identity)).toEqual([
      "npm:@acme/a",
      "npm:@acme/b",
    ]);
    expect(report.notes).toEqual(["packages/tools (@acme/tools) is private and never published: skipped"]);
    const [a] = await leakgateFiles(dir, "npm:packages/a");
    const real = await realPack("pnpm", join(dir, "packages/a"));
    expect(a).toEqual(real);
    // The packed package.json is pnpm's, with the workspace: range rewritten: not the one on disk.
    const onDisk = createHash("sha256")
      .update(await readFile(join(dir, "packages/a/package.json")))
      .digest("hex");
    expect(a!["package/package.json"]).not.toBe(onDisk);
  });

  it("yarn (berry): what yarn pack writes", async () => {
    const dir = await tempDir();
    const pkg = join(dir, "pkg");
    await writeTree(pkg, {
      "package.json": JSON.stringify({
        name: "y",
        version: "1.0.0",
        packageManager: "yarn@4.18.1",
        files: ["lib"],
      }),
      "lib/a.js": "1",
      ".env": "SECRET_URL=https://internal.acme.dev\n",
      "yarn.lock": "",
    });
    const [files] = await leakgateFiles(dir, "npm:pkg");
    expect(files).toEqual(await realPack("yarn", pkg));
  });

  it("npm workspaces: one artifact per package, npm-packlist's rules, equal to npm pack", async () => {
    const dir = await tempDir();
    await writeTree(dir, {
      "package.json": JSON.stringify({ name: "root", private: true, workspaces: ["packages/*"] }),
      "package-lock.json": "{}",
      "packages/core/package.json": JSON.stringify({ name: "@acme/core", version: "1.0.0", files: ["dist"] }),
      "packages/core/dist/index.js": "1",
      "packages/core/src/index.ts": "1",
    });
    const [core] = await leakgateFiles(dir, "npm:.");
    expect(core).toEqual(await realPack("npm", join(dir, "packages/core")));
  });

  it("a manager that is not installed is exit 2 saying which, not a silent npm guess", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "pkg"));
    await writeFile(
      join(dir, "pkg", "package.json"),
      JSON.stringify({ name: "p", version: "1.0.0", packageManager: "pnpm@10.34.8" }),
    );
    const run = await runCli(["scan", "npm:pkg"], { cwd: dir, env: { PATH: "/usr/bin:/bin" } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("published with pnpm, which is not installed here");
  });

  it.each([
    ["bun@1.1.0", "does not know how to pack"],
    ["pnpm@9.0.0", "asks for pnpm@9.0.0, but pnpm 10."],
  ])("packageManager %s is exit 2, not a guess", async (packageManager, message) => {
    const dir = await tempDir();
    await writeTree(join(dir, "pkg"), {
      "package.json": JSON.stringify({ name: "p", version: "1.0.0", packageManager }),
      "index.js": "1",
    });
    const run = await runCli(["scan", "npm:pkg"], { cwd: dir, env: ENV });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
