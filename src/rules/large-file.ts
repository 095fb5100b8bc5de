/**
 * large-file: a single file over `thresholds.maxFileSize` (default 10 MiB). Large files are
 * how source maps, dumps and bundled data sets slip out; on its own this is a warning, and
 * the baseline makes an *unexpected* large file blocking.
 */
import type { Thresholds } from "../config/types.js";
import { formatBytes } from "../core/format-bytes.js";
import type { EntryInfo, Rule } from "./rule.js";

/** The large-file rule for the given thresholds (only `maxFileSize` is read). */
export function createLargeFileRule(thresholds: Thresholds): Rule {
  return {
    id: "large-file",
    start(_artifact, report) {
      const judge = (entry: EntryInfo, size: number) => {
        if (size <= thresholds.maxFileSize) return;
        const name = entry.innerPath.slice(entry.innerPath.lastIndexOf("/") + 1);
        report({
          ruleId: "large-file",
          severity: "warning",
          path: entry.path,
          message: `\`${name}\` is ${formatBytes(size)}, over the ${formatBytes(thresholds.maxFileSize)} limit for a single file.`,
          fix: "Check that it is meant to ship; if so, record it in the baseline or raise thresholds.maxFileSize.",
          details: { size, limit: thresholds.maxFileSize },
          evidence: "large-file",
        });
      };
      return {
        onEntry(entry) {
          if (entry.type !== "file") return undefined;
          // A listed object (a bucket listing) has only its declared size.
          if (entry.unread) {
            judge(entry, entry.size);
            return undefined;
          }
          // Count the bytes that really stream by: declared sizes can be missing (-1) or lie.
          let size = 0;
          return {
            onChunk(chunk) {
              size += chunk.length;
            },
            onEnd() {
              judge(entry, size);
            },
          };
        },
      };
    },
  };
}
