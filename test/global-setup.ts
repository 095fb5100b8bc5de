/**
 * Builds src/ into fresh bundles before any test runs, so the CLI and action tests exercise
 * the code as it is now, not the committed dist/ of the last `npm run build`. One test per
 * entry point still runs the committed bundle the way users and the runner do
 * (test/cli/committed-bundles.test.ts), and `node scripts/build.mjs --check` in CI keeps
 * dist/ equal to src/.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { bundleOptions } from "../scripts/bundle-options.mjs";

let outdir: string | undefined;

export async function setup(): Promise<void> {
  outdir = await mkdtemp(join(tmpdir(), "leakgate-test-dist-"));
  await build(bundleOptions(outdir));
  // Workers are started after this and inherit the environment.
  process.env.LEAKGATE_TEST_CLI = join(outdir, "cli.js");
  process.env.LEAKGATE_TEST_ACTION = join(outdir, "index.js");
}

export async function teardown(): Promise<void> {
  if (outdir) await rm(outdir, { recursive: true, force: true });
}
