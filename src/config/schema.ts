/**
 * The schema of `.leakgate.yml`, in zod: one definition gives validation with key paths,
 * TypeScript types, and the JSON Schema shipped for editors (see json-schema.ts).
 * Objects are strict: an unknown key is an error (with a "did you mean" suggestion),
 * because a misspelt `alow:` that silently does nothing is worse than a failed job.
 *
 * Messages written here (`"a glob cannot be empty"`) win over the generic ones that
 * load.ts supplies for wrong types and ranges.
 */
import picomatch from "picomatch";
import { z } from "zod";
import { RULE_IDS } from "../core/rule-catalogue.js";
import { parseSize, SIZE_EXAMPLES, SIZE_PATTERN } from "./sizes.js";

/** Every rule id a config may name: the catalogue's. */
export { RULE_IDS } from "../core/rule-catalogue.js";

/** Why a glob cannot be used, or undefined when it can. */
export function globProblem(value: string, absoluteOk = false): string | undefined {
  if (value.trim() === "") return "a glob cannot be empty";
  // Paths inside artifacts are always relative, so an absolute glob could never match.
  if (!absoluteOk && /^([A-Za-z]:)?[\\/]/.test(value))
    return "globs are relative to the artifact root; drop the leading / (or drive letter)";
  try {
    // picomatch answers a glob it cannot compile (`[z-a]`) with a regex that matches nothing.
    if (picomatch.makeRe(value, { strictBrackets: true }).source === "$^") {
      return "not a valid glob (a character range written backwards, like [z-a]?)";
    }
    return undefined;
  } catch {
    return "not a valid glob (unbalanced bracket, brace or parenthesis?)";
  }
}

const glob = z
  .string()
  .min(1, "a glob cannot be empty")
  .superRefine((value, context) => {
    const problem = globProblem(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  })
  .describe(
    "A picomatch glob, relative to the artifact root. Without a slash it matches a file name anywhere.",
  );

/** The same words as parseSize's, so the message does not depend on which check caught it. */
function sizeStringError(issue: { input?: unknown }): string {
  return `${JSON.stringify(issue.input)} is not a size (examples: ${SIZE_EXAMPLES})`;
}

const size = z
  .union([z.number().nonnegative(), z.string().regex(new RegExp(SIZE_PATTERN), { error: sizeStringError })], {
    error: `expected a size: a number of bytes or a string such as ${SIZE_EXAMPLES}`,
  })
  .transform((value, context) => {
    try {
      return parseSize(value);
    } catch (error) {
      context.addIssue({ code: "custom", message: (error as Error).message });
      return z.NEVER;
    }
  })
  .describe(
    "A size: a number of bytes, or a string with a unit: B; KB, MB, GB, TB (powers of 1000); KiB, MiB, GiB, TiB or k, M, G, T (powers of 1024). Examples: 10 MiB, 512KiB, 1.5 GB, 200k.",
  );

const severity = z
  .enum(["error", "warning", "note", "off"])
  .describe("error blocks the release; warning and note inform; off drops the rule's findings.");

const ruleSettings = z
  .partialRecord(z.enum(RULE_IDS), severity)
  .describe("Severity per rule id: error, warning, note, or off.");

const overrides = z
  .object({
    internal: z.array(glob).optional().describe("More paths that must never ship, for these artifacts."),
    allow: z.array(glob).optional().describe("More paths exempt from every finding, for these artifacts."),
    rules: ruleSettings.optional(),
  })
  .strict();

const thresholdsSchema = z
  .object({
    maxFileSize: size.optional().describe("large-file: a single file over this size warns. Default 10 MiB."),
    newFileSize: size
      .optional()
      .describe("unexpected-large-file: a new file of this size or more blocks. Default 1 MiB."),
    growthBytes: size
      .optional()
      .describe("file-growth: a file must also grow by more than this many bytes. Default 512 KiB."),
    growthFactor: z
      .number()
      .gt(1)
      .optional()
      .describe("file-growth: a file grown by more than this factor … Default 2."),
    totalGrowth: z
      .number()
      .positive()
      .optional()
      .describe("artifact-growth: the artifact grown by more than this fraction (0.5 = 50%). Default 0.5."),
    genericSecretEntropy: z
      .number()
      .min(0)
      .max(8)
      .optional()
      .describe(
        "secret: minimum entropy (bits per character) of a generic password/token value. Default 3.5.",
      ),
  })
  .strict();

const limitsSchema = z
  .object({
    maxTotalBytes: size
      .optional()
      .describe("Uncompressed bytes per artifact, nested entries included. Default 8 GiB."),
    maxEntries: z
      .number()
      .int()
      .positive()
      .optional()
      .describe("Entries per artifact, nested ones included. Default 50000."),
    maxDepth: z
      .number()
      .int()
      .min(0)
      .max(16)
      .optional()
      .describe("How many levels of nested archives are opened. Default 4."),
    maxCompressionRatio: z
      .number()
      .gt(1)
      .optional()
      .describe("Largest uncompressed/compressed ratio of one entry. Default 200."),
    ratioGraceBytes: size
      .optional()
      .describe("The ratio is judged only once this much has come out. Default 1 MiB."),
  })
  .strict();

/** A key under `artifacts:`: a glob over artifact ids (which may be absolute paths) or identities. */
const artifactKey = z.string().superRefine((value, context) => {
  const problem = value.trim() === "" ? "an artifact glob cannot be empty" : globProblem(value, true);
  if (problem) context.addIssue({ code: "custom", message: problem });
});

export const configSchema = z
  .object({
    $schema: z.string().optional().describe("Where editors find this schema; ignored by leakgate."),
    internal: z
      .array(glob)
      .optional()
      .describe("Paths that must never ship: each match is an internal-path error."),
    allow: z
      .array(glob)
      .optional()
      .describe("Paths exempt from every finding (test fixtures, public keys, …)."),
    rules: ruleSettings.optional(),
    thresholds: thresholdsSchema.optional().describe("Size and growth thresholds."),
    limits: limitsSchema
      .optional()
      .describe("Safety limits against hostile or runaway archives (archive-limit)."),
    strict: z
      .boolean()
      .optional()
      .describe("Unexpected new files (baseline) block the release. Default false."),
    failOn: z
      .enum(["error", "warning", "never"])
      .optional()
      .describe("Which findings fail the job: error (default), warning (and errors), or never."),
    gitleaksConfig: z
      .string()
      .min(1)
      .optional()
      .describe(
        "A gitleaks config (.gitleaks.toml), relative to this file: its [[rules]] also apply to file contents, as secret findings.",
      ),
    internalRefs: z
      .array(glob)
      .optional()
      .describe(
        "git destinations: refs that must never be pushed (internal-ref). Replaces the defaults: refs/remotes/**, refs/stash, refs/pull/**, refs/original/**, refs/heads/{internal,private,security,wip}/**.",
      ),
    organisation: z
      .object({
        owners: z
          .array(z.string().min(1))
          .optional()
          .describe(
            "Owners (GitHub organisations, npm scopes, bucket prefixes) that are the organisation. Default: the repository's owner.",
          ),
        inside: z
          .array(z.string().min(1))
          .optional()
          .describe(
            "Destinations that are the organisation's, as globs (s3://acme-*, npm:npm.acme.dev/**, ghcr.io/acme/*).",
          ),
        internal: z
          .array(z.string().min(1))
          .optional()
          .describe(
            "Destinations that are private to the organisation: internal-path findings going there are notes.",
          ),
      })
      .strict()
      .optional()
      .describe("Who the organisation is: a destination outside it is destination-outside-org."),
    artifacts: z
      .record(artifactKey, overrides)
      .optional()
      .describe("Settings per artifact, keyed by a glob over artifact ids or identities (npm:@acme/*)."),
  })
  .strict();

export type ConfigFile = z.output<typeof configSchema>;

/** The keys allowed at each level, for "did you mean" suggestions. */
export const KEYS_BY_LEVEL: Record<string, readonly string[]> = {
  "": Object.keys(configSchema.shape),
  thresholds: Object.keys(thresholdsSchema.shape),
  limits: Object.keys(limitsSchema.shape),
  artifacts: Object.keys(overrides.shape),
  rules: RULE_IDS,
};
