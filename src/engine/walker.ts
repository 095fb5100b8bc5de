/**
 * The single pass: walks the entries of a container (and of every archive inside it), and
 * reads each entry's bytes exactly once, feeding the sha256, the rules' observers and, for
 * nested archives, the nested walk, chunk by chunk. Memory stays bounded by chunk sizes
 * (plus nested zips, see nested-sink.ts), whatever the size of the artifact.
 */
import { createHash } from "node:crypto";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import type { FindingInput, ManifestEntry, UnopenedContainer } from "../core/model.js";
import { formatNumber } from "../core/words.js";
import type { EntryInfo, EntryObserver } from "../rules/rule.js";
import { type CompressionFormat, decompress } from "../sources/decompress.js";
import { readFileChunks } from "../sources/file-chunks.js";
import {
  type ContainerFormat,
  decompressedName,
  detectFormat,
  formatInfo,
  isOpaqueFormat,
  SNIFF_BYTES,
} from "../sources/formats.js";
import { gzipInnerName } from "../sources/gzip-name.js";
import type { RandomAccessLocation } from "../sources/random-access.js";
import type { RawEntry } from "../sources/raw-entry.js";
import { SevenZipTooManyEntries } from "../sources/sevenzip-reader.js";
import { SevenZipSeeker } from "../sources/sevenzip-seeker.js";
import { findZipEnd, ZIP_TAIL_BYTES } from "../sources/zip-end.js";
import { ZipStructureError } from "../sources/zip-reader.js";
import { linkEscapesRoot, normaliseEntryPath } from "./entry-path.js";
import { LimitExceeded, type LimitTracker } from "./limits.js";
import { type NestedSink, randomAccessSink, streamingSink } from "./nested-sink.js";

/** What the walk reports to the artifact scan that drives it. */
export interface WalkHooks {
  limits: LimitTracker;
  /** The rules' observers for an entry (asked once per entry). */
  observe(entry: EntryInfo): EntryObserver[];
  record(entry: ManifestEntry, depth: number): void;
  report(finding: FindingInput): void;
  unopened(container: UnopenedContainer): void;
  /** Called when a compressed stream turns out to hold an archive (a `.tgz`: the artifact's kind is then tar). */
  openedArchiveInCompression?(prefix: string, format: ContainerFormat): void;
  /** Uncompressed bytes read so far, for progress display. */
  progress?(bytes: number): void;
  /**
   * Finds tokens in an entry's name: returns the name with each one redacted, and reports
   * them itself (the secret rule's catalogue lives with the rules, not here).
   */
  redactName?(name: string, path: (inner: string) => string): string;
}

/** Where a container's bytes come from: a stream, or (zip, 7z) a location with random access. */
export type ContainerInput = { stream: Readable } | { file: RandomAccessLocation };

export interface ContainerContext {
  /** Full path of the container inside the artifact ("" for the artifact itself). */
  prefix: string;
  /** Depth of the container's entries (0 for the artifact's own entries). */
  depth: number;
  /** The container's own name, for naming a bare gzip's content. */
  name: string;
  /** The first bytes of the container, as sniffed. */
  head: Buffer;
}

const OBSERVED_PIECE = 64 * 1024;
/** PATH_MAX on Linux: longer entry names are a finding (see walkOverlongName). */
export const MAX_NAME_BYTES = 4096;

export class Walker {
  constructor(private readonly hooks: WalkHooks) {}

  /** Walks every entry of a container of `format`. Rejects on corrupt input or a limit. */
  async walkContainer(
    format: ContainerFormat,
    input: ContainerInput,
    context: ContainerContext,
  ): Promise<void> {
    const info = formatInfo(format);
    if (info.kind === "random-access") {
      if (!("file" in input)) throw new Error(`${format} input needs random access`);
      const { maxEntries } = this.hooks.limits.limits;
      try {
        await this.walkEntries(info.read(input.file, { maxEntries }), context);
      } catch (error) {
        // An archive that says up front it holds too many entries stops like one that does.
        if (!(error instanceof SevenZipTooManyEntries)) throw error;
        throw new LimitExceeded(
          "maxEntries",
          context.prefix,
          `${error.message}, more than limits.maxEntries (${formatNumber(maxEntries)})`,
        );
      }
      return;
    }
    if (!("stream" in input)) throw new Error(`${format} input must be a stream`);
    if (info.kind === "archive") await this.walkEntries(info.read(input.stream), context);
    else if (info.kind === "compression") await this.walkCompressed(info.id, input.stream, context);
    else throw new Error(`${format} archives cannot be opened`);
  }

  /**
   * A compressed stream holds either an archive read front to back (`.tgz`, `.tar.xz`, an
   * rpm's cpio payload: its entries belong to this level, the compression is transparent)
   * or one compressed file, which becomes one entry named after it.
   */
  private async walkCompressed(
    format: CompressionFormat,
    compressed: Readable,
    context: ContainerContext,
  ): Promise<void> {
    // Limits name the compressed stream itself: its entry path, or "" when it is the artifact.
    const decompressed = decompress(format, compressed, (bytesIn, bytesOut) =>
      this.hooks.limits.checkRatio(bytesIn, bytesOut, context.prefix),
    );
    try {
      const { head, stream } = await peek(decompressed.output, SNIFF_BYTES);
      const innerName =
        format === "gzip"
          ? gzipInnerName(context.head, context.name)
          : decompressedName(context.name, format);
      const inner = detectFormat(head, innerName);
      const innerInfo = inner ? formatInfo(inner) : undefined;
      if (innerInfo?.kind === "archive" && innerInfo.id !== "rpm") {
        this.hooks.openedArchiveInCompression?.(context.prefix, innerInfo.id);
        await this.walkEntries(innerInfo.read(stream), context);
      } else {
        const single: RawEntry = {
          name: innerName,
          type: "file",
          size: -1,
          mode: 0o644,
          content: () => stream,
        };
        await this.walkEntries(toAsync([single]), context);
      }
    } catch (error) {
      throw decompressed.limitError() ?? error;
    } finally {
      decompressed.close();
    }
  }

  /** Walks entries that a reader yields (a directory, a package, an archive). */
  async walkEntries(entries: AsyncIterable<RawEntry>, context: ContainerContext): Promise<void> {
    for await (const raw of entries) await this.walkEntry(raw, context);
  }

  private async walkEntry(original: RawEntry, context: ContainerContext): Promise<void> {
    // A name is data too: a million 1 MiB names is a gigabyte, whatever the files hold.
    const nameBytes = Buffer.byteLength(original.name);
    const raw =
      this.hooks.redactName && nameBytes <= MAX_NAME_BYTES
        ? {
            ...original,
            name: this.hooks.redactName(original.name, (inner) =>
              context.prefix ? `${context.prefix}!${inner}` : inner,
            ),
          }
        : original;
    this.hooks.limits.countBytes(nameBytes, context.prefix);
    if (nameBytes > MAX_NAME_BYTES) {
      await this.walkOverlongName(raw, context, nameBytes);
      return;
    }
    const { path: innerPath, problem } = normaliseEntryPath(raw.name);
    const path = context.prefix ? `${context.prefix}!${innerPath}` : innerPath;
    this.hooks.limits.countEntry(path);
    if (problem) {
      this.hooks.report({
        ruleId: "suspicious-path",
        severity: "error",
        path,
        message: `The entry name ${JSON.stringify(raw.name)} ${problem}: extracting this release could write outside its directory.`,
        fix: "Rebuild the archive from a clean directory with relative paths only; never publish an archive with such names.",
        details: { problem },
        evidence: raw.name,
      });
    }
    if (raw.localName !== undefined) {
      this.hooks.report({
        ruleId: "suspicious-path",
        severity: "error",
        path,
        message: `The zip names this entry differently in its local header (${JSON.stringify(normaliseEntryPath(raw.localName).path)}): tools that read zips front to back extract it under that name, not the one checked here.`,
        fix: "Rebuild the zip with a standard tool; a zip whose two names disagree was made to hide something.",
        details: { problem: "local header name differs", localName: normaliseEntryPath(raw.localName).path },
        evidence: raw.localName,
      });
    }
    if (raw.headerMismatch) {
      this.hooks.report({
        ruleId: "suspicious-path",
        severity: "error",
        path,
        message: `The zip's local header for this entry disagrees with its central directory on ${raw.headerMismatch.join(", ")}: tools that read zips front to back extract other bytes than the ones checked here.`,
        fix: "Rebuild the zip with a standard tool; a zip whose two headers disagree was made to hide something.",
        details: {
          problem: "local header differs from the central directory",
          differences: raw.headerMismatch,
        },
        evidence: raw.headerMismatch.join(";"),
      });
    }
    const info: EntryInfo = {
      path,
      innerPath,
      size: raw.size,
      mode: raw.mode,
      type: raw.type,
      depth: context.depth,
      ...(raw.linkTarget !== undefined ? { linkTarget: raw.linkTarget } : {}),
    };
    if (raw.type !== "file") {
      this.checkLink(info);
      for (const observer of this.hooks.observe(info)) observer.onEnd();
      this.hooks.record(
        {
          path,
          size: 0,
          mode: raw.mode,
          type: raw.type,
          ...(raw.linkTarget !== undefined ? { linkTarget: raw.linkTarget } : {}),
        },
        context.depth,
      );
      return;
    }
    if (raw.listedOnly) {
      // Rules see the path and the declared size; their observers are never fed.
      this.hooks.observe({ ...info, unread: true });
      this.hooks.record({ path, size: Math.max(raw.size, 0), mode: raw.mode, type: "file" }, context.depth);
      return;
    }
    if (raw.compressedSize !== undefined && raw.size > 0) {
      this.hooks.limits.checkRatio(raw.compressedSize, raw.size, path);
    }
    if (raw.hiddenEntry) {
      this.reportAmbiguous(
        info,
        "a zip with an entry that its central directory does not list (hidden between the listed ones)",
      );
    }
    await this.readFile(raw, info, raw.beforeZip === true);
  }

  /**
   * A name longer than any file system allows is not a path anyone can extract: it is a
   * finding, shown cut short, and the entry's bytes are still read (hash, secrets) under the
   * short form, so that no rule runs its globs over a megabyte of name.
   */
  private async walkOverlongName(raw: RawEntry, context: ContainerContext, nameBytes: number): Promise<void> {
    const short = `${raw.name.slice(0, 100)}…[${nameBytes} bytes]`;
    const { path: innerPath } = normaliseEntryPath(short);
    const path = context.prefix ? `${context.prefix}!${innerPath}` : innerPath;
    this.hooks.report({
      ruleId: "suspicious-path",
      severity: "error",
      path,
      message: `An entry name is ${formatNumber(nameBytes)} bytes long, more than any file system allows (${MAX_NAME_BYTES}): no honest archive holds one, and tools that meet it fail or truncate it.`,
      fix: "Rebuild the archive from a clean directory; never publish an archive with such names.",
      details: { problem: "name too long", nameBytes },
      evidence: `name too long ${raw.name.slice(0, 100)}`,
    });
    await this.walkEntry({ ...raw, name: short }, context);
  }

  /** Reads a single file on disk that leakgate does not open as the artifact's one entry. */
  async walkSingleFile(path: string, context: ContainerContext): Promise<void> {
    const entry: RawEntry = {
      name: context.name,
      type: "file",
      // Declared like a directory's files (rules size their work by it: the secret rule hands
      // a big file to its worker). Unknown if the file cannot be read: reading it says why.
      size: await stat(path).then(
        (stats) => stats.size,
        () => -1,
      ),
      mode: 0o644,
      content: () => readFileChunks(path),
      lentChunks: true,
      sealed: true,
    };
    await this.walkEntries(toAsync([entry]), context);
  }

  private checkLink(entry: EntryInfo): void {
    if (entry.linkTarget === undefined) return;
    // Hard link targets are archive paths; symlink targets are relative to the link's directory.
    const from = entry.type === "hardlink" ? "link" : entry.innerPath;
    if (!linkEscapesRoot(from, entry.linkTarget)) return;
    this.hooks.report({
      ruleId: "suspicious-path",
      severity: "error",
      path: entry.path,
      message: `The ${entry.type} points outside the archive (to ${JSON.stringify(entry.linkTarget)}): extracting it exposes or overwrites files on the machine that unpacks it.`,
      fix: "Replace the link with the file it points to, or leave it out of the release.",
      details: { problem: "link escapes the archive", target: entry.linkTarget },
      evidence: entry.linkTarget,
    });
  }

  /** Reads a file entry once: hash, rules and (for archives) the nested walk see every chunk. */
  private async readFile(raw: RawEntry, entry: EntryInfo, beforeZip = false): Promise<void> {
    const observers = this.hooks.observe(entry);
    const hash = createHash("sha256");
    let size = 0;
    const iterator = raw.content()[Symbol.asyncIterator]();
    const { chunks: headChunks, ended } = await readAtLeast(iterator, SNIFF_BYTES);
    const head = firstBytes(headChunks, SNIFF_BYTES);
    const format = raw.sealed ? undefined : detectFormat(head, entry.innerPath);
    if (format && beforeZip) this.reportAmbiguous(entry, `a ${format} archive with a zip after it`);
    // A nested archive keeps its head (the gzip header names the file inside): a lent one is copied.
    const nested = format
      ? this.nestedSink(format, entry, raw.lentChunks ? Buffer.from(head) : head)
      : undefined;
    // Zip readers find a zip by its end; an entry not opened as a zip must not end like one.
    const tail = raw.sealed || format === "zip" ? undefined : new TailKeeper(ZIP_TAIL_BYTES);
    // 7-Zip finds a 7z behind other data too (a self-extracting installer).
    const seeker = format ? undefined : new SevenZipSeeker();

    const feed = async (chunk: Buffer) => {
      size += chunk.length;
      this.hooks.limits.countBytes(chunk.length, entry.path);
      this.hooks.progress?.(chunk.length);
      hash.update(chunk);
      tail?.push(chunk);
      seeker?.push(chunk);
      if (observers.length > 0) {
        // Rules see pieces of at most OBSERVED_PIECE bytes, whatever the decoder's chunk size:
        // fed gzip's 256 KiB pieces whole, the scan of a 100 MB release took 1.78 s, not 1.28 s
        // (measured, docs/adr/009-performance.md).
        for (let at = 0; at < chunk.length; at += OBSERVED_PIECE) {
          const piece = chunk.length <= OBSERVED_PIECE ? chunk : chunk.subarray(at, at + OBSERVED_PIECE);
          for (const observer of observers) observer.onChunk(piece);
        }
        for (const observer of observers) {
          const behind = observer.backlog?.();
          if (behind) await behind;
        }
      }
      // The nested walk reads these bytes later: a lent chunk is copied.
      if (nested) await nested.write(raw.lentChunks ? Buffer.from(chunk) : chunk);
    };
    try {
      for (const chunk of headChunks) await feed(chunk);
      while (!ended) {
        const next = await iterator.next();
        if (next.done) break;
        await feed(next.value);
      }
    } catch (error) {
      await iterator.return?.();
      // Let a nested walk that is still running wind down before the error travels up.
      if (nested) await nested.finish();
      throw error;
    }
    for (const observer of observers) observer.onEnd();
    if (nested) this.nestedFailure(await nested.finish(), entry);
    if (seeker?.foundAt !== undefined) {
      this.reportAmbiguous(
        entry,
        `a 7z archive behind ${formatNumber(seeker.foundAt)} bytes of other data (a self-extracting archive), which was not opened`,
        "7-Zip",
        // The offset moves with every build of the installer; the fingerprint must not.
        "a 7z archive behind other data",
      );
    }
    if (tail && findZipEnd(tail.bytes(), size)) {
      this.reportAmbiguous(
        entry,
        format
          ? `a ${format} archive and a zip at once (a polyglot)`
          : "a zip with other data in front of it (a self-extracting archive or a prefixed zip), which was not opened",
      );
    }
    this.hooks.record(
      { path: entry.path, size, sha256: hash.digest("hex"), mode: entry.mode, type: "file" },
      entry.depth,
    );
  }

  /**
   * A file that different tools read as different archives: whatever one view shows, another
   * tool extracts something else. Both views are scanned where they can be; it blocks anyway.
   */
  private reportAmbiguous(entry: EntryInfo, what: string, tool = "zip readers", evidence = what): void {
    this.hooks.report({
      ruleId: "ambiguous-archive",
      severity: "error",
      path: entry.path,
      message: `This file is ${what}: ${tool} and other tools extract different contents from it.`,
      fix: "Ship each archive on its own, made by a standard tool; if this is a self-extracting installer, gate its contents before they are packed.",
      details: { problem: what },
      evidence,
    });
  }

  private nestedSink(format: ContainerFormat, entry: EntryInfo, head: Buffer): NestedSink | undefined {
    if (isOpaqueFormat(format)) {
      this.hooks.unopened({ path: entry.path, format, reason: `${format} archives are not supported` });
      this.hooks.report({
        ruleId: "unscanned-archive",
        severity: "warning",
        path: entry.path,
        message: `This ${format} archive was listed but not opened: its contents were not checked.`,
        fix: "Ship zip, tar or gzip archives, or check this archive's contents by another means and accept the finding.",
        details: { format },
        evidence: format,
      });
      return undefined;
    }
    const depth = entry.depth + 1;
    if (depth > this.hooks.limits.limits.maxDepth) {
      this.hooks.unopened({ path: entry.path, format, reason: "nested deeper than limits.maxDepth" });
      this.hooks.report({
        ruleId: "archive-limit",
        severity: "error",
        path: entry.path,
        message: `This ${format} archive is nested ${depth} levels deep, beyond limits.maxDepth (${this.hooks.limits.limits.maxDepth}): its contents were not checked.`,
        fix: "Flatten the release, or raise limits.maxDepth in .leakgate.yml if this nesting is intended.",
        details: { limit: "maxDepth", depth },
        evidence: "maxDepth",
      });
      return undefined;
    }
    const context: ContainerContext = { prefix: entry.path, depth, name: entry.innerPath, head };
    if (formatInfo(format).kind === "random-access") {
      return randomAccessSink(format, (file) => this.walkContainer(format, { file }, context));
    }
    return streamingSink((stream) => this.walkContainer(format, { stream }, context));
  }

  /**
   * A nested archive that cannot be read fails closed as a blocking finding (the outer
   * artifact was readable, so the user gets a full report rather than exit 2); limits
   * travel up and stop the artifact.
   */
  private nestedFailure(error: unknown, entry: EntryInfo): void {
    if (error === undefined) return;
    if (error instanceof LimitExceeded) throw error;
    if (error instanceof ZipStructureError) {
      this.hooks.report(zipStructureFinding(error, entry.path));
      return;
    }
    const reason = error instanceof Error ? error.message : String(error);
    this.hooks.report({
      ruleId: "archive-unreadable",
      severity: "error",
      path: entry.path,
      message: `This nested archive could not be read (${reason}), so its contents were not checked.`,
      fix: "Rebuild the archive, or if it is deliberately not an archive (test data), allow its path in .leakgate.yml.",
      details: { reason },
      evidence: reason,
    });
  }
}

/** A zip no honest tool writes (overlapping entries): refused before it expands, and blocking. */
export function zipStructureFinding(error: ZipStructureError, path: string): FindingInput {
  return {
    ruleId: "ambiguous-archive",
    severity: "error",
    path,
    message: `This zip was not read: ${error.message}. unzip refuses such archives too.`,
    fix: "Rebuild the zip with a standard tool; no tool writes overlapping entries.",
    details: { problem: error.message },
    evidence: "overlapping entries",
  };
}

/** Pulls chunks until at least `bytes` have come (or the input ends). */
async function readAtLeast(
  iterator: AsyncIterator<Buffer>,
  bytes: number,
): Promise<{ chunks: Buffer[]; ended: boolean }> {
  const chunks: Buffer[] = [];
  let length = 0;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) return { chunks, ended: true };
    chunks.push(next.value);
    length += next.value.length;
  }
  return { chunks, ended: false };
}

/** The first `bytes` of `chunks`, without copying a whole decoder piece to get them. */
function firstBytes(chunks: Buffer[], bytes: number): Buffer {
  const first = chunks[0];
  if (first === undefined) return Buffer.alloc(0);
  if (first.length >= bytes || chunks.length === 1) return first.subarray(0, bytes);
  return Buffer.concat(chunks).subarray(0, bytes);
}

/** Reads at least `bytes` from `stream` and returns them with a stream that replays them. */
async function peek(stream: Readable, bytes: number): Promise<{ head: Buffer; stream: Readable }> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const { chunks, ended } = await readAtLeast(iterator, bytes);
  async function* replay(): AsyncGenerator<Buffer> {
    yield* chunks;
    if (ended) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head: firstBytes(chunks, bytes), stream: Readable.from(replay(), { objectMode: false }) };
}

/**
 * Keeps the last `limit` bytes that went by, as the chunks themselves (nothing copied). That
 * is safe for lent chunks too: a file's chunks are FILE_CHUNK bytes, at least `limit`, so
 * what is kept is the last chunk and, when that one is short, the one before it, and a
 * lent chunk stays valid until the one after next is read (file-chunks.ts).
 */
class TailKeeper {
  private chunks: Buffer[] = [];
  private length = 0;

  constructor(private readonly limit: number) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
    while (this.chunks.length > 1 && this.length - this.chunks[0]!.length >= this.limit) {
      this.length -= this.chunks.shift()!.length;
    }
  }

  /** The last `limit` bytes, copied once (not the whole first chunk: pieces can be 256 KiB). */
  bytes(): Buffer {
    const tail = Buffer.allocUnsafe(Math.min(this.limit, this.length));
    let end = tail.length;
    for (let i = this.chunks.length - 1; i >= 0 && end > 0; i--) {
      const chunk = this.chunks[i]!;
      const take = Math.min(end, chunk.length);
      chunk.copy(tail, end - take, chunk.length - take);
      end -= take;
    }
    return tail;
  }
}

async function* toAsync<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}
