/**
 * The audit's machine contract. One run of `leakgate audit` (or one shard of it) writes an
 * AuditReport: one result per work item, each holding the same Report a `scan` writes for
 * one artifact. Shards' reports concatenate (`leakgate merge`) into the report one run would
 * have written, so everything a person reads (verdict, history, SARIF) is computed from the
 * items alone, after merging.
 */

import { z } from "zod";
import type { FailOn } from "../config/types.js";
import { UserError } from "../core/errors.js";
import type { Finding } from "../core/model.js";
import { VERSION } from "../core/version.js";
import type { Report } from "../reporters/report.js";
import { type AuditSummary, summariseAudit } from "./history.js";
import { MAX_SHARDS, type Shard } from "./shard.js";
import type { NpmVersion } from "./work-item.js";

export const AUDIT_REPORT_VERSION = 1;

export interface ItemResult {
  key: string;
  /** Position in the plan (targets as written, versions oldest first): merged reports keep it. */
  order: number;
  /** The target as written. */
  target: string;
  npm?: NpmVersion;
  /** Refs the hosting service made itself (pull-request refs), left out. */
  serverMadeRefs?: number;
  /** The scan of this item; absent when it could not be fetched or read. */
  report?: Report;
  /** Why it could not be audited (exit code 2). */
  error?: string;
}

export interface AuditReport {
  kind: "leakgate-audit";
  version: typeof AUDIT_REPORT_VERSION;
  tool: { name: "leakgate"; version: string };
  /** Which share of the work this report holds; 1/1 for a whole (or merged) run. */
  shard: Shard;
  /** Shards merged into it, when it came from `leakgate merge`. */
  mergedShards?: number;
  failOn: FailOn;
  deep: boolean;
  targets: string[];
  /** What must be equal for reports to merge: the config, the baseline and the planned work. */
  digests: { config: string; baseline: string; plan: string };
  /** Every planned work item, in plan order (all shards plan the same list). */
  plannedItems: number;
  /** Targets that could not even be planned (a package that does not exist, a refused login). */
  errors: { target: string; message: string }[];
  items: ItemResult[];
}

export function newAuditReport(fields: Omit<AuditReport, "kind" | "version" | "tool">): AuditReport {
  return {
    kind: "leakgate-audit",
    version: AUDIT_REPORT_VERSION,
    tool: { name: "leakgate", version: VERSION },
    ...fields,
  };
}

/**
 * Combines the reports of every shard of one audit. Refuses what would give a wrong answer:
 * reports of another kind, made with a different config, baseline or plan (the registry
 * changed between shards), a shard twice, or a shard missing (its findings would be lost).
 */
export function mergeAuditReports(reports: readonly { file: string; report: unknown }[]): AuditReport {
  if (reports.length === 0) throw new UserError("usage", "merge needs at least one report");
  const parsed = reports.map(({ file, report }) => ({ file, report: asAuditReport(report, file) }));
  const [first, ...rest] = parsed;
  const base = first!.report;
  for (const { file, report } of rest) {
    const differs = (what: string) =>
      new UserError(
        "input",
        `${file} cannot be merged with ${first!.file}: ${what} differ. Shards must run the same leakgate, config, baseline and targets; re-run the audit.`,
      );
    if (report.tool.version !== base.tool.version) throw differs("leakgate versions");
    if (
      report.digests.config !== base.digests.config ||
      report.failOn !== base.failOn ||
      report.deep !== base.deep
    )
      throw differs("configs");
    if (report.digests.baseline !== base.digests.baseline) throw differs("baselines");
    if (report.targets.join("\n") !== base.targets.join("\n")) throw differs("targets");
    if (report.digests.plan !== base.digests.plan)
      throw differs("planned work items (something was published while the shards ran)");
    if (report.shard.count !== base.shard.count) throw differs("shard counts");
  }
  const seen = new Map<number, string>();
  for (const { file, report } of parsed) {
    const earlier = seen.get(report.shard.index);
    if (earlier)
      throw new UserError(
        "input",
        `${file} and ${earlier} are both shard ${report.shard.index}/${report.shard.count}`,
      );
    seen.set(report.shard.index, file);
  }
  const missing = Array.from({ length: base.shard.count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) {
    throw new UserError(
      "input",
      `shard${missing.length > 1 ? "s" : ""} ${missing
        .slice(0, 10)
        .map((i) => `${i}/${base.shard.count}`)
        .join(
          ", ",
        )}${missing.length > 10 ? ` and ${missing.length - 10} more` : ""} missing: a merge without ${missing.length > 1 ? "them" : "it"} would pass what ${missing.length > 1 ? "they" : "it"} found`,
    );
  }
  const items = parsed.flatMap(({ report }) => report.items).sort(byItemOrder);
  const errors = new Map<string, { target: string; message: string }>();
  for (const { report } of parsed)
    for (const error of report.errors) errors.set(`${error.target}\n${error.message}`, error);
  return {
    ...base,
    tool: { name: "leakgate", version: VERSION },
    shard: { index: 1, count: 1 },
    mergedShards: base.shard.count,
    errors: [...errors.values()],
    items,
  };
}

/** Items in plan order: targets as written, versions oldest first. */
function byItemOrder(a: ItemResult, b: ItemResult): number {
  return a.order - b.order || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * What a shard report must look like before it is merged: every field the merge and the
 * reporters read, with its type, so a damaged or hand-edited report is refused with a
 * message instead of crashing a reporter (or, worse, merging as complete).
 */
const severity = z.enum(["error", "warning", "note"]);
const findingSchema = z
  .object({
    ruleId: z.string(),
    severity,
    artifact: z.string(),
    path: z.string(),
    message: z.string(),
    fix: z.string(),
    fingerprint: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .passthrough();
const count = z.number().int().nonnegative();
const itemReportSchema = z
  .object({
    verdict: z.enum(["pass", "fail"]),
    failOn: z.enum(["error", "warning", "never"]),
    findings: z.array(findingSchema),
    artifacts: z.array(
      z
        .object({
          id: z.string(),
          identity: z.string(),
          kind: z.string(),
          entryCount: count,
          totalBytes: count,
        })
        .passthrough(),
    ),
    summary: z
      .object({
        artifacts: count,
        files: count,
        bytes: count,
        errors: count,
        warnings: count,
        notes: count,
        blocking: count,
      })
      .passthrough(),
  })
  .passthrough();
const reportSchema = z
  .object({
    kind: z.literal("leakgate-audit"),
    version: z.literal(AUDIT_REPORT_VERSION),
    tool: z.object({ name: z.literal("leakgate"), version: z.string() }),
    shard: z.object({
      index: z.number().int().min(1).max(MAX_SHARDS),
      count: z.number().int().min(1).max(MAX_SHARDS),
    }),
    failOn: z.enum(["error", "warning", "never"]),
    deep: z.boolean(),
    targets: z.array(z.string()),
    digests: z.object({ config: z.string(), baseline: z.string(), plan: z.string() }),
    plannedItems: count,
    errors: z.array(z.object({ target: z.string(), message: z.string() })),
    items: z.array(
      z
        .object({
          key: z.string(),
          order: count,
          target: z.string(),
          npm: z
            .object({
              name: z.string(),
              version: z.string(),
              integrity: z.string(),
              tarball: z.string(),
              provenance: z.boolean(),
              tags: z.array(z.string()),
              publishedAt: z.string().optional(),
              publisher: z.string().optional(),
            })
            .passthrough()
            .optional(),
          serverMadeRefs: count.optional(),
          report: itemReportSchema.optional(),
          error: z.string().optional(),
        })
        .passthrough(),
    ),
  })
  .passthrough();

function asAuditReport(value: unknown, file: string): AuditReport {
  const head = value as { kind?: unknown; version?: unknown } | null;
  if (!head || typeof head !== "object" || head.kind !== "leakgate-audit") {
    throw new UserError(
      "input",
      `${file} is not a leakgate audit report (write one with \`leakgate audit --format json\`)`,
    );
  }
  if (head.version !== AUDIT_REPORT_VERSION) {
    throw new UserError(
      "input",
      `${file} is an audit report of version ${String(head.version).slice(0, 20)}; this leakgate reads version ${AUDIT_REPORT_VERSION}`,
    );
  }
  const parsed = reportSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError(
      "input",
      `${file} is not a valid audit report: \`${issue.path.join(".") || "(root)"}\` ${issue.message}`,
    );
  }
  if (parsed.data.shard.index > parsed.data.shard.count) {
    throw new UserError(
      "input",
      `${file} says it is shard ${parsed.data.shard.index} of ${parsed.data.shard.count}`,
    );
  }
  // The written history is a view of the items: it is computed again after merging.
  const { summary: _view, ...items } = parsed.data as unknown as AuditReport & { summary?: unknown };
  return items;
}

/**
 * The report as written to JSON: the items, plus the history computed from them (verdict,
 * per-version rows, when each finding first and last shipped). `merge` reads the items only
 * and computes the history again, so a stale or edited history cannot leak into a merge.
 */
export function auditJson(report: AuditReport): AuditReport & { summary: AuditSummary } {
  return { ...report, summary: summariseAudit(report) };
}

/** Every finding of the audit, each item's in order. */
export function auditFindings(report: AuditReport): Finding[] {
  return report.items.flatMap((item) => item.report?.findings ?? []);
}

/**
 * The audit as one scan report over every audited item: what SARIF, annotations and the
 * finding details are drawn from, so they read exactly like a release's.
 */
export function asScanReport(audit: AuditReport): Report {
  const reports = audit.items.flatMap((item) => (item.report ? [item.report] : []));
  const findings = reports.flatMap((report) => report.findings);
  const sum = (pick: (report: Report) => number) =>
    reports.reduce((total, report) => total + pick(report), 0);
  const baselines = reports.flatMap((report) => (report.baseline ? [report.baseline] : []));
  return {
    version: 1,
    tool: { name: "leakgate", version: VERSION },
    verdict: reports.some((report) => report.verdict === "fail") ? "fail" : "pass",
    failOn: audit.failOn,
    artifacts: reports.flatMap((report) => report.artifacts),
    findings,
    summary: {
      artifacts: sum((r) => r.summary.artifacts),
      files: sum((r) => r.summary.files),
      bytes: sum((r) => r.summary.bytes),
      errors: sum((r) => r.summary.errors),
      warnings: sum((r) => r.summary.warnings),
      notes: sum((r) => r.summary.notes),
      blocking: sum((r) => r.summary.blocking),
    },
    ...(baselines.length > 0
      ? {
          baseline: {
            file: baselines[0]!.file,
            artifacts: baselines.flatMap((b) => b.artifacts),
            accepted: baselines.flatMap((b) => b.accepted),
          },
        }
      : {}),
  };
}
