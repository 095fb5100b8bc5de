/**
 * Looking rules up in the catalogue (core/rule-catalogue.ts) for reporters: a description for
 * any id, and where the README explains it.
 */
import { DOCS_URL, RULE_CATALOGUE, type RuleDoc } from "../core/rule-catalogue.js";

export type { RuleDoc } from "../core/rule-catalogue.js";
export { DOCS_URL } from "../core/rule-catalogue.js";
/** The catalogue, in its order (SARIF rule indexes follow it). */
export const RULE_DOCS: readonly RuleDoc[] = RULE_CATALOGUE;

const BY_ID = new Map<string, RuleDoc>(RULE_DOCS.map((doc) => [doc.id, doc]));

/** The documentation of a rule; a code this list does not know still gets a usable entry. */
export function ruleDoc(id: string): RuleDoc {
  return (
    BY_ID.get(id) ?? {
      id,
      name: `Rule_${id.replace(/[^A-Za-z0-9]+/g, "_")}`,
      title: id,
      summary: `Findings of the rule ${id}.`,
      fix: "See the finding's own fix.",
      defaultSeverity: "warning",
      tags: [],
      securitySeverity: 4.0,
      cwe: [],
      precision: "medium",
      readme: [],
    }
  );
}

/** The README anchor of a rule (`rule-<id>`), as written in the rule table. */
export function ruleAnchor(id: string): string {
  return `rule-${id}`;
}

/** Where a rule is explained: `https://github.com/leakgate/leakgate#rule-<id>`. */
export function helpUri(id: string): string {
  return `${DOCS_URL}#${ruleAnchor(id)}`;
}
