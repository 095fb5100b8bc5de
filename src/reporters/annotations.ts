/**
 * Annotations for the workflow run: one per blocking finding, most severe first (secrets
 * first among errors), titled by rule. Pure: the action adapter turns them into `core.error` / `core.warning` calls.
 *
 * GitHub shows at most 10 error and 10 warning annotations per step and drops the rest
 * silently, so the cap counts the closing "N more" annotation too: with more than `max`
 * blocking findings, `max - 1` are shown and the last says how many were left out. That
 * way the count itself is never the one dropped.
 *
 * An annotation names a repository file only when there is one to open: the real file of a
 * directory artifact (with the line when known), the config or baseline line the finding
 * comes from. A path inside a tarball is not a repository file; it stays in the message.
 */
import { posix } from "node:path";
import type { Finding } from "../core/model.js";
import { formatNumber } from "../core/words.js";
import { isBlocking } from "../verdict/verdict.js";
import { locate, workspaceLocation } from "./locate.js";
import type { Report } from "./report.js";
import { ruleDoc } from "./rule-docs.js";

export interface Annotation {
  level: "error" | "warning" | "notice";
  title: string;
  message: string;
  /** A repository file the finding is about, as a path from the repository root. */
  file?: string;
  startLine?: number;
}

export interface AnnotationOptions {
  /** Annotations at most, the closing count included (default 10: what GitHub shows per step). */
  max?: number;
  /**
   * Where the scan ran, as a path from the repository root (the action's
   * `working-directory`): artifact, config and baseline paths are relative to it.
   */
  pathPrefix?: string;
  /** The baseline file's text, to point an expired acceptance at its line. */
  baselineText?: string;
  /** The config file (as given) and its text, to point findings caused by it at their line. */
  configFile?: string;
  configText?: string;
}

const RANK = { error: 0, warning: 1, note: 2 } as const;

export function renderAnnotations(report: Report, options: AnnotationOptions = {}): Annotation[] {
  const max = Math.max(1, Math.floor(options.max ?? 10));
  // Errors first, secrets first among them (they need rotating), then the report's order.
  const key = (f: Finding) => RANK[f.severity] * 2 + (f.ruleId === "secret" ? 0 : 1);
  const blocking = report.findings
    .filter((finding) => isBlocking(finding, report.failOn))
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => key(a.finding) - key(b.finding) || a.index - b.index)
    .map(({ finding }) => finding);
  const shown = blocking.length > max ? blocking.slice(0, max - 1) : blocking;
  const annotations = shown.map((finding) => annotate(finding, report, options));
  const rest = blocking.slice(shown.length);
  if (rest.length > 0) {
    annotations.push({
      level: rest.some((finding) => finding.severity === "error") ? "error" : "warning",
      title: `leakgate: ${count(rest.length)} more blocking finding${rest.length === 1 ? "" : "s"}`,
      message: `${count(rest.length)} more blocking finding${rest.length === 1 ? " is" : "s are"} not annotated here (${tally(rest)}): see the job summary or the JSON report.`,
    });
  }
  return annotations;
}

function annotate(finding: Finding, report: Report, options: AnnotationOptions): Annotation {
  const where = locate(
    finding,
    report.artifacts.find((a) => a.id === finding.artifact),
  );
  const annotation: Annotation = {
    level: finding.severity === "error" ? "error" : "warning",
    title: `leakgate ${finding.ruleId}: ${ruleDoc(finding.ruleId).title}`,
    message: `${where}: ${finding.message} Fix: ${finding.fix}`,
  };
  const prefix = options.pathPrefix ?? "";
  const details = finding.details ?? {};

  // An acceptance that ran out is why this blocks again: point at the decision to renew or drop.
  if (typeof details.acceptanceExpired === "string") {
    annotation.message += ` (It was accepted until ${details.acceptanceExpired}; renew or remove that acceptance.)`;
    const line =
      report.baseline && options.baselineText !== undefined
        ? lineOf(options.baselineText, `"fingerprint": "${finding.fingerprint}"`)
        : undefined;
    if (line) return { ...annotation, file: repoPath(prefix, report.baseline!.file), startLine: line };
  }

  // A rule that knows which repository file caused the finding says so in its details.
  if (typeof details.configFile === "string" && details.configFile) {
    const line = positiveInteger(details.configLine);
    return {
      ...annotation,
      file: repoPath(prefix, details.configFile),
      ...(line ? { startLine: line } : {}),
    };
  }
  // A pattern from the user's `internal` list: the config line that names it.
  if (
    details.source === "config" &&
    typeof details.pattern === "string" &&
    options.configFile &&
    options.configText !== undefined
  ) {
    const line = lineOf(options.configText, details.pattern);
    if (line) return { ...annotation, file: repoPath(prefix, options.configFile), startLine: line };
  }

  const artifact = report.artifacts.find((a) => a.id === finding.artifact);
  const place = workspaceLocation(finding, artifact, prefix);
  if (place.exact && !/^(?:[A-Za-z]:)?\//.test(place.path)) {
    return { ...annotation, file: place.path, ...(place.line ? { startLine: place.line } : {}) };
  }
  return annotation;
}

/** A path relative to the scan's directory, as a path from the repository root. */
function repoPath(prefix: string, path: string): string {
  const clean = path.replace(/\\/g, "/");
  if (/^(?:[A-Za-z]:)?\//.test(clean)) return clean;
  return posix.normalize(posix.join(prefix.replace(/\\/g, "/"), clean));
}

/** The 1-based line of the first occurrence of `needle`, if any. */
function lineOf(text: string, needle: string): number | undefined {
  const at = text.indexOf(needle);
  if (at === -1) return undefined;
  let line = 1;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function positiveInteger(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : undefined;
}

const count = (n: number) => formatNumber(n);

/** "source-map 1,400, secret 2": how many findings per rule, most first (ties in order of appearance). */
function tally(findings: readonly Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([rule, n]) => `${rule} ${count(n)}`)
    .join(", ");
}
