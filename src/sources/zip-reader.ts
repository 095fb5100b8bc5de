/**
 * Reads a zip archive (also .jar, .vsix, .whl, .nupkg: any zip) with yauzl.
 *
 * Zip needs random access (the central directory sits at the end), so it reads from a file
 * on disk or from a buffer. Names are decoded here rather than by yauzl, because yauzl
 * rejects hostile names (`../x`, `/etc/passwd`) outright, and leakgate wants to *report*
 * them as findings instead of refusing the whole archive.
 */
import { PassThrough, type Readable } from "node:stream";
import { TextDecoder } from "node:util";
import yauzl from "yauzl";
import type { EntryType } from "../model.js";
import { DEFAULT_FILE_MODE, type RawEntry } from "./raw-entry.js";

/** Where the zip's bytes are. */
export type ZipLocation = { path: string } | { buffer: Buffer };

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;
const UNIX_MADE_BY = 3;
const UTF8_FLAG = 0x800;
const utf8 = new TextDecoder("utf-8", { fatal: true });

function openZip(location: ZipLocation): Promise<yauzl.ZipFile> {
  const options = { lazyEntries: true, decodeStrings: false, autoClose: false, validateEntrySizes: true };
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, zip?: yauzl.ZipFile) => (error || !zip ? reject(error) : resolve(zip));
    if ("path" in location) yauzl.open(location.path, options, done);
    else yauzl.fromBuffer(location.buffer, options, done);
  });
}

/** Zip names are UTF-8 when flagged; older tools wrote the local code page, which latin1 approximates. */
function decodeName(raw: Buffer | string, flags: number): string {
  if (typeof raw === "string") return raw;
  if (flags & UTF8_FLAG) return raw.toString("utf8");
  try {
    return utf8.decode(raw);
  } catch {
    return raw.toString("latin1");
  }
}

function entryKind(entry: yauzl.Entry, name: string): { type: EntryType; mode: number } {
  const unixMode =
    entry.versionMadeBy >> 8 === UNIX_MADE_BY ? (entry.externalFileAttributes >>> 16) & 0xffff : 0;
  const format = unixMode & S_IFMT;
  if (format === S_IFLNK) return { type: "symlink", mode: unixMode & 0o7777 };
  if (format === S_IFDIR || name.endsWith("/"))
    return { type: "directory", mode: unixMode & 0o7777 || 0o755 };
  return { type: "file", mode: unixMode & 0o7777 || DEFAULT_FILE_MODE };
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | undefined> {
  return new Promise((resolve, reject) => {
    const onEntry = (entry: yauzl.Entry) => settle(() => resolve(entry));
    const onEnd = () => settle(() => resolve(undefined));
    const onError = (error: Error) => settle(() => reject(error));
    const settle = (fn: () => void) => {
      zip.off("entry", onEntry).off("end", onEnd).off("error", onError);
      fn();
    };
    zip.on("entry", onEntry).on("end", onEnd).on("error", onError);
    zip.readEntry();
  });
}

interface LocalFileHeader {
  fileName: Buffer;
}

/** The entry's own (local) header; yauzl reads it but only the central directory's name is exposed. */
function readLocalName(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  const reader = zip as unknown as {
    readLocalFileHeader(
      entry: yauzl.Entry,
      callback: (error: Error | null, header: LocalFileHeader) => void,
    ): void;
  };
  return new Promise((resolve, reject) => {
    reader.readLocalFileHeader(entry, (error, header) => (error ? reject(error) : resolve(header.fileName)));
  });
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream)));
  });
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Yields the entries of a zip archive, in central directory order. */
export async function* readZip(location: ZipLocation): AsyncGenerator<RawEntry> {
  const zip = await openZip(location);
  try {
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      const name = decodeName(entry.fileName as unknown as Buffer, entry.generalPurposeBitFlag);
      const { type, mode } = entryKind(entry, name);
      if (entry.isEncrypted()) {
        throw new Error(`entry "${name}" is encrypted; its contents cannot be checked`);
      }
      const current = entry;
      // A zip names each entry twice; an archive whose two names differ shows one file to
      // leakgate (the central directory, like most tools) and another to streaming extractors.
      const centralRaw = entry.fileName as unknown as Buffer;
      const localRaw = await readLocalName(zip, entry);
      const localName = localRaw.equals(centralRaw)
        ? undefined
        : decodeName(localRaw, entry.generalPurposeBitFlag);
      if (type === "symlink") {
        // A zip symlink stores its target as the entry's content; targets are short.
        const target = (await readAll(await openEntry(zip, current))).toString("utf8");
        yield {
          name,
          type,
          size: 0,
          mode,
          linkTarget: target,
          content: emptyContent,
          ...(localName ? { localName } : {}),
        };
        continue;
      }
      yield {
        name: type === "directory" ? name.replace(/\/+$/, "") : name,
        type,
        size: type === "file" ? current.uncompressedSize : 0,
        compressedSize: current.compressedSize,
        mode,
        ...(localName !== undefined ? { localName } : {}),
        content: () => (type === "file" ? lazyStream(() => openEntry(zip, current)) : emptyContent()),
      };
    }
  } finally {
    zip.close();
  }
}

async function* lazyStream(open: () => Promise<Readable>): AsyncGenerator<Buffer> {
  const source = await open();
  // yauzl's streams for stored entries read from a file never end under async iteration
  // (they are old-style streams); piping into a PassThrough gives a well-behaved stream.
  const stream = source.pipe(new PassThrough());
  source.on("error", (error) => stream.destroy(error));
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } finally {
    source.unpipe(stream);
    source.destroy();
    stream.destroy();
  }
}

async function* emptyContent(): AsyncGenerator<Buffer> {}
