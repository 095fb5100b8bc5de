/**
 * `leakgate init`: the first five minutes. Writes a commented `.leakgate.yml`, records the
 * first baseline of what the release ships (what `npm publish` would ship, by default), and
 * prints the workflow step that gates the next release against it. Files that exist are
 * left alone unless `--force`: init never overwrites a reviewed baseline by surprise.
 */
import { rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { LeakgateConfig } from "../../config/types.js";
import { UserError } from "../../core/errors.js";
import { pathExists } from "../../core/path-exists.js";
import { printable } from "../../core/printable.js";
import { shellWord } from "../../core/shell.js";
import { redactUrlCredentials } from "../../rules/secret/redact.js";
import { type CliIO, defaultArtifacts, type Values, writeOutput } from "../context.js";
import { baselineCommand } from "./baseline.js";

const CONFIG_FILE = ".leakgate.yml";
const DEFAULT_BASELINE = "leakgate.baseline.json";

/** Every key commented out at its default, so the file documents itself and changes nothing yet. */
export const CONFIG_TEMPLATE = `# leakgate: what must never leave, and what blocks a release.
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

export async function initCommand(
  artifacts: string[],
  values: Values,
  config: LeakgateConfig,
  cwd: string,
  io: CliIO,
): Promise<number> {
  const baselineFile = values.baseline ?? DEFAULT_BASELINE;
  const configPath = join(cwd, CONFIG_FILE);
  const baselinePath = resolve(cwd, baselineFile);
  const specs = await defaultArtifacts(artifacts, cwd);
  const shown = specs.map((spec) => printable(redactUrlCredentials(spec)));
  // A config that already applies here (.leakgate.yaml, package.json's key, a parent's)
  // would make a second one an error on every later run.
  if (config.file && resolve(config.file.replace(/#leakgate$/, "")) !== configPath && !values.force) {
    throw new UserError(
      "usage",
      `a config already applies here (${printable(config.file)}): init writes ${CONFIG_FILE} only where there is none.`,
    );
  }
  const existing = [
    (await pathExists(configPath)) ? CONFIG_FILE : "",
    (await pathExists(baselinePath)) ? baselineFile : "",
  ].filter(Boolean);
  if (existing.length > 0 && !values.force) {
    const refresh = ["leakgate", "baseline", "--write", baselineFile, ...specs].map(shellWord).join(" ");
    throw new UserError(
      "usage",
      `${existing.join(" and ")} already ${existing.length === 1 ? "exists" : "exist"}: init does not overwrite ${existing.length === 1 ? "it" : "them"}. Refresh a baseline with \`${refresh}\`, or run init --force to start over.`,
    );
  }
  if (!(await pathExists(dirname(baselinePath)))) {
    throw new UserError("usage", `cannot write ${baselineFile}: its directory does not exist`);
  }

  await writeOutput(CONFIG_FILE, () => writeFile(configPath, CONFIG_TEMPLATE));
  // The baseline is recorded twice: a package directory ships its own baseline file (unless
  // `files` leaves it out), so the second pass records it as it will be, and the next scan
  // of the very same package is not "new file" and "grown". The first pass speaks only if
  // it fails: then its findings are the answer.
  const record = (to: CliIO) =>
    baselineCommand(specs, { ...values, write: baselineFile }, config, cwd, to, true);
  const firstPass = held(io);
  const recorded = (await record(firstPass.io)) === 0 ? await record(io) : (firstPass.release(), 1);
  if (recorded !== 0) {
    // Nothing half-done: without a baseline the config alone would only confuse.
    await rm(configPath, { force: true });
    await rm(baselinePath, { force: true });
    io.stdout.write(
      "leakgate: init wrote nothing; fix or accept the findings above, or run init --allow-findings.\n",
    );
    return recorded;
  }
  io.stdout.write(`leakgate: wrote ${CONFIG_FILE} (every setting commented out at its default)\n`);
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

/** The CLI's streams with stdout held back; `release` writes what was held. */
function held(io: CliIO): { io: CliIO; release: () => void } {
  const pieces: string[] = [];
  const stdout = Object.assign(Object.create(io.stdout) as NodeJS.WriteStream, {
    write: (piece: string) => pieces.push(piece) > 0,
  });
  return { io: { ...io, stdout }, release: () => io.stdout.write(pieces.join("")) };
}
