/**
 * Runs the real `git` in tests with a fixed identity and no user or system config, so a
 * developer's own git settings (signing, hooks, default branch) cannot change the outcome.
 */
import { execFileSync } from "node:child_process";

export const GIT_TEST_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: "t",
  GIT_AUTHOR_EMAIL: "t@example.com",
  GIT_COMMITTER_NAME: "t",
  GIT_COMMITTER_EMAIL: "t@example.com",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, env: GIT_TEST_ENV, encoding: "utf8" });
}
