/**
 * Scanning a git destination: what `git push` to it would send. The refs are decided from the
 * repository's configuration (sources/git/push-refs.ts); refs in internal namespaces are
 * findings; the tree at every pushed tip is walked like any artifact, its blobs streamed from
 * git, each read once.
 */
import picomatch from "picomatch";
import type { FindingInput, UnopenedContainer } from "../core/model.js";
import { valueDigest } from "../rules/secret/redact.js";
import { GitObjectReader } from "../sources/git/object-reader.js";
import type { PushPlan } from "../sources/git/push-refs.js";
import { readTip } from "../sources/git/tree-reader.js";
import type { ContainerContext, Walker } from "./walker.js";

/** Ref namespaces that never belong on a published remote. */
export const DEFAULT_INTERNAL_REFS = [
  "refs/remotes/**",
  "refs/stash",
  "refs/pull/**",
  "refs/original/**",
  "refs/heads/{internal,private,security,wip}/**",
];

export function refFindings(plan: PushPlan, internalRefs: readonly string[]): FindingInput[] {
  const internal = picomatch([...internalRefs], { dot: true });
  const findings: FindingInput[] = [];
  for (const ref of plan.refs) {
    if (!internal(ref.name)) continue;
    findings.push({
      ruleId: "internal-ref",
      severity: "error",
      path: ref.name,
      message: `The push would send ${ref.name} to ${plan.url.shown}: refs in this namespace are internal (other people's branches, stashes, pull requests, rewritten history, private work).`,
      fix: plan.mirror
        ? "Do not mirror-push a working clone: push the branches and tags that are meant to be public (an explicit refspec), or set remote.<name>.push to them."
        : "Remove the ref from the push refspec, or delete the ref before pushing.",
      details: { ref: ref.name, source: ref.source, sha: ref.sha, rule: plan.rule },
      evidence: ref.name,
    });
  }
  if (plan.url.hasCredentials) findings.push(urlCredentialFinding(plan.url.shown, plan.url.credential ?? ""));
  return findings;
}

/** What a push sends that was not checked, said in the report (as `unopened`). */
export function uncheckedParts(plan: PushPlan, refsOnly = false): UnopenedContainer[] {
  if (refsOnly) {
    // `leakgate audit git:` without --deep: the remote's refs were listed, nothing fetched.
    return [
      {
        path: "",
        format: "git",
        reason:
          "trees and history: only the remote's refs were listed (git ls-remote); --deep fetches and checks the trees at their tips",
      },
    ];
  }
  const parts: UnopenedContainer[] = [
    {
      path: "",
      format: "git",
      reason:
        "history: a push sends the commits behind each tip too; only the trees at the pushed tips (and annotated tags' messages) were checked",
    },
  ];
  if (plan.shallow) {
    parts.push({
      path: "",
      format: "git",
      reason:
        "a shallow clone: history before its oldest commits is not here, so only the trees at the pushed tips were checked (git refuses to push a shallow clone to most remotes)",
    });
  }
  return parts;
}

/** Walks the trees of every pushed tip; a blob several tips share is read once. */
export async function walkPushedTrees(
  walker: Walker,
  plan: PushPlan,
  repository: string,
  artifact: string,
): Promise<void> {
  const objects = new GitObjectReader(repository);
  const seen = new Set<string>();
  try {
    for (const ref of plan.refs) {
      const context: ContainerContext = { prefix: ref.name, depth: 0, name: ref.name, head: Buffer.alloc(0) };
      await walker.walkEntries(readTip({ cwd: repository, artifact }, ref, objects, seen), context);
    }
  } finally {
    objects.close();
  }
}

/** A credential written into a destination's URL: a secret in its own right, shown redacted. */
export function urlCredentialFinding(shownUrl: string, credential: string): FindingInput {
  return {
    ruleId: "secret",
    severity: "error",
    path: "",
    message: `The destination URL carries a credential (${shownUrl}): it is stored in configuration and printed by tools that show the URL.`,
    fix: "Take the credential out of the URL and give it through a credential helper or the CI's token; rotate it.",
    details: { family: "url-credential", redacted: shownUrl },
    evidence: `url-credential:${valueDigest(credential)}`,
  };
}
