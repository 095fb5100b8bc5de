/**
 * CRC-32 (the zip/gzip/7z polynomial, IEEE), continued across pieces: 7z's checksums and
 * the ones GitHub and npm tokens carry. Node has it built in from
 * 20.15; earlier Node 20 releases get the table version.
 */
import * as zlib from "node:zlib";

const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

let table: Uint32Array | undefined;

function tableCrc32(data: Uint8Array, value: number): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = ~value;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** The CRC-32 of `data`, continuing from `value` (the CRC of what came before it). */
export function crc32(data: Uint8Array, value = 0): number {
  return native ? native(data, value) : tableCrc32(data, value);
}

export const crc32ForTests = tableCrc32;
