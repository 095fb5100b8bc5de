/**
 * Workspaces: `npm:.` on a workspace root means every package of the workspace that would
 * be published, one artifact each (npm and yarn: package.json `workspaces`, matched as npm
 * matches them; pnpm: `pnpm-workspace.yaml`). Private packages are never published and are
 * skipped, with a note.
 */
import { readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { parsePackageJsonText } from "../core/package-json.js";
import { npmRefusal } from "./npm-package-reader.js";

export interface Workspace {
  /** Package directories relative to the root, that would be published. */
  members: string[];
  /** Private packages, skipped. */
  skipped: { dir: string; name?: string }[];
  /** Whether the root itself would be published (it is not private). */
  rootPublished: boolean;
}

interface Manifest {
  name?: string;
  private?: boolean;
  workspaces?: string[] | { packages?: string[] };
}

async function readJson(path: string): Promise<Manifest | undefined> {
  try {
    return parsePackageJsonText(await readFile(path, "utf8")) as Manifest;
  } catch {
    return undefined;
  }
}

/** The `packages` of `pnpm-workspace.yaml`, when there is one that lists them. */
async function pnpmWorkspacePackages(root: string): Promise<string[] | undefined> {
  const text = await readFile(join(root, "pnpm-workspace.yaml"), "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  // The YAML parser loads only here: most scans never meet a pnpm workspace.
  const { parseYaml } = await import("./yaml-text.js");
  try {
    const parsed = parseYaml(text) as { packages?: unknown } | null;
    return Array.isArray(parsed?.packages) ? parsed.packages.map(String) : undefined;
  } catch {
    // Not YAML: not a workspace leakgate can follow (pnpm itself reports it).
    return undefined;
  }
}

/** The workspace rooted at `root`, or undefined when it is not a workspace root. */
export async function readWorkspace(root: string): Promise<Workspace | undefined> {
  const manifest = await readJson(join(root, "package.json"));
  if (!manifest) return undefined;
  const pnpm = await pnpmWorkspacePackages(root);
  const dirs = pnpm ? await globDirectories(root, pnpm) : await npmWorkspaceDirectories(root, manifest);
  if (!dirs) return undefined;
  const members: string[] = [];
  const skipped: Workspace["skipped"] = [];
  for (const dir of dirs) {
    const member = await readJson(join(root, dir, "package.json"));
    if (!member) continue;
    if (member.private === true) skipped.push({ dir, ...(member.name ? { name: member.name } : {}) });
    else members.push(dir);
  }
  return { members, skipped, rootPublished: manifest.private !== true };
}

/**
 * package.json `workspaces`, matched as npm matches them (@npmcli/map-workspaces, what
 * `npm publish --workspaces` uses): `!` negations in order, `!!` re-inclusion, a leading `/`,
 * backslashes, members outside the root. Matching them with a glob library of our own
 * skipped packages npm publishes (a hostile review found four shapes), and a skipped package
 * is a package never checked. Undefined when there are no patterns.
 */
async function npmWorkspaceDirectories(root: string, manifest: Manifest): Promise<string[] | undefined> {
  const declared = Array.isArray(manifest.workspaces) ? manifest.workspaces : manifest.workspaces?.packages;
  if (!Array.isArray(declared) || declared.length === 0) return undefined;
  const { default: mapWorkspaces } = await import("@npmcli/map-workspaces");
  const found = await mapWorkspaces({ cwd: root, pkg: manifest as Record<string, unknown> }).catch(
    (error: Error) => {
      throw npmRefusal(root, "this workspace's packages, so it would not publish them either", error);
    },
  );
  // A root that lists itself (`"."`) is the root, which is judged on its own `private`.
  const dirs = [...found.values()].map((dir) => relative(root, dir).split(sep).join("/"));
  return dirs.filter((dir) => dir !== "").sort();
}

/** pnpm-workspace.yaml `packages`, matched as globs of directories (pnpm packs them itself). */
async function globDirectories(root: string, patterns: string[]): Promise<string[] | undefined> {
  if (patterns.length === 0) return undefined;
  const include = patterns.filter((p) => !p.startsWith("!")).map((p) => p.replace(/\/+$/, ""));
  const exclude = patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
  const { default: fg } = await import("fast-glob");
  return (
    await fg(include, {
      cwd: root,
      onlyDirectories: true,
      ignore: ["**/node_modules/**", ...exclude],
      dot: false,
    })
  ).sort();
}
