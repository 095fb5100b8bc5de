/**
 * Finding fingerprints: the same leak in the next build must get the same fingerprint, so
 * that accepted findings stay accepted and reports can be diffed. Built from the rule, the
 * artifact's identity (not its versioned file name), the path and the rule's evidence.
 */
import { createHash } from "node:crypto";

export function fingerprint(ruleId: string, identity: string, path: string, evidence = ""): string {
  return createHash("sha256")
    .update([ruleId, identity, path, evidence].join("\0"))
    .digest("hex")
    .slice(0, 32);
}
