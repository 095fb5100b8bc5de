/**
 * source-map: source maps that give away what was not meant to ship.
 *
 * The incident this tool exists for: a 60 MB `cli.js.map` whose `sourcesContent` held the
 * original source of ~1,900 files under `../src/`. The map is judged after the whole
 * artifact was read, because "is this source shipped anyway?" needs the full file list.
 *
 *   embedded content of sources that are not shipped (own code)   → error   (the leak)
 *   sources outside the artifact or absolute, without content      → warning (path disclosure)
 *   sourceMappingURL pointing at a host                            → warning
 *   a map that cannot be parsed                                     → warning
 *   anything else (maps of shipped files, third-party content)      → note
 */
import { formatBytes } from "../format-bytes.js";
import type { EntryInfo, Report, Rule } from "./rule.js";
import { InlineMapDetector } from "./source-map/inline-url.js";
import { SourceMapScanner, type SourceMapSummary } from "./source-map/json-scanner.js";
import { type ResolvedSource, resolveSource, topRoots } from "./source-map/sources.js";

const SCRIPT = /\.(m?js|cjs|css)$/i;
const FIX_EMBEDDED =
  "Build with `sourcesContent: false` (or leave source maps out of the release: add `*.map` to `.npmignore`, or narrow `files` in package.json).";

interface MapRecord {
  entry: EntryInfo;
  inline: boolean;
  summary: SourceMapSummary;
}

interface UrlRecord {
  entry: EntryInfo;
  url: string;
}

const count = (n: number) => n.toLocaleString("en-US");

export const sourceMapRule: Rule = {
  id: "source-map",
  summary: "Source maps that embed original sources not shipped, or disclose build paths and hosts.",
  defaultSeverity: "error",
  start(_artifact, report) {
    const maps: MapRecord[] = [];
    const urls: UrlRecord[] = [];
    return {
      onEntry(entry) {
        if (entry.type !== "file") return undefined;
        if (entry.innerPath.toLowerCase().endsWith(".map")) {
          const scanner = new SourceMapScanner();
          return {
            onChunk: (chunk) => scanner.write(chunk),
            onEnd: () => maps.push({ entry, inline: false, summary: scanner.end() }),
          };
        }
        if (SCRIPT.test(entry.innerPath)) {
          const detector = new InlineMapDetector();
          return {
            onChunk: (chunk) => detector.write(chunk),
            onEnd: () => {
              const found = detector.end();
              for (const summary of found.inlineMaps) maps.push({ entry, inline: true, summary });
              for (const url of found.urls) urls.push({ entry, url });
            },
          };
        }
        return undefined;
      },
      onArtifactEnd(manifest) {
        const shipped = new Set(manifest.entries.map((e) => e.path));
        const sizes = new Map(manifest.entries.map((e) => [e.path, e.size]));
        for (const record of maps) judgeMap(record, shipped, sizes, report);
        for (const record of urls) judgeUrl(record, report);
      },
    };
  },
};

function containerPrefix(entry: EntryInfo): string {
  return entry.path.slice(0, entry.path.length - entry.innerPath.length);
}

function judgeMap(record: MapRecord, shipped: Set<string>, sizes: Map<string, number>, report: Report): void {
  const { entry, summary, inline } = record;
  const name = inline ? `The inline source map in ${basename(entry.innerPath)}` : basename(entry.innerPath);
  if (summary.malformed) {
    report({
      ruleId: "source-map",
      severity: "warning",
      path: entry.path,
      message: `${name} could not be read as a source map (${summary.malformed}), so what it reveals was not checked.`,
      fix: "Check the build that wrote it, or leave the map out of the release.",
      details: { malformed: summary.malformed },
      evidence: "malformed",
    });
    return;
  }
  const prefix = containerPrefix(entry);
  const exists = (path: string) => shipped.has(prefix + path);
  const resolved = summary.sources.map((source) =>
    resolveSource(source, summary.sourceRoot, entry.innerPath, exists),
  );
  const embedded = resolved.filter((_, i) => (summary.contentLengths[i] ?? -1) >= 0);
  const embeddedNotShipped = embedded.filter((s) => s.location !== "shipped");
  const ownEmbedded = embeddedNotShipped.filter((s) => !s.thirdParty);
  const disclosed = resolved.filter(
    (s, i) =>
      (s.location === "outside" || s.location === "absolute") && (summary.contentLengths[i] ?? -1) < 0,
  );
  const details = {
    sources: summary.sources.length,
    sourcesContent: summary.embeddedCount,
    embeddedNotShipped: embeddedNotShipped.length,
    topRoots: topRoots(embeddedNotShipped.length > 0 ? embeddedNotShipped : resolved),
    mapBytes: sizes.get(entry.path) ?? 0,
    inline,
  };
  const roots = (list: readonly ResolvedSource[]) =>
    topRoots(list, 3)
      .map(({ root, count: n }) => `${root} ${count(n)}`)
      .join(", ");

  if (ownEmbedded.length > 0) {
    report({
      ruleId: "source-map",
      severity: "error",
      path: entry.path,
      message: `${name} embeds the original source of ${count(embeddedNotShipped.length)} files that are not shipped (${roots(embeddedNotShipped)}): anyone who downloads the release can read them.`,
      fix: FIX_EMBEDDED,
      details,
      evidence: "embedded-sources",
    });
  } else if (disclosed.length > 0) {
    report({
      ruleId: "source-map",
      severity: "warning",
      path: entry.path,
      message: `${name} names ${count(disclosed.length)} sources outside the release (${roots(disclosed)}), disclosing how the build machine or repository is laid out.`,
      fix: "Set the bundler's source root to a relative path (e.g. `sourceRoot` / `devtoolModuleFilenameTemplate`), or leave the map out of the release.",
      details,
      evidence: "disclosed-paths",
    });
  } else {
    const what =
      embeddedNotShipped.length > 0
        ? `embeds the source of ${count(embeddedNotShipped.length)} third-party files (${roots(embeddedNotShipped)})`
        : `maps ${count(summary.sources.length)} sources that ship with it`;
    report({
      ruleId: "source-map",
      severity: "note",
      path: entry.path,
      message: `${name} ships (${formatBytes(details.mapBytes)}) and ${what}; it reveals nothing that is not already published.`,
      fix: "Nothing to do, unless you prefer not to ship source maps.",
      details,
      evidence: "map",
    });
  }
}

function judgeUrl({ entry, url }: UrlRecord, report: Report): void {
  let host: string | undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") host = parsed.host;
  } catch {
    return; // a relative URL: the map ships beside the file (or is missing), nothing to say
  }
  if (!host) return;
  report({
    ruleId: "source-map",
    severity: "warning",
    path: entry.path,
    message: `${basename(entry.innerPath)} points its source map at ${host}, which tells everyone where your build artifacts are hosted (and serves the sources to anyone who can reach it).`,
    fix: "Remove the `sourceMappingURL` comment from released files, or point it at a public, relative map.",
    details: { host, url: url.slice(0, 200) },
    evidence: host,
  });
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}
