/**
 * Decompresses a gzip stream with zlib, counting bytes in and out so that a decompression
 * bomb is stopped as soon as its ratio shows (the caller's `checkRatio` throws).
 * Multi-member gzip files are read whole, as gunzip(1) does.
 */
import { type Readable, Transform } from "node:stream";
import { createGunzip } from "node:zlib";

export interface GunzipStream {
  /** The decompressed bytes. Errors (corruption, truncation, a limit) destroy it. */
  output: Readable;
  /** The limit error that stopped it, if any (reported in preference to the stream error). */
  limitError(): unknown;
  /** Tears the pipeline down (idempotent). */
  close(): void;
}

export function gunzip(
  compressed: Readable,
  checkRatio: (bytesIn: number, bytesOut: number) => void,
): GunzipStream {
  const zlib = createGunzip({ chunkSize: 64 * 1024 });
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
  compressed.on("error", (error) => zlib.destroy(error));
  zlib.on("error", (error) => counted.destroy(error));
  compressed.pipe(zlib).pipe(counted);
  return {
    output: counted,
    limitError: () => limitError,
    close() {
      compressed.unpipe(zlib);
      counted.destroy();
      zlib.destroy();
      compressed.destroy();
    },
  };
}
