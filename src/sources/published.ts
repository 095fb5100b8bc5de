/**
 * What is already out there, as `leakgate audit` reads it (see src/audit/): a tarball
 * streamed from a registry, the objects of a bucket, or the refs a remote has. The engine
 * scans these like any artifact; only where the bytes come from differs.
 */
import type { Readable } from "node:stream";
import type { PushPlan } from "./git/push-refs.js";
import type { RawEntry } from "./raw-entry.js";

export type PublishedSource =
  /** A published npm tarball, streamed from the registry (never written to disk). */
  | { kind: "npm-tarball"; stream: Readable }
  /** A bucket's objects: listed only (path and size), or each streamed (`--deep`). */
  | { kind: "bucket"; entries: AsyncIterable<RawEntry>; deep: boolean }
  /** A remote's refs; with `repository`, a temporary mirror whose tip trees are walked. */
  | { kind: "git"; plan: PushPlan; repository?: string };
