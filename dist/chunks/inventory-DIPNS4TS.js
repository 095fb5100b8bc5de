import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  emitChunks,
  writeOutput
} from "./chunk-BYTMKUTL.js";
import {
  inventory,
  renderInventoryJson,
  renderInventoryMarkdown,
  renderInventoryText
} from "./chunk-LWFOZPLU.js";
import "./chunk-FZCE7NH5.js";
import "./chunk-4BAKHTGU.js";
import {
  detectRepository,
  organisationOf
} from "./chunk-274TRL2H.js";
import {
  BaselineNotFound,
  emptyBaseline,
  readBaseline,
  serialiseBaseline
} from "./chunk-SNNHJUXT.js";
import "./chunk-YYFTXOGM.js";
import {
  count
} from "./chunk-Q7PGW6GP.js";
import "./chunk-UH47JUDB.js";
import "./chunk-IQR333G7.js";
import "./chunk-LBXB57PG.js";
import {
  UserError
} from "./chunk-IOKVKF7I.js";
import "./chunk-7IC7CSNP.js";

// src/cli/commands/inventory.ts
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
var egressKey = (e) => [e.file, e.job, e.tool, e.destination].join("\0");
async function inventoryCommand(values, config, cwd, io) {
  const format = values.format ?? "text";
  if (!["text", "json", "markdown"].includes(format)) {
    throw new UserError("usage", `inventory --format must be text, json or markdown (got "${format}")`);
  }
  const organisation = organisationOf(config, await detectRepository(cwd));
  const result = await inventory(cwd, organisation);
  let newEgress = [];
  if (values.baseline) {
    const baseline = await readBaseline(resolve(cwd, values.baseline));
    const known = new Set((baseline.egress ?? []).map(egressKey));
    newEgress = result.egress.filter((e) => !known.has(egressKey(e)));
  }
  const pieces = format === "json" ? renderInventoryJson(result, newEgress) : [
    format === "markdown" ? renderInventoryMarkdown(result, newEgress) : renderInventoryText(result, newEgress)
  ];
  await emitChunks(pieces, values, cwd, io);
  if (values.write) await recordEgress(resolve(cwd, values.write), values.write, result.egress, io);
  if (result.errors.length > 0) {
    for (const error of result.errors)
      io.stderr.write(`leakgate: ${error.file}:${error.line}: not valid YAML: ${error.message}
`);
    return 2;
  }
  if (newEgress.length > 0) {
    io.stderr.write(
      `leakgate: ${count(newEgress.length, "egress step")} not in ${values.baseline}: a new way out of CI
`
    );
    return 1;
  }
  if (values["fail-on-uncovered"] && result.egress.some((e) => !e.covered)) {
    io.stderr.write(
      "leakgate: some egress steps are not checked by a leakgate step before them (--fail-on-uncovered)\n"
    );
    return 1;
  }
  return 0;
}
async function recordEgress(path, shown, egress, io) {
  let baseline;
  try {
    baseline = await readBaseline(path);
  } catch (error) {
    if (!(error instanceof BaselineNotFound)) throw error;
    baseline = emptyBaseline();
  }
  const records = egress.map(({ file, job, tool, destination }) => ({ file, job, tool, destination }));
  await writeOutput(shown, () => writeFile(path, serialiseBaseline({ ...baseline, egress: records })));
  io.stderr.write(`leakgate: recorded ${count(records.length, "egress step")} in ${shown}
`);
}
export {
  egressKey,
  inventoryCommand
};
