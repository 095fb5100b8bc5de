/**
 * RPM packages: a 96-byte lead (`ed ab ee db`), a signature header (padded to 8 bytes) and
 * the main header, then the payload: a cpio archive, compressed (gzip, xz or zstd; a bzip2 payload is recognised but not opened).
 * The reader skips the headers and yields the payload as one entry, `(payload)`, which the
 * engine opens like any nested archive: its files read `pkg.rpm!(payload)!./usr/bin/tool`.
 * The header's own file list is not trusted: what ships is what the payload holds.
 */
import type { Readable } from "node:stream";
import { ByteReader } from "./byte-reader.js";
import type { RawEntry } from "./raw-entry.js";

export const RPM_MAGIC = [0xed, 0xab, 0xee, 0xdb];
const HEADER_MAGIC = Buffer.from([0x8e, 0xad, 0xe8, 0x01]);
/** Real headers are at most a few MiB; a bigger one is a hostile file, not a package. */
const MAX_HEADER_BYTES = 64 * 1024 * 1024;

export const RPM_PAYLOAD = "(payload)";

export async function* readRpm(input: Readable): AsyncGenerator<RawEntry> {
  const reader = new ByteReader(input);
  const lead = await reader.read(96, "the rpm lead");
  if (!RPM_MAGIC.every((b, i) => lead[i] === b)) throw new Error("not an rpm package (bad lead)");
  await skipHeader(reader, "the signature header", true);
  await skipHeader(reader, "the main header", false);
  yield { name: RPM_PAYLOAD, type: "file", size: -1, mode: 0o644, content: () => reader.rest() };
}

async function skipHeader(reader: ByteReader, what: string, padded: boolean): Promise<void> {
  const intro = await reader.read(16, what);
  if (!intro.subarray(0, 4).equals(HEADER_MAGIC)) throw new Error(`corrupt rpm: ${what} has a bad magic`);
  const entries = intro.readUInt32BE(8);
  const data = intro.readUInt32BE(12);
  const size = entries * 16 + data;
  if (size > MAX_HEADER_BYTES) throw new Error(`corrupt rpm: ${what} claims ${size} bytes`);
  await reader.skip(size, what);
  if (padded) {
    const pad = (8 - (size % 8)) % 8;
    if (pad) await reader.skip(pad, `${what} padding`);
  }
}
