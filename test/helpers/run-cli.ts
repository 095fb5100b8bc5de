/**
 * Runs the committed CLI bundle (dist/cli.js) as a child process, the way users and CI do.
 */
import { join } from "node:path";
import { type NodeRun, spawnNode } from "./spawn-node.js";

export const CLI = join(import.meta.dirname, "../../dist/cli.js");

export type CliRun = NodeRun;

export function runCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliRun> {
  return spawnNode(CLI, args, {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, NO_COLOR: "1", CI: "true", ...options.env },
  });
}
