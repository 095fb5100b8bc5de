/**
 * A small wrapper over the real `git`: leakgate never reads git's object format itself, it
 * asks git (`for-each-ref`, `config`, `ls-tree`, `cat-file --batch`). Failures become
 * messages that name the artifact, never stack traces.
 */
import { execFile } from "node:child_process";
import { inputError } from "../../core/errors.js";

/**
 * No prompts; and no replace objects: `git push` sends the original objects, so the scan
 * must read those, not what `refs/replace/*` substitutes for them locally.
 */
export const GIT_ENV = { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_NO_REPLACE_OBJECTS: "1" };

export interface GitContext {
  /** The repository's working directory (or a bare repository). */
  cwd: string;
  /** The artifact as the user named it, for messages. */
  artifact: string;
}

/** Runs git and returns stdout; exit status 1 with `allowFailure` returns undefined (e.g. a config key that is not set). */
export function git(
  context: GitContext,
  args: string[],
  options: { allowFailure?: boolean } = {},
): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      args,
      {
        cwd: context.cwd,
        maxBuffer: 256 * 1024 * 1024,
        encoding: "utf8",
        env: GIT_ENV,
      },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        if (options.allowFailure && typeof error.code === "number" && error.code === 1)
          return resolve(undefined);
        if ((error as NodeJS.ErrnoException).code === "ENOENT") {
          return reject(
            inputError(context.artifact, "git is not installed (it is needed to read git destinations)"),
          );
        }
        const why = stderr.trim().split("\n").pop() || error.message;
        reject(inputError(context.artifact, `git ${args[0]} failed: ${why}`));
      },
    );
  });
}
