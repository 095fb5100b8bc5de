/**
 * ar archives (`.deb`, static libraries `.a`): `!<arch>\n`, then per member a 60-byte text
 * header (name, mtime, uid, gid, octal mode, decimal size, "`\n") and its bytes, padded to
 * an even offset. GNU long names live in a `//` member and are referenced as `/123`; BSD
 * long names are `#1/<length>` with the name in front of the data; `/` is GNU's symbol table.
 * Small enough to read by hand: no npm reader streams it.
 */
import type { Readable } from "node:stream";
import { ByteReader, contentOf } from "./byte-reader.js";
import type { RawEntry } from "./raw-entry.js";

export const AR_MAGIC = Buffer.from("!<arch>\n", "latin1");
/** GNU long-name tables list names; a real one is kilobytes. */
const MAX_NAME_TABLE = 1024 * 1024;
/** Members whose bytes are no file but still ship (and can hide anything), under these names. */
export const AR_SYMBOL_TABLE = "(ar symbol table)";
export const AR_NAME_TABLE = "(ar long-name table)";

export async function* readAr(input: Readable): AsyncGenerator<RawEntry> {
  const reader = new ByteReader(input);
  const magic = await reader.read(8, "the ar signature");
  if (!magic.equals(AR_MAGIC)) throw new Error("not an ar archive (bad signature)");
  let longNames = "";
  while (!(await reader.atEnd())) {
    const header = await reader.read(60, "an ar member header");
    if (header[58] !== 0x60 || header[59] !== 0x0a)
      throw new Error(`corrupt ar member header at offset ${reader.offset - 60}`);
    const field = (from: number, to: number) => header.subarray(from, to).toString("latin1").trim();
    let name = field(0, 16);
    const size = decimal(field(48, 58), "size");
    const mode = Number.parseInt(field(40, 48) || "644", 8) & 0o7777;
    let dataSize = size;
    if (name.startsWith("#1/")) {
      const length = decimal(name.slice(3), "BSD name length");
      if (length > dataSize) throw new Error("corrupt ar member: its name is longer than the member");
      name = (await reader.read(length, "a BSD long name")).toString("utf8").replace(/\0+$/, "");
      dataSize -= length;
    } else if (name === "//") {
      if (size > MAX_NAME_TABLE) throw new Error(`corrupt ar archive: a ${size}-byte long-name table`);
      const table = await reader.read(size, "the GNU long-name table");
      longNames = table.toString("utf8");
      yield {
        name: AR_NAME_TABLE,
        type: "file",
        size,
        mode: 0o644,
        sealed: true,
        content: () => contentOf(table),
      };
      await pad(reader, size);
      continue;
    } else if (name === "/" || name === "/SYM64/") {
      name = AR_SYMBOL_TABLE;
    } else if (/^\/\d+$/.test(name)) {
      const at = Number(name.slice(1));
      const end = longNames.indexOf("/\n", at);
      if (at >= longNames.length || end === -1)
        throw new Error(`corrupt ar member: long name ${name} is not in the table`);
      name = longNames.slice(at, end);
    } else if (name.endsWith("/")) {
      name = name.slice(0, -1); // GNU terminates short names with "/"
    }
    let consumed = false;
    yield {
      name,
      type: "file",
      size: dataSize,
      mode: Number.isNaN(mode) ? 0o644 : mode,
      content: () => {
        consumed = true;
        return reader.chunks(dataSize, `ar member ${name}`);
      },
    };
    if (!consumed) await reader.skip(dataSize, `ar member ${name}`);
    await pad(reader, size);
  }
}

async function pad(reader: ByteReader, size: number): Promise<void> {
  // A missing pad byte at the very end is common (and harmless): tolerate only that.
  if (size % 2 === 1 && !(await reader.atEnd())) await reader.read(1, "ar padding");
}

function decimal(text: string, what: string): number {
  if (!/^\d+$/.test(text)) throw new Error(`corrupt ar member header: ${what} is "${text}"`);
  return Number(text);
}
