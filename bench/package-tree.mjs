// One realistic npm package tree for the benchmark: ~300 files with the mix a published
// package has (an ESM bundle and its map, a minified build, per-module ESM and CommonJS files,
// some with maps, type declarations, locale JSON, docs, a README, a LICENSE and two binary
// assets). Sizes are log-normal, so most files are small and a few are large.

import {
  codeText,
  int,
  logNormal,
  mappingsText,
  minifiedText,
  prng,
  proseText,
  skewed,
  withTopics,
} from "./text.mjs";

const AREAS = ["cli", "core", "net", "ui", "util", "commands", "rules", "report", "config", "io"];
const LANGS = ["en", "de", "fr", "es", "it", "ja", "zh", "ko", "pt", "ru", "pl", "nl", "sv", "tr", "uk"];

const MIT = (year, holder) =>
  `MIT License\n\nCopyright (c) ${year} ${holder}\n\n` +
  "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and " +
  'associated documentation files (the "Software"), to deal in the Software without restriction, ' +
  "including without limitation the rights to use, copy, modify, merge, publish, distribute, " +
  "sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is " +
  "furnished to do so, subject to the following conditions:\n\nThe above copyright notice and this " +
  "permission notice shall be included in all copies or substantial portions of the Software.\n\n" +
  'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.\n';

/** Module paths of one package (without extension), e.g. `core/parse-token`. */
function modulePaths(random, pools, count) {
  const paths = new Set();
  while (paths.size < count) {
    const area = skewed(random, AREAS, 1.3);
    const name = skewed(random, pools.ids)
      .replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
      .replace(/^-/, "");
    paths.add(random() < 0.3 ? `${area}/${skewed(random, AREAS, 1)}/${name}` : `${area}/${name}`);
  }
  return [...paths];
}

/** A version 3 source map without sourcesContent, as tsc and bundlers write them by default. */
function sourceMapJson(pools, random, file, sources, bytes) {
  const names = Array.from({ length: 20 + int(random, 200) }, () => skewed(random, pools.ids));
  return JSON.stringify({
    version: 3,
    file,
    sourceRoot: "",
    sources,
    names,
    mappings: mappingsText(pools, random, bytes),
  });
}

function localeJson(pools, random, bytes) {
  const messages = {};
  let length = 0;
  while (length < bytes) {
    const key = `${skewed(random, pools.ids)}.${skewed(random, pools.ids)}`;
    const value = pools.prose[int(random, pools.prose.length)].slice(0, 120);
    messages[key] = value;
    length += key.length + value.length + 8;
  }
  return JSON.stringify(messages, null, 2);
}

function packageJson(random, pools, name, version) {
  const dependencies = {};
  for (let i = 0; i < 3 + int(random, 8); i++)
    dependencies[skewed(random, pools.ids).toLowerCase()] = `^${int(random, 9)}.${int(random, 20)}.0`;
  return JSON.stringify(
    {
      name,
      version,
      description: pools.prose[int(random, pools.prose.length)].slice(0, 100),
      type: "module",
      main: "./dist/cjs/index.cjs",
      module: "./dist/index.js",
      types: "./dist/types/index.d.ts",
      exports: {
        ".": {
          types: "./dist/types/index.d.ts",
          import: "./dist/index.js",
          require: "./dist/cjs/index.cjs",
        },
        "./package.json": "./package.json",
      },
      bin: { [name.replace(/^@[^/]+\//, "")]: "./dist/index.js" },
      files: ["dist", "locales", "docs", "assets"],
      scripts: { build: "tsc -p . && esbuild src/index.ts --bundle", test: "vitest run" },
      keywords: Array.from({ length: 5 }, () => skewed(random, pools.ids)),
      license: "MIT",
      repository: { type: "git", url: `git+https://github.com/example/${name.replace(/\W/g, "-")}.git` },
      dependencies,
      engines: { node: ">=18" },
    },
    null,
    2,
  );
}

/** Bytes that look like a binary asset (a PNG or WOFF2 header, then noise). */
function binary(random, magic, bytes) {
  const buffer = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i += 4)
    buffer.writeUInt32LE((random() * 4294967296) >>> 0, Math.min(i, bytes - 4));
  Buffer.from(magic, "latin1").copy(buffer);
  return buffer;
}

/**
 * The files of one package tree as `{ path, body }` (body a string or Buffer), generated lazily so
 * a caller can stream thousands of trees. `prefix` is prepended to every path (`package/` for an
 * npm tarball). Pure function of `seed`.
 */
export function* packageTree(allPools, seed, prefix) {
  const random = prng(seed);
  const pools = withTopics(allPools, random, 4);
  const name = `@bench/pkg-${seed}`;
  const version = `${1 + int(random, 4)}.${int(random, 30)}.${int(random, 10)}`;
  const file = (path, body) => ({ path: `${prefix}${path}`, body });
  const modules = modulePaths(random, pools, 90);

  yield file("package.json", packageJson(random, pools, name, version));
  yield file("README.md", `# ${name}\n\n${proseText(pools, random, logNormal(random, 12_000, 0.5))}`);
  yield file("LICENSE", MIT(2015 + int(random, 10), "Bench Authors"));
  yield file("CHANGELOG.md", proseText(pools, random, logNormal(random, 6_000, 0.8)));

  // The bundle, its map (sources under ../src, no content: nothing leaks) and a minified build.
  const bundleBytes = logNormal(random, 900_000, 0.4);
  yield file("dist/index.js", `${codeText(pools, random, bundleBytes)}//# sourceMappingURL=index.js.map\n`);
  const sources = modules.map((path) => `../src/${path}.ts`);
  yield file("dist/index.js.map", sourceMapJson(pools, random, "index.js", sources, bundleBytes * 0.8));
  yield file("dist/index.min.js", minifiedText(pools, random, bundleBytes * 0.5));

  for (const path of modules) {
    const bytes = logNormal(random, 5_000, 0.9);
    if (random() < 0.25) {
      const base = path.split("/").pop();
      yield file(
        `dist/esm/${path}.js`,
        `${codeText(pools, random, bytes)}//# sourceMappingURL=${base}.js.map\n`,
      );
      // The map sits in dist/esm/<path>'s directory; its source is src/<path>.ts at the root.
      const source = `${"../".repeat(path.split("/").length + 1)}src/${path}.ts`;
      yield file(
        `dist/esm/${path}.js.map`,
        sourceMapJson(pools, random, `${base}.js`, [source], bytes * 0.6),
      );
    } else {
      yield file(`dist/esm/${path}.js`, codeText(pools, random, bytes));
    }
  }
  for (const path of modules.slice(0, 60))
    yield file(`dist/cjs/${path}.cjs`, codeText(pools, random, logNormal(random, 5_000, 0.9)));
  for (const path of modules)
    yield file(`dist/types/${path}.d.ts`, codeText(pools, random, logNormal(random, 1_200, 0.8)));
  yield file("dist/types/index.d.ts", codeText(pools, random, 2_000));
  yield file("dist/cjs/index.cjs", codeText(pools, random, logNormal(random, 20_000, 0.3)));

  for (const lang of LANGS)
    yield file(`locales/${lang}.json`, localeJson(pools, random, logNormal(random, 5_000, 0.5)));
  yield file("schema.json", localeJson(pools, random, 8_000));
  for (let i = 0; i < 10; i++)
    yield file(
      `docs/${skewed(random, pools.ids)}-${i}.md`,
      proseText(pools, random, logNormal(random, 5_000, 0.6)),
    );
  yield file("assets/logo.png", binary(random, "\x89PNG\r\n\x1a\n", 4_000 + int(random, 20_000)));
  yield file("assets/icons.woff2", binary(random, "wOF2", 8_000 + int(random, 20_000)));
}
