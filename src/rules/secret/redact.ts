/**
 * Redaction: a finding never carries a secret. It carries a recognisable prefix (the
 * family's public prefix, at most 4 chars) and the last 4 chars of long values, enough for
 * a person to find the value in their own files and for nobody else to use it.
 */
import { createHash } from "node:crypto";

/** `ghp_…a1b2` for values of 20+ chars, `***` for shorter ones (4 chars of 12 say too much). */
export function redact(value: string, prefixLength: number): string {
  if (value.length < 20) return "***";
  const prefix = value.slice(0, Math.min(prefixLength, 4));
  return `${prefix}…${value.slice(-4)}`;
}

/** A stable digest of the value for fingerprints (never shown; the fingerprint hashes it again). */
export function valueDigest(value: string): string {
  return createHash("sha256").update(value, "latin1").digest("hex").slice(0, 16);
}

/**
 * What to mask in logs for a value: the value, or for a multi-line one (a key body) each
 * line, because log masking works line by line.
 */
export function maskablePieces(value: string): string[] {
  const lines = value
    .split(/\r?\n|\\(?:r\\)?n/)
    .map((line) => line.trim())
    .filter((line) => line.length >= 8);
  return lines.length > 1 ? lines : [value];
}

/** `scheme://user:password@` or `scheme://token@`: everything between `//` and `@` is a credential. */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]{0,30}:\/\/)[^\s/?#@"'<>`]+@/gi;
/** Query parameters that carry credentials (`?token=`, `&X-Amz-Signature=`, `?sig=`). */
const URL_SECRET_PARAM =
  /([?&](?:[a-z0-9_-]*(?:token|secret|password|passwd|pwd|key|sig|signature|credential|auth)[a-z0-9_-]*)=)[^&#\s"'<>`]+/gi;

/**
 * Takes credentials out of every URL in `text`: the user-info part (`https://ci:ghp_…@host`
 * becomes `https://***@host`) and the values of query parameters named like credentials.
 * Every URL that reaches a finding goes through here (and the report applies it to all of
 * its text once more), so a token in a URL never reaches an output.
 */
export function redactUrlCredentials(text: string): string {
  if (!text.includes("://") && !text.includes("=")) return text;
  return text.replace(URL_USERINFO, "$1***@").replace(URL_SECRET_PARAM, "$1***");
}
