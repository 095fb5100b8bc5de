/**
 * The GitHub Action adapter: inputs → the same pipeline as the CLI → reporters → outputs.
 * The only module that imports @actions/core (with inputs.ts). Exported `run()` is what
 * dist/index.js calls; it never throws.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import * as core from "@actions/core";
import { loadConfig } from "../config/load.js";
import { isUserError } from "../errors.js";
import { buildReport } from "../report/report.js";
import { renderJson } from "../reporters/json.js";
import { renderText } from "../reporters/text.js";
import { scan } from "../scan.js";
import { readInputs } from "./inputs.js";

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const cwd = resolve(inputs.workingDirectory);
    const loaded = await loadConfig({ cwd, ...(inputs.config ? { file: inputs.config } : {}) });
    const config = {
      ...loaded,
      ...(inputs.failOn ? { failOn: inputs.failOn } : {}),
      ...(inputs.strict !== undefined ? { strict: inputs.strict } : {}),
    };
    const result = await scan({
      specs: inputs.artifacts.length > 0 ? inputs.artifacts : ["npm:."],
      cwd,
      config,
      // Mask every secret value before anything is printed, so no log line can show it.
      onSecret: (value) => core.setSecret(value),
    });
    const report = buildReport(result, config.failOn);
    core.info(renderText(report));
    if (inputs.reportFile) {
      const path = resolve(cwd, inputs.reportFile);
      await writeFile(path, renderJson(report));
      core.setOutput("report-file", path);
    }
    core.setOutput("verdict", report.verdict);
    core.setOutput("errors", report.summary.errors);
    core.setOutput("warnings", report.summary.warnings);
    if (report.verdict === "fail") {
      core.setFailed(
        `leakgate: ${report.summary.blocking} blocking finding(s); this release must not be published as is.`,
      );
    }
  } catch (error) {
    if (isUserError(error)) core.setFailed(`leakgate: ${error.message}`);
    else
      core.setFailed(
        `leakgate: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
  }
}
