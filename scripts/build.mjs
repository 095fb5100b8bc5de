// Builds the committed bundles: dist/cli.js (the `leakgate` command) and dist/index.js (the
// action). One ESM file each, dependencies inside, so a fresh clone runs without `npm ci`.
// `node scripts/build.mjs --check` rebuilds in memory and fails if dist/ differs (CI).
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { build } from "esbuild";

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

const entries = { cli: "src/cli.ts", index: "src/index.ts" };
const check = process.argv.includes("--check");
const stale = [];

for (const [name, entry] of Object.entries(entries)) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    banner: { js: banner },
    legalComments: "none",
    charset: "utf8",
    write: false,
    logLevel: "warning",
  });
  const output = result.outputFiles[0].text;
  const path = `dist/${name}.js`;
  if (check) {
    const current = await readFile(path, "utf8").catch(() => "");
    if (current !== output) stale.push(path);
  } else {
    await mkdir("dist", { recursive: true });
    await writeFile(path, output, { mode: name === "cli" ? 0o755 : 0o644 });
  }
}

if (stale.length > 0) {
  console.error(
    `dist/ is out of date with src/: ${stale.join(", ")}. Run \`npm run build\` and commit dist/.`,
  );
  process.exit(1);
}
