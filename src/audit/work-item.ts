/**
 * The unit of audit work: one published version of a package, one remote, one bucket (or
 * prefix). Every shard plans the same list and keeps its share (see shard.ts); a report
 * carries one result per item, so reports of shards concatenate into the report of one run.
 */

export interface WorkItem {
  /** Unique and stable: `npm:pkg@1.0.3`, `git:<url>`, `s3://bucket/prefix`. */
  key: string;
  /** The target as the user wrote it. */
  target: string;
  /** Bytes the item is expected to read, when the source says (npm's `unpackedSize`); else 0. */
  size: number;
  /** For a package version: what the registry says about it. */
  npm?: NpmVersion;
}

export interface NpmVersion {
  name: string;
  version: string;
  /** The Subresource Integrity string the tarball must match (sha512, or the legacy sha1). */
  integrity: string;
  tarball: string;
  /** When it was published (the packument's `time`). */
  publishedAt?: string;
  /** Who published it (`_npmUser.name`), when the registry says. */
  publisher?: string;
  /** Published with a provenance attestation (`dist.attestations`). */
  provenance: boolean;
  /** The dist-tags that point at it (`latest`, `next`, …). */
  tags: string[];
  /** The registry's file count and unpacked size, when it records them. */
  fileCount?: number;
  deprecated?: string;
}
