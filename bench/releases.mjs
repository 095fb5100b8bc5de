// Real releases for `npm run bench` (issue #16): three npm tarballs as their registry serves
// them, fetched with `npm pack` into .bench/releases/ once (never committed), measured like
// the synthetic corpus. Their sizes come from the tarballs themselves.
//
//   @anthropic-ai/claude-code 2.1.88   a 60 MB source map among 20 files
//   monaco-editor 0.57.0               1,900 files
//   aws-sdk 2.1693.0                   2,300 files

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const RELEASES = [
  {
    key: "claude-code",
    spec: "@anthropic-ai/claude-code@2.1.88",
    file: "anthropic-ai-claude-code-2.1.88.tgz",
  },
  { key: "monaco", spec: "monaco-editor@0.57.0", file: "monaco-editor-0.57.0.tgz" },
  { key: "aws-sdk", spec: "aws-sdk@2.1693.0", file: "aws-sdk-2.1693.0.tgz" },
];

/** The releases as bench inputs, fetched when missing; an unreachable registry skips them, saying so. */
export function ensureReleases(dir, log) {
  const root = join(dir, "releases");
  mkdirSync(root, { recursive: true });
  const inputs = [];
  for (const release of RELEASES) {
    const path = join(root, release.file);
    if (!existsSync(path)) {
      log(`npm pack ${release.spec}…\n`);
      const run = spawnSync("npm", ["pack", release.spec, "--pack-destination", root, "--silent"], {
        encoding: "utf8",
      });
      if (run.status !== 0 || !readdirSync(root).includes(release.file)) {
        log(`could not fetch ${release.spec} (no registry?): skipped\n${run.stderr}\n`);
        continue;
      }
    }
    const listing = execFileSync("tar", ["-tvzf", path], { encoding: "utf8", maxBuffer: 64 * 1024 ** 2 });
    const lines = listing.trim().split("\n");
    const uncompressedBytes = Number(
      execFileSync("sh", ["-c", `gzip -dc '${path}' | wc -c`], { encoding: "utf8" }),
    );
    inputs.push({
      key: release.key,
      name: release.spec,
      path,
      bytes: statSync(path).size,
      uncompressedBytes,
      entries: lines.length,
      release: true,
    });
  }
  return inputs;
}
