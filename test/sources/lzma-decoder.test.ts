import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crc32, crc32ForTests } from "../../src/core/crc32.js";
import { decodeLzma, decodeLzma2, LzmaError, LzmaUnsupported } from "../../src/sources/lzma-decoder.js";

/** `xz` in the two raw forms a 7z carries: LZMA ("alone" header split off) and LZMA2. */
function lzma(data: Buffer): { properties: Buffer; body: Buffer } {
  const alone = execFileSync("xz", ["--format=lzma", "-c"], { input: data, maxBuffer: 1 << 28 });
  return { properties: alone.subarray(0, 5), body: alone.subarray(13) };
}
function lzma2(data: Buffer, dict = "1MiB"): Buffer {
  return execFileSync("xz", ["--format=raw", `--lzma2=dict=${dict}`, "-c"], {
    input: data,
    maxBuffer: 1 << 28,
  });
}
/** The property byte 7-Zip writes for a 1 MiB dictionary. */
const ONE_MIB = 18;

async function* pieces(data: Buffer, sizes: number[]) {
  let at = 0;
  for (let i = 0; at < data.length; i++) {
    const size = Math.max(1, sizes[i % sizes.length] ?? 4096);
    yield data.subarray(at, at + size);
    at += size;
  }
}
async function collect(output: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of output) {
    expect(part.length).toBeLessThanOrEqual(64 * 1024);
    parts.push(part);
  }
  return Buffer.concat(parts);
}

/** Text that repeats at many distances, and noise: matches, repeats and literals. */
function mixed(size: number): Buffer {
  const words = ["const ", "export ", "function ", "return ", "leakgate", "\n", "{", "}", "  "];
  const parts: Buffer[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const part = i % 50 === 0 ? randomBytes(200) : Buffer.from(words[(i * 7919) % words.length]! + i);
    parts.push(part);
    length += part.length;
  }
  return Buffer.concat(parts).subarray(0, size);
}

describe("LZMA and LZMA2 decoding", () => {
  it("decodes what xz encodes, text and noise, in any input piece sizes", async () => {
    const data = mixed(3_000_000);
    const { properties, body } = lzma(data);
    expect(
      (await collect(decodeLzma(pieces(body, [1, 7, 65536]), properties, data.length, 1 << 26))).equals(data),
    ).toBe(true);
    const two = lzma2(data);
    expect(
      (await collect(decodeLzma2(pieces(two, [3, 100_000]), ONE_MIB, data.length, 1 << 26))).equals(data),
    ).toBe(true);
  });

  it("keeps a window no larger than the data, and refuses one past the bound", async () => {
    const data = mixed(10_000);
    const two = lzma2(data, "64MiB");
    // 64 MiB dictionary, 10 kB of data: decodes with a 2 MiB bound.
    expect((await collect(decodeLzma2(pieces(two, [4096]), 38, data.length, 2 << 20))).equals(data)).toBe(
      true,
    );
    // Unknown size: the dictionary is the window, and over the bound it is refused.
    await expect(collect(decodeLzma2(pieces(two, [4096]), 38, undefined, 2 << 20))).rejects.toBeInstanceOf(
      LzmaUnsupported,
    );
  });

  it("property: any piece sizes give the same bytes", async () => {
    const data = mixed(200_000);
    const { properties, body } = lzma(data);
    const two = lzma2(data);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 70_000 }), { minLength: 1, maxLength: 6 }),
        async (sizes) => {
          expect(
            (await collect(decodeLzma(pieces(body, sizes), properties, data.length, 1 << 24))).equals(data),
          ).toBe(true);
          expect(
            (await collect(decodeLzma2(pieces(two, sizes), ONE_MIB, data.length, 1 << 24))).equals(data),
          ).toBe(true);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("truncated, corrupt or mis-sized input is an LzmaError, never short output taken as whole", async () => {
    const data = mixed(300_000);
    const { properties, body } = lzma(data);
    const two = lzma2(data);
    const decodeBoth = (lz: Buffer, l2: Buffer, size = data.length) => [
      collect(decodeLzma(pieces(lz, [8192]), properties, size, 1 << 24)),
      collect(decodeLzma2(pieces(l2, [8192]), ONE_MIB, size, 1 << 24)),
    ];
    for (const attempt of decodeBoth(body.subarray(0, body.length >> 1), two.subarray(0, two.length >> 1))) {
      await expect(attempt).rejects.toBeInstanceOf(LzmaError);
    }
    // LZMA2 knows where it ends: a declared size that disagrees is corruption.
    await expect(
      collect(decodeLzma2(pieces(two, [8192]), ONE_MIB, data.length + 1, 1 << 24)),
    ).rejects.toThrow(/ends before its declared size/);
    await expect(
      collect(decodeLzma2(pieces(two, [8192]), ONE_MIB, data.length - 1, 1 << 24)),
    ).rejects.toThrow(/longer than its declared size/);
  });

  it("property: mutated streams end in bytes or an LzmaError, promptly", async () => {
    const data = mixed(50_000);
    const { properties, body } = lzma(data);
    const two = lzma2(data);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), {
          minLength: 1,
          maxLength: 6,
        }),
        async (flips) => {
          for (const [original, decode] of [
            [body, (input: Buffer) => decodeLzma(pieces(input, [5000]), properties, data.length, 1 << 24)],
            [two, (input: Buffer) => decodeLzma2(pieces(input, [5000]), ONE_MIB, data.length, 1 << 24)],
          ] as const) {
            const input = Buffer.from(original);
            for (const { at, value } of flips) input[at % input.length] = value;
            try {
              const out = await collect(decode(input));
              expect(out.length).toBe(data.length);
            } catch (error) {
              expect(error).toBeInstanceOf(LzmaError);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("CRC-32", () => {
  it("the table version agrees with zlib's, also continued across pieces", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), (a, b) => {
        expect(crc32ForTests(b, crc32ForTests(a, 0))).toBe(crc32(Buffer.concat([a, b])));
      }),
    );
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
  });
});
