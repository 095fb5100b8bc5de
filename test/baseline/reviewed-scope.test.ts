/**
 * An acceptance covers exactly what was reviewed: for every rule, a strictly worse leak than
 * the accepted one (more bytes, more sources, another root, another secret, another path) is
 * never covered by it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { acceptanceMatches } from "../../src/baseline/acceptance.js";
import type { Acceptance } from "../../src/baseline/baseline-file.js";
import { scopeOf } from "../../src/baseline/reviewed-scope.js";
import { DEFAULT_THRESHOLDS } from "../../src/config/types.js";
import type { Finding } from "../../src/core/model.js";
import { fingerprint } from "../../src/engine/fingerprint.js";

const T = DEFAULT_THRESHOLDS;
const IDENTITY = "npm:acme";

function finding(ruleId: string, path: string, details: Record<string, unknown>, evidence?: string): Finding {
  return {
    ruleId,
    severity: "error",
    artifact: "acme-1.0.0.tgz",
    path,
    message: "m",
    fix: "f",
    details,
    fingerprint: fingerprint(ruleId, IDENTITY, path, evidence),
  };
}

function accept(f: Finding): Acceptance {
  const scope = scopeOf(f);
  return { fingerprint: f.fingerprint, rule: f.ruleId, ...(scope ? { scope } : {}), reason: "reviewed" };
}

const size = fc.integer({ min: 1, max: 2 ** 40 });

/** For each rule: the accepted finding, one no worse (covered), one strictly worse (never covered). */
const CASES = {
  "artifact-growth": fc.tuple(size, fc.double({ min: 1e-9, max: 100, noNaN: true })).map(([n, more]) => {
    const make = (bytes: number) => finding("artifact-growth", "", { bytesBefore: 1, bytesAfter: bytes });
    return {
      accepted: make(n),
      same: make(n),
      worse: make(Math.floor(n * (1 + T.totalGrowth) * (1 + more)) + 1),
    };
  }),
  "file-growth": size.map((n) => {
    const make = (bytes: number) =>
      finding("file-growth", "package/a.js", { sizeBefore: 1, sizeAfter: bytes });
    const past = Math.max(Math.floor(n * T.growthFactor), n + T.growthBytes) + 1;
    return { accepted: make(n), same: make(n), worse: make(past) };
  }),
  "unexpected-large-file": size.map((n) => {
    const make = (bytes: number) => finding("unexpected-large-file", "package/a.bin", { size: bytes });
    const past = Math.max(Math.floor(n * T.growthFactor), n + T.growthBytes) + 1;
    return { accepted: make(n), same: make(n), worse: make(past) };
  }),
  "source-map": fc
    .tuple(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }), fc.boolean())
    .map(([n, more, newRoot]) => {
      const make = (sources: number, roots: string[]) =>
        finding(
          "source-map",
          "package/cli.js.map",
          { embeddedNotShipped: sources, topRoots: roots.map((root) => ({ root, count: 1 })) },
          "embedded-sources",
        );
      return {
        accepted: make(n, ["../src"]),
        same: make(n, ["../src"]),
        worse: newRoot ? make(n, ["../src", "../internal"]) : make(n + more, ["../src"]),
      };
    }),
  secret: fc
    .tuple(fc.stringMatching(/^[0-9a-f]{16}$/), fc.stringMatching(/^[0-9a-f]{16}$/))
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => {
      const make = (digest: string) =>
        finding("secret", "package/a.js", { family: "github-token" }, `github-token:${digest}`);
      return { accepted: make(a), same: make(a), worse: make(b) };
    }),
  "internal-path": fc
    .tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[a-z]{1,8}$/))
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => {
      const make = (name: string) => finding("internal-path", `package/${name}/.env`, {}, ".env");
      return { accepted: make(a), same: make(a), worse: make(b) };
    }),
};

describe("an acceptance covers exactly what was reviewed", () => {
  it.each(Object.keys(CASES) as (keyof typeof CASES)[])(
    "%s: a strictly worse leak is never covered (property)",
    (rule) => {
      fc.assert(
        fc.property(CASES[rule], ({ accepted, same, worse }) => {
          const acceptance = accept(accepted);
          expect(acceptanceMatches(acceptance, same, IDENTITY, T)).toBe(true);
          expect(acceptanceMatches(acceptance, worse, IDENTITY, T)).toBe(false);
        }),
      );
    },
  );
});
