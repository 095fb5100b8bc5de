/**
 * Reads a file on disk in chunks that reuse two buffers: a chunk is lent, valid until the
 * reader is asked for the one after next (RawEntry.lentChunks says so to the engine).
 *
 * Why not fs.createReadStream: it allocates a fresh buffer for every read, and the first
 * write to fresh memory is a page fault per 4 KiB. On the bench machine (a 2-core VM) those
 * faults are most of the cost of reading: 60 MB read and hashed through createReadStream took
 * 450–680 ms, through two reused buffers 62–90 ms (docs/adr/009-performance.md).
 */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { setImmediate as nextTurn } from "node:timers/promises";
import { inputError } from "../core/errors.js";

/** Big enough that a read is one call per 256 KiB; small enough to stay in cache for the rules. */
export const FILE_CHUNK = 256 * 1024;
/** The event loop gets a turn at least this often (about 30 ms of reading and hashing). */
const TURN_BYTES = 8 * 1024 * 1024;
const TURN_FILES = 256;

/**
 * The two buffers a reader's files take turns in. One set per reader (a directory, a single
 * file), not per file: a release of 2,000 small files would otherwise allocate 2,000 fresh
 * pairs, and the engine finishes each file before it asks a reader for the next.
 */
export class ChunkBuffers {
  private readonly buffers: Buffer[] = [];
  /** Bytes read, and files opened, since the event loop last had a turn. */
  private bytesSinceTurn = 0;
  private filesSinceTurn = 0;

  constructor(readonly size = FILE_CHUNK) {}

  /**
   * Synchronous reads never return to the event loop by themselves, and a signal (Ctrl-C, a
   * cancelled job's SIGTERM) is only handled there: without a turn now and then the scan ran
   * to its end and the signal was lost. Every TURN_BYTES or TURN_FILES, whichever comes first.
   */
  async turnIfDue(bytes: number, files: number): Promise<void> {
    this.bytesSinceTurn += bytes;
    this.filesSinceTurn += files;
    if (this.bytesSinceTurn < TURN_BYTES && this.filesSinceTurn < TURN_FILES) return;
    this.bytesSinceTurn = 0;
    this.filesSinceTurn = 0;
    await nextTurn();
  }

  turn(turn: number): Buffer {
    this.buffers[turn] ??= Buffer.allocUnsafeSlow(this.size);
    return this.buffers[turn]!;
  }
}

/**
 * The bytes of the file at `path`. Every chunk but the last is full, so a reader that
 * collects chunks until it has a few hundred bytes (format sniffing) holds one.
 */
export async function* readFileChunks(path: string, buffers = new ChunkBuffers()): AsyncGenerator<Buffer> {
  // Synchronous calls: a release is mostly small files already in the page cache, and for
  // those a thread-pool round trip per open, read and close cost more than the I/O (a
  // 2,287-file package scanned in 1.82 s with fs/promises, in 1.02 s with these).
  await buffers.turnIfDue(0, 1);
  // O_NONBLOCK: a file swapped for a fifo after it was listed must not wait for a writer
  // that never comes; fstat then refuses it (read without a writer, it would look empty).
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) {
      throw inputError(
        path,
        "is no longer a regular file (something replaced it while leakgate read the release); scan again once nothing writes to it",
      );
    }
    for (let turn = 0; ; turn ^= 1) {
      const buffer = buffers.turn(turn);
      let filled = 0;
      // A regular file returns short reads only at its end; the loop makes that a rule.
      while (filled < buffer.length) {
        const bytesRead = readSync(fd, buffer, filled, buffer.length - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      if (filled === 0) return;
      await buffers.turnIfDue(filled, 0);
      yield buffer.subarray(0, filled);
      if (filled < buffer.length) return;
    }
  } finally {
    closeSync(fd);
  }
}
