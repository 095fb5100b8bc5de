import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  emitChunks,
  showProgress,
  wantsColor
} from "./chunk-BYTMKUTL.js";
import {
  WHOLE,
  asScanReport,
  auditJson,
  mergeAuditReports,
  parseConcurrency,
  parseShard,
  renderAuditMarkdown,
  renderAuditText,
  runAudit,
  summariseAudit
} from "./chunk-WMFP5PLP.js";
import "./chunk-L7A4MSKM.js";
import "./chunk-LV43AUSY.js";
import "./chunk-CLI7IMQD.js";
import {
  prettyJson
} from "./chunk-FZCE7NH5.js";
import {
  renderSarifJson
} from "./chunk-IGFAYELO.js";
import "./chunk-4BAKHTGU.js";
import "./chunk-DJ2VPRYM.js";
import "./chunk-274TRL2H.js";
import {
  readBaselineText
} from "./chunk-SNNHJUXT.js";
import "./chunk-YYFTXOGM.js";
import "./chunk-Q7PGW6GP.js";
import "./chunk-UH47JUDB.js";
import "./chunk-IQR333G7.js";
import "./chunk-K53HLVEB.js";
import {
  UserError
} from "./chunk-IOKVKF7I.js";
import "./chunk-O2WYVL3D.js";
import "./chunk-HLZJUMQS.js";
import "./chunk-7IC7CSNP.js";

// src/cli/commands/audit.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
var FORMATS = ["text", "json", "markdown", "sarif"];
async function auditCommand(targets, values, config, cwd, io) {
  const format = formatOf(values);
  if (targets.length === 0) {
    throw new UserError(
      "usage",
      "nothing to audit: name the targets, such as npm:my-package@*, git:https://github.com/acme/mirror or s3://bucket/site\nRun `leakgate --help` for usage."
    );
  }
  const shard = values.shard ? parseShard(values.shard) : WHOLE;
  const concurrency = values.concurrency ? parseConcurrency(values.concurrency) : 4;
  const baseline = values.baseline ? { file: values.baseline, ...await readBaselineText(resolve(cwd, values.baseline)) } : void 0;
  const progress = showProgress(values, io);
  const report = await runAudit({
    targets,
    cwd,
    config,
    deep: Boolean(values.deep),
    shard,
    concurrency,
    env: io.env,
    ...baseline ? { baseline } : {},
    ...progress ? { onItem: (item) => io.stderr.write(`leakgate: audited ${item.key}
`) } : {}
  });
  return emitAudit(report, format, values, cwd, io);
}
async function mergeCommand(files, values, cwd, io) {
  const format = formatOf(values);
  if (files.length === 0) throw new UserError("usage", "merge needs the JSON reports of the audit's shards");
  const reports = [];
  for (const file of files) {
    let text;
    try {
      text = await readFile(resolve(cwd, file), "utf8");
    } catch (error) {
      throw new UserError("input", `${file}: cannot be read (${error.code})`);
    }
    try {
      reports.push({ file, report: JSON.parse(text) });
    } catch {
      throw new UserError("input", `${file} is not JSON (is it an audit report written with --format json?)`);
    }
  }
  return emitAudit(mergeAuditReports(reports), format, values, cwd, io);
}
async function emitAudit(report, format, values, cwd, io) {
  const color = wantsColor(values, io);
  const pieces = format === "json" ? [...prettyJson(auditJson(report), ""), "\n"] : format === "markdown" ? [renderAuditMarkdown(report)] : format === "sarif" ? [renderSarifJson(asScanReport(report))] : [renderAuditText(report, { color })];
  await emitChunks(pieces, values, cwd, io);
  const verdict = summariseAudit(report).verdict;
  return verdict === "error" ? 2 : verdict === "fail" ? 1 : 0;
}
function formatOf(values) {
  const format = values.format ?? "text";
  if (!FORMATS.includes(format))
    throw new UserError("usage", `--format must be text, json, markdown or sarif (got "${format}")`);
  return format;
}
export {
  auditCommand,
  mergeCommand
};
