import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/model.js";
import type { Report } from "../../src/report/report.js";
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
  it("prints the first blocking findings in full and counts the rest by rule", () => {
    const many = [
      ...Array.from({ length: 40 }, (_, i) => finding(i)),
      ...Array.from({ length: 5 }, (_, i) => finding(100 + i, "secret")),
    ];
    const text = renderText(report(many));
    expect(text.split("\n")[0]).toBe("✖ leakgate: FAIL — 45 blocking findings in 1 file (1 B) in 1 artifact");
    expect(text).toContain("message 29");
    expect(text).not.toContain("message 30\n");
    expect(text).toContain("… and 15 more blocking findings: source-map 10, secret 5 (see --format json)");
  });

  it("shows every fingerprint of the findings it prints, for `leakgate accept`", () => {
    const text = renderText(report([finding(1)]));
    expect(text).toContain("id: fp1");
  });
});
