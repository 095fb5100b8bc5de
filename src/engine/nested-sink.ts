/**
 * Feeding an archive that sits inside another archive, while its outer entry streams by.
 *
 * The outer entry's bytes are read once: each chunk goes to the hash, the rules, and (when
 * the entry is itself an archive) to one of these sinks, which runs the nested walk
 * concurrently. Tar and gzip are streamed through with back-pressure; zip and 7z need
 * random access, so their bytes are collected (in memory up to a bound, then in a temporary
 * file that holds the archive itself, never its extracted contents) and opened when the
 * entry ends. A temporary file that cannot be written (a full disk) makes the nested
 * archive unreadable, reported as such.
 */
import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { join } from "node:path";
import { PassThrough, type Readable } from "node:stream";
import { finished } from "node:stream/promises";
import type { RandomAccessLocation } from "../sources/random-access.js";
import { makeTempDir, removeTempDir } from "./temp-dirs.js";

export interface NestedSink {
  /** Takes the next chunk of the outer entry. Resolves when the sink can take more. */
  write(chunk: Buffer): Promise<void>;
  /** Ends the input and waits for the nested walk; resolves with its error, if it failed. */
  finish(): Promise<unknown>;
}

/** Streams chunks into `walk`, which reads them from a Readable at its own pace. */
export function streamingSink(walk: (input: Readable) => Promise<void>): NestedSink {
  const input = new PassThrough({ highWaterMark: 256 * 1024 });
  // The walk may stop reading early (a tar's end marker, a failure) and destroy its input;
  // late writes must then be dropped, not raised as unhandled stream errors.
  input.on("error", () => {});
  let settled = false;
  let failure: unknown;
  const done = walk(input).then(
    () => {
      settled = true;
    },
    (error: unknown) => {
      settled = true;
      failure = error;
    },
  );
  return {
    async write(chunk) {
      if (settled || input.destroyed) return;
      if (!input.write(chunk)) await Promise.race([once(input, "drain"), done]);
    },
    async finish() {
      if (!settled && !input.destroyed) input.end();
      await done;
      return failure;
    },
  };
}

/** Archives up to this size are held in memory; larger ones go to a temporary file. */
const IN_MEMORY_LIMIT = 64 * 1024 * 1024;

/** Collects a nested zip or 7z (`format`), then runs `walk` over it with random access. */
export function randomAccessSink(
  format: string,
  walk: (location: RandomAccessLocation) => Promise<void>,
): NestedSink {
  let chunks: Buffer[] = [];
  let held = 0;
  let spill: { dir?: string; path?: string; stream?: WriteStream } | undefined;
  /** Why the temporary copy could not be written (a full disk): reported, never a hang. */
  let spillFailure: unknown;
  const startSpill = async () => {
    spill = {};
    spill.dir = await makeTempDir(`leakgate-${format}-`);
    spill.path = join(spill.dir, `nested.${format}`);
    const stream = createWriteStream(spill.path);
    spill.stream = stream;
    stream.on("error", (error) => {
      spillFailure ??= error;
    });
    for (const piece of chunks) stream.write(piece);
    chunks = [];
  };
  return {
    async write(chunk) {
      if (spillFailure !== undefined) return;
      try {
        if (spill?.stream) {
          // Rejects when the stream fails while we wait.
          if (!spill.stream.write(chunk)) await once(spill.stream, "drain");
          return;
        }
        chunks.push(chunk);
        held += chunk.length;
        if (held > IN_MEMORY_LIMIT) await startSpill();
      } catch (error) {
        spillFailure ??= error;
      }
    },
    async finish() {
      try {
        if (spill) {
          if (spillFailure === undefined && spill.stream) {
            spill.stream.end();
            await finished(spill.stream);
          }
          if (spillFailure !== undefined) throw spillFailure;
          await walk({ path: spill.path! });
        } else {
          await walk({ buffer: Buffer.concat(chunks) });
        }
        return undefined;
      } catch (error) {
        return error;
      } finally {
        chunks = [];
        spill?.stream?.destroy();
        if (spill?.dir) await removeTempDir(spill.dir);
      }
    },
  };
}
