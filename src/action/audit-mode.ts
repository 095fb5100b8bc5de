/**
 * The action's `mode: audit` (what is published now, against the baseline; a matrix job
 * gives `shard`) and `mode: merge` (the shards' JSON reports, combined). Both end the same
 * way: the audit in the log, the job summary, the JSON report and SARIF files, outputs,
 * and with `open-issue`, one drift issue per target.
 */
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import * as core from "@actions/core";
import fg from "fast-glob";
import { type AuditReport, asScanReport, auditJson, mergeAuditReports } from "../audit/audit-report.js";
import { summariseAudit } from "../audit/history.js";
import { parseConcurrency } from "../audit/retry.js";
import { runAudit } from "../audit/run-audit.js";
import { parseShard, WHOLE } from "../audit/shard.js";
import type { LeakgateConfig } from "../config/types.js";
import { UserError } from "../core/errors.js";
import { count } from "../core/words.js";
import { renderAuditMarkdown } from "../reporters/audit-markdown.js";
import { renderAuditText } from "../reporters/audit-text.js";
import { renderSarifJson } from "../reporters/sarif.js";
import { reportDrift } from "./drift-issues.js";
import { type ActionInputs, INPUT, readBaselineInput } from "./inputs.js";

export async function auditMode(inputs: ActionInputs, config: LeakgateConfig, cwd: string): Promise<void> {
  const shard = inputs.shard ? parseShard(inputs.shard) : WHOLE;
  const baseline = inputs.baseline
    ? { file: inputs.baseline, ...(await readBaselineInput(resolve(cwd, inputs.baseline))) }
    : undefined;
  const audit = await runAudit({
    targets: inputs.targets,
    cwd,
    config,
    deep: inputs.deep,
    shard,
    concurrency: inputs.concurrency ? parseConcurrency(inputs.concurrency) : 4,
    // Tokens in target URLs and every secret found are masked before anything is printed.
    onSecret: (value) => core.setSecret(value),
    ...(baseline ? { baseline } : {}),
  });
  await finish(audit, inputs, cwd);
}

export async function mergeMode(inputs: ActionInputs, cwd: string): Promise<void> {
  const files = (
    await Promise.all(
      inputs.reports.map((pattern) => (fg.isDynamicPattern(pattern) ? fg(pattern, { cwd }) : [pattern])),
    )
  )
    .flat()
    .sort();
  if (files.length === 0) throw new UserError("usage", `input "${INPUT.reports}": no report matches`);
  const reports = [];
  for (const file of files) {
    try {
      reports.push({ file, report: JSON.parse(await readFile(resolve(cwd, file), "utf8")) as unknown });
    } catch (error) {
      throw new UserError(
        "input",
        `input "${INPUT.reports}": ${file} is not a readable JSON report (${(error as Error).message})`,
      );
    }
  }
  await finish(mergeAuditReports(reports), inputs, cwd);
}

async function finish(audit: AuditReport, inputs: ActionInputs, cwd: string): Promise<void> {
  const summary = summariseAudit(audit);
  core.info(renderAuditText(audit));
  const files = [
    [INPUT.reportFile, inputs.reportFile, () => `${JSON.stringify(auditJson(audit), null, 2)}\n`],
    [INPUT.sarifFile, inputs.sarifFile, () => renderSarifJson(asScanReport(audit))],
  ] as const;
  for (const [input, file, render] of files) {
    if (!file) continue;
    try {
      await writeFile(resolve(cwd, file), render());
    } catch (error) {
      throw new UserError(
        "usage",
        `input "${input}": cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? error})`,
      );
    }
    core.setOutput(input, resolve(cwd, file));
  }
  const merged = audit.shard.count === 1;
  if (inputs.summary && process.env.GITHUB_STEP_SUMMARY)
    await core.summary.addRaw(renderAuditMarkdown(audit)).write();
  if (inputs.openIssue) {
    // A shard sees part of the work: only a whole or merged audit may open or close issues.
    if (!merged)
      throw new UserError(
        "usage",
        `input "${INPUT.openIssue}" needs the whole audit: use it in the merge job, not in a shard`,
      );
    const repository = process.env.GITHUB_REPOSITORY;
    if (!repository) throw new UserError("usage", `input "${INPUT.openIssue}": GITHUB_REPOSITORY is not set`);
    const server = process.env.GITHUB_SERVER_URL ?? "https://github.com";
    const runUrl = process.env.GITHUB_RUN_ID
      ? `${server}/${repository}/actions/runs/${process.env.GITHUB_RUN_ID}`
      : undefined;
    for (const outcome of await reportDrift(audit, {
      token: inputs.githubToken!,
      repository,
      ...(runUrl ? { runUrl } : {}),
    })) {
      if (outcome.action !== "none")
        core.info(`leakgate: drift issue #${outcome.number} ${outcome.action} for ${outcome.target}`);
    }
  }
  core.setOutput("verdict", summary.verdict === "pass" ? "pass" : "fail");
  core.setOutput("errors", summary.errors);
  if (summary.verdict === "error") {
    core.setFailed(
      `leakgate: ${count(summary.errors, "target or item", "targets or items")} could not be audited; see the log.`,
    );
    process.exitCode = 2;
  } else if (summary.verdict === "fail" && merged) {
    core.setFailed(
      `leakgate: ${count(summary.failed, "published item")} drifted from the baseline or leak. See the job summary.`,
    );
  } else if (summary.verdict === "fail") {
    // A shard's findings decide in the merge job; the shard itself succeeds so the merge runs.
    core.warning(`leakgate: ${count(summary.failed, "item")} of this shard fail; the merge job decides.`);
  }
}
