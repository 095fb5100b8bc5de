import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { configJsonSchema, configJsonSchemaText, JSON_SCHEMA_PATH } from "../../src/config/json-schema.js";

const root = join(import.meta.dirname, "../..");

function validator() {
  return new Ajv2020({ allErrors: true, strict: false }).compile(configJsonSchema());
}

describe("JSON Schema for editors", () => {
  it("schema/leakgate.schema.json is what the code generates (UPDATE_GOLDEN=1 npx vitest run test/config rewrites it)", async () => {
    const path = join(root, JSON_SCHEMA_PATH);
    const fresh = configJsonSchemaText();
    if (process.env.UPDATE_GOLDEN) await writeFile(path, fresh);
    expect(await readFile(path, "utf8")).toBe(fresh);
  });

  it("has a title and a description, and names every top-level key", () => {
    const schema = configJsonSchema() as {
      title: string;
      description: string;
      properties: Record<string, unknown>;
      additionalProperties: unknown;
    };
    expect(schema.title).toContain(".leakgate.yml");
    expect(schema.description).toMatch(/leakgate/);
    expect(Object.keys(schema.properties).sort()).toEqual(
      [
        "$schema",
        "allow",
        "artifacts",
        "failOn",
        "gitleaksConfig",
        "internal",
        "internalRefs",
        "limits",
        "organisation",
        "rules",
        "strict",
        "thresholds",
      ].sort(),
    );
    expect(schema.additionalProperties).toBe(false);
  });

  it("an editor accepts the full example config, sizes written with units included", async () => {
    const validate = validator();
    const full = parse(await readFile(join(import.meta.dirname, "valid/full.yml"), "utf8"));
    expect(validate(full), JSON.stringify(validate.errors)).toBe(true);
  });

  it("an editor flags unknown keys, unknown rule ids and bad enum values too", () => {
    const validate = validator();
    expect(validate({ alow: [] })).toBe(false);
    expect(validate({ rules: { secrets: "off" } })).toBe(false);
    expect(validate({ failOn: "sometimes" })).toBe(false);
    expect(validate({ thresholds: { maxFileSize: true } })).toBe(false);
    expect(validate({ thresholds: { maxFileSize: "ten megs" } })).toBe(false);
    expect(validate({ thresholds: { maxFileSize: "1.5 gb" } })).toBe(true);
    expect(validate({ allow: [""] })).toBe(false);
  });
});
