// Which Node runs leakgate in the bench. By default the one running the bench; `--node 24`
// measures on the action's runtime instead (GitHub runs `runs.using: node24`), fetched once
// from the npm registry as the `node-<platform>-<arch>` package into .bench/node-24/ (never
// committed; the registry is the one network this project's machines reach); `--node PATH`
// takes any binary.

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** The node binary to measure, and its version. Exits with 2 when it cannot be had. */
export function benchNode(spec, dir, log) {
  if (spec === undefined) return { path: process.execPath, version: process.version };
  const path = /^\d+$/.test(spec) ? fetchNode(spec, dir, log) : spec;
  const run = spawnSync(path, ["--version"], { encoding: "utf8" });
  if (run.status !== 0) {
    console.error(`--node ${spec}: ${path} does not run (${run.error?.message ?? run.stderr.trim()})`);
    process.exit(2);
  }
  return { path, version: run.stdout.trim() };
}

function fetchNode(major, dir, log) {
  const root = join(dir, `node-${major}`);
  const binary = join(root, "package", "bin", "node");
  if (existsSync(binary)) return binary;
  const name = `node-${process.platform}-${process.arch}@${major}`;
  mkdirSync(root, { recursive: true });
  log(`npm pack ${name}…\n`);
  const run = spawnSync("npm", ["pack", name, "--pack-destination", root, "--silent"], { encoding: "utf8" });
  const tarball = readdirSync(root).find((file) => file.endsWith(".tgz"));
  if (run.status !== 0 || !tarball) {
    console.error(`--node ${major}: could not fetch ${name} from the npm registry\n${run.stderr}`);
    process.exit(2);
  }
  execFileSync("tar", ["-xzf", join(root, tarball), "-C", root]);
  return binary;
}
