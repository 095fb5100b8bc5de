/**
 * Stream decompression for every compression format leakgate opens, behind one function:
 * bytes in and out are counted so that a decompression bomb is stopped as soon as its ratio
 * shows (the caller's `checkRatio` throws), whatever the format.
 *
 *   gzip   zlib (multi-member files are read whole, as gunzip(1) does)
 *   zstd   zlib's decoder where Node has one (22.15+, the action's Node 24); fzstd (pure JS) on Node 20
 *   xz     xz-decompress (the xz-embedded C decoder compiled to WebAssembly, 26 KB, streaming)
 *
 * See docs/adr/006-decompressors.md for why these.
 */
import { Readable, Transform } from "node:stream";
import * as zlib from "node:zlib";
import { Decompress as ZstdDecompress } from "fzstd";
import xzDecompress from "xz-decompress";

export type CompressionFormat = "gzip" | "zstd" | "xz";

export interface DecompressedStream {
  /** The decompressed bytes. Errors (corruption, truncation, a limit) destroy it. */
  output: Readable;
  /** The limit error that stopped it, if any (reported in preference to the stream error). */
  limitError(): unknown;
  /** Tears the pipeline down (idempotent). */
  close(): void;
}

const CHUNK = 64 * 1024;

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
  const decoded = decoder(format, compressed);
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

function decoder(format: CompressionFormat, compressed: Readable): Readable {
  switch (format) {
    case "gzip":
      return compressed.pipe(zlib.createGunzip({ chunkSize: CHUNK }));
    case "zstd": {
      const native = (zlib as { createZstdDecompress?: (options?: object) => Transform })
        .createZstdDecompress;
      return compressed.pipe(native ? native({ chunkSize: CHUNK }) : fzstdTransform());
    }
    case "xz":
      return Readable.fromWeb(
        new xzDecompress.XzReadableStream(
          Readable.toWeb(compressed) as ReadableStream<Uint8Array>,
        ) as import("node:stream/web").ReadableStream,
      );
  }
}

/** fzstd's push decoder as a Node Transform. A stream that stops mid-frame is truncated. */
function fzstdTransform(): Transform {
  let decoder: ZstdDecompress;
  const transform = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      try {
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
    transform.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  });
  return transform;
}
