/**
 * Building the release formats beyond tar and zip in tests: xz, zstd and bzip2 with the real
 * command-line compressors (Debian's xz-utils, zstd and bzip2; .ci/run installs any that are
 * missing), and ar, cpio and rpm written byte by byte from their specifications, so that each
 * header field is under the test's control (no rpmbuild or cpio is needed).
 */
import { execFileSync } from "node:child_process";

export type Compressor = "xz" | "zstd" | "bzip2" | "gzip";

export function compress(tool: Compressor, data: Buffer): Buffer {
  const args = tool === "zstd" ? ["-q", "-c", "-"] : ["-c"];
  return execFileSync(tool, args, { input: data, maxBuffer: 1 << 30 });
}

/** An ar archive (GNU variant: short names end in `/`, long names in a `//` table). */
export function arBuffer(
  members: Record<string, string | Buffer>,
  options: { bsdNames?: boolean } = {},
): Buffer {
  const parts: Buffer[] = [Buffer.from("!<arch>\n", "latin1")];
  const long = Object.keys(members).filter((name) => name.length > 15);
  let table = "";
  const offsets = new Map<string, number>();
  if (!options.bsdNames && long.length > 0) {
    for (const name of long) {
      offsets.set(name, table.length);
      table += `${name}/\n`;
    }
    parts.push(member("//", Buffer.from(table)));
  }
  for (const [name, content] of Object.entries(members)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    if (options.bsdNames && name.length > 15) {
      const bytes = Buffer.from(name);
      parts.push(member(`#1/${bytes.length}`, Buffer.concat([bytes, data])));
    } else {
      parts.push(member(offsets.has(name) ? `/${offsets.get(name)}` : `${name}/`, data));
    }
  }
  return Buffer.concat(parts);
}

function member(name: string, data: Buffer): Buffer {
  const field = (value: string, width: number) => value.padEnd(width, " ").slice(0, width);
  const header = Buffer.from(
    `${field(name, 16)}${field("0", 12)}${field("0", 6)}${field("0", 6)}${field("100644", 8)}${field(String(data.length), 10)}\`\n`,
    "latin1",
  );
  return Buffer.concat([header, data, data.length % 2 ? Buffer.from("\n") : Buffer.alloc(0)]);
}

export type CpioTree = Record<string, string | Buffer | { symlink: string } | { directory: true }>;

/** A cpio archive in the "new ASCII" (newc) or "old portable" (odc) format, ending in TRAILER!!!. */
export function cpioBuffer(tree: CpioTree, format: "newc" | "odc" = "newc"): Buffer {
  const parts: Buffer[] = [];
  let ino = 1;
  const add = (name: string, mode: number, data: Buffer) => {
    const nameBytes = Buffer.concat([Buffer.from(name), Buffer.alloc(1)]);
    if (format === "newc") {
      const hex = (n: number) => n.toString(16).padStart(8, "0");
      const fields = [ino++, mode, 0, 0, 1, 0, data.length, 0, 0, 0, 0, nameBytes.length, 0]
        .map(hex)
        .join("");
      const header = Buffer.from(`070701${fields}`, "latin1");
      parts.push(header, nameBytes, Buffer.alloc((4 - ((header.length + nameBytes.length) % 4)) % 4));
      parts.push(data, Buffer.alloc((4 - (data.length % 4)) % 4));
    } else {
      const oct = (n: number, width: number) => n.toString(8).padStart(width, "0");
      const header = `070707${oct(0, 6)}${oct(ino++, 6)}${oct(mode, 6)}${oct(0, 6)}${oct(0, 6)}${oct(1, 6)}${oct(0, 6)}${oct(0, 11)}${oct(nameBytes.length, 6)}${oct(data.length, 11)}`;
      parts.push(Buffer.from(header, "latin1"), nameBytes, data);
    }
  };
  for (const [name, content] of Object.entries(tree)) {
    if (typeof content === "object" && "symlink" in content)
      add(name, 0o120777, Buffer.from(content.symlink));
    else if (typeof content === "object" && "directory" in content) add(name, 0o040755, Buffer.alloc(0));
    else add(name, 0o100644, Buffer.isBuffer(content) ? content : Buffer.from(content));
  }
  add("TRAILER!!!", 0, Buffer.alloc(0));
  return Buffer.concat(parts);
}

/**
 * An RPM package: the 96-byte lead, a signature header and a main header (each with one
 * index entry, the signature padded to 8 bytes), then the payload as given (a compressed cpio).
 */
export function rpmBuffer(
  payload: Buffer,
  strings: [tag: number, value: string][] = [[1000, "fixture"]],
): Buffer {
  const lead = Buffer.alloc(96);
  Buffer.from([0xed, 0xab, 0xee, 0xdb, 3, 0]).copy(lead);
  lead.write("fixture-1.0.0-1", 10, "latin1");
  /** A header of STRING entries (type 6): 1000 is RPMTAG_NAME, 1024 RPMTAG_POSTIN (a %post scriptlet). */
  const header = (values: [number, string][], padded: boolean) => {
    const intro = Buffer.from([0x8e, 0xad, 0xe8, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const index = Buffer.alloc(16 * values.length);
    const store: Buffer[] = [];
    let offset = 0;
    values.forEach(([tag, value], i) => {
      index.writeUInt32BE(tag, i * 16);
      index.writeUInt32BE(6, i * 16 + 4);
      index.writeUInt32BE(offset, i * 16 + 8);
      index.writeUInt32BE(1, i * 16 + 12);
      const bytes = Buffer.from(`${value}\0`);
      store.push(bytes);
      offset += bytes.length;
    });
    intro.writeUInt32BE(values.length, 8);
    intro.writeUInt32BE(offset, 12);
    const size = index.length + offset;
    const pad = padded ? Buffer.alloc((8 - (size % 8)) % 8) : Buffer.alloc(0);
    return Buffer.concat([intro, index, ...store, pad]);
  };
  return Buffer.concat([lead, header([[1004, "sig"]], true), header(strings, false), payload]);
}
