/** The judgement on its own, with made-up scans: which change becomes which finding, and acceptances. */
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { acceptanceMatches } from "../../src/baseline/acceptance.js";
import type { Acceptance, Baseline } from "../../src/baseline/baseline-file.js";
import { type JudgeInput, judgeAgainstBaseline } from "../../src/baseline/judge.js";
import { baselineArtifact } from "../../src/baseline/record.js";
import { DEFAULT_THRESHOLDS } from "../../src/config/types.js";
import type { Finding, ManifestEntry } from "../../src/core/model.js";
import { fingerprint } from "../../src/engine/fingerprint.js";
import type { ArtifactScan } from "../../src/engine/scan-artifact.js";

const MiB = 1024 * 1024;

function file(path: string, size: number, content = `${path}:${size}`): ManifestEntry {
  return {
    path,
    size,
    sha256: createHash("sha256").update(content).digest("hex"),
    mode: 0o644,
    type: "file",
  };
}

function scanOf(entries: ManifestEntry[], id = "web", source = "dist", identity = "web"): ArtifactScan {
  return {
    identity,
    findings: [],
    fileCount: entries.length,
    manifest: {
      id,
      kind: "directory",
      source,
      entryCount: entries.length,
      totalBytes: entries.reduce((sum, e) => sum + e.size, 0),
      entries,
      unopened: [],
    },
  };
}

function ruleFinding(ruleId: string, path: string, severity: Finding["severity"] = "error"): Finding {
  return {
    ruleId,
    severity,
    artifact: "web",
    path,
    message: "m",
    fix: "f",
    fingerprint: fingerprint(ruleId, "web", path),
  };
}

function judge(before: ManifestEntry[], after: ManifestEntry[], input: Partial<JudgeInput> = {}) {
  const baseline: Baseline = { version: 1, artifacts: [baselineArtifact(scanOf(before))], accepted: [] };
  return judgeAgainstBaseline({
    scans: [scanOf(after)],
    findings: [],
    baseline,
    thresholds: DEFAULT_THRESHOLDS,
    strict: false,
    today: "2026-11-24",
    ...input,
  });
}

const base = [file("index.html", 40_000), file("assets/index-BxQ8k2Lz.js", 3 * MiB)];

describe("new files", () => {
  it("a new file of 1 MiB or more is a blocking unexpected-large-file, saying what, how big and what to do", () => {
    const { findings } = judge(base, [...base, file("assets/chunk-AB12CD34.js", MiB)], {
      baselineFile: "release.baseline.json",
    });
    expect(findings).toEqual([
      {
        ruleId: "unexpected-large-file",
        severity: "error",
        artifact: "web",
        path: "assets/chunk-AB12CD34.js",
        message:
          "`chunk-AB12CD34.js` (1.0 MiB) is new since the baseline and at or over 1.0 MiB: large new files are how source maps, dumps and data sets leak.",
        fix: "If the file belongs in the release, record it: `leakgate baseline --write release.baseline.json web=dist`; otherwise remove it from the build.",
        details: { pattern: "assets/chunk-[hash].js", size: MiB, limit: MiB },
        fingerprint: fingerprint("unexpected-large-file", "web", "assets/chunk-[hash].js"),
      },
    ]);
  });

  it("the same new chunk under another hash has the same fingerprint", () => {
    const a = judge(base, [...base, file("assets/chunk-AB12CD34.js", 2 * MiB)]).findings[0]!;
    const b = judge(base, [...base, file("assets/chunk-QWERTYUI.js", 2 * MiB, "other")]).findings[0]!;
    expect(a.fingerprint).toBe(b.fingerprint);
  });

  it("a small new file is a warning, an error when strict, and nothing when a rule already reports it", () => {
    const after = [...base, file("robots.txt", 20), file(".env", 12)];
    const findings = [ruleFinding("internal-path", ".env")];
    expect(judge(base, after, { findings }).findings.map((f) => [f.ruleId, f.path, f.severity])).toEqual([
      ["internal-path", ".env", "error"],
      ["unexpected-file", "robots.txt", "warning"],
    ]);
    expect(judge(base, after, { findings, strict: true }).findings.map((f) => f.severity)).toEqual([
      "error",
      "error",
    ]);
  });

  it("a large new file a rule reports gets both findings (the incident: a map is both)", () => {
    const findings = [ruleFinding("source-map", "cli.js.map")];
    const judged = judge(base, [...base, file("cli.js.map", 60 * MiB)], {
      findings,
      thresholds: { ...DEFAULT_THRESHOLDS, totalGrowth: 100 },
    });
    expect(judged.findings.map((f) => f.ruleId).sort()).toEqual(["source-map", "unexpected-large-file"]);
  });
});

describe("growth", () => {
  const grow = (from: number, to: number, thresholds = {}) =>
    judge([file("app.js", from)], [file("app.js", to, "v2")], {
      thresholds: { ...DEFAULT_THRESHOLDS, totalGrowth: 1000, ...thresholds },
    }).findings.map((f) => f.ruleId);

  it.each([
    [400_000, 1_200_000, ["file-growth"]], // 3× and +800 KB
    [1_000, 600_000, ["file-growth"]], // 600× and +599 KB
    [1_000, 500_000, []], // 500× but +499 KB
    [2_000_000, 3_000_000, []], // +1 MB but 1.5×
    [600_000, 1_200_000, []], // exactly 2×
  ])("%i → %i bytes: %j", (from, to, rules) => {
    expect(grow(from, to)).toEqual(rules);
  });

  it("thresholds are configurable", () => {
    expect(grow(2_000_000, 3_000_000, { growthFactor: 1.2 })).toEqual(["file-growth"]);
    expect(grow(400_000, 1_200_000, { growthBytes: 1_000_000 })).toEqual([]);
  });

  it("file-growth says from what to what", () => {
    const { findings } = judge([file("app.js", 400_000)], [file("app.js", 1_200_000, "v2")], {
      thresholds: { ...DEFAULT_THRESHOLDS, totalGrowth: 1000 },
    });
    expect(findings[0]!.message).toBe(
      "`app.js` grew from 390.6 KiB to 1.1 MiB (3.0×) since the baseline, more than 2× and 512.0 KiB.",
    );
    expect(findings[0]!.details).toEqual({ pattern: "app.js", sizeBefore: 400_000, sizeAfter: 1_200_000 });
  });

  it("removed and changed files are in the diff and never a finding", () => {
    const judged = judge(base, [file("index.html", 41_000, "v2")]);
    expect(judged.findings).toEqual([]);
    expect(judged.diffs.get("web")).toMatchObject({
      removed: [{ pattern: "assets/index-[hash].js", size: 3 * MiB }],
      changed: [{ path: "index.html", sizeBefore: 40_000, sizeAfter: 41_000 }],
    });
  });
});

describe("artifacts without a baseline entry", () => {
  it("are listed, and their findings stand as the rules say", () => {
    const findings = [ruleFinding("secret", "config.js")];
    const judged = judgeAgainstBaseline({
      scans: [scanOf([file("config.js", 10)])],
      findings,
      baseline: { version: 1, artifacts: [], accepted: [] },
      thresholds: DEFAULT_THRESHOLDS,
      strict: true,
      today: "2026-11-24",
    });
    expect(judged).toEqual({ findings, accepted: [], unused: [], diffs: new Map(), unbaselined: ["web"] });
  });
});

describe("acceptances", () => {
  const after = [...base, file("assets/chunk-AB12CD34.js", Math.round(1.2 * MiB))]; // +39%: no artifact-growth
  const print = fingerprint("unexpected-large-file", "web", "assets/chunk-[hash].js");
  const withAccepted = (accepted: Acceptance[], today = "2026-11-24") => {
    const baseline: Baseline = { version: 1, artifacts: [baselineArtifact(scanOf(base))], accepted };
    return judgeAgainstBaseline({
      scans: [scanOf(after)],
      findings: [],
      baseline,
      thresholds: DEFAULT_THRESHOLDS,
      strict: false,
      today,
    });
  };

  it("holds through its expiry day, and blocks again the day after, saying it ran out", () => {
    const accepted = [{ fingerprint: print, reason: "Chart library", expires: "2026-12-31" }];
    const last = withAccepted(accepted, "2026-12-31");
    expect(last.findings).toEqual([]);
    expect(last.accepted).toEqual([
      {
        finding: expect.objectContaining({ fingerprint: print }),
        reason: "Chart library",
        expires: "2026-12-31",
      },
    ]);
    const after = withAccepted(accepted, "2027-01-01");
    expect(after.accepted).toEqual([]);
    expect(after.findings).toEqual([
      expect.objectContaining({
        ruleId: "unexpected-large-file",
        severity: "error",
        details: expect.objectContaining({
          acceptanceExpired: "2026-12-31",
          acceptedReason: "Chart library",
        }),
      }),
    ]);
  });

  it("by rule and glob, limited to an artifact", () => {
    expect(
      withAccepted([{ rule: "unexpected-large-file", path: "assets/**", reason: "r" }]).findings,
    ).toEqual([]);
    expect(
      withAccepted([{ rule: "unexpected-large-file", artifact: "npm:*", reason: "r" }]).findings.map(
        (f) => f.ruleId,
      ),
    ).toEqual(["unexpected-large-file"]);
  });
});

describe("judge properties", () => {
  const rules = ["secret", "source-map", "internal-path"];
  const path = fc.constantFrom("a.js", "dist/b.js", "assets/index-BxQ8k2Lz.js", ".env", "lib/c.map");
  const finding = fc
    .record({
      ruleId: fc.constantFrom(...rules),
      path,
      severity: fc.constantFrom("error" as const, "warning" as const),
    })
    .map(({ ruleId, path, severity }) => ruleFinding(ruleId, path, severity));
  const date = fc.constantFrom("2026-01-01", "2026-06-30", "2026-12-31");
  const acceptance = fc.oneof(
    fc.record(
      { fingerprint: finding.map((f) => f.fingerprint), reason: fc.constant("r"), expires: date },
      { requiredKeys: ["fingerprint", "reason"] },
    ),
    fc.record(
      {
        rule: fc.constantFrom(...rules),
        path: fc.constantFrom("*.js", "dist/**", ".env", "assets/*"),
        reason: fc.constant("r"),
        expires: date,
      },
      { requiredKeys: ["rule", "reason"] },
    ),
  );

  it("never drops an error finding unless an acceptance that still holds matches it", () => {
    fc.assert(
      fc.property(
        fc.array(finding, { maxLength: 8 }),
        fc.array(acceptance, { maxLength: 4 }),
        date,
        fc.array(fc.tuple(path, fc.nat({ max: 3 * MiB })), { maxLength: 4 }),
        (findings, accepted, today, added) => {
          const judged = judgeAgainstBaseline({
            scans: [scanOf([...base, ...added.map(([p, size]) => file(`new/${p}`, size))])],
            findings,
            baseline: { version: 1, artifacts: [baselineArtifact(scanOf(base))], accepted },
            thresholds: DEFAULT_THRESHOLDS,
            strict: false,
            today,
          });
          const kept = new Set(judged.findings.map((f) => `${f.ruleId}|${f.path}|${f.fingerprint}`));
          for (const f of findings.filter((f) => f.severity === "error")) {
            if (kept.has(`${f.ruleId}|${f.path}|${f.fingerprint}`)) continue;
            const holds = accepted.some(
              (a) => acceptanceMatches(a, f, "web") && (a.expires === undefined || a.expires >= today),
            );
            expect(holds).toBe(true);
          }
          // Accepted findings are moved, not copied.
          for (const { finding: f } of judged.accepted)
            expect(kept.has(`${f.ruleId}|${f.path}|${f.fingerprint}`)).toBe(false);
        },
      ),
    );
  });
});
