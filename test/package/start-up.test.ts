/**
 * What each entry point loads before it does anything: the bundles' static imports, followed
 * through the chunks, as Node loads them at start. Code only some runs need (the audit's
 * clients, the OIDC client inside @actions/core, the xz decoder's web streams, zod) must stay
 * behind `await import`, or every scan pays for compiling it (docs/adr/009-performance.md).
 * Runs on the fresh build of src/ (test/global-setup.ts).
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/archives.js";

/** The files `entry` loads at start, itself included: static `import … from "./…"` only. */
function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    // esbuild writes static imports as statements at the start of a line; `import(` is lazy.
    for (const match of text.matchAll(/^import\s+(?:[^;'"]*?\s+from\s+)?"(\.[^"]+)";/gm))
      visit(join(dirname(file), match[1]!));
  };
  visit(entry);
  return [...seen];
}

/** The npm packages bundled into these files (esbuild marks each module with a `// node_modules/…` line). */
function packagesIn(files: string[]): Set<string> {
  const packages = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(file, "utf8").matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm))
      packages.add(match[1]!);
  }
  return packages;
}

const NEVER_AT_START = [
  "undici",
  "@actions/http-client",
  "@actions/exec",
  "@actions/github",
  "@aws-sdk/client-s3",
  "pacote",
  "zod",
  "xz-decompress",
];

describe("start-up", () => {
  const cli = process.env.LEAKGATE_TEST_CLI!;
  const action = process.env.LEAKGATE_TEST_ACTION!;

  it("the action and the command load none of the packages only some runs need", () => {
    for (const entry of [cli, action]) {
      const packages = packagesIn(staticClosure(entry));
      // The closure is read right: the parsers they always need are there.
      expect(packages).toContain("tar-stream");
      for (const lazy of NEVER_AT_START) expect([entry, packages.has(lazy)]).toEqual([entry, false]);
    }
    expect(packagesIn(staticClosure(action))).toContain("@actions/core");
  });

  it("a scan of one small file, by the command and by the action, loads no HTTP client and no web streams", async () => {
    const dir = await tempDir("leakgate-start-up-");
    await writeFile(join(dir, "one.js"), "console.log(1);\n");
    // Node's own list of the built-in modules it loaded, written when the process ends.
    const probe = join(dir, "probe.cjs");
    await writeFile(
      probe,
      "process.on('exit', () => process.stderr.write('\\nLOADED ' + process.moduleLoadList.join(',')));\n",
    );
    const runs = [
      spawnSync(process.execPath, ["--require", probe, cli, "scan", "one.js", "--format", "json"], {
        cwd: dir,
        encoding: "utf8",
      }),
      spawnSync(process.execPath, ["--require", probe, action], {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, INPUT_ARTIFACTS: "one.js", GITHUB_OUTPUT: "", GITHUB_STEP_SUMMARY: "" },
      }),
    ];
    for (const run of runs) {
      expect(run.status).toBe(0);
      const loaded = run.stderr.slice(run.stderr.lastIndexOf("LOADED ") + 7).split(",");
      expect(loaded).toContain("NativeModule zlib");
      for (const module of ["http", "https", "http2", "tls", "internal/webstreams/readablestream"])
        expect(loaded).not.toContain(`NativeModule ${module}`);
    }
  });
});
