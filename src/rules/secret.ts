/**
 * secret: high-confidence credential formats in the bytes of every file (see
 * secret/patterns.ts), and generic `password = "…"` assignments above an entropy threshold.
 * Values are redacted before a finding exists; raw values go only to `onSecret`, which the
 * action uses to mask them in the job log.
 */
import type { Rule } from "./rule.js";
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
}

const FIX =
  "Remove the file or the value from the release and rotate the token: anyone who downloads the release can use it.";

/** The `secret` rule. */
export function createSecretRule(options: SecretRuleOptions): Rule {
  return {
    id: "secret",
    summary:
      "Credentials in file contents: cloud, VCS, registry, chat and payment tokens, private keys, JWTs.",
    defaultSeverity: "error",
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
          return {
            onChunk(chunk) {
              if (narrower === undefined) {
                const order = detectUtf16(chunk);
                narrower = order ? new Utf16Narrower(order) : null;
              }
              scanner.write(narrower ? narrower.narrow(chunk) : chunk);
            },
            onEnd() {
              scanner.end();
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
