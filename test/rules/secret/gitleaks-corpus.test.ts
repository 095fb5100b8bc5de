/**
 * Detection measured on gitleaks' own rule samples (fixtures/gitleaks-rules): every sample
 * becomes one file, in a directory and in an npm tarball, and each is scanned once by the
 * engine with the secret rule. The goal (issue 12): recall of at least 97% at any severity
 * and 90% at error severity over all true positives, and at most 2% of the false positives
 * reported at error severity. Per gitleaks rule, a floor holds too; the rules below it are
 * listed in EXPECTED_GAPS with the reason. On failure the per-rule table is printed.
 */
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FindingInput, Severity } from "../../../src/core/model.js";
import type { Rule } from "../../../src/rules/rule.js";
import { createSecretRule } from "../../../src/rules/secret.js";
import { removeTempDirs, tempDir, tgzBuffer, writeTree } from "../../helpers/archives.js";
import { scanPath } from "../../helpers/scan.js";

interface Sample {
  rule: string;
  kind: "tp" | "fp";
  text: string;
  path?: string;
}

const FIXTURE = join(import.meta.dirname, "../../../fixtures/gitleaks-rules/samples.jsonl.gz");

/** The samples, each once (literal samples repeat across gitleaks' three seeded runs). */
function loadSamples(): Sample[] {
  const seen = new Set<string>();
  const samples: Sample[] = [];
  for (const line of gunzipSync(readFileSync(FIXTURE)).toString("utf8").split("\n")) {
    if (!line) continue;
    const { rule, kind, text, path } = JSON.parse(line) as Sample;
    const key = JSON.stringify([rule, kind, text, path]);
    if (seen.has(key)) continue;
    seen.add(key);
    samples.push({ rule, kind, text, ...(path ? { path } : {}) });
  }
  return samples;
}

const DEFAULT_FLOOR = { any: 0.9, error: 0.85 };

/**
 * Rules where leakgate finds less than the default floor, by decision or by gap. `error: 0`
 * marks severities graded down on purpose (reported, but as warnings).
 */
const EXPECTED_GAPS: Record<string, { any?: number; error?: number; why: string }> = {
  // Graded down on purpose.
  "github-app-token": { error: 0, why: "generated samples fail GitHub's CRC32 checksum: made-up, a warning" },
  "github-oauth": { error: 0, why: "checksum fails: warning" },
  "github-pat": { error: 0, why: "checksum fails: warning" },
  "github-refresh-token": { error: 0, why: "checksum fails: warning" },
  "npm-access-token": { error: 0, why: "generated samples fail npm's CRC32 checksum: warning" },
  "stripe-access-token": { error: 0.45, why: "half the samples are sk_test_ keys: warning" },
  "gcp-api-key": {
    error: 0,
    why: "Google API keys are browser keys (Firebase, Maps) unless the context says Gemini",
  },
  "discord-client-id": { error: 0, why: "a client id is public by design" },
  "flutterwave-public-key": { error: 0, why: "public key" },
  "lob-pub-api-key": { error: 0, why: "publishable key" },
  "mailgun-pub-key": { error: 0, why: "public validation key" },
  "mapbox-api-token": { error: 0, why: "pk. tokens are public browser tokens" },
  "new-relic-browser-api-token": { error: 0, why: "browser ingest key, embedded in pages by design" },
  "generic-api-key": {
    any: 0.85,
    error: 0.3,
    why: "a generic name and a random value: a warning, not proof",
  },
  jwt: {
    any: 0.8,
    error: 0,
    why: "JWTs are warnings; gitleaks' generated JWTs do not decode (only the assignment is seen)",
  },
  "jwt-base64": { any: 0, error: 0, why: "base64 of a JWT is not a format leakgate looks for" },
  // Placeholders: the samples are documentation values (`12345678-ABCD-…`, `QQQQ…`, `1111111111`).
  "age-secret-key": { any: 0, error: 0, why: "the sample key is all Q: a placeholder" },
  "snyk-api-token": { any: 0, error: 0, why: "12345678-ABCD-ABCD-…: a placeholder" },
  "sonar-api-token": { any: 0, error: 0, why: "12345678ABCDEFH…: a placeholder" },
  "messagebird-client-id": { any: 0, error: 0, why: "12345678-ABCD-…: a placeholder" },
  "slack-legacy-workspace-token": { any: 0.2, error: 0, why: "runs of ten 1s: a placeholder" },
  "anthropic-api-key": { any: 0.7, error: 0.7, why: "one literal sample is abc123…xyz, a placeholder" },
  "anthropic-admin-api-key": { any: 0.7, error: 0.7, why: "one literal sample is abc12fake…, a placeholder" },
  "aws-amazon-bedrock-api-key-short-lived": {
    any: 0,
    error: 0,
    why: "the samples are the bare prefix; a real key goes on with its signed query, which leakgate requires",
  },
  "aws-amazon-bedrock-api-key-long-lived": {
    any: 0.4,
    error: 0.4,
    why: "EXAMPLE samples, and lowercase-only bodies",
  },
  // Not (yet) detected.
  "sourcegraph-access-token": {
    any: 0.8,
    error: 0.8,
    why: "one sample binds a bare `sourcegraph:` key with no credential word, which is not searched for",
  },
  "facebook-page-access-token": {
    any: 0,
    error: 0,
    why: "EAA… fills source map mappings, so it is found only under a Facebook name; the samples have none",
  },
  "curl-auth-header": {
    any: 0.3,
    error: 0.2,
    why: "UUID or short tokens after Authorization: without a scheme",
  },
  "curl-auth-user": { any: 0.2, error: 0.2, why: "multi-line curl commands and short passwords" },
  "kubernetes-secret-yaml": {
    any: 0.25,
    error: 0,
    why: "base64 values under `kind: Secret` are not decoded",
  },
  "nuget-config-password": {
    any: 0.3,
    error: 0,
    why: "<add key=… value=…> is not an assignment leakgate reads",
  },
  "hashicorp-tf-password": {
    any: 0,
    error: 0,
    why: "short dictionary passwords: below the generic entropy floor",
  },
  "gcp-service-account": { any: 0, error: 0, why: "the sample is only the type line, without a key" },
  "pkcs12-file": {
    any: 0,
    error: 0,
    why: "a file-name rule: internal-path judges key files, not the secret rule",
  },
  "vault-service-token": { any: 0.8, error: 0.8, why: "`token: s.…` without a Vault name is too generic" },
};

interface Tally {
  tp: number;
  any: number;
  error: number;
  fp: number;
  fpError: number;
}

type Outcome = Array<Severity | undefined>;

/** Wraps the secret rule so that every finding is seen, past the engine's per-rule budget. */
function observedSecretRule(seen: FindingInput[]): Rule {
  const inner = createSecretRule({ genericEntropy: 3.5 });
  return {
    ...inner,
    start: (artifact, report) =>
      inner.start(artifact, (finding) => {
        seen.push(finding);
        report(finding);
      }),
  };
}

const RANK: Record<Severity, number> = { note: 0, warning: 1, error: 2 };

/** Per sample (by index), the worst severity reported for its file. */
function outcomes(findings: FindingInput[], count: number): Outcome {
  const worst: Outcome = new Array(count).fill(undefined);
  for (const finding of findings) {
    const index = Number(/samples\/(\d+)\//.exec(finding.path)?.[1]);
    if (!Number.isInteger(index)) continue;
    const previous = worst[index];
    if (!previous || RANK[finding.severity] > RANK[previous]) worst[index] = finding.severity;
  }
  return worst;
}

describe("gitleaks' rule samples", () => {
  const samples = loadSamples();
  const tpTexts = new Set(samples.filter((s) => s.kind === "tp").map((s) => s.text));
  let fromDirectory: Outcome;
  let fromTarball: Outcome;

  beforeAll(async () => {
    const tree: Record<string, string> = {};
    samples.forEach((sample, index) => {
      tree[`samples/${index}/${sample.path ?? "sample.txt"}`] = sample.text;
    });
    const root = await tempDir();
    const directory = join(root, "corpus");
    await writeTree(directory, tree);
    const tarball = join(root, "corpus-1.0.0.tgz");
    await writeFile(
      tarball,
      await tgzBuffer({
        "package/package.json": '{"name":"corpus","version":"1.0.0"}',
        ...Object.fromEntries(Object.entries(tree).map(([path, text]) => [`package/${path}`, text])),
      }),
    );
    const seenInDirectory: FindingInput[] = [];
    await scanPath(directory, { rules: [observedSecretRule(seenInDirectory)] });
    fromDirectory = outcomes(seenInDirectory, samples.length);
    const seenInTarball: FindingInput[] = [];
    await scanPath(tarball, { rules: [observedSecretRule(seenInTarball)] });
    fromTarball = outcomes(seenInTarball, samples.length);
  }, 120_000);

  afterAll(removeTempDirs);

  function tally(outcome: Outcome): { perRule: Map<string, Tally>; total: Tally } {
    const perRule = new Map<string, Tally>();
    const total: Tally = { tp: 0, any: 0, error: 0, fp: 0, fpError: 0 };
    samples.forEach((sample, index) => {
      const row = perRule.get(sample.rule) ?? { tp: 0, any: 0, error: 0, fp: 0, fpError: 0 };
      perRule.set(sample.rule, row);
      const severity = outcome[index];
      if (sample.kind === "tp") {
        for (const t of [row, total]) {
          t.tp++;
          if (severity) t.any++;
          if (severity === "error") t.error++;
        }
        // A false-positive sample of one rule that is a true positive of another is a secret.
      } else if (!tpTexts.has(sample.text)) {
        for (const t of [row, total]) {
          t.fp++;
          if (severity === "error") t.fpError++;
        }
      }
    });
    return { perRule, total };
  }

  const pct = (n: number, of: number) => (of === 0 ? "-" : `${((100 * n) / of).toFixed(1)}%`);

  function table(perRule: Map<string, Tally>): string {
    const rows = [...perRule].sort(([a], [b]) => a.localeCompare(b));
    return rows
      .map(
        ([rule, t]) =>
          `${rule.padEnd(46)} tp ${String(t.tp).padStart(4)}  any ${pct(t.any, t.tp).padStart(6)}  error ${pct(t.error, t.tp).padStart(6)}  fp@error ${t.fpError}/${t.fp}`,
      )
      .join("\n");
  }

  it("scans every sample the same way in a directory and inside an npm tarball", () => {
    expect(fromTarball).toEqual(fromDirectory);
  });

  it("finds at least 97% of the true positives, 90% at error, and at most 2% of the false positives at error", () => {
    const { perRule, total } = tally(fromTarball);
    const summary = `any ${pct(total.any, total.tp)}, error ${pct(total.error, total.tp)}, fp at error ${pct(total.fpError, total.fp)} (${total.tp} tp, ${total.fp} fp)`;
    const ok =
      total.any / total.tp >= 0.97 && total.error / total.tp >= 0.9 && total.fpError / total.fp <= 0.02;
    console.log(summary);
    if (!ok) console.log(table(perRule));
    expect(total.any / total.tp, summary).toBeGreaterThanOrEqual(0.97);
    expect(total.error / total.tp, summary).toBeGreaterThanOrEqual(0.9);
    expect(total.fpError / total.fp, summary).toBeLessThanOrEqual(0.02);
  });

  it("holds each gitleaks rule's floor (the default, or its documented gap)", () => {
    const { perRule } = tally(fromTarball);
    const below: string[] = [];
    for (const [rule, t] of perRule) {
      if (t.tp === 0) continue;
      const floor = { ...DEFAULT_FLOOR, ...EXPECTED_GAPS[rule] };
      if (t.any / t.tp < floor.any) below.push(`${rule}: any ${pct(t.any, t.tp)} < ${floor.any * 100}%`);
      if (t.error / t.tp < floor.error)
        below.push(`${rule}: error ${pct(t.error, t.tp)} < ${floor.error * 100}%`);
    }
    if (below.length > 0) console.log(table(perRule));
    expect(below).toEqual([]);
  });

  it("lists no gap for a rule that now meets the default floor (the list stays honest)", () => {
    const { perRule } = tally(fromTarball);
    const stale = Object.entries(EXPECTED_GAPS)
      .filter(([rule, gap]) => {
        const t = perRule.get(rule);
        if (!t || t.tp === 0) return true;
        const any = gap.any === undefined || t.any / t.tp >= DEFAULT_FLOOR.any;
        const error = gap.error === undefined || t.error / t.tp >= DEFAULT_FLOOR.error;
        return any && error;
      })
      .map(([rule]) => rule);
    expect(stale).toEqual([]);
  });
});
