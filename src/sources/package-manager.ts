/**
 * Which package manager publishes a package, and what it would pack. npm-packlist knows npm's
 * rules; pnpm (publishConfig.directory, workspace: protocol rewriting) and yarn have their
 * own, so for them leakgate never guesses: it runs the manager's own `pack` into a temporary
 * directory and reads the tarball it writes, exactly what `publish` would upload.
 *
 * The manager: from the package directory up to the repository root, the first
 * `packageManager` field (what corepack honours), `pnpm-workspace.yaml` or lockfile; else npm.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { inputError } from "../errors.js";

export type PackageManager = "npm" | "pnpm" | "yarn";

export interface ManagerChoice {
  manager: PackageManager;
  /** Why: `packageManager: pnpm@10.1.0`, `pnpm-lock.yaml in ..`, or `default`. */
  reason: string;
}

const LOCKFILES: [string, PackageManager][] = [
  ["pnpm-lock.yaml", "pnpm"],
  ["yarn.lock", "yarn"],
  ["package-lock.json", "npm"],
  ["npm-shrinkwrap.json", "npm"],
];

export async function detectPackageManager(dir: string): Promise<ManagerChoice> {
  // From the package up to the repository (a workspace root decides for its packages).
  for (let at = dir; ; at = dirname(at)) {
    const field = await packageManagerField(at);
    if (field)
      return {
        manager: field.manager,
        reason: `packageManager: ${field.value}${at === dir ? "" : ` in ${at}`}`,
      };
    if (existsSync(join(at, "pnpm-workspace.yaml")))
      return { manager: "pnpm", reason: `pnpm-workspace.yaml in ${at}` };
    for (const [file, manager] of LOCKFILES) {
      if (existsSync(join(at, file))) return { manager, reason: `${file} in ${at}` };
    }
    if (existsSync(join(at, ".git")) || dirname(at) === at) break;
  }
  return { manager: "npm", reason: "default" };
}

async function packageManagerField(
  dir: string,
): Promise<{ manager: PackageManager; value: string } | undefined> {
  try {
    const field = (
      JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as { packageManager?: unknown }
    ).packageManager;
    const named = typeof field === "string" ? /^(npm|pnpm|yarn)@/.exec(field) : null;
    return named ? { manager: named[1] as PackageManager, value: field as string } : undefined;
  } catch {
    return undefined; // no package.json here, or unreadable (the npm reader reports that)
  }
}

/** Runs `<manager> pack` in `dir`, writing the tarball into `into`; returns its path. */
export async function packWith(
  manager: "pnpm" | "yarn",
  dir: string,
  into: string,
  artifact: string,
): Promise<string> {
  const args =
    manager === "pnpm" ? ["pack", "--pack-destination", into] : ["pack", "--out", join(into, "package.tgz")];
  await new Promise<void>((resolve, reject) => {
    execFile(
      manager,
      args,
      {
        cwd: dir,
        timeout: 5 * 60_000,
        maxBuffer: 64 * 1024 * 1024,
        // Never prompt, never download a different manager version behind the user's back.
        env: {
          ...process.env,
          COREPACK_ENABLE_STRICT: "0",
          COREPACK_ENABLE_DOWNLOAD_PROMPT: "0",
          CI: "true",
        },
      },
      (error, stdout, stderr) => {
        if (!error) return resolve();
        if ((error as NodeJS.ErrnoException).code === "ENOENT") {
          return reject(
            inputError(
              artifact,
              `this package is published with ${manager}, which is not installed here; install it (only ${manager} packs it exactly), or scan the tarball \`${manager} pack\` writes`,
            ),
          );
        }
        // yarn writes its errors to stdout.
        const why = `${stdout}\n${stderr}`.trim().split("\n").filter(Boolean).pop() ?? error.message;
        reject(inputError(artifact, `${manager} pack failed: ${why}`));
      },
    );
  });
  const tarball = (await readdir(into)).find((name) => name.endsWith(".tgz"));
  if (!tarball) throw inputError(artifact, `${manager} pack wrote no tarball`);
  return join(into, tarball);
}
