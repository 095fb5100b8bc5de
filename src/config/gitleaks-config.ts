/**
 * Reads a gitleaks config (`.gitleaks.toml`) so an organisation's own secret rules apply to
 * its release artifacts too. Understood: `[[rules]]` with `id`, `description`, `regex`,
 * `secretGroup`, `entropy`, `keywords`, `path`, and allowlists at both levels (`[[allowlists]]`
 * and `[[rules.allowlists]]`, and the older single `[allowlist]` tables) with `regexes`,
 * `regexTarget`, `paths`, `stopwords` and `condition`; `[extend] path` loads a base config first.
 * Regexes are RE2 and are translated (re2.ts); a rule that cannot be translated stops the run
 * with the rule's id and the construct, rather than silently not applying.
 *
 * Not applied, and said so in the README: `[extend] useDefault` (leakgate's own families are
 * the built-in rules), `disabledRules`, allowlist `commits` (artifacts have no commits).
 * A top-level allowlist with `targetRules` applies to those rules only, as in gitleaks.
 */
import { readFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { parse, TomlError } from "smol-toml";
import { z } from "zod";
import { UserError } from "../core/errors.js";
import { Re2Error, translateRe2 } from "./re2.js";
import type { ImportedAllowlist, ImportedSecretRule, ImportedSecretRules, RegexSource } from "./types.js";

const allowlistSchema = z.looseObject({
  description: z.string().optional(),
  condition: z.enum(["OR", "AND", "or", "and"]).optional(),
  regexTarget: z.enum(["secret", "match", "line"]).optional(),
  regexes: z.array(z.string()).optional(),
  paths: z.array(z.string()).optional(),
  stopwords: z.array(z.string()).optional(),
  commits: z.array(z.string()).optional(),
  targetRules: z.array(z.string()).optional(),
});

const ruleSchema = z.looseObject({
  id: z.string().min(1),
  description: z.string().optional(),
  regex: z.string().min(1).optional(),
  secretGroup: z.number().int().min(0).optional(),
  entropy: z.number().min(0).optional(),
  keywords: z.array(z.string()).optional(),
  path: z.string().min(1).optional(),
  allowlist: allowlistSchema.optional(),
  allowlists: z.array(allowlistSchema).optional(),
});

const fileSchema = z.looseObject({
  extend: z
    .looseObject({
      path: z.string().optional(),
      useDefault: z.boolean().optional(),
      disabledRules: z.array(z.string()).optional(),
    })
    .optional(),
  rules: z.array(ruleSchema).optional(),
  allowlist: allowlistSchema.optional(),
  allowlists: z.array(allowlistSchema).optional(),
});

type GitleaksFile = z.infer<typeof fileSchema>;

/** Reads the gitleaks config at `path` (and what it extends); `shown` names it in messages. */
export async function loadGitleaksConfig(path: string, shown: string): Promise<ImportedSecretRules> {
  const chain = await readChain(path, shown, []);
  const rules = new Map<string, ImportedSecretRule>();
  const allowlists: ImportedAllowlist[] = [];
  // The base first: a rule of the extending file with the same id replaces the base's.
  for (const { file, name } of chain) {
    for (const list of [...(file.allowlist ? [file.allowlist] : []), ...(file.allowlists ?? [])])
      allowlists.push(compileAllowlist(list, `${name}: allowlist`));
    for (const rule of file.rules ?? []) rules.set(rule.id, compileRule(rule, name));
  }
  if (rules.size === 0) {
    const defaults = chain.some(({ file }) => file.extend?.useDefault);
    throw new UserError(
      "config",
      defaults
        ? `${shown}: no [[rules]] of its own; [extend] useDefault is not applied (leakgate's own secret families are its defaults), so there is nothing to add`
        : `${shown}: no [[rules]] in this gitleaks config`,
    );
  }
  return { file: shown, rules: [...rules.values()], allowlists };
}

async function readChain(
  path: string,
  shown: string,
  seen: string[],
): Promise<Array<{ file: GitleaksFile; name: string }>> {
  if (seen.includes(path)) throw new UserError("config", `${shown}: [extend] path makes a loop`);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? "not found" : (error as Error).message;
    throw new UserError("config", `${shown}: gitleaks config cannot be read (${reason})`);
  }
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    const where = error instanceof TomlError ? ` at line ${error.line}, column ${error.column}` : "";
    throw new UserError("config", `${shown}: not valid TOML${where}: ${firstLine((error as Error).message)}`);
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError("config", `${shown}: ${issue.path.join(".") || "(top)"}: ${issue.message}`);
  }
  const base = parsed.data.extend?.path;
  if (base === undefined) return [{ file: parsed.data, name: shown }];
  const basePath = resolve(dirname(path), base);
  const baseShown = relative(process.cwd(), basePath) || basePath;
  return [...(await readChain(basePath, baseShown, [...seen, path])), { file: parsed.data, name: shown }];
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.trim();
}

function translate(pattern: string, where: string): RegexSource {
  try {
    const translated = translateRe2(pattern);
    // Compile once here, so a pattern JavaScript rejects fails the run now, not mid-scan.
    new RegExp(translated.source, `${translated.flags}g`);
    return translated;
  } catch (error) {
    const reason =
      error instanceof Re2Error
        ? `${error.message} cannot be translated to JavaScript`
        : firstLine((error as Error).message);
    throw new UserError("config", `${where}: ${reason}`);
  }
}

function compileAllowlist(list: z.infer<typeof allowlistSchema>, where: string): ImportedAllowlist {
  return {
    condition: list.condition?.toUpperCase() === "AND" ? "AND" : "OR",
    regexTarget: list.regexTarget ?? "secret",
    regexes: (list.regexes ?? []).map((regex, i) => translate(regex, `${where} regexes[${i}]`)),
    paths: (list.paths ?? []).map((regex, i) => translate(regex, `${where} paths[${i}]`)),
    stopwords: (list.stopwords ?? []).map((word) => word.toLowerCase()),
    ...(list.targetRules ? { targetRules: list.targetRules } : {}),
  };
}

function compileRule(rule: z.infer<typeof ruleSchema>, file: string): ImportedSecretRule {
  const where = `${file}: rule ${rule.id}`;
  if (rule.regex === undefined && rule.path === undefined)
    throw new UserError("config", `${where}: a rule needs a regex, a path, or both`);
  const lists = [...(rule.allowlist ? [rule.allowlist] : []), ...(rule.allowlists ?? [])];
  const regex = rule.regex !== undefined ? translate(rule.regex, `${where} regex`) : undefined;
  if (regex && rule.secretGroup !== undefined) {
    const groups = new RegExp(`${regex.source}|`, regex.flags).exec("")!.length - 1;
    if (rule.secretGroup > groups)
      throw new UserError(
        "config",
        `${where}: secretGroup ${rule.secretGroup}, but the regex has ${groups} groups`,
      );
  }
  return {
    id: rule.id,
    description: rule.description ?? rule.id,
    ...(regex ? { regex } : {}),
    secretGroup: rule.secretGroup ?? 0,
    ...(rule.entropy !== undefined ? { entropy: rule.entropy } : {}),
    keywords: (rule.keywords ?? []).map((keyword) => keyword.toLowerCase()),
    ...(rule.path !== undefined ? { path: translate(rule.path, `${where} path`) } : {}),
    allowlists: lists.map((list) => compileAllowlist(list, `${where} allowlist`)),
  };
}
