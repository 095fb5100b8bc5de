// The incident's shape: one big source map (default 60 MiB) whose `sourcesContent` embeds
// ~1,900 `../src/**.ts` files. The TypeScript text carries quotes, backslash escapes and
// non-ASCII text; a fifth of the files are written with `\uXXXX` escapes (as ASCII-only
// bundler output is), a few with CRLF line ends. Written piece by piece, never whole.

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { asciiJsonString, codeText, logNormal, mappingsText, prng, skewed } from "./text.mjs";

const AREAS = ["cli", "core", "net", "ui", "util", "commands", "services", "auth", "tools", "state"];

async function write(out, text) {
  if (!out.write(text)) await once(out, "drain");
  return Buffer.byteLength(text);
}

/** Writes the map to `path`; resolves to its size in bytes. Pure function of `seed` and `targetBytes`. */
export async function writeSourceMap(
  path,
  pools,
  { seed = 60, targetBytes = 60 * 1024 ** 2, files = 1900 } = {},
) {
  const random = prng(seed);
  const out = createWriteStream(path);
  const sources = new Set();
  while (sources.size < files) {
    const name = skewed(random, pools.ids)
      .replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
      .replace(/^-/, "");
    const sub = random() < 0.5 ? `${skewed(random, AREAS, 1)}/` : "";
    sources.add(`../src/${skewed(random, AREAS, 1.2)}/${sub}${name}.ts`);
  }
  const names = [...new Set(Array.from({ length: 6000 }, () => skewed(random, pools.ids, 1.2)))];

  // Budget: ~80% embedded sources, the rest mappings (after the small `sources` and `names`).
  let written = await write(out, '{"version":3,"file":"cli.js","sourceRoot":"","sources":');
  written += await write(out, JSON.stringify([...sources]));
  written += await write(out, ',"names":');
  written += await write(out, JSON.stringify(names));
  written += await write(out, ',"sourcesContent":[');
  const contentBudget = (targetBytes - written) * 0.8;
  const weights = Array.from({ length: files }, () => logNormal(random, 1, 0.9));
  const scale = contentBudget / weights.reduce((sum, weight) => sum + weight, 0);
  let content = 0;
  for (let i = 0; i < files; i++) {
    // Escaping makes the JSON longer than the text; aim a little low, then stop at the budget.
    const bytes = Math.max(200, Math.round(weights[i] * scale * 0.93));
    const text = codeText(pools, random, bytes, random() < 0.05 ? "\r\n" : "\n");
    const literal = random() < 0.2 ? asciiJsonString(text) : JSON.stringify(text);
    content += await write(out, `${i ? "," : ""}${literal}`);
  }
  written += content;
  written += await write(out, '],"mappings":"');
  // Mappings are written in slices so no single string holds them all.
  const mappingBytes = targetBytes - written - 2;
  for (let done = 0; done < mappingBytes; ) {
    const slice = mappingsText(pools, random, Math.min(1 << 20, mappingBytes - done));
    written += await write(out, done === 0 ? slice : `;${slice}`);
    done += slice.length + 1;
  }
  written += await write(out, '"}');
  out.end();
  await once(out, "finish");
  return written;
}
