/**
 * What changed in an artifact since its baseline. Pure: diff(m, m) is empty.
 *
 * Files are matched by name pattern (`assets/index-[hash].js`). When several files share a
 * pattern (two `chunk-[hash].js`), they are matched as a multiset: identical content first
 * (same sha256, size and type), then the rest pairwise by size, largest with largest, so
 * that a rebuild that renames chunks pairs each chunk with its closest predecessor.
 *
 * What is left over is matched once more by *loose* pattern (see engine/name-pattern.ts):
 * a removed and an added file in the same place whose names differ only in an 8-char part
 * that could be a hash are one file rebuilt, not a removal and an addition. This catches
 * the rare hash that reads like a word (`index-Skaxlowa.js`), at the price that renaming
 * `pages-HomePage.js` to `pages-UserList.js` in the same build shows as a change.
 */

import type { ArtifactManifest, ManifestEntry } from "../core/model.js";
import { loosePattern, namePattern } from "../engine/name-pattern.js";
import type { BaselineArtifact, BaselineEntry } from "./baseline-file.js";

export interface AddedFile {
  /** The real name in this build. */
  path: string;
  pattern: string;
  size: number;
}

export interface RemovedFile {
  /** Only the pattern is known: the baseline does not keep real names. */
  pattern: string;
  size: number;
}

export interface ChangedFile {
  path: string;
  pattern: string;
  sizeBefore: number;
  sizeAfter: number;
}

export interface ArtifactDiff {
  added: AddedFile[];
  removed: RemovedFile[];
  /** Same pattern, different content (sha256, size or type), sorted by path. */
  changed: ChangedFile[];
  /** The changed files that got bigger, most bytes gained first (the judge applies the thresholds). */
  grown: ChangedFile[];
  /** The artifact's total size in the baseline and now. */
  bytesBefore: number;
  bytesAfter: number;
}

type Current = Pick<ManifestEntry, "path" | "size" | "type" | "sha256"> & { pattern: string };

export function diffArtifact(
  base: BaselineArtifact,
  manifest: Pick<ArtifactManifest, "entries" | "totalBytes">,
): ArtifactDiff {
  const diff = new StreamingDiff(base);
  for (const entry of manifest.entries) diff.add(entry);
  return diff.finish(manifest.totalBytes);
}

/**
 * The diff fed one entry at a time, for artifacts whose entries are never all in memory
 * (a bucket of 100,000 objects). An entry identical to a recorded one (same pattern and
 * content) is matched as it arrives and forgotten, so what is kept is the baseline and the
 * entries that differ from it, not the artifact. `finish` pairs what is left exactly as
 * `diffArtifact` does: matching identical entries first, in any order, gives the same pairs.
 */
export class StreamingDiff {
  readonly #recorded: Map<string, BaselineEntry[]>;
  readonly #unmatched: Current[] = [];

  constructor(private readonly base: BaselineArtifact) {
    this.#recorded = group(base.entries, (entry) => entry.path);
  }

  add(entry: Pick<ManifestEntry, "path" | "size" | "type" | "sha256">): void {
    if (entry.type === "directory") return;
    const pattern = namePattern(entry.path);
    const recorded = this.#recorded.get(pattern);
    const same = recorded?.findIndex((old) => sameContent(old, entry)) ?? -1;
    if (same === -1) {
      this.#unmatched.push({
        path: entry.path,
        pattern,
        size: entry.size,
        type: entry.type,
        ...(entry.sha256 === undefined ? {} : { sha256: entry.sha256 }),
      });
      return;
    }
    recorded!.splice(same, 1);
    if (recorded!.length === 0) this.#recorded.delete(pattern);
  }

  finish(totalBytes: number): ArtifactDiff {
    const changed: ChangedFile[] = [];
    const first = pair(
      [...this.#recorded.values()].flat(),
      this.#unmatched,
      (entry) => entry.path,
      (entry) => entry.pattern,
      changed,
    );
    const second = pair(
      first.removed,
      first.added,
      (entry) => loosePattern(entry.path),
      (entry) => loosePattern(entry.pattern),
      changed,
    );
    changed.sort((a, b) => compare(a.path, b.path));
    return {
      added: second.added
        .map((entry) => ({ path: entry.path, pattern: entry.pattern, size: entry.size }))
        .sort((a, b) => compare(a.path, b.path)),
      removed: second.removed
        .map((entry) => ({ pattern: entry.path, size: entry.size }))
        .sort((a, b) => compare(a.pattern, b.pattern) || a.size - b.size),
      changed,
      grown: changed
        .filter((file) => file.sizeAfter > file.sizeBefore)
        .sort((a, b) => b.sizeAfter - b.sizeBefore - (a.sizeAfter - a.sizeBefore) || compare(a.path, b.path)),
      bytesBefore: this.base.totalBytes,
      bytesAfter: totalBytes,
    };
  }
}

/** A listed entry (a bucket listing) has no sha256: it matches by size and type. */
function sameContent(old: BaselineEntry, entry: Pick<ManifestEntry, "size" | "type" | "sha256">): boolean {
  return (
    (entry.sha256 === undefined || old.sha256 === entry.sha256) &&
    old.size === entry.size &&
    old.type === entry.type
  );
}

export function isEmptyDiff(diff: ArtifactDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}

/**
 * Matches baseline entries with current ones that have the same key, as a multiset.
 * Pairs with different content go to `changed`; what has no partner is returned.
 */
function pair(
  before: readonly BaselineEntry[],
  after: readonly Current[],
  keyBefore: (entry: BaselineEntry) => string,
  keyAfter: (entry: Current) => string,
  changed: ChangedFile[],
): { removed: BaselineEntry[]; added: Current[] } {
  const previous = group(before, keyBefore);
  const now = group(after, keyAfter);
  const removed: BaselineEntry[] = [];
  const added: Current[] = [];
  for (const [key, entries] of now) {
    const old = [...(previous.get(key) ?? [])];
    const unmatched: Current[] = [];
    for (const entry of entries) {
      const same = old.findIndex((o) => sameContent(o, entry));
      if (same === -1) unmatched.push(entry);
      else old.splice(same, 1);
    }
    unmatched.sort((a, b) => b.size - a.size || compare(a.path, b.path));
    old.sort((a, b) => b.size - a.size || compare(a.sha256, b.sha256));
    unmatched.forEach((entry, i) => {
      const partner = old[i];
      if (!partner) added.push(entry);
      else
        changed.push({
          path: entry.path,
          pattern: entry.pattern,
          sizeBefore: partner.size,
          sizeAfter: entry.size,
        });
    });
    removed.push(...old.slice(unmatched.length));
    previous.delete(key);
  }
  for (const gone of previous.values()) removed.push(...gone);
  return { removed, added };
}

function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function compare(a = "", b = ""): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
