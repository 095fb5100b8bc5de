// Where leakgate's main thread spends its time on a bench input.
//
//   node bench/profile.mjs <manifest|scan> <package|map|big|quick>   profile one run, then summarise
//   node bench/profile.mjs FILE.cpuprofile                           summarise an existing profile
//
// Runs `node --cpu-prof dist/cli.js …` (the corpus must exist: run the bench first) and prints the
// top functions by self time, and self and inclusive time per source module. dist/cli.js is one
// esbuild bundle; esbuild marks where each module starts with a `// src/…` or
// `// node_modules/…` comment, which maps a bundle line back to its module. Only the main thread
// is sampled: gunzip runs on libuv's thread pool and does not appear.

import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { corpusPaths } from "./corpus.mjs";

const root = join(import.meta.dirname, "..");
const bundle = join(root, "dist/cli.js");

/** [line, module] pairs, sorted, from esbuild's module comments in the bundle. */
function bundleModules() {
  const marks = [];
  readFileSync(bundle, "utf8")
    .split("\n")
    .forEach((line, index) => {
      const match = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
      if (match)
        marks.push([index, match[1].replace(/^node_modules\/((?:@[^/]+\/)?[^/]+).*/, "node_modules/$1")]);
    });
  return marks;
}

function moduleOf(callFrame, marks) {
  const { url, lineNumber, functionName } = callFrame;
  if (!url) return functionName || "(anonymous)";
  if (!url.endsWith("dist/cli.js")) return url.replace(/^node:internal\/(\w+).*/, "node:internal/$1");
  let low = 0;
  let high = marks.length - 1;
  let found = "dist/cli.js (bundle prelude)";
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (marks[middle][0] <= lineNumber) {
      found = marks[middle][1];
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

function top(map, total, count) {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(
      ([name, micros]) =>
        `${(micros / 1000).toFixed(0).padStart(7)} ms ${((micros / total) * 100).toFixed(1).padStart(5)}%  ${name}`,
    )
    .join("\n");
}

/** Prints the summary of one .cpuprofile. */
export function summarise(file) {
  const profile = JSON.parse(readFileSync(file, "utf8"));
  const marks = bundleModules();
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const selfByFunction = new Map();
  const selfByModule = new Map();
  const inclusiveByModule = new Map();
  const add = (map, key, micros) => map.set(key, (map.get(key) ?? 0) + micros);
  let total = 0;
  profile.samples.forEach((id, i) => {
    // timeDeltas[i + 1] is the time until the next sample: the time spent in this one.
    const micros = profile.timeDeltas[i + 1] ?? 0;
    total += micros;
    const node = nodes.get(id);
    const module = moduleOf(node.callFrame, marks);
    const { functionName, lineNumber } = node.callFrame;
    const where = node.callFrame.url ? `  [${module}:${lineNumber + 1}]` : "";
    add(selfByFunction, `${functionName || "(anonymous)"}${where}`, micros);
    add(selfByModule, module, micros);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at))
      seen.add(moduleOf(nodes.get(at).callFrame, marks));
    for (const name of seen) add(inclusiveByModule, name, micros);
  });
  console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled on the main thread\n`);
  console.log(`Top functions by self time:\n${top(selfByFunction, total, 30)}\n`);
  console.log(`Self time by module:\n${top(selfByModule, total, 20)}\n`);
  console.log(
    `Inclusive time by module (time with the module anywhere on the stack):\n${top(inclusiveByModule, total, 25)}`,
  );
}

const [first, second] = process.argv.slice(2);
if (first?.endsWith(".cpuprofile")) {
  summarise(first);
} else if (["manifest", "scan"].includes(first) && ["package", "map", "big", "quick"].includes(second)) {
  const paths = corpusPaths(join(root, ".bench"), second === "quick");
  const input = paths[second === "quick" ? "big" : second];
  const dir = join(root, ".bench/profiles");
  mkdirSync(dir, { recursive: true });
  const before = new Set(readdirSync(dir));
  const extra = first === "scan" ? ["--format", "json"] : [];
  const args = ["--cpu-prof", "--cpu-prof-dir", dir, bundle, first, input, ...extra];
  const run = spawnSync(process.execPath, [...args, "--output", "/dev/null", "--max-entries", "10000000"], {
    stdio: "inherit",
  });
  if (run.status !== 0 && run.status !== 1) process.exit(run.status ?? 1);
  const created = readdirSync(dir)
    .filter((name) => !before.has(name) && name.endsWith(".cpuprofile"))
    .map((name) => join(dir, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  summarise(created[0]);
} else {
  console.error("usage: node bench/profile.mjs <manifest|scan> <package|map|big|quick> | FILE.cpuprofile");
  process.exit(2);
}
