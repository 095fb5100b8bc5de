/**
 * Safety limits for one artifact. Archive bombs and runaway inputs are stopped here, and
 * stopping is never a pass: the engine turns a LimitExceeded into a blocking
 * `archive-limit` finding and stops reading the artifact.
 */
import { formatBytes } from "../core/format-bytes.js";
import type { ScanLimits } from "../core/model.js";
import { formatNumber } from "../core/words.js";

export class LimitExceeded extends Error {
  override readonly name = "LimitExceeded";
  constructor(
    readonly limit: keyof ScanLimits,
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

const mib = formatBytes;

/** Counts entries and bytes across all levels of one artifact. */
export class LimitTracker {
  private entries = 0;
  private bytes = 0;

  constructor(readonly limits: ScanLimits) {}

  countEntry(path: string): void {
    this.entries++;
    if (this.entries > this.limits.maxEntries) {
      throw new LimitExceeded(
        "maxEntries",
        path,
        `more than ${formatNumber(this.limits.maxEntries)} entries (limits.maxEntries)`,
      );
    }
  }

  countBytes(count: number, path: string): void {
    this.bytes += count;
    if (this.bytes > this.limits.maxTotalBytes) {
      throw new LimitExceeded(
        "maxTotalBytes",
        path,
        `more than ${mib(this.limits.maxTotalBytes)} of uncompressed data (limits.maxTotalBytes)`,
      );
    }
  }

  /** Judges a compression ratio once enough bytes came out for the ratio to mean something. */
  checkRatio(compressed: number, uncompressed: number, path: string): void {
    if (uncompressed < this.limits.ratioGraceBytes) return;
    const ratio = uncompressed / Math.max(compressed, 1);
    if (ratio > this.limits.maxCompressionRatio) {
      throw new LimitExceeded(
        "maxCompressionRatio",
        path,
        `compression ratio over ${this.limits.maxCompressionRatio}:1 (${mib(compressed)} expanding to at least ${mib(uncompressed)}): a likely decompression bomb (limits.maxCompressionRatio)`,
      );
    }
  }
}
