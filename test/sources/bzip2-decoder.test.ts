/**
 * The bzip2 decoder against the real `bzip2` (Debian's; .ci/run installs it): byte for byte
 * on text, random data, long runs and concatenated streams, at any input chunking; and every
 * truncation or mutation ends in the output or a clear error, never a hang or a crash.
 */
import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Bzip2Error, decodeBzip2 } from "../../src/sources/bzip2-decoder.js";
import { compress } from "../helpers/packages.js";

async function* pieces(bytes: Buffer, size: number) {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function decode(bytes: Buffer, size = 65536, onOutput?: (n: number) => void): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const piece of decodeBzip2(pieces(bytes, size), onOutput)) out.push(Buffer.from(piece));
  return Buffer.concat(out);
}

describe("bzip2 decoder", () => {
  it.each([
    ["empty", Buffer.alloc(0)],
    ["text", Buffer.from("const answer = 42; // a line of code\n".repeat(40_000))],
    ["random bytes over two blocks", randomBytes(1_200_000)],
    [
      "runs of every length around the run-length stage's 4 and 255",
      Buffer.concat([3, 4, 5, 255, 259, 260, 1000].map((n, i) => Buffer.alloc(n, 65 + i))),
    ],
  ])(
    "decodes %s byte for byte, whatever the input chunks",
    async (_name, data) => {
      const compressed = compress("bzip2", data);
      for (const size of [1, 7, 4096, 1 << 20]) {
        if (size === 1 && compressed.length > 20_000) continue;
        expect((await decode(compressed, size)).equals(data)).toBe(true);
      }
    },
    60_000,
  );

  it("decodes concatenated streams (pbzip2, cat a.bz2 b.bz2)", async () => {
    const joined = Buffer.concat([
      compress("bzip2", Buffer.from("first\n")),
      compress("bzip2", Buffer.from("second\n")),
    ]);
    expect((await decode(joined)).toString()).toBe("first\nsecond\n");
  });

  it("hands output on in pieces and stops as soon as the caller's check throws", async () => {
    const bomb = compress("bzip2", Buffer.alloc(50_000_000));
    let seen = 0;
    const stop = new Error("ratio");
    await expect(
      decode(bomb, 65536, (n) => {
        seen += n;
        if (seen > 1_000_000) throw stop;
      }),
    ).rejects.toBe(stop);
    expect(seen).toBeLessThan(1_200_000);
  });

  it("refuses what is not bzip2, and a bad checksum", async () => {
    await expect(decode(Buffer.from("hello, not bzip2"))).rejects.toThrow(/not a bzip2 stream/);
    const good = compress("bzip2", Buffer.from("checksummed text\n".repeat(100)));
    const bad = Buffer.from(good);
    // The block CRC sits right after the 4-byte header and the 6-byte block magic.
    bad[11] = bad[11]! ^ 0xff;
    await expect(decode(bad)).rejects.toThrow(Bzip2Error);
  });

  it("ends every truncation and mutation in output or a Bzip2Error (property)", async () => {
    const data = Buffer.from("abcabcabd\n".repeat(500) + randomBytes(2000).toString("hex"));
    const compressed = compress("bzip2", data);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: compressed.length }),
        fc.array(fc.tuple(fc.nat({ max: compressed.length - 1 }), fc.integer({ min: 1, max: 255 })), {
          maxLength: 3,
        }),
        async (cut, flips) => {
          const bytes = Buffer.from(compressed.subarray(0, Math.max(cut, 4)));
          for (const [at, mask] of flips) if (at < bytes.length) bytes[at] = bytes[at]! ^ mask;
          try {
            await decode(bytes, 997);
          } catch (error) {
            expect(error).toBeInstanceOf(Bzip2Error);
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});
