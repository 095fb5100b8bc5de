/**
 * The CLI adapter: parses arguments, loads the config, runs the shared pipeline and prints
 * a report. It holds no logic of its own beyond turning flags into options.
 * Exit codes: 0 pass, 1 blocking findings, 2 usage, config or input error.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { acceptFindings } from "../baseline/acceptance.js";
import { type Baseline, emptyBaseline, readBaseline, serialiseBaseline } from "../baseline/baseline-file.js";
import { checkBaseline, recordBaseline } from "../baseline/record.js";
import { loadConfig } from "../config/load.js";
import { parseSize } from "../config/sizes.js";
import type { FailOn, LeakgateConfig } from "../config/types.js";
import { isUserError, UserError } from "../errors.js";
import type { Finding } from "../model.js";
import { buildReport, type Report } from "../report/report.js";
import { renderJson } from "../reporters/json.js";
import { renderMarkdown } from "../reporters/markdown.js";
import { renderSarifJson } from "../reporters/sarif.js";
import { renderText } from "../reporters/text.js";
import { scan } from "../scan.js";
import { VERSION } from "../version.js";
import { createProgress } from "./progress.js";
import { USAGE } from "./usage.js";

export interface CliIO {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** Every report format is a view of the same Report. */
const RENDERERS = {
  text: (report: Report, o: { color: boolean }) => renderText(report, { color: o.color }),
  json: (report: Report) => renderJson(report),
  markdown: (report: Report, o: { specs: string[] }) =>
    renderMarkdown(report, o.specs.length ? { specs: o.specs } : {}),
  sarif: (report: Report) => renderSarifJson(report),
} as const;

const OPTIONS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  "fail-on": { type: "string" },
  "max-total-bytes": { type: "string" },
  "max-entries": { type: "string" },
  "max-depth": { type: "string" },
  "max-ratio": { type: "string" },
  baseline: { type: "string", short: "b" },
  strict: { type: "boolean" },
  write: { type: "string", short: "w" },
  check: { type: "boolean" },
  reason: { type: "string" },
  expires: { type: "string" },
  report: { type: "string" },
  progress: { type: "boolean" },
  "no-progress": { type: "boolean" },
  cwd: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

type Values = ReturnType<typeof parse>["values"];

function parse(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UserError(
      "usage",
      `${(error as Error).message.replace(/\. To specify.*$/s, "")}\nRun \`leakgate --help\` for usage.`,
    );
  }
}

/** Runs the CLI and returns the exit code. Never throws for user mistakes. */
export async function main(args: string[], io: CliIO): Promise<number> {
  try {
    return await run(args, io);
  } catch (error) {
    if (isUserError(error)) {
      io.stderr.write(`leakgate: ${error.message}\n`);
      return 2;
    }
    // A bug, not a user mistake: show everything, and still fail closed.
    io.stderr.write(
      `leakgate: internal error, please report it\n${(error as Error)?.stack ?? String(error)}\n`,
    );
    return 2;
  }
}

async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const [command, ...artifacts] = positionals;
  if (values.help || command === undefined || command === "help") {
    io.stdout.write(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  const cwd = values.cwd ? resolve(io.cwd, values.cwd) : io.cwd;
  const config = applyFlags(
    await loadConfig({ cwd, ...(values.config ? { file: values.config } : {}) }),
    values,
  );
  switch (command) {
    case "scan":
      return scanCommand(artifacts, values, config, cwd, io);
    case "manifest":
      return manifestCommand(artifacts, values, config, cwd, io);
    case "baseline":
      return baselineCommand(artifacts, values, config, cwd, io);
    case "accept":
      return acceptCommand(artifacts, values, cwd, io);
    default:
      throw new UserError("usage", `unknown command "${command}"\nRun \`leakgate --help\` for usage.`);
  }
}

function applyFlags(config: LeakgateConfig, values: Values): LeakgateConfig {
  const limits = { ...config.limits };
  if (values["max-total-bytes"])
    limits.maxTotalBytes = parseSizeFlag("--max-total-bytes", values["max-total-bytes"]);
  if (values["max-entries"]) limits.maxEntries = parseCount("--max-entries", values["max-entries"]);
  if (values["max-depth"]) limits.maxDepth = parseCount("--max-depth", values["max-depth"]);
  if (values["max-ratio"]) limits.maxCompressionRatio = parseCount("--max-ratio", values["max-ratio"]);
  let failOn = config.failOn;
  if (values["fail-on"]) {
    if (!["error", "warning", "never"].includes(values["fail-on"])) {
      throw new UserError("usage", `--fail-on must be error, warning or never (got "${values["fail-on"]}")`);
    }
    failOn = values["fail-on"] as FailOn;
  }
  return { ...config, limits, failOn, ...(values.strict ? { strict: true } : {}) };
}

function parseSizeFlag(flag: string, text: string): number {
  try {
    return parseSize(text);
  } catch {
    throw new UserError("usage", `${flag} takes a size such as 500MiB or 2GB (got "${text}")`);
  }
}

function parseCount(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0)
    throw new UserError("usage", `${flag} takes a whole number (got "${text}")`);
  return value;
}

async function defaultArtifacts(artifacts: string[], cwd: string): Promise<string[]> {
  if (artifacts.length > 0) return artifacts;
  const { access } = await import("node:fs/promises");
  try {
    await access(resolve(cwd, "package.json"));
    return ["npm:."];
  } catch {
    throw new UserError(
      "usage",
      "nothing to scan: pass the artifacts that would leave (a .tgz, .zip, directory…), or run in a package directory to check what `npm publish` would ship.\nRun `leakgate --help` for usage.",
    );
  }
}

function showProgress(values: Values, io: CliIO): boolean {
  if (values["no-progress"]) return false;
  if (values.progress) return true;
  return Boolean(io.stderr.isTTY) && !io.env.CI;
}

async function emit(text: string, values: Values, cwd: string, io: CliIO): Promise<void> {
  if (values.output) await writeFile(resolve(cwd, values.output), text);
  else io.stdout.write(text);
}

async function scanCommand(
  artifacts: string[],
  values: Values,
  config: LeakgateConfig,
  cwd: string,
  io: CliIO,
) {
  const format = values.format ?? "text";
  if (!(format in RENDERERS)) {
    throw new UserError("usage", `--format must be text, json, markdown or sarif (got "${format}")`);
  }
  const progress = createProgress(io.stderr, showProgress(values, io));
  const baselineFile = values.baseline ? resolve(cwd, values.baseline) : undefined;
  const result = await scan({
    specs: await defaultArtifacts(artifacts, cwd),
    cwd,
    config,
    progress: (bytes, entries) => progress.add(bytes, entries),
    ...(baselineFile
      ? { baseline: { file: values.baseline!, content: await readBaseline(baselineFile) } }
      : {}),
  });
  progress.done();
  const report = buildReport(result, config.failOn);
  const color = !values.output && Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
  await emit(
    RENDERERS[format as keyof typeof RENDERERS](report, { color, specs: artifacts }),
    values,
    cwd,
    io,
  );
  return report.verdict === "fail" ? 1 : 0;
}

async function manifestCommand(
  artifacts: string[],
  values: Values,
  config: LeakgateConfig,
  cwd: string,
  io: CliIO,
) {
  const progress = createProgress(io.stderr, showProgress(values, io));
  // The manifest is the engine's own output: no rules run, so it is as fast as reading allows.
  const result = await scan({
    specs: await defaultArtifacts(artifacts, cwd),
    cwd,
    config,
    rules: [],
    progress: (bytes, entries) => progress.add(bytes, entries),
  });
  progress.done();
  const manifests = result.artifacts.map(({ manifest, identity }) => ({ identity, ...manifest }));
  const findings = result.findings.filter((finding) => finding.severity === "error");
  await emit(
    `${JSON.stringify(manifests.length === 1 ? manifests[0] : manifests, null, 2)}\n`,
    values,
    cwd,
    io,
  );
  for (const finding of findings) {
    io.stderr.write(`leakgate: ${finding.ruleId} ${finding.artifact}!${finding.path}: ${finding.message}\n`);
  }
  return findings.length > 0 ? 1 : 0;
}

const DEFAULT_BASELINE = "leakgate.baseline.json";

/** `leakgate baseline`: record the known-good state (`--write FILE`), or `--check` that it is current. */
async function baselineCommand(
  artifacts: string[],
  values: Values,
  config: LeakgateConfig,
  cwd: string,
  io: CliIO,
) {
  if (values.check && values.write)
    throw new UserError("usage", "use either --write FILE or --check, not both");
  const file = values.write ?? values.baseline ?? DEFAULT_BASELINE;
  const path = resolve(cwd, file);
  const existing = await readBaselineIfPresent(path, Boolean(values.check));
  // Recording needs the manifest only: no rules run.
  const result = await scan({ specs: await defaultArtifacts(artifacts, cwd), cwd, config, rules: [] });
  if (values.check) {
    const check = checkBaseline(existing ?? emptyBaseline(), result.artifacts);
    if (check.upToDate) {
      io.stdout.write(`leakgate: ${file} is up to date with ${result.artifacts.length} artifact(s)\n`);
      return 0;
    }
    io.stdout.write(`leakgate: ${file} is out of date:\n${check.reasons.map((r) => `  ${r}`).join("\n")}\n`);
    io.stdout.write(`Refresh it with: leakgate baseline --write ${file} ${artifacts.join(" ")}\n`);
    return 1;
  }
  const baseline = recordBaseline(result.artifacts, existing);
  const text = serialiseBaseline(baseline);
  if (!values.write && !values.baseline) {
    io.stdout.write(text);
    return 0;
  }
  await writeFile(path, text);
  const files = result.artifacts.reduce(
    (sum, a) => sum + a.manifest.entries.filter((e) => e.type !== "directory").length,
    0,
  );
  io.stdout.write(`leakgate: recorded ${result.artifacts.length} artifact(s), ${files} files in ${file}\n`);
  return 0;
}

async function readBaselineIfPresent(path: string, required: boolean): Promise<Baseline | undefined> {
  try {
    return await readBaseline(path);
  } catch (error) {
    if (!required && isUserError(error) && error.message.endsWith("baseline file not found"))
      return undefined;
    throw error;
  }
}

/** `leakgate accept --reason "…" <fingerprint…>`: record a reviewed decision in the baseline. */
async function acceptCommand(fingerprints: string[], values: Values, cwd: string, io: CliIO) {
  if (fingerprints.length === 0)
    throw new UserError("usage", "name the fingerprints to accept (they are in the report)");
  if (!values.reason) throw new UserError("usage", '--reason "…" is required: say why this finding may ship');
  const file = values.baseline ?? DEFAULT_BASELINE;
  const path = resolve(cwd, file);
  const baseline = (await readBaselineIfPresent(path, false)) ?? emptyBaseline();
  const known = values.report ? await readReportFindings(resolve(cwd, values.report)) : undefined;
  const updated = acceptFindings(baseline, {
    fingerprints,
    reason: values.reason,
    ...(values.expires ? { expires: values.expires } : {}),
    ...(known ? { known } : {}),
  });
  await writeFile(path, serialiseBaseline(updated));
  io.stdout.write(`leakgate: accepted ${fingerprints.length} finding(s) in ${file}\n`);
  return 0;
}

async function readReportFindings(path: string): Promise<Finding[]> {
  const { readFile } = await import("node:fs/promises");
  try {
    const report = JSON.parse(await readFile(path, "utf8")) as { findings?: Finding[] };
    if (!Array.isArray(report.findings)) throw new Error("no findings array");
    return report.findings;
  } catch (error) {
    throw new UserError(
      "usage",
      `--report ${path}: not a leakgate JSON report (${(error as Error).message})`,
    );
  }
}
