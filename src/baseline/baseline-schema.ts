/**
 * The baseline file's schema (zod), loaded only when a baseline is read (baseline-file.ts):
 * building it and zod itself took a tenth of a second at start-up.
 */
import { z } from "zod";
import { BASELINE_VERSION } from "./baseline-file.js";

const entrySchema = z
  .object({
    /** The name pattern (content hashes and versions normalised, see engine/name-pattern.ts). */
    path: z.string().min(1),
    size: z.number().int().nonnegative(),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, "must be a hex sha256")
      .optional(),
    type: z.enum(["file", "symlink", "hardlink"]),
  })
  .strict();

const artifactSchema = z
  .object({
    identity: z.string().min(1),
    kind: z.enum([
      "directory",
      "npm-package",
      "npm-tarball",
      "tar",
      "zip",
      "7z",
      "gzip",
      "file",
      "git",
      "bucket",
      "xz",
      "zstd",
      "bzip2",
      "ar",
      "cpio",
      "rpm",
      "image",
    ]),
    totalBytes: z.number().int().nonnegative(),
    /**
     * npm artifacts: the package version recorded. `leakgate audit` checks that this version,
     * as the registry serves it, still has exactly these files.
     */
    version: z.string().min(1).optional(),
    /** Git destinations: the ref names the push sends (their targets change with every commit). */
    refs: z.array(z.string()).optional(),
    /** Container images: the layer digests recorded (entries are the final filesystem). */
    layers: z.array(z.string()).optional(),
    /** Where the artifact went when it was recorded: a new place is a finding of its own. */
    destinations: z.array(z.string()).optional(),
    entries: z.array(entrySchema),
  })
  .strict();

const acceptedSchema = z
  .object({
    /** A finding's fingerprint, as printed in reports. When given, it alone decides the match. */
    fingerprint: z
      .string()
      .regex(/^[0-9a-f]{32}$/, "must be a fingerprint from a report (32 hex characters)")
      .optional(),
    rule: z.string().min(1).optional(),
    /** A glob over finding paths (same matching as `allow`), tried on the real name and the pattern. */
    path: z.string().min(1).optional(),
    /** A glob over artifact identities (or ids). */
    artifact: z.string().min(1).optional(),
    /** What was accepted, in one line (redacted): the finding's message when it was accepted. */
    summary: z.string().min(1).optional(),
    /** The measure that was reviewed; the acceptance covers nothing worse (see reviewed-scope.ts). */
    scope: z
      .object({
        bytes: z.number().int().nonnegative().optional(),
        sources: z.number().int().nonnegative().optional(),
        roots: z.array(z.string()).optional(),
      })
      .strict()
      .optional(),
    reason: z.string().trim().min(1, "every accepted finding needs a reason"),
    /** The day it was accepted. */
    acceptedOn: z.iso.date("must be a date (YYYY-MM-DD)").optional(),
    /** The last day the acceptance holds. */
    expires: z.iso.date("must be a date (YYYY-MM-DD)").optional(),
  })
  .strict()
  .refine(
    (a) => a.fingerprint !== undefined || a.rule !== undefined,
    "needs a fingerprint, or a rule (with an optional path glob)",
  );

/** One egress step of the workflows (see inventory/): a new one is a finding. */
const egressSchema = z
  .object({
    file: z.string().min(1),
    job: z.string().min(1),
    tool: z.string().min(1),
    destination: z.string(),
  })
  .strict();

export const baselineSchema = z
  .object({
    version: z.literal(BASELINE_VERSION),
    artifacts: z.array(artifactSchema),
    accepted: z.array(acceptedSchema),
    egress: z.array(egressSchema).optional(),
  })
  .strict();

export type BaselineEntry = z.infer<typeof entrySchema>;
export type BaselineArtifact = z.infer<typeof artifactSchema>;
export type Acceptance = z.infer<typeof acceptedSchema>;
export type Baseline = z.infer<typeof baselineSchema>;
export type EgressRecord = z.infer<typeof egressSchema>;
