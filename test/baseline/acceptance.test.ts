import { describe, expect, it } from "vitest";
import { acceptanceFor, acceptFindings } from "../../src/baseline/acceptance.js";
import { type Acceptance, emptyBaseline } from "../../src/baseline/baseline-file.js";
import { fingerprint } from "../../src/engine/fingerprint.js";
import { UserError } from "../../src/errors.js";
import type { Finding } from "../../src/model.js";

function finding(ruleId: string, path: string, artifact = "dist/app-1.2.0.zip"): Finding {
  return {
    ruleId,
    severity: "error",
    artifact,
    path,
    message: "m",
    fix: "f",
    fingerprint: fingerprint(ruleId, "dist/app.zip", path),
  };
}

const TODAY = "2026-11-24";

describe("which acceptance covers a finding", () => {
  const map = finding("source-map", "assets/index-BxQ8k2Lz.js.map");

  it("by fingerprint, and then nothing else is compared", () => {
    const byPrint: Acceptance = { fingerprint: map.fingerprint, rule: "other", path: "x", reason: "r" };
    expect(acceptanceFor(map, "dist/app.zip", [byPrint], TODAY)).toBe(byPrint);
    expect(acceptanceFor(finding("secret", "a.js"), "dist/app.zip", [byPrint], TODAY)).toBeUndefined();
  });

  it("by rule and a path glob, on the real name or on its pattern", () => {
    const real: Acceptance = { rule: "source-map", path: "assets/*.map", reason: "r" };
    const pattern: Acceptance = { rule: "source-map", path: "assets/index-\\[hash\\].js.map", reason: "r" };
    const bare: Acceptance = { rule: "source-map", path: "*.js.map", reason: "r" };
    const copied: Acceptance = { rule: "source-map", path: "assets/index-[hash].js.map", reason: "r" };
    for (const a of [real, pattern, bare, copied])
      expect(acceptanceFor(map, "dist/app.zip", [a], TODAY)).toBe(a);
    expect(
      acceptanceFor(map, "dist/app.zip", [{ rule: "secret", path: "**", reason: "r" }], TODAY),
    ).toBeUndefined();
    expect(
      acceptanceFor(map, "dist/app.zip", [{ rule: "source-map", path: "lib/**", reason: "r" }], TODAY),
    ).toBeUndefined();
  });

  it("a rule without a path accepts that rule everywhere; an artifact glob narrows it to artifacts", () => {
    const everywhere: Acceptance = { rule: "source-map", reason: "r" };
    expect(acceptanceFor(map, "dist/app.zip", [everywhere], TODAY)).toBe(everywhere);
    const onIdentity: Acceptance = { rule: "source-map", artifact: "dist/app.*", reason: "r" };
    const onId: Acceptance = { rule: "source-map", artifact: "dist/app-*.zip", reason: "r" };
    const elsewhere: Acceptance = { rule: "source-map", artifact: "npm:*", reason: "r" };
    expect(acceptanceFor(map, "dist/app.zip", [onIdentity], TODAY)).toBe(onIdentity);
    expect(acceptanceFor(map, "dist/app.zip", [onId], TODAY)).toBe(onId);
    expect(acceptanceFor(map, "dist/app.zip", [elsewhere], TODAY)).toBeUndefined();
  });

  it("prefers an acceptance that still holds over one that ran out", () => {
    const old: Acceptance = { rule: "source-map", reason: "old", expires: "2026-01-31" };
    const renewed: Acceptance = { fingerprint: map.fingerprint, reason: "renewed", expires: "2027-01-31" };
    expect(acceptanceFor(map, "dist/app.zip", [old, renewed], TODAY)).toBe(renewed);
    expect(acceptanceFor(map, "dist/app.zip", [old], TODAY)).toBe(old);
  });
});

describe("leakgate accept", () => {
  const known = [finding("source-map", "cli.js.map"), finding("artifact-growth", "")];

  it("adds acceptances with the rule and path for the reviewer, and replaces an earlier one", () => {
    const first = acceptFindings(emptyBaseline(), {
      fingerprints: [known[0]!.fingerprint, known[1]!.fingerprint],
      reason: "  Public debug build  ",
      expires: "2026-12-31",
      known,
    });
    expect(first.accepted).toEqual([
      {
        fingerprint: known[0]!.fingerprint,
        rule: "source-map",
        path: "cli.js.map",
        reason: "Public debug build",
        expires: "2026-12-31",
      },
      {
        fingerprint: known[1]!.fingerprint,
        rule: "artifact-growth",
        reason: "Public debug build",
        expires: "2026-12-31",
      },
    ]);
    const again = acceptFindings(first, {
      fingerprints: [known[0]!.fingerprint],
      reason: "Approved by security",
    });
    expect(again.accepted.map((a) => a.reason)).toEqual(["Public debug build", "Approved by security"]);
  });

  it.each([
    [{ reason: " " }, "--reason is required"],
    [{ expires: "2026-13-01" }, '--expires must be a date (YYYY-MM-DD), got "2026-13-01"'],
    [{ fingerprints: ["2e29"] }, '"2e29" is not a fingerprint'],
    [
      { fingerprints: ["0".repeat(32)], known: [] },
      `no finding with fingerprint ${"0".repeat(32)} in the report`,
    ],
  ])("%j is a usage error", (change, message) => {
    const request = { fingerprints: [known[0]!.fingerprint], reason: "ok", ...change };
    let error: unknown;
    try {
      acceptFindings(emptyBaseline(), request);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).kind).toBe("usage");
    expect((error as UserError).message).toContain(message);
  });
});
