import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  defaultArtifacts,
  emitChunks,
  showProgress,
  wantsColor
} from "./chunk-BYTMKUTL.js";
import {
  renderJsonPieces
} from "./chunk-FZCE7NH5.js";
import {
  renderSarifJson
} from "./chunk-IGFAYELO.js";
import {
  renderMarkdown
} from "./chunk-4BAKHTGU.js";
import {
  renderText
} from "./chunk-DJ2VPRYM.js";
import {
  buildReport,
  formatBytes,
  localPackageSources,
  scan
} from "./chunk-274TRL2H.js";
import {
  readBaseline
} from "./chunk-SNNHJUXT.js";
import {
  printable
} from "./chunk-YYFTXOGM.js";
import {
  count
} from "./chunk-Q7PGW6GP.js";
import "./chunk-UH47JUDB.js";
import "./chunk-IQR333G7.js";
import {
  UserError
} from "./chunk-IOKVKF7I.js";
import "./chunk-7IC7CSNP.js";

// src/cli/commands/scan.ts
import { resolve } from "node:path";

// src/reporters/manifest-json.ts
function* one(manifest, indent) {
  const { entries, unopened, identity, ...rest } = manifest;
  const fields = Object.entries({ identity, ...rest });
  yield `${indent}{
`;
  for (const [key, value] of fields) yield `${indent}  ${JSON.stringify(key)}: ${JSON.stringify(value)},
`;
  yield `${indent}  "entries": [`;
  for (let i = 0; i < entries.length; i++)
    yield `${i ? "," : ""}
${indent}    ${JSON.stringify(entries[i])}`;
  yield `${entries.length ? `
${indent}  ` : ""}],
`;
  yield `${indent}  "unopened": ${JSON.stringify(unopened)}
${indent}}`;
}
function* renderManifestJson(manifests) {
  if (manifests.length === 1) {
    yield* one(manifests[0], "");
  } else {
    yield "[\n";
    for (let i = 0; i < manifests.length; i++) {
      if (i) yield ",\n";
      yield* one(manifests[i], "  ");
    }
    yield "\n]";
  }
  yield "\n";
}

// src/cli/progress.ts
function createProgress(stream, enabled) {
  if (!enabled) return { add() {
  }, done() {
  } };
  const started = Date.now();
  let total = 0;
  let files = 0;
  let lastDraw = started;
  let drawn = false;
  const draw = () => {
    const seconds = Math.max((Date.now() - started) / 1e3, 1e-3);
    const rate = total / 1024 / 1024 / seconds;
    const line = `leakgate: ${count(files, "file")}, ${formatBytes(total)} read, ${rate.toFixed(1)} MB/s`;
    stream.write(stream.isTTY ? `\r\x1B[2K${line}` : `${line}
`);
    drawn = true;
  };
  return {
    add(bytes, entries) {
      total += bytes;
      files += entries;
      const now = Date.now();
      if (now - lastDraw > 250) {
        lastDraw = now;
        draw();
      }
    },
    done() {
      if (!drawn && total === 0 && files === 0) return;
      draw();
      stream.write(stream.isTTY ? "\r\x1B[2K" : "");
    }
  };
}

// src/cli/commands/scan.ts
var RENDERERS = {
  text: (report, o) => [
    renderText(report, { color: o.color, verbose: o.verbose, quiet: o.quiet })
  ],
  json: (report) => renderJsonPieces(report),
  markdown: (report, o) => [
    renderMarkdown(report, o.specs.length ? { specs: o.specs } : {})
  ],
  sarif: (report, o) => [
    renderSarifJson(report, { packageSources: o.packageSources })
  ]
};
async function scanCommand(artifacts, values, config, cwd, io) {
  const format = values.format ?? "text";
  if (!(format in RENDERERS)) {
    throw new UserError("usage", `--format must be text, json, markdown or sarif (got "${format}")`);
  }
  if (values.quiet && values.verbose)
    throw new UserError("usage", "use either --quiet or --verbose, not both");
  const progress = createProgress(io.stderr, showProgress(values, io));
  const baselineFile = values.baseline ? resolve(cwd, values.baseline) : void 0;
  const result = await scan({
    specs: await defaultArtifacts(artifacts, cwd),
    cwd,
    config,
    progress: (bytes, entries) => progress.add(bytes, entries),
    ...baselineFile ? { baseline: { file: values.baseline, content: await readBaseline(baselineFile) } } : {}
  });
  progress.done();
  const report = buildReport(result, config.failOn);
  const color = wantsColor(values, io);
  await emitChunks(
    RENDERERS[format](report, {
      color,
      specs: artifacts,
      verbose: Boolean(values.verbose),
      quiet: Boolean(values.quiet),
      packageSources: format === "sarif" ? await localPackageSources(cwd) : {}
    }),
    values,
    cwd,
    io
  );
  return report.verdict === "fail" ? 1 : 0;
}
async function manifestCommand(artifacts, values, config, cwd, io) {
  const progress = createProgress(io.stderr, showProgress(values, io));
  const result = await scan({
    specs: await defaultArtifacts(artifacts, cwd),
    cwd,
    config,
    rules: [],
    progress: (bytes, entries) => progress.add(bytes, entries)
  });
  progress.done();
  const manifests = result.artifacts.map(({ manifest, identity }) => ({ identity, ...manifest }));
  const findings = result.findings.filter((finding) => finding.severity === "error");
  await emitChunks(renderManifestJson(manifests), values, cwd, io);
  for (const finding of findings) {
    io.stderr.write(
      `${printable(`leakgate: ${finding.ruleId} ${finding.artifact}!${finding.path}: ${finding.message}`)}
`
    );
  }
  return findings.length > 0 ? 1 : 0;
}
export {
  manifestCommand,
  scanCommand
};
