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
import { readdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { inputError } from "../core/errors.js";
import { readPackageJsonObject } from "../core/package-json.js";

export type PackageManager = "npm" | "pnpm" | "yarn";

export interface ManagerChoice {
  manager: PackageManager;
  /** The packageManager field that decided it, when one did (`pnpm@10.1.0`). */
  wanted?: string;
  /** Why: `packageManager: pnpm@10.1.0`, `pnpm-lock.yaml in ..`, or `default`. */
  reason: string;
}

/**
 * Never prompt, never fetch another manager version behind the user's back (corepack, and
 * pnpm's own manage-package-manager-versions): the installed manager packs, or leakgate says why not.
 */
const MANAGER_ENV = {
  ...process.env,
  COREPACK_ENABLE_STRICT: "0",
  COREPACK_ENABLE_DOWNLOAD_PROMPT: "0",
  npm_config_manage_package_manager_versions: "false",
  CI: "true",
};

/** A manager whose own `pack` leakgate runs (npm's rules are read in-process by npm-packlist). */
export type PackingManager = ManagerChoice & { manager: "pnpm" | "yarn" };

export function packsItself(choice: ManagerChoice | undefined): choice is PackingManager {
  return choice !== undefined && choice.manager !== "npm";
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
        wanted: field.value,
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
  let field: unknown;
  try {
    field = (await readPackageJsonObject(dir)).packageManager;
  } catch {
    return undefined; // no package.json here, or unreadable (the npm reader reports that)
  }
  if (field === undefined) return undefined;
  if (typeof field !== "string") {
    throw inputError(
      dir,
      `package.json's "packageManager" must be a string such as "pnpm@10.1.0" (got ${JSON.stringify(field)})`,
    );
  }
  // `pnpm` alone names the manager without a version: it is used as installed.
  const named = /^(npm|pnpm|yarn)(?:@(\d+)|$)/.exec(field);
  if (!named) {
    // bun, deno, a typo: leakgate cannot know what it would publish, so it does not guess.
    throw inputError(
      dir,
      `package.json says "packageManager": "${field}", which leakgate does not know how to pack (npm, pnpm and yarn are supported)`,
    );
  }
  return { manager: named[1] as PackageManager, value: field };
}

/** The installed manager's major version must be the one package.json asks for: another major packs differently. */
async function checkVersion(
  manager: "pnpm" | "yarn",
  wanted: string | undefined,
  dir: string,
  artifact: string,
): Promise<void> {
  const major = wanted ? /@(\d+)/.exec(wanted)?.[1] : undefined;
  if (!major) return;
  const installed = await new Promise<string | undefined>((resolve) => {
    execFile(manager, ["--version"], { cwd: dir, env: MANAGER_ENV, timeout: 60_000 }, (error, stdout) =>
      resolve(error ? undefined : stdout.trim()),
    );
  });
  if (installed && installed.split(".")[0] !== major) {
    throw inputError(
      artifact,
      `package.json asks for ${wanted}, but ${manager} ${installed} is installed: another major version packs differently; install ${wanted}`,
    );
  }
}

/** Runs `<manager> pack` in `dir`, writing the tarball into `into`; returns its path. */
export async function packWith(
  manager: "pnpm" | "yarn",
  dir: string,
  into: string,
  artifact: string,
  wanted?: string,
): Promise<string> {
  await checkVersion(manager, wanted, dir, artifact);
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
        env: MANAGER_ENV,
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
