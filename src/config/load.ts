/**
 * Loads `.leakgate.yml` (or an explicit `--config` file) and `.leakgateignore` into a
 * LeakgateConfig. Every problem is a config error (exit 2) naming the file, the key path,
 * what is wrong and, for unknown keys, the key that was probably meant.
 */
import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { UserError } from "../errors.js";
import { type ConfigFile, configSchema, KEYS_BY_LEVEL } from "./schema.js";
import { closest } from "./suggest.js";
import { defaultConfig, type LeakgateConfig } from "./types.js";

export const CONFIG_FILE_NAMES = [".leakgate.yml", ".leakgate.yaml"];
export const IGNORE_FILE_NAME = ".leakgateignore";

export interface LoadOptions {
  cwd: string;
  /** An explicit config file (must exist); otherwise `.leakgate.yml` in cwd, if present. */
  file?: string;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new UserError("config", `${path}: cannot be read (${(error as Error).message})`);
  }
}

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
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = resolve(options.cwd, name);
      text = await readIfExists(candidate);
      if (text !== undefined) {
        file = candidate;
        break;
      }
    }
  }
  if (text === undefined || file === undefined) return config;
  const shown = relative(options.cwd, file) || file;
  return { ...applyConfigFile(config, parseConfigText(text, shown)), file };
}

/** Parses and validates the text of a config file; `shown` names it in messages. */
export function parseConfigText(text: string, shown: string): ConfigFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    const at = lineCounter.linePos(error.pos[0]);
    throw new UserError(
      "config",
      `${shown}:${at.line}:${at.col}: invalid YAML: ${error.message.split("\n")[0]}`,
    );
  }
  const data = document.toJS() ?? {};
  const parsed = configSchema.safeParse(data);
  if (!parsed.success) throw new UserError("config", describeIssue(parsed.error.issues[0]!, shown, data));
  return parsed.data;
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
  if (path[0] === "artifacts")
    return path.length === 2
      ? KEYS_BY_LEVEL.artifacts
      : path.at(-1) === "rules"
        ? KEYS_BY_LEVEL.rules
        : undefined;
  if (path.at(-1) === "rules") return KEYS_BY_LEVEL.rules;
  return KEYS_BY_LEVEL[String(path[0])];
}

function describeIssue(issue: z.core.$ZodIssue, shown: string, data: unknown): string {
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0]!;
    const where = keyPath([...issue.path, key]);
    const suggestion = closest(key, allowedKeys(issue.path) ?? []);
    return `${shown}: unknown key \`${where}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ""}`;
  }
  const where = keyPath(issue.path) || "(top level)";
  if (issue.code === "invalid_key") {
    // Record keys: an unknown rule id under `rules:`.
    const key = String(issue.path.at(-1));
    const suggestion = closest(key, KEYS_BY_LEVEL.rules ?? []);
    return `${shown}: \`${where}\`: unknown rule \`${key}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ""}`;
  }
  const value = valueAt(data, issue.path);
  const got =
    value === undefined || issue.message.includes(String(value)) ? "" : ` (got ${JSON.stringify(value)})`;
  return `${shown}: \`${where}\`: ${friendly(issue)}${got}`;
}

function friendly(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => String(v)).join(", ")}`;
    case "too_big":
      return `must be at most ${String(issue.maximum)}`;
    case "too_small":
      return `must be at least ${String(issue.minimum)}`;
    default:
      return issue.message;
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
    artifacts: { ...base.artifacts, ...file.artifacts },
  };
}

function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
