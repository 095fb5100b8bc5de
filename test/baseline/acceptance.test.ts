import { describe, expect, it } from "vitest";
import { acceptanceFor, acceptFindings } from "../../src/baseline/acceptance.js";
import { type Acceptance, emptyBaseline } from "../../src/baseline/baseline-file.js";
import { UserError } from "../../src/core/errors.js";
import type { Finding } from "../../src/core/model.js";
import { fingerprint } from "../../src/engine/fingerprint.js";

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
  const known = [
    { ...finding("source-map", "assets/index-BxQ8k2Lz.js.map"), identity: "dist/app.zip" },
    {
      ...finding("artifact-growth", ""),
      identity: "dist/app.zip",
      message: "The artifact grew from 1.2 KiB to 2.9 MiB.",
      details: { bytesBefore: 1200, bytesAfter: 3_000_000 },
    },
  ];
  const request = { reason: "ok", known, today: TODAY };

  it("records what was reviewed: rule, artifact, pattern, summary, scope and the day", () => {
    const { baseline } = acceptFindings(emptyBaseline(), {
      ...request,
      fingerprints: [known[0]!.fingerprint, known[1]!.fingerprint],
      reason: "  Public debug build  ",
      expires: "2026-12-31",
    });
    expect(baseline.accepted).toEqual([
      {
        fingerprint: known[0]!.fingerprint,
        rule: "source-map",
        artifact: "dist/app.zip",
        path: "assets/index-[hash].js.map",
        summary: "m",
        reason: "Public debug build",
        acceptedOn: TODAY,
        expires: "2026-12-31",
      },
      {
        fingerprint: known[1]!.fingerprint,
        rule: "artifact-growth",
        artifact: "dist/app.zip",
        summary: "The artifact grew from 1.2 KiB to 2.9 MiB.",
        scope: { bytes: 3_000_000 },
        reason: "Public debug build",
        acceptedOn: TODAY,
        expires: "2026-12-31",
      },
    ]);
  });

  it("re-accepting needs --replace, and returns the acceptance it replaced", () => {
    const first = acceptFindings(emptyBaseline(), {
      ...request,
      fingerprints: [known[0]!.fingerprint],
      reason: "r1",
    });
    expect(() =>
      acceptFindings(first.baseline, { ...request, fingerprints: [known[0]!.fingerprint], reason: "r2" }),
    ).toThrow(/accepted already \(reason: "r1"\); pass --replace/);
    const again = acceptFindings(first.baseline, {
      ...request,
      fingerprints: [known[0]!.fingerprint],
      reason: "r2",
      replace: true,
    });
    expect(again.baseline.accepted.map((a) => a.reason)).toEqual(["r2"]);
    expect(again.replaced.map((a) => a.reason)).toEqual(["r1"]);
  });

  it.each([
    [{ reason: " " }, "--reason is required"],
    [{ expires: "2026-13-01" }, '--expires must be a real date (YYYY-MM-DD), got "2026-13-01"'],
    [{ expires: "2027-99-99" }, "must be a real date"],
    [{ expires: "2027-02-31" }, "must be a real date"],
    [{ expires: "2020-01-01" }, "is not in the future"],
    [{ expires: TODAY }, "is not in the future"],
    [{ fingerprints: ["2e29"] }, '"2e29" is not a fingerprint'],
    [{ fingerprints: ["zzzz"] }, '"zzzz" is not a fingerprint'],
    [{ fingerprints: ["0".repeat(32)] }, `no finding with fingerprint ${"0".repeat(32)} in this scan`],
  ])("%j is a usage error", (change, message) => {
    let error: unknown;
    try {
      acceptFindings(emptyBaseline(), { ...request, fingerprints: [known[0]!.fingerprint], ...change });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).kind).toBe("usage");
    expect((error as UserError).message).toContain(message);
  });
});
