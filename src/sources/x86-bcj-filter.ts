/**
 * The x86 BCJ filter, decoding side: 7-Zip stores the targets of x86 CALL (E8) and JMP (E9)
 * instructions as absolute addresses, which compress better; this turns them back into
 * relative ones. 7-Zip puts it in front of LZMA for executables. The algorithm is the one
 * every BCJ decoder shares (7-Zip's Bra86.c, xz's simple/x86.c); any other rendition would
 * produce other bytes.
 */

const ALLOWED = [true, true, true, false, true, false, false, false];
const BIT_NUMBER = [0, 1, 2, 2, 3, 3, 3, 3];
const isMsByte = (byte: number) => byte === 0 || byte === 0xff;

export async function* x86BcjFilter(input: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let held: Buffer = Buffer.alloc(0);
  let position = 0; // stream offset of held[0], modulo 2^32
  let previousMask = 0;
  let previousPosition = -5 >>> 0;
  for await (const chunk of input) {
    const buffer = held.length > 0 ? Buffer.concat([held, chunk]) : Buffer.from(chunk);
    if (buffer.length < 5) {
      held = buffer;
      continue;
    }
    if ((position - previousPosition) >>> 0 > 5) previousPosition = (position - 5) >>> 0;
    const limit = buffer.length - 5;
    let at = 0;
    while (at <= limit) {
      const opcode = buffer[at]!;
      if (opcode !== 0xe8 && opcode !== 0xe9) {
        at++;
        continue;
      }
      const here = (position + at) >>> 0;
      const offset = (here - previousPosition) >>> 0;
      previousPosition = here;
      if (offset > 5) previousMask = 0;
      else for (let i = 0; i < offset; i++) previousMask = (previousMask & 0x77) << 1;
      const high = buffer[at + 4]!;
      if (isMsByte(high) && ALLOWED[(previousMask >>> 1) & 7] && previousMask >>> 1 < 0x10) {
        let source = buffer.readUInt32LE(at + 1);
        let target: number;
        for (;;) {
          target = (source - (here + 5)) >>> 0;
          if (previousMask === 0) break;
          const i = BIT_NUMBER[previousMask >>> 1]!;
          if (!isMsByte((target >>> (24 - i * 8)) & 0xff)) break;
          source = (target ^ (2 ** (32 - i * 8) - 1)) >>> 0;
        }
        buffer[at + 4] = (target >>> 24) & 1 ? 0xff : 0;
        buffer[at + 3] = (target >>> 16) & 0xff;
        buffer[at + 2] = (target >>> 8) & 0xff;
        buffer[at + 1] = target & 0xff;
        at += 5;
        previousMask = 0;
      } else {
        at++;
        previousMask |= 1;
        if (isMsByte(high)) previousMask |= 0x10;
      }
    }
    held = buffer.subarray(at);
    position = (position + at) >>> 0;
    yield buffer.subarray(0, at);
  }
  if (held.length > 0) yield held;
}
