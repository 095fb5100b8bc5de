/**
 * What a container reader yields: one entry as the container describes it, before the
 * engine normalises its path or reads its bytes.
 */
import type { EntryType } from "../core/model.js";

export interface RawEntry {
  /** The name exactly as stored (may be hostile: `..`, absolute, backslashes, NUL). */
  name: string;
  type: EntryType;
  /** Declared uncompressed size; -1 when the container does not say. */
  size: number;
  /** Compressed size, when the container knows it (zip); used for the ratio limit. */
  compressedSize?: number;
  mode: number;
  linkTarget?: string;
  /**
   * The entry's bytes (files only). The engine iterates it to the end before asking for the
   * next entry: sequential containers (tar) deliver every entry from one stream, so a
   * half-read entry would stall the rest. Readers drain links and directories themselves.
   */
  content(): AsyncIterable<Buffer>;
  /**
   * Zip only: the name in the entry's local header, when it differs from the central
   * directory's. Tools that read zips front to back extract the entry under this name.
   */
  localName?: string;
  /**
   * Zip only: how the entry's local header disagrees with the central directory about how to
   * extract it (method, flags, sizes, CRC), one phrase each.
   */
  headerMismatch?: string[];
  /** Zip only: the bytes in front of the archive (a launch script, or another archive). */
  beforeZip?: boolean;
  /** Zip only: bytes between entries that hold a local header no central entry lists. */
  hiddenEntry?: boolean;
  /**
   * Listed, not read: a bucket listing without `--deep` knows each object's name and size
   * only. The entry is recorded without a sha256, rules see its path and declared size, and
   * nothing is said about its bytes.
   */
  listedOnly?: boolean;
  /** Read the bytes but never open them as an archive (set when the caller already judged them). */
  sealed?: boolean;
  /**
   * `content()` lends its chunks (file-chunks.ts): a chunk's memory is reused once the chunk
   * after next is asked for. The engine copies what it keeps longer (a nested archive's bytes).
   */
  lentChunks?: boolean;
}

/** Mode bits a container reports for a regular file when it records none. */
export const DEFAULT_FILE_MODE = 0o644;
