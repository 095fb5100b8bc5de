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
  /** publishConfig's `@scope:registry` for the package's scope. */
  publishScopeRegistry?: string;
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
    const registry = await npmRegistry(context);
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

/**
 * The registry `npm publish` would use, in npm's own order: a scoped package goes to its
 * scope's registry when one is configured anywhere (publishConfig, then the environment,
 * then `.npmrc`), and otherwise to the registry (same order), else the public registry.
 */
async function npmRegistry(context: DestinationContext): Promise<string> {
  const npmrc = await readNpmrc(context.cwd);
  const env = (key: string) =>
    Object.entries(process.env).find(
      ([name]) => name.toLowerCase() === `npm_config_${key}`.toLowerCase(),
    )?.[1];
  const name = context.packageName;
  const scope = name?.startsWith("@") ? name.slice(0, name.indexOf("/")) : undefined;
  const scoped = scope
    ? (context.publishScopeRegistry ?? env(`${scope}:registry`) ?? npmrc.get(`${scope}:registry`))
    : undefined;
  return scoped || context.publishRegistry || env("registry") || npmrc.get("registry") || PUBLIC_REGISTRY;
}

/** `key=value` lines of `.npmrc` in the working directory. */
async function readNpmrc(cwd: string): Promise<Map<string, string>> {
  const values = new Map<string, string>();
  let text: string;
  try {
    text = await readFile(join(cwd, ".npmrc"), "utf8");
  } catch {
    return values;
  }
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([^#;=\s][^=]*?)\s*=\s*(.*?)\s*$/.exec(line);
    if (match) values.set(match[1]!, match[2]!);
  }
  return values;
}
