/**
 * The README's rule table and secret family table are generated from the catalogue and the
 * family data (src/reporters/readme-tables.ts). This fails when the README drifts from them;
 * `UPDATE_README=1 npx vitest run test/docs` rewrites the generated parts.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULE_IDS } from "../../src/config/schema.js";
import { RULE_CATALOGUE } from "../../src/core/rule-catalogue.js";
import { README_TABLES } from "../../src/reporters/readme-tables.js";
import { SECRET_FAMILIES } from "../../src/rules/secret/patterns.js";

const README = join(import.meta.dirname, "../../README.md");
const source = (dir: string) => join(import.meta.dirname, "../../src", dir);

function markers(name: string): [string, string] {
  return [`<!-- generated:${name} -->`, `<!-- end generated:${name} -->`];
}

describe("README tables", () => {
  if (process.env.UPDATE_README) {
    let readme = readFileSync(README, "utf8");
    for (const [name, render] of Object.entries(README_TABLES)) {
      const [start, end] = markers(name);
      const from = readme.indexOf(start);
      const to = readme.indexOf(end);
      if (from === -1 || to === -1) throw new Error(`README has no ${start} … ${end}`);
      readme = `${readme.slice(0, from + start.length)}\n${render()}\n${readme.slice(to)}`;
    }
    writeFileSync(README, readme);
  }

  for (const [name, render] of Object.entries(README_TABLES)) {
    it(`holds the generated ${name} table (UPDATE_README=1 rewrites it)`, () => {
      const readme = readFileSync(README, "utf8");
      const [start, end] = markers(name);
      const from = readme.indexOf(start);
      const to = readme.indexOf(end);
      expect(from, start).toBeGreaterThan(-1);
      expect(readme.slice(from + start.length, to).trim()).toBe(render());
    });
  }

  it("lists every secret family with its severity", () => {
    const table = README_TABLES["secret-families"]!();
    for (const family of SECRET_FAMILIES) expect(table).toContain(`\`${family.id}\``);
  });
});

describe("rule catalogue", () => {
  it("is where the config's rule ids come from", () => {
    expect([...RULE_IDS]).toEqual(RULE_CATALOGUE.map((rule) => rule.id));
  });

  it("documents every finding code written anywhere in the source", () => {
    const grep = execFileSync("grep", ["-rhoE", 'ruleId: "[a-z-]+"', source("")], { encoding: "utf8" });
    const used = new Set([...grep.matchAll(/ruleId: "([a-z-]+)"/g)].map((m) => m[1]!));
    const known = new Set<string>(RULE_IDS);
    expect([...used].filter((id) => !known.has(id))).toEqual([]);
    expect(used.size).toBeGreaterThan(10);
  });
});
