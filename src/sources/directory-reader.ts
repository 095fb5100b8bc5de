/**
 * Reads a directory on disk as an artifact (a build output synced to a bucket, an unpacked
 * package). Symlinks are listed with their target and never followed: what an upload tool
 * does with them varies, and following them could read far outside the artifact.
 *
 * The tree is walked with readdir rather than a glob library: glob matching skips names that
 * a pattern cannot express (a `\n` in a file name), and an upload tool ships those files all
 * the same. Every name the filesystem returns is listed.
 */
import { lstatSync } from "node:fs";
import { readdir, readlink } from "node:fs/promises";
import { join } from "node:path";
import { ChunkBuffers, readFileChunks } from "./file-chunks.js";
import type { RawEntry } from "./raw-entry.js";

/** Yields a RawEntry per file or symlink below `root`, in sorted path order. */
export async function* readDirectory(root: string): AsyncGenerator<RawEntry> {
  yield* readFiles(root, await listTree(root));
}

/**
 * Every path below `root` (POSIX separators, relative), sorted, directories left out.
 * An unreadable subdirectory throws: it must fail the scan, not silently drop its files.
 */
export async function listTree(root: string): Promise<string[]> {
  const found: string[] = [];
  const pending = [""];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    for (const entry of await readdir(join(root, dir), { withFileTypes: true })) {
      const relative = dir === "" ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) pending.push(relative);
      else found.push(relative);
    }
  }
  return found.sort();
}

/** Yields entries for the given paths (relative to `root`, POSIX separators). */
export async function* readFiles(
  root: string,
  paths: readonly string[],
  prefix = "",
): AsyncGenerator<RawEntry> {
  // The engine reads each file to its end before asking for the next: one pair serves them all.
  const buffers = new ChunkBuffers();
  for (const relative of paths) {
    const absolute = join(root, relative);
    // Synchronous, like the reads (file-chunks.ts): one thread-pool round trip per file saved.
    const stats = lstatSync(absolute);
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
        content: () => readFileChunks(absolute, buffers),
        lentChunks: true,
      };
    }
    // Sockets and fifos cannot be published (and reading a fifo would wait forever).
  }
}
