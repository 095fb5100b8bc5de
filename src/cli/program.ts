/**
 * The commands, their arguments and the flags each accepts, declared for commander: it
 * writes the help of every command, suggests the command or flag that was probably meant,
 * and refuses a flag the command does not take. The commands themselves live in
 * src/cli/commands/ and receive the flags by their long names (`Values`).
 */
import { Command, Option } from "commander";
import { OPTIONS, type OptionName, type Values } from "./options.js";

export interface CommandSpec {
  name: string;
  /** Commander's argument syntax: `[artifact...]`, `<target...>`. */
  args?: string;
  summary: string;
  /** More lines for `leakgate <command> --help`. */
  details?: string;
  options: readonly OptionName[];
  /** The report formats the command writes, when it takes `--format`. */
  formats?: readonly string[];
}

const LIMITS = ["max-total-bytes", "max-entries", "max-depth", "max-ratio"] as const;
const PROGRESS = ["progress", "no-progress"] as const;
const WHERE = ["config", "gitleaks-config", "cwd"] as const;

const ARTIFACTS = `
Artifacts:
  dist/pkg-1.2.3.tgz    a file: tar, zip, gz, xz, zst, bz2, deb, rpm, gem, image; detected from its bytes
  dist/                 a directory: every file below it
  npm:.                 a package directory, limited to what \`npm publish\` would ship
  oci:image/            a container image (OCI layout or docker save tar; detected anyway)
  web=dist/             any of the above with a stable name
  'release/*.zip'       a glob: one artifact per match
  app=dist/ -> s3://b/x where it goes (a bucket, a registry, a git remote)`;

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: "scan",
    args: "[artifact...]",
    summary: "scan what would leave; exit 0 pass, 1 blocking findings, 2 bad input",
    details: `With no artifact, scans what \`npm publish\` would ship from the working directory.\n${ARTIFACTS}`,
    options: [
      "format",
      "json",
      "output",
      "baseline",
      "strict",
      "fail-on",
      "quiet",
      "verbose",
      ...LIMITS,
      ...PROGRESS,
      ...WHERE,
    ],
    formats: ["text", "json", "markdown", "sarif"],
  },
  {
    name: "manifest",
    args: "[artifact...]",
    summary: "print the manifest (path, size, sha256 of every file) of each artifact as JSON",
    details: ARTIFACTS,
    options: ["output", ...LIMITS, ...PROGRESS, ...WHERE],
  },
  {
    name: "baseline",
    args: "[artifact...]",
    summary: "record what the release should contain (--write FILE), or --check that FILE is current",
    details:
      "Refuses a release with blocking findings unless --allow-findings; drops acceptances that matched nothing unless --keep-unused.",
    options: [
      "write",
      "check",
      "baseline",
      "allow-findings",
      "keep-unused",
      "strict",
      "fail-on",
      ...LIMITS,
      ...PROGRESS,
      ...WHERE,
    ],
  },
  {
    name: "accept",
    args: "<id...>",
    summary: "accept reviewed findings (their fingerprints) in the baseline, with a reason",
    details:
      "Each id is checked against a scan of the artifacts (--artifact, default npm:.) or against a JSON report (--report).",
    options: ["reason", "expires", "replace", "baseline", "artifact", "report", ...LIMITS, ...WHERE],
  },
  {
    name: "inventory",
    summary:
      "every step of .github/workflows that sends something out, where to, and whether leakgate checks it",
    options: ["format", "json", "output", "baseline", "write", "fail-on-uncovered", ...WHERE],
    formats: ["text", "json", "markdown"],
  },
  {
    name: "audit",
    args: "<target...>",
    summary: "what is published now (npm versions, git remotes, buckets), against the baseline",
    details: `
Targets:
  npm:<package>[@<range>|@<tag>]  the latest version by default; @* every version
  git:<url>                        the refs the remote has (--deep: and the trees at their tips)
  s3://<bucket>[/prefix]           the objects (--deep: and their contents)`,
    options: [
      "deep",
      "shard",
      "concurrency",
      "baseline",
      "format",
      "json",
      "output",
      "fail-on",
      "strict",
      ...LIMITS,
      ...PROGRESS,
      ...WHERE,
    ],
    formats: ["text", "json", "markdown", "sarif"],
  },
  {
    name: "merge",
    args: "<report...>",
    summary: "combine the JSON reports of audit shards into one verdict and report",
    options: ["format", "json", "output", "cwd"],
    formats: ["text", "json", "markdown", "sarif"],
  },
  {
    name: "init",
    args: "[artifact...]",
    summary:
      "start here: write a commented .leakgate.yml, record the first baseline, print the workflow step",
    details: "With no artifact, records what `npm publish` would ship from the working directory.",
    options: ["baseline", "force", "allow-findings", ...LIMITS, ...WHERE],
  },
];

/** A command to run: its name, its operands and its flags. */
export interface ParsedCommand {
  name: string;
  operands: string[];
  values: Values;
}

/**
 * The commander program. `parse` answers help and version itself, throws a CommanderError
 * for what it refuses, and otherwise returns the command to run.
 */
export function buildProgram(version: string, write: { out: (s: string) => void; err: (s: string) => void }) {
  let outcome: ParsedCommand | undefined;
  const program = new Command("leakgate")
    .description("Stop internal files from leaving through CI.")
    .version(version, "-v, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .helpCommand("help [command]", "show help for a command")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: write.out,
      writeErr: write.err,
      outputError: (text, to) => to(`leakgate: ${text.replace(/^error: /, "")}`),
    })
    .addHelpText("after", "\nRun `leakgate <command> --help` for the flags of a command.");
  for (const spec of COMMANDS) {
    const command = program
      .command(spec.name)
      .description(spec.summary)
      .helpOption("-h, --help", "show help")
      .showSuggestionAfterError(true)
      .showHelpAfterError(`(\`leakgate ${spec.name} --help\` lists its flags)`)
      .exitOverride()
      .configureOutput({
        writeOut: write.out,
        writeErr: write.err,
        outputError: (text, to) =>
          to(`leakgate ${spec.name}: ${explainUnknown(text.replace(/^error: /, ""), spec)}`),
      })
      .allowExcessArguments(false);
    if (spec.args) command.argument(spec.args);
    if (spec.details) command.addHelpText("after", `\n${spec.details.replace(/^\n/, "")}`);
    for (const name of spec.options) command.addOption(optionOf(name, spec));
    command.action((...args: unknown[]) => {
      const cmd = args.at(-1) as Command;
      const operands = (args.slice(0, -2).flat() as (string | undefined)[]).filter(
        (value): value is string => typeof value === "string",
      );
      outcome = { name: spec.name, operands, values: valuesOf(cmd.opts()) };
    });
  }
  return {
    program,
    /** Parses; the command to run, or undefined when commander already answered (help, version). */
    async parse(args: string[]): Promise<ParsedCommand | undefined> {
      outcome = undefined;
      await program.parseAsync(args, { from: "user" });
      // Set by the action handler during parseAsync (TypeScript cannot see it through the closure).
      return outcome as ParsedCommand | undefined;
    },
  };
}

function optionOf(name: OptionName, spec: CommandSpec): Option {
  const definition = OPTIONS[name];
  const option = new Option(definition.flags, definition.description);
  if (name === "format" && spec.formats) {
    option.choices(spec.formats).description = "report format (default: text)";
  } else if ("choices" in definition && definition.choices.length > 0) {
    option.choices(definition.choices);
  }
  if (name === "json") option.conflicts("format");
  if ("multiple" in definition && definition.multiple) {
    option.argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
  }
  return option;
}

/** Commander's camelCase options back to the names users type; `--no-progress` as its own flag. */
function valuesOf(opts: Record<string, unknown>): Values {
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(opts)) {
    if (value === undefined) continue;
    if (key === "progress") {
      values[value ? "progress" : "no-progress"] = true;
      continue;
    }
    values[key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)] = value;
  }
  if (values.json) values.format = "json";
  return values as Values;
}

/** A flag that exists, but for other commands: say so, rather than that it does not exist. */
function explainUnknown(message: string, spec: CommandSpec): string {
  const flag = /^unknown option '([^']+)'/.exec(message)?.[1];
  if (!flag) return message;
  const name = (Object.keys(OPTIONS) as OptionName[]).find((key) =>
    OPTIONS[key].flags.split(/[ ,]+/).includes(flag),
  );
  if (!name) return message;
  const owners = COMMANDS.filter((command) => command.options.includes(name)).map((c) => c.name);
  const why = name === "format" && spec.name === "manifest" ? " (the manifest is always JSON)" : "";
  return `${flag} does not apply to ${spec.name}${why}; it is a flag of ${owners.join(", ")}\n`;
}
