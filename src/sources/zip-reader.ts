/**
 * Reads a zip archive (also .jar, .vsix, .whl, .nupkg: any zip) with yauzl.
 *
 * Zip needs random access (the central directory sits at the end), so it reads from a file
 * on disk or from a buffer. Names are decoded here rather than by yauzl, because yauzl
 * rejects hostile names (`../x`, `/etc/passwd`) outright, and leakgate wants to *report*
 * them as findings instead of refusing the whole archive.
 */
import { createReadStream } from "node:fs";
import { PassThrough, Readable } from "node:stream";
import { TextDecoder } from "node:util";
import { createInflateRaw } from "node:zlib";
import yauzl from "yauzl";
import type { EntryType } from "../core/model.js";
import { type RandomAccessLocation, readAt, readRange, sizeOf } from "./random-access.js";
import { DEFAULT_FILE_MODE, type RawEntry } from "./raw-entry.js";
import { findZipEnd, ZIP_TAIL_BYTES } from "./zip-end.js";

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;
const UNIX_MADE_BY = 3;
const UTF8_FLAG = 0x800;
const utf8 = new TextDecoder("utf-8", { fatal: true });
/** PATH_MAX on Linux: no real link target is longer. */
const MAX_LINK_TARGET = 4096;

const YAUZL_OPTIONS = { lazyEntries: true, decodeStrings: false, autoClose: false, validateEntrySizes: true };

/** Where the zip is and how it sits in its file. */
interface ZipLayout {
  location: RandomAccessLocation;
  size: number;
  /** Bytes in front of the zip that its offsets do not count (see zip-end.ts). */
  shift: number;
  /** Where the central directory starts in the file, when known. */
  directoryStart?: number;
  /** Where the zip ends; bytes after it (up to `size`) follow the zip. */
  end: number;
}

async function layoutOf(location: RandomAccessLocation): Promise<ZipLayout> {
  const size = await sizeOf(location);
  const length = Math.min(size, ZIP_TAIL_BYTES);
  const tail = await readAt(location, size - length, length, "the zip's end");
  const end = findZipEnd(tail, size);
  if (!end) throw new Error("no zip end-of-central-directory record found");
  return {
    location,
    size,
    end: end.end,
    shift: end.shift,
    ...(end.directoryStart !== undefined ? { directoryStart: end.directoryStart } : {}),
  };
}

/** Reads the zip's bytes as if the data in front of it (`shift` bytes) were not there. */
class ShiftedReader extends yauzl.RandomAccessReader {
  constructor(private readonly layout: ZipLayout) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    const { location, shift } = this.layout;
    if (end <= start) return Readable.from([]);
    if ("buffer" in location) return Readable.from([location.buffer.subarray(shift + start, shift + end)]);
    return createReadStream(location.path, { start: shift + start, end: shift + end - 1 });
  }
}

function openZip(layout: ZipLayout): Promise<yauzl.ZipFile> {
  const { location, shift, size } = layout;
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, zip?: yauzl.ZipFile) => (error || !zip ? reject(error) : resolve(zip));
    // The reader shows yauzl the zip alone: without what is in front of it or after it.
    if (shift > 0 || layout.end < size) {
      yauzl.fromRandomAccessReader(new ShiftedReader(layout), layout.end - shift, YAUZL_OPTIONS, done);
    } else if ("path" in location) yauzl.open(location.path, YAUZL_OPTIONS, done);
    else yauzl.fromBuffer(location.buffer, YAUZL_OPTIONS, done);
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

/** The fields of an entry's own (local) header that say how to extract it. */
interface LocalFileHeader {
  fileName: Buffer;
  generalPurposeBitFlag: number;
  compressionMethod: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  fileDataStart: number;
}

/** yauzl reads the local header to find the data, but exposes only the central directory's view. */
function readLocalHeader(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<LocalFileHeader> {
  const reader = zip as unknown as {
    readLocalFileHeader(
      entry: yauzl.Entry,
      callback: (error: Error | null, header: LocalFileHeader) => void,
    ): void;
  };
  return new Promise((resolve, reject) => {
    reader.readLocalFileHeader(entry, (error, header) => (error ? reject(error) : resolve(header)));
  });
}

const ENCRYPTED = 0x0001;
const DATA_DESCRIPTOR = 0x0008;
const STRONG_ENCRYPTION = 0x0040;
const ZIP64_SIZE = 0xffffffff;

/**
 * How the local header disagrees with the central directory about *how to extract* the
 * entry. Streaming extractors (Java's ZipInputStream, many unzip libraries) trust the local
 * header; leakgate, like most tools, the central one. A disagreement lets one archive show
 * a checker one file and ship another.
 */
function headerDisagreements(entry: yauzl.Entry, local: LocalFileHeader): string[] {
  const problems: string[] = [];
  const differ = (what: string, localValue: number, centralValue: number) => {
    if (localValue !== centralValue) problems.push(`${what} (local ${localValue}, central ${centralValue})`);
  };
  differ("compression method", local.compressionMethod, entry.compressionMethod);
  const flags = ENCRYPTED | DATA_DESCRIPTOR | STRONG_ENCRYPTION;
  differ("flags", local.generalPurposeBitFlag & flags, entry.generalPurposeBitFlag & flags);
  // With a data descriptor the local sizes and CRC are zero by design; they follow the data.
  if (!(local.generalPurposeBitFlag & DATA_DESCRIPTOR)) {
    differ("CRC-32", local.crc32, entry.crc32);
    if (local.compressedSize !== ZIP64_SIZE)
      differ("compressed size", local.compressedSize, entry.compressedSize);
    if (local.uncompressedSize !== ZIP64_SIZE)
      differ("uncompressed size", local.uncompressedSize, entry.uncompressedSize);
  }
  return problems;
}

/** Where each entry's bytes lie, to refuse archives whose entries share bytes. */
class ExtentCheck {
  private readonly extents: { start: number; end: number; index: number }[] = [];

  /**
   * Overlapping entries are how a small zip expands to gigabytes at a harmless ratio per
   * entry (unzip: "overlapped components, possible zip bomb"); no tool writes them.
   */
  add(start: number, end: number, index: number): void {
    // Entries are almost always in offset order, so the search usually ends at once.
    let at = this.extents.length;
    while (at > 0 && this.extents[at - 1]!.start > start) at--;
    const before = this.extents[at - 1];
    const after = this.extents[at];
    const clash = before && before.end > start ? before : after && after.start < end ? after : undefined;
    if (clash) {
      throw new ZipStructureError(
        `entries #${clash.index + 1} and #${index + 1} of the central directory share the same bytes (overlapping entries, a zip bomb)`,
      );
    }
    this.extents.splice(at, 0, { start, end, index });
  }

  /** Where the first entry starts: what lies before it is not part of any entry. */
  get firstStart(): number | undefined {
    return this.extents[0]?.start;
  }
}

/** A zip whose structure no honest tool writes; refused like unzip refuses it. */
export class ZipStructureError extends Error {}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  // Deflate is inflated by entryContent, which checks where the stream ends.
  const options = (entry.compressionMethod === DEFLATE ? { decompress: false } : {}) as yauzl.ZipFileOptions;
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, options, (error, stream) => (error ? reject(error) : resolve(stream)));
  });
}

const DEFLATE = 8;

/**
 * An entry's bytes, checked against both of the zip's views. A deflate stream is inflated
 * here rather than by yauzl, to see where it ends: bytes after its end inside the entry's
 * compressed range are what a streaming extractor reads next (a data descriptor, then a
 * whole hidden entry), so they are refused. The output must be exactly the declared size.
 */
async function* entryContent(zip: yauzl.ZipFile, entry: yauzl.Entry, name: string): AsyncGenerator<Buffer> {
  const compressed = lazyStream(() => openEntry(zip, entry));
  let produced = 0;
  const count = (chunk: Buffer) => {
    produced += chunk.length;
    if (produced > entry.uncompressedSize) {
      throw new ZipStructureError(
        `entry "${name}" holds more than the ${entry.uncompressedSize} bytes its header declares`,
      );
    }
    return chunk;
  };
  if (entry.compressionMethod !== DEFLATE) {
    for await (const chunk of compressed) yield count(chunk);
  } else {
    const inflater = createInflateRaw();
    const input = Readable.from(compressed);
    input.on("error", (error) => inflater.destroy(error));
    input.pipe(inflater);
    for await (const chunk of inflater) yield count(chunk as Buffer);
    if (inflater.bytesWritten !== entry.compressedSize) {
      throw new ZipStructureError(
        `entry "${name}" ends its deflate stream after ${inflater.bytesWritten} of its ${entry.compressedSize} compressed bytes: the rest is hidden data that streaming extractors read as more entries`,
      );
    }
  }
  if (produced !== entry.uncompressedSize) {
    throw new Error(
      `entry "${name}" is ${produced} bytes, not the ${entry.uncompressedSize} its header declares`,
    );
  }
}

/** A symlink's target, stored as the entry's content: short, and read like any entry. */
async function readLinkTarget(zip: yauzl.ZipFile, entry: yauzl.Entry, name: string): Promise<string> {
  const chunks: Buffer[] = [];
  let length = 0;
  // Through entryContent like any entry: a symlink's target may be deflated too.
  for await (const chunk of entryContent(zip, entry, name)) {
    length += chunk.length;
    if (length > MAX_LINK_TARGET) throw new Error(`symlink entry is longer than ${MAX_LINK_TARGET} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Name of the pseudo-entry holding the bytes in front of a zip (a launch script, another archive). */
export const BEFORE_ZIP = "(data before the zip)";

/**
 * Yields the entries of a zip archive, in central directory order, found the way zip
 * readers find it (from its end). Bytes in front of the first entry come first, as the
 * pseudo-entry BEFORE_ZIP, so that they are checked too.
 */
export async function* readZip(location: RandomAccessLocation): AsyncGenerator<RawEntry> {
  const layout = await layoutOf(location);
  // First pass over the directory alone: overlapping entries must be refused before any
  // entry's bytes are read (a bomb has to be stopped before it expands).
  const firstStart = await checkExtents(layout);
  const before = firstStart !== undefined ? layout.shift + firstStart : (layout.directoryStart ?? 0);
  if (before > 0) yield rangeEntry(BEFORE_ZIP, layout.location, 0, before, { beforeZip: true });
  const zip = await openZip(layout);
  const covered: [number, number][] = [];
  const comments: Buffer[] = [];
  try {
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      const local = await readLocalHeader(zip, entry);
      covered.push([entry.relativeOffsetOfLocalHeader, local.fileDataStart + entry.compressedSize]);
      const comment = (entry as unknown as { fileCommentRaw?: Buffer }).fileCommentRaw ?? Buffer.alloc(0);
      if (comment.length > 0) comments.push(Buffer.from(comment));
      yield await toRawEntry(zip, entry, local);
    }
    const archiveComment = (zip as unknown as { comment: Buffer | string }).comment;
    if (archiveComment.length > 0) comments.push(Buffer.from(archiveComment));
  } finally {
    zip.close();
  }
  // What no entry covers is read too: nothing in the file goes unchecked.
  yield* uncoveredBytes(layout, covered);
  if (comments.length > 0) {
    yield {
      name: ZIP_COMMENTS,
      type: "file",
      size: comments.reduce((sum, c) => sum + c.length + 1, 0),
      mode: DEFAULT_FILE_MODE,
      sealed: true,
      content: () => toAsync(comments.map((c) => Buffer.concat([c, Buffer.from("\n")]))),
    };
  }
  if (layout.end < layout.size) yield rangeEntry(AFTER_ZIP, layout.location, layout.end, layout.size);
}

/** Pseudo-entries for bytes of the file that are not an entry of the zip. */
export const ZIP_COMMENTS = "(zip comments)";
export const AFTER_ZIP = "(data after the zip)";
export const BETWEEN_ENTRIES = "(data between zip entries)";

const DATA_DESCRIPTOR_SIZES = new Set([12, 16, 20, 24]);

/**
 * Bytes between the end of one entry's data and the next local header (or the central
 * directory) that are not a data descriptor: no tool writes them, and a streaming extractor
 * reads a local entry hidden there as one more file. Yielded as one pseudo-entry, which
 * blocks when it holds a local header.
 */
async function* uncoveredBytes(layout: ZipLayout, covered: [number, number][]): AsyncGenerator<RawEntry> {
  if (covered.length === 0) return;
  covered.sort((a, b) => a[0] - b[0]);
  const directoryStart =
    layout.directoryStart !== undefined ? layout.directoryStart - layout.shift : undefined;
  const gaps: [number, number][] = [];
  for (let i = 0; i < covered.length; i++) {
    const end = covered[i]![1];
    const next = i + 1 < covered.length ? covered[i + 1]![0] : directoryStart;
    if (next === undefined || next <= end) continue;
    if (DATA_DESCRIPTOR_SIZES.has(next - end)) continue;
    gaps.push([layout.shift + end, layout.shift + next]);
  }
  if (gaps.length === 0) return;
  const bytes = await Promise.all(
    gaps.map(([from, to]) => readAt(layout.location, from, to - from, "bytes between entries")),
  );
  const all = Buffer.concat(bytes);
  yield {
    name: BETWEEN_ENTRIES,
    type: "file",
    size: all.length,
    mode: DEFAULT_FILE_MODE,
    sealed: true,
    ...(all.includes(LOCAL_HEADER) ? { hiddenEntry: true } : {}),
    content: () => toAsync([all]),
  };
}

const LOCAL_HEADER = Buffer.of(0x50, 0x4b, 0x03, 0x04);

/** Where the first entry starts, after checking that no two entries share bytes. */
async function checkExtents(layout: ZipLayout): Promise<number | undefined> {
  const zip = await openZip(layout);
  const extents = new ExtentCheck();
  try {
    let index = 0;
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      // The local header is at least 30 bytes plus the name; the data follows it.
      const start = entry.relativeOffsetOfLocalHeader;
      extents.add(
        start,
        start + 30 + (entry.fileName as unknown as Buffer).length + entry.compressedSize,
        index++,
      );
    }
  } finally {
    zip.close();
  }
  return extents.firstStart;
}

function rangeEntry(
  name: string,
  location: RandomAccessLocation,
  from: number,
  to: number,
  flags: Pick<RawEntry, "beforeZip"> = {},
): RawEntry {
  return {
    name,
    type: "file",
    size: to - from,
    mode: DEFAULT_FILE_MODE,
    ...flags,
    content: () => readRange(location, from, to),
  };
}

async function toRawEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, local: LocalFileHeader): Promise<RawEntry> {
  const name = decodeName(entry.fileName as unknown as Buffer, entry.generalPurposeBitFlag);
  const { type, mode } = entryKind(entry, name);
  if (entry.isEncrypted()) {
    throw new Error(`entry "${name}" is encrypted; its contents cannot be checked`);
  }
  // A zip names each entry twice; an archive whose two names differ shows one file to
  // leakgate (the central directory, like most tools) and another to streaming extractors.
  const centralRaw = entry.fileName as unknown as Buffer;
  const localName = local.fileName.equals(centralRaw)
    ? undefined
    : decodeName(local.fileName, entry.generalPurposeBitFlag);
  const disagreements = headerDisagreements(entry, local);
  const views = {
    ...(localName !== undefined ? { localName } : {}),
    ...(disagreements.length > 0 ? { headerMismatch: disagreements } : {}),
  };
  if (type === "symlink") {
    // A zip symlink stores its target as the entry's content; targets are short.
    const target = await readLinkTarget(zip, entry, name);
    return { name, type, size: 0, mode, linkTarget: target, content: emptyContent, ...views };
  }
  return {
    name: type === "directory" ? name.replace(/\/+$/, "") : name,
    type,
    size: type === "file" ? entry.uncompressedSize : 0,
    compressedSize: entry.compressedSize,
    mode,
    ...views,
    content: () => (type === "file" ? entryContent(zip, entry, name) : emptyContent()),
  };
}

async function* toAsync<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
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
