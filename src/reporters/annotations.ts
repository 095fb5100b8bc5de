/**
 * Annotations for the workflow run: one per blocking finding, titled by rule, capped so a
 * bad release does not drown the run page (GitHub shows 10 per step and level), plus one
 * that counts the rest. Pure: the action adapter turns them into `core.error` calls.
 */
import type { Report } from "../report/report.js";
import { isBlocking } from "../verdict/verdict.js";
import { ruleDoc } from "./rule-docs.js";

export interface Annotation {
  level: "error" | "warning" | "notice";
  title: string;
  message: string;
  /** A repository file the finding is about, when there is one (directory artifacts, config). */
  file?: string;
  startLine?: number;
}

export interface AnnotationOptions {
  /** Annotations at most (plus one that counts the rest). */
  max?: number;
  /** The baseline file's text, to point expired acceptances at their line. */
  baselineText?: string;
}

export function renderAnnotations(report: Report, options: AnnotationOptions = {}): Annotation[] {
  const max = options.max ?? 10;
  const blocking = report.findings.filter((f) => isBlocking(f, report.failOn));
  const kinds = new Map(report.artifacts.map((a) => [a.id, a]));
  const annotations: Annotation[] = blocking.slice(0, max).map((finding) => {
    const artifact = kinds.get(finding.artifact);
    const where = finding.path ? `${finding.artifact}!${finding.path}` : finding.artifact;
    const annotation: Annotation = {
      level: finding.severity === "error" ? "error" : "warning",
      title: `leakgate ${finding.ruleId}: ${ruleDoc(finding.ruleId).title}`,
      message: `${where}: ${finding.message} Fix: ${finding.fix}`,
    };
    // Files of a directory artifact exist in the workspace: annotate them where they are.
    if (
      artifact &&
      (artifact.kind === "directory" || artifact.kind === "npm-package") &&
      finding.path &&
      !finding.path.includes("!")
    ) {
      const onDisk = artifact.kind === "npm-package" ? finding.path.replace(/^package\//, "") : finding.path;
      annotation.file = artifact.source === "." ? onDisk : `${artifact.source.replace(/\/+$/, "")}/${onDisk}`;
      if (typeof finding.details?.line === "number") annotation.startLine = finding.details.line;
    } else if (finding.details?.acceptanceExpired && report.baseline && options.baselineText !== undefined) {
      // An acceptance that ran out is a decision in the repository: point at it.
      const line = lineOf(options.baselineText, `"fingerprint": "${finding.fingerprint}"`);
      if (line) {
        annotation.file = report.baseline.file;
        annotation.startLine = line;
        annotation.message += ` (accepted until ${String(finding.details.acceptanceExpired)}; renew or remove the acceptance here)`;
      }
    }
    return annotation;
  });
  if (blocking.length > max) {
    annotations.push({
      level: "error",
      title: "leakgate: more blocking findings",
      message: `${blocking.length - max} more blocking findings are listed in the job summary and the report.`,
    });
  }
  return annotations;
}

function lineOf(text: string, needle: string): number | undefined {
  const at = text.indexOf(needle);
  return at === -1 ? undefined : text.slice(0, at).split("\n").length;
}
