/**
 * The CLI adapter: parses arguments, loads the config, runs the shared pipeline and prints
 * a report. It holds no logic of its own beyond turning flags into options.
 * Exit codes: 0 pass, 1 blocking findings, 2 usage, config or input error.
 */

import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { CommanderError } from "commander";
import { loadConfig } from "../config/load.js";
import { parseSize } from "../config/sizes.js";
import type { FailOn, LeakgateConfig } from "../config/types.js";
import { isUserError, UserError } from "../core/errors.js";
import { printable, printableLines } from "../core/printable.js";
import { VERSION } from "../core/version.js";
import type { CliIO } from "./context.js";
import type { Values } from "./options.js";
import { buildProgram } from "./program.js";

export type { CliIO } from "./context.js";

/** Runs the CLI and returns the exit code. Never throws for user mistakes. */
export async function main(args: string[], io: CliIO): Promise<number> {
  try {
    return await run(args, io);
  } catch (error) {
    if (isUserError(error)) {
      io.stderr.write(`leakgate: ${printableLines(error.message)}\n`);
      return 2;
    }
    // A bug, not a user mistake: show everything, and still fail closed.
    io.stderr.write(
      `leakgate: internal error, please report it\n${printableLines((error as Error)?.stack ?? String(error))}\n`,
    );
    return 2;
  }
}

async function run(args: string[], io: CliIO): Promise<number> {
  const { parse } = buildProgram(VERSION, {
    out: (text) => io.stdout.write(text),
    err: (text) => io.stderr.write(text),
  });
  if (args.length === 0) {
    await parse(["--help"]).catch(() => undefined);
    return 2;
  }
  let parsed: Awaited<ReturnType<typeof parse>>;
  try {
    parsed = await parse(args);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // Help and version are answers; anything else commander refused is a usage error.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (!parsed) return 0;
  const { name, operands, values } = parsed;
  const cwd = values.cwd ? resolve(io.cwd, values.cwd) : io.cwd;
  if (values.cwd && !(await stat(cwd).catch(() => undefined))?.isDirectory())
    throw new UserError("usage", `--cwd ${printable(values.cwd)} is not a directory`);
  // Each command is loaded when it runs: start-up then compiles only what the command uses
  // (a scan never loads the S3 client or pacote). See docs/adr/009-performance.md.
  if (name === "merge") return (await import("./commands/audit.js")).mergeCommand(operands, values, cwd, io);
  const config = applyFlags(
    await loadConfig({
      cwd,
      ...(values.config ? { file: values.config } : {}),
      ...(values["gitleaks-config"] ? { gitleaksConfig: values["gitleaks-config"] } : {}),
    }),
    values,
  );
  switch (name) {
    case "scan":
      return (await import("./commands/scan.js")).scanCommand(operands, values, config, cwd, io);
    case "manifest":
      return (await import("./commands/scan.js")).manifestCommand(operands, values, config, cwd, io);
    case "baseline":
      return (await import("./commands/baseline.js")).baselineCommand(operands, values, config, cwd, io);
    case "inventory":
      return (await import("./commands/inventory.js")).inventoryCommand(values, config, cwd, io);
    case "accept":
      return (await import("./commands/baseline.js")).acceptCommand(operands, values, config, cwd, io);
    case "audit":
      return (await import("./commands/audit.js")).auditCommand(operands, values, config, cwd, io);
    case "init":
      return (await import("./commands/init.js")).initCommand(operands, values, config, cwd, io);
    default:
      throw new Error(`command ${name} is declared but not dispatched`);
  }
}

function applyFlags(config: LeakgateConfig, values: Values): LeakgateConfig {
  const limits = { ...config.limits };
  if (values["max-total-bytes"])
    limits.maxTotalBytes = parseSizeFlag("--max-total-bytes", values["max-total-bytes"]);
  if (values["max-entries"]) limits.maxEntries = parseCount("--max-entries", values["max-entries"]);
  if (values["max-depth"]) limits.maxDepth = parseCount("--max-depth", values["max-depth"]);
  if (values["max-ratio"]) limits.maxCompressionRatio = parseCount("--max-ratio", values["max-ratio"]);
  let failOn = config.failOn;
  if (values["fail-on"]) {
    failOn = values["fail-on"] as FailOn;
  }
  return { ...config, limits, failOn, ...(values.strict ? { strict: true } : {}) };
}

function parseSizeFlag(flag: string, text: string): number {
  try {
    return parseSize(text);
  } catch {
    throw new UserError("usage", `${flag} takes a size such as 500MiB or 2GB (got "${text}")`);
  }
}

function parseCount(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0)
    throw new UserError("usage", `${flag} takes a whole number (got "${text}")`);
  return value;
}
