import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  baselineCommand
} from "./chunk-DPXM25BY.js";
import {
  defaultArtifacts,
  writeOutput
} from "./chunk-BYTMKUTL.js";
import "./chunk-V6C3IOLO.js";
import "./chunk-DJ2VPRYM.js";
import "./chunk-274TRL2H.js";
import {
  shellWord
} from "./chunk-SNNHJUXT.js";
import {
  pathExists,
  printable
} from "./chunk-YYFTXOGM.js";
import {
  redactUrlCredentials
} from "./chunk-Q7PGW6GP.js";
import "./chunk-IQR333G7.js";
import {
  UserError
} from "./chunk-IOKVKF7I.js";
import "./chunk-7IC7CSNP.js";

// src/cli/commands/init.ts
import { rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
var CONFIG_FILE = ".leakgate.yml";
var DEFAULT_BASELINE = "leakgate.baseline.json";
var CONFIG_TEMPLATE = `# leakgate: what must never leave, and what blocks a release.
# Every setting below is commented out at its default. The schema (editors complete it):
# $schema: ./node_modules/leakgate/schema/leakgate.schema.json

# Paths that must never ship, on top of the built-in catalogue (.env, keys, .git, …):
# internal:
#   - "internal/**"
#   - "**/*.internal.json"

# Paths exempt from every finding (test fixtures, public keys):
# allow:
#   - "test/fixtures/**"

# Which findings fail the job: error, warning or never.
# failOn: error

# New files the baseline does not know block the release (not only warn).
# strict: false

# Per-rule severity: error, warning, note or off.
# rules:
#   large-file: error

# Sizes: bytes (1048576) or with a unit (1MiB, 10MB).
# thresholds:
#   maxFileSize: 10MiB      # large-file
#   newFileSize: 1MiB       # unexpected-large-file
#   totalGrowth: 0.5        # artifact-growth: grown by more than 50%

# Who the organisation is: a destination outside it is destination-outside-org.
# organisation:
#   owners: [acme]
#   inside: ["s3://acme-*", "npm:npm.acme.dev/**"]
`;
async function initCommand(artifacts, values, config, cwd, io) {
  const baselineFile = values.baseline ?? DEFAULT_BASELINE;
  const configPath = join(cwd, CONFIG_FILE);
  const baselinePath = resolve(cwd, baselineFile);
  const specs = await defaultArtifacts(artifacts, cwd);
  const shown = specs.map((spec) => printable(redactUrlCredentials(spec)));
  if (config.file && resolve(config.file.replace(/#leakgate$/, "")) !== configPath && !values.force) {
    throw new UserError(
      "usage",
      `a config already applies here (${printable(config.file)}): init writes ${CONFIG_FILE} only where there is none.`
    );
  }
  const existing = [
    await pathExists(configPath) ? CONFIG_FILE : "",
    await pathExists(baselinePath) ? baselineFile : ""
  ].filter(Boolean);
  if (existing.length > 0 && !values.force) {
    const refresh = ["leakgate", "baseline", "--write", baselineFile, ...specs].map(shellWord).join(" ");
    throw new UserError(
      "usage",
      `${existing.join(" and ")} already ${existing.length === 1 ? "exists" : "exist"}: init does not overwrite ${existing.length === 1 ? "it" : "them"}. Refresh a baseline with \`${refresh}\`, or run init --force to start over.`
    );
  }
  if (!await pathExists(dirname(baselinePath))) {
    throw new UserError("usage", `cannot write ${baselineFile}: its directory does not exist`);
  }
  await writeOutput(CONFIG_FILE, () => writeFile(configPath, CONFIG_TEMPLATE));
  const record = (to) => baselineCommand(specs, { ...values, write: baselineFile }, config, cwd, to, true);
  const firstPass = held(io);
  const recorded = await record(firstPass.io) === 0 ? await record(io) : (firstPass.release(), 1);
  if (recorded !== 0) {
    await rm(configPath, { force: true });
    await rm(baselinePath, { force: true });
    io.stdout.write(
      "leakgate: init wrote nothing; fix or accept the findings above, or run init --allow-findings.\n"
    );
    return recorded;
  }
  io.stdout.write(`leakgate: wrote ${CONFIG_FILE} (every setting commented out at its default)
`);
  const local = ["npx", "leakgate", "scan", "--baseline", baselineFile, ...shown].map(shellWord).join(" ");
  io.stdout.write(`
Commit ${CONFIG_FILE} and ${printable(baselineFile)}, then add this step to the release workflow,
after the build and pack steps and before the publish step:

      - name: leakgate
        uses: leakgate/leakgate@v0   # pin it by commit SHA: see the README's install section
        with:
          artifacts: |
${shown.map((spec) => `            ${spec}`).join("\n")}
          baseline: ${printable(baselineFile)}

Locally: ${local}
`);
  return recorded;
}
function held(io) {
  const pieces = [];
  const stdout = Object.assign(Object.create(io.stdout), {
    write: (piece) => pieces.push(piece) > 0
  });
  return { io: { ...io, stdout }, release: () => io.stdout.write(pieces.join("")) };
}
export {
  CONFIG_TEMPLATE,
  initCommand
};
