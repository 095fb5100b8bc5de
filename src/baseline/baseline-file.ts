/**
 * The committed baseline: what each artifact is supposed to contain, and which findings
 * were accepted and why. Deterministic by construction (sorted artifacts, entries and keys,
 * two-space JSON, a trailing newline, no timestamps), so that it diffs cleanly in review
 * and `write → read → write` is byte-identical.
 */
import { readFile, writeFile } from "node:fs/promises";
import { z } from "zod";
import { UserError } from "../errors.js";

export const BASELINE_VERSION = 1;

const entrySchema = z
  .object({
    /** The name pattern (content hashes and versions normalised, see name-pattern.ts). */
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
    kind: z.enum(["directory", "npm-package", "npm-tarball", "tar", "zip", "gzip", "file"]),
    totalBytes: z.number().int().nonnegative(),
    entries: z.array(entrySchema),
  })
  .strict();

const acceptedSchema = z
  .object({
    fingerprint: z.string().min(1).optional(),
    rule: z.string().min(1).optional(),
    /** A glob over finding paths (same matching as `allow`). */
    path: z.string().min(1).optional(),
    /** A glob over artifact identities. */
    artifact: z.string().min(1).optional(),
    reason: z.string().trim().min(1, "every accepted finding needs a reason"),
    expires: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date (YYYY-MM-DD)")
      .optional(),
  })
  .strict()
  .refine(
    (a) => a.fingerprint !== undefined || a.rule !== undefined,
    "needs a fingerprint, or a rule (with an optional path glob)",
  );

const baselineSchema = z
  .object({
    version: z.literal(BASELINE_VERSION),
    artifacts: z.array(artifactSchema),
    accepted: z.array(acceptedSchema),
  })
  .strict();

export type BaselineEntry = z.infer<typeof entrySchema>;
export type BaselineArtifact = z.infer<typeof artifactSchema>;
export type Acceptance = z.infer<typeof acceptedSchema>;
export type Baseline = z.infer<typeof baselineSchema>;

export function emptyBaseline(): Baseline {
  return { version: BASELINE_VERSION, artifacts: [], accepted: [] };
}

/** Parses baseline text; every problem is a `baseline` error naming the file and the reason. */
export function parseBaseline(text: string, file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError("baseline", `${file}: not valid JSON (${(error as Error).message})`);
  }
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version === "number" && version > BASELINE_VERSION) {
    throw new UserError(
      "baseline",
      `${file}: written by a newer leakgate (format ${version}); this leakgate reads format ${BASELINE_VERSION}. Upgrade leakgate.`,
    );
  }
  const parsed = baselineSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path
      .map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`))
      .join("")
      .replace(/^\./, "");
    const what = issue.code === "unrecognized_keys" ? `unknown key \`${issue.keys[0]}\`` : issue.message;
    throw new UserError("baseline", `${file}: ${where ? `\`${where}\`: ` : ""}${what}`);
  }
  const seen = new Set<string>();
  for (const artifact of parsed.data.artifacts) {
    if (seen.has(artifact.identity)) {
      throw new UserError("baseline", `${file}: artifact "${artifact.identity}" is listed twice`);
    }
    seen.add(artifact.identity);
  }
  return parsed.data;
}

export async function readBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      "baseline",
      `${file}: ${code === "ENOENT" ? "baseline file not found" : `cannot be read (${code})`}`,
    );
  }
  return parseBaseline(text, file);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorted, with keys in a fixed order: the one canonical form of a baseline. */
export function canonicalBaseline(baseline: Baseline): Baseline {
  return {
    version: BASELINE_VERSION,
    artifacts: [...baseline.artifacts]
      .sort((a, b) => compare(a.identity, b.identity))
      .map((artifact) => ({
        identity: artifact.identity,
        kind: artifact.kind,
        totalBytes: artifact.totalBytes,
        entries: [...artifact.entries]
          .sort(
            (a, b) => compare(a.path, b.path) || a.size - b.size || compare(a.sha256 ?? "", b.sha256 ?? ""),
          )
          .map((entry) => ({
            path: entry.path,
            size: entry.size,
            ...(entry.sha256 ? { sha256: entry.sha256 } : {}),
            type: entry.type,
          })),
      })),
    accepted: [...baseline.accepted]
      .sort(
        (a, b) =>
          compare(a.fingerprint ?? a.rule ?? "", b.fingerprint ?? b.rule ?? "") ||
          compare(a.path ?? "", b.path ?? ""),
      )
      .map((a) => ({
        ...(a.fingerprint ? { fingerprint: a.fingerprint } : {}),
        ...(a.rule ? { rule: a.rule } : {}),
        ...(a.artifact ? { artifact: a.artifact } : {}),
        ...(a.path ? { path: a.path } : {}),
        reason: a.reason.trim(),
        ...(a.expires ? { expires: a.expires } : {}),
      })),
  };
}

export function serialiseBaseline(baseline: Baseline): string {
  return `${JSON.stringify(canonicalBaseline(baseline), null, 2)}\n`;
}

export async function writeBaseline(file: string, baseline: Baseline): Promise<void> {
  await writeFile(file, serialiseBaseline(baseline));
}
