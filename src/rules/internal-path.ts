/**
 * internal-path: files that should not leave, known by their path alone (env files, keys,
 * credentials, VCS state, editor state, logs and dumps, and the user's own `internal`
 * globs). Never reads bytes. Also notices original TypeScript sources shipped next to
 * their build, once the whole file list is known.
 */
import picomatch from "picomatch";
import { createPathFilter } from "../config/path-filter.js";
import type { LeakgateConfig } from "../config/types.js";
import type { ArtifactManifest } from "../model.js";
import { INTERNAL_PATH_PATTERNS, type InternalPathPattern } from "./internal-path-patterns.js";
import type { Rule } from "./rule.js";

interface CompiledPattern {
  pattern: InternalPathPattern;
  matches: (path: string) => boolean;
}

function compile(pattern: InternalPathPattern): CompiledPattern {
  const options = { dot: true, nocase: true };
  const include = picomatch(pattern.globs, options);
  const exclude = pattern.except ? picomatch(pattern.except, options) : () => false;
  return { pattern, matches: (path) => include(path) && !exclude(path) };
}

const COMPILED = INTERNAL_PATH_PATTERNS.map(compile);

/** The path a catalogue glob sees: the innermost level, without npm's `package/` prefix. */
export function catalogueForm(path: string): string {
  const inner = path.slice(path.lastIndexOf("!") + 1);
  return inner.startsWith("package/") ? inner.slice("package/".length) : inner;
}

/** Returns the catalogue pattern a path matches, if any (exported for the samples test). */
export function matchCatalogue(path: string): InternalPathPattern | undefined {
  const form = catalogueForm(path);
  return COMPILED.find(({ matches }) => matches(form))?.pattern;
}

const TS_SOURCE = /(^|\/)src\/.+\.(ts|tsx|mts|cts)$/;
const DECLARATION = /\.d\.(ts|mts|cts)$/;
const BUILD_OUTPUT = /(^|\/)(dist|lib|build|out)\/.+\.(js|mjs|cjs)$/;

export function createInternalPathRule(config: LeakgateConfig): Rule {
  return {
    id: "internal-path",
    summary:
      "Files that should not ship, known by their path: env files, keys, credentials, VCS and editor state, logs.",
    defaultSeverity: "error",
    start(artifact, report) {
      const filter = createPathFilter(config, [artifact.id]);
      return {
        onEntry(entry) {
          if (entry.type === "directory") return undefined;
          const name = entry.innerPath.slice(entry.innerPath.lastIndexOf("/") + 1);
          const userGlob = filter.internalMatch(entry.path);
          if (userGlob) {
            report({
              ruleId: "internal-path",
              severity: "error",
              path: entry.path,
              message: `\`${name}\` matches your \`internal\` pattern \`${userGlob}\`: it is marked as never to ship.`,
              fix: "Remove it from the release, or take the pattern out of `internal` in .leakgate.yml if it may ship after all.",
              details: { pattern: userGlob, source: "config" },
              evidence: `config:${userGlob}`,
            });
            return undefined;
          }
          const pattern = matchCatalogue(entry.path);
          if (pattern) {
            report({
              ruleId: "internal-path",
              severity: pattern.severity,
              path: entry.path,
              message: `${pattern.what.replace("{name}", name)}.`,
              fix: pattern.fix,
              details: { pattern: pattern.id },
              evidence: pattern.id,
            });
          }
          return undefined;
        },
        onArtifactEnd(manifest) {
          reportSourcesNextToBuild(manifest, report);
        },
      };
    },
  };
}

/** TypeScript sources under src/ shipped beside built JavaScript: usually an over-wide `files`. */
function reportSourcesNextToBuild(manifest: ArtifactManifest, report: Parameters<Rule["start"]>[1]): void {
  const levels = new Map<string, { sources: string[]; built: boolean }>();
  for (const entry of manifest.entries) {
    if (entry.type !== "file") continue;
    const cut = entry.path.lastIndexOf("!");
    const prefix = cut === -1 ? "" : entry.path.slice(0, cut + 1);
    const form = catalogueForm(entry.path);
    const level = levels.get(prefix) ?? { sources: [], built: false };
    levels.set(prefix, level);
    if (TS_SOURCE.test(form) && !DECLARATION.test(form)) level.sources.push(entry.path);
    else if (BUILD_OUTPUT.test(form)) level.built = true;
  }
  for (const [prefix, { sources, built }] of levels) {
    if (!built || sources.length === 0) continue;
    const root = manifest.entries.some((e) => e.path.startsWith(`${prefix}package/src/`))
      ? `${prefix}package/src`
      : `${prefix}src`;
    report({
      ruleId: "internal-path",
      severity: "warning",
      path: root,
      message: `${sources.length.toLocaleString("en-US")} original TypeScript sources under \`src/\` ship next to the built JavaScript; consumers only need the build.`,
      fix: "Narrow `files` in package.json to the build output (e.g. `dist`), or add `src/` to `.npmignore`.",
      details: { pattern: "sources-next-to-build", count: sources.length, examples: sources.slice(0, 5) },
      evidence: "sources-next-to-build",
    });
  }
}
