/**
 * Splitting audit work across the jobs of a GitHub Actions matrix: `--shard i/n` keeps the
 * i-th of n shares of the work items. The split depends only on the item list, so every
 * shard computes the same one; it balances bytes where the registry gives sizes (largest
 * item first, each to the least-loaded shard) and item counts where it does not.
 */
import { UserError } from "../core/errors.js";
import type { WorkItem } from "./work-item.js";

export interface Shard {
  /** 1-based, as people count matrix jobs. */
  index: number;
  count: number;
}

export const WHOLE: Shard = { index: 1, count: 1 };

/** More shards than matrix jobs GitHub allows (256) is a typo, not a plan. */
export const MAX_SHARDS = 10_000;

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count || count > MAX_SHARDS) {
    throw new UserError("usage", `--shard takes i/n with 1 ≤ i ≤ n, such as 2/5 (got "${text}")`);
  }
  return { index, count };
}

/** Which shard (1-based) each item goes to, by key. Pure and deterministic. */
export function assignShards(items: readonly WorkItem[], count: number): Map<string, number> {
  const order = [...items].sort((a, b) => b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const bytes = new Array<number>(count).fill(0);
  const counts = new Array<number>(count).fill(0);
  const assigned = new Map<string, number>();
  for (const item of order) {
    let best = 0;
    for (let shard = 1; shard < count; shard++) {
      if (bytes[shard]! < bytes[best]! || (bytes[shard] === bytes[best] && counts[shard]! < counts[best]!))
        best = shard;
    }
    bytes[best]! += item.size;
    counts[best]! += 1;
    assigned.set(item.key, best + 1);
  }
  return assigned;
}

export function itemsOfShard(items: readonly WorkItem[], shard: Shard): WorkItem[] {
  if (shard.count === 1) return [...items];
  const assigned = assignShards(items, shard.count);
  return items.filter((item) => assigned.get(item.key) === shard.index);
}
