/**
 * secret: credentials in the bytes of every file: about 200 families of token formats and
 * provider-bound values (secret/families/, assembled in secret/patterns.ts), generic
 * `password = "…"` assignments above an entropy threshold, and the rules of a gitleaks
 * config the user points at (secret/imported-rules.ts).
 * Values are redacted before a finding exists; raw values go only to `onSecret`, which the
 * action uses to mask them in the job log.
 */
import type { ImportedSecretRules } from "../config/types.js";
import type { Rule } from "./rule.js";
import { type ImportedMatch, ImportedRules } from "./secret/imported-rules.js";
import { maskablePieces, redact, valueDigest } from "./secret/redact.js";
import { SecretStreamScanner } from "./secret/stream-scanner.js";
import { detectUtf16, Utf16Narrower } from "./secret/utf16.js";

export interface SecretRuleOptions {
  /** Minimum Shannon entropy (bits/char) of a generic assignment's value (`thresholds.genericSecretEntropy`). */
  genericEntropy: number;
  /** Receives every raw value found, before any finding is reported; nothing else ever sees one. */
  onSecret?: (value: string) => void;
  /** Matches reported per file; the rest are counted in the reported ones' `moreInFile`. */
  maxPerFile?: number;
  /** Rules of a gitleaks config (`gitleaksConfig`), run beside the built-in families. */
  imported?: ImportedSecretRules;
}

const FIX =
  "Remove the file or the value from the release and rotate the token: anyone who downloads the release can use it.";

/** Findings of the rules of an imported gitleaks config: the same redaction, capped the same way. */
function reportImported(
  matches: ImportedMatch[],
  path: string,
  options: SecretRuleOptions,
  report: Parameters<Rule["start"]>[1],
): void {
  const cap = options.maxPerFile ?? 20;
  for (const { value } of matches) for (const piece of maskablePieces(value)) options.onSecret?.(piece);
  for (const { rule, value, line } of matches.slice(0, cap)) {
    const family = `gitleaks:${rule.id}`;
    const source = options.imported?.file ?? "the gitleaks config";
    const redacted = value ? redact(value, 0) : "";
    report({
      ruleId: "secret",
      severity: "error",
      path,
      message: value
        ? `${rule.description} (${redacted}) at line ${line} would be published (rule ${rule.id} of ${source}).`
        : `${rule.description}: the file's name matches rule ${rule.id} of ${source}.`,
      fix: FIX,
      details: {
        family,
        ...(value ? { redacted, line } : {}),
        ...(matches.length > cap ? { moreInFile: matches.length - cap } : {}),
      },
      evidence: value ? `${family}:${valueDigest(value)}` : family,
    });
  }
}

/** The `secret` rule. */
export function createSecretRule(options: SecretRuleOptions): Rule {
  const imported = options.imported ? new ImportedRules(options.imported) : undefined;
  return {
    id: "secret",
    start(_artifact, report) {
      return {
        onEntry(entry) {
          if (entry.type !== "file") return undefined;
          const scanner = new SecretStreamScanner({
            entropyThreshold: options.genericEntropy,
            maxMatches: options.maxPerFile ?? 20,
            path: entry.innerPath,
            // Masked as soon as found, including values past the per-file cap.
            onValue: (value) => {
              for (const piece of maskablePieces(value)) options.onSecret?.(piece);
            },
          });
          // UTF-16 text is searched as the characters it holds (see utf16.ts); decided on the first chunk.
          let narrower: Utf16Narrower | null | undefined;
          const custom = imported?.forFile(entry.innerPath);
          return {
            onChunk(chunk) {
              if (narrower === undefined) {
                const order = detectUtf16(chunk);
                narrower = order ? new Utf16Narrower(order) : null;
              }
              const text = narrower ? narrower.narrow(chunk) : chunk;
              scanner.write(text);
              custom?.write(text);
            },
            onEnd() {
              scanner.end();
              if (custom && !scanner.archive) {
                custom.end();
                reportImported(custom.matches, entry.path, options, report);
              }
              const more = scanner.total - scanner.matches.length;
              for (const { family, value, line, severity, gradeReason } of scanner.matches) {
                const redacted = redact(value, family.prefixLength);
                const lowered = gradeReason ? ` It is a ${severity} only: ${gradeReason}.` : "";
                report({
                  ruleId: "secret",
                  severity,
                  path: entry.path,
                  message: `${family.title} (${redacted}) at line ${line} would be published.${lowered}`,
                  fix: FIX,
                  details: {
                    family: family.id,
                    redacted,
                    line,
                    ...(scanner.binary ? { binary: true } : {}),
                    ...(more > 0 ? { moreInFile: more } : {}),
                  },
                  evidence: `${family.id}:${valueDigest(value)}`,
                });
              }
            },
          };
        },
      };
    },
  };
}
