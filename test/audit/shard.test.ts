import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AuditReport, mergeAuditReports, newAuditReport } from "../../src/audit/audit-report.js";
import { assignShards, itemsOfShard, parseShard } from "../../src/audit/shard.js";
import { parseTarget } from "../../src/audit/target.js";
import type { WorkItem } from "../../src/audit/work-item.js";
import { UserError } from "../../src/core/errors.js";

const items = fc.uniqueArray(
  fc.record({
    key: fc.string({ minLength: 1, maxLength: 12 }),
    target: fc.constant("t"),
    size: fc.nat(10_000_000),
  }),
  { selector: (item) => item.key, maxLength: 200 },
);

describe("sharding", () => {
  it("for n in 1..5, shards are disjoint and their union is the whole work, whatever the items", () => {
    fc.assert(
      fc.property(items, fc.integer({ min: 1, max: 5 }), (work: WorkItem[], n) => {
        const shards = Array.from({ length: n }, (_, i) => itemsOfShard(work, { index: i + 1, count: n }));
        const keys = shards.flatMap((shard) => shard.map((item) => item.key));
        expect(new Set(keys).size).toBe(keys.length);
        expect([...keys].sort()).toEqual(work.map((item) => item.key).sort());
      }),
    );
  });

  it("does not depend on the order the registry listed the items in", () => {
    fc.assert(
      fc.property(items, fc.integer({ min: 1, max: 5 }), (work: WorkItem[], n) => {
        const reversed = assignShards([...work].reverse(), n);
        expect(assignShards(work, n)).toEqual(reversed);
      }),
    );
  });

  it("balances bytes: no shard holds more than the average plus the largest item", () => {
    fc.assert(
      fc.property(items, fc.integer({ min: 2, max: 5 }), (work: WorkItem[], n) => {
        const total = work.reduce((sum, item) => sum + item.size, 0);
        const largest = Math.max(0, ...work.map((item) => item.size));
        for (let i = 1; i <= n; i++) {
          const bytes = itemsOfShard(work, { index: i, count: n }).reduce((sum, item) => sum + item.size, 0);
          expect(bytes).toBeLessThanOrEqual(total / n + largest);
        }
      }),
    );
  });

  it("spreads items of unknown size evenly by count", () => {
    const work = Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, target: "t", size: 0 }));
    const counts = [1, 2, 3].map((i) => itemsOfShard(work, { index: i, count: 3 }).length);
    expect(counts.sort()).toEqual([3, 3, 4]);
  });

  it("--shard takes i/n", () => {
    expect(parseShard("2/5")).toEqual({ index: 2, count: 5 });
    for (const bad of ["0/3", "4/3", "1", "a/b", "1/0", "-1/2"])
      expect(() => parseShard(bad)).toThrow(UserError);
  });
});

describe("targets", () => {
  it("reads npm, git and s3 targets", () => {
    expect(parseTarget("npm:@acme/cli")).toMatchObject({
      kind: "npm",
      name: "@acme/cli",
      selector: { tag: "latest" },
    });
    expect(parseTarget("npm:@acme/cli@*")).toMatchObject({ name: "@acme/cli", selector: { range: "*" } });
    expect(parseTarget("npm:pkg@^2.1.0")).toMatchObject({ name: "pkg", selector: { range: "^2.1.0" } });
    expect(parseTarget("npm:pkg@next")).toMatchObject({ name: "pkg", selector: { tag: "next" } });
    expect(parseTarget("s3://acme-site/www/docs")).toMatchObject({
      kind: "s3",
      bucket: "acme-site",
      prefix: "www/docs",
    });
    const secret = ["to", "ken", "123"].join("");
    const git = parseTarget(`git:https://x:${secret}@github.com/acme/app.git`);
    expect(git).toMatchObject({ kind: "git", url: `https://x:${secret}@github.com/acme/app.git` });
    expect(git.text).not.toContain(secret);
  });

  it("refuses what is not a target, with a message", () => {
    for (const bad of ["pkg", "npm:", "npm:Bad Name", "npm:pkg@>>>", "s3://A_B", "git:", "https://x"]) {
      expect(() => parseTarget(bad)).toThrow(UserError);
    }
  });
});

function shardReport(index: number, count: number, overrides: Partial<AuditReport> = {}): AuditReport {
  return {
    ...newAuditReport({
      shard: { index, count },
      failOn: "error",
      deep: false,
      targets: ["npm:pkg@*"],
      digests: { config: "c", baseline: "b", plan: "p" },
      plannedItems: count,
      errors: [],
      items: [{ key: `npm:pkg@1.0.${index}`, order: index, target: "npm:pkg@*", error: "x" }],
    }),
    ...overrides,
  };
}

describe("merge", () => {
  const as = (reports: AuditReport[]) =>
    reports.map((report, i) => ({ file: `shard-${i + 1}.json`, report }));

  it("combines every shard, items in plan order", () => {
    const merged = mergeAuditReports(as([shardReport(3, 3), shardReport(1, 3), shardReport(2, 3)]));
    expect(merged.items.map((item) => item.key)).toEqual(["npm:pkg@1.0.1", "npm:pkg@1.0.2", "npm:pkg@1.0.3"]);
    expect(merged.shard).toEqual({ index: 1, count: 1 });
    expect(merged.mergedShards).toBe(3);
  });

  it("refuses a missing shard, a shard twice, and reports made differently", () => {
    expect(() => mergeAuditReports(as([shardReport(1, 3), shardReport(3, 3)]))).toThrow(/shard 2\/3 missing/);
    expect(() => mergeAuditReports(as([shardReport(1, 2), shardReport(1, 2)]))).toThrow(/both shard 1\/2/);
    const other = { digests: { config: "c", baseline: "OTHER", plan: "p" } };
    expect(() => mergeAuditReports(as([shardReport(1, 2), shardReport(2, 2, other)]))).toThrow(
      /baselines differ/,
    );
    const replanned = { digests: { config: "c", baseline: "b", plan: "OTHER" } };
    expect(() => mergeAuditReports(as([shardReport(1, 2), shardReport(2, 2, replanned)]))).toThrow(
      /planned work items/,
    );
    expect(() => mergeAuditReports([{ file: "x.json", report: { version: 1 } }])).toThrow(
      /not a leakgate audit report/,
    );
  });
});

describe("retries", () => {
  it("retries transient failures with backoff, and gives up after the last attempt", async () => {
    const { withRetry } = await import("../../src/audit/retry.js");
    let calls = 0;
    const flaky = async () => {
      calls++;
      if (calls < 3) throw Object.assign(new Error("reset"), { code: "ECONNRESET" });
      return "ok";
    };
    expect(await withRetry(flaky, { attempts: 3, firstDelayMs: 1 })).toBe("ok");
    expect(calls).toBe(3);
    calls = 0;
    const down = async () => {
      calls++;
      throw Object.assign(new Error("503"), { statusCode: 503 });
    };
    await expect(withRetry(down, { attempts: 3, firstDelayMs: 1 })).rejects.toThrow("503");
    expect(calls).toBe(3);
  });

  it("does not retry what another try cannot fix (404, refused credentials)", async () => {
    const { withRetry } = await import("../../src/audit/retry.js");
    let calls = 0;
    const missing = async () => {
      calls++;
      throw Object.assign(new Error("404"), { statusCode: 404 });
    };
    await expect(withRetry(missing, { attempts: 3, firstDelayMs: 1 })).rejects.toThrow("404");
    expect(calls).toBe(1);
  });
});

describe("merge refuses damaged reports with a message, never a crash", () => {
  const as = (report: unknown) => [{ file: "bad.json", report }];
  const good = () =>
    JSON.parse(
      JSON.stringify(
        newAuditReport({
          shard: { index: 1, count: 1 },
          failOn: "error",
          deep: false,
          targets: ["npm:pkg"],
          digests: { config: "c", baseline: "b", plan: "p" },
          plannedItems: 1,
          errors: [],
          items: [{ key: "npm:pkg@1.0.0", order: 0, target: "npm:pkg", error: "x" }],
        }),
      ),
    );
  it.each([
    [
      "errors: [null]",
      (r: Record<string, unknown>) => {
        r.errors = [null];
      },
    ],
    [
      "items: [null]",
      (r: Record<string, unknown>) => {
        r.items = [null];
      },
    ],
    [
      "targets: [null]",
      (r: Record<string, unknown>) => {
        r.targets = [null];
      },
    ],
    [
      "a huge shard count",
      (r: Record<string, unknown>) => {
        r.shard = { index: 1, count: 1e12 };
      },
    ],
    [
      "a negative shard count",
      (r: Record<string, unknown>) => {
        r.shard = { index: 1, count: -1 };
      },
    ],
    [
      "an item report without a summary",
      (r: Record<string, unknown>) => {
        (r.items as Record<string, unknown>[])[0]!.report = {
          verdict: "pass",
          failOn: "error",
          findings: [],
          artifacts: [],
          summary: null,
        };
      },
    ],
  ])("%s", (_name, damage) => {
    const report = good();
    damage(report);
    expect(() => mergeAuditReports(as(report))).toThrow(UserError);
  });

  it("an undamaged report merges", () => {
    expect(mergeAuditReports(as(good())).items).toHaveLength(1);
  });
});
