/**
 * One entry per finding code: the title, a one-line summary and the README anchor that
 * explains it. SARIF rule descriptors, the markdown summary and the README table are all
 * drawn from here, so a new rule is documented in one place.
 */
import type { Severity } from "../model.js";

export interface RuleDoc {
  id: string;
  title: string;
  summary: string;
  defaultSeverity: Severity;
}

export const DOCS_URL = "https://github.com/leakgate/leakgate#";

export const RULE_DOCS: readonly RuleDoc[] = [
  {
    id: "internal-path",
    title: "Internal path",
    summary:
      "A file that should not ship, known by its path: env files, keys, credentials, VCS and editor state, logs.",
    defaultSeverity: "error",
  },
  {
    id: "source-map",
    title: "Source map exposes sources",
    summary: "A source map embeds original sources that are not shipped, or discloses build paths and hosts.",
    defaultSeverity: "error",
  },
  {
    id: "secret",
    title: "Secret",
    summary:
      "A credential in file contents: cloud, VCS, registry, chat and payment tokens, private keys, JWTs.",
    defaultSeverity: "error",
  },
  {
    id: "large-file",
    title: "Large file",
    summary: "A single file larger than thresholds.maxFileSize.",
    defaultSeverity: "warning",
  },
  {
    id: "unexpected-large-file",
    title: "Unexpected large file",
    summary: "A file that is not in the baseline and is at least thresholds.newFileSize.",
    defaultSeverity: "error",
  },
  {
    id: "unexpected-file",
    title: "Unexpected file",
    summary: "A file that is not in the baseline.",
    defaultSeverity: "warning",
  },
  {
    id: "file-growth",
    title: "File growth",
    summary: "A file grew by more than growthFactor and growthBytes since the baseline.",
    defaultSeverity: "error",
  },
  {
    id: "artifact-growth",
    title: "Artifact growth",
    summary: "The artifact grew by more than totalGrowth since the baseline.",
    defaultSeverity: "error",
  },
  {
    id: "archive-limit",
    title: "Safety limit",
    summary: "A safety limit (size, entries, depth, compression ratio) stopped the scan.",
    defaultSeverity: "error",
  },
  {
    id: "suspicious-path",
    title: "Suspicious path",
    summary: "An entry name or link escapes the archive (`..`, absolute, backslash, NUL).",
    defaultSeverity: "error",
  },
  {
    id: "archive-unreadable",
    title: "Unreadable archive",
    summary: "A nested archive is corrupt, encrypted or unreadable, so its contents were not checked.",
    defaultSeverity: "error",
  },
  {
    id: "unscanned-archive",
    title: "Archive not opened",
    summary: "An archive in a format leakgate does not open (xz, zstd, bzip2, 7z, rar).",
    defaultSeverity: "warning",
  },
];

export function ruleDoc(id: string): RuleDoc {
  return RULE_DOCS.find((doc) => doc.id === id) ?? { id, title: id, summary: id, defaultSeverity: "warning" };
}

export function helpUri(id: string): string {
  return `${DOCS_URL}rule-${id}`;
}
