/**
 * xz decoding: the xz-embedded decoder that xz-decompress compiles to WebAssembly, driven by
 * leakgate with one decoder state per stream.
 *
 * Why not xz-decompress's own stream: it lets one stream decode at a time (a lock around its
 * single WebAssembly instance). An .xz file inside an .xz archive (a .deb shipping
 * `firmware.bin.xz`, a kernel package's `.ko.xz` modules) then deadlocked: the inner stream
 * waited for the lock held by the outer one, which waited for the inner entry to be read.
 * The decoder itself has no such limit: every state it creates lives apart in the instance's
 * memory. What needs care is that memory grows as states allocate their dictionaries, and a
 * grown memory replaces its ArrayBuffer, so every view here is made afresh on each use.
 *
 * The instance is xz-decompress's (its private `_getModuleInstance`, pinned by the exact
 * dependency version and exercised by the tests): leakgate keeps no copy of the WebAssembly.
 * The calls and the layout of a state's first six words are those its wrapper uses.
 * See docs/adr/006-decompressors.md.
 */

/** The decoder's exports (xz-decompress's xz_wasm). */
interface XzExports {
  /** The instance's memory: its ArrayBuffer is replaced whenever it grows. */
  memory: { readonly buffer: ArrayBuffer };
  /** A new decoder state; 0 when the instance cannot allocate one. */
  create_context(): number;
  destroy_context(context: number): void;
  /** Takes `length` bytes already copied into the state's input buffer; 0 means "no more input". */
  supply_input(context: number, length: number): void;
  /** Decodes into the state's output buffer: one of the XZ_* results below. */
  get_next_output(context: number): number;
}

/** Words at a state's address: its buffers and how far the decoder has gone in each. */
const BUFFER_SIZE = 0;
const INPUT_START = 1;
const INPUT_POSITION = 2;
const INPUT_SIZE = 3;
const OUTPUT_START = 4;
const OUTPUT_POSITION = 5;

const XZ_OK = 0;
const XZ_STREAM_END = 1;
/**
 * xz this build of xz-embedded cannot decode: a SHA-256 integrity check (rpm writes its xz
 * payloads with one), a BCJ filter (`xz --x86`), a dictionary over its limit (all valid, and
 * `xz -d` reads them), or stream flags no xz knows (which it reports the same way). leakgate
 * says it cannot check it, and fails closed.
 */
export class XzUnsupported extends Error {
  override readonly name = "XzUnsupported";
}

const UNSUPPORTED =
  "the xz data uses options this decoder cannot read: a SHA-256 check (as rpm writes), a BCJ filter such as xz --x86, a dictionary over 64 MiB, or header flags that no xz knows";
/** xz-embedded's other results, as people should read them (codes 2, 4 and 6: XzUnsupported). */
const FAILURES: Record<number, string> = {
  3: "xz data needs more memory than the decoder can have",
  5: "not xz data (bad stream header)",
  7: "xz data is corrupt",
  8: "xz data is truncated (unexpected end of input), or has data after its end",
};
const UNSUPPORTED_CODES = new Set([2, 4, 6]);

/** A decoder that runs this many times without progress has stopped: never loop on it. */
const MAX_IDLE_CALLS = 4;

let loading: Promise<XzExports> | undefined;

/** The shared instance, compiled on first use (most scans never meet an .xz file). */
function decoderExports(): Promise<XzExports> {
  loading ??= (async () => {
    const { default: xz } = await import("xz-decompress");
    const stream = xz.XzReadableStream as unknown as {
      _moduleInstance?: { exports: unknown };
      _getModuleInstance(): Promise<void>;
    };
    if (!stream._moduleInstance) await stream._getModuleInstance();
    return stream._moduleInstance!.exports as unknown as XzExports;
  })();
  return loading;
}

/**
 * Decodes the xz data in `input` (one or more concatenated streams, with stream padding, as
 * `xz -d` reads it), yielding the output in pieces of at most 64 KiB. `onOutput` is told each
 * piece's size before it is yielded and may throw to stop (the ratio guard). Corrupt or
 * truncated data, or data after the last stream, rejects with a message saying which.
 */
export async function* decodeXz(
  input: AsyncIterable<Uint8Array>,
  onOutput: (bytes: number) => void,
): AsyncGenerator<Buffer> {
  const xz = await decoderExports();
  // An address in a 32-bit memory: above 2 GiB it comes back as a negative i32.
  const context = xz.create_context() >>> 0;
  if (context === 0) throw new Error(FAILURES[3]);
  const words = () => new Uint32Array(xz.memory.buffer, context, 6);
  const bufferSize = words()[BUFFER_SIZE]!;

  const supply = (bytes: Uint8Array) => {
    new Uint8Array(xz.memory.buffer).set(bytes, words()[INPUT_START]!);
    xz.supply_input(context, bytes.length);
  };

  /** Runs the decoder over the input supplied: until it needs more, or (`final`) to the end. */
  function* run(final: boolean): Generator<Buffer> {
    for (let idle = 0; ; ) {
      const result = xz.get_next_output(context);
      const state = words();
      const produced = state[OUTPUT_POSITION]!;
      if (produced > 0) {
        idle = 0;
        onOutput(produced);
        // A copy: the output buffer is overwritten by the next call.
        yield Buffer.from(new Uint8Array(xz.memory.buffer, state[OUTPUT_START]!, produced));
        words()[OUTPUT_POSITION] = 0;
      } else if (++idle > MAX_IDLE_CALLS) {
        throw new Error(FAILURES[8]);
      }
      if (result === XZ_STREAM_END) return;
      if (UNSUPPORTED_CODES.has(result)) throw new XzUnsupported(UNSUPPORTED);
      if (result !== XZ_OK) throw new Error(FAILURES[result] ?? `xz decoding failed (code ${result})`);
      const state2 = words();
      if (!final && state2[INPUT_POSITION] === state2[INPUT_SIZE] && produced < bufferSize) return;
    }
  }

  try {
    for await (const chunk of input) {
      for (let at = 0; at < chunk.length; at += bufferSize) {
        supply(chunk.subarray(at, at + bufferSize));
        yield* run(false);
      }
    }
    supply(new Uint8Array(0));
    yield* run(true);
  } finally {
    xz.destroy_context(context);
  }
}
