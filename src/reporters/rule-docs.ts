/**
 * One entry per finding code: its title, a one-line summary, the usual fix and the README
 * anchor that explains it. SARIF rule descriptors, the markdown summary and the annotations
 * are all drawn from here, so a new rule is documented in one place (plus its README row,
 * which a test keeps in step with this list).
 */
import type { Severity } from "../core/model.js";

export interface RuleDoc {
  /** The stable finding code (`Finding.ruleId`). */
  id: string;
  /**
   * A PascalCase name for SARIF `reportingDescriptor.name`. It must differ from `id` even
   * ignoring case: the SARIF validator (SARIF1001) rejects a name that merely repeats the id.
   */
  name: string;
  /** A few words for headings and annotation titles. */
  title: string;
  /** One sentence: what the rule catches. */
  summary: string;
  /** One sentence: the usual way to make the finding go away. */
  fix: string;
  /** The severity most of its findings get; a finding's own severity may differ. */
  defaultSeverity: Severity;
  /** `security` for leaks (what code scanning filters on), `supply-chain`, `baseline`, … */
  tags: readonly string[];
  /**
   * How code scanning ranks its alerts (SARIF `security-severity`, 0–10: 9+ critical, 7+ high,
   * 4+ medium, else low).
   */
  securitySeverity: number;
  /** CWE ids it is an instance of: 798 credentials, 540 source in released files, 538 file exposure, … */
  cwe: readonly number[];
  /** How often a finding is right (SARIF `precision`). */
  precision: "very-high" | "high" | "medium" | "low";
}

export const DOCS_URL = "https://github.com/leakgate/leakgate";

export const RULE_DOCS: readonly RuleDoc[] = [
  {
    id: "internal-path",
    securitySeverity: 7.5,
    cwe: [538],
    precision: "high",
    name: "InternalFileShipped",
    title: "Internal file in the release",
    summary:
      "A file that should not ship, known by its path: env files, keys, credentials, VCS and editor state, logs.",
    fix: "Remove it from the release: `.npmignore`, or narrow `files` in package.json (or the upload step's include list).",
    defaultSeverity: "error",
    tags: ["security", "leak"],
  },
  {
    id: "source-map",
    securitySeverity: 7.5,
    cwe: [540],
    precision: "high",
    name: "SourceMapExposesSources",
    title: "Source map exposes sources",
    summary: "A source map embeds original sources that are not shipped, or discloses build paths and hosts.",
    fix: "Build with `sourcesContent: false`, or leave source maps out of the release.",
    defaultSeverity: "error",
    tags: ["security", "leak"],
  },
  {
    id: "secret",
    securitySeverity: 9.0,
    cwe: [798],
    precision: "high",
    name: "SecretInReleasedFile",
    title: "Secret in a released file",
    summary:
      "A credential in file contents: cloud, VCS, registry, chat and payment tokens, private keys, JWTs.",
    fix: "Remove the value from the file and the release, and rotate it.",
    defaultSeverity: "error",
    tags: ["security", "leak", "secret"],
  },
  {
    id: "large-file",
    securitySeverity: 2.0,
    cwe: [538],
    precision: "medium",
    name: "LargeFile",
    title: "Large file",
    summary: "A single file larger than thresholds.maxFileSize.",
    fix: "Check that it is meant to ship; if so, record it in the baseline or raise the threshold.",
    defaultSeverity: "warning",
    tags: ["size"],
  },
  {
    id: "unexpected-large-file",
    securitySeverity: 5.0,
    cwe: [538],
    precision: "medium",
    name: "UnexpectedLargeFile",
    title: "Unexpected large file",
    summary: "A file that is not in the baseline and is at least thresholds.newFileSize.",
    fix: "Remove it, or refresh the baseline if it is meant to ship.",
    defaultSeverity: "error",
    tags: ["baseline", "size"],
  },
  {
    id: "unexpected-file",
    securitySeverity: 4.0,
    cwe: [538],
    precision: "medium",
    name: "UnexpectedFile",
    title: "Unexpected file",
    summary: "A file that is not in the baseline.",
    fix: "Remove it, or refresh the baseline if it is meant to ship.",
    defaultSeverity: "warning",
    tags: ["baseline"],
  },
  {
    id: "file-growth",
    securitySeverity: 4.0,
    cwe: [538],
    precision: "medium",
    name: "FileGrowth",
    title: "File grew since the baseline",
    summary: "A file grew by more than growthFactor and growthBytes since the baseline.",
    fix: "Find out what the build started adding; refresh the baseline if the growth is intended.",
    defaultSeverity: "error",
    tags: ["baseline", "size"],
  },
  {
    id: "artifact-growth",
    securitySeverity: 4.0,
    cwe: [538],
    precision: "medium",
    name: "ArtifactGrowth",
    title: "Artifact grew since the baseline",
    summary: "The artifact grew by more than totalGrowth since the baseline.",
    fix: "Look at the added and grown files; refresh the baseline if the growth is intended.",
    defaultSeverity: "error",
    tags: ["baseline", "size"],
  },
  {
    id: "archive-limit",
    securitySeverity: 5.0,
    cwe: [409],
    precision: "high",
    name: "SafetyLimitReached",
    title: "Safety limit stopped the scan",
    summary: "A safety limit (size, entries, depth, compression ratio) stopped the scan.",
    fix: "Find out why the artifact is so large or deep, or raise the limit.",
    defaultSeverity: "error",
    tags: ["security", "archive"],
  },
  {
    id: "suspicious-path",
    securitySeverity: 7.0,
    cwe: [22],
    precision: "high",
    name: "SuspiciousEntryName",
    title: "Suspicious entry name",
    summary: "An entry name or link escapes the archive (`..`, absolute, backslash, NUL).",
    fix: "Rebuild the archive from a clean directory.",
    defaultSeverity: "error",
    tags: ["security", "archive"],
  },
  {
    id: "archive-unreadable",
    securitySeverity: 5.0,
    cwe: [],
    precision: "high",
    name: "UnreadableArchive",
    title: "Unreadable archive",
    summary: "A nested archive is corrupt, encrypted or unreadable, so its contents were not checked.",
    fix: "Rebuild it, or `allow` its path if it is test data.",
    defaultSeverity: "error",
    tags: ["archive"],
  },
  {
    id: "ambiguous-archive",
    securitySeverity: 7.0,
    cwe: [436],
    precision: "high",
    name: "AmbiguousArchive",
    title: "Archive that reads two ways",
    summary:
      "A file that different tools read as different archives: a tar/zip polyglot, a zip behind other data, or a zip whose entries overlap.",
    fix: "Ship each archive on its own, made by a standard tool.",
    defaultSeverity: "error",
    tags: ["security", "archive"],
  },
  {
    id: "internal-ref",
    securitySeverity: 7.0,
    cwe: [538],
    precision: "high",
    name: "InternalRefPushed",
    title: "Internal ref pushed",
    summary:
      "A git push would send a ref in an internal namespace (remote-tracking branches, stash, pull requests, rewritten history, internal/private/security/wip branches).",
    fix: "Push an explicit refspec of the branches and tags meant to be public; never mirror-push a working clone.",
    defaultSeverity: "error",
    tags: ["security", "git"],
  },
  {
    id: "unexpected-ref",
    securitySeverity: 5.0,
    cwe: [538],
    precision: "medium",
    name: "UnexpectedRef",
    title: "Ref not in the baseline",
    summary: "A git push would send a ref that the baseline does not record for this destination.",
    fix: "Leave the ref out of the push, or record it with `leakgate baseline --write` if it is meant to be published.",
    defaultSeverity: "error",
    tags: ["baseline", "git"],
  },
  {
    id: "destination-outside-org",
    securitySeverity: 7.5,
    cwe: [200],
    precision: "high",
    name: "DestinationOutsideOrganisation",
    title: "Destination outside the organisation",
    summary: "An artifact goes to a registry, bucket or remote that the organisation does not own.",
    fix: "Publish to a destination the organisation owns, or add it to organisation.inside.",
    defaultSeverity: "error",
    tags: ["security", "destination"],
  },
  {
    id: "new-destination",
    securitySeverity: 5.0,
    cwe: [200],
    precision: "medium",
    name: "NewDestination",
    title: "New destination since the baseline",
    summary: "An artifact goes somewhere the baseline does not record for it.",
    fix: "Fix the publish step, or record the destination with `leakgate baseline --write`.",
    defaultSeverity: "error",
    tags: ["baseline", "destination"],
  },
  {
    id: "image-integrity",
    securitySeverity: 8.0,
    cwe: [345],
    precision: "high",
    name: "ImageIntegrityBroken",
    title: "Container image tampered with or incomplete",
    summary:
      "A blob of a container image whose content does not match its digest, or a blob its manifest names that it does not hold.",
    fix: "Do not publish the image: rebuild it from source, push it again, and find out how it changed.",
    defaultSeverity: "error",
    tags: ["security", "supply-chain"],
  },
  {
    id: "published-differs",
    securitySeverity: 8.0,
    cwe: [345],
    precision: "high",
    name: "PublishedVersionDiffers",
    title: "Published version differs from its record",
    summary:
      "(audit) The version the baseline recorded is on the registry with other files than the ones recorded.",
    fix: "Find out who published or replaced it; deprecate it and publish a clean version. If the record is stale, refresh it with `leakgate baseline --write`.",
    defaultSeverity: "error",
    tags: ["security", "supply-chain", "baseline"],
  },
  {
    id: "unscanned-archive",
    securitySeverity: 3.0,
    cwe: [],
    precision: "medium",
    name: "ArchiveNotOpened",
    title: "Archive not opened",
    summary: "An archive in a format leakgate does not open (bzip2, 7z, rar).",
    fix: "Ship zip, tar or gzip, or check it another way.",
    defaultSeverity: "warning",
    tags: ["archive"],
  },
];

const BY_ID = new Map(RULE_DOCS.map((doc) => [doc.id, doc]));

/** The documentation of a rule; a code this list does not know still gets a usable entry. */
export function ruleDoc(id: string): RuleDoc {
  return (
    BY_ID.get(id) ?? {
      id,
      name: `Rule_${id.replace(/[^A-Za-z0-9]+/g, "_")}`,
      title: id,
      summary: `Findings of the rule ${id}.`,
      fix: "See the finding's own fix.",
      defaultSeverity: "warning",
      tags: [],
      securitySeverity: 4.0,
      cwe: [],
      precision: "medium",
    }
  );
}

/** The README anchor of a rule (`rule-<id>`), as written in the rule table. */
export function ruleAnchor(id: string): string {
  return `rule-${id}`;
}

/** Where a rule is explained: `https://github.com/leakgate/leakgate#rule-<id>`. */
export function helpUri(id: string): string {
  return `${DOCS_URL}#${ruleAnchor(id)}`;
}
