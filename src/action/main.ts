/**
 * The GitHub Action adapter: inputs → the same pipeline as the CLI → reporters → outputs.
 * With inputs.ts, the only module that imports @actions/core. `run()` never throws: every
 * failure ends in `core.setFailed` with a message for people, and a non-zero exit code.
 */

import { readFile, writeFile } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import * as core from "@actions/core";
import {
  type Baseline,
  BaselineNotFound,
  readBaseline,
  serialiseBaseline,
} from "../baseline/baseline-file.js";
import { loadConfig } from "../config/load.js";
import type { LeakgateConfig } from "../config/types.js";
import { isUserError, UserError } from "../core/errors.js";
import { printable, printableLines } from "../core/printable.js";
import { count } from "../core/words.js";
import { inventory } from "../inventory/inventory.js";
import { recordRelease } from "../pipeline/record-release.js";
import { organisationOf, scan } from "../pipeline/scan.js";
import { renderAnnotations } from "../reporters/annotations.js";
import { renderInventoryMarkdown, renderInventoryText } from "../reporters/inventory.js";
import { renderJson } from "../reporters/json.js";
import { renderMarkdown } from "../reporters/markdown.js";
import { buildReport, type Report } from "../reporters/report.js";
import { renderSarifJson } from "../reporters/sarif.js";
import { renderText } from "../reporters/text.js";
import { detectRepository } from "../sources/git/repository.js";
import { localPackageSources } from "../sources/npm-package-reader.js";
import { type ActionInputs, INPUT, readBaselineInput, readInputs } from "./inputs.js";

/** Fails the step with `message` (printable), for failures outside run() (src/index.ts). */
export function reportFailure(message: string): void {
  core.setFailed(printableLines(message));
}

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const cwd = resolve(inputs.workingDirectory);
    const loaded = await loadConfig({ cwd, ...(inputs.config ? { file: inputs.config } : {}) });
    const config: LeakgateConfig = {
      ...loaded,
      ...(inputs.failOn ? { failOn: inputs.failOn } : {}),
      ...(inputs.strict !== undefined ? { strict: inputs.strict } : {}),
    };
    const specs = inputs.artifacts.length > 0 ? inputs.artifacts : ["npm:."];
    // The audit's registry and S3 clients load only when it runs (see docs/adr/009-performance.md).
    if (inputs.mode === "audit") await (await import("./audit-mode.js")).auditMode(inputs, config, cwd);
    else if (inputs.mode === "merge") await (await import("./audit-mode.js")).mergeMode(inputs, cwd);
    else if (inputs.mode === "inventory") await inventoryMode(inputs, config, cwd);
    else if (inputs.mode === "baseline") await writeBaselineMode(inputs, config, specs, cwd);
    else await scanMode(inputs, config, specs, cwd);
  } catch (error) {
    if (isUserError(error)) {
      core.setFailed(`leakgate: ${printableLines(error.message)}`);
      process.exitCode = 2;
    } else {
      core.setFailed(
        `leakgate: internal error, please report it: ${printableLines(error instanceof Error ? (error.stack ?? error.message) : String(error))}`,
      );
      process.exitCode = 2;
    }
  }
}

async function scanMode(
  inputs: ActionInputs,
  config: LeakgateConfig,
  specs: string[],
  cwd: string,
): Promise<void> {
  const baseline = inputs.baseline
    ? { file: inputs.baseline, content: (await readBaselineInput(resolve(cwd, inputs.baseline))).content }
    : undefined;
  const result = await scan({
    specs,
    cwd,
    config,
    // Mask every secret value before anything is printed, so no log line can show it.
    onSecret: (value) => core.setSecret(value),
    ...(baseline ? { baseline } : {}),
  });
  const report = buildReport(result, config.failOn);
  core.info(renderText(report));
  await writeReports(report, inputs, cwd);
  if (inputs.annotations)
    annotate(report, cwd, baseline ? await readFile(resolve(cwd, baseline.file), "utf8") : undefined);
  if (inputs.summary) await writeSummary(renderMarkdown(report, { specs }));
  core.setOutput("verdict", report.verdict);
  core.setOutput("errors", report.summary.errors);
  core.setOutput("warnings", report.summary.warnings);
  if (report.verdict === "fail") {
    core.setFailed(
      `leakgate: ${count(report.summary.blocking, "blocking finding")}; this release must not be published as it is. See the job summary.`,
    );
  }
}

async function writeReports(report: Report, inputs: ActionInputs, cwd: string): Promise<void> {
  const place = { pathPrefix: pathPrefixOf(cwd), packageSources: await localPackageSources(cwd) };
  const files = [
    [INPUT.reportFile, inputs.reportFile, () => renderJson(report)],
    [INPUT.sarifFile, inputs.sarifFile, () => renderSarifJson(report, place)],
  ] as const;
  for (const [input, file, render] of files) {
    if (!file) continue;
    const path = resolve(cwd, file);
    try {
      await writeFile(path, render());
    } catch (error) {
      throw new UserError(
        "usage",
        `input "${input}": cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? error})`,
      );
    }
    core.setOutput(input, path);
  }
}

/**
 * The working directory as a path from the repository root: SARIF URIs and annotation
 * files are read against the root, artifact paths are relative to the working directory.
 */
function pathPrefixOf(cwd: string): string {
  const root = process.env.GITHUB_WORKSPACE;
  if (!root) return "";
  const prefix = relative(resolve(root), cwd);
  return prefix.startsWith("..") || isAbsolute(prefix) ? "" : prefix.split(sep).join("/");
}

function annotate(report: Report, cwd: string, baselineText: string | undefined): void {
  const options = { pathPrefix: pathPrefixOf(cwd), ...(baselineText !== undefined ? { baselineText } : {}) };
  for (const annotation of renderAnnotations(report, options)) {
    const properties = {
      title: annotation.title,
      ...(annotation.file ? { file: annotation.file } : {}),
      ...(annotation.startLine ? { startLine: annotation.startLine } : {}),
    };
    if (annotation.level === "error") core.error(annotation.message, properties);
    else if (annotation.level === "warning") core.warning(annotation.message, properties);
    else core.notice(annotation.message, properties);
  }
}

/**
 * `mode: baseline`: record the known-good state in the baseline file. A release with blocking
 * findings is not recorded (the summary lists them) unless `allow-findings` says to.
 */
async function writeBaselineMode(
  inputs: ActionInputs,
  config: LeakgateConfig,
  specs: string[],
  cwd: string,
): Promise<void> {
  const path = resolve(cwd, inputs.baseline!);
  let existing: Baseline | undefined;
  try {
    existing = await readBaseline(path);
  } catch (error) {
    if (!(error instanceof BaselineNotFound)) throw error;
  }
  const recording = await recordRelease({
    specs,
    cwd,
    config,
    onSecret: (value) => core.setSecret(value),
    ...(existing ? { existing } : {}),
    keepUnused: inputs.keepUnused,
  });
  const { report, blocking } = recording;
  core.info(renderText(report));
  if (blocking.length > 0 && !inputs.allowFindings) {
    if (inputs.summary) {
      await writeSummary(
        `${renderMarkdown(report, { specs })}\n> [!CAUTION]\n> The baseline was **not** recorded: a baseline describes a release known to be good. Fix the findings above, accept the reviewed ones, or set \`allow-findings: true\` to record it as it is.\n`,
      );
    }
    core.setFailed(
      `leakgate: ${inputs.baseline} was not written: this release has ${count(blocking.length, "blocking finding")}. Fix them, accept them, or set allow-findings: true.`,
    );
    process.exitCode = 1;
    return;
  }
  await writeFile(path, serialiseBaseline(recording.baseline));
  const files = recording.result.artifacts.reduce(
    (sum, a) => sum + a.manifest.entries.filter((e) => e.type !== "directory").length,
    0,
  );
  core.info(
    `leakgate: recorded ${count(recording.result.artifacts.length, "artifact")}, ${count(files, "file")} in ${inputs.baseline}`,
  );
  for (const a of recording.dropped) {
    core.info(
      `leakgate: dropped an acceptance that matched nothing: ${a.fingerprint ?? a.rule} (reason: "${printable(a.reason)}")`,
    );
  }
  core.setOutput("baseline-file", path);
  if (inputs.summary) {
    const findings =
      blocking.length > 0
        ? `\n> [!WARNING]\n> Recorded with ${count(blocking.length, "blocking finding")} (\`allow-findings: true\`); they still block every scan.\n\n${renderMarkdown(report, { specs })}`
        : "";
    await writeSummary(
      `## leakgate: baseline recorded\n\n${count(recording.result.artifacts.length, "artifact")}, ${count(files, "file")} written to <code>${inputs.baseline}</code>. Commit it with the change it describes.\n${findings}`,
    );
  }
}

/** `mode: inventory`: every egress step of the workflows, in the log and the job summary. */
async function inventoryMode(inputs: ActionInputs, config: LeakgateConfig, cwd: string): Promise<void> {
  const result = await inventory(cwd, organisationOf(config, await detectRepository(cwd)));
  core.info(renderInventoryText(result));
  if (inputs.summary) await writeSummary(renderInventoryMarkdown(result));
  const uncovered = result.egress.filter((e) => !e.covered).length;
  core.setOutput("egress", result.egress.length);
  core.setOutput("uncovered", uncovered);
  if (result.errors.length > 0) {
    core.setFailed(`leakgate: ${result.errors.map((e) => `${e.file}:${e.line}: not valid YAML`).join("; ")}`);
    process.exitCode = 2;
  } else if (inputs.failOnUncovered && uncovered > 0) {
    core.setFailed(
      `leakgate: ${count(uncovered, "egress step")} are not checked by a leakgate step before them.`,
    );
  }
}

/**
 * The job summary, when the runner offers one (GitHub Enterprise Server before 3.6 does not
 * set GITHUB_STEP_SUMMARY): a missing summary file is worth a line in the log, not a failure.
 */
async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(
      "leakgate: no job summary on this runner (GITHUB_STEP_SUMMARY is not set); the report is above.",
    );
    return;
  }
  await core.summary.addRaw(markdown).write();
}
