import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  RULE_DOCS,
  helpUri,
  ruleDoc
} from "./chunk-4BAKHTGU.js";
import {
  normaliseSlashes,
  workspaceLocation
} from "./chunk-DJ2VPRYM.js";
import {
  formatNumber
} from "./chunk-Q7PGW6GP.js";
import {
  DOCS_URL
} from "./chunk-UH47JUDB.js";

// src/reporters/sarif.ts
var SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var GITHUB_MAX_RESULTS = 25e3;
var LEVEL = { error: "error", warning: "warning", note: "note" };
var RANK = { error: 0, warning: 1, note: 2 };
function renderSarif(report, options = {}) {
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
  const run = {
    tool: {
      driver: {
        name: "leakgate",
        version: report.tool.version,
        semanticVersion: report.tool.version,
        informationUri: DOCS_URL,
        rules: ruleIds.map(rule)
      }
    },
    ...options.category ? { automationDetails: { id: `${options.category.replace(/\/+$/, "")}/` } } : {},
    ...omitted > 0 ? {
      invocations: [
        {
          executionSuccessful: true,
          toolExecutionNotifications: [
            {
              level: "warning",
              message: {
                text: `${formatNumber(omitted)} of ${formatNumber(report.findings.length)} findings are left out of this SARIF file (the least severe; code scanning accepts at most ${formatNumber(GITHUB_MAX_RESULTS)} per run). The JSON report has them all.`
              }
            }
          ]
        }
      ]
    } : {},
    results: kept.map(
      (finding) => result(finding, ruleIndex.get(finding.ruleId), artifacts.get(finding.artifact), {
        pathPrefix: options.pathPrefix,
        packageSources
      })
    ),
    columnKind: "utf16CodeUnits",
    ...omitted > 0 ? { properties: { findings: report.findings.length, omittedFindings: omitted } } : {}
  };
  return { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] };
}
function renderSarifJson(report, options = {}) {
  return `${JSON.stringify(renderSarif(report, options), null, 2)}
`;
}
function rule(id) {
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
      markdown: `${doc.summary}

**Fix:** ${doc.fix}

[Documentation](${uri})`
    },
    defaultConfiguration: { level: LEVEL[doc.defaultSeverity] },
    properties: {
      tags: [...doc.tags, ...doc.cwe.map((id2) => `external/cwe/cwe-${id2}`)],
      // Code scanning reads these two to rank alerts (critical/high/medium/low) and order them.
      "security-severity": doc.securitySeverity.toFixed(1),
      precision: doc.precision
    }
  };
}
function result(finding, ruleIndex, artifact, where) {
  const packageSource = artifact?.kind === "npm-tarball" && artifact.packageName ? where.packageSources.get(artifact.packageName) : void 0;
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
          ...place.line ? { region: { startLine: place.line } } : {}
        },
        logicalLocations: [{ fullyQualifiedName: inner, kind: "resource" }]
      }
    ],
    partialFingerprints: {
      primaryLocationLineHash: `${finding.fingerprint.slice(0, 16)}:1`,
      "leakgate/v1": finding.fingerprint
    },
    properties: {
      artifact: finding.artifact,
      ...artifact ? { artifactKind: artifact.kind } : {},
      path: finding.path,
      ...finding.details ? { details: finding.details } : {}
    }
  };
}
function keepMostSevere(findings, max) {
  if (findings.length <= max) return [...findings];
  const chosen = new Set(
    findings.map((finding, index) => ({ finding, index })).sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity] || a.index - b.index).slice(0, max).map(({ index }) => index)
  );
  return findings.filter((_, index) => chosen.has(index));
}
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function toUri(path) {
  const clean = normaliseSlashes(path).replace(LONE_SURROGATE, "�");
  const encode = (segment) => encodeURIComponent(segment).replace(/%(40|2B|3D|2C)/g, (kept) => decodeURIComponent(kept));
  const encodePath = (text) => text.split("/").map(encode).join("/");
  const drive = /^([A-Za-z]:)\//.exec(clean);
  if (drive) return `file:///${drive[1]}/${encodePath(clean.slice(3))}`;
  if (clean.startsWith("/")) return `file://${encodePath(clean)}`;
  return encodePath(clean);
}

export {
  renderSarifJson
};
