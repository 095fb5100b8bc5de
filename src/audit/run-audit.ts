/**
 * `leakgate audit`: what is published now, against the baseline. Targets are planned into
 * work items (every version of a package, a remote, a bucket), this shard's share is
 * fetched and scanned with bounded concurrency through the same engine as a release, and
 * each item is judged against the baseline like a release would be.
 */
import { createHash } from "node:crypto";
import type { Baseline } from "../baseline/baseline-file.js";
import { isEmptyDiff } from "../baseline/diff.js";
import type { LeakgateConfig } from "../config/types.js";
import { isUserError } from "../core/errors.js";
import type { Finding } from "../core/model.js";
import { noun } from "../core/words.js";
import { fingerprint } from "../engine/fingerprint.js";
import { type ScanResult, scanSpecs } from "../pipeline/scan.js";
import { buildReport } from "../reporters/report.js";
import { canonicalDestination } from "../rules/destination-policy.js";
import type { ArtifactSpec } from "../sources/artifact-spec.js";
import { parseRemoteUrl } from "../sources/git/remote-url.js";
import type { PublishedSource } from "../sources/published.js";
import { type AuditReport, type ItemResult, newAuditReport } from "./audit-report.js";
import { readRemote } from "./git-remote.js";
import { loadNpmOptions, type NpmOptions } from "./npm-config.js";
import { planNpmTarget, withNpmTarball } from "./npm-versions.js";
import { isTransient, mapBounded, withRetry } from "./retry.js";
import { bucketEntries, createS3Client, folderPrefix } from "./s3-bucket.js";
import { itemsOfShard, type Shard } from "./shard.js";
import { type AuditTarget, parseTarget } from "./target.js";
import type { NpmVersion, WorkItem } from "./work-item.js";

export interface AuditRequest {
  targets: readonly string[];
  cwd: string;
  config: LeakgateConfig;
  baseline?: { file: string; content: Baseline; text: string };
  /** Fetch git tips and bucket objects, not only list them. */
  deep: boolean;
  shard: Shard;
  /** Items fetched and scanned at once (and, with --deep, objects requested ahead). */
  concurrency: number;
  env?: NodeJS.ProcessEnv;
  onSecret?: (value: string) => void;
  /** Called as each item finishes, for progress display. */
  onItem?: (item: ItemResult) => void;
  today?: string;
}

interface PlannedItem extends WorkItem {
  order: number;
  parsed: AuditTarget;
}

export async function runAudit(request: AuditRequest): Promise<AuditReport> {
  const env = request.env ?? process.env;
  const targets = [...new Set(request.targets.map((t) => t.trim()).filter(Boolean))];
  const parsed = targets.map(parseTarget);
  for (const target of parsed) {
    const credential = target.kind === "git" ? parseRemoteUrl(target.url).credential : undefined;
    if (credential) request.onSecret?.(credential);
  }
  let npmOptions: NpmOptions | undefined;
  const npm = async () => {
    npmOptions ??= await loadNpmOptions(request.cwd, env);
    return npmOptions;
  };
  const errors: AuditReport["errors"] = [];
  const planned: PlannedItem[] = [];
  for (const target of parsed) {
    try {
      for (const item of await planTarget(target, npm))
        planned.push({ ...item, order: planned.length, parsed: target });
    } catch (error) {
      if (!isUserError(error)) throw error;
      errors.push({ target: target.text, message: error.message });
    }
  }
  const mine = new Set(itemsOfShard(planned, request.shard).map((item) => item.key));
  const s3 = parsed.some((t) => t.kind === "s3") ? createS3Client(env) : undefined;
  const items = await mapBounded(
    planned.filter((item) => mine.has(item.key)),
    request.concurrency,
    async (item) => {
      const result = await auditItem(item, request, { npm, s3 });
      request.onItem?.(result);
      return result;
    },
  );
  s3?.destroy();
  return newAuditReport({
    shard: request.shard,
    failOn: request.config.failOn,
    deep: request.deep,
    targets: parsed.map((target) => target.text),
    digests: {
      config: digest(JSON.stringify(sortKeys(request.config))),
      baseline: request.baseline ? digest(request.baseline.text) : "none",
      plan: digest(planned.map((item) => `${item.key} ${item.npm?.integrity ?? ""}`).join("\n")),
    },
    plannedItems: planned.length,
    errors,
    items,
  });
}

async function planTarget(target: AuditTarget, npm: () => Promise<NpmOptions>): Promise<WorkItem[]> {
  if (target.kind === "npm") return planNpmTarget(target, await npm());
  if (target.kind === "git")
    return [{ key: `git:${parseRemoteUrl(target.url).shown}`, target: target.text, size: 0 }];
  return [{ key: `s3://${target.bucket}/${folderPrefix(target)}`, target: target.text, size: 0 }];
}

interface Clients {
  npm: () => Promise<NpmOptions>;
  s3: ReturnType<typeof createS3Client> | undefined;
}

/** One item, retried on transient failures; what still fails is the item's error, never a skip. */
async function auditItem(item: PlannedItem, request: AuditRequest, clients: Clients): Promise<ItemResult> {
  const base = {
    key: item.key,
    order: item.order,
    target: item.target,
    ...(item.npm ? { npm: item.npm } : {}),
  };
  let serverMadeRefs = 0;
  try {
    const result = await withRetry(() =>
      scanItem(item, request, clients, (skipped) => {
        serverMadeRefs = skipped;
      }),
    );
    if (item.npm) flagChangedRecord(result, item.npm, request);
    return {
      ...base,
      ...(serverMadeRefs ? { serverMadeRefs } : {}),
      report: buildReport(result, request.config.failOn),
    };
  } catch (error) {
    if (isUserError(error)) return { ...base, error: error.message };
    if (isTransient(error)) {
      const code = (error as { code?: string }).code ?? (error as { name?: string }).name ?? "error";
      return { ...base, error: `${item.key}: could not be fetched, still failing after retries (${code})` };
    }
    throw error;
  }
}

async function scanItem(
  item: PlannedItem,
  request: AuditRequest,
  clients: Clients,
  skippedRefs: (count: number) => void,
): Promise<ScanResult> {
  const scanOne = (source: PublishedSource, extra: Partial<ArtifactSpec> = {}) =>
    scanSpecs(
      [
        {
          source: item.key,
          absolutePath: request.cwd,
          npm: false,
          isDirectory: false,
          published: source,
          ...extra,
        },
      ],
      [],
      {
        cwd: request.cwd,
        config: request.config,
        ...(request.baseline
          ? { baseline: { file: request.baseline.file, content: request.baseline.content } }
          : {}),
        ...(request.onSecret ? { onSecret: request.onSecret } : {}),
        ...(request.today ? { today: request.today } : {}),
      },
    );
  const target = item.parsed;
  if (target.kind === "npm") {
    const npm = await clients.npm();
    return withNpmTarball(item as PlannedItem & { npm: NpmVersion }, npm, (stream) =>
      scanOne({ kind: "npm-tarball", stream }),
    );
  }
  if (target.kind === "git") {
    const remote = await readRemote(target.url, item.key, request.cwd, request.deep);
    skippedRefs(remote.skipped);
    try {
      return await scanOne(
        { kind: "git", plan: remote.plan, ...(remote.mirror ? { repository: remote.mirror.path } : {}) },
        { git: { target: target.url } },
      );
    } finally {
      await remote.mirror?.remove();
    }
  }
  const entries = bucketEntries(
    clients.s3!,
    target,
    request.deep,
    request.deep ? request.concurrency * 4 : 0,
  );
  const identity =
    recordedFor(`s3://${target.bucket}/${target.prefix}`, request.baseline?.content) ?? item.key;
  return scanOne({ kind: "bucket", entries, deep: request.deep }, { identity });
}

/**
 * The baseline artifact that was published to a destination: the release gate records a
 * directory synced to a bucket under its own name (`web=dist/ -> s3://bucket/www`), and its
 * `destinations` say where it went.
 */
function recordedFor(destination: string, baseline: Baseline | undefined): string | undefined {
  const wanted = canonicalDestination(destination);
  return baseline?.artifacts.find((artifact) =>
    (artifact.destinations ?? []).some((d) => canonicalDestination(d) === wanted),
  )?.identity;
}

/**
 * The version the baseline recorded, served with other files than recorded: someone
 * republished it elsewhere, or the registry serves something else. The diff shows what.
 */
function flagChangedRecord(result: ScanResult, npm: NpmVersion, request: AuditRequest): void {
  const scanned = result.artifacts[0];
  if (!scanned || !request.baseline) return;
  const recorded = request.baseline.content.artifacts.find((a) => a.identity === scanned.identity);
  const diff = result.baseline?.diffs.get(scanned.manifest.id);
  if (!recorded || recorded.version !== npm.version || !diff || isEmptyDiff(diff)) return;
  const changed = diff.added.length + diff.removed.length + diff.changed.length;
  const changes = [
    diff.added.length ? `${diff.added.length} added` : "",
    diff.removed.length ? `${diff.removed.length} removed` : "",
    diff.changed.length ? `${diff.changed.length} changed` : "",
  ].filter(Boolean);
  const finding: Finding = {
    ruleId: "published-differs",
    severity: "error",
    artifact: scanned.manifest.id,
    path: "",
    message: `${npm.name}@${npm.version} on the registry is not the ${npm.version} that ${request.baseline.file} recorded: ${changes.join(", ")} ${noun(changed, "file")}.`,
    fix: "Find out who published it and from where (see the publisher and provenance); deprecate it and publish a clean version. If the record is stale, refresh it with `leakgate baseline --write`.",
    details: {
      version: npm.version,
      added: diff.added.length,
      removed: diff.removed.length,
      changed: diff.changed.length,
    },
    fingerprint: fingerprint("published-differs", scanned.identity, "", npm.version),
  };
  result.findings.unshift(finding);
}

function digest(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** JSON with object keys sorted, so equal configs digest equally whatever their key order. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}
