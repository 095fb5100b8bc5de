/**
 * RPM packages: a 96-byte lead (`ed ab ee db`), a signature header (padded to 8 bytes) and
 * the main header, then the payload: a cpio archive, compressed (gzip, xz, zstd or bzip2).
 * The reader yields the headers' strings (scriptlets, descriptions, URLs: they ship too) as
 * one text entry, `(header)`, and the payload as another, `(payload)`, which the engine
 * opens like any nested archive: its files read `pkg.rpm!(payload)!usr/bin/tool`. The
 * header's own file list is not trusted: what ships is what the payload holds.
 */
import type { Readable } from "node:stream";
import { ByteReader, contentOf } from "./byte-reader.js";
import type { RawEntry } from "./raw-entry.js";

export const RPM_MAGIC = [0xed, 0xab, 0xee, 0xdb];
const HEADER_MAGIC = Buffer.from([0x8e, 0xad, 0xe8, 0x01]);
/** Real headers are at most a few MiB (they are read whole); a bigger one is hostile. */
const MAX_HEADER_BYTES = 32 * 1024 * 1024;

export const RPM_PAYLOAD = "(payload)";

export async function* readRpm(input: Readable): AsyncGenerator<RawEntry> {
  const reader = new ByteReader(input);
  const lead = await reader.read(96, "the rpm lead");
  if (!RPM_MAGIC.every((b, i) => lead[i] === b)) throw new Error("not an rpm package (bad lead)");
  const signature = await readHeader(reader, "the signature header", true);
  const main = await readHeader(reader, "the main header", false);
  // Scriptlets (%post, %pre…), descriptions and URLs ship in the header: its strings are read.
  const text = Buffer.from([...headerStrings(signature), ...headerStrings(main)].join("\n"), "utf8");
  yield {
    name: RPM_HEADER,
    type: "file",
    size: text.length,
    mode: 0o644,
    sealed: true,
    content: () => contentOf(text),
  };
  yield { name: RPM_PAYLOAD, type: "file", size: -1, mode: 0o644, content: () => reader.rest() };
}

export const RPM_HEADER = "(header)";

interface Header {
  index: Buffer;
  store: Buffer;
}

async function readHeader(reader: ByteReader, what: string, padded: boolean): Promise<Header> {
  const intro = await reader.read(16, what);
  if (!intro.subarray(0, 4).equals(HEADER_MAGIC)) throw new Error(`corrupt rpm: ${what} has a bad magic`);
  const entries = intro.readUInt32BE(8);
  const data = intro.readUInt32BE(12);
  const size = entries * 16 + data;
  if (size > MAX_HEADER_BYTES) throw new Error(`corrupt rpm: ${what} claims ${size} bytes`);
  const bytes = await reader.read(size, what);
  if (padded) {
    const pad = (8 - (size % 8)) % 8;
    if (pad) await reader.skip(pad, `${what} padding`);
  }
  return { index: bytes.subarray(0, entries * 16), store: bytes.subarray(entries * 16) };
}

/** STRING (6), STRING_ARRAY (8) and I18NSTRING (9) values, one per line, as `tag <n>: value`. */
function headerStrings({ index, store }: Header): string[] {
  const lines: string[] = [];
  for (let at = 0; at + 16 <= index.length; at += 16) {
    const tag = index.readUInt32BE(at);
    const type = index.readUInt32BE(at + 4);
    let offset = index.readUInt32BE(at + 8);
    const count = type === 6 ? 1 : Math.min(index.readUInt32BE(at + 12), 100_000);
    if (type !== 6 && type !== 8 && type !== 9) continue;
    for (let n = 0; n < count && offset < store.length; n++) {
      const end = store.indexOf(0, offset);
      const stop = end === -1 ? store.length : end;
      lines.push(`tag ${tag}: ${store.subarray(offset, stop).toString("utf8")}`);
      offset = stop + 1;
    }
  }
  return lines;
}
