import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  defaultArtifacts,
  writeOutput
} from "./chunk-BYTMKUTL.js";
import {
  recordRelease
} from "./chunk-V6C3IOLO.js";
import {
  renderText
} from "./chunk-DJ2VPRYM.js";
import {
  acceptFindings,
  checkBaseline,
  isBlocking,
  scan
} from "./chunk-274TRL2H.js";
import {
  BaselineNotFound,
  emptyBaseline,
  readBaseline,
  serialiseBaseline,
  shellWord
} from "./chunk-SNNHJUXT.js";
import {
  printable
} from "./chunk-YYFTXOGM.js";
import {
  count,
  redactUrlCredentials
} from "./chunk-Q7PGW6GP.js";
import {
  UserError
} from "./chunk-IOKVKF7I.js";

// src/cli/commands/baseline.ts
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
var DEFAULT_BASELINE = "leakgate.baseline.json";
async function baselineCommand(artifacts, values, config, cwd, io, fresh = false) {
  if (values.check && values.write)
    throw new UserError("usage", "use either --write FILE or --check, not both");
  const file = values.write ?? values.baseline ?? DEFAULT_BASELINE;
  const path = resolve(cwd, file);
  const existing = fresh ? void 0 : await readBaselineIfPresent(path, Boolean(values.check));
  const specs = await defaultArtifacts(artifacts, cwd);
  if (values.check) {
    const result = await scan({ specs, cwd, config, rules: [] });
    const check = checkBaseline(existing ?? emptyBaseline(), result.artifacts);
    if (check.upToDate) {
      io.stdout.write(`leakgate: ${file} is up to date with ${count(result.artifacts.length, "artifact")}
`);
      return 0;
    }
    io.stdout.write(`leakgate: ${file} is out of date:
${check.reasons.map((r) => `  ${r}`).join("\n")}
`);
    io.stdout.write(
      `Refresh it with: leakgate baseline --write ${shellWord(file)} ${specs.map((spec) => shellWord(printable(redactUrlCredentials(spec)))).join(" ")}
`
    );
    return 1;
  }
  const recording = await recordRelease({
    specs,
    cwd,
    config,
    ...existing ? { existing } : {},
    keepUnused: Boolean(values["keep-unused"])
  });
  const { blocking } = recording;
  if (blocking.length > 0 && !values["allow-findings"]) {
    io.stdout.write(renderText(recording.report, { verbose: true }));
    io.stdout.write(
      `
leakgate: ${file} was not written: a baseline records a release known to be good, and this one has ${count(blocking.length, "blocking finding")}.
Fix them, accept the reviewed ones (leakgate accept), or record it as it is with --allow-findings.
`
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
    0
  );
  io.stdout.write(
    `leakgate: recorded ${count(scanned.length, "artifact")}, ${count(files, "file")} in ${file}
`
  );
  if (blocking.length > 0) {
    io.stdout.write(
      `leakgate: recorded with ${count(blocking.length, "blocking finding")} (--allow-findings); they still block every scan:
`
    );
    for (const f of recording.report.findings.filter((f2) => isBlocking(f2, recording.report.failOn))) {
      io.stdout.write(`  ${f.ruleId}  ${f.path ? `${f.artifact}!${f.path}` : f.artifact}: ${f.message}
`);
    }
  }
  for (const a of recording.dropped) {
    io.stdout.write(
      `leakgate: dropped an acceptance that matched nothing: ${a.fingerprint ?? a.rule} (${printable(a.summary ?? a.path ?? a.rule ?? "")}; reason: "${printable(a.reason)}"); keep such entries with --keep-unused
`
    );
  }
  return 0;
}
async function readBaselineIfPresent(path, required) {
  try {
    return await readBaseline(path);
  } catch (error) {
    if (!required && error instanceof BaselineNotFound) return void 0;
    throw error;
  }
}
async function acceptCommand(fingerprints, values, config, cwd, io) {
  if (fingerprints.length === 0)
    throw new UserError("usage", "name the fingerprints to accept (they are in the report)");
  if (!values.reason) throw new UserError("usage", '--reason "…" is required: say why this finding may ship');
  const file = values.baseline ?? DEFAULT_BASELINE;
  const path = resolve(cwd, file);
  const baseline = await readBaselineIfPresent(path, false) ?? emptyBaseline();
  const known = values.report ? await readReportFindings(resolve(cwd, values.report)) : await scannedFindings(values.artifact ?? [], cwd, config, { file, content: baseline });
  const today = (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const { baseline: updated, replaced } = acceptFindings(baseline, {
    fingerprints,
    reason: values.reason,
    known,
    today,
    ...values.expires ? { expires: values.expires } : {},
    ...values.replace ? { replace: true } : {}
  });
  await writeOutput(file, () => writeFile(path, serialiseBaseline(updated)));
  for (const old of replaced) {
    io.stdout.write(
      `leakgate: replaced the acceptance of ${old.fingerprint}; it said: "${printable(old.reason)}"${old.expires ? ` (until ${old.expires})` : ""}${old.acceptedOn ? `, accepted on ${old.acceptedOn}` : ""}
`
    );
  }
  io.stdout.write(`leakgate: accepted ${count(fingerprints.length, "finding")} in ${file}
`);
  return 0;
}
async function scannedFindings(artifacts, cwd, config, baseline) {
  let specs;
  try {
    specs = await defaultArtifacts(artifacts, cwd);
  } catch {
    throw new UserError(
      "usage",
      "accept checks every id against a scan: name what to scan with --artifact SPEC (as given to `leakgate scan`), or pass --report FILE (a JSON report of that scan)"
    );
  }
  const result = await scan({ specs, cwd, config, baseline });
  const identities = new Map(result.artifacts.map((a) => [a.manifest.id, a.identity]));
  const all = [...result.findings, ...(result.baseline?.accepted ?? []).map((a) => a.finding)];
  return all.map((f) => ({ ...f, identity: identities.get(f.artifact) ?? f.artifact }));
}
async function readReportFindings(path) {
  try {
    const report = JSON.parse(await readFile(path, "utf8"));
    if (!Array.isArray(report.findings)) throw new Error("no findings array");
    const identities = new Map((report.artifacts ?? []).map((a) => [a.id, a.identity]));
    const all = [...report.findings, ...report.baseline?.accepted ?? []];
    return all.map((f) => ({ ...f, identity: identities.get(f.artifact) ?? f.artifact }));
  } catch (error) {
    throw new UserError(
      "usage",
      `--report ${path}: not a leakgate JSON report (${error.message})`
    );
  }
}

export {
  baselineCommand,
  acceptCommand
};
