/**
 * A report built by hand, shaped like the incident: an npm tarball whose source map embeds
 * 1,902 original sources from `../src`, a GitHub token in a shipped file (already redacted,
 * as rules hand it over) and a size warning. Reporter tests and golden files use it, so the
 * outputs reviewers look at do not move when a rule's wording or the engine changes.
 */

import type { Finding } from "../../src/core/model.js";
import { fingerprint } from "../../src/engine/fingerprint.js";
import type { Report } from "../../src/reporters/report.js";

export const TARBALL = "acme-cli-2.0.0.tgz";
const IDENTITY = "npm:@acme/cli";
const MAP_BYTES = 60_088_320;

function finding(input: Omit<Finding, "artifact" | "fingerprint">, evidence: string): Finding {
  return {
    ...input,
    artifact: TARBALL,
    fingerprint: fingerprint(input.ruleId, IDENTITY, input.path, evidence),
  };
}

export const sourceMapFinding = finding(
  {
    ruleId: "source-map",
    severity: "error",
    path: "package/cli.js.map",
    message:
      "cli.js.map embeds the original source of 1,902 files that are not shipped (../src 1,902): anyone who downloads the release can read them.",
    fix: "Build with `sourcesContent: false` (or leave source maps out of the release: add `*.map` to `.npmignore`, or narrow `files` in package.json).",
    details: {
      sources: 1_902,
      sourcesContent: 1_902,
      embeddedNotShipped: 1_902,
      topRoots: [{ root: "../src", count: 1_902 }],
      mapBytes: MAP_BYTES,
      inline: false,
    },
  },
  "embedded-sources",
);

export const secretFinding = finding(
  {
    ruleId: "secret",
    severity: "error",
    path: "package/dist/telemetry.js",
    message: "A GitHub token (ghp_…a1b2) at line 14 would be published.",
    fix: "Remove the value from the file and the release, and rotate it: anyone who downloaded the release can use it.",
    details: { family: "github-token", redacted: "ghp_…a1b2", line: 14 },
  },
  "github-token:3f9c0d1e",
);

export const largeFileFinding = finding(
  {
    ruleId: "large-file",
    severity: "warning",
    path: "package/cli.js.map",
    message: "`cli.js.map` is 57.3 MiB, over the 10.0 MiB limit for a single file.",
    fix: "Check that it is meant to ship; if so, record it in the baseline or raise thresholds.maxFileSize.",
    details: { size: MAP_BYTES, limit: 10 * 1024 * 1024 },
  },
  "large-file",
);

export function incidentReport(): Report {
  const findings = [sourceMapFinding, secretFinding, largeFileFinding];
  return {
    version: 1,
    tool: { name: "leakgate", version: "0.1.0" },
    verdict: "fail",
    failOn: "error",
    artifacts: [
      {
        id: TARBALL,
        identity: IDENTITY,
        kind: "npm-tarball",
        source: TARBALL,
        packageName: "@acme/cli",
        packageVersion: "2.0.0",
        entryCount: 7,
        totalBytes: 61_422_980,
        unopened: [],
      },
    ],
    findings,
    summary: { artifacts: 1, files: 7, bytes: 61_422_980, errors: 2, warnings: 1, notes: 0, blocking: 2 },
  };
}

/** An acceptance and the baseline comparison, as the baseline work will hand them over. */
export const acceptedNotice = finding(
  {
    ruleId: "unexpected-file",
    severity: "warning",
    path: "package/THIRD_PARTY_NOTICES.txt",
    message: "`THIRD_PARTY_NOTICES.txt` (48.2 KiB) is not in the baseline.",
    fix: "Remove it from the release, or refresh the baseline if it is meant to ship.",
  },
  "unexpected-file",
);

export const baselineExtra = {
  baselineFile: "leakgate.baseline.json",
  accepted: [{ finding: acceptedNotice, reason: "licence notices must ship", expires: "2026-12-31" }],
  diffs: [
    {
      artifact: TARBALL,
      added: 2,
      removed: 0,
      changed: 1,
      bytesBefore: 1_334_801,
      bytesAfter: 61_422_980,
    },
  ],
  commands: {
    accept: (id: string) => `npx leakgate accept --reason "why this may ship" ${id}`,
    refresh: `npx leakgate baseline --write leakgate.baseline.json ${TARBALL}`,
  },
};
