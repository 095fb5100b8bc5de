// How the bundles are made, shared by scripts/build.mjs (the committed dist/) and the test
// suite's global setup (a fresh build of src/ for the CLI and action tests).
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// Bundled CommonJS dependencies call require(), __filename and __dirname; an ESM bundle has
// none of them unless the banner defines them.
const banner = [
  'import { createRequire as __leakgateCreateRequire } from "node:module";',
  'import { fileURLToPath as __leakgateFileURLToPath } from "node:url";',
  'import { dirname as __leakgateDirname } from "node:path";',
  "const require = __leakgateCreateRequire(import.meta.url);",
  "const __filename = __leakgateFileURLToPath(import.meta.url);",
  "const __dirname = __leakgateDirname(__filename);",
].join("\n");

const root = fileURLToPath(new URL("..", import.meta.url));

/** The bundles by output name: `leakgate` the command, `index` the action. */
export const ENTRIES = {
  cli: `${root}src/cli.ts`,
  index: `${root}src/index.ts`,
  "secret-worker": `${root}src/secret-worker.ts`,
};

/**
 * esbuild options for both entry points, written to `outdir`. Code shared by the two, and
 * code a command loads only when it runs (`await import(...)`), goes to `chunks/`: start-up
 * then compiles what the command needs, not the S3 client, pacote and undici as well
 * (docs/adr/009-performance.md).
 */
export function bundleOptions(outdir) {
  return {
    entryPoints: ENTRIES,
    outdir,
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    banner: { js: banner },
    legalComments: "none",
    charset: "utf8",
    logLevel: "warning",
    plugins: [actionsCoreWithoutUnusedParts],
  };
}

/**
 * @actions/core imports, at its top, the OIDC client (`getIDToken`: @actions/http-client and
 * undici, 800 KB) and `platform` (@actions/exec). leakgate uses neither, but esbuild keeps a
 * module it cannot prove free of side effects, so the action compiled and ran them at every
 * start (about 0.1 s). The two modules have no side effects of their own (their top levels
 * only declare): marked so, esbuild leaves them out when nothing uses what they export.
 */
const actionsCoreWithoutUnusedParts = {
  name: "actions-core-without-unused-parts",
  setup(build) {
    build.onResolve({ filter: /^\.\/(oidc-utils|platform)\.js$/ }, (args) => {
      if (!/[\\/]@actions[\\/]core[\\/]lib$/.test(args.resolveDir)) return undefined;
      return { path: join(args.resolveDir, args.path), sideEffects: false };
    });
  },
};
