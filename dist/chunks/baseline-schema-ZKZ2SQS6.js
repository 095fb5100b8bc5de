import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  BASELINE_VERSION
} from "./chunk-SNNHJUXT.js";
import {
  external_exports
} from "./chunk-K53HLVEB.js";
import "./chunk-IOKVKF7I.js";
import "./chunk-7IC7CSNP.js";

// src/baseline/baseline-schema.ts
var entrySchema = external_exports.object({
  /** The name pattern (content hashes and versions normalised, see engine/name-pattern.ts). */
  path: external_exports.string().min(1),
  size: external_exports.number().int().nonnegative(),
  sha256: external_exports.string().regex(/^[0-9a-f]{64}$/, "must be a hex sha256").optional(),
  type: external_exports.enum(["file", "symlink", "hardlink"])
}).strict();
var artifactSchema = external_exports.object({
  identity: external_exports.string().min(1),
  kind: external_exports.enum([
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
    "image"
  ]),
  totalBytes: external_exports.number().int().nonnegative(),
  /**
   * npm artifacts: the package version recorded. `leakgate audit` checks that this version,
   * as the registry serves it, still has exactly these files.
   */
  version: external_exports.string().min(1).optional(),
  /** Git destinations: the ref names the push sends (their targets change with every commit). */
  refs: external_exports.array(external_exports.string()).optional(),
  /** Container images: the layer digests recorded (entries are the final filesystem). */
  layers: external_exports.array(external_exports.string()).optional(),
  /** Where the artifact went when it was recorded: a new place is a finding of its own. */
  destinations: external_exports.array(external_exports.string()).optional(),
  entries: external_exports.array(entrySchema)
}).strict();
var acceptedSchema = external_exports.object({
  /** A finding's fingerprint, as printed in reports. When given, it alone decides the match. */
  fingerprint: external_exports.string().regex(/^[0-9a-f]{32}$/, "must be a fingerprint from a report (32 hex characters)").optional(),
  rule: external_exports.string().min(1).optional(),
  /** A glob over finding paths (same matching as `allow`), tried on the real name and the pattern. */
  path: external_exports.string().min(1).optional(),
  /** A glob over artifact identities (or ids). */
  artifact: external_exports.string().min(1).optional(),
  /** What was accepted, in one line (redacted): the finding's message when it was accepted. */
  summary: external_exports.string().min(1).optional(),
  /** The measure that was reviewed; the acceptance covers nothing worse (see reviewed-scope.ts). */
  scope: external_exports.object({
    bytes: external_exports.number().int().nonnegative().optional(),
    sources: external_exports.number().int().nonnegative().optional(),
    roots: external_exports.array(external_exports.string()).optional()
  }).strict().optional(),
  reason: external_exports.string().trim().min(1, "every accepted finding needs a reason"),
  /** The day it was accepted. */
  acceptedOn: external_exports.iso.date("must be a date (YYYY-MM-DD)").optional(),
  /** The last day the acceptance holds. */
  expires: external_exports.iso.date("must be a date (YYYY-MM-DD)").optional()
}).strict().refine(
  (a) => a.fingerprint !== void 0 || a.rule !== void 0,
  "needs a fingerprint, or a rule (with an optional path glob)"
);
var egressSchema = external_exports.object({
  file: external_exports.string().min(1),
  job: external_exports.string().min(1),
  tool: external_exports.string().min(1),
  destination: external_exports.string()
}).strict();
var baselineSchema = external_exports.object({
  version: external_exports.literal(BASELINE_VERSION),
  artifacts: external_exports.array(artifactSchema),
  accepted: external_exports.array(acceptedSchema),
  egress: external_exports.array(egressSchema).optional()
}).strict();
export {
  baselineSchema
};
