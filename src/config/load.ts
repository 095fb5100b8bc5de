/**
 * Loads `.leakgate.yml` (or an explicit `--config` file) and `.leakgateignore` into a
 * LeakgateConfig. Every problem is a config error (exit 2) naming the file, the key path,
 * what is wrong and, for unknown keys, the key that was probably meant.
 */
import { readFile, stat } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { type Alias, type Document, LineCounter, parseDocument, visit } from "yaml";
import type { z } from "zod";
import { UserError } from "../core/errors.js";
import { PackageJsonProblem, readPackageJsonObject } from "../core/package-json.js";
import { pathExists } from "../core/path-exists.js";
import { loadGitleaksConfig } from "./gitleaks-config.js";
import { type ConfigFile, configSchema, KEYS_BY_LEVEL } from "./schema.js";
import { closest } from "./suggest.js";
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
    const parsed = parseConfigText(text, shown);
    loaded = { ...applyConfigFile(config, parsed), file };
    // Relative to the config that names it, like every path a config holds.
    if (!gitleaks && parsed.gitleaksConfig) gitleaks = resolve(dirname(file), parsed.gitleaksConfig);
  }
  if (gitleaks)
    loaded.importedSecretRules = await loadGitleaksConfig(
      gitleaks,
      relative(options.cwd, gitleaks) || gitleaks,
    );
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

/** Flow collections (`[[[…]]]`, `{a: {b: …}}`) nested deeper than this are refused before parsing. */
const MAX_NESTING = 64;

/**
 * How deep `[` and `{` nest outside quoted strings and comments: a cheap look before the
 * recursive parser meets a document built to exhaust its stack.
 */
function flowDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = "";
      else if (c === "\n") quote = quote === '"' ? quote : "";
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf("\n", i);
      i = end === -1 ? text.length : end;
    } else if (c === "[" || c === "{") deepest = Math.max(deepest, ++depth);
    else if ((c === "]" || c === "}") && depth > 0) depth--;
  }
  return deepest;
}

/** Parses and validates the text of a config file; `shown` names it in messages. */
export function parseConfigText(text: string, shown: string): ConfigFile {
  const depth = flowDepth(text);
  if (depth > MAX_NESTING) {
    throw new UserError(
      "config",
      `${shown}: invalid YAML: brackets nested ${depth} deep (at most ${MAX_NESTING}); a config file never needs that`,
    );
  }
  const lineCounter = new LineCounter();
  let document: Document;
  try {
    document = parseDocument(text, { lineCounter, prettyErrors: false });
  } catch (error) {
    // The parser recurses; a document built to exhaust the stack is the user's input, not our bug.
    if (error instanceof RangeError)
      throw new UserError("config", `${shown}: invalid YAML: nested too deeply`);
    throw error;
  }
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    const at = lineCounter.linePos(error.pos[0]);
    throw new UserError(
      "config",
      `${shown}:${at.line}:${at.col}: invalid YAML: ${error.message.split("\n")[0]}`,
    );
  }
  const data = toData(document, lineCounter, shown);
  const parsed = configSchema.safeParse(data, { error: genericMessage });
  if (!parsed.success) throw new UserError("config", describeIssue(parsed.error.issues[0]!, shown, data));
  return parsed.data;
}

/**
 * The document as plain data. An unquoted glob that starts with `*` (`- *.map`) is a YAML
 * alias to an anchor that does not exist: the most likely YAML mistake in this file, so it
 * gets its own message with the fix.
 */
function toData(document: Document, lineCounter: LineCounter, shown: string): unknown {
  let unresolved: Alias | undefined;
  visit(document, {
    Alias(_key, node) {
      if (node.resolve(document) === undefined) {
        unresolved = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (unresolved) {
    const at = lineCounter.linePos(unresolved.range?.[0] ?? 0);
    const glob = `*${unresolved.source}`;
    throw new UserError(
      "config",
      `${shown}:${at.line}:${at.col}: invalid YAML: \`${glob}\` is read as an alias (a reference to an anchor); quote globs that start with *: "${glob}"`,
    );
  }
  try {
    return document.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    // e.g. aliases nested to blow up memory ("billion laughs").
    throw new UserError("config", `${shown}: invalid YAML: ${(error as Error).message}`);
  }
}

/** `internal[0]`, `thresholds.maxFileSize`, `artifacts["npm:*"].rules`. */
function keyPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) =>
      typeof key === "number"
        ? `[${key}]`
        : /^[A-Za-z_$][\w$-]*$/.test(String(key))
          ? `${i ? "." : ""}${String(key)}`
          : `[${JSON.stringify(String(key))}]`,
    )
    .join("");
}

/** The allowed keys at a path: artifact globs are free-form, what is below them is not. */
function allowedKeys(path: readonly PropertyKey[]): readonly string[] | undefined {
  if (path.length === 0) return KEYS_BY_LEVEL[""];
  if (path.at(-1) === "rules") return KEYS_BY_LEVEL.rules;
  if (path[0] === "artifacts") return path.length === 2 ? KEYS_BY_LEVEL.artifacts : undefined;
  return KEYS_BY_LEVEL[String(path[0])];
}

function didYouMean(key: string, candidates: readonly string[] | undefined): string {
  const suggestion = closest(key, candidates ?? []);
  return suggestion ? ` (did you mean \`${suggestion}\`?)` : "";
}

function describeIssue(issue: z.core.$ZodIssue, shown: string, data: unknown): string {
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0]!;
    return `${shown}: unknown key \`${keyPath([...issue.path, key])}\`${didYouMean(key, allowedKeys(issue.path))}`;
  }
  const where = issue.path.length > 0 ? `\`${keyPath(issue.path)}\`` : "top level";
  if (issue.code === "invalid_key") {
    const key = String(issue.path.at(-1));
    // Under `rules:` the keys are rule ids; under `artifacts:` they are globs.
    if (issue.path.at(-2) === "rules")
      return `${shown}: ${where}: unknown rule \`${key}\`${didYouMean(key, KEYS_BY_LEVEL.rules)}`;
    return `${shown}: ${where}: ${issue.issues[0]?.message ?? issue.message}`;
  }
  return `${shown}: ${where}: ${issue.message}${got(valueAt(data, issue.path), issue.message)}`;
}

/** ` (got "ten megs")`, unless the message already quotes the value. */
function got(value: unknown, message: string): string {
  if (value === undefined) return "";
  if (value === null) return " (got an empty value)";
  const shown = typeof value === "number" ? String(value) : (JSON.stringify(value) ?? String(value));
  if (typeof value === "string" && message.includes(shown)) return "";
  return ` (got ${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown})`;
}

const TYPE_NAMES: Record<string, string> = {
  array: "a list",
  object: "a mapping (key: value)",
  record: "a mapping (key: value)",
  number: "a number",
  int: "a whole number",
  string: "a string",
  boolean: "true or false",
};

/**
 * Wording for zod's generic issues (wrong type, out of range, not one of). Messages the
 * schema sets itself (globs, sizes) take precedence over these.
 */
function genericMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => String(v)).join(", ")}`;
    case "too_big":
      return `must be ${issue.inclusive === false ? "less than" : "at most"} ${String(issue.maximum)}`;
    case "too_small":
      return `must be ${issue.inclusive === false ? "greater than" : "at least"} ${String(issue.minimum)}`;
    default:
      return undefined;
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
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
