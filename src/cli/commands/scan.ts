/** `leakgate scan` and `leakgate manifest`: the pipeline, and a report in the format asked for. */

import { resolve } from "node:path";
import { readBaseline } from "../../baseline/baseline-file.js";
import type { LeakgateConfig } from "../../config/types.js";
import { UserError } from "../../core/errors.js";
import { printable } from "../../core/printable.js";
import { scan } from "../../pipeline/scan.js";
import { renderJsonPieces } from "../../reporters/json.js";
import { renderManifestJson } from "../../reporters/manifest-json.js";
import { renderMarkdown } from "../../reporters/markdown.js";
import { buildReport, type Report } from "../../reporters/report.js";
import { renderSarifJson } from "../../reporters/sarif.js";
import { renderText } from "../../reporters/text.js";
import { localPackageSources } from "../../sources/npm-package-reader.js";
import {
  type CliIO,
  defaultArtifacts,
  emitChunks,
  showProgress,
  type Values,
  wantsColor,
} from "../context.js";
import { createProgress } from "../progress.js";

interface RenderOptions {
  color: boolean;
  specs: string[];
  verbose: boolean;
  quiet: boolean;
  /** npm packages built here, for SARIF locations (see reporters/sarif.ts). */
  packageSources: Record<string, string>;
}

/** Every report format is a view of the same Report, written in pieces. */
const RENDERERS = {
  text: (report: Report, o: { color: boolean; verbose: boolean; quiet: boolean }) => [
    renderText(report, { color: o.color, verbose: o.verbose, quiet: o.quiet }),
  ],
  json: (report: Report) => renderJsonPieces(report),
  markdown: (report: Report, o: { specs: string[] }) => [
    renderMarkdown(report, o.specs.length ? { specs: o.specs } : {}),
  ],
  sarif: (report: Report, o: { packageSources: Record<string, string> }) => [
    renderSarifJson(report, { packageSources: o.packageSources }),
  ],
} satisfies Record<string, (report: Report, o: RenderOptions) => Iterable<string>>;

export async function scanCommand(
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
  if (values.quiet && values.verbose)
    throw new UserError("usage", "use either --quiet or --verbose, not both");
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
  const color = wantsColor(values, io);
  await emitChunks(
    RENDERERS[format as keyof typeof RENDERERS](report, {
      color,
      specs: artifacts,
      verbose: Boolean(values.verbose),
      quiet: Boolean(values.quiet),
      packageSources: format === "sarif" ? await localPackageSources(cwd) : {},
    }),
    values,
    cwd,
    io,
  );
  return report.verdict === "fail" ? 1 : 0;
}

export async function manifestCommand(
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
  await emitChunks(renderManifestJson(manifests), values, cwd, io);
  for (const finding of findings) {
    io.stderr.write(
      `${printable(`leakgate: ${finding.ruleId} ${finding.artifact}!${finding.path}: ${finding.message}`)}\n`,
    );
  }
  return findings.length > 0 ? 1 : 0;
}
