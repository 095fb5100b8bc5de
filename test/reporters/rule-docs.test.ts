import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULE_IDS } from "../../src/config/schema.js";
import { helpUri, RULE_DOCS, ruleAnchor, ruleDoc } from "../../src/reporters/rule-docs.js";

const repo = join(import.meta.dirname, "../..");

describe("rule catalogue", () => {
  it("documents every finding code that leakgate reports", () => {
    // One list of rule ids (the config's): every one is documented, and nothing else is.
    expect(RULE_DOCS.map((doc) => doc.id).sort()).toEqual([...RULE_IDS].sort());
  });

  it("links every rule to an anchor that exists in the README", async () => {
    const readme = await readFile(join(repo, "README.md"), "utf8");
    for (const doc of RULE_DOCS) {
      expect(helpUri(doc.id)).toBe(`https://github.com/leakgate/leakgate#rule-${doc.id}`);
      expect(readme, doc.id).toContain(`<a id="${ruleAnchor(doc.id)}"></a>`);
    }
  });

  it("gives each rule a PascalCase name that is not its id", () => {
    for (const doc of RULE_DOCS) {
      expect(doc.name).toMatch(/^[A-Z][A-Za-z]+$/);
      // SARIF1001: a name equal to the id (ignoring case) is rejected by the validator.
      expect(doc.name.toLowerCase()).not.toBe(doc.id.toLowerCase());
      expect(doc.summary).toMatch(/\.$/);
      expect(doc.fix).toMatch(/\.$/);
    }
  });

  it("still describes a code it does not know", () => {
    expect(ruleDoc("my-rule")).toMatchObject({ id: "my-rule", title: "my-rule", name: "Rule_my_rule" });
  });
});
