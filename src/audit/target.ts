/**
 * What `leakgate audit` looks at, as users write it:
 *
 *   npm:<name>[@<range>]    versions on the registry: the `latest` dist-tag by default,
 *                           `@*` or a semver range for every matching version, `@<tag>` a dist-tag
 *   git:<url>               the refs a remote has (`--deep`: and the trees at their tips)
 *   s3://<bucket>[/prefix]  the objects of a bucket (`--deep`: and their contents)
 */
import semver from "semver";
import { UserError } from "../core/errors.js";
import { parseRemoteUrl } from "../sources/git/remote-url.js";

export type AuditTarget =
  | { kind: "npm"; text: string; name: string; selector: NpmSelector }
  /** `text` is the target as shown: credentials in the URL replaced by `***`. */
  | { kind: "git"; text: string; url: string }
  | { kind: "s3"; text: string; bucket: string; prefix: string };

export type NpmSelector = { tag: string } | { range: string };

/** npm's rules for a package name, loosely: what the registry would accept. */
const PACKAGE_NAME = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i;
/** S3 bucket names: 3–63 lowercase letters, digits, dots and hyphens. */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

export function parseTarget(text: string): AuditTarget {
  const written = text.trim();
  if (written.startsWith("npm:")) return npmTarget(written);
  if (written.startsWith("git:")) {
    const url = written.slice(4);
    if (!url) throw new UserError("usage", `"${written}" names no remote: write git:<url>`);
    // The URL may carry a token (from a CI secret): it is used, and shown as `***`.
    return { kind: "git", text: `git:${parseRemoteUrl(url).shown}`, url };
  }
  if (written.startsWith("s3://")) {
    const [bucket = "", ...rest] = written.slice(5).split("/");
    if (!BUCKET.test(bucket))
      throw new UserError("usage", `"${written}": "${bucket}" is not an S3 bucket name`);
    const prefix = rest.join("/");
    return { kind: "s3", text: written, bucket, prefix };
  }
  throw new UserError(
    "usage",
    `cannot audit "${written}": a target is npm:<package>[@<range>], git:<url> or s3://<bucket>[/prefix]`,
  );
}

function npmTarget(written: string): AuditTarget {
  const spec = written.slice(4);
  // `@scope/name@range`: the version part starts at the first `@` after the scope.
  const at = spec.indexOf("@", spec.startsWith("@") ? 1 : 0);
  const name = at === -1 ? spec : spec.slice(0, at);
  const wanted = at === -1 ? "" : spec.slice(at + 1);
  if (!PACKAGE_NAME.test(name)) throw new UserError("usage", `"${written}": "${name}" is not a package name`);
  if (wanted === "") return { kind: "npm", text: written, name, selector: { tag: "latest" } };
  if (semver.validRange(wanted) !== null)
    return { kind: "npm", text: written, name, selector: { range: wanted } };
  if (/^[a-z][\w.-]*$/i.test(wanted)) return { kind: "npm", text: written, name, selector: { tag: wanted } };
  throw new UserError("usage", `"${written}": "${wanted}" is neither a version range nor a dist-tag`);
}
