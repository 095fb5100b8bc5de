/**
 * Redaction: a finding never carries a secret. It carries a recognisable prefix (the
 * family's public prefix, at most 4 chars) and the last 4 chars of long values, enough for
 * a person to find the value in their own files and for nobody else to use it.
 */
import { createHash } from "node:crypto";

export function redact(value: string, prefixLength: number): string {
  if (value.length < 20) return "***";
  const prefix = value.slice(0, Math.min(prefixLength, 4));
  return `${prefix}…${value.slice(-4)}`;
}

/** A stable digest of the value for fingerprints (never shown). */
export function valueDigest(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 16);
}
