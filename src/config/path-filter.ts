/**
 * Which paths a user's globs talk about. A finding's path can be nested (`a.tgz!x.zip!y`)
 * and npm tarballs put everything under `package/`, so a glob is tried against:
 *   1. the full path (`package/dist/x.zip!lib/a.js`),
 *   2. the innermost part (`lib/a.js`), and
 *   3. that part without a leading `package/` (`dist/cli.js.map` for `package/dist/cli.js.map`).
 * So `allow: ["*.map"]`, `allow: ["dist/*.map"]` and `allow: ["**\/fixtures/**"]` all do what
 * they look like they do, for tarballs and directories alike.
 */
import ignore, { type Ignore } from "ignore";
import picomatch from "picomatch";
import type { LeakgateConfig } from "./types.js";

const GLOB_OPTIONS = { dot: true, nocase: false } as const;

/** The forms of a path that globs are matched against. */
export function pathForms(path: string): string[] {
  const inner = path.slice(path.lastIndexOf("!") + 1);
  const forms = [path, inner];
  if (inner.startsWith("package/")) forms.push(inner.slice("package/".length));
  return [...new Set(forms)];
}

export type Matcher = (path: string) => boolean;

/** A matcher for a list of picomatch globs; a glob without `/` matches a file name anywhere. */
export function globMatcher(globs: readonly string[]): Matcher {
  if (globs.length === 0) return () => false;
  const matchers = globs.map((glob) => picomatch(glob, { ...GLOB_OPTIONS, basename: !glob.includes("/") }));
  return (path) => pathForms(path).some((form) => matchers.some((match) => match(form)));
}

function ignoreMatcher(lines: readonly string[]): Matcher {
  if (lines.every((line) => line.trim() === "" || line.startsWith("#"))) return () => false;
  const ig: Ignore = ignore().add([...lines]);
  return (path) =>
    pathForms(path)
      .filter((form) => !form.includes("!")) // gitignore syntax is about paths inside one tree, not `!` chains
      .some((form) => {
        try {
          return ig.ignores(form);
        } catch {
          return false; // not a relative path (`../x`, `/abs`): no ignore line can mean it
        }
      });
}

/** Globs that apply to an artifact: the top-level list plus every `artifacts:` entry whose glob matches its id. */
function forArtifact(
  config: LeakgateConfig,
  artifactIds: readonly string[],
  key: "allow" | "internal",
): string[] {
  const globs = [...config[key]];
  for (const [pattern, overrides] of Object.entries(config.artifacts)) {
    const matches = picomatch(pattern, { dot: true });
    if (artifactIds.some((id) => matches(id)) && overrides[key]) globs.push(...overrides[key]);
  }
  return globs;
}

export interface PathFilter {
  /** Exempt by `allow` or `.leakgateignore`. */
  isAllowed: Matcher;
  /** Matches the user's `internal` globs: returns the first matching glob. */
  internalMatch(path: string): string | undefined;
}

/** `artifactIds`: the artifact's id and its stable identity (either may be matched by `artifacts:` keys). */
export function createPathFilter(config: LeakgateConfig, artifactIds: readonly string[]): PathFilter {
  const allowed = globMatcher(forArtifact(config, artifactIds, "allow"));
  const ignored = ignoreMatcher(config.ignoreFileLines);
  const internal = forArtifact(config, artifactIds, "internal").map((glob) => ({
    glob,
    match: globMatcher([glob]),
  }));
  return {
    isAllowed: (path) => allowed(path) || ignored(path),
    internalMatch: (path) => internal.find(({ match }) => match(path))?.glob,
  };
}
