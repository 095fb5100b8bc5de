/**
 * Stream decompression for every compression format leakgate opens, behind one function:
 * bytes in and out are counted so that a decompression bomb is stopped as soon as its ratio
 * shows (the caller's `checkRatio` throws), whatever the format.
 *
 *   gzip   zlib (multi-member files are read whole, as gunzip(1) does)
 *   zstd   zlib's decoder where Node has one (22.15+, the action's Node 24); fzstd (pure JS) on Node 20
 *   xz     xz-embedded compiled to WebAssembly (xz-decompress's), one decoder state per stream (xz-decoder.ts)
 *   bzip2  our own decoder (bzip2-decoder.ts): one block at a time, output checked every 64 KiB
 *
 * See docs/adr/006-decompressors.md for why these.
 */
import { PassThrough, Readable, Transform } from "node:stream";
import * as zlib from "node:zlib";
import { Decompress as ZstdDecompress } from "fzstd";
import { decodeBzip2 } from "./bzip2-decoder.js";
import { decodeXz } from "./xz-decoder.js";

export type CompressionFormat = "gzip" | "zstd" | "xz" | "bzip2";

export interface DecompressedStream {
  /** The decompressed bytes. Errors (corruption, truncation, a limit) destroy it. */
  output: Readable;
  /** The limit error that stopped it, if any (reported in preference to the stream error). */
  limitError(): unknown;
  /** Tears the pipeline down (idempotent). */
  close(): void;
}

const CHUNK = 64 * 1024;
/**
 * zlib hands its output back in pieces of this size, one threadpool round trip each: 4× fewer
 * round trips (and main-thread callbacks) than at 64 KiB; `manifest` of a 100 MB tarball went
 * from 1.10 to 0.95 s (docs/adr/009-performance.md).
 */
const GZIP_CHUNK = 256 * 1024;

export function decompress(
  format: CompressionFormat,
  compressed: Readable,
  checkRatio: (bytesIn: number, bytesOut: number) => void,
): DecompressedStream {
  let bytesIn = 0;
  let bytesOut = 0;
  let limitError: unknown;
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytesOut += chunk.length;
      try {
        checkRatio(bytesIn, bytesOut);
        callback(null, chunk);
      } catch (error) {
        limitError = error;
        callback(error as Error);
      }
    },
  });
  compressed.on("data", (chunk: Buffer) => {
    bytesIn += chunk.length;
  });
  // Decoders that emit a whole block at once are checked block by block, inside the decoder.
  let decodedBytes = 0;
  const decoded = decoder(format, compressed, (bytes) => {
    decodedBytes += bytes;
    try {
      checkRatio(bytesIn, decodedBytes);
    } catch (error) {
      limitError = error;
      throw error;
    }
  });
  compressed.on("error", (error) => decoded.destroy(error));
  // A decoder that trips over bad data may throw a TypeError or RangeError from inside: that
  // is bad input, not a bug.
  decoded.on("error", (error) =>
    counted.destroy(
      error instanceof TypeError || error instanceof RangeError
        ? new Error(`${format} data is truncated or corrupt (${error.message})`)
        : error,
    ),
  );
  decoded.pipe(counted);
  return {
    output: counted,
    limitError: () => limitError,
    close() {
      decoded.unpipe(counted);
      counted.destroy();
      decoded.destroy();
      compressed.destroy();
    },
  };
}

function decoder(
  format: CompressionFormat,
  compressed: Readable,
  onOutput: (bytes: number) => void,
): Readable {
  switch (format) {
    case "gzip":
      return compressed.pipe(zlib.createGunzip({ chunkSize: GZIP_CHUNK }));
    case "zstd": {
      const native = (zlib as { createZstdDecompress?: (options?: object) => Transform })
        .createZstdDecompress;
      return compressed.pipe(native ? native({ chunkSize: CHUNK }) : fzstdTransform(onOutput));
    }
    case "bzip2":
      return Readable.from(decodeBzip2(generatorInput(compressed), onOutput));
    case "xz":
      return Readable.from(decodeXz(generatorInput(compressed), onOutput));
  }
}

/**
 * The compressed bytes for a decoder written as an async generator (bzip2, xz), which pulls
 * its output only as fast as it is read. Piped, as the byte counter above already reads
 * `compressed` in flowing mode. A pipe does not pass on a destroy, though: when the scan
 * stops early (a limit, an unreadable nested archive), the generator would wait for input
 * forever and never reach its `finally`, and each xz decoder left so kept its dictionary (up
 * to 64 MiB) in the shared WebAssembly memory, which never shrinks (found by a hostile review).
 */
function generatorInput(compressed: Readable): PassThrough {
  const input = compressed.pipe(new PassThrough({ highWaterMark: CHUNK }));
  // Until the generator iterates `input` (xz first awaits its decoder), nothing else listens:
  // the error would be uncaught. The generator still meets it when it reads.
  input.on("error", () => {});
  compressed.once("close", () => {
    if (!compressed.readableEnded)
      input.destroy(new Error("the compressed stream was closed before its end"));
  });
  return input;
}

/**
 * fzstd's push decoder as a Node Transform. Two guards fzstd lacks: each frame's window is
 * read from its header before fzstd sees it and refused over MAX_ZSTD_WINDOW (fzstd would
 * allocate whatever a frame declares, up to 2 GB, from a 48-byte file), and every decoded
 * block goes through `onOutput`, which throws as soon as the ratio limit is passed (one
 * 64 KB input chunk of tiny RLE blocks can decode to gigabytes).
 */
function fzstdTransform(onOutput: (bytes: number) => void): Transform {
  let decoder: ZstdDecompress;
  const frames = new ZstdFrameWatcher();
  const transform = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      try {
        frames.check(chunk);
        decoder.push(chunk);
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback) {
      try {
        decoder.push(new Uint8Array(0), true);
        callback();
      } catch (error) {
        callback(
          error instanceof Error && /unexpected EOF/i.test(error.message)
            ? new Error("zstd stream truncated (unexpected end of file)")
            : (error as Error),
        );
      }
    },
  });
  decoder = new ZstdDecompress((data) => {
    onOutput(data.byteLength);
    transform.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  });
  return transform;
}

/** zlib's own limit for zstd windows (windowLog 27), which Node's native decoder applies. */
export const MAX_ZSTD_WINDOW = 128 * 1024 * 1024;

/**
 * Follows the zstd frame structure as bytes pass (frame headers, block headers, skippable
 * frames), without decoding, so that every frame's window size is known before its data.
 */
class ZstdFrameWatcher {
  private pending: Buffer = Buffer.alloc(0);
  /** Bytes to pass over before the next header (block contents, checksums, skippable data). */
  private skip = 0;
  private state: "frame" | "block" = "frame";
  private checksum = false;

  check(chunk: Buffer): void {
    let data = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    for (;;) {
      if (this.skip > 0) {
        const passed = Math.min(this.skip, data.length);
        this.skip -= passed;
        data = data.subarray(passed);
        if (this.skip > 0) break;
      }
      const consumed = this.state === "frame" ? this.frameHeader(data) : this.blockHeader(data);
      if (consumed === 0) break;
      data = data.subarray(consumed);
    }
    this.pending = Buffer.from(data);
  }

  /** Returns the header's length, or 0 when more bytes are needed. */
  private frameHeader(data: Buffer): number {
    if (data.length < 4) return 0;
    const magic = data.readUInt32LE(0);
    if ((magic & 0xfffffff0) === 0x184d2a50) {
      if (data.length < 8) return 0;
      this.skip = data.readUInt32LE(4);
      return 8;
    }
    if (magic !== 0xfd2fb528) throw new Error("zstd data is corrupt (bad frame magic)");
    if (data.length < 5) return 0;
    const descriptor = data[4]!;
    const single = (descriptor >> 5) & 1;
    const dictionaryBytes = [0, 1, 2, 4][descriptor & 3]!;
    const contentSizeBytes = [single ? 1 : 0, 2, 4, 8][descriptor >> 6]!;
    const length = 5 + (single ? 0 : 1) + dictionaryBytes + contentSizeBytes;
    if (data.length < length) return 0;
    let window: number;
    if (!single) {
      const byte = data[5]!;
      const base = 2 ** (10 + (byte >> 3));
      window = base + (base / 8) * (byte & 7);
    } else {
      const at = 5 + dictionaryBytes;
      window =
        contentSizeBytes === 1
          ? data[at]!
          : contentSizeBytes === 2
            ? data.readUInt16LE(at) + 256
            : contentSizeBytes === 4
              ? data.readUInt32LE(at)
              : Number(data.readBigUInt64LE(at));
    }
    if (window > MAX_ZSTD_WINDOW) {
      throw new Error(
        `zstd frame asks for a ${Math.round(window / 1024 / 1024)} MiB window, over the 128 MiB any decoder here accepts`,
      );
    }
    this.checksum = Boolean((descriptor >> 2) & 1);
    this.state = "block";
    return length;
  }

  private blockHeader(data: Buffer): number {
    if (data.length < 3) return 0;
    const header = data[0]! | (data[1]! << 8) | (data[2]! << 16);
    const last = header & 1;
    const type = (header >> 1) & 3;
    const size = header >>> 3;
    if (type === 3) throw new Error("zstd data is corrupt (reserved block type)");
    this.skip = type === 1 ? 1 : size;
    if (last) {
      this.state = "frame";
      this.skip += this.checksum ? 4 : 0;
    }
    return 3;
  }
}
