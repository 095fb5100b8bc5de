/**
 * Checksums that token formats carry. GitHub's tokens (`ghp_` and its siblings) and npm's
 * (`npm_`) end in 6 base62 characters that are the CRC32 of the 30 random characters
 * before them. A value with the right shape and a wrong checksum was not issued by the
 * registry: it is a made-up test value, so it is graded down rather than blocking a release.
 */
import { crc32 as crc32OfBytes } from "../../core/crc32.js";
import type { Grade } from "./family.js";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** CRC-32 (IEEE, as zlib computes it) of a latin1 string. */
export function crc32(text: string): number {
  return crc32OfBytes(Buffer.from(text, "latin1"));
}

/** `value` in base62, left-padded with `0` to `width` characters. */
export function base62(value: number, width: number): string {
  let out = "";
  for (let rest = value; rest > 0; rest = Math.floor(rest / 62)) out = BASE62[rest % 62] + out;
  return out.padStart(width, "0");
}

/** Whether `<prefix><30 random chars><6-char checksum>` carries the CRC32 of its random part. */
export function hasValidCrc32Suffix(value: string, prefixLength: number): boolean {
  const body = value.slice(prefixLength);
  if (body.length !== 36) return false;
  return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}

export const FAILED_CHECKSUM: Grade = {
  severity: "warning",
  reason: "its checksum does not match, so it was made up (a test value), not issued",
};

/** A grade for formats with a CRC32 suffix: none when the checksum holds. */
export function gradeByCrc32(prefixLength: number) {
  return (value: string): Grade | undefined =>
    hasValidCrc32Suffix(value, prefixLength) ? undefined : FAILED_CHECKSUM;
}
