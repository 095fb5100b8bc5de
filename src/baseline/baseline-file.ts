/**
 * The committed baseline: what each artifact is supposed to contain, and which findings
 * were accepted and why.
 *
 * Deterministic by construction, so it diffs cleanly in review and `write → read → write`
 * is byte-identical: artifacts sorted by identity, entries by pattern (then size and
 * sha256), keys in a fixed order, two-space indentation with **one entry or acceptance per
 * line** (a new file in the release is one new line in the pull request), a trailing
 * newline, and no timestamps.
 *
 * Entries record the name *pattern* only (`assets/index-[hash].js`), not the real name of
 * the build that was recorded: the real name changes on every build, and storing it would
 * churn the file for nothing. Reports show the real name of the build being checked.
 */

import { readFile, writeFile } from "node:fs/promises";
import type { z } from "zod";
import { UserError } from "../core/errors.js";
import { shellWord } from "../core/shell.js";
import type { Acceptance, Baseline } from "./baseline-schema.js";
import { locateJsonError } from "./json-error.js";

export const BASELINE_VERSION = 1;
export type {
  Acceptance,
  Baseline,
  BaselineArtifact,
  BaselineEntry,
  EgressRecord,
} from "./baseline-schema.js";

/**
 * A real calendar day as YYYY-MM-DD: 2023-02-29 and 2026-04-31 are not. The same days as the
 * schema's `z.iso.date()` (a property test holds them together), without loading zod: the
 * acceptance command checks a date before anything else needs a schema.
 */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
}

export function emptyBaseline(): Baseline {
  return { version: BASELINE_VERSION, artifacts: [], accepted: [] };
}

/**
 * Parses baseline text; every problem is a `baseline` error naming the file and the reason.
 * The schema (and zod) load here, not at start-up: a scan without a baseline never needs
 * them, and they were a third of its start-up (docs/adr/009-performance.md).
 */
export async function parseBaseline(text: string, file: string): Promise<Baseline> {
  const { baselineSchema } = await import("./baseline-schema.js");
  const fail = (reason: string) => new UserError("baseline", `${file}: ${reason}`);
  // Editors on Windows may save a byte-order mark; it is not a reason to refuse the file.
  const json = text.replace(/^\uFEFF/, "");
  if (json.trim() === "") throw fail("the file is empty; write it with `leakgate baseline --write`");
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const where = locateJsonError(json);
    throw fail(
      where
        ? `not valid JSON at line ${where.line}, column ${where.column}: ${where.reason}`
        : `not valid JSON (${(error as Error).message})`,
    );
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw fail("not a leakgate baseline (expected an object with `version`, `artifacts` and `accepted`)");
  }
  const version = (data as { version?: unknown }).version;
  if (version === undefined) throw fail("`version` is missing: is this a leakgate baseline?");
  if (typeof version === "number" && Number.isInteger(version) && version > BASELINE_VERSION) {
    throw fail(
      `written by a newer leakgate (format ${version}); this leakgate reads format ${BASELINE_VERSION} — upgrade leakgate`,
    );
  }
  if (version !== BASELINE_VERSION) {
    throw fail(`\`version\`: must be ${BASELINE_VERSION}, got ${JSON.stringify(version)}`);
  }
  const parsed = baselineSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path
      .map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`))
      .join("")
      .replace(/^\./, "");
    throw fail(`${where ? `\`${where}\`: ` : ""}${describeIssue(issue, valueAt(data, issue.path))}`);
  }
  const seen = new Set<string>();
  for (const [i, artifact] of parsed.data.artifacts.entries()) {
    if (seen.has(artifact.identity)) {
      throw fail(`\`artifacts[${i}]\`: artifact "${artifact.identity}" is listed twice`);
    }
    seen.add(artifact.identity);
  }
  return parsed.data;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  return value;
}

const withArticle = (type: string) => `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  const type = typeof value;
  return type === "object" ? "an object" : `${withArticle(type)} (${JSON.stringify(value)})`;
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === "unrecognized_keys") return `unknown key \`${issue.keys[0]}\``;
  if (issue.code === "invalid_type") {
    const expected = withArticle(issue.expected);
    return value === undefined ? `missing (${expected})` : `expected ${expected}, got ${typeName(value)}`;
  }
  if (issue.code === "invalid_value") {
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, got ${JSON.stringify(value)}`;
  }
  return issue.message;
}

export async function readBaseline(file: string): Promise<Baseline> {
  return (await readBaselineText(file)).content;
}

/** The baseline and its exact text (`leakgate audit` digests the text, so shards can be compared). */
export async function readBaselineText(file: string): Promise<{ content: Baseline; text: string }> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new BaselineNotFound(file);
    throw new UserError("baseline", `${file}: cannot be read (${code})`);
  }
  return { content: await parseBaseline(text, file), text };
}

/** The baseline file does not exist yet: say how to make one. */
export class BaselineNotFound extends UserError {
  constructor(readonly file: string) {
    super(
      "baseline",
      `${file}: baseline file not found. Create it from a release known to be good: leakgate baseline --write ${shellWord(file)} <artifact…> (the same artifacts you scan), and commit it.`,
    );
  }
}

const compare = (a = "", b = "") => (a < b ? -1 : a > b ? 1 : 0);

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
        ...(artifact.version ? { version: artifact.version } : {}),
        ...(artifact.refs ? { refs: [...new Set(artifact.refs)].sort() } : {}),
        ...(artifact.destinations ? { destinations: [...new Set(artifact.destinations)].sort() } : {}),
        ...(artifact.layers ? { layers: [...artifact.layers] } : {}),
        entries: [...artifact.entries]
          .sort(
            (a, b) =>
              compare(a.path, b.path) ||
              a.size - b.size ||
              compare(a.sha256, b.sha256) ||
              compare(a.type, b.type),
          )
          .map((entry) => ({
            path: entry.path,
            size: entry.size,
            ...(entry.sha256 ? { sha256: entry.sha256 } : {}),
            type: entry.type,
          })),
      })),
    accepted: baseline.accepted
      .map((a) => ({
        ...(a.fingerprint ? { fingerprint: a.fingerprint } : {}),
        ...(a.rule ? { rule: a.rule } : {}),
        ...(a.artifact ? { artifact: a.artifact } : {}),
        ...(a.path ? { path: a.path } : {}),
        ...(a.summary ? { summary: a.summary } : {}),
        ...(a.scope ? { scope: canonicalScope(a.scope) } : {}),
        reason: a.reason.trim(),
        ...(a.acceptedOn ? { acceptedOn: a.acceptedOn } : {}),
        ...(a.expires ? { expires: a.expires } : {}),
      }))
      .sort(
        (a, b) =>
          compare(a.fingerprint, b.fingerprint) ||
          compare(a.rule, b.rule) ||
          compare(a.artifact, b.artifact) ||
          compare(a.path, b.path) ||
          compare(a.reason, b.reason) ||
          compare(a.expires, b.expires),
      ),
    ...(baseline.egress
      ? {
          egress: [...baseline.egress]
            .map((e) => ({ file: e.file, job: e.job, tool: e.tool, destination: e.destination }))
            .sort(
              (a, b) =>
                compare(a.file, b.file) ||
                compare(a.job, b.job) ||
                compare(a.tool, b.tool) ||
                compare(a.destination, b.destination),
            ),
        }
      : {}),
  };
}

function canonicalScope(scope: NonNullable<Acceptance["scope"]>): NonNullable<Acceptance["scope"]> {
  return {
    ...(scope.bytes !== undefined ? { bytes: scope.bytes } : {}),
    ...(scope.sources !== undefined ? { sources: scope.sources } : {}),
    ...(scope.roots ? { roots: [...scope.roots].sort() } : {}),
  };
}

/** `{ "path": "a", "size": 1 }`: one JSON object on one line. */
function inline(value: object): string {
  const fields = Object.entries(value).map(([key, v]) => `${JSON.stringify(key)}: ${JSON.stringify(v)}`);
  return `{ ${fields.join(", ")} }`;
}

function list(items: readonly string[], indent: string): string {
  if (items.length === 0) return "[]";
  return `[\n${items.map((item) => `${indent}  ${item}`).join(",\n")}\n${indent}]`;
}

/** The canonical text of a baseline (see the module comment for the layout). */
export function serialiseBaseline(baseline: Baseline): string {
  const canonical = canonicalBaseline(baseline);
  const artifacts = canonical.artifacts.map((artifact) =>
    [
      "{",
      `      "identity": ${JSON.stringify(artifact.identity)},`,
      `      "kind": ${JSON.stringify(artifact.kind)},`,
      `      "totalBytes": ${artifact.totalBytes},`,
      ...(artifact.version ? [`      "version": ${JSON.stringify(artifact.version)},`] : []),
      ...(artifact.refs ? [`      "refs": ${JSON.stringify(artifact.refs)},`] : []),
      ...(artifact.destinations ? [`      "destinations": ${JSON.stringify(artifact.destinations)},`] : []),
      ...(artifact.layers ? [`      "layers": ${JSON.stringify(artifact.layers)},`] : []),
      `      "entries": ${list(artifact.entries.map(inline), "      ")}`,
      "    }",
    ].join("\n"),
  );
  return [
    "{",
    `  "version": ${canonical.version},`,
    `  "artifacts": ${list(artifacts, "  ")},`,
    `  "accepted": ${list(canonical.accepted.map(inline), "  ")}${canonical.egress ? "," : ""}`,
    ...(canonical.egress ? [`  "egress": ${list(canonical.egress.map(inline), "  ")}`] : []),
    "}",
    "",
  ].join("\n");
}

export async function writeBaseline(file: string, baseline: Baseline): Promise<void> {
  await writeFile(file, serialiseBaseline(baseline));
}
