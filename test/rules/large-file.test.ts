import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS } from "../../src/config/types.js";
import type { FindingInput } from "../../src/core/model.js";
import { createLargeFileRule } from "../../src/rules/large-file.js";
import type { EntryInfo } from "../../src/rules/rule.js";
import { gzBuffer, tempDir, tgzBuffer, writeTemp, writeTree } from "../helpers/archives.js";
import { runRule } from "../helpers/rule-harness.js";
import { runCli } from "../helpers/run-cli.js";
import { findingsOf, scanPath } from "../helpers/scan.js";

const KiB = 1024;
const MiB = 1024 * KiB;

function rule(maxFileSize: number) {
  return createLargeFileRule({ ...DEFAULT_THRESHOLDS, maxFileSize });
}

/** Feeds one entry whose declared size may differ from the bytes that stream by. */
function feed(entry: Partial<EntryInfo> & { path: string }, chunks: Buffer[], maxFileSize: number) {
  const findings: FindingInput[] = [];
  const run = rule(maxFileSize).start({ id: "a", kind: "tar", source: "a.tar" }, (f) => findings.push(f));
  const observer = run.onEntry?.({
    innerPath: entry.path.slice(entry.path.lastIndexOf("!") + 1),
    size: -1,
    mode: 0o644,
    type: "file",
    depth: 0,
    ...entry,
  });
  for (const chunk of chunks) observer?.onChunk(chunk);
  observer?.onEnd();
  return { findings, observed: observer !== undefined };
}

describe("large-file rule", () => {
  it("warns about a file over maxFileSize, naming its size and the limit", () => {
    const big = Buffer.alloc(Math.round(61.2 * MiB));
    const findings = runRule(rule(10 * MiB), [
      { path: "package/dist/cli.js.map", content: big },
      { path: "package/dist/cli.js", content: "x" },
    ]);
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: "large-file",
        severity: "warning",
        path: "package/dist/cli.js.map",
        message: "`cli.js.map` is 61.2 MiB, over the 10.0 MiB limit for a single file.",
        details: { size: big.length, limit: 10 * MiB },
      }),
    ]);
  });

  it("a file of exactly the limit is fine; one byte more is not", () => {
    expect(runRule(rule(4 * KiB), [{ path: "a.bin", content: Buffer.alloc(4 * KiB) }])).toEqual([]);
    expect(runRule(rule(4 * KiB), [{ path: "a.bin", content: Buffer.alloc(4 * KiB + 1) }])).toHaveLength(1);
  });

  it("counts the bytes that really stream by, in any chunking, not the declared size", () => {
    const chunks = Array.from({ length: 50 }, () => Buffer.alloc(100));
    // Declared -1 (a bare gzip stream does not say) but 5,000 bytes arrive.
    expect(feed({ path: "notes.txt.gz!notes.txt" }, chunks, 4096).findings).toEqual([
      expect.objectContaining({ path: "notes.txt.gz!notes.txt", details: { size: 5000, limit: 4096 } }),
    ]);
    // Declared huge but small in fact: no finding.
    expect(feed({ path: "a.bin", size: 10 * MiB }, [Buffer.alloc(10)], 4096).findings).toEqual([]);
  });

  it("watches only files: links and directories have no size of their own", () => {
    expect(feed({ path: "link", type: "symlink", linkTarget: "x" }, [], 0).observed).toBe(false);
    expect(feed({ path: "dir", type: "directory" }, [], 0).observed).toBe(false);
  });

  it("through the engine: a file compressed inside a tarball is judged by its uncompressed size", async () => {
    const text = "log line that repeats\n".repeat(2000); // 44,000 bytes, a few hundred gzipped
    const tgz = await writeTemp(
      "app-1.0.0.tgz",
      await tgzBuffer({
        "package/package.json": '{"name":"app","version":"1.0.0"}',
        "package/data/notes.txt.gz": gzBuffer(text),
      }),
    );
    const scan = await scanPath(tgz, { rules: [rule(16 * KiB)] });
    expect(findingsOf(scan, "large-file").map((f) => [f.path, f.details?.size])).toEqual([
      ["package/data/notes.txt.gz!notes.txt", text.length],
    ]);
  });
});

describe("large-file through the CLI, with the built-in rules", () => {
  it("a file over thresholds.maxFileSize in .leakgate.yml is reported, in a real scan", async () => {
    const dir = await tempDir();
    await writeTree(dir, {
      ".leakgate.yml": "thresholds:\n  maxFileSize: 1MiB\n",
      "site/index.html": "<html></html>",
      "site/data/export.csv": Buffer.alloc(2 * MiB, 0x61),
    });
    const run = await runCli(["scan", "--format", "json", "site"], { cwd: dir });
    const report = JSON.parse(run.stdout);
    expect(
      report.findings
        .filter((f: { ruleId: string }) => f.ruleId === "large-file")
        .map((f: { path: string }) => f.path),
    ).toEqual(["data/export.csv"]);
  });
});
