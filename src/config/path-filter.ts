/**
 * Which paths a user's globs talk about. A finding's path can be nested (`a.tgz!x.zip!y`)
 * and npm tarballs put everything under `package/`, so a glob is tried against these forms
 * of a path (`package/vendor/x.zip!lib/a.js`):
 *   1. the full path                                  `package/vendor/x.zip!lib/a.js`
 *   2. the full path without a leading `package/`     `vendor/x.zip!lib/a.js`
 *   3. the innermost part (after the last `!`)        `lib/a.js`
 *   4. that part without a leading `package/`         (for a tarball nested in a zip)
 * So `allow: ["*.map"]`, `allow: ["dist/*.map"]` and `allow: ["test/fixtures/**"]` do what
 * they look like they do, for a package directory and its tarball alike. Because of form 2,
 * a directory glob (`test/fixtures/**`) also covers what is inside archives under that
 * directory, while a name glob (`*.zip`) covers the archive itself, not its contents: `!`
 * is an ordinary character to a glob, so `keys.zip!id_rsa` is not a name ending in `.zip`.
 *
 * `.leakgateignore` lines are gitignore patterns tried on the same forms, so a `/`-anchored
 * line is anchored at the artifact root (below `package/` for npm tarballs) and at the root
 * of each archive inside it.
 */
import ignore, { type Ignore } from "ignore";
import picomatch from "picomatch";
import type { LeakgateConfig } from "./types.js";

const GLOB_OPTIONS = { dot: true, nocase: false } as const;
const NPM_PREFIX = "package/";

function withoutNpmPrefix(path: string): string {
  return path.startsWith(NPM_PREFIX) ? path.slice(NPM_PREFIX.length) : path;
}

/** The forms of a path that globs are matched against (see the module comment). */
export function pathForms(path: string): string[] {
  const inner = path.slice(path.lastIndexOf("!") + 1);
  return [...new Set([path, withoutNpmPrefix(path), inner, withoutNpmPrefix(inner)])];
}

export type Matcher = (path: string) => boolean;

function compileGlob(glob: string): Matcher {
  // A glob without `/` is about a file name, wherever the file is (as in .gitignore).
  return picomatch(glob, { ...GLOB_OPTIONS, basename: !glob.includes("/") });
}

/** A matcher for a list of picomatch globs, tried on every form of a path. */
export function globMatcher(globs: readonly string[]): Matcher {
  if (globs.length === 0) return () => false;
  const matchers = globs.map(compileGlob);
  return (path) => pathForms(path).some((form) => matchers.some((match) => match(form)));
}

/** A matcher for `.leakgateignore` lines (gitignore syntax: `#` comments, `!` negation, `/` anchors). */
export function ignoreMatcher(lines: readonly string[]): Matcher {
  if (lines.every((line) => line.trim() === "" || line.trimStart().startsWith("#"))) return () => false;
  const ig: Ignore = ignore().add([...lines]);
  return (path) =>
    pathForms(path).some((form) => {
      try {
        return ig.ignores(form);
      } catch {
        return false; // not a relative path (`../x`, `/abs`): no ignore line can mean it
      }
    });
}

/** Globs that apply to an artifact: the top-level list plus every `artifacts:` entry whose glob matches it. */
function forArtifact(
  config: LeakgateConfig,
  artifactIds: readonly string[],
  key: "allow" | "internal",
): string[] {
  const globs = [...config[key]];
  for (const [pattern, overrides] of Object.entries(config.artifacts)) {
    const own = overrides[key];
    if (!own) continue;
    const matches = picomatch(pattern, { dot: true });
    if (artifactIds.some((id) => matches(id))) globs.push(...own);
  }
  return globs;
}

/** What the user's path settings say about the paths of one artifact. */
export interface PathFilter {
  /** Exempt from every finding, by `allow` (top level or for this artifact) or `.leakgateignore`. */
  isAllowed: Matcher;
  /** The first of the user's `internal` globs (top level or for this artifact) the path matches. */
  internalMatch(path: string): string | undefined;
}

/**
 * The path filter for one artifact. `artifactIds` are the names `artifacts:` keys may match:
 * the artifact's id (as given) and its stable identity (`npm:@acme/cli`).
 */
export function createPathFilter(config: LeakgateConfig, artifactIds: readonly string[]): PathFilter {
  const allowed = globMatcher(forArtifact(config, artifactIds, "allow"));
  const ignored = ignoreMatcher(config.ignoreFileLines);
  const internal = forArtifact(config, artifactIds, "internal").map((glob) => ({
    glob,
    match: compileGlob(glob),
  }));
  return {
    isAllowed: (path) => allowed(path) || ignored(path),
    // Only the entry's own forms: a zip under an internal directory is reported once, as itself,
    // rather than once more for every file inside it.
    internalMatch: (path) => {
      if (internal.length === 0) return undefined;
      const forms = pathForms(path).filter((form) => !form.includes("!"));
      return internal.find(({ match }) => forms.some((form) => match(form)))?.glob;
    },
  };
}
