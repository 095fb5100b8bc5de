/**
 * Runs the CLI bundle as a child process, the way users and CI do: the bundle the global
 * setup built from src/ (so tests see the code as it is now), or the committed dist/cli.js
 * when the test is about the committed bundle.
 */
import { join } from "node:path";
import { type NodeRun, spawnNode } from "./spawn-node.js";

export const COMMITTED_CLI = join(import.meta.dirname, "../../dist/cli.js");
export const CLI = process.env.LEAKGATE_TEST_CLI ?? COMMITTED_CLI;

export type CliRun = NodeRun;

export function runCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; bundle?: string } = {},
): Promise<CliRun> {
  return spawnNode(options.bundle ?? CLI, args, {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, NO_COLOR: "1", CI: "true", ...options.env },
  });
}
