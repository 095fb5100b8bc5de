/**
 * Reads a tar stream entry by entry with tar-stream (POSIX, GNU and pax headers).
 * Nothing touches the disk: each entry's bytes are handed to the engine as they arrive.
 */
import type { Readable } from "node:stream";
import tar from "tar-stream";
import type { EntryType } from "../core/model.js";
import { DEFAULT_FILE_MODE, type RawEntry } from "./raw-entry.js";

const TYPES: Record<string, EntryType | undefined> = {
  file: "file",
  "contiguous-file": "file",
  symlink: "symlink",
  link: "hardlink",
  directory: "directory",
};

/**
 * Yields the entries of the tar archive in `input`. Device files, fifos and other special
 * types carry no content and cannot be published meaningfully; they are skipped.
 * Errors of `input` (truncation, gzip corruption) surface as a rejection of the iteration.
 */
export async function* readTar(input: Readable): AsyncGenerator<RawEntry> {
  // Pre-POSIX (v7) tars have no magic; detection already checked the header checksum.
  // (@types/tar-stream predates the option.)
  const extract = tar.extract({ allowUnknownFormat: true } as Parameters<typeof tar.extract>[0]);
  input.on("error", (error) => extract.destroy(error));
  input.pipe(extract);
  try {
    for await (const entry of extract) {
      const header = entry.header;
      const type = TYPES[header.type ?? "file"];
      if (type !== "file") {
        // Links and directories have no bytes worth reading; drain so the next header comes.
        entry.resume();
        if (type) {
          yield {
            name: header.name,
            type,
            size: 0,
            mode: header.mode ?? DEFAULT_FILE_MODE,
            ...(header.linkname != null ? { linkTarget: header.linkname } : {}),
            content: emptyContent,
          };
        }
        continue;
      }
      yield {
        name: header.name,
        type: "file",
        size: header.size ?? 0,
        mode: header.mode ?? DEFAULT_FILE_MODE,
        content: () => entry as AsyncIterable<Buffer>,
      };
    }
  } finally {
    input.unpipe(extract);
    input.destroy();
    extract.destroy();
  }
}

async function* emptyContent(): AsyncGenerator<Buffer> {}
