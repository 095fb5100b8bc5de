/**
 * Published npm versions, through npm's own fetcher (pacote): the packument says which
 * versions exist, who published them and with what integrity; each tarball is streamed
 * from the registry, its integrity verified as it streams, and never written to disk.
 */
import type { Readable } from "node:stream";
import pacote from "pacote";
import semver from "semver";
import { inputError, UserError } from "../core/errors.js";
import { type NpmOptions, registryFor } from "./npm-config.js";
import { withRetry } from "./retry.js";
import type { AuditTarget } from "./target.js";
import type { NpmVersion, WorkItem } from "./work-item.js";

type NpmTarget = Extract<AuditTarget, { kind: "npm" }>;

/** The versions a target names, oldest first, one work item each. */
export async function planNpmTarget(target: NpmTarget, options: NpmOptions): Promise<WorkItem[]> {
  const registry = registryFor(target.name, options);
  let packument: Awaited<ReturnType<typeof pacote.packument>>;
  try {
    packument = await withRetry(() =>
      pacote.packument(target.name, { ...options, fullMetadata: true, preferOnline: true }),
    );
  } catch (error) {
    throw registryError(error, target.text, `its packument on ${registry}`);
  }
  const tags = packument["dist-tags"] ?? {};
  const versions = Object.keys(packument.versions ?? {});
  let chosen: string[];
  if ("tag" in target.selector) {
    const version = tags[target.selector.tag];
    if (!version || !packument.versions[version]) {
      throw inputError(
        target.text,
        `${registry} has no dist-tag "${target.selector.tag}" for ${target.name}`,
      );
    }
    chosen = [version];
  } else {
    // An audit looks at everything that was published: pre-releases match `*` too.
    const range = target.selector.range;
    chosen = versions.filter(
      (v) => semver.valid(v) && semver.satisfies(v, range, { includePrerelease: true }),
    );
    if (chosen.length === 0)
      throw inputError(target.text, `${registry} has no version of ${target.name} matching "${range}"`);
  }
  chosen.sort(semver.compare);
  return chosen.map((version) => {
    const npm = describeVersion(target.name, version, packument, tags);
    return {
      key: `npm:${target.name}@${version}`,
      target: target.text,
      size: npm.unpackedSize ?? 0,
      npm: npm.info,
    };
  });
}

function describeVersion(
  name: string,
  version: string,
  packument: Awaited<ReturnType<typeof pacote.packument>>,
  tags: Record<string, string>,
): { info: NpmVersion; unpackedSize?: number } {
  const manifest = packument.versions[version] as {
    dist?: {
      integrity?: string;
      shasum?: string;
      tarball?: string;
      unpackedSize?: number;
      fileCount?: number;
      attestations?: unknown;
    };
    _npmUser?: { name?: string };
    deprecated?: string;
  };
  const dist = manifest.dist ?? {};
  const integrity =
    dist.integrity ?? (dist.shasum ? `sha1-${Buffer.from(dist.shasum, "hex").toString("base64")}` : "");
  const info: NpmVersion = {
    name,
    version,
    integrity,
    tarball: dist.tarball ?? "",
    provenance: Boolean(dist.attestations),
    tags: Object.entries(tags)
      .filter(([, v]) => v === version)
      .map(([tag]) => tag)
      .sort(),
    ...(packument.time?.[version] ? { publishedAt: packument.time[version] } : {}),
    ...(typeof manifest._npmUser?.name === "string" ? { publisher: manifest._npmUser.name } : {}),
    ...(typeof dist.fileCount === "number" ? { fileCount: dist.fileCount } : {}),
    ...(typeof manifest.deprecated === "string" ? { deprecated: manifest.deprecated } : {}),
  };
  return { info, ...(typeof dist.unpackedSize === "number" ? { unpackedSize: dist.unpackedSize } : {}) };
}

/**
 * Streams one version's tarball to `scan`. pacote checks it against the packument's
 * integrity as the bytes pass: a tarball that does not match fails the scan, even when
 * every file in it was already read.
 */
export async function withNpmTarball<T>(
  item: WorkItem & { npm: NpmVersion },
  options: NpmOptions,
  scan: (stream: Readable) => Promise<T>,
): Promise<T> {
  if (!item.npm.integrity)
    throw inputError(item.key, "the registry records no integrity for this version: it cannot be verified");
  try {
    // A failed download surfaces inside the scan as a broken archive: say what really failed.
    let fetchError: unknown;
    const scanFetched = async (stream: Readable) => {
      stream.once("error", (error) => {
        fetchError = error;
      });
      try {
        return await scan(stream);
      } catch (error) {
        throw fetchError ? registryError(fetchError, item.key, "its tarball") : error;
      }
    };
    return await pacote.tarball.stream(`${item.npm.name}@${item.npm.version}`, scanFetched, {
      ...options,
      integrity: item.npm.integrity,
      resolved: item.npm.tarball,
      // What the registry serves now, never a copy from a local cache (npm's or anyone's).
      preferOnline: true,
    });
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw registryError(error, item.key, "its tarball");
  }
}

/** What a registry failure means to the person reading the report. Tokens never appear. */
export function registryError(error: unknown, what: string, fetching: string): Error {
  const e = error as { code?: string; statusCode?: number; message?: string };
  if (e?.code === "EINTEGRITY") {
    return inputError(
      what,
      "integrity check failed: the tarball the registry serves is not the one it records (it was altered or corrupted)",
    );
  }
  if (e?.code === "E404") return inputError(what, `${fetching} was not found (404)`);
  if (e?.code === "E401" || e?.code === "E403") {
    return inputError(
      what,
      `the registry refused ${fetching} (${e.statusCode ?? e.code}): give it a token in .npmrc (//host/:_authToken=\${NPM_TOKEN}) or log in`,
    );
  }
  if (e?.code && /^E\d{3}$/.test(e.code))
    return inputError(what, `the registry answered ${e.code.slice(1)} for ${fetching}`);
  if (e?.code) return inputError(what, `${fetching} cannot be fetched (${e.code})`);
  return error instanceof Error ? error : new Error(String(error));
}
