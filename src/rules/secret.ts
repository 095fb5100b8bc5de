/**
 * secret: high-confidence credential formats in the bytes of every text file (see
 * secret/patterns.ts), and generic `password = "…"` assignments above an entropy threshold.
 * Values are redacted before a finding exists; raw values go only to `onSecret`, which the
 * action uses to mask them in the job log.
 */
import type { Rule } from "./rule.js";
import { redact, valueDigest } from "./secret/redact.js";
import { SecretStreamScanner } from "./secret/stream-scanner.js";

export interface SecretRuleOptions {
  /** Minimum entropy (bits/char) for generic assignments. */
  genericEntropy: number;
  /** Receives every raw value found; nothing else ever sees one. */
  onSecret?: (value: string) => void;
  /** Matches reported per file; the rest are counted. */
  maxPerFile?: number;
}

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
            genericEntropy: options.genericEntropy,
            maxMatches: options.maxPerFile ?? 20,
          });
          return {
            onChunk: (chunk) => scanner.write(chunk),
            onEnd() {
              scanner.end();
              for (const { family, value, line } of scanner.matches) {
                options.onSecret?.(value);
                const generic = family === "generic";
                const title = generic ? "A password or token assignment" : family.title;
                const redacted = redact(value, generic ? 0 : family.prefixLength);
                report({
                  ruleId: "secret",
                  severity: generic ? "warning" : family.severity,
                  path: entry.path,
                  message: `${generic ? title : `A ${title}`} (${redacted}) at line ${line} would be published.`,
                  fix: "Remove the value from the file and the release, and rotate it: anyone who downloaded the release can use it.",
                  details: {
                    family: generic ? "generic-assignment" : family.id,
                    redacted,
                    line,
                    ...(scanner.total > scanner.matches.length
                      ? { moreInFile: scanner.total - scanner.matches.length }
                      : {}),
                  },
                  evidence: `${generic ? "generic" : family.id}:${valueDigest(value)}`,
                });
              }
            },
          };
        },
      };
    },
  };
}
