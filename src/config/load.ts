/**
 * Loads `.leakgate.yml` (or an explicit `--config` file) and `.leakgateignore` into a
 * LeakgateConfig. Every problem is a config error (exit 2) naming the file, the key path,
 * what is wrong and, for unknown keys, the key that was probably meant.
 */
import { readFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { UserError } from "../core/errors.js";
import { PackageJsonProblem, readPackageJsonObject } from "../core/package-json.js";
import { pathExists } from "../core/path-exists.js";
import type { ConfigFile } from "./schema.js";
import { defaultConfig, type LeakgateConfig } from "./types.js";

/** Looked for from the working directory up to the repository root, when no file is given. */
export const CONFIG_FILE_NAMES = [".leakgate.yml", ".leakgate.yaml"];
/** gitignore-syntax exemptions, read from the working directory. */
export const IGNORE_FILE_NAME = ".leakgateignore";

/** Where to look for the configuration. */
export interface LoadOptions {
  /** The working directory: where `.leakgate.yml` and `.leakgateignore` are looked for. */
  cwd: string;
  /** An explicit config file (must exist); otherwise `.leakgate.yml` in cwd, if present. */
  file?: string;
  /** A gitleaks config given on the command line (relative to cwd); wins over the config's key. */
  gitleaksConfig?: string;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new UserError("config", `${path}: cannot be read (${(error as Error).message})`);
  }
}

/**
 * Builds the configuration for a run: the defaults, then `.leakgate.yml` (or `.leakgate.yaml`)
 * from `cwd` or the explicit `file`, then the lines of `.leakgateignore` from `cwd`.
 * Throws UserError("config") naming the file and key for anything that is not right.
 */
export async function loadConfig(options: LoadOptions): Promise<LeakgateConfig> {
  const config = defaultConfig();
  const ignore = await readIfExists(resolve(options.cwd, IGNORE_FILE_NAME));
  if (ignore !== undefined) config.ignoreFileLines = ignore.split(/\r?\n/);

  let file: string | undefined;
  let text: string | undefined;
  if (options.file) {
    file = resolve(options.cwd, options.file);
    text = await readIfExists(file);
    if (text === undefined) throw new UserError("config", `${options.file}: config file not found`);
  } else {
    const found = await discoverConfig(options.cwd);
    if (found) ({ file, text } = found);
  }
  let loaded = config;
  let gitleaks = options.gitleaksConfig ? resolve(options.cwd, options.gitleaksConfig) : undefined;
  if (text !== undefined && file !== undefined) {
    const shown = relative(options.cwd, file) || file;
    // The YAML parser, zod and the schema load only when there is a config to read: together
    // they were a third of a scan's start-up (docs/adr/009-performance.md).
    const { parseConfigText } = await import("./parse-config.js");
    const parsed = parseConfigText(text, shown);
    loaded = { ...applyConfigFile(config, parsed), file };
    // Relative to the config that names it, like every path a config holds.
    if (!gitleaks && parsed.gitleaksConfig) gitleaks = resolve(dirname(file), parsed.gitleaksConfig);
  }
  if (gitleaks) {
    const { loadGitleaksConfig } = await import("./gitleaks-config.js");
    loaded.importedSecretRules = await loadGitleaksConfig(
      gitleaks,
      relative(options.cwd, gitleaks) || gitleaks,
    );
  }
  return loaded;
}

/**
 * The config of the nearest directory that has one, from `cwd` up to the repository root
 * (the first directory with `.git`), like most JS tools: `.leakgate.yml`, `.leakgate.yaml`
 * or a `leakgate` key in package.json. Outside a repository only `cwd` is looked at, so a
 * config in a home directory never applies by surprise. Two configs in one directory are
 * an error: edits to the ignored one would silently do nothing.
 */
async function discoverConfig(cwd: string): Promise<{ file: string; text: string } | undefined> {
  const directories = await upToRepositoryRoot(cwd);
  for (const directory of directories) {
    const found: { file: string; text: string }[] = [];
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = resolve(directory, name);
      const text = await readIfExists(candidate);
      if (text !== undefined) found.push({ file: candidate, text });
    }
    const fromPackage = await packageJsonConfig(directory);
    if (fromPackage) found.push(fromPackage);
    if (found.length > 1) {
      const names = found.map((f) =>
        f.file.endsWith("#leakgate")
          ? `the \`leakgate\` key of ${relative(cwd, f.file.slice(0, -"#leakgate".length)) || "package.json"}`
          : relative(cwd, f.file) || f.file,
      );
      throw new UserError("config", `${names.join(" and ")} both configure leakgate; keep one of them`);
    }
    if (found[0]) return found[0];
  }
  return undefined;
}

/** cwd, its parent, … up to the directory holding `.git`; just cwd outside a repository. */
async function upToRepositoryRoot(cwd: string): Promise<string[]> {
  const chain: string[] = [];
  for (let directory = resolve(cwd); ; directory = dirname(directory)) {
    chain.push(directory);
    if (await pathExists(resolve(directory, ".git"))) return chain;
    if (dirname(directory) === directory) return [resolve(cwd)];
  }
}

/** The `leakgate` key of a package.json, as config text (JSON is YAML), named `package.json#leakgate`. */
async function packageJsonConfig(directory: string): Promise<{ file: string; text: string } | undefined> {
  let manifest: Record<string, unknown>;
  try {
    manifest = await readPackageJsonObject(directory);
  } catch (error) {
    if (!(error instanceof PackageJsonProblem)) throw error;
    // A broken package.json is npm's to report, unless it holds our key: then the gate
    // would run with another config than the one written, so it stops (fail closed).
    if (error.reason === "not-json" || error.reason === "too-large") {
      const text = await readFile(resolve(directory, "package.json"), "utf8").catch(() => "");
      if (text.includes('"leakgate"')) {
        throw new UserError(
          "config",
          `${resolve(directory, "package.json")}: has a \`leakgate\` key but cannot be read (${error.message})`,
        );
      }
    }
    return undefined;
  }
  if (!("leakgate" in manifest)) return undefined;
  const value = manifest.leakgate;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new UserError(
      "config",
      `${resolve(directory, "package.json")}#leakgate: must be an object of settings, like .leakgate.yml`,
    );
  }
  return {
    file: `${resolve(directory, "package.json")}#leakgate`,
    text: JSON.stringify(manifest.leakgate, null, 2),
  };
}

/** Merges a validated config file over the defaults. */
export function applyConfigFile(base: LeakgateConfig, file: ConfigFile): LeakgateConfig {
  return {
    ...base,
    internal: file.internal ?? base.internal,
    allow: file.allow ?? base.allow,
    rules: { ...base.rules, ...file.rules },
    thresholds: { ...base.thresholds, ...definedOnly(file.thresholds) },
    limits: { ...base.limits, ...definedOnly(file.limits) },
    strict: file.strict ?? base.strict,
    failOn: file.failOn ?? base.failOn,
    artifacts: {
      ...base.artifacts,
      ...Object.fromEntries(
        Object.entries(file.artifacts ?? {}).map(([key, overrides]) => [key, definedOnly(overrides)]),
      ),
    },
    ...optional("internalRefs", file.internalRefs ?? base.internalRefs),
    ...optional("organisation", file.organisation ? definedOnly(file.organisation) : base.organisation),
  };
}

/** `{ key: value }` when the value is set, `{}` otherwise (the config has exact optional keys). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function definedOnly<T extends object>(value: T | undefined): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
