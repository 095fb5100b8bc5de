// The git destination case of `npm run bench`: a repository of 10,000 commits and 200 refs,
// built once in .bench/ with `git fast-import`, scanned as a mirror push from it (every ref, the
// tree at each tip, blobs streamed from git cat-file). The floor is git reading every object
// itself: `git cat-file --batch-all-objects --batch | sha256sum`.
//
//   node bench/git.mjs [--runs N]     (run by bench/run.mjs; writes .bench/git-results.json)

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bestOf, measureCommand, measurePipeline } from "./measure.mjs";

const COMMITS = 10_000;
const REFS = 200;
const FILES = 500;

export async function benchGit({ dir, cli, node = process.execPath, runs = 3, log = () => {} }) {
  const repo = join(dir, "git-10k");
  if (!existsSync(join(repo, "HEAD"))) buildRepository(repo, log);
  // The repository is the source (--cwd); the destination is only named, never contacted.
  const scan = [
    node,
    cli,
    "scan",
    "--cwd",
    repo,
    "git:https://git.example.com/mirror.git?mirror",
    "--format",
    "json",
    "--output",
    "/dev/null",
    "--max-entries",
    "10000000",
  ];
  const samples = { floor: [], scan: [] };
  for (let run = 0; run < runs; run++) {
    log(`git (${COMMITS} commits, ${REFS} refs): floor and scan (run ${run + 1}/${runs})\n`);
    samples.floor.push(
      await measurePipeline(["git", "-C", repo, "cat-file", "--batch-all-objects", "--batch"], ["sha256sum"]),
    );
    samples.scan.push(await measureCommand(scan));
  }
  const result = {
    commits: COMMITS,
    refs: REFS,
    files: FILES,
    floor: bestOf(samples.floor),
    scan: bestOf(samples.scan),
  };
  writeFileSync(join(dir, "git-results.json"), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

/** 10,000 commits touching 500 files, 200 branches spread over the history, via fast-import. */
function buildRepository(repo, log) {
  log(`building ${repo} (${COMMITS} commits, ${REFS} refs)…\n`);
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  execFileSync("git", ["init", "-q", "--bare", repo]);
  execFileSync("git", ["-C", repo, "symbolic-ref", "HEAD", "refs/heads/main"]);
  const lines = [];
  for (let i = 1; i <= COMMITS; i++) {
    const file = `src/module-${i % FILES}.js`;
    const content = `// revision ${i}\nexport const value${i % FILES} = ${i};\n${"// filler line for a realistic size\n".repeat(20)}`;
    lines.push(
      `commit refs/heads/main`,
      `mark :${i}`,
      `committer Bench <bench@example.com> ${1_700_000_000 + i} +0000`,
      `data ${`c${i}`.length}`,
      `c${i}`,
      ...(i > 1 ? [`from :${i - 1}`] : []),
      `M 100644 inline ${file}`,
      `data ${Buffer.byteLength(content)}`,
      content,
    );
  }
  for (let r = 1; r < REFS; r++) {
    const at = Math.max(1, Math.floor((COMMITS * r) / REFS));
    lines.push(`reset refs/heads/branch-${r}`, `from :${at}`, "");
  }
  const result = spawnSync("git", ["-C", repo, "fast-import", "--quiet"], {
    input: `${lines.join("\n")}\n`,
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0) throw new Error(`git fast-import failed: ${result.stderr}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, "..");
  const runsAt = process.argv.indexOf("--runs");
  const result = await benchGit({
    dir: join(root, ".bench"),
    cli: join(root, "dist/cli.js"),
    runs: runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 3,
    log: (text) => process.stderr.write(text),
  });
  console.log(JSON.stringify(result, null, 2));
}
