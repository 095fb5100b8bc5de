/**
 * What changed in an artifact since its baseline. Pure and symmetric enough to reason about:
 * diff(m, m) is empty.
 *
 * Files are matched by name pattern. When several files share a pattern (two
 * `chunk-[hash].js`), they are matched as a multiset: identical content first (same
 * sha256), then the rest pairwise by size, largest with largest, so that a rebuild that
 * renames chunks pairs each chunk with its predecessor.
 */

import { namePattern } from "../engine/name-pattern.js";
import type { ManifestEntry } from "../model.js";
import type { BaselineArtifact, BaselineEntry } from "./baseline-file.js";

export interface AddedFile {
  path: string;
  pattern: string;
  size: number;
}

export interface RemovedFile {
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
  /** Same pattern, different content (includes grown files). */
  changed: ChangedFile[];
  bytesBefore: number;
  bytesAfter: number;
}

export function diffArtifact(
  base: BaselineArtifact,
  entries: readonly ManifestEntry[],
  totalBytes: number,
): ArtifactDiff {
  const before = new Map<string, BaselineEntry[]>();
  for (const entry of base.entries) push(before, entry.path, entry);
  const after = new Map<string, ManifestEntry[]>();
  for (const entry of entries) if (entry.type !== "directory") push(after, namePattern(entry.path), entry);

  const diff: ArtifactDiff = {
    added: [],
    removed: [],
    changed: [],
    bytesBefore: base.totalBytes,
    bytesAfter: totalBytes,
  };
  for (const [pattern, current] of after) {
    const previous = [...(before.get(pattern) ?? [])];
    const unmatched: ManifestEntry[] = [];
    for (const entry of current) {
      const same = previous.findIndex(
        (p) => p.sha256 === entry.sha256 && p.size === entry.size && p.type === entry.type,
      );
      if (same === -1) unmatched.push(entry);
      else previous.splice(same, 1);
    }
    unmatched.sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1));
    previous.sort((a, b) => b.size - a.size);
    unmatched.forEach((entry, i) => {
      const old = previous[i];
      if (old) diff.changed.push({ path: entry.path, pattern, sizeBefore: old.size, sizeAfter: entry.size });
      else diff.added.push({ path: entry.path, pattern, size: entry.size });
    });
    for (const old of previous.slice(unmatched.length)) diff.removed.push({ pattern, size: old.size });
    before.delete(pattern);
  }
  for (const [pattern, gone] of before)
    for (const old of gone) diff.removed.push({ pattern, size: old.size });
  diff.added.sort((a, b) => (a.path < b.path ? -1 : 1));
  diff.changed.sort((a, b) => (a.path < b.path ? -1 : 1));
  diff.removed.sort((a, b) => (a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : a.size - b.size));
  return diff;
}

export function isEmptyDiff(diff: ArtifactDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
