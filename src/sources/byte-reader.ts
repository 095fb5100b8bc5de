/**
 * Pull-based reading of a byte stream for the hand-parsed container formats (ar, cpio, rpm):
 * exact reads of headers, and an entry's bytes handed on chunk by chunk without copying
 * more than a header at a time. A stream that ends early is a truncation error, never a
 * short read taken for the whole.
 */
import type { Readable } from "node:stream";

export class TruncatedError extends Error {
  constructor(what: string) {
    super(`unexpected end of archive (truncated) while reading ${what}`);
  }
}

export class ByteReader {
  private readonly iterator: AsyncIterator<Buffer>;
  private buffered: Buffer = Buffer.alloc(0);
  private done = false;
  /** Bytes consumed so far (offset of the next byte). */
  offset = 0;

  constructor(input: Readable | AsyncIterable<Buffer>) {
    this.iterator = (input as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  }

  /** Whether the stream has no more bytes. */
  async atEnd(): Promise<boolean> {
    await this.fill(1);
    return this.buffered.length === 0;
  }

  /** Exactly `length` bytes (for headers: small). */
  async read(length: number, what: string): Promise<Buffer> {
    await this.fill(length);
    if (this.buffered.length < length) throw new TruncatedError(what);
    const out = this.buffered.subarray(0, length);
    this.buffered = this.buffered.subarray(length);
    this.offset += length;
    return out;
  }

  /** Up to `length` bytes that are there (fewer only at the end of the stream). */
  async peek(length: number): Promise<Buffer> {
    await this.fill(length);
    return this.buffered.subarray(0, Math.min(length, this.buffered.length));
  }

  /** The next `length` bytes as chunks, streamed. */
  async *chunks(length: number, what: string): AsyncGenerator<Buffer> {
    let left = length;
    while (left > 0) {
      if (this.buffered.length === 0) {
        await this.fill(1);
        if (this.buffered.length === 0) throw new TruncatedError(what);
      }
      const take = Math.min(left, this.buffered.length);
      const chunk = this.buffered.subarray(0, take);
      this.buffered = this.buffered.subarray(take);
      this.offset += take;
      left -= take;
      yield chunk;
    }
  }

  async skip(length: number, what: string): Promise<void> {
    for await (const _ of this.chunks(length, what)) {
      // discarded
    }
  }

  /** Everything left, streamed (a payload that runs to the end of the stream). */
  async *rest(): AsyncGenerator<Buffer> {
    if (this.buffered.length > 0) {
      const chunk = this.buffered;
      this.buffered = Buffer.alloc(0);
      this.offset += chunk.length;
      yield chunk;
    }
    while (!this.done) {
      const next = await this.iterator.next();
      if (next.done) {
        this.done = true;
        return;
      }
      this.offset += next.value.length;
      yield next.value;
    }
  }

  private async fill(length: number): Promise<void> {
    if (this.buffered.length >= length || this.done) return;
    // Collect, then join once: joining at every chunk is quadratic in a long header.
    const chunks = [this.buffered];
    let have = this.buffered.length;
    while (have < length) {
      const next = await this.iterator.next();
      if (next.done) {
        this.done = true;
        break;
      }
      chunks.push(next.value);
      have += next.value.length;
    }
    this.buffered = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  }
}

/** An entry's content that is already in memory (a header, a name table). */
export async function* contentOf(bytes: Buffer): AsyncGenerator<Buffer> {
  if (bytes.length > 0) yield bytes;
}

/** The content of an entry without bytes (a directory, a link). */
export async function* noContent(): AsyncGenerator<Buffer> {}
