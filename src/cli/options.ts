/** The CLI's flags, parsed strictly: an unknown flag is a usage error, not a silent no-op. */
import { parseArgs } from "node:util";
import { UserError } from "../errors.js";

export const OPTIONS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  "fail-on": { type: "string" },
  "max-total-bytes": { type: "string" },
  "max-entries": { type: "string" },
  "max-depth": { type: "string" },
  "max-ratio": { type: "string" },
  baseline: { type: "string", short: "b" },
  strict: { type: "boolean" },
  write: { type: "string", short: "w" },
  check: { type: "boolean" },
  reason: { type: "string" },
  expires: { type: "string" },
  report: { type: "string" },
  artifact: { type: "string", short: "a", multiple: true },
  replace: { type: "boolean" },
  "allow-findings": { type: "boolean" },
  "keep-unused": { type: "boolean" },
  "fail-on-uncovered": { type: "boolean" },
  deep: { type: "boolean" },
  shard: { type: "string" },
  concurrency: { type: "string" },
  progress: { type: "boolean" },
  "no-progress": { type: "boolean" },
  cwd: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

export type Values = ReturnType<typeof parse>["values"];

export function parse(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UserError(
      "usage",
      `${(error as Error).message.replace(/\. To specify.*$/s, "")}\nRun \`leakgate --help\` for usage.`,
    );
  }
}
