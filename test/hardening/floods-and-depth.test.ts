/** Inputs built to exhaust memory or bury the report: deep maps, finding floods, huge names. */
import { describe, expect, it } from "vitest";
import { tarBuffer, tgzBuffer, writeTemp } from "../helpers/archives.js";
import { runCli } from "../helpers/run-cli.js";
import { findingsOf, scanPath } from "../helpers/scan.js";
import { allRules } from "./hostile.js";

// Written in two pieces: a whole marker in this file would send vitest's own source-map support after it.
const MARKER = ["//#", "sourceMappingURL="].join(" ");

describe("source maps built to exhaust memory", () => {
  it("a map of millions of nested brackets is an unparseable-map warning, not a crash", async () => {
    const map = `{"version":3,"sources":${"[".repeat(5_000_000)}`;
    // Raised ratio limit: such a map compresses past 200:1, which blocks on its own; the map scanner is what is tested.
    const scan = await scanPath(await writeTemp("r.tgz", await tgzBuffer({ "package/x.js.map": map })), {
      rules: allRules(),
      limits: { maxCompressionRatio: 1e9 },
    });
    const [finding] = findingsOf(scan, "source-map");
    expect(finding?.severity).toBe("warning");
    expect(finding?.message).toMatch(/cannot be parsed|nest/i);
  });
});

describe("finding floods are capped, and still block", () => {
  it("a million sourceMappingURL comments give a handful of findings and a bounded JSON report", async () => {
    const line = `${MARKER}https://cdn.example.com/a.map\n`;
    const dir = (await writeTemp("r.tgz", await tgzBuffer({ "package/x.js": line.repeat(1_000_000) }))).slice(
      0,
      -"/r.tgz".length,
    );
    const run = await runCli(["scan", "--format", "json", "--max-ratio", "1000000", "r.tgz"], { cwd: dir });
    expect(run.code).toBe(0); // host URLs are warnings: informative, not blocking
    const report = JSON.parse(run.stdout);
    const sourceMap = report.findings.filter((f: { ruleId: string }) => f.ruleId === "source-map");
    expect(sourceMap.length).toBeLessThanOrEqual(21);
    expect(sourceMap.some((f: { details: { urls?: number } }) => f.details.urls === 1_000_000)).toBe(true);
    expect(run.stdout.length).toBeLessThan(200_000);
  });

  it("thousands of tiny inline maps embedding sources: capped, and the uncounted ones block", async () => {
    const inline = (i: number) =>
      `${MARKER}data:application/json;base64,${Buffer.from(
        JSON.stringify({
          version: 3,
          sources: [`../src/f${i}.ts`],
          sourcesContent: ["secret code"],
          mappings: "",
        }),
      ).toString("base64")}\n`;
    const js = Array.from({ length: 5000 }, (_, i) => inline(i)).join("");
    const scan = await scanPath(await writeTemp("r.tgz", await tgzBuffer({ "package/x.js": js })), {
      rules: allRules(),
    });
    const findings = findingsOf(scan, "source-map");
    expect(findings.length).toBeLessThanOrEqual(21);
    expect(findings.some((f) => f.severity === "error" && /5,000 inline source maps/.test(f.message))).toBe(
      true,
    );
  });
});

describe("entry names longer than any file system allows", () => {
  it("1 MiB PAX names are a finding each, shown cut short, and cost little", async () => {
    const tree = Object.fromEntries(
      Array.from({ length: 50 }, (_, i) => [
        `package/${String(i).padStart(3, "0")}${"n".repeat(1024 * 1024)}.js`,
        "x",
      ]),
    );
    const scan = await scanPath(await writeTemp("long.tar", await tarBuffer(tree)), { rules: allRules() });
    const long = findingsOf(scan, "suspicious-path").filter((f) => f.details?.problem === "name too long");
    expect(long).toHaveLength(50);
    expect(Math.max(...scan.manifest.entries.map((e) => e.path.length))).toBeLessThan(200);
    expect(long[0]?.message.length).toBeLessThan(400);
  });

  it("name bytes count towards maxTotalBytes", async () => {
    const tree = Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [`${i}${"n".repeat(256 * 1024)}`, "x"]),
    );
    const scan = await scanPath(await writeTemp("names.tar", await tarBuffer(tree)), {
      limits: { maxTotalBytes: 1024 * 1024 },
    });
    expect(findingsOf(scan, "archive-limit")[0]?.details).toEqual({ limit: "maxTotalBytes" });
  });
});

describe("a broken map still tells what it embedded", () => {
  it("embedded sources followed by a deep tail of brackets still block", async () => {
    const map = `{"version":3,"sources":["../src/secret.ts"],"sourcesContent":["export const internal = 1;"],"x":${"[".repeat(200_000)}`;
    const scan = await scanPath(await writeTemp("r.tgz", await tgzBuffer({ "package/x.js.map": map })), {
      rules: allRules(),
      limits: { maxCompressionRatio: 1e9 },
    });
    const severities = findingsOf(scan, "source-map").map((f) => f.severity);
    expect(severities).toContain("warning");
    expect(severities).toContain("error");
  });
});
