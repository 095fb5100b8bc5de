/**
 * The action's inputs, read and validated in one place. Every input error names the input.
 * Input names live in one constant so action.yml, the code and the tests agree.
 */
import * as core from "@actions/core";
import { type Baseline, readBaselineText } from "../baseline/baseline-file.js";
import type { FailOn } from "../config/types.js";
import { isUserError, UserError } from "../core/errors.js";

export const INPUT = {
  artifacts: "artifacts",
  config: "config",
  baseline: "baseline",
  mode: "mode",
  failOn: "fail-on",
  strict: "strict",
  reportFile: "report-file",
  sarifFile: "sarif-file",
  summary: "summary",
  annotations: "annotations",
  workingDirectory: "working-directory",
  allowFindings: "allow-findings",
  keepUnused: "keep-unused",
  failOnUncovered: "fail-on-uncovered",
  targets: "targets",
  deep: "deep",
  shard: "shard",
  concurrency: "concurrency",
  reports: "reports",
  openIssue: "open-issue",
  githubToken: "github-token",
} as const;

export interface ActionInputs {
  /** Artifact specs, one per line (same syntax as the CLI); empty means "what npm publish ships". */
  artifacts: string[];
  /** Config file; undefined means `.leakgate.yml` in the working directory if present. */
  config?: string;
  /** Baseline file to diff against (or to write in `baseline` mode). */
  baseline?: string;
  /** `scan` checks a release; `baseline` writes or refreshes the baseline file. */
  mode: "scan" | "baseline" | "inventory" | "audit" | "merge";
  /** Overrides the config's failOn when set. */
  failOn?: FailOn;
  /** Unexpected new files block. Undefined keeps the config's setting. */
  strict?: boolean;
  /** Where to write the JSON report (relative to the working directory). */
  reportFile?: string;
  /** Where to write the SARIF log. */
  sarifFile?: string;
  /** Write the job summary. */
  summary: boolean;
  /** Emit annotations for blocking findings. */
  annotations: boolean;
  /** Directory the artifact paths are relative to. */
  workingDirectory: string;
  /** `mode: baseline`: record a release even when it has blocking findings. */
  allowFindings: boolean;
  /** `mode: baseline`: keep acceptances that matched nothing. */
  keepUnused: boolean;
  /** `mode: inventory`: fail when an egress step is not checked by a leakgate step first. */
  failOnUncovered: boolean;
  /** `mode: audit`: what to audit, one target per line (npm:, git:, s3://). */
  targets: string[];
  deep: boolean;
  /** `mode: audit`: this job's share of the work (`i/n`), for a matrix. */
  shard?: string;
  concurrency?: string;
  /** `mode: merge`: the JSON reports of the shards (paths or globs, one per line). */
  reports: string[];
  /** Open, update and close one issue per audit target (needs github-token with issues: write). */
  openIssue: boolean;
  githubToken?: string;
}

function optional(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === "" ? undefined : value;
}

function oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
  const value = optional(name);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UserError("usage", `input "${name}" must be one of ${allowed.join(", ")} (got "${value}")`);
  }
  return value as T;
}

function boolean(name: string, fallback: boolean | undefined): boolean | undefined {
  if (optional(name) === undefined) return fallback;
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new UserError("usage", `input "${name}" must be true or false (got "${core.getInput(name)}")`);
  }
}

export function readInputs(): ActionInputs {
  const config = optional(INPUT.config);
  const baseline = optional(INPUT.baseline);
  const failOn = oneOf<FailOn>(INPUT.failOn, ["error", "warning", "never"]);
  const strict = boolean(INPUT.strict, undefined);
  const reportFile = optional(INPUT.reportFile);
  const sarifFile = optional(INPUT.sarifFile);
  const mode = oneOf(INPUT.mode, ["scan", "baseline", "inventory", "audit", "merge"] as const) ?? "scan";
  const lines = (name: string) =>
    core
      .getMultilineInput(name)
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("#"));
  const targets = lines(INPUT.targets);
  if (mode === "audit" && targets.length === 0) {
    throw new UserError(
      "usage",
      `input "${INPUT.targets}" is required when mode is "audit" (npm:, git: or s3:// targets, one per line)`,
    );
  }
  const reports = lines(INPUT.reports);
  if (mode === "merge" && reports.length === 0) {
    throw new UserError(
      "usage",
      `input "${INPUT.reports}" is required when mode is "merge" (the shards' JSON reports)`,
    );
  }
  const openIssue = boolean(INPUT.openIssue, false) ?? false;
  const githubToken = optional(INPUT.githubToken);
  if (openIssue && !githubToken) {
    throw new UserError(
      "usage",
      `input "${INPUT.openIssue}" needs "${INPUT.githubToken}" (a token with issues: write)`,
    );
  }
  const shard = optional(INPUT.shard);
  const concurrency = optional(INPUT.concurrency);
  if (mode === "baseline" && !baseline) {
    throw new UserError(
      "usage",
      `input "${INPUT.baseline}" is required when mode is "baseline" (the file to write)`,
    );
  }
  return {
    artifacts: core
      .getMultilineInput(INPUT.artifacts)
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("#")),
    ...(config ? { config } : {}),
    ...(baseline ? { baseline } : {}),
    mode,
    ...(failOn ? { failOn } : {}),
    ...(strict !== undefined ? { strict } : {}),
    ...(reportFile ? { reportFile } : {}),
    ...(sarifFile ? { sarifFile } : {}),
    summary: boolean(INPUT.summary, true) ?? true,
    annotations: boolean(INPUT.annotations, true) ?? true,
    allowFindings: boolean(INPUT.allowFindings, false) ?? false,
    keepUnused: boolean(INPUT.keepUnused, false) ?? false,
    failOnUncovered: boolean(INPUT.failOnUncovered, false) ?? false,
    targets,
    deep: boolean(INPUT.deep, false) ?? false,
    ...(shard ? { shard } : {}),
    ...(concurrency ? { concurrency } : {}),
    reports,
    openIssue,
    ...(githubToken ? { githubToken } : {}),
    workingDirectory: optional(INPUT.workingDirectory) ?? process.env.GITHUB_WORKSPACE ?? process.cwd(),
  };
}

/** The baseline input, read; its problems name the input they came from. */
export async function readBaselineInput(path: string): Promise<{ content: Baseline; text: string }> {
  try {
    return await readBaselineText(path);
  } catch (error) {
    if (isUserError(error)) throw new UserError("usage", `input "${INPUT.baseline}": ${error.message}`);
    throw error;
  }
}
