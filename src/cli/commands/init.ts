/**
 * `leakgate init`: the first five minutes. Writes a commented `.leakgate.yml`, records the
 * first baseline of what the release ships (what `npm publish` would ship, by default), and
 * prints the workflow step that gates the next release against it. Files that exist are
 * left alone unless `--force`: init never overwrites a reviewed baseline by surprise.
 */
import { access, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { LeakgateConfig } from "../../config/types.js";
import { UserError } from "../../core/errors.js";
import { pathExists } from "../../core/path-exists.js";
import { printable } from "../../core/printable.js";
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
  const existing = [
    (await pathExists(configPath)) ? CONFIG_FILE : "",
    (await pathExists(resolve(cwd, baselineFile))) ? baselineFile : "",
  ].filter(Boolean);
  if (existing.length > 0 && !values.force) {
    throw new UserError(
      "usage",
      `${existing.join(" and ")} already ${existing.length === 1 ? "exists" : "exist"}: init does not overwrite them. Run \`leakgate baseline --write ${baselineFile}\` to refresh a baseline, or init --force to start over.`,
    );
  }
  const specs = await defaultArtifacts(artifacts, cwd);
  await writeOutput(CONFIG_FILE, () => writeFile(configPath, CONFIG_TEMPLATE));
  io.stdout.write(`leakgate: wrote ${CONFIG_FILE} (every setting commented out at its default)\n`);
  const recorded = await baselineCommand(
    specs,
    { ...values, write: baselineFile },
    config,
    cwd,
    io,
    Boolean(values.force),
  );
  const shown = specs.map((spec) => printable(redactUrlCredentials(spec)));
  io.stdout.write(`
Commit ${CONFIG_FILE} and ${baselineFile}, then add this step to the release workflow,
after the build and pack steps and before the publish step:

      - name: leakgate
        uses: leakgate/leakgate@v0   # pin it by commit SHA: see the README's install section
        with:
          artifacts: |
${shown.map((spec) => `            ${spec}`).join("\n")}
          baseline: ${baselineFile}

Locally: npx leakgate scan --baseline ${baselineFile} ${shown.join(" ")}
`);
  return recorded;
}
