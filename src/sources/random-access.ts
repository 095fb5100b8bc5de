/**
 * Where an archive that is read from its end (zip, 7z) is: a file on disk, or bytes held in
 * memory (a nested archive collected by engine/nested-sink.ts). Both give exact reads at an
 * offset and streamed ranges.
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { TruncatedError } from "./byte-reader.js";

export type RandomAccessLocation = { path: string } | { buffer: Buffer };

const STREAM_CHUNK = 256 * 1024;

export async function sizeOf(location: RandomAccessLocation): Promise<number> {
  if ("buffer" in location) return location.buffer.length;
  const handle = await open(location.path, "r");
  try {
    return (await handle.stat()).size;
  } finally {
    await handle.close();
  }
}

/** Exactly `length` bytes at `position`; fewer is truncation, named by `what`. */
export async function readAt(
  location: RandomAccessLocation,
  position: number,
  length: number,
  what: string,
): Promise<Buffer> {
  if ("buffer" in location) {
    if (position + length > location.buffer.length) throw new TruncatedError(what);
    return location.buffer.subarray(position, position + length);
  }
  const handle = await open(location.path, "r");
  try {
    const bytes = Buffer.alloc(length);
    const { bytesRead } = await handle.read(bytes, 0, length, position);
    if (bytesRead < length) throw new TruncatedError(what);
    return bytes;
  } finally {
    await handle.close();
  }
}

/** The bytes from `start` up to `end` (exclusive), streamed. */
export async function* readRange(
  location: RandomAccessLocation,
  start: number,
  end: number,
): AsyncGenerator<Buffer> {
  if (end <= start) return;
  if ("buffer" in location) {
    for (let at = start; at < end; at += STREAM_CHUNK)
      yield location.buffer.subarray(at, Math.min(end, at + STREAM_CHUNK));
    return;
  }
  yield* createReadStream(location.path, {
    start,
    end: end - 1,
    highWaterMark: STREAM_CHUNK,
  }) as AsyncIterable<Buffer>;
}
