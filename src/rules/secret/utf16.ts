/**
 * UTF-16 text (Windows tools write it: PowerShell's `>`, .reg exports, some .ini and .config
 * files) has a NUL after every ASCII character, so a token in it is invisible to a byte-level
 * search and the file looks binary. The secret rule narrows such a file to one byte per
 * character as it streams by: code units below 256 keep their value, others become `?`.
 * Tokens are ASCII, so every one survives, and line numbers stay right.
 */

export type Utf16Order = "le" | "be";

/** Pairs looked at to recognise UTF-16 without a byte-order mark. */
const SNIFF_PAIRS = 512;

/** The byte order of UTF-16 text, from a BOM or from where the zero bytes fall; undefined for anything else. */
export function detectUtf16(head: Buffer): Utf16Order | undefined {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return "le";
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return "be";
  const pairs = Math.min(SNIFF_PAIRS, head.length >> 1);
  if (pairs < 8) return undefined;
  let le = 0;
  let be = 0;
  for (let i = 0; i < pairs; i++) {
    const first = head[2 * i]!;
    const second = head[2 * i + 1]!;
    if (second === 0 && first !== 0) le++;
    else if (first === 0 && second !== 0) be++;
  }
  // Nearly every pair must be ASCII-in-UTF-16: binary formats have zeros, but not this regularly.
  if (le * 10 >= pairs * 9) return "le";
  if (be * 10 >= pairs * 9) return "be";
  return undefined;
}

/** Turns UTF-16 chunks into one byte per code unit, carrying an odd byte across chunks. */
export class Utf16Narrower {
  private carry: number | undefined;
  private first = true;

  constructor(private readonly order: Utf16Order) {}

  narrow(chunk: Buffer): Buffer {
    let bytes = chunk;
    if (this.carry !== undefined) {
      bytes = Buffer.concat([Buffer.of(this.carry), chunk]);
      this.carry = undefined;
    }
    let start = 0;
    if (this.first && bytes.length >= 2) {
      this.first = false;
      const bom =
        this.order === "le" ? bytes[0] === 0xff && bytes[1] === 0xfe : bytes[0] === 0xfe && bytes[1] === 0xff;
      if (bom) start = 2;
    }
    const units = (bytes.length - start) >> 1;
    const out = Buffer.allocUnsafe(units);
    const [low, high] = this.order === "le" ? [0, 1] : [1, 0];
    for (let i = 0; i < units; i++) {
      const at = start + 2 * i;
      out[i] = bytes[at + high] === 0 ? bytes[at + low]! : 0x3f;
    }
    if ((bytes.length - start) % 2 === 1) this.carry = bytes[bytes.length - 1];
    return out;
  }
}
