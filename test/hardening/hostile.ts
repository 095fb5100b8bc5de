/**
 * Shared pieces for the hostile-input tests: fake tokens built from fragments (so no scanner
 * flags this repository), the default rules, and raw zip surgery for headers no library writes.
 */
import { randomBytes } from "node:crypto";
import { crc32 } from "node:zlib";
import { defaultConfig } from "../../src/config/types.js";
import { createRules } from "../../src/rules/registry.js";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A GitHub-token-shaped value that is not a real token. */
export function fakeGithubToken(): string {
  const bytes = randomBytes(36);
  return ["gh", "p_", ...[...bytes].map((b) => ALNUM[b % ALNUM.length])].join("");
}

export const allRules = () => createRules(defaultConfig());

/** A zip local file header + data, written by hand (no library writes disagreeing headers). */
export function localHeader(
  name: string,
  data: Buffer,
  fields: { method?: number; flags?: number; crc?: number; compressed?: number; size?: number } = {},
): Buffer {
  const nameBytes = Buffer.from(name);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(fields.flags ?? 0, 6);
  header.writeUInt16LE(fields.method ?? 0, 8);
  header.writeUInt32LE(fields.crc ?? crc32(data), 14);
  header.writeUInt32LE(fields.compressed ?? data.length, 18);
  header.writeUInt32LE(fields.size ?? data.length, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  return Buffer.concat([header, nameBytes, data]);
}

/** A central directory header pointing at a local header at `offset`. */
export function centralHeader(
  name: string,
  offset: number,
  fields: { method?: number; flags?: number; crc: number; compressed: number; size: number },
): Buffer {
  const nameBytes = Buffer.from(name);
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(fields.flags ?? 0, 8);
  header.writeUInt16LE(fields.method ?? 0, 10);
  header.writeUInt32LE(fields.crc, 16);
  header.writeUInt32LE(fields.compressed, 20);
  header.writeUInt32LE(fields.size, 24);
  header.writeUInt16LE(nameBytes.length, 28);
  header.writeUInt32LE(offset, 42);
  return Buffer.concat([header, nameBytes]);
}

/** The end-of-central-directory record. */
export function endRecord(entries: number, directorySize: number, directoryOffset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries, 8);
  end.writeUInt16LE(entries, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return end;
}
