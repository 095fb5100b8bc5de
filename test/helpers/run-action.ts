/**
 * Runs the action bundle (built from src/ by the global setup; see run-cli.ts) the way the GitHub Actions runner does:
 * inputs as INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as files, workflow
 * commands (::error::, ::add-mask::) on stdout.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { tempDir } from "./archives.js";
import { spawnNode } from "./spawn-node.js";

export const COMMITTED_ACTION = join(import.meta.dirname, "../../dist/index.js");
/** The bundle built from src/ by the global setup, or the committed one outside the suite. */
export const ACTION = process.env.LEAKGATE_TEST_ACTION ?? COMMITTED_ACTION;

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIMITER … DELIMITER`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (match) {
      const [, name, delimiter] = match;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      outputs[name!] = value.join("\n");
    } else if (lines[i]!.includes("=")) {
      const at = lines[i]!.indexOf("=");
      outputs[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1);
    }
  }
  return outputs;
}

export async function runAction(
  inputs: Record<string, string>,
  workspace: string,
  options: { summary?: boolean; env?: NodeJS.ProcessEnv; bundle?: string } = {},
): Promise<ActionRun> {
  const runnerDir = await tempDir("leakgate-runner-");
  const outputFile = join(runnerDir, "output");
  const summaryFile = join(runnerDir, "summary.md");
  await writeFile(outputFile, "");
  await writeFile(summaryFile, "");
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    ...(options.summary === false ? {} : { GITHUB_STEP_SUMMARY: summaryFile }),
    RUNNER_TEMP: runnerDir,
    GITHUB_REPOSITORY: "acme/widgets",
    GITHUB_SHA: "0000000000000000000000000000000000000000",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "1",
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
  const run = await spawnNode(options.bundle ?? ACTION, [], { cwd: workspace, env });
  return {
    ...run,
    outputs: parseOutputFile(await readFile(outputFile, "utf8")),
    summary: await readFile(summaryFile, "utf8"),
  };
}
