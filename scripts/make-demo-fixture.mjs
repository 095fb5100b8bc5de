// Regenerates the demo release in fixtures/demo/: a small npm package shaped like the real
// incident leakgate exists for (a bundled CLI whose source map embeds the original sources),
// plus a stray environment file copied into dist/ by a careless build step. The tree is
// written to fixtures/demo/acme-cli/ and packed with the real `npm pack`. The previous
// release (1.9.0: the bundle alone) is packed too and recorded as the demo's baseline with
// the committed CLI, then thrown away.
//   node scripts/make-demo-fixture.mjs
import { execFileSync } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

const root = "fixtures/demo/acme-cli";
const modules = [
  "index",
  "cli/args",
  "cli/help",
  "cli/commands/deploy",
  "cli/commands/login",
  "cli/commands/status",
  "api/client",
  "api/retry",
  "api/endpoints",
  "auth/session",
  "auth/token-store",
  "config/load",
  "config/schema",
  "internal/feature-flags",
  "internal/billing-rules",
  "internal/tenant-routing",
  "util/log",
  "util/fs",
  "util/paths",
  "util/semver",
];

function source(name) {
  const fn = name
    .split("/")
    .pop()
    .replace(/-(\w)/g, (_, c) => c.toUpperCase());
  return `// ${name}.ts — Acme internal. Do not distribute.\nimport { log } from "../util/log";\n\nexport async function ${fn}(input: string): Promise<string> {\n  log.debug("${name}", input);\n  // TODO(acme-platform): remove the legacy tenant override before GA\n  return input.trim();\n}\n`;
}

const sources = modules.map((name) => `../src/${name}.ts`);
const bundle = `#!/usr/bin/env node\n"use strict";\n${modules
  .map((name, i) => `function m${i}(a){return a.trim()}/* ${name} */`)
  .join("\n")}\nm0(process.argv.slice(2).join(" "));\n//# sourceMappingURL=cli.js.map\n`;
const map = {
  version: 3,
  file: "cli.js",
  sources,
  sourcesContent: modules.map(source),
  names: [],
  mappings: "AAAA,SAASA,GAAG;".repeat(modules.length),
};

/** Writes the package tree for one release and packs it with the real `npm pack`. */
async function packRelease(fields, files) {
  await rm(root, { recursive: true, force: true });
  await mkdir(join(root, "dist"), { recursive: true });
  const pkg = {
    name: "@acme/cli",
    ...fields,
    license: "UNLICENSED",
    bin: { acme: "dist/cli.js" },
    files: ["dist"],
  };
  await writeFile(join(root, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
  await writeFile(join(root, "README.md"), "# @acme/cli\n\nDeploys Acme services.\n");
  for (const [path, [content, mode]] of Object.entries(files))
    await writeFile(join(root, path), content, { mode });
  execFileSync("npm", ["pack", "--pack-destination", "..", "--silent"], { cwd: root, stdio: "ignore" });
}

// Release 1.9.0: what the package looked like when it was last reviewed, recorded as the baseline.
await packRelease(
  { version: "1.9.0" },
  { "dist/cli.js": [bundle.replace("//# sourceMappingURL=cli.js.map\n", ""), 0o755] },
);
execFileSync(
  process.execPath,
  [
    "dist/cli.js",
    "baseline",
    "--write",
    "fixtures/demo/leakgate.baseline.json",
    "fixtures/demo/acme-cli-1.9.0.tgz",
  ],
  {
    stdio: "inherit",
  },
);
await rm("fixtures/demo/acme-cli-1.9.0.tgz");

// Release 2.0.0: the one the demo stops.
await packRelease(
  { version: "2.0.0", description: "Acme deployment CLI (demo fixture for leakgate)" },
  {
    "dist/cli.js": [bundle, 0o755],
    "dist/cli.js.map": [JSON.stringify(map), 0o644],
    "dist/.env.production": [
      "ACME_API_URL=https://api.internal.acme.example\nACME_DB_HOST=db-7.prod.acme.example\n",
      0o644,
    ],
  },
);
