/**
 * `leakgate audit` (what is published now, against the baseline) and `leakgate merge` (the
 * JSON reports of audit shards, combined into one). Exit codes: 0 pass, 1 findings that
 * block, 2 a target or item that could not be audited (it is reported, never skipped).
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { type AuditReport, asScanReport, auditJson, mergeAuditReports } from "../../audit/audit-report.js";
import { summariseAudit } from "../../audit/history.js";
import { parseConcurrency } from "../../audit/retry.js";
import { runAudit } from "../../audit/run-audit.js";
import { parseShard, WHOLE } from "../../audit/shard.js";
import { readBaselineText } from "../../baseline/baseline-file.js";
import type { LeakgateConfig } from "../../config/types.js";
import { UserError } from "../../core/errors.js";
import { renderAuditMarkdown } from "../../reporters/audit-markdown.js";
import { renderAuditText } from "../../reporters/audit-text.js";
import { prettyJson } from "../../reporters/json.js";
import { renderSarifJson } from "../../reporters/sarif.js";
import { type CliIO, emitChunks, showProgress, type Values, wantsColor } from "../context.js";

const FORMATS = ["text", "json", "markdown", "sarif"] as const;
type Format = (typeof FORMATS)[number];

export async function auditCommand(
  targets: string[],
  values: Values,
  config: LeakgateConfig,
  cwd: string,
  io: CliIO,
) {
  const format = formatOf(values);
  if (targets.length === 0) {
    throw new UserError(
      "usage",
      "nothing to audit: name the targets, such as npm:my-package@*, git:https://github.com/acme/mirror or s3://bucket/site\nRun `leakgate --help` for usage.",
    );
  }
  const shard = values.shard ? parseShard(values.shard) : WHOLE;
  const concurrency = values.concurrency ? parseConcurrency(values.concurrency) : 4;
  const baseline = values.baseline
    ? { file: values.baseline, ...(await readBaselineText(resolve(cwd, values.baseline))) }
    : undefined;
  const progress = showProgress(values, io);
  const report = await runAudit({
    targets,
    cwd,
    config,
    deep: Boolean(values.deep),
    shard,
    concurrency,
    env: io.env,
    ...(baseline ? { baseline } : {}),
    ...(progress ? { onItem: (item) => io.stderr.write(`leakgate: audited ${item.key}\n`) } : {}),
  });
  return emitAudit(report, format, values, cwd, io);
}

export async function mergeCommand(files: string[], values: Values, cwd: string, io: CliIO) {
  const format = formatOf(values);
  if (files.length === 0) throw new UserError("usage", "merge needs the JSON reports of the audit's shards");
  const reports = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(resolve(cwd, file), "utf8");
    } catch (error) {
      throw new UserError("input", `${file}: cannot be read (${(error as NodeJS.ErrnoException).code})`);
    }
    try {
      reports.push({ file, report: JSON.parse(text) as unknown });
    } catch {
      throw new UserError("input", `${file} is not JSON (is it an audit report written with --format json?)`);
    }
  }
  return emitAudit(mergeAuditReports(reports), format, values, cwd, io);
}

async function emitAudit(report: AuditReport, format: Format, values: Values, cwd: string, io: CliIO) {
  const color = wantsColor(values, io);
  const pieces =
    format === "json"
      ? [...prettyJson(auditJson(report), ""), "\n"]
      : format === "markdown"
        ? [renderAuditMarkdown(report)]
        : format === "sarif"
          ? [renderSarifJson(asScanReport(report))]
          : [renderAuditText(report, { color })];
  await emitChunks(pieces, values, cwd, io);
  const verdict = summariseAudit(report).verdict;
  return verdict === "error" ? 2 : verdict === "fail" ? 1 : 0;
}

function formatOf(values: Values): Format {
  const format = values.format ?? "text";
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UserError("usage", `--format must be text, json, markdown or sarif (got "${format}")`);
  return format as Format;
}
