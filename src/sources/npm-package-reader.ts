/**
 * Reads a package directory the way `npm publish` would ship it: npm-packlist decides the
 * files (package.json `files`, .npmignore, .gitignore and npm's always-included and
 * never-included lists), and every path is placed under `package/`, exactly as in the
 * tarball `npm pack` writes. A package directory and its tarball have the same manifest.
 */
import { realpath } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { UserError } from "../core/errors.js";
import { readPackageJsonObject } from "../core/package-json.js";
import { pathExists } from "../core/path-exists.js";
import { readFiles } from "./directory-reader.js";
import type { RawEntry } from "./raw-entry.js";

export interface PackageJsonSummary {
  name?: string;
  version?: string;
  /** publishConfig.registry: where `npm publish` sends it. */
  publishRegistry?: string;
  /** publishConfig's `@scope:registry` for the package's own scope, which wins over any plain registry. */
  publishScopeRegistry?: string;
}

/** The fields leakgate reads from a parsed package.json. */
export function summarisePackageJson(parsed: Record<string, unknown>): PackageJsonSummary {
  const publishConfig = parsed.publishConfig as Record<string, unknown> | undefined;
  const name = typeof parsed.name === "string" ? parsed.name : undefined;
  const scope = name?.startsWith("@") ? name.slice(0, name.indexOf("/")) : undefined;
  const scoped = scope ? publishConfig?.[`${scope}:registry`] : undefined;
  return {
    ...(typeof scoped === "string" ? { publishScopeRegistry: scoped } : {}),
    ...(typeof parsed.name === "string" ? { name: parsed.name } : {}),
    ...(typeof parsed.version === "string" ? { version: parsed.version } : {}),
    ...(typeof publishConfig?.registry === "string" ? { publishRegistry: publishConfig.registry } : {}),
  };
}

export async function readPackageJson(root: string): Promise<PackageJsonSummary> {
  return summarisePackageJson(await readPackageJsonObject(root));
}

/**
 * The package built from `dir`, as `{ name: "." }`, so that results about its packed tarball
 * can point at the files under it (SARIF); empty when `dir` has no package.json with a name.
 */
export async function localPackageSources(dir: string): Promise<Record<string, string>> {
  try {
    const { name } = await readPackageJson(dir);
    return name ? { [name]: "." } : {};
  } catch {
    return {};
  }
}

/**
 * The files `npm publish` would include, relative to `root`, sorted. `workspaceRoot`: the
 * root it was listed from as a workspace member (`npm:.` on that root); else, for a member,
 * the root npm itself finds when run inside it.
 */
export async function npmPackFileList(root: string, workspaceRoot?: string): Promise<string[]> {
  // npm's libraries are large; load them only when a package directory is scanned.
  const { default: Arborist } = await import("@npmcli/arborist");
  const { default: packlist } = await import("npm-packlist");
  // npm packs from the directory's real path (a shell's working directory has its links
  // resolved). Given a link, Arborist makes the root a Link, and npm-packlist then found no
  // bundled dependencies: files npm ships went unscanned.
  const path = await realpath(resolve(root)).catch(() => resolve(root));
  const tree =
    (await rootOnlyTree(path, Arborist)) ??
    (await new Arborist({ path }).loadActual().catch((error: unknown) => {
      throw npmRefusal(path, "this package", error);
    }));
  const prefix = workspaceRoot
    ? await realpath(workspaceRoot).catch(() => workspaceRoot)
    : await workspaceRootOf(path);
  // A workspace member is packed as npm packs it (`npm pack -w`, or npm run inside the member,
  // which finds the root itself): the root's ignore files, and those of the directories
  // between, apply to it. Without them a `.env` ignored at the root was scanned and blocked,
  // and a root `.gitignore` that re-included one of npm's defaults hid a shipped file.
  const files = await packlist(tree, prefix ? { path, prefix, workspaces: [path] } : undefined);
  return files.map((file) => file.replace(/\\/g, "/")).sort();
}

/**
 * The workspace root whose workspaces include the package at `path` (a real path), found as
 * npm finds it when run inside a member (@npmcli/config's local prefix): up from the package,
 * the first directory with a package.json whose `workspaces` name it. Undefined for a package
 * that is no workspace's member.
 */
async function workspaceRootOf(path: string): Promise<string | undefined> {
  const { default: PackageJson } = await import("@npmcli/package-json");
  for (let at = dirname(path); at !== dirname(at); at = dirname(at)) {
    if (!(await pathExists(join(at, "package.json")))) continue;
    // npm moves on past a package.json it cannot read; so does leakgate.
    const pkg = await PackageJson.normalize(at).then(
      ({ content }) => content,
      () => undefined,
    );
    if (!pkg?.workspaces) continue;
    const { default: mapWorkspaces } = await import("@npmcli/map-workspaces");
    // npm fails on these too (two workspaces with one name): say so rather than guess.
    const members = await mapWorkspaces({ cwd: at, pkg }).catch((error: Error) => {
      throw npmRefusal(path, `the workspaces of ${at}, so it would not pack this package either`, error);
    });
    if ([...members.values()].includes(path)) return at;
  }
  return undefined;
}

/**
 * What npm's libraries throw for input they cannot read (`workspaces` that is not an array,
 * two workspaces with one name) carries npm's error code: npm itself stops there too, so it
 * is the user's input, said as npm says it. Anything else stays a bug.
 */
export function npmRefusal(path: string, what: string, error: unknown): unknown {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== "string" || !(error instanceof Error)) return error;
  return new UserError(
    "input",
    `npm:${path}: npm cannot read ${what} (${code}): ${error.message.replace(/\s+/g, " ")}`,
  );
}

/**
 * The package as Arborist's tree root, without what is installed under it, when npm-packlist
 * needs nothing from there; undefined otherwise. `loadActual` reads the package.json of every
 * installed package (724 in this repository, 0.27 s, on every `npm:` scan in CI after
 * `npm ci`), and npm-packlist uses them only to pack bundled dependencies and workspaces.
 * The root's package.json is read by the same function `loadActual` reads it with; one it
 * cannot read is left to `loadActual` (so that the error is the one it always was). `path`
 * is a real path.
 */
async function rootOnlyTree(
  path: string,
  Arborist: typeof import("@npmcli/arborist").default,
): Promise<unknown> {
  try {
    const { default: PackageJson } = await import("@npmcli/package-json");
    const { content: pkg } = await PackageJson.normalize(path);
    const bundled = pkg.bundleDependencies;
    if ((Array.isArray(bundled) ? bundled.length > 0 : Boolean(bundled)) || pkg.workspaces) return undefined;
    return new Arborist.Node({ path, realpath: path, pkg });
  } catch {
    return undefined;
  }
}

export async function* readNpmPackage(root: string, workspaceRoot?: string): AsyncGenerator<RawEntry> {
  yield* readFiles(root, await npmPackFileList(root, workspaceRoot), "package/");
}
