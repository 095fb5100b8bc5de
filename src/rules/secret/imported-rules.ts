/**
 * Runs the rules of an imported gitleaks config over one file's text, as it streams.
 *
 * gitleaks rules are free-form regexes that may match anywhere, not from a keyword, so they
 * cannot use the families' prefilter; they run over a sliding window instead. Text is kept
 * until WINDOW chars are waiting, searched, and all but the last OVERLAP chars dropped; a
 * match that starts in the overlap is left for the next window, which sees it whole (matches
 * are assumed shorter than OVERLAP, like gitleaks' own line-oriented ones). Each rule runs
 * only on windows that hold one of its keywords. Memory stays at WINDOW + OVERLAP per file.
 */

import type {
  ImportedAllowlist,
  ImportedSecretRule,
  ImportedSecretRules,
  RegexSource,
} from "../../config/types.js";
import { ownString } from "../../core/own-string.js";
import { entropy } from "./placeholder.js";
import { countNewlines } from "./text.js";

export const WINDOW = 1024 * 1024;
export const OVERLAP = 16 * 1024;

export interface ImportedMatch {
  rule: ImportedSecretRule;
  /** The secret (the rule's secret group); never shown, only redacted. */
  value: string;
  /** 1-based; 0 for a rule that matched the file name. */
  line: number;
}

interface CompiledAllowlist {
  targetRules?: string[];
  condition: "OR" | "AND";
  regexTarget: ImportedAllowlist["regexTarget"];
  regexes: RegExp[];
  paths: RegExp[];
  stopwords: string[];
}

interface CompiledRule {
  rule: ImportedSecretRule;
  regex?: RegExp;
  path?: RegExp;
  allowlists: CompiledAllowlist[];
}

const compile = (regex: RegexSource, global = false) =>
  new RegExp(regex.source, regex.flags + (global ? "g" : ""));

function compileAllowlist(list: ImportedAllowlist): CompiledAllowlist {
  return {
    ...(list.targetRules ? { targetRules: list.targetRules } : {}),
    condition: list.condition,
    regexTarget: list.regexTarget,
    regexes: list.regexes.map((regex) => compile(regex)),
    paths: list.paths.map((regex) => compile(regex)),
    stopwords: list.stopwords,
  };
}

/** The imported rules, compiled once per scan. */
export class ImportedRules {
  private readonly rules: CompiledRule[];
  private readonly global: CompiledAllowlist[];

  constructor(readonly imported: ImportedSecretRules) {
    this.global = imported.allowlists.map(compileAllowlist);
    this.rules = imported.rules.map((rule) => ({
      rule,
      ...(rule.regex ? { regex: compile(rule.regex, true) } : {}),
      ...(rule.path ? { path: compile(rule.path) } : {}),
      allowlists: rule.allowlists.map(compileAllowlist),
    }));
  }

  /** A scanner for one file, or undefined when no rule applies to its path. */
  forFile(path: string): ImportedFileScanner | undefined {
    const applicable = this.rules.filter((rule) => !rule.path || rule.path.test(path));
    if (applicable.length === 0) return undefined;
    return new ImportedFileScanner(path, applicable, this.global);
  }
}

export class ImportedFileScanner {
  private window = "";
  /** Absolute offset of `window[0]`, and the newlines before it. */
  private windowStart = 0;
  private linesBefore = 0;
  /** Per rule: the absolute offset before which matches were already judged. */
  private readonly judgedUpTo = new Map<CompiledRule, number>();
  readonly matches: ImportedMatch[] = [];

  constructor(
    private readonly path: string,
    private readonly rules: CompiledRule[],
    private readonly global: CompiledAllowlist[],
  ) {
    // A rule with a path and no regex is about the file's name: it matched already.
    for (const rule of rules) {
      if (!rule.regex && !this.allowed(rule, { secret: "", match: "", line: "" }))
        this.matches.push({ rule: rule.rule, value: "", line: 0 });
    }
  }

  write(chunk: Buffer): void {
    this.window += chunk.toString("latin1");
    if (this.window.length >= WINDOW + OVERLAP) this.search(false);
  }

  end(): void {
    this.search(true);
  }

  private search(final: boolean): void {
    const limit = final ? Number.POSITIVE_INFINITY : this.window.length - OVERLAP;
    const lower = this.window.toLowerCase();
    for (const rule of this.rules) {
      if (!rule.regex) continue;
      if (rule.rule.keywords.length > 0 && !rule.rule.keywords.some((keyword) => lower.includes(keyword)))
        continue;
      const from = Math.max(0, (this.judgedUpTo.get(rule) ?? 0) - this.windowStart);
      rule.regex.lastIndex = from;
      let judgedTo = from;
      for (let match = rule.regex.exec(this.window); match; match = rule.regex.exec(this.window)) {
        if (match[0].length === 0) rule.regex.lastIndex++;
        if (match.index >= limit) break;
        judgedTo = match.index + Math.max(1, match[0].length);
        this.judge(rule, match);
      }
      this.judgedUpTo.set(rule, this.windowStart + (final ? this.window.length : Math.max(judgedTo, limit)));
    }
    if (final) return;
    const drop = this.window.length - OVERLAP;
    this.linesBefore += countNewlines(this.window, 0, drop);
    this.windowStart += drop;
    this.window = this.window.slice(drop);
  }

  private judge(rule: CompiledRule, match: RegExpExecArray): void {
    const value = secretOf(match, rule.rule.secretGroup);
    if (!value) return;
    if (rule.rule.entropy !== undefined && entropy(value) < rule.rule.entropy) return;
    const lineStart = this.window.lastIndexOf("\n", match.index - 1) + 1;
    const lineEnd = this.window.indexOf("\n", match.index + match[0].length);
    const line = this.window.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
    if (this.allowed(rule, { secret: value, match: match[0], line })) return;
    // A slice would keep the whole window alive for as long as the value lives.
    const copy = ownString(value);
    this.matches.push({
      rule: rule.rule,
      value: copy,
      line: this.linesBefore + countNewlines(this.window, 0, match.index) + 1,
    });
  }

  private allowed(rule: CompiledRule, targets: Record<CompiledAllowlist["regexTarget"], string>): boolean {
    return [...this.global, ...rule.allowlists].some((list) => {
      if (list.targetRules && !list.targetRules.includes(rule.rule.id)) return false;
      const checks: boolean[] = [];
      if (list.regexes.length > 0)
        checks.push(list.regexes.some((regex) => regex.test(targets[list.regexTarget])));
      if (list.paths.length > 0) checks.push(list.paths.some((regex) => regex.test(this.path)));
      if (list.stopwords.length > 0) {
        const secret = targets.secret.toLowerCase();
        checks.push(list.stopwords.some((word) => secret.includes(word)));
      }
      if (checks.length === 0) return false;
      return list.condition === "AND" ? checks.every(Boolean) : checks.some(Boolean);
    });
  }
}

/** The secret of a match: the rule's group, else the first non-empty group, else the match (as gitleaks). */
function secretOf(match: RegExpExecArray, group: number): string | undefined {
  if (group > 0) return match[group];
  for (let i = 1; i < match.length; i++) if (match[i]) return match[i];
  return match[0];
}
