/**
 * internal-path: files that should not leave, known by their path alone (env files, keys,
 * credentials, VCS state, editor state, logs and dumps, and the user's own `internal`
 * globs). Never reads bytes. Also notices original TypeScript sources shipped next to
 * their build, once the whole file list is known.
 */
import picomatch from "picomatch";
import { createPathFilter } from "../config/path-filter.js";
import type { LeakgateConfig } from "../config/types.js";
import type { ArtifactKind } from "../core/model.js";
import { parsePackageJsonText } from "../core/package-json.js";
import { formatNumber } from "../core/words.js";
import { INTERNAL_PATH_PATTERNS, type InternalPathPattern } from "./internal-path-patterns.js";
import { leaveOutAdvice } from "./leave-out.js";
import type { FindingSink, Rule } from "./rule.js";

interface CompiledPattern {
  pattern: InternalPathPattern;
  matches: (path: string) => boolean;
}

const NEVER = (): boolean => false;
const GLOB_OPTIONS = { dot: true, nocase: true };

function compile(pattern: InternalPathPattern): CompiledPattern {
  const include = picomatch(pattern.globs, GLOB_OPTIONS);
  const exclude = pattern.except ? picomatch(pattern.except, GLOB_OPTIONS) : NEVER;
  const keep = pattern.keep ? picomatch(pattern.keep, GLOB_OPTIONS) : NEVER;
  return { pattern, matches: (path) => include(path) && (!exclude(path) || keep(path)) };
}

const COMPILED = INTERNAL_PATH_PATTERNS.map(compile);

/**
 * A cheap first test, because nearly every path matches no pattern and trying each pattern's
 * picomatch matchers in turn cost 7–14 µs per entry (0.5–1 s of CPU on the 80,000-file
 * bench corpus). A glob that is a globstar followed by plain segments (a `*.pem` file, a
 * `.aws` directory, `.kube` then `config`) matches a path only if some whole segment of it
 * matches the glob's last segment on its own. One alternation of those segment globs, tried
 * on each segment, lets through every path that can match; the patterns then decide, as
 * before. (picomatch also takes a path equal to a glob as a match, hence the set.) A glob of
 * any other shape, one day, turns the first test off rather than make it wrong.
 */
const INCLUDE_GLOBS = INTERNAL_PATH_PATTERNS.flatMap((pattern) => pattern.globs);
const INCLUDE_SET = new Set(INCLUDE_GLOBS);
const KEY_SEGMENTS = INCLUDE_GLOBS.map(catalogueKeySegment);
const ANY_KEY_SEGMENT = KEY_SEGMENTS.every((segment) => segment !== undefined)
  ? anyOf([...new Set(KEY_SEGMENTS)].map((segment) => picomatch.makeRe(segment, GLOB_OPTIONS)))
  : undefined;

/** One regex matching what any of `regexes` matches (they share their flags: one options object). */
function anyOf(regexes: RegExp[]): RegExp {
  return new RegExp(regexes.map((regex) => `(?:${regex.source})`).join("|"), regexes[0]!.flags);
}

/**
 * The segment every match of `glob` has whole, for a glob that is a globstar followed by
 * segments (a trailing globstar allowed), none negated or holding a `/` inside braces or
 * parentheses; undefined for any other glob (exported for its test).
 */
export function catalogueKeySegment(glob: string): string | undefined {
  const { parts, negated } = picomatch.scan(glob, { parts: true });
  const segments = parts ?? [];
  while (segments.at(-1) === "**") segments.pop();
  const shaped =
    !negated &&
    segments.length >= 2 &&
    segments[0] === "**" &&
    segments.slice(1).every((segment) => segment !== "**" && !segment.includes("/"));
  return shaped ? segments.at(-1) : undefined;
}

function mayMatchCatalogue(form: string): boolean {
  if (!ANY_KEY_SEGMENT || INCLUDE_SET.has(form)) return true;
  return form.split("/").some((segment) => ANY_KEY_SEGMENT.test(segment));
}

/** The path a catalogue glob sees: the innermost level, without npm's `package/` prefix. */
export function catalogueForm(path: string): string {
  const inner = path.slice(path.lastIndexOf("!") + 1);
  return inner.startsWith("package/") ? inner.slice("package/".length) : inner;
}

/** Returns the catalogue pattern a path matches, if any (exported for the samples test). */
export function matchCatalogue(path: string): InternalPathPattern | undefined {
  const form = catalogueForm(path);
  if (!mayMatchCatalogue(form)) return undefined;
  return COMPILED.find(({ matches }) => matches(form))?.pattern;
}

const TS_SOURCE = /(^|\/)src\/.+\.(ts|tsx|mts|cts)$/;
const DECLARATION = /\.d\.(ts|mts|cts)$/;
const BUILD_OUTPUT = /(^|\/)(dist|lib|build|out)\/.+\.(js|mjs|cjs)$/;

export function createInternalPathRule(config: LeakgateConfig): Rule {
  return {
    id: "internal-path",
    start(artifact, report) {
      const packageJsons = new Map<string, PackageJsonReader>();
      const sources = new SourceTally();
      // A streamed artifact keeps no manifest: its paths are judged as they pass.
      const streamedFilter = artifact.streamed
        ? createPathFilter(config, [artifact.id, artifact.streamed.identity])
        : undefined;
      return {
        onEntry(entry) {
          if (entry.type === "file") sources.add(entry.path);
          if (streamedFilter && entry.type !== "directory")
            judgePath(entry.path, streamedFilter.internalMatch(entry.path), artifact.kind, report);
          // A package's own package.json says where its entry points are (read, not judged).
          if (entry.type !== "file" || catalogueForm(entry.path) !== "package.json") return undefined;
          const reader = new PackageJsonReader();
          packageJsons.set(levelOf(entry.path), reader);
          return reader;
        },
        // Judged at the end, from the manifest: this rule needs paths only, and per-artifact
        // settings may be keyed by the identity (`npm:<name>`), known once package.json was read.
        onArtifactEnd(manifest, identity) {
          if (!streamedFilter) {
            const filter = createPathFilter(config, [artifact.id, identity]);
            for (const entry of manifest.entries) {
              if (entry.type !== "directory")
                judgePath(entry.path, filter.internalMatch(entry.path), manifest.kind, report);
            }
          }
          reportSourcesNextToBuild(sources, packageJsons, report);
        },
      };
    },
  };
}

function judgePath(
  path: string,
  userGlob: string | undefined,
  kind: ArtifactKind,
  report: FindingSink,
): void {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (userGlob) {
    report({
      ruleId: "internal-path",
      severity: "error",
      path,
      message: `\`${name}\` matches your \`internal\` pattern \`${userGlob}\`: it is marked as never to ship.`,
      fix: "Remove it from the release, or take the pattern out of `internal` in .leakgate.yml if it may ship after all.",
      details: { pattern: userGlob, source: "config" },
      evidence: `config:${userGlob}`,
    });
    return;
  }
  const pattern = matchCatalogue(path);
  if (!pattern) return;
  report({
    ruleId: "internal-path",
    severity: pattern.severity,
    path,
    message: `${pattern.what.replace("{name}", name)}.`,
    fix: pattern.fix
      .replace("{leaveOut}", leaveOutAdvice(kind, "{ignore}"))
      .replaceAll("{ignore}", ignoreLineFor(pattern, catalogueForm(path))),
    details: { pattern: pattern.id },
    evidence: pattern.id,
  });
}

/**
 * The `.npmignore` line the fix suggests: the directory the pattern is about (`.git/`),
 * else the pattern's broader line when it fits the name (`.env*`), else the name itself.
 */
function ignoreLineFor(pattern: InternalPathPattern, form: string): string {
  const segments = form.split("/");
  const name = segments.pop() ?? form;
  const dirs = new Set((pattern.dirs ?? []).map((dir) => dir.toLowerCase()));
  const dir = segments.find((segment) => dirs.has(segment.toLowerCase()));
  if (dir) return `${dir}/`;
  if (pattern.ignoreLine && picomatch.isMatch(name, pattern.ignoreLine, { dot: true, nocase: true }))
    return pattern.ignoreLine;
  return name;
}

/** The `!`-joined prefix of the container an entry sits in ("" for the artifact itself). */
function levelOf(path: string): string {
  const cut = path.lastIndexOf("!");
  return cut === -1 ? "" : path.slice(0, cut + 1);
}

/** Collects a (small) package.json as it streams by and reads its entry points. */
class PackageJsonReader {
  private chunks: Buffer[] = [];
  private length = 0;
  onChunk(chunk: Buffer): void {
    this.length += chunk.length;
    if (this.length <= 256 * 1024) this.chunks.push(Buffer.from(chunk));
  }
  onEnd(): void {}
  /** `main`, `module`, `bin` and every string in `exports`, as paths relative to the package. */
  entryPoints(): string[] {
    if (this.length > 256 * 1024) return [];
    try {
      const text = Buffer.concat(this.chunks).toString("utf8");
      const pkg = parsePackageJsonText(text) as Record<string, unknown>;
      const found: string[] = [];
      const collect = (value: unknown): void => {
        if (typeof value === "string") found.push(value.replace(/^\.\//, ""));
        else if (value && typeof value === "object") for (const inner of Object.values(value)) collect(inner);
      };
      for (const key of ["main", "module", "bin", "exports"]) collect(pkg[key]);
      return found.filter((path) => /\.(c|m)?js$/.test(path));
    } catch {
      return [];
    }
  }
}

/**
 * TypeScript sources under src/ shipped beside their build: usually an over-wide `files`.
 * The build is where package.json's entry points are; without a package.json, any
 * dist/, lib/, build/ or out/ JavaScript counts. Packages whose entry points are in src/
 * (they ship their sources on purpose) are left alone.
 */
function reportSourcesNextToBuild(
  tally: SourceTally,
  packageJsons: Map<string, PackageJsonReader>,
  report: FindingSink,
): void {
  for (const [prefix, { count, examples, built, underPackage }] of tally.levels) {
    if (count === 0) continue;
    const entryPoints = packageJsons.get(prefix)?.entryPoints() ?? [];
    const buildDirs = [
      ...new Set(
        entryPoints.map((path) => path.split("/")[0]!).filter((dir) => dir !== "src" && !dir.endsWith(".js")),
      ),
    ];
    if (entryPoints.some((path) => path.startsWith("src/"))) continue;
    if (entryPoints.length > 0 ? buildDirs.length === 0 : !built) continue;
    const root = underPackage ? `${prefix}package/src` : `${prefix}src`;
    const where =
      buildDirs.length > 0
        ? ` (its entry points are in ${buildDirs.map((d) => `\`${d}/\``).join(", ")})`
        : "";
    report({
      ruleId: "internal-path",
      severity: "warning",
      path: root,
      message: `${formatNumber(count)} original TypeScript ${count === 1 ? "source under `src/` ships" : "sources under `src/` ship"} next to the built JavaScript${where}; consumers only need the build.`,
      fix: "Narrow `files` in package.json to the build output (e.g. `dist`), or add `src/` to `.npmignore`.",
      details: { pattern: "sources-next-to-build", count, examples },
      evidence: "sources-next-to-build",
    });
  }
}

/** Per archive level: how many TypeScript sources under `src/`, a few of them, and whether built JavaScript ships too. */
class SourceTally {
  readonly levels = new Map<
    string,
    { count: number; examples: string[]; built: boolean; underPackage: boolean }
  >();

  add(path: string): void {
    const form = catalogueForm(path);
    const isSource = TS_SOURCE.test(form) && !DECLARATION.test(form);
    const isBuild = !isSource && BUILD_OUTPUT.test(form);
    if (!isSource && !isBuild) return;
    const prefix = levelOf(path);
    let level = this.levels.get(prefix);
    if (!level) {
      level = { count: 0, examples: [], built: false, underPackage: false };
      this.levels.set(prefix, level);
    }
    if (isBuild) {
      level.built = true;
      return;
    }
    level.count++;
    // The first five by path, as a sorted file list would show them, whatever the read order.
    level.examples.push(path);
    level.examples.sort(byCodePoint);
    if (level.examples.length > 5) level.examples.pop();
    if (path.startsWith(`${prefix}package/src/`)) level.underPackage = true;
  }
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
