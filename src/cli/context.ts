/**
 * What every CLI command shares: how it was called (I/O streams, working directory,
 * parsed flags) and the small helpers for artifacts, progress and output.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { access, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { UserError } from "../core/errors.js";
import type { Values } from "./options.js";

export interface CliIO {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export type { Values } from "./options.js";

export async function defaultArtifacts(artifacts: string[], cwd: string): Promise<string[]> {
  if (artifacts.length > 0) return artifacts;
  try {
    await access(resolve(cwd, "package.json"));
    return ["npm:."];
  } catch {
    throw new UserError(
      "usage",
      "nothing to scan: pass the artifacts that would leave (a .tgz, .zip, directory…), or run in a package directory to check what `npm publish` would ship.\nRun `leakgate --help` for usage.",
    );
  }
}

/**
 * Colour on a terminal; never into a file or under NO_COLOR (no-color.org); always when
 * FORCE_COLOR says so (CI logs that render ANSI), except FORCE_COLOR=0 or false.
 */
export function wantsColor(values: Values, io: CliIO): boolean {
  if (values.output || io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  return Boolean(io.stdout.isTTY);
}

export function showProgress(values: Values, io: CliIO): boolean {
  if (values["no-progress"]) return false;
  if (values.progress) return true;
  return Boolean(io.stderr.isTTY) && !io.env.CI;
}

/** A file the user named that cannot be written is their mistake to fix, not a crash. */
export async function writeOutput(name: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    const why =
      code === "ENOENT" ? "its directory does not exist" : code === "EACCES" ? "permission denied" : code;
    throw new UserError("usage", `cannot write ${name}: ${why}`);
  }
}

/** Writes text produced piece by piece, batching small pieces and honouring back-pressure. */
export async function emitChunks(
  pieces: Iterable<string>,
  values: Values,
  cwd: string,
  io: CliIO,
): Promise<void> {
  if (values.output) {
    // Open it first, so that a bad --output fails before any work is written.
    const path = resolve(cwd, values.output);
    await writeOutput(values.output, () => writeFile(path, ""));
  }
  const out: NodeJS.WritableStream = values.output
    ? createWriteStream(resolve(cwd, values.output))
    : io.stdout;
  let batch = "";
  const flush = async () => {
    if (batch && !out.write(batch)) await once(out, "drain");
    batch = "";
  };
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= 64 * 1024) await flush();
  }
  await flush();
  if (values.output) {
    out.end();
    await once(out, "finish");
  }
}
