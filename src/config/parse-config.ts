/**
 * The text of a config file to validated settings: YAML parsed with `yaml`, checked with the
 * zod schema (schema.ts), every problem a config error naming the file, the key path and,
 * for unknown keys, the key that was probably meant. Loaded by load.ts only when a config
 * exists, so a scan without one starts without the parser and zod.
 */
import { type Alias, type Document, LineCounter, parseDocument, visit } from "yaml";
import type { z } from "zod";
import { UserError } from "../core/errors.js";
import { type ConfigFile, configSchema, KEYS_BY_LEVEL } from "./schema.js";
import { closest } from "./suggest.js";

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
