/**
 * Where a source map's sources live, relative to the release: each source is normalised
 * (`sourceRoot` applied, `\` made `/`, bundler prefixes such as `webpack://name/`,
 * `turbopack:///[project]/`, `file://` and `vite:` understood), resolved against the map's
 * own directory, classified (shipped, not shipped, outside the package, absolute, bundler-
 * virtual) and grouped by root for the report: `../src 1,902`, `../node_modules/x 40`,
 * `webpack://src 12`, `/home/runner/work 3`.
 */
import { posix } from "node:path";

export type SourceLocation =
  /** Resolves to a file shipped in the same release (same container level). */
  | "shipped"
  /** A relative path inside the package that is not shipped (e.g. `../src/x.ts` next to `dist/`). */
  | "unshipped"
  /** A relative path that climbs above the package root (or the container's root). */
  | "outside"
  /** An absolute path or `file://` URL: names the build machine's directories. */
  | "absolute"
  /** A bundler namespace (`webpack://`, `vite:`, `rollup://`…) with no shipped file behind it. */
  | "virtual";

/** Whose code a source is: only the publisher's own code is the leak. */
export type SourceOrigin =
  /** The publisher's own code. */
  | "own"
  /** A dependency (node_modules, pnpm/yarn stores, webpack's `~/` and `(webpack)/`). */
  | "dependency"
  /** Code the bundler wrote (webpack runtime, externals, rollup/vite/esbuild virtual modules). */
  | "generated";

export interface ResolvedSource {
  /** The source as written in the map. */
  source: string;
  location: SourceLocation;
  /** The grouping key shown in reports. */
  root: string;
  origin: SourceOrigin;
}

/** Where the map is, and what ships next to it. */
export interface ResolveContext {
  /** The map's path inside its innermost container (`package/dist/cli.js.map`), without the `!` prefix. */
  mapPath: string;
  /** The package's directory inside that container, with a trailing `/` (`package/`), or "" for its root. */
  packageRoot: string;
  /** Whether a path inside the same container is shipped. */
  exists(path: string): boolean;
}

/** `webpack://ns/rest`, `rollup:///rest`, `turbopack:///[project]/rest`, `webpack-internal:///rest`. */
const URL_SCHEME = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)\/?/i;
/** `vite:preload-helper`, `node:fs`: a scheme without slashes (but not a drive letter). */
const PSEUDO_SCHEME = /^([a-z][a-z0-9+.-]+):/i;
const DRIVE = /^[A-Za-z]:(\/|$)/;

/** Sources that webpack, rollup, vite and esbuild write themselves. */
const GENERATED =
  /^(webpack\/(bootstrap|runtime\/|universalModuleDefinition|startup|before-startup|after-startup)|external |ignored[| ]|\0|<[a-z]+(:[^>]*)?>$|\(disabled\)|[^/]*\/?\(ignored\))/i;
/** Dependencies, however the package manager or bundler spells them. */
const DEPENDENCY =
  /(^|\/)(node_modules|\.pnpm|\.yarn|bower_components|jspm_packages)\/|^(~|\(webpack\)[^/]*)\//;

/** Resolves one source of a map (with the `sourceRoot` that applies to it). */
export function resolveSource(
  rawSource: string,
  sourceRoot: string | undefined,
  context: ResolveContext,
): ResolvedSource {
  const source = applySourceRoot(rawSource.replace(/\\/g, "/"), sourceRoot?.replace(/\\/g, "/"));
  const result = (location: SourceLocation, root: string, path: string): ResolvedSource => ({
    source: rawSource,
    location,
    root,
    origin: originOf(path),
  });

  if (source === "")
    return { source: rawSource, location: "virtual", root: "(unnamed)", origin: "generated" };
  const absolute = absolutePath(source);
  if (absolute !== undefined) return result("absolute", absoluteRoot(absolute), absolute);

  const url = URL_SCHEME.exec(source);
  if (url) {
    // A bundler path is relative to the project, which is some directory at or above the map.
    const rest = posix.normalize(source.slice(url[0].length).replace(/^\[project\]\//, "") || ".");
    const scheme = url[1]!.toLowerCase();
    if (scheme === "http" || scheme === "https") {
      return result("virtual", `${scheme}://${url[2]!.toLowerCase()}`, rest);
    }
    const location = rest.startsWith("../")
      ? "outside"
      : shippedFromProject(rest, context)
        ? "shipped"
        : "virtual";
    const origin = originOf(rest);
    const key = origin === "generated" ? generatedRoot(rest) : groupKey(rest);
    return { source: rawSource, location, root: `${scheme}://${key}`, origin };
  }
  const pseudo = PSEUDO_SCHEME.exec(source);
  if (pseudo) {
    return {
      source: rawSource,
      location: "virtual",
      root: `${pseudo[1]!.toLowerCase()}:`,
      origin: "generated",
    };
  }
  if (GENERATED.test(source)) {
    return { source: rawSource, location: "virtual", root: generatedRoot(source), origin: "generated" };
  }

  const mapDir = posix.dirname(context.mapPath);
  const inContainer = posix.normalize(posix.join(mapDir === "." ? "" : mapDir, source));
  const root = groupKey(posix.normalize(source));
  if (inContainer === ".." || inContainer.startsWith("../")) return result("outside", root, source);
  if (context.exists(inContainer)) return result("shipped", root, source);
  if (!inContainer.startsWith(context.packageRoot)) return result("outside", root, source);
  return result("unshipped", root, source);
}

/** The spec's rule: `sourceRoot` is prefixed to every source that is not itself absolute or a URL. */
function applySourceRoot(source: string, sourceRoot: string | undefined): string {
  if (!sourceRoot || absolutePath(source) !== undefined || URL_SCHEME.test(source)) return source;
  if (PSEUDO_SCHEME.test(source) && !DRIVE.test(source)) return source;
  return sourceRoot.endsWith("/") ? sourceRoot + source : `${sourceRoot}/${source}`;
}

/** The absolute file path a source names (`/home/x`, `C:/Users/x`, `//server/share`, `file:///x`), if any. */
function absolutePath(source: string): string | undefined {
  if (/^file:/i.test(source)) {
    let path = source.replace(/^file:(\/\/[^/]*)?/i, "");
    try {
      path = decodeURI(path);
    } catch {
      // Keep the undecoded form: it still names the directory.
    }
    return path.replace(/^\/([A-Za-z]:)/, "$1");
  }
  if (source.startsWith("/") || DRIVE.test(source)) return source;
  return undefined;
}

/** Whether a project-relative path ships at the map's directory or any directory above it. */
function shippedFromProject(rest: string, context: ResolveContext): boolean {
  if (rest === "." || rest.startsWith("../")) return false;
  let dir = posix.dirname(context.mapPath);
  for (;;) {
    const candidate = dir === "." ? rest : `${dir}/${rest}`;
    if (context.exists(candidate)) return true;
    if (dir === "." || dir === "/") return false;
    dir = posix.dirname(dir);
  }
}

function originOf(path: string): SourceOrigin {
  const withoutDots = path.replace(/^(\.\.?\/)+/, "");
  if (GENERATED.test(withoutDots)) return "generated";
  if (DEPENDENCY.test(path)) return "dependency";
  return "own";
}

/**
 * The group a relative source belongs to: its leading `..` segments plus the first real
 * directory (`../../src/a/b.ts` → `../../src`), or the package for dependencies
 * (`../node_modules/@x/y/z.js` → `../node_modules/@x/y`, pnpm's store included).
 */
export function groupKey(path: string): string {
  const segments = path.split("/").filter((s) => s !== "" && s !== ".");
  segments.pop(); // the file name
  const key: string[] = [];
  let i = 0;
  while (segments[i] === "..") key.push(segments[i++]!);
  const modules = segments.lastIndexOf("node_modules");
  if (modules >= i && modules + 1 < segments.length) {
    const name = segments[modules + 1]!;
    const scoped = name.startsWith("@") && modules + 2 < segments.length;
    key.push("node_modules", scoped ? `${name}/${segments[modules + 2]}` : name);
  } else if (i < segments.length) key.push(segments[i]!);
  return key.join("/") || ".";
}

/** `/home/runner/work/acme/src/a.ts` → `/home/runner/work`: enough to show whose machine, not the file. */
function absoluteRoot(path: string): string {
  const drive = /^[A-Za-z]:/.exec(path)?.[0];
  const parts = (drive ? path.slice(2) : path).split("/").filter(Boolean);
  const shown = parts.slice(0, Math.min(3, Math.max(parts.length - 1, 1)));
  return `${drive ?? ""}/${shown.join("/")}`;
}

function generatedRoot(source: string): string {
  if (source.startsWith("\0")) return "(virtual)";
  if (source.startsWith("<")) return source.replace(/^<([a-z]+).*$/i, "<$1>");
  return source.split(/[/| ]/)[0] || source;
}

/** Counts by root, largest first (ties by name), at most `limit` roots. */
export function topRoots(resolved: readonly ResolvedSource[], limit = 10): { root: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const { root } of resolved) counts.set(root, (counts.get(root) ?? 0) + 1);
  return [...counts]
    .map(([root, count]) => ({ root, count }))
    .sort((a, b) => b.count - a.count || (a.root < b.root ? -1 : a.root > b.root ? 1 : 0))
    .slice(0, limit);
}
