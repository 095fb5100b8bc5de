/**
 * SARIF 2.1.0, for GitHub code scanning (`github/codeql-action/upload-sarif`) and any other
 * SARIF consumer. Deterministic: the same report gives the same bytes.
 *
 * Locations. Findings live *inside* release artifacts, which are build output (a .tgz, a
 * dist/ directory), not repository files, while code scanning needs a physical location
 * with a URI on every result (a result with only a logical location, or none, makes GitHub
 * reject the whole upload: "locationFromSarifResult: expected artifact location"). So:
 *   - archives (npm tarballs, zips, tars, nested anything): the URI is the artifact file as
 *     the workflow named it, relative to the repository root (`dist/acme-cli-2.0.0.tgz`);
 *   - directory and npm-package artifacts: the real file under the directory
 *     (`dist/cli.js.map`; `package/` stripped for npm packages), or the outermost archive
 *     for nested paths, with the line when the rule knows it (secrets);
 *   - an npm tarball packed from this repository (its package name is the working
 *     directory's package.json, or a package directory scanned in the same run): the file
 *     under that package's directory, as for a package directory;
 *   - the path inside the artifact is in the message (code scanning shows it as the
 *     alert's title), in a logical location (`dist/acme-cli-2.0.0.tgz!package/cli.js.map`)
 *     and in `properties`.
 * Relative URIs are read by GitHub against the repository root, so a scan run in a
 * subdirectory (the action's `working-directory`) passes it as `pathPrefix`. Absolute paths
 * become `file://` URIs, which GitHub makes relative to the checkout.
 *
 * Regions are only given when a line is known. upload-sarif hashes the line a region
 * points at to fingerprint the result; for a binary tarball that means reading all of it
 * to hash "line 1", and every finding in the same tarball would get the same hash. Without
 * a region it leaves the file alone (GitHub's own whole-file results carry none).
 *
 * Fingerprints: code scanning matches alerts across runs only on
 * `partialFingerprints.primaryLocationLineHash`, so that key is derived from leakgate's own
 * stable fingerprint (rule + artifact identity + path + evidence), next to the full value
 * under `leakgate/v1`. upload-sarif keeps a value it finds; where it can also hash a real
 * file line (directory artifacts) it logs that the two differ (codeql-action#4052), which
 * is harmless.
 *
 * Findings are already redacted by the rules; `details` are copied as they are.
 */
import type { Finding, Severity } from "../core/model.js";
import { formatNumber } from "../core/words.js";
import { normaliseSlashes, workspaceLocation } from "./locate.js";
import type { ArtifactReport, Report } from "./report.js";
import { DOCS_URL, helpUri, RULE_DOCS, ruleDoc } from "./rule-docs.js";

export const SARIF_SCHEMA =
  "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/** GitHub rejects a run with more results than this. */
export const GITHUB_MAX_RESULTS = 25_000;

export interface SarifOptions {
  /**
   * Where the scan ran, as a path from the repository root (the action's
   * `working-directory`); prefixed to every relative URI. Default: the root itself.
   */
  pathPrefix?: string;
  /** `automationDetails.id` category, to keep several leakgate uploads on one commit apart. */
  category?: string;
  /** Results at most (errors are kept first); default GITHUB_MAX_RESULTS. */
  maxResults?: number;
  /**
   * npm packages built from this repository: package name → its directory (relative to where
   * the scan ran). A tarball of one of them points its results at the file under that
   * directory. Package directories scanned in the same run are added from the report.
   */
  packageSources?: Readonly<Record<string, string>>;
}

/** The part of the SARIF 2.1.0 object model that leakgate writes. */
export interface SarifLog {
  $schema: string;
  version: "2.1.0";
  runs: [SarifRun];
}

export interface SarifRun {
  tool: { driver: SarifDriver };
  automationDetails?: { id: string };
  invocations?: {
    executionSuccessful: boolean;
    toolExecutionNotifications: { level: "warning"; message: { text: string } }[];
  }[];
  results: SarifResult[];
  columnKind: "utf16CodeUnits";
  properties?: Record<string, unknown>;
}

export interface SarifDriver {
  name: "leakgate";
  version: string;
  semanticVersion: string;
  informationUri: string;
  rules: SarifRule[];
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; "security-severity": string; precision: string };
}

export type SarifLevel = "error" | "warning" | "note";

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: [SarifLocation];
  partialFingerprints: { primaryLocationLineHash: string; "leakgate/v1": string };
  properties: {
    artifact: string;
    artifactKind?: string;
    path: string;
    details?: Record<string, unknown>;
  };
}

export interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } };
  logicalLocations: { fullyQualifiedName: string; kind: "resource" }[];
}

const LEVEL: Record<Severity, SarifLevel> = { error: "error", warning: "warning", note: "note" };
const RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

export function renderSarif(report: Report, options: SarifOptions = {}): SarifLog {
  const known = new Set(RULE_DOCS.map((doc) => doc.id));
  const extra = [...new Set(report.findings.map((f) => f.ruleId).filter((id) => !known.has(id)))].sort();
  const ruleIds = [...RULE_DOCS.map((doc) => doc.id), ...extra];
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const artifacts = new Map(report.artifacts.map((artifact) => [artifact.id, artifact]));
  const packageSources = new Map(Object.entries(options.packageSources ?? {}));
  for (const artifact of report.artifacts) {
    if (artifact.kind === "npm-package" && artifact.packageName)
      packageSources.set(artifact.packageName, artifact.source);
  }

  const max = Math.max(0, options.maxResults ?? GITHUB_MAX_RESULTS);
  const kept = keepMostSevere(report.findings, max);
  const omitted = report.findings.length - kept.length;

  const run: SarifRun = {
    tool: {
      driver: {
        name: "leakgate",
        version: report.tool.version,
        semanticVersion: report.tool.version,
        informationUri: DOCS_URL,
        rules: ruleIds.map(rule),
      },
    },
    ...(options.category ? { automationDetails: { id: `${options.category.replace(/\/+$/, "")}/` } } : {}),
    ...(omitted > 0
      ? {
          invocations: [
            {
              executionSuccessful: true,
              toolExecutionNotifications: [
                {
                  level: "warning" as const,
                  message: {
                    text: `${formatNumber(omitted)} of ${formatNumber(report.findings.length)} findings are left out of this SARIF file (the least severe; code scanning accepts at most ${formatNumber(GITHUB_MAX_RESULTS)} per run). The JSON report has them all.`,
                  },
                },
              ],
            },
          ],
        }
      : {}),
    results: kept.map((finding) =>
      result(finding, ruleIndex.get(finding.ruleId)!, artifacts.get(finding.artifact), {
        pathPrefix: options.pathPrefix,
        packageSources,
      }),
    ),
    columnKind: "utf16CodeUnits",
    ...(omitted > 0 ? { properties: { findings: report.findings.length, omittedFindings: omitted } } : {}),
  };
  return { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] };
}

export function renderSarifJson(report: Report, options: SarifOptions = {}): string {
  return `${JSON.stringify(renderSarif(report, options), null, 2)}\n`;
}

function rule(id: string): SarifRule {
  const doc = ruleDoc(id);
  const uri = helpUri(id);
  return {
    id,
    name: doc.name,
    shortDescription: { text: doc.title },
    fullDescription: { text: doc.summary },
    helpUri: uri,
    help: {
      text: `${doc.summary} Fix: ${doc.fix} More: ${uri}`,
      markdown: `${doc.summary}\n\n**Fix:** ${doc.fix}\n\n[Documentation](${uri})`,
    },
    defaultConfiguration: { level: LEVEL[doc.defaultSeverity] },
    properties: {
      tags: [...doc.tags, ...doc.cwe.map((id) => `external/cwe/cwe-${id}`)],
      // Code scanning reads these two to rank alerts (critical/high/medium/low) and order them.
      "security-severity": doc.securitySeverity.toFixed(1),
      precision: doc.precision,
    },
  };
}

function result(
  finding: Finding,
  ruleIndex: number,
  artifact: ArtifactReport | undefined,
  where: { pathPrefix: string | undefined; packageSources: ReadonlyMap<string, string> },
): SarifResult {
  const packageSource =
    artifact?.kind === "npm-tarball" && artifact.packageName
      ? where.packageSources.get(artifact.packageName)
      : undefined;
  const place = workspaceLocation(finding, artifact, where.pathPrefix, packageSource);
  const inner = finding.path ? `${finding.artifact}!${finding.path}` : finding.artifact;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: `${finding.path ? `${finding.path}: ` : ""}${finding.message} Fix: ${finding.fix}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(place.path) },
          ...(place.line ? { region: { startLine: place.line } } : {}),
        },
        logicalLocations: [{ fullyQualifiedName: inner, kind: "resource" }],
      },
    ],
    partialFingerprints: {
      primaryLocationLineHash: `${finding.fingerprint.slice(0, 16)}:1`,
      "leakgate/v1": finding.fingerprint,
    },
    properties: {
      artifact: finding.artifact,
      ...(artifact ? { artifactKind: artifact.kind } : {}),
      path: finding.path,
      ...(finding.details ? { details: finding.details } : {}),
    },
  };
}

function keepMostSevere(findings: readonly Finding[], max: number): Finding[] {
  if (findings.length <= max) return [...findings];
  const chosen = new Set(
    findings
      .map((finding, index) => ({ finding, index }))
      .sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity] || a.index - b.index)
      .slice(0, max)
      .map(({ index }) => index),
  );
  return findings.filter((_, index) => chosen.has(index));
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A path as a URI reference: relative paths stay relative (what code scanning wants), with
 * each segment percent-encoded so that `#`, `?`, `%` and spaces cannot change its meaning;
 * absolute paths (POSIX or Windows) become `file://` URIs.
 */
function toUri(path: string): string {
  // A lone surrogate would make encodeURIComponent throw; archive names decoded from bytes
  // never hold one, but a report built elsewhere might.
  const clean = normaliseSlashes(path).replace(LONE_SURROGATE, "\uFFFD");
  const encode = (segment: string) =>
    encodeURIComponent(segment).replace(/%(40|2B|3D|2C)/g, (kept) => decodeURIComponent(kept));
  const encodePath = (text: string) => text.split("/").map(encode).join("/");
  const drive = /^([A-Za-z]:)\//.exec(clean);
  if (drive) return `file:///${drive[1]}/${encodePath(clean.slice(3))}`;
  if (clean.startsWith("/")) return `file://${encodePath(clean)}`;
  return encodePath(clean);
}
