/**
 * Where a source map's sources live, relative to the artifact: resolved against the map's
 * own directory (and `sourceRoot`), classified (shipped, inside the artifact but not
 * shipped, outside it, absolute, bundler-virtual), and grouped by root for the report
 * (`../src 1,902`, `../node_modules/x 40`, `webpack://./src 12`).
 */
import { posix } from "node:path";

export type SourceLocation =
  /** A relative path that resolves to a file shipped in the same artifact. */
  | "shipped"
  /** A relative path inside the artifact's root that is not shipped (e.g. `../src/x.ts`). */
  | "unshipped"
  /** A relative path that climbs above the artifact's root. */
  | "outside"
  /** An absolute file path or file:// URL: discloses the build machine's layout. */
  | "absolute"
  /** A bundler namespace (`webpack://`, `vite:`, `rollup://`…) with no file behind it. */
  | "virtual";

export interface ResolvedSource {
  source: string;
  location: SourceLocation;
  /** The grouping key shown in reports. */
  root: string;
  /** Whether the source belongs to a dependency (node_modules): not the publisher's own code. */
  thirdParty: boolean;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\/\/?([^/]*\/)?/i;
const ABSOLUTE = /^(\/|[A-Za-z]:[\\/]|\\\\|file:)/;

/**
 * Resolves `source` for a map at `mapPath` (the map's path inside its innermost container,
 * without the container prefix); `exists` says whether a container path is shipped.
 */
export function resolveSource(
  rawSource: string,
  sourceRoot: string | undefined,
  mapPath: string,
  exists: (path: string) => boolean,
): ResolvedSource {
  const source = rawSource.replace(/\\/g, "/");
  const thirdParty = /(^|\/)node_modules\//.test(source);
  const withRoot =
    sourceRoot && !SCHEME.test(source) && !ABSOLUTE.test(source) ? posix.join(sourceRoot, source) : source;

  if (ABSOLUTE.test(withRoot) || /^file:/i.test(withRoot)) {
    return { source: rawSource, location: "absolute", root: absoluteRoot(withRoot), thirdParty };
  }
  const scheme = SCHEME.exec(withRoot);
  if (scheme) {
    const rest = withRoot.slice(scheme[0].length).replace(/^\.\//, "");
    const shipped = rest !== "" && exists(rest);
    return {
      source: rawSource,
      location: shipped ? "shipped" : "virtual",
      root: `${scheme[1]}://${groupKey(rest)}`,
      thirdParty,
    };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(withRoot)) {
    // vite:, rollup: and similar pseudo-schemes without slashes.
    return { source: rawSource, location: "virtual", root: withRoot.split(/[/:]/)[0]!, thirdParty };
  }
  const mapDir = posix.dirname(mapPath);
  const joined = posix.normalize(posix.join(mapDir === "." ? "" : mapDir, withRoot));
  const location: SourceLocation =
    joined.startsWith("../") || joined === ".." ? "outside" : exists(joined) ? "shipped" : "unshipped";
  return { source: rawSource, location, root: groupKey(posix.normalize(withRoot)), thirdParty };
}

/** `../../src/a/b.ts` → `../../src`; `../node_modules/@x/y/z.js` → `../node_modules/@x/y`. */
export function groupKey(path: string): string {
  const segments = path.split("/").filter((s) => s !== "" && s !== ".");
  const key: string[] = [];
  for (const segment of segments) {
    key.push(segment);
    if (segment === "..") continue;
    if (segment === "node_modules") continue;
    if (segment.startsWith("@") && key.at(-2) === "node_modules") continue;
    break;
  }
  if (key.length === segments.length && key.length > 1) key.pop();
  return key.join("/") || ".";
}

function absoluteRoot(path: string): string {
  const clean = path.replace(/^file:\/\//i, "");
  const parts = clean.split("/").filter(Boolean);
  return `/${parts.slice(0, Math.min(3, Math.max(parts.length - 1, 1))).join("/")}`.replace(
    /^\/([A-Za-z]:)/,
    "$1",
  );
}

/** Counts by root, largest first (ties by name), at most `limit` roots. */
export function topRoots(resolved: readonly ResolvedSource[], limit = 10): { root: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const { root } of resolved) counts.set(root, (counts.get(root) ?? 0) + 1);
  return [...counts]
    .map(([root, count]) => ({ root, count }))
    .sort((a, b) => b.count - a.count || (a.root < b.root ? -1 : 1))
    .slice(0, limit);
}
