/**
 * source-map: source maps that give away what was not meant to ship.
 *
 * The incident this tool exists for: a 60 MB `cli.js.map` whose `sourcesContent` held the
 * original source of ~1,900 files under `../src/`. Maps are read as they stream by (never
 * held whole) and judged after the whole artifact was read, because "is this source shipped
 * anyway?" needs the full file list.
 *
 *   embedded content of the publisher's own sources that are not shipped → error   (the leak)
 *   absolute or outside-the-package sources, without content             → warning (path disclosure)
 *   sourceMappingURL pointing at an http(s) host                         → warning
 *   a map that cannot be parsed                                          → warning
 *   anything else (maps of shipped files, dependency/bundler content)    → note
 */
import { formatBytes } from "../core/format-bytes.js";
import type { ArtifactKind } from "../core/model.js";
import { formatNumber } from "../core/words.js";
import { leaveOutAdvice } from "./leave-out.js";
import type { EntryInfo, FindingSink, Rule } from "./rule.js";
import { redactUrlCredentials } from "./secret/redact.js";
import { describeRoot, embeddedSourcesFix } from "./source-map/build-hints.js";
import { InlineMapDetector, type InlineMapFindings, MAX_PER_FILE } from "./source-map/inline-url.js";
import { SourceMapScanner, type SourceMapSummary, sourceRootAt } from "./source-map/json-scanner.js";
import { type ResolvedSource, resolveSource, topRoots } from "./source-map/roots.js";

const RULE_ID = "source-map";
const SCRIPT = /\.(m?js|cjs|css)$/i;
/** Names that only a source map has. */
const SCRIPT_MAP = /\.([mc]?[jt]sx?|css|scss|sass|less)\.map$/i;

interface MapRecord {
  entry: EntryInfo;
  inline: boolean;
  /** 0 for a `.map` file and a file's first inline map; 1, 2… for further inline maps in the same file. */
  ordinal: number;
  summary: SourceMapSummary;
}

interface UrlRecord {
  entry: EntryInfo;
  url: string;
}

/** The source-map rule: see the table at the top of this file. */
export const sourceMapRule: Rule = {
  id: RULE_ID,
  start(artifact, report) {
    const maps: MapRecord[] = [];
    const urls: UrlRecord[] = [];
    // A streamed artifact has no manifest at the end: the paths a map may point at are kept
    // here instead, only for entries whose bytes are read (a bare listing holds no maps).
    const streamedPaths = artifact.streamed ? new Set<string>() : undefined;
    return {
      onEntry(entry) {
        if (streamedPaths && !entry.unread) streamedPaths.add(entry.path);
        if (entry.type !== "file") return undefined;
        if (entry.innerPath.toLowerCase().endsWith(".map")) {
          const scanner = new SourceMapScanner();
          return {
            onChunk: (chunk) => scanner.write(chunk),
            onEnd: () => {
              const summary = scanner.end();
              // `app.js.map` is a source map by name, broken or not; `firmware.map` (a linker
              // map) or `level1.map` is only judged when its bytes look like one.
              if (summary.looksLikeSourceMap || SCRIPT_MAP.test(entry.innerPath))
                maps.push({ entry, inline: false, ordinal: 0, summary });
            },
          };
        }
        if (SCRIPT.test(entry.innerPath)) {
          const detector = new InlineMapDetector();
          return {
            onChunk: (chunk) => detector.write(chunk),
            onEnd: () => {
              const found = detector.end();
              found.inlineMaps.forEach((summary, ordinal) => {
                maps.push({ entry, inline: true, ordinal, summary });
              });
              for (const url of found.urls) urls.push({ entry, url });
              if (found.omittedInlineMaps > 0 || found.omittedUrls > 0) reportFlood(entry, found, report);
            },
          };
        }
        return undefined;
      },
      onArtifactEnd(manifest) {
        const shipped = streamedPaths ?? new Set(manifest.entries.map((e) => e.path));
        for (const record of maps) judgeMap(record, shipped, manifest.kind, report);
        for (const record of urls) judgeUrl(record, report);
      },
    };
  },
};

/** What a map reveals, counted. */
interface Judgement {
  resolved: ResolvedSource[];
  /** Sources whose content is embedded and that do not ship. */
  embeddedNotShipped: ResolvedSource[];
  /** Of those, the publisher's own code. */
  ownEmbedded: ResolvedSource[];
  /** Absolute or outside-the-package sources without content. */
  disclosed: ResolvedSource[];
  /** Embedded sources past the kept ones (a map naming more than MAX_KEPT_SOURCES): not resolved, counted as not shipped. */
  unresolvedEmbedded: number;
}

function judge(record: MapRecord, shipped: Set<string>): Judgement {
  const { entry, summary } = record;
  const prefix = entry.path.slice(0, entry.path.length - entry.innerPath.length);
  // npm tarballs and package directories keep the package under `package/`: above it is outside.
  const packageRoot =
    entry.innerPath.startsWith("package/") && shipped.has(`${prefix}package/package.json`) ? "package/" : "";
  const context = {
    mapPath: entry.innerPath,
    packageRoot,
    exists: (path: string) => shipped.has(prefix + path),
  };
  const resolved = summary.sources.map((source, i) =>
    resolveSource(source, sourceRootAt(summary, i), context),
  );
  const embedded = (i: number) => (summary.contentLengths[i] ?? -1) >= 0;
  const embeddedNotShipped = resolved.filter((s, i) => embedded(i) && s.location !== "shipped");
  const keptEmbedded = summary.contentLengths.filter((length) => length >= 0).length;
  return {
    resolved,
    embeddedNotShipped,
    ownEmbedded: embeddedNotShipped.filter((s) => s.origin === "own"),
    disclosed: resolved.filter(
      (s, i) => !embedded(i) && (s.location === "absolute" || s.location === "outside"),
    ),
    // Only a map naming more sources than are kept has embedded sources that were not resolved
    // (content elements beyond the end of `sources` name no file and are left aside).
    unresolvedEmbedded:
      summary.sourceCount > summary.sources.length ? summary.embeddedCount - keptEmbedded : 0,
  };
}

function judgeMap(record: MapRecord, shipped: Set<string>, kind: ArtifactKind, report: FindingSink): void {
  const leaveOut = leaveOutAdvice(kind, "*.map");
  const { entry, summary, inline, ordinal } = record;
  const name = inline ? `The inline source map in ${basename(entry.innerPath)}` : basename(entry.innerPath);
  // Several inline maps in one file (concatenated bundles) are told apart in the fingerprint.
  const evidence = (kind: string) => (ordinal > 0 ? `${kind}#${ordinal}` : kind);
  if (summary.malformed) {
    report({
      ruleId: RULE_ID,
      severity: "warning",
      path: entry.path,
      message: `${name} could not be read as a source map (${summary.malformed}), so what it reveals was not checked.`,
      fix: "Check the build that wrote it, or leave the map out of the release.",
      details: { malformed: summary.malformed, mapBytes: summary.bytes, inline },
      evidence: evidence("malformed"),
    });
    // What was read before the map broke still counts: content embedded ahead of junk (a
    // deep tail of brackets, a cut-off end) is the leak all the same, and must still block.
    if (summary.embeddedCount === 0) return;
  }
  const j = judge(record, shipped);
  const notShippedCount = j.embeddedNotShipped.length + j.unresolvedEmbedded;
  const details: Record<string, unknown> = {
    sources: summary.sourceCount,
    sourcesContent: summary.embeddedCount,
    embeddedNotShipped: notShippedCount,
    topRoots: topRoots(notShippedCount > 0 ? j.embeddedNotShipped : j.resolved),
    mapBytes: summary.bytes,
    inline,
  };
  if (j.unresolvedEmbedded > 0) details.unresolvedEmbedded = j.unresolvedEmbedded;

  if (j.ownEmbedded.length > 0 || j.unresolvedEmbedded > 0) {
    const roots = [rootList(j.embeddedNotShipped)];
    if (j.unresolvedEmbedded > 0) roots.push(`${count(j.unresolvedEmbedded)} more not resolved`);
    report({
      ruleId: RULE_ID,
      severity: "error",
      path: entry.path,
      message: `${name} embeds the original source of ${plural(notShippedCount, "file")} that ${notShippedCount === 1 ? "is" : "are"} not shipped (${roots.filter(Boolean).join(", ")}): anyone who downloads the release can read ${notShippedCount === 1 ? "it" : "them"}.`,
      fix: embeddedSourcesFix(j.resolved, leaveOut),
      details,
      evidence: evidence("embedded-sources"),
    });
  } else if (j.disclosed.length > 0) {
    details.topRoots = topRoots(j.disclosed);
    report({
      ruleId: RULE_ID,
      severity: "warning",
      path: entry.path,
      message: `${name} names ${plural(j.disclosed.length, "source")} outside the release (${rootList(j.disclosed)}), disclosing how the build machine or repository is laid out.`,
      fix: j.disclosed.some((s) => s.location === "absolute")
        ? "Make the bundler write relative source paths (e.g. `sourceRoot`, webpack's `devtoolModuleFilenameTemplate`), or leave the map out of the release."
        : `Leave the map out of the release (${leaveOut}) if the repository's layout is not to be shown; otherwise accept this finding.`,
      details,
      evidence: evidence("disclosed-paths"),
    });
  } else {
    report({
      ruleId: RULE_ID,
      severity: "note",
      path: entry.path,
      message: `${name} (${formatBytes(summary.bytes)}) ${describeHarmless(j, summary)}; it reveals nothing that is not already published.`,
      fix: "Nothing to do, unless you prefer not to ship source maps.",
      details,
      evidence: evidence("map"),
    });
  }
}

/** The note's middle part: what the map holds, given that none of it is the leak. */
function describeHarmless(j: Judgement, summary: SourceMapSummary): string {
  if (j.embeddedNotShipped.length > 0) {
    return `embeds the source of ${plural(j.embeddedNotShipped.length, "dependency or bundler file")} (${rootList(j.embeddedNotShipped)})`;
  }
  const notShipped = j.resolved.filter((s) => s.location !== "shipped").length;
  if (notShipped === 0) return `maps ${plural(summary.sourceCount, "source")} that ship with it`;
  return `names ${plural(summary.sourceCount, "source")} (${count(notShipped)} not shipped) without embedding their content`;
}

function judgeUrl({ entry, url }: UrlRecord, report: FindingSink): void {
  let host: string | undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") host = parsed.host;
  } catch {
    return; // a relative URL: the map ships beside the file (or is missing), nothing to say
  }
  if (!host) return;
  report({
    ruleId: RULE_ID,
    severity: "warning",
    path: entry.path,
    message: `${basename(entry.innerPath)} points its source map at ${host}, which tells everyone where your build artifacts are hosted (and serves the sources to anyone who can reach it).`,
    fix: "Remove the `sourceMappingURL` comment from released files, or point it at a public, relative map.",
    details: { host, url: redactUrlCredentials(url).slice(0, 200) },
    evidence: host,
  });
}

/**
 * A file with more source-map comments than any build writes. The inline maps past the cap
 * were not judged and may embed sources, so that blocks; extra URLs only inform.
 */
function reportFlood(entry: EntryInfo, found: InlineMapFindings, report: FindingSink): void {
  const maps = found.omittedInlineMaps;
  report({
    ruleId: RULE_ID,
    severity: maps > 0 ? "error" : "warning",
    path: entry.path,
    message: `${basename(entry.innerPath)} holds ${count(found.inlineMaps.length + maps)} inline source maps and ${count(found.urls.length + found.omittedUrls)} sourceMappingURL comments; only the first ${MAX_PER_FILE} of each were judged.`,
    fix: "No build writes this many source-map comments into one file: find out what generated it, and strip them from released files.",
    details: { inlineMaps: found.inlineMaps.length + maps, urls: found.urls.length + found.omittedUrls },
    evidence: `flood ${maps} ${found.omittedUrls}`,
  });
}

/** `../src 1,900, ../node_modules/x 2`: the three largest roots. */
function rootList(list: readonly ResolvedSource[]): string {
  return topRoots(list, 3)
    .map(({ root, count: n }) => `${describeRoot(root)} ${count(n)}`)
    .join(", ");
}

function count(n: number): string {
  return formatNumber(n);
}

function plural(n: number, noun: string): string {
  return `${count(n)} ${noun}${n === 1 ? "" : "s"}`;
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}
