/**
 * The JSON Schema of `.leakgate.yml`, generated from the zod schema so the two cannot
 * disagree. It is committed as schema/leakgate.schema.json (shipped in the npm package for
 * editors: `# yaml-language-server: $schema=./node_modules/leakgate/schema/leakgate.schema.json`);
 * test/config/json-schema.test.ts fails when the committed file is stale, and
 * `UPDATE_GOLDEN=1 npx vitest run test/config` rewrites it.
 */
import { z } from "zod";
import { configSchema } from "./schema.js";

/** Where the committed schema lives, relative to the repository root. */
export const JSON_SCHEMA_PATH = "schema/leakgate.schema.json";

/** The JSON Schema (draft 2020-12) describing what a config file may contain, before sizes are parsed. */
export function configJsonSchema(): Record<string, unknown> {
  // `io: "input"`: the file holds what users write ("10 MiB"), not the parsed byte counts.
  const generated = z.toJSONSchema(configSchema, { io: "input", unrepresentable: "any" });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: "https://github.com/leakgate/leakgate/schema/leakgate.schema.json",
    title: "leakgate configuration (.leakgate.yml)",
    description:
      "Configuration of leakgate, the release gate that lists what would leave and applies leak rules. Every key is optional; unknown keys are errors.",
    ...rest,
  };
}

/** The committed file's exact text: two-space JSON with a trailing newline. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
