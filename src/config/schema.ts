/**
 * The schema of `.leakgate.yml`, in zod: one definition gives validation with key paths,
 * TypeScript types, and the JSON Schema shipped for editors (schema/leakgate.schema.json).
 * Objects are strict: an unknown key is an error (with a "did you mean" suggestion),
 * because a misspelt `alow:` that silently does nothing is worse than a failed job.
 */
import picomatch from "picomatch";
import { z } from "zod";
import { parseSize } from "./sizes.js";

/** Every rule id a config may name. */
export const RULE_IDS = [
  "internal-path",
  "source-map",
  "secret",
  "large-file",
  "archive-limit",
  "suspicious-path",
  "archive-unreadable",
  "unscanned-archive",
  "unexpected-file",
  "unexpected-large-file",
  "file-growth",
  "artifact-growth",
] as const;

const glob = z
  .string()
  .min(1, "a glob cannot be empty")
  .refine((value) => !value.startsWith("/"), "globs are relative to the artifact root; drop the leading /")
  .refine((value) => {
    try {
      picomatch.makeRe(value, { strictBrackets: true });
      return true;
    } catch {
      return false;
    }
  }, "not a valid glob")
  .describe("A picomatch glob. Without a slash it matches a file name anywhere.");

const size = z
  .union([z.number().nonnegative(), z.string()])
  .transform((value, context) => {
    try {
      return parseSize(value);
    } catch (error) {
      context.addIssue({ code: "custom", message: (error as Error).message });
      return z.NEVER;
    }
  })
  .describe("A size: bytes, or a string such as 10 MiB, 512KiB, 1.5 GB, 200k.");

const severity = z.enum(["error", "warning", "note", "off"]);

const ruleSettings = z
  .partialRecord(z.enum(RULE_IDS), severity)
  .describe("Severity per rule id (error, warning, note) or off.");

const overrides = z
  .object({
    internal: z.array(glob).optional(),
    allow: z.array(glob).optional(),
    rules: ruleSettings.optional(),
  })
  .strict();

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    internal: z.array(glob).optional().describe("Paths that must never ship (errors)."),
    allow: z.array(glob).optional().describe("Paths exempt from every finding."),
    rules: ruleSettings.optional(),
    thresholds: z
      .object({
        maxFileSize: size.optional(),
        newFileSize: size.optional(),
        growthBytes: size.optional(),
        growthFactor: z.number().gt(1).optional(),
        totalGrowth: z.number().positive().optional(),
        genericSecretEntropy: z.number().min(0).max(8).optional(),
      })
      .strict()
      .optional(),
    limits: z
      .object({
        maxTotalBytes: size.optional(),
        maxEntries: z.number().int().positive().optional(),
        maxDepth: z.number().int().min(0).max(16).optional(),
        maxCompressionRatio: z.number().gt(1).optional(),
        ratioGraceBytes: size.optional(),
      })
      .strict()
      .optional(),
    strict: z.boolean().optional().describe("Unexpected new files block the release."),
    failOn: z.enum(["error", "warning", "never"]).optional(),
    artifacts: z
      .record(z.string().min(1), overrides)
      .optional()
      .describe("Settings per artifact, keyed by a glob over artifact ids."),
  })
  .strict();

export type ConfigFile = z.output<typeof configSchema>;

/** The keys allowed at each level, for "did you mean" suggestions. */
export const KEYS_BY_LEVEL: Record<string, readonly string[]> = {
  "": Object.keys(configSchema.shape),
  thresholds: [
    "maxFileSize",
    "newFileSize",
    "growthBytes",
    "growthFactor",
    "totalGrowth",
    "genericSecretEntropy",
  ],
  limits: ["maxTotalBytes", "maxEntries", "maxDepth", "maxCompressionRatio", "ratioGraceBytes"],
  artifacts: ["internal", "allow", "rules"],
  rules: RULE_IDS,
};

/** JSON Schema for editors (`# yaml-language-server: $schema=…`). */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configSchema, { io: "input", unrepresentable: "any" }),
    $id: "https://github.com/leakgate/leakgate/schema/leakgate.schema.json",
    title: "leakgate configuration (.leakgate.yml)",
  };
}
