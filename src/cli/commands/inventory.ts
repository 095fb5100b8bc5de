/**
 * `leakgate inventory`: every step of the workflows that sends something out, whether it is
 * inside the organisation and whether a leakgate step checks it first. With `--baseline`, an
 * egress step the baseline does not record is new (exit 1); `--write FILE` records them.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import {
  type Baseline,
  BaselineNotFound,
  type EgressRecord,
  emptyBaseline,
  readBaseline,
  serialiseBaseline,
} from "../../baseline/baseline-file.js";
import type { LeakgateConfig } from "../../config/types.js";
import { UserError } from "../../core/errors.js";
import { count } from "../../core/words.js";
import { type Egress, inventory } from "../../inventory/inventory.js";
import { organisationOf } from "../../pipeline/scan.js";
import {
  renderInventoryJson,
  renderInventoryMarkdown,
  renderInventoryText,
} from "../../reporters/inventory.js";
import { detectRepository } from "../../sources/git/repository.js";
import { type CliIO, emitChunks, type Values, writeOutput } from "../context.js";

export const egressKey = (e: EgressRecord) => [e.file, e.job, e.tool, e.destination].join("\0");

export async function inventoryCommand(
  values: Values,
  config: LeakgateConfig,
  cwd: string,
  io: CliIO,
): Promise<number> {
  const format = values.format ?? "text";
  if (!["text", "json", "markdown"].includes(format)) {
    throw new UserError("usage", `inventory --format must be text, json or markdown (got "${format}")`);
  }
  const organisation = organisationOf(config, await detectRepository(cwd));
  const result = await inventory(cwd, organisation);
  let newEgress: Egress[] = [];
  if (values.baseline) {
    const baseline = await readBaseline(resolve(cwd, values.baseline));
    const known = new Set((baseline.egress ?? []).map(egressKey));
    newEgress = result.egress.filter((e) => !known.has(egressKey(e)));
  }
  const pieces =
    format === "json"
      ? renderInventoryJson(result, newEgress)
      : [
          format === "markdown"
            ? renderInventoryMarkdown(result, newEgress)
            : renderInventoryText(result, newEgress),
        ];
  await emitChunks(pieces, values, cwd, io);
  if (values.write) await recordEgress(resolve(cwd, values.write), values.write, result.egress, io);
  if (result.errors.length > 0) {
    for (const error of result.errors)
      io.stderr.write(`leakgate: ${error.file}:${error.line}: not valid YAML: ${error.message}\n`);
    return 2;
  }
  if (newEgress.length > 0) {
    io.stderr.write(
      `leakgate: ${count(newEgress.length, "egress step")} not in ${values.baseline}: a new way out of CI\n`,
    );
    return 1;
  }
  if (values["fail-on-uncovered"] && result.egress.some((e) => !e.covered)) {
    io.stderr.write(
      "leakgate: some egress steps are not checked by a leakgate step before them (--fail-on-uncovered)\n",
    );
    return 1;
  }
  return 0;
}

async function recordEgress(
  path: string,
  shown: string,
  egress: readonly Egress[],
  io: CliIO,
): Promise<void> {
  let baseline: Baseline;
  try {
    baseline = await readBaseline(path);
  } catch (error) {
    if (!(error instanceof BaselineNotFound)) throw error;
    baseline = emptyBaseline();
  }
  const records = egress.map(({ file, job, tool, destination }) => ({ file, job, tool, destination }));
  await writeOutput(shown, () => writeFile(path, serialiseBaseline({ ...baseline, egress: records })));
  io.stderr.write(`leakgate: recorded ${count(records.length, "egress step")} in ${shown}\n`);
}
