/**
 * leakgate's xz decoding (src/sources/xz-decoder.ts) against Debian's xz: the same bytes at
 * any input chunking, several streams decoding at once (the case xz-decompress's own stream
 * deadlocked on), and every malformed input refused, never passed.
 */
import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { PassThrough } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decompress } from "../../src/sources/decompress.js";
import { decodeXz, XzUnsupported } from "../../src/sources/xz-decoder.js";
import { compress } from "../helpers/packages.js";

async function* pieces(data: Buffer, cuts: number[]): AsyncGenerator<Buffer> {
  let at = 0;
  for (const cut of [...cuts.map((c) => c % (data.length + 1))].sort((a, b) => a - b)) {
    yield data.subarray(at, Math.max(at, cut));
    at = Math.max(at, cut);
  }
  yield data.subarray(at);
}

async function decodeAll(data: Buffer, cuts: number[] = []): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const piece of decodeXz(pieces(data, cuts), () => {})) out.push(piece);
  return Buffer.concat(out);
}

/** Text that compresses (so the output spans many 64 KiB pieces) but not trivially. */
function sampleText(bytes: number, seed: number): Buffer {
  const words = ["const", "token", "export", "function", "return", "=>", "{", "}", "\n", `v${seed}`];
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const word = words[(i * 7 + seed + (i >> 3)) % words.length]!;
    parts.push(word, i % 13 === 0 ? String(i) : " ");
    length += word.length + 1;
  }
  return Buffer.from(parts.join("").slice(0, bytes));
}

describe("xz decoding", () => {
  it("decodes what xz -c wrote, byte for byte, at any input chunking", async () => {
    const original = sampleText(400_000, 1);
    const packed = compress("xz", original);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 8 }), async (cuts) => {
        expect((await decodeAll(packed, cuts)).equals(original)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it("reads concatenated streams and stream padding, as xz -d does", async () => {
    const first = sampleText(100_000, 2);
    const second = Buffer.from("second stream\n");
    const padded = Buffer.concat([compress("xz", first), Buffer.alloc(8), compress("xz", second)]);
    expect((await decodeAll(padded)).equals(Buffer.concat([first, second]))).toBe(true);
  });

  it("decodes several streams at once, interleaved piece by piece, while their dictionaries grow the memory", async () => {
    // Incompressible data makes each decoder allocate its whole dictionary as it goes.
    const inputs = [randomBytes(3_000_000), sampleText(2_000_000, 3), randomBytes(1_500_000)];
    const decoders = inputs.map((input) =>
      decodeXz(pieces(compress("xz", input), [1000, 50_000, 400_000, 1_200_000]), () => {}),
    );
    const hashes = inputs.map(() => createHash("sha256"));
    const done = inputs.map(() => false);
    while (done.includes(false)) {
      for (const [index, decoder] of decoders.entries()) {
        if (done[index]) continue;
        const next = await decoder.next();
        if (next.done) done[index] = true;
        else hashes[index]!.update(next.value);
      }
    }
    expect(hashes.map((hash) => hash.digest("hex"))).toEqual(
      inputs.map((input) => createHash("sha256").update(input).digest("hex")),
    );
  });

  it.each([
    ["truncated", (packed: Buffer) => packed.subarray(0, packed.length - 40), /truncated/],
    [
      "followed by other data",
      (packed: Buffer) => Buffer.concat([packed, Buffer.from("garbage")]),
      /data after its end/,
    ],
    [
      "not xz after its magic",
      (packed: Buffer) => Buffer.concat([packed.subarray(0, 6), Buffer.alloc(64, 7)]),
      /not xz data|corrupt/,
    ],
    [
      "corrupt in the middle",
      (packed: Buffer) => {
        const bad = Buffer.from(packed);
        for (let i = 200; i < 260; i++) bad[i] = bad[i]! ^ 0x5a;
        return bad;
      },
      /corrupt|truncated/,
    ],
  ])("data %s is refused with a message, never passed as fine", async (_case, mangle, message) => {
    const packed = compress("xz", sampleText(300_000, 4));
    await expect(decodeAll(mangle(packed))).rejects.toThrow(message);
  });

  it.each([
    ["a SHA-256 check (as rpm writes its payloads)", ["-C", "sha256"]],
    ["a BCJ filter", ["--x86", "--lzma2"]],
  ])(
    "valid xz with %s, which this decoder cannot read, is refused as unsupported, not as corrupt",
    async (_case, args) => {
      const packed = execFileSync("xz", [...args, "-c"], { input: Buffer.from("payload\n") });
      await expect(decodeAll(packed)).rejects.toBeInstanceOf(XzUnsupported);
      await expect(decodeAll(packed)).rejects.toThrow(/options this decoder cannot read: a SHA-256 check/);
    },
  );

  it("a compressed stream that fails before the decoder starts reading is an error, never an uncaught one", async () => {
    // xz awaits its decoder before it iterates its input: an error in between had no listener.
    const compressed = new PassThrough();
    const stream = decompress("xz", compressed, () => {});
    const first = stream.output[Symbol.asyncIterator]().next();
    compressed.write(compress("xz", sampleText(100_000, 5)).subarray(0, 1000));
    compressed.destroy(new Error("the disk failed"));
    await expect(first).rejects.toThrow("the disk failed");
    stream.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
  });

  it("stops when the ratio guard throws, and frees its state (a later decode still works)", async () => {
    const bomb = compress("xz", Buffer.alloc(20_000_000));
    let seen = 0;
    const guarded = async () => {
      for await (const _ of decodeXz(pieces(bomb, []), (bytes) => {
        seen += bytes;
        if (seen > 1_000_000) throw new Error("ratio limit");
      }));
    };
    await expect(guarded()).rejects.toThrow("ratio limit");
    expect(seen).toBeLessThan(1_200_000);
    expect((await decodeAll(compress("xz", Buffer.from("after\n")))).toString()).toBe("after\n");
  });
});
