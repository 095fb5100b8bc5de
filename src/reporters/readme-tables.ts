/**
 * The README's generated tables: the rule table from the rule catalogue, and the secret
 * families from the secret rule's family data. The README holds them between
 * `<!-- generated:NAME -->` and `<!-- end generated:NAME -->`; a test fails when they
 * differ from what is rendered here, and `UPDATE_README=1 npx vitest run test/docs` rewrites them.
 */
import { RULE_CATALOGUE } from "../core/rule-catalogue.js";
import type { SecretFamily } from "../rules/secret/family.js";
import { SECRET_FAMILIES } from "../rules/secret/patterns.js";
import { ruleAnchor } from "./rule-docs.js";

/** `| a | b |` with pipes in cells escaped. */
function row(cells: readonly string[]): string {
  return `| ${cells.map((cell) => cell.replace(/\|/g, "\\|")).join(" | ")} |`;
}

export function ruleTable(): string {
  const lines = [
    row(["rule", "what it catches", "default severity", "how to fix"]),
    "| --- | --- | --- | --- |",
  ];
  for (const rule of RULE_CATALOGUE) {
    rule.readme.forEach((entry, index) => {
      const name = index === 0 ? `<a id="${ruleAnchor(rule.id)}"></a>\`${rule.id}\`` : "";
      lines.push(row([name, entry.catches, entry.severity, "fix" in entry ? entry.fix : ""]));
    });
  }
  return lines.join("\n");
}

function severityText(family: SecretFamily): string {
  return family.gradedWhen ? `${family.severity}; warning ${family.gradedWhen}` : family.severity;
}

export function secretFamilyTable(): string {
  const families = [...SECRET_FAMILIES].sort(
    (a, b) => (a.provider ?? "").localeCompare(b.provider ?? "") || a.id.localeCompare(b.id),
  );
  const lines = [row(["provider", "family", "what", "severity"]), "| --- | --- | --- | --- |"];
  for (const family of families)
    lines.push(row([family.provider ?? "(any)", `\`${family.id}\``, family.title, severityText(family)]));
  return lines.join("\n");
}

/** Every generated table, by the name its README markers use. */
export const README_TABLES: Record<string, () => string> = {
  rules: ruleTable,
  "secret-families": secretFamilyTable,
};
