/**
 * The built-in rules, in the order they run. Adding a rule: one file under src/rules/,
 * one line here, one entry in the rule catalogue (core/rule-catalogue.ts), which makes its
 * README row, SARIF descriptor and config id.
 */
import type { LeakgateConfig } from "../config/types.js";
import { createInternalPathRule } from "./internal-path.js";
import { createLargeFileRule } from "./large-file.js";
import type { Rule } from "./rule.js";
import { createThreadedSecretRule } from "./secret/threaded.js";
import { sourceMapRule } from "./source-map.js";

export interface RuleHooks {
  /** Receives raw secret values out of band (the action masks them with core.setSecret). */
  onSecret?: (value: string) => void;
}

export function createRules(config: LeakgateConfig, hooks: RuleHooks = {}): Rule[] {
  const rules: Rule[] = [
    createInternalPathRule(config),
    sourceMapRule,
    createThreadedSecretRule({
      genericEntropy: config.thresholds.genericSecretEntropy,
      ...(config.importedSecretRules ? { imported: config.importedSecretRules } : {}),
      ...(hooks.onSecret ? { onSecret: hooks.onSecret } : {}),
    }),
    createLargeFileRule(config.thresholds),
  ];
  return rules.filter((rule) => config.rules[rule.id] !== "off");
}
