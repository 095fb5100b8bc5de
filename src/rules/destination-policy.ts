/**
 * Where artifacts go, judged against the organisation. The most dangerous change to a
 * release is not a new file but a new place: a fork's bucket, a personal npm scope, a public
 * mirror of an internal repository.
 *
 *   destination outside the organisation        → destination-outside-org   error
 *   destination marked internal (org-private)   → internal-path findings there are notes:
 *                                                  leaving the organisation is what blocks
 *
 * A destination is inside when it matches an `organisation.inside` or `.internal` glob, or
 * when an owner of the organisation owns it: `github.com/<owner>/…` (and ghcr.io, gitlab.com,
 * docker.io, the git: forms of those), `npm:<registry>/@<owner>/…`, `s3://<owner>-…` or
 * `gs://<owner>-…` buckets. A local path never leaves the machine. Without any owner or glob
 * the organisation is unknown, and nothing is judged.
 */
import { posix } from "node:path";
import picomatch from "picomatch";
import type { Finding } from "../core/model.js";
import { parseRemoteUrl } from "../sources/git/remote-url.js";

export interface Organisation {
  owners: string[];
  inside: string[];
  internal: string[];
}

const HOSTS_WITH_OWNERS = [
  "github.com",
  "ghcr.io",
  "gitlab.com",
  "docker.io",
  "bitbucket.org",
  "codeberg.org",
];

/** The destination and each of its parents (`s3://b/x/y`, `s3://b/x`, `s3://b`), for glob matching. */
function withParents(destination: string): string[] {
  const out = [destination];
  for (
    let at = destination.lastIndexOf("/");
    at > destination.indexOf("//") + 1;
    at = destination.lastIndexOf("/", at - 1)
  ) {
    out.push(destination.slice(0, at));
  }
  return out;
}

function matchesAny(destination: string, globs: readonly string[]): boolean {
  if (globs.length === 0) return false;
  const match = picomatch([...globs], { dot: true, nocase: true });
  return withParents(destination).some((candidate) => match(candidate));
}

export function isInternalDestination(destination: string, organisation: Organisation): boolean {
  return matchesAny(destination, organisation.internal);
}

/**
 * One form for every way of writing a destination, so that ownership is judged on where it
 * really goes: credentials, ports and `www.` dropped, `..` resolved, scp-like git URLs
 * (`git@github.com:acme/app.git`) read as `github.com/acme/app`. Buckets keep their scheme.
 */
export function canonicalDestination(destination: string): string {
  const bare = destination.replace(/^git:/, "");
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(bare)?.[1]?.toLowerCase();
  if (scheme === "file") return bare.slice("file://".length);
  const scp = !scheme && /^[^/\s:@]+@[^/\s:]+:[^/]/.test(bare);
  if (!scheme && !scp) return destination;
  const url = parseRemoteUrl(bare);
  const [host = "", ...rest] = url.location.split("/");
  const path = posix.normalize(`/${rest.join("/")}`).replace(/\/+$/, "");
  const location = `${host.replace(/^www\./, "")}${path === "/" ? "" : path}`;
  return scheme === "s3" || scheme === "gs" ? `${scheme}://${location}` : location;
}

/** undefined when the organisation is unknown (no owners, no globs). */
export function isInsideOrganisation(written: string, organisation: Organisation): boolean | undefined {
  const { owners, inside, internal } = organisation;
  if (owners.length === 0 && inside.length === 0 && internal.length === 0) return undefined;
  const destination = canonicalDestination(written);
  const globs = [...inside, ...internal];
  if (matchesAny(destination, globs) || matchesAny(written, globs)) return true;
  const bare = destination.replace(/^git:/, "");
  if (bare.startsWith("/") || bare.startsWith(".") || /^[A-Za-z]:[\\/]/.test(bare)) return true;
  const owned = owners.map((o) => o.toLowerCase());
  const [host = "", owner = ""] = bare
    .replace(/^[a-z]+:\/\//i, "")
    .toLowerCase()
    .split("/");
  if (HOSTS_WITH_OWNERS.includes(host)) return owned.includes(owner);
  const npm = /^npm:[^/]+\/(@[^/]+)\//i.exec(destination);
  if (npm) return owned.some((o) => npm[1]!.toLowerCase() === `@${o}`);
  const bucket = /^(?:s3|gs):\/\/([^/]+)/i.exec(destination);
  if (bucket) {
    const name = bucket[1]!.toLowerCase();
    return owned.some((o) => name === o || name.startsWith(`${o}-`) || name.startsWith(`${o}.`));
  }
  return false;
}

/** The policy's findings for one artifact, and its findings with severities adjusted for where they go. */
export function judgeDestination(
  artifact: string,
  destination: string | undefined,
  findings: readonly Finding[],
  organisation: Organisation,
  fingerprintOf: (ruleId: string, evidence: string) => string,
): Finding[] {
  if (!destination) return [...findings];
  const out = isInternalDestination(destination, organisation)
    ? findings.map((f) =>
        f.ruleId === "internal-path" && f.severity !== "note"
          ? {
              ...f,
              severity: "note" as const,
              details: { ...f.details, destinationInternal: destination },
              message: `${f.message} It goes to ${destination}, which is internal to the organisation, so it does not block.`,
            }
          : f,
      )
    : [...findings];
  if (isInsideOrganisation(destination, organisation) === false) {
    out.push({
      ruleId: "destination-outside-org",
      severity: "error",
      artifact,
      path: "",
      message: `This artifact goes to ${destination}, which is outside the organisation (owners: ${organisation.owners.join(", ") || "none"}; inside: ${organisation.inside.join(", ") || "none"}).`,
      fix: "Publish to a destination the organisation owns, or add this one to organisation.inside in .leakgate.yml if it is the organisation's.",
      details: { destination },
      fingerprint: fingerprintOf("destination-outside-org", destination),
    });
  }
  return out;
}
