import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { judgeAgainstBaseline } from "../../src/baseline/judge.js";
import { DEFAULT_THRESHOLDS } from "../../src/config/types.js";
import type { Finding } from "../../src/core/model.js";
import { decideVerdict } from "../../src/verdict/verdict.js";

const finding: fc.Arbitrary<Finding> = fc.record({
  ruleId: fc.constantFrom("secret", "source-map", "internal-path", "large-file"),
  severity: fc.constantFrom("error" as const, "warning" as const, "note" as const),
  artifact: fc.constant("a.tgz"),
  path: fc.stringMatching(/^[a-z]{1,4}\/[a-z]{1,4}\.js$/),
  message: fc.constant("m"),
  fix: fc.constant("f"),
  fingerprint: fc.stringMatching(/^[0-9a-f]{8}$/),
});
const failOn = fc.constantFrom("error" as const, "warning" as const, "never" as const);

describe("verdict", () => {
  it("never passes when a blocking finding is present, and never fails without one", () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 12 }), failOn, (findings, level) => {
        // Written out, not through isBlocking: the verdict's own helper cannot be its oracle.
        const blocks = { error: ["error"], warning: ["error", "warning"], never: [] as string[] }[level];
        const blocking = findings.some((f) => blocks.includes(f.severity));
        expect(decideVerdict(findings, level)).toBe(blocking ? "fail" : "pass");
      }),
    );
  });

  it("warnings block only under fail-on warning; nothing blocks under never", () => {
    const warning = {
      ruleId: "x",
      severity: "warning",
      artifact: "a",
      path: "p",
      message: "",
      fix: "",
      fingerprint: "f",
    } as const;
    expect(decideVerdict([warning], "error")).toBe("pass");
    expect(decideVerdict([warning], "warning")).toBe("fail");
    expect(decideVerdict([{ ...warning, severity: "error" }], "never")).toBe("pass");
  });

  it("the baseline judgement never drops an error finding unless an unexpired acceptance matches it", () => {
    fc.assert(
      fc.property(
        fc.array(finding, { maxLength: 10 }),
        fc.array(
          fc.record({
            fingerprint: fc.stringMatching(/^[0-9a-f]{8}$/),
            reason: fc.constant("ok"),
            expires: fc.option(fc.constantFrom("2020-01-01", "2099-01-01"), { nil: undefined }),
          }),
          { maxLength: 5 },
        ),
        (findings, accepted) => {
          const judged = judgeAgainstBaseline({
            scans: [],
            findings,
            baseline: { version: 1, artifacts: [], accepted },
            thresholds: DEFAULT_THRESHOLDS,
            strict: false,
            today: "2026-11-24",
          });
          for (const f of findings.filter((x) => x.severity === "error")) {
            const live = accepted.some(
              (a) => a.fingerprint === f.fingerprint && (!a.expires || a.expires >= "2026-11-24"),
            );
            const kept = judged.findings.some((k) => k.fingerprint === f.fingerprint && k.path === f.path);
            expect(kept || live).toBe(true);
            if (!live) expect(kept).toBe(true);
          }
        },
      ),
    );
  });
});
