/**
 * The resolved configuration every stage reads. `src/config/load.ts` builds it from
 * `.leakgate.yml` (validated) merged over these defaults; CLI flags and action inputs
 * are applied on top by the entry points.
 */
import { DEFAULT_LIMITS, type ScanLimits, type Severity } from "../core/model.js";

/** A rule's configured severity: a fixed severity for all its findings, or `off`. */
export type RuleSetting = Severity | "off";

/** When the verdict fails: on any error finding (default), on warnings too, or never. */
export type FailOn = "error" | "warning" | "never";

/** Size and growth thresholds (bytes unless said otherwise). */
export interface Thresholds {
  /** large-file: a file over this size is a warning on its own. */
  maxFileSize: number;
  /** baseline: a new file at or over this size is a blocking `unexpected-large-file`. */
  newFileSize: number;
  /** baseline: a file that grew by more than this factor … */
  growthFactor: number;
  /** … and by more than this many bytes is a blocking `file-growth`. */
  growthBytes: number;
  /** baseline: the artifact's total size growing by more than this fraction (0.5 = 50%) blocks. */
  totalGrowth: number;
  /** secret: minimum Shannon entropy (bits/char) for a generic `password = "…"` assignment. */
  genericSecretEntropy: number;
}

/** Settings that can also be given per artifact (keyed by an artifact id glob). */
export interface ArtifactOverrides {
  internal?: string[];
  allow?: string[];
  rules?: Record<string, RuleSetting>;
}

export interface LeakgateConfig {
  /** Extra picomatch globs of paths that must never ship (internal-path errors). */
  internal: string[];
  /** picomatch globs of paths exempt from every path-based finding; `.leakgateignore` lines add to it. */
  allow: string[];
  /** Lines of `.leakgateignore` (gitignore syntax), kept apart from `allow` because the syntax differs. */
  ignoreFileLines: string[];
  /** Severity overrides per rule id, or `off`. */
  rules: Record<string, RuleSetting>;
  thresholds: Thresholds;
  limits: ScanLimits;
  /** Unexpected new files block (baseline). */
  strict: boolean;
  failOn: FailOn;
  /** Per-artifact overrides, keyed by a glob over artifact ids. */
  artifacts: Record<string, ArtifactOverrides>;
  /** git destinations: ref globs that must never be pushed; undefined means the defaults. */
  internalRefs?: string[];
  /** Who the organisation is; owners default to the repository's owner. */
  organisation?: { owners?: string[]; inside?: string[]; internal?: string[] };
  /** Where the config was read from, for messages; undefined when only defaults apply. */
  file?: string;
  /** Rules of a gitleaks config the user pointed at (`gitleaksConfig`), run by the secret rule. */
  importedSecretRules?: ImportedSecretRules;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  maxFileSize: 10 * 1024 * 1024,
  newFileSize: 1024 * 1024,
  growthFactor: 2,
  growthBytes: 512 * 1024,
  totalGrowth: 0.5,
  genericSecretEntropy: 3.5,
};

export function defaultConfig(): LeakgateConfig {
  return {
    internal: [],
    allow: [],
    ignoreFileLines: [],
    rules: {},
    thresholds: { ...DEFAULT_THRESHOLDS },
    limits: { ...DEFAULT_LIMITS },
    strict: false,
    failOn: "error",
    artifacts: {},
  };
}

/** A regex as translated from another tool's syntax: compiled where it is used. */
export interface RegexSource {
  source: string;
  flags: string;
}

/** When a finding of an imported rule is allowed anyway (gitleaks' `[[rules.allowlists]]`). */
export interface ImportedAllowlist {
  /** OR (default): any check that is given allows; AND: all of them must. */
  condition: "OR" | "AND";
  /** What `regexes` are matched against. */
  regexTarget: "secret" | "match" | "line";
  regexes: RegexSource[];
  paths: RegexSource[];
  /** Lowercase words: a secret containing one is allowed. */
  stopwords: string[];
  /** Only for these rule ids (a top-level allowlist's `targetRules`); all rules when absent. */
  targetRules?: string[];
}

/** One `[[rules]]` entry of a gitleaks config. */
export interface ImportedSecretRule {
  id: string;
  description: string;
  /** Absent for a rule that matches file names only (`path` alone). */
  regex?: RegexSource;
  /** Which capture group is the secret (0: the first that took part, or the whole match). */
  secretGroup: number;
  /** Minimum Shannon entropy of the secret. */
  entropy?: number;
  /** Lowercase keywords: the rule runs only on text that contains one. */
  keywords: string[];
  path?: RegexSource;
  allowlists: ImportedAllowlist[];
}

/** The rules of a gitleaks config, with its global allowlists. */
export interface ImportedSecretRules {
  /** The file they came from, as shown in messages. */
  file: string;
  rules: ImportedSecretRule[];
  allowlists: ImportedAllowlist[];
}
