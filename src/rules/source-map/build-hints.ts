/**
 * Words for what a source map reveals, for the people who must act on it: a build tool's
 * scratch directory described rather than printed as `../../../../../darwin_arm64-fastbuild-ST-fdfa778d11ba`,
 * and the bundler setting that leaves sources out, named when the map says which bundler wrote it.
 */
import type { ResolvedSource } from "./roots.js";

/**
 * Directories a build tool makes for itself. Only these are put in words: a home directory
 * or a CI checkout is printed as it is, since the path itself is what is disclosed.
 */
const SCRATCH: readonly { pattern: RegExp; words: string }[] = [
  {
    pattern: /(^|\/)(bazel-out|bazel-bin)(\/|$)|(^|\/)[a-z0-9_]+-(fastbuild|opt|dbg)(-ST-[0-9a-f]+)?(\/|$)/i,
    words: "a Bazel output directory",
  },
  {
    pattern: /^\/(tmp|private\/var\/folders|var\/folders)\/|\/AppData\/Local\/Temp\//i,
    words: "a temporary directory on the build machine",
  },
  {
    pattern: /(^|\/)\.next\/|(^|\/)\.nx\/|(^|\/)\.turbo\/|(^|\/)\.angular\/cache\//,
    words: "a build tool's cache directory",
  },
];

/** `a Bazel output directory (…/darwin_arm64-fastbuild-ST-fdfa778d11ba)`, or the root as it is. */
export function describeRoot(root: string): string {
  const scratch = SCRATCH.find(({ pattern }) => pattern.test(root));
  if (!scratch) return root;
  const last = root
    .split("/")
    .filter((part) => part && part !== "..")
    .at(-1);
  return last ? `${scratch.words} (…/${last})` : scratch.words;
}

type Bundler = "webpack" | "vite" | "rollup" | "turbopack" | "esbuild";

const BY_SCHEME: Record<string, Bundler> = {
  "webpack:": "webpack",
  "webpack-internal:": "webpack",
  "turbopack:": "turbopack",
  "rollup:": "rollup",
  "vite:": "vite",
};

/** The bundler whose own source prefixes the map uses, when they say. */
export function bundlerOf(sources: readonly ResolvedSource[]): Bundler | undefined {
  for (const { source } of sources) {
    const scheme = /^([a-z][a-z0-9-]*:)/i.exec(source)?.[1]?.toLowerCase();
    const bundler = scheme ? BY_SCHEME[scheme] : undefined;
    if (bundler) return bundler;
  }
  return undefined;
}

const SETTING: Record<Bundler, string> = {
  webpack: "webpack: `devtool: 'nosources-source-map'`",
  turbopack: "Next.js: `productionBrowserSourceMaps: false` (or strip `sourcesContent` after the build)",
  vite: "Vite: `build.sourcemap: 'hidden'` plus a step that strips `sourcesContent` (or `build.rollupOptions.output.sourcemapExcludeSources: true`)",
  rollup: "Rollup: `output.sourcemapExcludeSources: true`",
  esbuild: "esbuild: `sourcesContent: false`",
};

const EVERY =
  "esbuild `sourcesContent: false`; webpack `devtool: 'nosources-source-map'`; Vite `build.sourcemap: 'hidden'` plus a strip step; Rollup `output.sourcemapExcludeSources: true`; tsc `inlineSources: false`";

/** How to stop embedding sources: the setting of the bundler that wrote the map, or of each common one. */
export function embeddedSourcesFix(sources: readonly ResolvedSource[], leaveOut: string): string {
  const bundler = bundlerOf(sources);
  const setting = bundler ? SETTING[bundler] : `the bundler's setting (${EVERY})`;
  return `Build the map without sources: ${setting}. Or leave source maps out of the release: ${leaveOut}.`;
}
