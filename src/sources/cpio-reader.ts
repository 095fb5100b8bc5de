/**
 * cpio archives, as in `.rpm` payloads and initramfs images: "new ASCII" (`070701`, and
 * `070702` with checksums: hex fields, name and data padded to 4 bytes) and "old portable
 * ASCII" (`070707`: octal fields, no padding). The archive ends at the `TRAILER!!!` entry.
 * Symlink targets are the entry's data. Read by hand for the same reason as ar.
 */
import type { Readable } from "node:stream";
import { ByteReader, noContent } from "./byte-reader.js";
import type { RawEntry } from "./raw-entry.js";

const TRAILER = "TRAILER!!!";
/** A symlink target longer than this is not a path: refuse it rather than buffer it. */
const MAX_LINK_TARGET = 64 * 1024;

export async function* readCpio(input: Readable): AsyncGenerator<RawEntry> {
  const reader = new ByteReader(input);
  for (;;) {
    const magic = (await reader.read(6, "a cpio header")).toString("latin1");
    const newc = magic === "070701" || magic === "070702";
    if (!newc && magic !== "070707")
      throw new Error(
        `corrupt cpio header at offset ${reader.offset - 6} (magic "${printableMagic(magic)}")`,
      );
    const header = await reader.read(newc ? 104 : 70, "a cpio header");
    // newc: 13 hex fields of 8 characters; odc: octal fields of varying widths.
    const hex = (index: number) => number(header.subarray(index * 8, index * 8 + 8), 16);
    const octal = (offset: number, length: number) => number(header.subarray(offset, offset + length), 8);
    const mode = newc ? hex(1) : octal(12, 6);
    const nameSize = newc ? hex(11) : octal(53, 6);
    const size = newc ? hex(6) : octal(59, 11);
    if (nameSize === 0 || nameSize > 4096 * 4)
      throw new Error(`corrupt cpio header: name of ${nameSize} bytes`);
    const name = (await reader.read(nameSize, "a cpio name")).toString("utf8").replace(/\0.*$/s, "");
    if (newc) await align(reader, 110 + nameSize);
    if (name === TRAILER) {
      yield* afterTrailer(reader);
      return;
    }
    const kind = mode & 0o170000;
    if (kind === 0o120000) {
      if (size > MAX_LINK_TARGET)
        throw new Error(`corrupt cpio entry ${name}: a ${size}-byte symlink target`);
      const target = (await reader.read(size, `the link target of ${name}`)).toString("utf8");
      if (newc) await align(reader, size);
      yield { name, type: "symlink", size: 0, mode: mode & 0o7777, linkTarget: target, content: noContent };
      continue;
    }
    if ((kind === 0o040000 || kind !== 0o100000) && size === 0) {
      // Directories, and devices or fifos without data: listed (directories), no bytes.
      if (kind === 0o040000)
        yield { name, type: "directory", size: 0, mode: mode & 0o7777, content: noContent };
      continue;
    }
    // Anything else with data ships that data (a "directory" or "device" carrying bytes is
    // how a file would hide): it is read as a file.
    let consumed = false;
    yield {
      name,
      type: "file",
      size,
      mode: mode & 0o7777,
      content: () => {
        consumed = true;
        return reader.chunks(size, `cpio entry ${name}`);
      },
    };
    if (!consumed) await reader.skip(size, `cpio entry ${name}`);
    if (newc) await align(reader, size);
  }
}

async function align(reader: ByteReader, length: number): Promise<void> {
  const pad = (4 - (length % 4)) % 4;
  if (pad > 0) await reader.read(pad, "cpio padding");
}

/**
 * cpio pads its end with zeros to a block size. Anything else after `TRAILER!!!` is carried
 * by the archive and read by tools that keep going: it is scanned as one entry.
 */
async function* afterTrailer(reader: ByteReader): AsyncGenerator<RawEntry> {
  for (;;) {
    const next = await reader.peek(64 * 1024);
    if (next.length === 0) return;
    const firstData = next.findIndex((byte) => byte !== 0);
    if (firstData === -1) {
      await reader.skip(next.length, "cpio padding");
      continue;
    }
    await reader.skip(firstData, "cpio padding");
    yield {
      name: "(data after the cpio trailer)",
      type: "file",
      size: -1,
      mode: 0o644,
      content: () => reader.rest(),
    };
    return;
  }
}

function number(bytes: Buffer, radix: 8 | 16): number {
  const text = bytes.toString("latin1");
  const pattern = radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!pattern.test(text)) throw new Error(`corrupt cpio header field "${printableMagic(text)}"`);
  return Number.parseInt(text, radix);
}

function printableMagic(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, "?");
}
