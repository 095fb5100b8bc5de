/**
 * An artifact's identity: what stays the same from one release to the next, so that
 * `my-pkg-1.4.2.tgz` and `my-pkg-1.4.3.tgz` are recognised as the same artifact by the
 * baseline and by finding fingerprints.
 *
 * 1. an explicit name (`web=dist/`) is the identity;
 * 2. an npm tarball or package directory is `npm:<package.json name>`;
 * 3. otherwise, the path as given with version numbers and content hashes taken out:
 *    `release/app-2.3.0-linux.zip` → `release/app-linux.zip`, `out/v1.2.3/site` → `out/site`.
 */

/** `1.2.3`, `v1.2.3`, `1.2.3-rc.1`, `2024.05.01`, joined by `-`, `_` or `.` to the name before it. */
const VERSION = /(^|[-_.@/])v?\d+(?:\.\d+)+(?:-(?:alpha|beta|rc|next|canary|pre|dev)[.\d]*)?(?=$|[-_./])/gi;
/** Content hashes: 8+ hex chars (or 8+ base32/64-ish with a digit) after `-` or `.`. */
const HASH = /[-.](?=[A-Za-z0-9_]*\d)(?=[A-Za-z0-9_]*[A-Za-z])[A-Za-z0-9_]{8,}(?=\.[A-Za-z0-9]+$|$)/g;

export function stripVersions(path: string): string {
  const stripped = path
    .replace(VERSION, (_match, lead: string) => (lead === "/" ? "/" : ""))
    .replace(/\/{2,}/g, "/")
    .replace(/(^|\/)[-_.]+/g, "$1");
  return stripped || path;
}

export interface IdentityInput {
  name?: string;
  packageName?: string;
  source: string;
}

export function artifactIdentity(input: IdentityInput): string {
  if (input.name) return input.name;
  if (input.packageName) return `npm:${input.packageName}`;
  const normalised = input.source.replace(/^\.\//, "").replace(/\/+$/, "");
  const base = normalised.split("/").pop() ?? normalised;
  const withoutHash = base.replace(HASH, "");
  return stripVersions(normalised.slice(0, normalised.length - base.length) + withoutHash);
}
