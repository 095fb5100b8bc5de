/**
 * npm's configuration as pacote wants it: the flat options npm itself passes (`registry`,
 * `@scope:registry`, `//host/:_authToken`, …), read the way npm reads them: the user's
 * `.npmrc` (or `NPM_CONFIG_USERCONFIG`), then the project's `.npmrc`, then `npm_config_*`
 * variables, later ones winning, with `${VAR}` expanded from the environment. Tokens stay
 * inside these options: nothing here prints them.
 */
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { parse } from "ini";
import { UserError } from "../core/errors.js";

export const PUBLIC_REGISTRY = "https://registry.npmjs.org/";

export type NpmOptions = Record<string, unknown> & { registry: string };

export async function loadNpmOptions(cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<NpmOptions> {
  const options: Record<string, unknown> = { registry: PUBLIC_REGISTRY };
  const userConfig = env.NPM_CONFIG_USERCONFIG ?? env.npm_config_userconfig ?? join(homedir(), ".npmrc");
  for (const file of [userConfig, join(cwd, ".npmrc")]) Object.assign(options, await readNpmrc(file, env));
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || !/^npm_config_/i.test(name)) continue;
    options[name.slice("npm_config_".length).toLowerCase()] = value;
  }
  // npm's `cache` is a directory pacote would read and write tarballs in (as `<cache>/_cacache`);
  // the audit streams every tarball from the registry and keeps nothing on disk.
  delete options.cache;
  return options as NpmOptions;
}

async function readNpmrc(file: string, env: NodeJS.ProcessEnv): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw new UserError("config", `${file} cannot be read (${(error as NodeJS.ErrnoException).code})`);
  }
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parse(text))) {
    values[expand(key, env)] = typeof value === "string" ? expand(value, env) : value;
  }
  return values;
}

/** `${NPM_TOKEN}` → its value, as npm does (`\${…}` stays literal). */
function expand(text: string, env: NodeJS.ProcessEnv): string {
  return text.replace(/(\\*)\$\{([^}]+)\}/g, (whole, slashes: string, name: string) => {
    if (slashes.length % 2 === 1) return whole.slice(1);
    return `${slashes.slice(slashes.length / 2)}${env[name] ?? ""}`;
  });
}

/** The registry a package is fetched from: its scope's registry, else the default one. */
export function registryFor(name: string, options: NpmOptions): string {
  const scope = name.startsWith("@") ? name.slice(0, name.indexOf("/")) : undefined;
  const scoped = scope ? options[`${scope}:registry`] : undefined;
  return typeof scoped === "string" && scoped ? scoped : options.registry;
}
