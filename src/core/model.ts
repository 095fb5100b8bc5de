/**
 * The data model shared by every stage of the pipeline:
 * sources → engine (manifest) → rules (findings) → baseline diff → verdict → reporters.
 *
 * Everything here is plain data so that reporters, the baseline file and the JSON report
 * can serialise it without knowing where it came from.
 */
import type { RuleId } from "./rule-catalogue.js";

/** What kind of thing an entry is. Directories are listed but never hashed. */
export type EntryType = "file" | "symlink" | "hardlink" | "directory";

/** How an artifact was read. */
export type ArtifactKind =
  | "directory" // a directory (or a glob of files) on disk
  | "npm-package" // a package directory, restricted to what `npm publish` would ship
  | "npm-tarball" // a .tgz whose entries live under `package/` with a package.json
  | "tar"
  | "zip"
  | "7z"
  | "gzip" // a single gzip-compressed file that is not a tarball
  | "xz" // likewise for xz, zstd and bzip2 (a compressed tarball is `tar`)
  | "zstd"
  | "bzip2"
  | "ar" // a .deb or a static library
  | "cpio"
  | "rpm"
  | "image" // a container image: docker save tarball or OCI layout (directory or tar)
  | "file" // a single file that is not an archive
  | "git" // the refs a git push would send, and the trees at their tips
  | "bucket"; // the objects of an S3 bucket (or a prefix of one), as `leakgate audit` lists them

/** One file (or link, or directory) that would leave, as recorded in the manifest. */
export interface ManifestEntry {
  /** POSIX path inside the artifact; levels of nested archives are joined with `!`. */
  path: string;
  /** Uncompressed size in bytes (0 for links and directories). */
  size: number;
  /** Hex sha256 of the uncompressed bytes; absent for links and directories. */
  sha256?: string;
  /** Unix permission bits (e.g. 0o644), as recorded by the container. */
  mode: number;
  type: EntryType;
  /** For symlinks and hard links: where the link points, as written in the archive. */
  linkTarget?: string;
}

/** A container (archive) inside an artifact that leakgate could not open, with the reason. */
export interface UnopenedContainer {
  path: string;
  format: string;
  reason: string;
}

/** What one artifact would ship. Entries are sorted by path. */
export interface ArtifactManifest {
  /** Display id: the name given by the user (`web=dist/`) or the artifact's path as given. */
  id: string;
  kind: ArtifactKind;
  /** Where it was read from, as given on the command line (a path). */
  source: string;
  /** package.json `name` and `version` for npm artifacts. */
  packageName?: string;
  packageVersion?: string;
  /** Entries seen, nested ones included (also for a bucket, whose entries are not kept). */
  entryCount: number;
  /**
   * Sum of the sizes of the top-level entries: the artifact unpacked one level. A nested
   * archive counts once, by its own size, not again by what it holds.
   */
  totalBytes: number;
  /** Every entry, nested ones included; empty for a bucket (see engine `keepsEntries`). */
  entries: ManifestEntry[];
  /** Archives found inside the artifact that were listed but not opened (unsupported format, depth). */
  unopened: UnopenedContainer[];
  /** Git destinations: the refs the push would send, where they arrive, and what they point at. */
  refs?: { name: string; sha: string }[];
  /** Where the artifact goes (a remote URL, credentials taken out), when known. */
  destination?: string;
  /** Package directories packed by their own manager: which one, and why (`pnpm: packageManager: pnpm@10.1.0`). */
  packedWith?: string;
}

/** `error` blocks the release; `warning` and `note` inform. */
export type Severity = "error" | "warning" | "note";

/** A rule's judgement about one path (or one artifact) of one artifact. */
export interface Finding {
  /** Stable rule code, e.g. `secret`, `source-map`, `archive-limit`. */
  ruleId: string;
  severity: Severity;
  /** The artifact id (ArtifactManifest.id). */
  artifact: string;
  /** Entry path inside the artifact (`!` for nested); empty when the finding is about the artifact. */
  path: string;
  /** One sentence: what was found and why it matters. Never contains a secret value. */
  message: string;
  /** One sentence: how to stop it. */
  fix: string;
  /** Structured evidence for machines (counts, redacted previews, line numbers). */
  details?: Record<string, unknown>;
  /** Stable across builds: rule + artifact identity + path + a hash of the evidence. */
  fingerprint: string;
}

/** What a rule needs to say to report a finding; the engine fills in artifact and fingerprint. */
export interface FindingInput {
  /** A code of the rule catalogue: a finding nobody documented cannot be made. */
  ruleId: RuleId;
  severity: Severity;
  path: string;
  message: string;
  fix: string;
  details?: Record<string, unknown>;
  /** What identifies this particular leak (e.g. the token's hash); becomes part of the fingerprint. */
  evidence?: string;
}

/** Limits that stop a hostile or runaway archive. Exceeding one is an `archive-limit` finding. */
export interface ScanLimits {
  /** Total uncompressed bytes per artifact, nested entries included. */
  maxTotalBytes: number;
  /** Entries per artifact, nested entries included. */
  maxEntries: number;
  /** How many archive levels are opened (the artifact itself is level 0). */
  maxDepth: number;
  /** Largest uncompressed/compressed ratio tolerated for one entry or gzip stream. */
  maxCompressionRatio: number;
  /** The ratio is only judged once this many bytes have come out (small files compress wildly). */
  ratioGraceBytes: number;
}

export const DEFAULT_LIMITS: ScanLimits = {
  maxTotalBytes: 8 * 1024 ** 3,
  maxEntries: 50_000,
  maxDepth: 4,
  maxCompressionRatio: 200,
  ratioGraceBytes: 1024 * 1024,
};
