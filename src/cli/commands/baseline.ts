/** `leakgate baseline` and `leakgate accept`: recording and amending the known-good state. */
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { acceptFindings } from "../../baseline/acceptance.js";
import {
  type Baseline,
  emptyBaseline,
  readBaseline,
  serialiseBaseline,
} from "../../baseline/baseline-file.js";
import { checkBaseline, recordBaseline } from "../../baseline/record.js";
import type { LeakgateConfig } from "../../config/types.js";
import { isUserError, UserError } from "../../errors.js";
import type { Finding } from "../../model.js";
import { scan } from "../../scan.js";
import { type CliIO, defaultArtifacts, type Values, writeOutput } from "../context.js";

const DEFAULT_BASELINE = "leakgate.baseline.json";

/** `leakgate baseline`: record the known-good state (`--write FILE`), or `--check` that it is current. */
export async function baselineCommand(
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
  await writeOutput(file, () => writeFile(path, text));
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
export async function acceptCommand(fingerprints: string[], values: Values, cwd: string, io: CliIO) {
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
  await writeOutput(file, () => writeFile(path, serialiseBaseline(updated)));
  io.stdout.write(`leakgate: accepted ${fingerprints.length} finding(s) in ${file}\n`);
  return 0;
}

async function readReportFindings(path: string): Promise<Finding[]> {
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
