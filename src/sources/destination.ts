/**
 * Where an artifact goes. A spec may name it after an arrow:
 *
 *   web=dist/ -> s3://acme-site/docs
 *   npm:. -> npm                      the registry npm would publish to (publishConfig.registry,
 *                                     the scope's registry in .npmrc, or the public registry)
 *   'release/*.zip -> github-release' the releases of this repository on GitHub
 *   git:public                        (implicitly) the remote's URL
 *
 * Destinations are normalised to one readable form so that policies and the baseline can
 * match them: `s3://bucket/prefix`, `npm:registry.npmjs.org/@acme/cli`,
 * `github.com/acme/app/releases`, `git:github.com/acme/app`, or the text as written.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseRemoteUrl } from "./git/remote-url.js";

const ARROW = /\s*->\s*/;

/** Splits `spec -> destination`; the destination is undefined when there is no arrow. */
export function splitDestination(spec: string): { spec: string; destination?: string } {
  const parts = spec.split(ARROW);
  if (parts.length < 2) return { spec };
  const destination = parts.slice(1).join(" -> ").trim();
  return { spec: parts[0]!.trim(), ...(destination ? { destination } : {}) };
}

export interface DestinationContext {
  cwd: string;
  /** The package's name and publishConfig.registry, for `-> npm`. */
  packageName?: string;
  publishRegistry?: string;
  /** `owner/repo` of the repository being released, for `-> github-release`. */
  repository?: string;
}

export interface Destination {
  /** The normalised form (credentials taken out). */
  name: string;
  /** A credential found in the destination URL, for masking only. */
  credential?: string;
}

const PUBLIC_REGISTRY = "https://registry.npmjs.org/";

export async function resolveDestination(raw: string, context: DestinationContext): Promise<Destination> {
  if (raw === "npm") {
    const registry =
      context.publishRegistry ?? (await npmrcRegistry(context.cwd, context.packageName)) ?? PUBLIC_REGISTRY;
    const host = parseRemoteUrl(registry).location.replace(/\/+$/, "");
    return { name: `npm:${host}/${context.packageName ?? "(unnamed package)"}` };
  }
  if (raw === "github-release") {
    return { name: `github.com/${context.repository ?? "(unknown repository)"}/releases` };
  }
  const url = parseRemoteUrl(raw);
  const shown = url.hasCredentials ? url.shown : raw;
  return { name: shown.replace(/\/+$/, ""), ...(url.credential ? { credential: url.credential } : {}) };
}

/** The registry npm would publish this package to, from `.npmrc` in the working directory. */
async function npmrcRegistry(cwd: string, packageName: string | undefined): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(join(cwd, ".npmrc"), "utf8");
  } catch {
    return undefined;
  }
  const values = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([^#;=\s][^=]*?)\s*=\s*(.*?)\s*$/.exec(line);
    if (match) values.set(match[1]!, match[2]!);
  }
  const scope = packageName?.startsWith("@") ? packageName.slice(0, packageName.indexOf("/")) : undefined;
  return (scope && values.get(`${scope}:registry`)) || values.get("registry");
}
