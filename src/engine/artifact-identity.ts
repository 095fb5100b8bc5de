/**
 * An artifact's identity: what stays the same from one release to the next, so that
 * `my-pkg-1.4.2.tgz` and `my-pkg-1.4.3.tgz` are recognised as the same artifact by the
 * baseline and by finding fingerprints.
 *
 * 1. an explicit name (`web=dist/`) is the identity;
 * 2. an npm tarball or package directory is `npm:<package.json name>`;
 * 3. otherwise, the path as given with version numbers and content hashes taken out:
 *    `release/app-2.3.0-linux.zip` → `release/app-linux.zip`, `out/v1.2.3/site` → `out/site`,
 *    `bundle.3f2a9c1b.zip` → `bundle.zip`. Hashes are recognised as in file names (see
 *    name-pattern.ts), so words with digits stay: `app-windows64.zip` is not `app.zip`.
 */
import { namePattern } from "./name-pattern.js";

/** `1.2.3`, `v1.2.3`, `1.2.3-rc.1`, `2024.05.01`, joined by `-`, `_` or `.` to the name before it. */
const VERSION = /(^|[-_.@/])v?\d+(?:\.\d+)+(?:-(?:alpha|beta|rc|next|canary|pre|dev)[.\d]*)?(?=$|[-_./])/gi;

export function stripVersions(path: string): string {
  const stripped = path
    .replace(VERSION, (_match, lead: string) => (lead === "/" ? "/" : ""))
    .replace(/\/{2,}/g, "/")
    .replace(/(^|\/)[-_.]+/g, "$1");
  return stripped || path;
}

/** `bundle.3f2a9c1b.zip` → `bundle.zip`: the hash and the separator before it go. */
function stripHash(name: string): string {
  const pattern = namePattern(name);
  if (!pattern.includes("[hash]")) return name; // versions are stripVersions' job
  // A name that is only a hash stays a pattern (`[hash].zip`): there is nothing else to keep.
  return pattern.startsWith("[hash]") ? pattern : pattern.replace(/[.-]\[hash\]/, "");
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
  return stripVersions(normalised.slice(0, normalised.length - base.length) + stripHash(base));
}
