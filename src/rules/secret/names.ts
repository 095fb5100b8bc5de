/**
 * Tokens in entry names. A file called `ghp_….txt` ships the token as surely as one that
 * holds it, and every report prints paths: such a name is a secret finding, and the token
 * is replaced by its redacted form in the path itself (in the manifest, the baseline and
 * every output), so that the path can be shown without showing the secret.
 */
import type { Severity } from "../../core/model.js";
import { redact, valueDigest } from "./redact.js";
import { SecretStreamScanner } from "./stream-scanner.js";

export interface NameSecret {
  family: string;
  title: string;
  severity: Severity;
  redacted: string;
  /** For the fingerprint: never the value. */
  digest: string;
  value: string;
}

/** Cheap first look: token formats have a run of 16+ token characters. */
const CANDIDATE = /[A-Za-z0-9_\-+/=.]{16,}/;

export function secretsInName(name: string): { name: string; secrets: NameSecret[] } {
  if (!CANDIDATE.test(name)) return { name, secrets: [] };
  // Path separators become line breaks: a token never spans a directory boundary.
  const scanner = new SecretStreamScanner({ entropyThreshold: 8, maxMatches: 20, path: "name.txt" });
  scanner.write(Buffer.from(name.replace(/\//g, "\n"), "latin1"));
  scanner.end();
  let redactedName = name;
  const secrets: NameSecret[] = [];
  for (const { family, value, severity } of scanner.matches) {
    if ((family.kind ?? "token") !== "token") continue;
    const redacted = redact(value, family.prefixLength);
    redactedName = redactedName.split(value).join(redacted);
    secrets.push({
      family: family.id,
      title: family.title,
      severity,
      redacted,
      digest: valueDigest(value),
      value,
    });
  }
  return { name: redactedName, secrets };
}
