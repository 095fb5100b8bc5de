/**
 * Every flag of the CLI, once: its spelling, its help line and the values it takes. Each
 * command (src/cli/program.ts) picks the flags that apply to it, so a flag another command
 * owns is an error there ("unknown option"), never silently ignored.
 */

export interface OptionSpec {
  /** Commander's flag syntax: `-f, --format <format>`, `--strict`. */
  flags: string;
  description: string;
  choices?: readonly string[];
  /** Repeatable: every occurrence is kept. */
  multiple?: boolean;
}

export const OPTIONS = {
  format: { flags: "-f, --format <format>", description: "report format", choices: [] },
  json: { flags: "--json", description: "the JSON report (short for --format json)" },
  output: { flags: "-o, --output <file>", description: "write the report to a file instead of stdout" },
  config: {
    flags: "-c, --config <file>",
    description:
      "config file (default: .leakgate.yml or the `leakgate` key of package.json, looked up from the working directory to the repository root)",
  },
  "gitleaks-config": {
    flags: "--gitleaks-config <file>",
    description: "also apply the [[rules]] of this gitleaks config (.gitleaks.toml) to file contents",
  },
  baseline: { flags: "-b, --baseline <file>", description: "diff against this baseline" },
  strict: { flags: "--strict", description: "unexpected new files block" },
  "fail-on": {
    flags: "--fail-on <level>",
    description: "what blocks (default: error)",
    choices: ["error", "warning", "never"],
  },
  "max-total-bytes": {
    flags: "--max-total-bytes <size>",
    description: "safety limit: uncompressed bytes per artifact (default 8GiB)",
  },
  "max-entries": {
    flags: "--max-entries <n>",
    description: "safety limit: entries per artifact (default 50000)",
  },
  "max-depth": {
    flags: "--max-depth <n>",
    description: "safety limit: nested archive levels opened (default 4)",
  },
  "max-ratio": {
    flags: "--max-ratio <n>",
    description: "safety limit: compression ratio of one entry (default 200)",
  },
  quiet: { flags: "-q, --quiet", description: "text report: blocking findings only" },
  verbose: { flags: "-V, --verbose", description: "text report: notes too, and every finding of a group" },
  write: { flags: "-w, --write <file>", description: "record into this file" },
  check: { flags: "--check", description: "exit 1 when the baseline file is out of date" },
  reason: { flags: "--reason <text>", description: "why the finding may ship (required)" },
  expires: {
    flags: "--expires <date>",
    description: "last day the acceptance holds (YYYY-MM-DD, in the future)",
  },
  report: {
    flags: "--report <file>",
    description: "check the ids against this JSON report instead of scanning",
  },
  artifact: {
    flags: "-a, --artifact <spec>",
    description: "what to scan to check the ids (repeatable; default: npm:.)",
    multiple: true,
  },
  replace: {
    flags: "--replace",
    description: "replace an earlier acceptance of the same id (its reason is shown)",
  },
  "allow-findings": {
    flags: "--allow-findings",
    description: "record the release even with blocking findings (they still block scans)",
  },
  "keep-unused": { flags: "--keep-unused", description: "keep acceptances that matched nothing" },
  "fail-on-uncovered": {
    flags: "--fail-on-uncovered",
    description: "exit 1 when an egress step is not checked by a leakgate step first",
  },
  deep: {
    flags: "--deep",
    description: "fetch git tips and bucket objects and scan them (default: list only)",
  },
  shard: {
    flags: "--shard <i/n>",
    description: "audit the i-th of n shares of the work (a matrix job); merge the JSON reports",
  },
  concurrency: { flags: "--concurrency <n>", description: "items fetched and scanned at once (default 4)" },
  progress: { flags: "--progress", description: "show progress on stderr even when it is not a terminal" },
  "no-progress": { flags: "--no-progress", description: "never show progress" },
  force: { flags: "--force", description: "overwrite files that exist" },
  cwd: { flags: "--cwd <dir>", description: "run as if started in <dir>" },
} satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

/** The parsed flags, by their long names as users type them. */
export interface Values {
  format?: string;
  json?: boolean;
  output?: string;
  config?: string;
  "gitleaks-config"?: string;
  baseline?: string;
  strict?: boolean;
  "fail-on"?: string;
  "max-total-bytes"?: string;
  "max-entries"?: string;
  "max-depth"?: string;
  "max-ratio"?: string;
  quiet?: boolean;
  verbose?: boolean;
  write?: string;
  check?: boolean;
  reason?: string;
  expires?: string;
  report?: string;
  artifact?: string[];
  replace?: boolean;
  "allow-findings"?: boolean;
  "keep-unused"?: boolean;
  "fail-on-uncovered"?: boolean;
  deep?: boolean;
  shard?: string;
  concurrency?: string;
  progress?: boolean;
  "no-progress"?: boolean;
  force?: boolean;
  cwd?: string;
}
