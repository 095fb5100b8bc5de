/**
 * Reads a 7z archive. Its table of contents (the header) sits at the end, usually itself
 * LZMA-compressed, so 7z is read with random access like zip. The files' bytes live in
 * "folders": one compressed stream each (a whole solid archive is often one folder), cut
 * into the files in order. Each folder is decoded once, front to back, and handed out file
 * by file; nothing is extracted to disk.
 *
 * Coders opened: Copy, LZMA, LZMA2, Deflate, BZip2, and the Delta and x86 BCJ filters in
 * front of them. Anything else (encryption, PPMd, BCJ2, other filters) is named in an error,
 * which the engine reports as an archive it could not read: never a pass.
 *
 * The CRCs 7-Zip checks are checked: the start header's, the header's, each file's (a
 * folder's own when it holds one file). A file whose bytes do not match is corruption,
 * reported as such. (Packed-stream CRCs and those of multi-file folders are not read; 7-Zip
 * ignores them too.)
 */
import { once } from "node:events";
import { createInflateRaw } from "node:zlib";
import { crc32 } from "../core/crc32.js";
import type { EntryType } from "../core/model.js";
import { formatNumber } from "../core/words.js";
import { ByteReader, noContent, TruncatedError } from "./byte-reader.js";
import { decodeBzip2 } from "./bzip2-decoder.js";
import { decodeLzma, decodeLzma2 } from "./lzma-decoder.js";
import { type RandomAccessLocation, readAt, readRange, sizeOf } from "./random-access.js";
import { DEFAULT_FILE_MODE, type RawEntry } from "./raw-entry.js";
import { x86BcjFilter } from "./x86-bcj-filter.js";

export const SEVEN_ZIP_MAGIC = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] as const;

/** The header is held in memory to be parsed: no real archive's comes near this. */
const MAX_HEADER_BYTES = 64 * 1024 * 1024;
/** The largest LZMA window decoded (7-Zip's -mx9 uses 64 MiB). */
const MAX_WINDOW_BYTES = 64 * 1024 * 1024;
/** Coders in one folder: 7-Zip writes at most a filter or two and one compressor. */
const MAX_CODERS = 4;
/** Coders that hold a window (up to MAX_WINDOW_BYTES each): one per folder. */
const WINDOWED = new Set(["21", "030101"]);
/** PATH_MAX on Linux: no real link target is longer. */
const MAX_LINK_TARGET = 4096;

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;
const ATTRIBUTE_DIRECTORY = 0x10;
/** p7zip and 7-Zip on Unix keep the Unix mode in the attributes' high 16 bits. */
const ATTRIBUTE_UNIX_EXTENSION = 0x8000;

// Property ids of the header (7-Zip's 7zFormat.txt).
const END = 0x00;
const HEADER = 0x01;
const ARCHIVE_PROPERTIES = 0x02;
const ADDITIONAL_STREAMS = 0x03;
const MAIN_STREAMS = 0x04;
const FILES = 0x05;
const PACK_INFO = 0x06;
const UNPACK_INFO = 0x07;
const SUBSTREAMS = 0x08;
const SIZE = 0x09;
const CRC = 0x0a;
const FOLDER = 0x0b;
const UNPACK_SIZES = 0x0c;
const UNPACK_STREAM_COUNTS = 0x0d;
const EMPTY_STREAM = 0x0e;
const EMPTY_FILE = 0x0f;
const NAME = 0x11;
const ATTRIBUTES = 0x15;
const ENCODED_HEADER = 0x17;
const DUMMY = 0x19;

export class SevenZipError extends Error {}
/** A well-formed 7z that uses something leakgate does not decode (a coder, encryption). */
export class SevenZipUnsupported extends SevenZipError {}
/** A 7z that lists more entries than limits.maxEntries allows (the engine reports the limit). */
export class SevenZipTooManyEntries extends SevenZipError {
  constructor(
    readonly count: number,
    readonly what: string,
  ) {
    super(`the 7z header lists ${formatNumber(count)} ${what}s`);
  }
}

const corrupt = (what: string) => new SevenZipError(`7z: ${what}`);

interface Coder {
  method: string;
  properties: Uint8Array;
  inStreams: number;
  outStreams: number;
}

interface Folder {
  coders: Coder[];
  bindPairs: { inIndex: number; outIndex: number }[];
  /** The coder input each packed stream feeds, in pack order. */
  packedInputs: number[];
  unpackSizes: number[];
  crc?: number;
  /** Where the folder's packed streams are in the file, in pack order. */
  packs: { start: number; size: number }[];
  /** The files cut out of the folder's output. */
  files: { size: number; crc?: number }[];
}

export interface SevenZipOptions {
  /** More entries than this are refused before anything is allocated for them (limits.maxEntries). */
  maxEntries?: number;
}

/** Reads the header's variable-length numbers, bit vectors and strings. */
class HeaderReader {
  pos = 0;
  constructor(
    private readonly bytes: Buffer,
    private readonly maxEntries = Number.POSITIVE_INFINITY,
  ) {}

  get left(): number {
    return this.bytes.length - this.pos;
  }

  byte(): number {
    if (this.pos >= this.bytes.length) throw corrupt("header ends early");
    return this.bytes[this.pos++]!;
  }

  take(length: number): Buffer {
    if (length > this.left) throw corrupt("header ends early");
    const out = this.bytes.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }

  uint32(): number {
    return this.take(4).readUInt32LE(0);
  }

  /** 7z's NUMBER: the first byte's leading one bits say how many bytes follow. */
  number(): number {
    const first = this.byte();
    let mask = 0x80;
    let value = 0;
    for (let i = 0; i < 8; i++) {
      if ((first & mask) === 0) return value + (first & (mask - 1)) * 2 ** (8 * i);
      value += this.byte() * 2 ** (8 * i);
      if (value > Number.MAX_SAFE_INTEGER) throw corrupt("a number too large");
      mask >>>= 1;
    }
    return value;
  }

  /**
   * A number that counts things the header describes. Each needs at least a byte of it (a
   * name, a size), and the archive may not list more than maxEntries: checked before
   * anything is allocated per item.
   */
  count(what: string): number {
    const value = this.number();
    if (value > this.bytes.length + 1) throw corrupt(`${what} count ${value} is impossible`);
    if (value > this.maxEntries) throw new SevenZipTooManyEntries(value, what);
    return value;
  }

  /** `count` bits, most significant first, one byte each. */
  bits(count: number): Uint8Array {
    const bytes = this.take(Math.ceil(count / 8));
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i++) out[i] = (bytes[i >>> 3]! >>> (7 - (i & 7))) & 1;
    return out;
  }

  /** A bit vector led by an "all defined" byte. */
  definedBits(count: number): Uint8Array {
    return this.byte() !== 0 ? new Uint8Array(count).fill(1) : this.bits(count);
  }

  expect(id: number, where: string): void {
    const found = this.byte();
    if (found !== id) throw corrupt(`unexpected property ${found} in ${where}`);
  }
}

/**
 * The coders leakgate opens, by 7z method id. Each decodes `input` into exactly `size`
 * bytes (checked by the caller).
 */
const METHODS: Record<
  string,
  {
    name: string;
    /** How many property bytes the coder takes; 7-Zip refuses any other number, and so does leakgate. */
    properties?: number;
    decode?: (input: AsyncIterable<Buffer>, properties: Uint8Array, size: number) => AsyncIterable<Buffer>;
  }
> = {
  "00": { name: "Copy", properties: 0, decode: (input) => input },
  "21": {
    name: "LZMA2",
    properties: 1,
    decode: (input, properties, size) => decodeLzma2(input, properties[0]!, size, MAX_WINDOW_BYTES),
  },
  "030101": {
    name: "LZMA",
    properties: 5,
    decode: (input, properties, size) => decodeLzma(input, properties, size, MAX_WINDOW_BYTES),
  },
  "040108": { name: "Deflate", properties: 0, decode: (input) => inflateAll(input) },
  "040202": { name: "BZip2", properties: 0, decode: (input) => decodeBzip2(input) },
  "03": {
    name: "Delta",
    properties: 1,
    decode: (input, properties) => deltaFilter(input, properties[0]! + 1),
  },
  "03030103": { name: "BCJ (x86)", properties: 0, decode: (input) => x86BcjFilter(input) },
  "0303011b": { name: "BCJ2" },
  "03030205": { name: "PPC filter" },
  "03030401": { name: "IA64 filter" },
  "03030501": { name: "ARM filter" },
  "03030701": { name: "ARM Thumb filter" },
  "03030805": { name: "SPARC filter" },
  "0a": { name: "ARM64 filter" },
  "030401": { name: "PPMd" },
  "04f71101": { name: "Zstandard" },
  "06f10701": { name: "AES-256 encryption" },
};

/** The 7z archive at `location`, entry by entry. */
export async function* readSevenZip(
  location: RandomAccessLocation,
  options: SevenZipOptions = {},
): AsyncGenerator<RawEntry> {
  const archive = await readArchive(location, options.maxEntries);
  const files = archive.files;
  let next = 0;
  const emitEmpty = function* (): Generator<RawEntry> {
    // Entries without bytes (directories, empty files) up to the next one with bytes.
    while (next < files.length && !files[next]!.hasStream) yield entryOf(files[next++]!, 0, noContent);
  };
  yield* emitEmpty();
  for (const folder of archive.folders) {
    if (folder.files.length === 0) continue;
    const unpacked = folderSize(folder);
    const output = new ByteReader(exactly(decodeFolder(location, folder), unpacked, "a folder"));
    const packed = folder.packs.reduce((sum, pack) => sum + pack.size, 0);
    for (const stream of folder.files) {
      const file = files[next++];
      if (!file?.hasStream) throw corrupt("files and streams disagree");
      const compressedSize = unpacked > 0 ? Math.ceil((packed * stream.size) / unpacked) : 0;
      const content = () => checked(output.chunks(stream.size, file.name), stream.crc, file.name);
      if (file.unixType === S_IFLNK) {
        if (stream.size > MAX_LINK_TARGET)
          throw corrupt(`link target of ${JSON.stringify(file.name)} is too long`);
        const target = [];
        for await (const piece of content()) target.push(piece);
        yield entryOf(file, stream.size, noContent, Buffer.concat(target).toString("utf8"));
      } else {
        yield { ...entryOf(file, stream.size, content), compressedSize };
      }
      yield* emitEmpty();
    }
    // exactly() holds the folder to its size, which its files' sizes add up to.
    if (!(await output.atEnd())) throw corrupt("a folder holds more than its files");
  }
  if (next !== files.length) throw corrupt("more files than streams");
}

interface FileRecord {
  name: string;
  hasStream: boolean;
  isEmptyFile: boolean;
  attributes?: number;
  unixType?: number;
}

function entryOf(
  file: FileRecord,
  size: number,
  content: () => AsyncIterable<Buffer>,
  linkTarget?: string,
): RawEntry {
  const unixMode =
    file.attributes !== undefined && file.attributes & ATTRIBUTE_UNIX_EXTENSION ? file.attributes >>> 16 : 0;
  let type: EntryType = "file";
  if (linkTarget !== undefined) type = "symlink";
  else if (
    file.unixType === S_IFDIR ||
    (file.attributes !== undefined && file.attributes & ATTRIBUTE_DIRECTORY) ||
    (!file.hasStream && !file.isEmptyFile)
  ) {
    type = "directory";
  }
  const mode = unixMode & 0o7777 || (type === "directory" ? 0o755 : DEFAULT_FILE_MODE);
  return {
    name: file.name,
    type,
    size: type === "file" ? size : 0,
    mode,
    ...(linkTarget !== undefined ? { linkTarget } : {}),
    content: type === "file" ? content : noContent,
  };
}

/** `pieces`, checked against the CRC the archive records for them (when it records one). */
async function* checked(
  pieces: AsyncIterable<Buffer>,
  expected: number | undefined,
  name: string,
): AsyncGenerator<Buffer> {
  let crc = 0;
  for await (const piece of pieces) {
    if (expected !== undefined) crc = crc32(piece, crc);
    yield piece;
  }
  if (expected !== undefined && crc !== expected) throw corrupt(`CRC mismatch in ${JSON.stringify(name)}`);
}

/** `input`, which must hold exactly `size` bytes. */
async function* exactly(input: AsyncIterable<Buffer>, size: number, what: string): AsyncGenerator<Buffer> {
  let seen = 0;
  for await (const piece of input) {
    seen += piece.length;
    if (seen > size) throw corrupt(`${what} decodes to more than its declared ${size} bytes`);
    yield piece;
  }
  if (seen < size) throw corrupt(`${what} decodes to ${seen} bytes, not its declared ${size}`);
}

function folderSize(folder: Folder): number {
  return folder.unpackSizes[mainOutput(folder)]!;
}

/** The folder's final output: the one out stream no other coder reads. */
function mainOutput(folder: Folder): number {
  const total = folder.unpackSizes.length;
  for (let i = 0; i < total; i++) if (!folder.bindPairs.some((pair) => pair.outIndex === i)) return i;
  throw corrupt("a folder without output");
}

/** Decodes a folder: the chain from its packed stream through each coder to its output. */
function decodeFolder(location: RandomAccessLocation, folder: Folder): AsyncIterable<Buffer> {
  // What cannot be decoded is named first: that is what the user needs to know.
  for (const coder of folder.coders) {
    const method = METHODS[coder.method];
    if (method?.decode) continue;
    throw new SevenZipUnsupported(
      method?.name.startsWith("AES")
        ? "7z archive is encrypted; its contents cannot be checked"
        : `7z coder ${method?.name ?? `method ${coder.method}`} is not supported`,
    );
  }
  let windowed = 0;
  for (const coder of folder.coders) {
    const method = METHODS[coder.method]!;
    if (coder.inStreams !== 1 || coder.outStreams !== 1)
      throw new SevenZipUnsupported(`7z coder ${method.name} is not supported`);
    if (coder.properties.length !== method.properties) {
      throw method.name.startsWith("BCJ") && coder.properties.length === 4
        ? new SevenZipUnsupported("7z coder BCJ with a start offset is not supported")
        : corrupt(`${method.name} with ${coder.properties.length} property bytes`);
    }
    // Each LZMA window may take 64 MiB: a chain of them would multiply that.
    if (WINDOWED.has(coder.method) && ++windowed > 1)
      throw new SevenZipUnsupported("7z folders with more than one LZMA coder are not supported");
  }
  // With one-in one-out coders, coder i reads in stream i and writes out stream i. Every
  // input is either bound to one coder's output or fed by one packed stream, and every coder
  // takes part: what 7-Zip accepts, nothing looser.
  const coders = folder.coders.length;
  const boundInputs = new Set(folder.bindPairs.map((pair) => pair.inIndex));
  const boundOutputs = new Set(folder.bindPairs.map((pair) => pair.outIndex));
  if (
    boundInputs.size !== folder.bindPairs.length ||
    boundOutputs.size !== folder.bindPairs.length ||
    folder.bindPairs.some((pair) => pair.inIndex >= coders || pair.outIndex >= coders) ||
    folder.packedInputs.some((input) => input >= coders || boundInputs.has(input)) ||
    new Set(folder.packedInputs).size !== folder.packedInputs.length
  ) {
    throw corrupt("a folder whose coders are not connected as one chain");
  }
  const used = new Set<number>();
  const decodeOutput = (outIndex: number, depth: number): AsyncIterable<Buffer> => {
    if (depth > folder.coders.length) throw corrupt("a loop of coders");
    const coder = folder.coders[outIndex];
    if (!coder) throw corrupt("a coder that does not exist");
    used.add(outIndex);
    const bound = folder.bindPairs.find((pair) => pair.inIndex === outIndex);
    let input: AsyncIterable<Buffer>;
    if (bound) {
      input = exactly(
        decodeOutput(bound.outIndex, depth + 1),
        folder.unpackSizes[bound.outIndex]!,
        "a coder",
      );
    } else {
      const packIndex = folder.packedInputs.indexOf(outIndex);
      const pack = folder.packs[packIndex];
      if (!pack) throw corrupt("a coder without input");
      input = readRange(location, pack.start, pack.start + pack.size);
    }
    return METHODS[coder.method]!.decode!(input, coder.properties, folder.unpackSizes[outIndex]!);
  };
  const output = decodeOutput(mainOutput(folder), 0);
  if (used.size !== coders) throw corrupt("a folder with a coder outside its chain");
  return output;
}

/**
 * Deflate, which must use every packed byte: data after the end of the deflate stream is
 * somewhere to hide bytes no extractor shows (7-Zip calls it an error too).
 */
async function* inflateAll(input: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const inflater = createInflateRaw();
  const stop = new AbortController();
  let fed = 0;
  const feeding = (async () => {
    for await (const chunk of input) {
      // Counted even after the inflater stopped: bytes after the deflate stream must show.
      fed += chunk.length;
      if (stop.signal.aborted) return;
      if (!inflater.write(chunk)) await once(inflater, "drain", { signal: stop.signal });
    }
    inflater.end();
  })().catch((error: unknown) => {
    if (!stop.signal.aborted) inflater.destroy(error as Error);
  });
  try {
    for await (const piece of inflater as AsyncIterable<Buffer>) yield piece;
  } finally {
    stop.abort();
  }
  await feeding;
  if (inflater.bytesWritten !== fed) throw corrupt("data after the end of a Deflate stream");
}

interface Archive {
  folders: Folder[];
  files: FileRecord[];
}

async function readArchive(location: RandomAccessLocation, maxEntries?: number): Promise<Archive> {
  const size = await sizeOf(location);
  const start = await readAt(location, 0, 32, "the 7z start header").catch((error) => {
    throw error instanceof TruncatedError ? corrupt("truncated start header") : error;
  });
  if (!SEVEN_ZIP_MAGIC.every((byte, i) => start[i] === byte)) throw corrupt("no 7z signature");
  if (start[6] !== 0)
    throw new SevenZipUnsupported(`7z format version ${start[6]}.${start[7]} is not supported`);
  if (crc32(start.subarray(12, 32)) !== start.readUInt32LE(8)) throw corrupt("start header CRC mismatch");
  const nextOffset = Number(start.readBigUInt64LE(12));
  const nextSize = Number(start.readBigUInt64LE(20));
  const nextCrc = start.readUInt32LE(28);
  if (nextSize === 0) return { folders: [], files: [] };
  if (nextSize > MAX_HEADER_BYTES) throw corrupt("a header larger than 64 MiB");
  if (32 + nextOffset + nextSize > size)
    throw corrupt("truncated: the header lies beyond the end of the file");
  let header = await readAt(location, 32 + nextOffset, nextSize, "the 7z header");
  if (crc32(header) !== nextCrc) throw corrupt("header CRC mismatch");
  // An encoded header is a folder whose output is the real header (possibly encoded again).
  for (let round = 0; ; round++) {
    const reader = new HeaderReader(header, maxEntries);
    const id = reader.byte();
    if (id === HEADER) return parseHeader(reader, size);
    if (id !== ENCODED_HEADER || round > 4) throw corrupt(`unexpected header type ${id}`);
    const folders = parseStreamsInfo(reader, size);
    if (folders.length !== 1) throw corrupt("an encoded header that is not one folder");
    const folder = folders[0]!;
    const length = folderSize(folder);
    if (length > MAX_HEADER_BYTES) throw corrupt("a header larger than 64 MiB");
    const parts: Buffer[] = [];
    for await (const piece of exactly(decodeFolder(location, folder), length, "the header"))
      parts.push(piece);
    header = Buffer.concat(parts);
    if (folder.crc !== undefined && crc32(header) !== folder.crc) throw corrupt("header CRC mismatch");
  }
}

function parseHeader(reader: HeaderReader, archiveSize: number): Archive {
  let id = reader.byte();
  if (id === ARCHIVE_PROPERTIES) {
    for (let type = reader.byte(); type !== END; type = reader.byte()) reader.take(reader.number());
    id = reader.byte();
  }
  if (id === ADDITIONAL_STREAMS)
    throw new SevenZipUnsupported("7z archives with additional streams are not supported");
  let folders: Folder[] = [];
  if (id === MAIN_STREAMS) {
    folders = parseStreamsInfo(reader, archiveSize);
    id = reader.byte();
  }
  let files: FileRecord[] = [];
  if (id === FILES) {
    files = parseFiles(reader);
    id = reader.byte();
  }
  if (id !== END) throw corrupt(`unexpected property ${id} in the header`);
  const streams = folders.reduce((sum, folder) => sum + folder.files.length, 0);
  if (files.filter((file) => file.hasStream).length !== streams) throw corrupt("files and streams disagree");
  return { folders, files };
}

function parseStreamsInfo(reader: HeaderReader, archiveSize: number): Folder[] {
  let id = reader.byte();
  let packPosition = 0;
  let packSizes: number[] = [];
  if (id === PACK_INFO) {
    packPosition = reader.number();
    const count = reader.count("pack stream");
    for (let type = reader.byte(); type !== END; type = reader.byte()) {
      if (type === SIZE) packSizes = Array.from({ length: count }, () => reader.number());
      else if (type === CRC) {
        const defined = reader.definedBits(count);
        for (const isDefined of defined) if (isDefined) reader.uint32();
      } else throw corrupt(`unexpected property ${type} in pack info`);
    }
    if (packSizes.length !== count) throw corrupt("pack sizes missing");
    id = reader.byte();
  }
  let folders: Folder[] = [];
  if (id === UNPACK_INFO) {
    folders = parseUnpackInfo(reader);
    id = reader.byte();
  }
  // Where each folder's packed streams are.
  let at = 32 + packPosition;
  let packIndex = 0;
  for (const folder of folders) {
    for (let i = 0; i < folder.packedInputs.length; i++) {
      const packSize = packSizes[packIndex++];
      if (packSize === undefined) throw corrupt("a folder without its packed stream");
      if (at + packSize > archiveSize)
        throw corrupt("truncated: packed data lies beyond the end of the file");
      folder.packs.push({ start: at, size: packSize });
      at += packSize;
    }
    folder.files = [{ size: folderSize(folder), ...(folder.crc !== undefined ? { crc: folder.crc } : {}) }];
  }
  if (id === SUBSTREAMS) {
    parseSubstreams(reader, folders);
    id = reader.byte();
  }
  if (id !== END) throw corrupt(`unexpected property ${id} in streams info`);
  return folders;
}

function parseUnpackInfo(reader: HeaderReader): Folder[] {
  reader.expect(FOLDER, "unpack info");
  const count = reader.count("folder");
  if (reader.byte() !== 0)
    throw new SevenZipUnsupported("7z archives with external folder records are not supported");
  const folders = Array.from({ length: count }, () => parseFolder(reader));
  reader.expect(UNPACK_SIZES, "unpack info");
  for (const folder of folders) {
    const outputs = folder.coders.reduce((sum, coder) => sum + coder.outStreams, 0);
    folder.unpackSizes = Array.from({ length: outputs }, () => reader.number());
  }
  let id = reader.byte();
  if (id === CRC) {
    const defined = reader.definedBits(count);
    defined.forEach((isDefined, i) => {
      if (isDefined) folders[i]!.crc = reader.uint32();
    });
    id = reader.byte();
  }
  if (id !== END) throw corrupt(`unexpected property ${id} in unpack info`);
  return folders;
}

function parseFolder(reader: HeaderReader): Folder {
  const coderCount = reader.number();
  if (coderCount === 0 || coderCount > MAX_CODERS) throw corrupt(`a folder of ${coderCount} coders`);
  const coders: Coder[] = [];
  for (let i = 0; i < coderCount; i++) {
    const flags = reader.byte();
    if (flags & 0x80) throw new SevenZipUnsupported("7z alternative coder methods are not supported");
    const method = reader.take(flags & 0x0f).toString("hex");
    const complex = (flags & 0x10) !== 0;
    const inStreams = complex ? reader.number() : 1;
    const outStreams = complex ? reader.number() : 1;
    if (inStreams > MAX_CODERS || outStreams > MAX_CODERS) throw corrupt("a coder with too many streams");
    const properties = flags & 0x20 ? reader.take(reader.number()) : new Uint8Array(0);
    coders.push({ method, properties, inStreams, outStreams });
  }
  const totalOut = coders.reduce((sum, coder) => sum + coder.outStreams, 0);
  const totalIn = coders.reduce((sum, coder) => sum + coder.inStreams, 0);
  if (totalOut === 0 || totalIn < totalOut - 1) throw corrupt("a folder whose coders do not connect");
  const bindPairs = Array.from({ length: totalOut - 1 }, () => ({
    inIndex: reader.number(),
    outIndex: reader.number(),
  }));
  const packedCount = totalIn - bindPairs.length;
  let packedInputs: number[];
  if (packedCount === 1) {
    const free = Array.from({ length: totalIn }, (_, i) => i).find(
      (i) => !bindPairs.some((pair) => pair.inIndex === i),
    );
    if (free === undefined) throw corrupt("a folder without input");
    packedInputs = [free];
  } else {
    packedInputs = Array.from({ length: packedCount }, () => reader.number());
  }
  return { coders, bindPairs, packedInputs, unpackSizes: [], packs: [], files: [] };
}

function parseSubstreams(reader: HeaderReader, folders: Folder[]): void {
  const counts = folders.map(() => 1);
  let id = reader.byte();
  if (id === UNPACK_STREAM_COUNTS) {
    for (let i = 0; i < folders.length; i++) counts[i] = reader.count("stream");
    id = reader.byte();
  }
  folders.forEach((folder, i) => {
    const count = counts[i]!;
    const total = folderSize(folder);
    if (count === 0) folder.files = [];
    else if (count === 1) folder.files = [{ size: total }];
    else {
      if (id !== SIZE) throw corrupt("stream sizes missing");
      const sizes = Array.from({ length: count - 1 }, () => reader.number());
      const last = total - sizes.reduce((sum, size) => sum + size, 0);
      if (last < 0) throw corrupt("streams larger than their folder");
      folder.files = [...sizes, last].map((size) => ({ size }));
    }
  });
  if (id === SIZE) id = reader.byte();
  // CRCs: a folder of one stream with its own CRC lends it; the others are listed here.
  const needing: { size: number; crc?: number }[] = [];
  folders.forEach((folder, i) => {
    if (counts[i] === 1 && folder.crc !== undefined) folder.files[0]!.crc = folder.crc;
    else for (const file of folder.files) needing.push(file);
  });
  if (id === CRC) {
    const defined = reader.definedBits(needing.length);
    defined.forEach((isDefined, i) => {
      if (isDefined) needing[i]!.crc = reader.uint32();
    });
    id = reader.byte();
  }
  if (id !== END) throw corrupt(`unexpected property ${id} in substreams info`);
}

function parseFiles(reader: HeaderReader): FileRecord[] {
  const count = reader.count("file");
  let emptyStream: Uint8Array = new Uint8Array(count);
  let emptyStreams = 0;
  let emptyFile: Uint8Array = new Uint8Array(0);
  let names: string[] | undefined;
  let attributes: (number | undefined)[] = [];
  const seen = new Set<number>();
  for (let type = reader.byte(); type !== END; type = reader.byte()) {
    const data = new HeaderReader(reader.take(reader.number()));
    // 7-Zip refuses a property given twice; so does leakgate (each one is read once).
    if (seen.has(type) && type !== DUMMY) throw corrupt(`file property ${type} given twice`);
    seen.add(type);
    if (type === EMPTY_STREAM) {
      emptyStream = data.bits(count);
      emptyStreams = emptyStream.reduce((sum, bit) => sum + bit, 0);
    } else if (type === EMPTY_FILE) emptyFile = data.bits(emptyStreams);
    else if (type === NAME) {
      if (data.byte() !== 0)
        throw new SevenZipUnsupported("7z archives with external names are not supported");
      names = parseNames(data.take(data.left), count);
    } else if (type === ATTRIBUTES) {
      const defined = data.definedBits(count);
      if (data.byte() !== 0)
        throw new SevenZipUnsupported("7z archives with external attributes are not supported");
      attributes = Array.from(defined, (isDefined) => (isDefined ? data.uint32() : undefined));
    }
    // Times, start positions, anti-items and padding say nothing about what ships.
  }
  if (!names) throw corrupt("no file names");
  let emptyIndex = 0;
  return names.map((name, i) => {
    const hasStream = !emptyStream[i];
    const isEmptyFile = !hasStream && emptyFile[emptyIndex++] === 1;
    const attribute = attributes[i];
    const unixType =
      attribute !== undefined && attribute & ATTRIBUTE_UNIX_EXTENSION
        ? (attribute >>> 16) & S_IFMT
        : undefined;
    return {
      name,
      hasStream,
      isEmptyFile,
      ...(attribute !== undefined ? { attributes: attribute } : {}),
      ...(unixType !== undefined ? { unixType } : {}),
    };
  });
}

/** Names are UTF-16LE, each ended by a zero code unit. */
function parseNames(bytes: Buffer, count: number): string[] {
  const names: string[] = [];
  let start = 0;
  for (let at = 0; at + 1 < bytes.length && names.length < count; at += 2) {
    if (bytes[at] === 0 && bytes[at + 1] === 0) {
      names.push(bytes.subarray(start, at).toString("utf16le"));
      start = at + 2;
    }
  }
  if (names.length !== count) throw corrupt("file names missing");
  return names;
}

/** The Delta filter: each byte was stored as its difference from the byte `distance` before. */
async function* deltaFilter(input: AsyncIterable<Buffer>, distance: number): AsyncGenerator<Buffer> {
  const history = new Uint8Array(256);
  let position = 0;
  for await (const chunk of input) {
    const out = Buffer.from(chunk);
    for (let i = 0; i < out.length; i++) {
      const value = (out[i]! + history[(position - distance) & 0xff]!) & 0xff;
      out[i] = value;
      history[position & 0xff] = value;
      position++;
    }
    yield out;
  }
}
