// How the bundles are made, shared by scripts/build.mjs (the committed dist/) and the test
// suite's global setup (a fresh build of src/ for the CLI and action tests).
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
  };
}
