/**
 * Every container format leakgate knows, in one table: how it is recognised from its first
 * bytes, and how it is read. The artifact itself and every nested level dispatch through
 * this table (engine/walker.ts), and the README's format table lists it. Adding a format is
 * one reader file and one row here.
 *
 * Kinds:
 *   compression     one stream of bytes (decompress.ts); a tar, cpio or ar inside is read at
 *                   the same level (`.tar.xz` lists its files, not one `.tar`), anything else
 *                   is one entry named after the stream
 *   archive         entries read front to back from a stream
 *   random-access   read from its end (zip: the central directory; 7z: its header)
 *   opaque          recognised, not opened: `unscanned-archive`
 */
import type { Readable } from "node:stream";
import { AR_MAGIC, readAr } from "./ar-reader.js";
import { readCpio } from "./cpio-reader.js";
import type { CompressionFormat } from "./decompress.js";
import type { RandomAccessLocation } from "./random-access.js";
import type { RawEntry } from "./raw-entry.js";
import { RPM_MAGIC, readRpm } from "./rpm-reader.js";
import { readSevenZip, SEVEN_ZIP_MAGIC } from "./sevenzip-reader.js";
import { readTar } from "./tar-reader.js";
import { readZip } from "./zip-reader.js";

export type StreamArchiveFormat = "tar" | "cpio" | "ar" | "rpm";
export type RandomAccessFormat = "zip" | "7z";
export type ContainerFormat = CompressionFormat | StreamArchiveFormat | RandomAccessFormat | "rar";

interface FormatBase {
  id: ContainerFormat;
  /** Shown in the README's format table. */
  describes: string;
  sniff(head: Buffer, name: string): boolean;
}

export type FormatInfo =
  | (FormatBase & { kind: "compression"; id: CompressionFormat })
  | (FormatBase & {
      kind: "archive";
      id: StreamArchiveFormat;
      read(stream: Readable): AsyncIterable<RawEntry>;
    })
  | (FormatBase & {
      kind: "random-access";
      id: RandomAccessFormat;
      /** `maxEntries` lets a reader refuse an archive before it allocates per entry. */
      read(location: RandomAccessLocation, options: { maxEntries: number }): AsyncIterable<RawEntry>;
    })
  | (FormatBase & { kind: "opaque"; id: "rar" });

/**
 * How many leading bytes detection needs: a whole tar header, for the `ustar` magic at
 * offset 257 and for the checksum that identifies a pre-POSIX (v7) tar, which has no magic.
 */
export const SNIFF_BYTES = 512;

const at = (head: Buffer, bytes: readonly number[], offset = 0) =>
  head.length >= offset + bytes.length && bytes.every((b, i) => head[offset + i] === b);
const ascii = (text: string) => [...Buffer.from(text, "latin1")];
// Made once: sniffing runs on every file of a release.
const USTAR = ascii("ustar");
const BZIP2 = ascii("BZh");
const CPIO = [ascii("070701"), ascii("070702"), ascii("070707")];

/** Order matters only where signatures could overlap: none of these do. */
export const FORMATS: readonly FormatInfo[] = [
  { id: "gzip", kind: "compression", describes: ".gz, .tgz", sniff: (h) => at(h, [0x1f, 0x8b]) },
  {
    id: "zip",
    kind: "random-access",
    describes: ".zip, .jar, .war, .whl, .nupkg, .vsix, .apk, …",
    // A local file header, or the end-of-central-directory record of an empty zip.
    sniff: (h) => at(h, [0x50, 0x4b, 0x03, 0x04]) || at(h, [0x50, 0x4b, 0x05, 0x06]),
    read: readZip,
  },
  {
    id: "tar",
    kind: "archive",
    describes: ".tar (POSIX, GNU, pre-POSIX v7); .gem",
    // "ustar" (POSIX and GNU); pre-POSIX (v7) tars have no magic: trust the name and a checksum.
    sniff: (h, name) =>
      at(h, USTAR, 257) || (/\.tar$/i.test(name) && h.length >= 512 && tarHeaderChecksumValid(h)),
    read: readTar,
  },
  {
    id: "xz",
    kind: "compression",
    describes: ".xz, .txz",
    sniff: (h) => at(h, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]),
  },
  {
    id: "zstd",
    kind: "compression",
    describes: ".zst, .tzst",
    sniff: (h) => at(h, [0x28, 0xb5, 0x2f, 0xfd]),
  },
  {
    id: "bzip2",
    kind: "compression",
    describes: ".bz2, .tbz2",
    sniff: (h) => at(h, BZIP2) && h[3] !== undefined && h[3] >= 0x31 && h[3] <= 0x39,
  },
  { id: "ar", kind: "archive", describes: ".deb, .a", sniff: (h) => at(h, [...AR_MAGIC]), read: readAr },
  {
    id: "cpio",
    kind: "archive",
    describes: "cpio (newc, odc): .rpm payloads, initramfs",
    sniff: (h) => CPIO.some((magic) => at(h, magic)),
    read: readCpio,
  },
  {
    id: "rpm",
    kind: "archive",
    describes: ".rpm (its compressed cpio payload)",
    sniff: (h) => at(h, RPM_MAGIC),
    read: readRpm,
  },
  {
    id: "7z",
    kind: "random-access",
    describes: ".7z (LZMA, LZMA2, Deflate, BZip2, Copy; BCJ and Delta filters)",
    sniff: (h) => at(h, SEVEN_ZIP_MAGIC),
    read: readSevenZip,
  },
  {
    id: "rar",
    kind: "opaque",
    describes: ".rar (not opened)",
    sniff: (h) => at(h, [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]),
  },
];

const BY_ID = new Map(FORMATS.map((format) => [format.id, format]));

export function formatInfo(id: ContainerFormat): FormatInfo {
  return BY_ID.get(id)!;
}

/** The container format of `head` (the first SNIFF_BYTES of a stream), or undefined. */
export function detectFormat(head: Buffer, name: string): ContainerFormat | undefined {
  return FORMATS.find((format) => format.sniff(head, name))?.id;
}

export function isOpaqueFormat(format: ContainerFormat): format is "rar" {
  return formatInfo(format).kind === "opaque";
}

/** The tar header checksum: the byte sum of the 512-byte header with the checksum field read as spaces. */
function tarHeaderChecksumValid(head: Buffer): boolean {
  const stored = Number.parseInt(head.subarray(148, 156).toString("latin1").replace(/[\0 ]/g, ""), 8);
  if (!Number.isFinite(stored)) return false;
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : (head[i] ?? 0);
  return sum === stored;
}

/** The name of what a compressed stream holds: `app.tar.xz` → `app.tar`, `x.tzst` → `x.tar`. */
export function decompressedName(name: string, format: CompressionFormat): string {
  const base = name.slice(name.lastIndexOf("/") + 1);
  const suffix = { gzip: /\.(gz|gzip)$/i, xz: /\.xz$/i, zstd: /\.(zst|zstd)$/i, bzip2: /\.(bz2|bzip2)$/i }[
    format
  ];
  const tarred = { gzip: /\.tgz$/i, xz: /\.txz$/i, zstd: /\.tzst$/i, bzip2: /\.(tbz2|tbz)$/i }[format];
  if (tarred.test(base)) return base.replace(tarred, ".tar");
  const stripped = base.replace(suffix, "");
  return stripped && stripped !== base ? stripped : `${base}.decompressed`;
}
