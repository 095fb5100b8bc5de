/** `leakgate baseline` and `leakgate accept`: recording and amending the known-good state. */

import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { acceptFindings, type KnownFinding } from "../../baseline/acceptance.js";
import {
  type Baseline,
  BaselineNotFound,
  emptyBaseline,
  readBaseline,
  serialiseBaseline,
} from "../../baseline/baseline-file.js";
import { checkBaseline } from "../../baseline/record.js";
import type { LeakgateConfig } from "../../config/types.js";
import { UserError } from "../../core/errors.js";
import type { Finding } from "../../core/model.js";
import { printable } from "../../core/printable.js";
import { shellWord } from "../../core/shell.js";
import { count } from "../../core/words.js";
import { recordRelease } from "../../pipeline/record-release.js";
import { scan } from "../../pipeline/scan.js";
import { renderText } from "../../reporters/text.js";
import { redactUrlCredentials } from "../../rules/secret/redact.js";
import { isBlocking } from "../../verdict/verdict.js";
import { type CliIO, defaultArtifacts, type Values, writeOutput } from "../context.js";

const DEFAULT_BASELINE = "leakgate.baseline.json";

/** `leakgate baseline`: record the known-good state (`--write FILE`), or `--check` that it is current. */
export async function baselineCommand(
  artifacts: string[],
  values: Values,
  config: LeakgateConfig,
  cwd: string,
  io: CliIO,
  /** Start over: what FILE holds now is not merged (`init --force`). */
  fresh = false,
) {
  if (values.check && values.write)
    throw new UserError("usage", "use either --write FILE or --check, not both");
  const file = values.write ?? values.baseline ?? DEFAULT_BASELINE;
  const path = resolve(cwd, file);
  const existing = fresh ? undefined : await readBaselineIfPresent(path, Boolean(values.check));
  const specs = await defaultArtifacts(artifacts, cwd);
  if (values.check) {
    // Checking needs the manifest only: no rules run.
    const result = await scan({ specs, cwd, config, rules: [] });
    const check = checkBaseline(existing ?? emptyBaseline(), result.artifacts);
    if (check.upToDate) {
      io.stdout.write(`leakgate: ${file} is up to date with ${count(result.artifacts.length, "artifact")}\n`);
      return 0;
    }
    io.stdout.write(`leakgate: ${file} is out of date:\n${check.reasons.map((r) => `  ${r}`).join("\n")}\n`);
    io.stdout.write(
      `Refresh it with: leakgate baseline --write ${shellWord(file)} ${specs.map((spec) => shellWord(printable(redactUrlCredentials(spec)))).join(" ")}\n`,
    );
    return 1;
  }
  const recording = await recordRelease({
    specs,
    cwd,
    config,
    ...(existing ? { existing } : {}),
    keepUnused: Boolean(values["keep-unused"]),
  });
  const { blocking } = recording;
  if (blocking.length > 0 && !values["allow-findings"]) {
    // Every finding with its id: the way out is `leakgate accept <id>` (and baseline has no --verbose).
    io.stdout.write(renderText(recording.report, { verbose: true }));
    io.stdout.write(
      `\nleakgate: ${file} was not written: a baseline records a release known to be good, and this one has ${count(blocking.length, "blocking finding")}.\nFix them, accept the reviewed ones (leakgate accept), or record it as it is with --allow-findings.\n`,
    );
    return 1;
  }
  const text = serialiseBaseline(recording.baseline);
  if (!values.write && !values.baseline) {
    io.stdout.write(text);
    return 0;
  }
  await writeOutput(file, () => writeFile(path, text));
  const { artifacts: scanned } = recording.result;
  const files = scanned.reduce(
    (sum, a) => sum + a.manifest.entries.filter((e) => e.type !== "directory").length,
    0,
  );
  io.stdout.write(
    `leakgate: recorded ${count(scanned.length, "artifact")}, ${count(files, "file")} in ${file}\n`,
  );
  if (blocking.length > 0) {
    io.stdout.write(
      `leakgate: recorded with ${count(blocking.length, "blocking finding")} (--allow-findings); they still block every scan:\n`,
    );
    for (const f of recording.report.findings.filter((f) => isBlocking(f, recording.report.failOn))) {
      io.stdout.write(`  ${f.ruleId}  ${f.path ? `${f.artifact}!${f.path}` : f.artifact}: ${f.message}\n`);
    }
  }
  for (const a of recording.dropped) {
    io.stdout.write(
      `leakgate: dropped an acceptance that matched nothing: ${a.fingerprint ?? a.rule} (${printable(a.summary ?? a.path ?? a.rule ?? "")}; reason: "${printable(a.reason)}"); keep such entries with --keep-unused\n`,
    );
  }
  return 0;
}

async function readBaselineIfPresent(path: string, required: boolean): Promise<Baseline | undefined> {
  try {
    return await readBaseline(path);
  } catch (error) {
    if (!required && error instanceof BaselineNotFound) return undefined;
    throw error;
  }
}

/**
 * `leakgate accept --reason "…" <fingerprint…>`: record a reviewed decision in the baseline.
 * Every id is checked against real findings: those of `--report FILE`, or of a scan of the
 * `--artifact` specs (default: what `npm publish` would ship from here) against the baseline.
 */
export async function acceptCommand(
  fingerprints: string[],
  values: Values,
  config: LeakgateConfig,
  cwd: string,
  io: CliIO,
) {
  if (fingerprints.length === 0)
    throw new UserError("usage", "name the fingerprints to accept (they are in the report)");
  if (!values.reason) throw new UserError("usage", '--reason "…" is required: say why this finding may ship');
  const file = values.baseline ?? DEFAULT_BASELINE;
  const path = resolve(cwd, file);
  const baseline = (await readBaselineIfPresent(path, false)) ?? emptyBaseline();
  const known = values.report
    ? await readReportFindings(resolve(cwd, values.report))
    : await scannedFindings(values.artifact ?? [], cwd, config, { file, content: baseline });
  const today = new Date().toISOString().slice(0, 10);
  const { baseline: updated, replaced } = acceptFindings(baseline, {
    fingerprints,
    reason: values.reason,
    known,
    today,
    ...(values.expires ? { expires: values.expires } : {}),
    ...(values.replace ? { replace: true } : {}),
  });
  await writeOutput(file, () => writeFile(path, serialiseBaseline(updated)));
  for (const old of replaced) {
    io.stdout.write(
      `leakgate: replaced the acceptance of ${old.fingerprint}; it said: "${printable(old.reason)}"${old.expires ? ` (until ${old.expires})` : ""}${old.acceptedOn ? `, accepted on ${old.acceptedOn}` : ""}\n`,
    );
  }
  io.stdout.write(`leakgate: accepted ${count(fingerprints.length, "finding")} in ${file}\n`);
  return 0;
}

/** The findings a scan of `artifacts` against `baseline` produces, accepted ones included. */
async function scannedFindings(
  artifacts: string[],
  cwd: string,
  config: LeakgateConfig,
  baseline: { file: string; content: Baseline },
): Promise<KnownFinding[]> {
  let specs: string[];
  try {
    specs = await defaultArtifacts(artifacts, cwd);
  } catch {
    throw new UserError(
      "usage",
      "accept checks every id against a scan: name what to scan with --artifact SPEC (as given to `leakgate scan`), or pass --report FILE (a JSON report of that scan)",
    );
  }
  const result = await scan({ specs, cwd, config, baseline });
  const identities = new Map(result.artifacts.map((a) => [a.manifest.id, a.identity]));
  const all = [...result.findings, ...(result.baseline?.accepted ?? []).map((a) => a.finding)];
  return all.map((f) => ({ ...f, identity: identities.get(f.artifact) ?? f.artifact }));
}

async function readReportFindings(path: string): Promise<KnownFinding[]> {
  try {
    const report = JSON.parse(await readFile(path, "utf8")) as {
      findings?: Finding[];
      artifacts?: { id: string; identity: string }[];
      baseline?: { accepted?: Finding[] };
    };
    if (!Array.isArray(report.findings)) throw new Error("no findings array");
    const identities = new Map((report.artifacts ?? []).map((a) => [a.id, a.identity]));
    const all = [...report.findings, ...(report.baseline?.accepted ?? [])];
    return all.map((f) => ({ ...f, identity: identities.get(f.artifact) ?? f.artifact }));
  } catch (error) {
    throw new UserError(
      "usage",
      `--report ${path}: not a leakgate JSON report (${(error as Error).message})`,
    );
  }
}
