import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/model.js";
import type { Report } from "../../src/reporters/report.js";
import { renderText } from "../../src/reporters/text.js";

function report(findings: Finding[]): Report {
  return {
    version: 1,
    tool: { name: "leakgate", version: "0.0.0" },
    verdict: findings.some((f) => f.severity === "error") ? "fail" : "pass",
    failOn: "error",
    artifacts: [],
    findings,
    summary: {
      artifacts: 1,
      files: 1,
      bytes: 1,
      errors: findings.length,
      warnings: 0,
      notes: 0,
      blocking: findings.length,
    },
  };
}

const finding = (i: number, ruleId = "source-map"): Finding => ({
  ruleId,
  severity: "error",
  artifact: "pkg.tgz",
  path: `package/dist/f${i}.js.map`,
  message: `message ${i}`,
  fix: "fix it",
  fingerprint: `fp${i}`,
});

describe("text report", () => {
  it("--verbose prints the first blocking findings in full and counts the rest by rule", () => {
    const many = [
      ...Array.from({ length: 40 }, (_, i) => finding(i)),
      ...Array.from({ length: 5 }, (_, i) => finding(100 + i, "secret")),
    ];
    const text = renderText(report(many), { verbose: true, maxBlocking: 30 });
    expect(text.split("\n")[0]).toBe("✖ leakgate: FAIL — 45 blocking findings in 1 file (1 B) in 1 artifact");
    expect(text).toContain("message 29");
    expect(text).not.toContain("message 30\n");
    expect(text).toContain("… and 15 more blocking findings: source-map 10, secret 5 (see --format json)");
  });

  it("many findings of one rule in one artifact are one block: count, directories, a few paths, the fix once", () => {
    const many = [
      ...Array.from({ length: 2708 }, (_, i) => ({
        ...finding(i),
        path: `package/dist/${i % 3 === 0 ? "server" : "compiled"}/f${i}.js.map`,
      })),
      finding(9999, "secret"),
    ];
    const text = renderText(report(many));
    expect(text).toContain("source-map  pkg.tgz: 2,708 findings");
    expect(text).toContain("in package/dist/compiled/ (1,805), package/dist/server/ (903)");
    expect(text).toContain("e.g. package/dist/server/f0.js.map: message 0");
    expect(text.match(/fix: fix it/g)).toHaveLength(2);
    // A rule with few findings is still shown finding by finding, with its id.
    expect(text).toContain("id: fp9999");
    expect(text.split("\n").length).toBeLessThan(30);
  });

  it("notes are hidden unless --verbose; --quiet shows blocking findings only", () => {
    const mixed: Finding[] = [
      finding(1),
      { ...finding(2, "secret"), severity: "warning", message: "a warning" },
      { ...finding(3, "source-map"), severity: "note", message: "nothing to do" },
    ];
    const plain = renderText(report(mixed));
    expect(plain).toContain("a warning");
    expect(plain).not.toContain("nothing to do");
    expect(plain).toContain("1 note not shown (--verbose shows them");
    expect(renderText(report(mixed), { verbose: true })).toContain("nothing to do");
    const quiet = renderText(report(mixed), { quiet: true });
    expect(quiet).toContain("message 1");
    expect(quiet).not.toContain("a warning");
    expect(quiet).toContain("2 non-blocking findings not shown");
  });

  it("a file of a directory artifact is printed as a path that can be opened", () => {
    const text = renderText({
      ...report([{ ...finding(1), artifact: "web", path: "assets/app.js.map" }]),
      artifacts: [
        {
          id: "web",
          identity: "web",
          kind: "directory",
          source: "dist",
          entryCount: 1,
          totalBytes: 1,
          unopened: [],
        },
      ],
    });
    expect(text).toContain("  dist/assets/app.js.map\n");
    expect(text).not.toContain("web!");
  });

  it("shows every fingerprint of the findings it prints, for `leakgate accept`", () => {
    const text = renderText(report([finding(1)]));
    expect(text).toContain("id: fp1");
  });
});
