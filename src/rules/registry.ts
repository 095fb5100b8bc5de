/**
 * The built-in rules, in the order they run. Adding a rule: one file under src/rules/,
 * one line here, one row in the README's rule table.
 */
import type { LeakgateConfig } from "../config/types.js";
import { createInternalPathRule } from "./internal-path.js";
import { createLargeFileRule } from "./large-file.js";
import type { Rule } from "./rule.js";
import { createSecretRule } from "./secret.js";
import { sourceMapRule } from "./source-map.js";

export interface RuleHooks {
  /** Receives raw secret values out of band (the action masks them with core.setSecret). */
  onSecret?: (value: string) => void;
}

/**
 * Findings the engine itself raises while reading (not rules, but configurable the same way).
 */
export const ENGINE_FINDINGS = {
  "archive-limit": "A safety limit (size, entries, depth, compression ratio) stopped the scan.",
  "suspicious-path": "An entry name or link escapes the archive (`..`, absolute, backslash, NUL).",
  "archive-unreadable": "A nested archive is corrupt or cannot be read, so its contents were not checked.",
  "unscanned-archive": "An archive in a format leakgate does not open (xz, zstd, bzip2, 7z, rar).",
} as const;

export function createRules(config: LeakgateConfig, hooks: RuleHooks = {}): Rule[] {
  const rules: Rule[] = [
    createInternalPathRule(config),
    sourceMapRule,
    createSecretRule({
      genericEntropy: config.thresholds.genericSecretEntropy,
      ...(hooks.onSecret ? { onSecret: hooks.onSecret } : {}),
    }),
    createLargeFileRule(config.thresholds),
  ];
  return rules.filter((rule) => config.rules[rule.id] !== "off");
}
