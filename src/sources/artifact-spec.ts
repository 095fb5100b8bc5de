/**
 * Artifact specs: how users name what would leave, on the command line and in the action.
 *
 *   dist/my-pkg-1.2.3.tgz     a file (format from its bytes)
 *   dist/                     a directory (every file below it)
 *   npm:packages/web          a package directory, restricted to what `npm publish` ships
 *   web=dist/                 any of the above with an explicit, stable name
 *   "release/*.zip"           a glob: one artifact per match (quote it in the shell)
 *   oci:image/, docker-archive:api.tar   a container image (detected anyway; the prefix insists)
 */
import type { Stats } from "node:fs";
import { stat } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { UserError } from "../core/errors.js";
import { splitDestination } from "./destination.js";
import type { PublishedSource } from "./published.js";
import { readWorkspace } from "./workspaces.js";

export interface ArtifactSpec {
  /** The explicit name from `name=…`, if given. */
  name?: string;
  /** The path as the user wrote it (relative paths stay relative), for display. */
  source: string;
  /** Absolute path on disk. */
  absolutePath: string;
  /** Read as a package directory through npm-packlist. */
  npm: boolean;
  /**
   * For a member listed from `npm:<root>` of a workspace: that root (absolute), whose ignore
   * files apply to the member as `npm pack --workspaces` applies them there.
   */
  workspaceRoot?: string;
  isDirectory: boolean;
  /** `git:<remote-or-url>[?mirror]`: the refs a push would send (see sources/git/). */
  git?: { target: string };
  /** Where it goes, as written after `->` (see destination.ts). */
  destination?: string;
  /** Already published: read from a registry, bucket or remote by `leakgate audit`. */
  published?: PublishedSource;
  /** Written `docker-archive:path` or `oci:path`: anything but a container image is an error. */
  image?: boolean;
  /** The baseline identity, when it is known otherwise (the artifact the audit found recorded for a bucket). */
  identity?: string;
}

/** `name=path`: names are simple words, so a path with `=` in it (`dist/a=b.tgz`) is never mistaken for one. */
const NAME = /^([A-Za-z0-9][\w.@-]*)=(.+)$/;

/** Expands specs into artifacts; unknown paths and empty globs are usage errors. */
export async function resolveArtifactSpecs(specs: readonly string[], cwd: string): Promise<ArtifactSpec[]> {
  return (await resolveArtifacts(specs, cwd)).specs;
}

/** The artifacts, and notes about what a spec left out (private workspace packages). */
export async function resolveArtifacts(
  specs: readonly string[],
  cwd: string,
): Promise<{ specs: ArtifactSpec[]; notes: string[] }> {
  const resolved: ArtifactSpec[] = [];
  const notes: string[] = [];
  for (const written of specs) {
    if (written.trim() === "") throw new UserError("usage", "an artifact cannot be an empty string");
    const { spec, destination } = splitDestination(written);
    const to = destination ? { destination } : {};
    const named = NAME.exec(spec);
    const name = named?.[1];
    let rest = named ? named[2]! : spec;
    if (rest.startsWith("git:") && rest.length > 4) {
      // A destination, not a path: read from the repository in the working directory.
      resolved.push({
        ...(name ? { name } : {}),
        source: rest,
        absolutePath: cwd,
        npm: false,
        isDirectory: false,
        git: { target: rest.slice(4) },
        ...to,
      });
      continue;
    }
    // `docker-archive:` and `oci:` (skopeo's names) only insist that the artifact is an image.
    const image = /^(docker-archive|oci):/.exec(rest)?.[1];
    if (image) rest = rest.slice(image.length + 1);
    const npm = rest.startsWith("npm:");
    if (npm) rest = rest.slice(4) || ".";
    if (rest.trim() === "") throw new UserError("usage", `"${spec}" names no path`);
    const paths = (await isGlob(rest)) ? await expandGlob(rest, cwd, spec) : [rest];
    const workspace = npm && paths.length === 1 ? await readWorkspace(resolve(cwd, paths[0]!)) : undefined;
    if (workspace) {
      // A workspace root: every package that would be published, one artifact each.
      if (name)
        throw new UserError(
          "usage",
          `"${spec}" is a workspace of several packages; a name= can only be given to one`,
        );
      const root = paths[0]!;
      for (const skipped of workspace.skipped) {
        notes.push(
          `${posixJoin(root, skipped.dir)}${skipped.name ? ` (${skipped.name})` : ""} is private and never published: skipped`,
        );
      }
      const members = [
        ...(workspace.rootPublished ? [root] : []),
        ...workspace.members.map((dir) => posixJoin(root, dir)),
      ];
      const workspaceRoot = resolve(cwd, root);
      for (const member of members) {
        const described = await describe(member, cwd, true, undefined);
        const isRoot = member === root;
        resolved.push({ ...described, ...(isRoot ? {} : { workspaceRoot }), ...to });
      }
      continue;
    }
    if (name && paths.length > 1) {
      throw new UserError(
        "usage",
        `"${spec}" names ${paths.length} artifacts; a name= can only be given to one`,
      );
    }
    for (const path of paths)
      resolved.push({ ...(await describe(path, cwd, npm, name)), ...to, ...(image ? { image: true } : {}) });
  }
  const seen = new Map<string, string>();
  for (const artifact of resolved) {
    const id = artifactId(artifact);
    const earlier = seen.get(id);
    if (earlier)
      throw new UserError(
        "usage",
        `two artifacts would be called "${id}" (${earlier}, ${artifact.source}); name one with name=path`,
      );
    seen.set(id, artifact.source);
  }
  return { specs: resolved, notes };
}

function posixJoin(root: string, dir: string): string {
  return root === "." || root === "" ? dir : `${root.replace(/\/+$/, "")}/${dir}`;
}

/** The id shown in reports: the explicit name, or the path as the user wrote it. */
export function artifactId(spec: ArtifactSpec): string {
  return spec.name ?? spec.source;
}

/**
 * fast-glob's own test, loaded only for a spec that could be a glob: every pattern it calls
 * dynamic holds one of these characters, and most specs (`dist/app.tgz`, `npm:.`) hold none,
 * so most scans start without it.
 */
async function isGlob(path: string): Promise<boolean> {
  if (!/[\\*?![({]/.test(path)) return false;
  const { default: fg } = await import("fast-glob");
  return fg.isDynamicPattern(path);
}

async function expandGlob(pattern: string, cwd: string, spec: string): Promise<string[]> {
  const { default: fg } = await import("fast-glob");
  const matches = await fg(pattern, { cwd, dot: true, onlyFiles: false, followSymbolicLinks: false });
  if (matches.length === 0) throw new UserError("usage", `no artifact matches "${spec}" (looked in ${cwd})`);
  return matches.sort();
}

async function describe(
  path: string,
  cwd: string,
  npm: boolean,
  name: string | undefined,
): Promise<ArtifactSpec> {
  const absolutePath = resolve(cwd, path);
  let isDirectory: boolean;
  try {
    const stats = await stat(absolutePath);
    isDirectory = stats.isDirectory();
    // Reading a fifo waits for a writer forever; a device or socket is nothing a release holds.
    if (!isDirectory && !stats.isFile()) {
      throw new UserError(
        "usage",
        `artifact "${path}" is ${specialFileKind(stats)}; only files and directories can be artifacts`,
      );
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "does not exist"
        : code === "EACCES"
          ? "cannot be read (permission denied)"
          : `cannot be read (${code})`;
    throw new UserError("usage", `artifact "${path}" ${why}`);
  }
  if (npm && !isDirectory) throw new UserError("usage", `"npm:${path}" must name a package directory`);
  // Relative to the working directory however it was written (`dist`, `./dist/`, or
  // `${{ github.workspace }}/dist`), so the identity does not depend on the spelling; a path
  // outside the working directory keeps its absolute form.
  const inside = relative(cwd, absolutePath);
  const shown =
    inside === ""
      ? "."
      : inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)
        ? absolutePath
        : inside;
  return {
    ...(name ? { name } : {}),
    source: shown.replace(/\\/g, "/"),
    absolutePath,
    npm,
    isDirectory,
  };
}

function specialFileKind(stats: Stats): string {
  if (stats.isFIFO()) return "a named pipe (fifo)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  return "not a regular file";
}

/**
 * The spec that names this one artifact again, as a user would type it: `npm:` for package
 * directories, `name=` when it was named. Printed in the commands leakgate suggests, so that
 * pasting one records the very artifact that was scanned (a glob becomes one spec per match).
 */
export function specText(artifact: { id: string; source: string; kind: string }): string {
  const path = artifact.kind === "npm-package" ? `npm:${artifact.source}` : artifact.source;
  return artifact.id !== artifact.source ? `${artifact.id}=${path}` : path;
}
