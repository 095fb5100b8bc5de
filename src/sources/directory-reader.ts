/**
 * Reads a directory on disk as an artifact (a build output synced to a bucket, an unpacked
 * package). Symlinks are listed with their target and never followed: what an upload tool
 * does with them varies, and following them could read far outside the artifact.
 */
import { createReadStream } from "node:fs";
import { lstat, readlink } from "node:fs/promises";
import { join } from "node:path";
import fg from "fast-glob";
import type { RawEntry } from "./raw-entry.js";

const READ_CHUNK = 256 * 1024;

/** Yields a RawEntry per file or symlink below `root`, in sorted path order. */
export async function* readDirectory(root: string): AsyncGenerator<RawEntry> {
  const paths = await fg("**", {
    cwd: root,
    dot: true,
    onlyFiles: false,
    followSymbolicLinks: false,
    // An unreadable subdirectory must fail the scan, not silently drop its files.
    suppressErrors: false,
  });
  paths.sort();
  yield* readFiles(root, paths);
}

/** Yields entries for the given paths (relative to `root`, POSIX separators). */
export async function* readFiles(
  root: string,
  paths: readonly string[],
  prefix = "",
): AsyncGenerator<RawEntry> {
  for (const relative of paths) {
    const absolute = join(root, relative);
    const stats = await lstat(absolute);
    const name = prefix + relative;
    if (stats.isSymbolicLink()) {
      yield {
        name,
        type: "symlink",
        size: 0,
        mode: stats.mode & 0o7777,
        linkTarget: await readlink(absolute),
        content: async function* () {},
      };
    } else if (stats.isFile()) {
      yield {
        name,
        type: "file",
        size: stats.size,
        mode: stats.mode & 0o7777,
        content: () => createReadStream(absolute, { highWaterMark: READ_CHUNK }),
      };
    }
    // Directories are implied by their files; sockets and fifos cannot be published.
  }
}
