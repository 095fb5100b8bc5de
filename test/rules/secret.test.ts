import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FindingInput } from "../../src/core/model.js";
import type { Rule } from "../../src/rules/rule.js";
import { SECRET_FAMILIES } from "../../src/rules/secret/patterns.js";
import { maskablePieces } from "../../src/rules/secret/redact.js";
import { BATCH } from "../../src/rules/secret/stream-scanner.js";
import { createSecretRule } from "../../src/rules/secret.js";
import { runRule } from "../helpers/rule-harness.js";
import { filler, random, sampleValue } from "./secret/scan-text.js";

const P = (...parts: string[]) => parts.join("");
const byId = (id: string) => SECRET_FAMILIES.find((family) => family.id === id)!;

function scan(
  content: string | Buffer,
  options: { onSecret?: (v: string) => void; path?: string; maxPerFile?: number } = {},
) {
  const rule = createSecretRule({
    genericEntropy: 3.5,
    ...(options.onSecret ? { onSecret: options.onSecret } : {}),
    ...(options.maxPerFile ? { maxPerFile: options.maxPerFile } : {}),
  });
  return runRule(rule, [{ path: options.path ?? "package/lib/config.js", content }]);
}

/** Feeds one file to the rule in exactly these chunks. */
function scanChunks(rule: Rule, path: string, chunks: Buffer[]): FindingInput[] {
  const findings: FindingInput[] = [];
  const run = rule.start({ id: "r", kind: "directory", source: "r" }, (finding) => findings.push(finding));
  const size = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const observer = run.onEntry?.({ path, innerPath: path, size, mode: 0o644, type: "file", depth: 0 });
  for (const chunk of chunks) observer?.onChunk(chunk);
  observer?.onEnd();
  return findings;
}

describe("secret rule", () => {
  it("reports a token with a redacted value, its line, a fix and a digest as evidence", () => {
    const token = byId("github-token").sample(random);
    const findings = scan(`// settings\n\nexport const token = "${token}";\n`);
    expect(findings).toEqual([
      {
        ruleId: "secret",
        severity: "error",
        path: "package/lib/config.js",
        message: `GitHub token (ghp_…${token.slice(-4)}) at line 3 would be published.`,
        fix: "Remove the file or the value from the release and rotate the token: anyone who downloads the release can use it.",
        details: { family: "github-token", redacted: `ghp_…${token.slice(-4)}`, line: 3 },
        evidence: expect.stringMatching(/^github-token:[0-9a-f]{16}$/),
      },
    ]);
  });

  it("finds a GCP service-account key file without a private_key_id", () => {
    const body = Buffer.from(Array.from({ length: 700 }, (_, i) => (i * 7919) % 251)).toString("base64");
    const pem = `-----BEGIN ${"PRIVATE"} KEY-----\n${body.match(/.{1,64}/g)!.join("\n")}\n-----END PRIVATE KEY-----\n`;
    const file = JSON.stringify({
      type: ["service", "account"].join("_"),
      private_key: pem,
      client_email: "ci@acme.iam",
    });
    expect(scan(file).map((f) => f.details?.family)).toEqual(["gcp-service-account"]);
  });

  it("finds unsigned JWTs (alg none) and ignores other JWT-shaped text without a signature", () => {
    const segment = (json: object) => Buffer.from(JSON.stringify(json)).toString("base64url");
    const payload = segment({ sub: "admin-service", role: "service_role", iat: 1700000000 });
    const unsigned = `${segment({ alg: "none", typ: "JWT" })}.${payload}.`;
    const unsignedButClaimsHs256 = `${segment({ alg: "HS256", typ: "JWT" })}.${payload}.`;
    expect(scan(`const t = "${unsigned}";`).map((f) => f.details?.family)).toEqual(["jwt"]);
    expect(scan(`const t = "${unsignedButClaimsHs256}";`)).toEqual([]);
  });

  it("never puts a raw value in a finding, for any family", () => {
    const samples = SECRET_FAMILIES.map((family) => ({ family, sample: family.sample(random) }));
    const text = samples.map(({ sample }) => sample).join("\n;\n");
    const findings = scan(text, { maxPerFile: SECRET_FAMILIES.length });
    // Formats of their own are judged before keyed and generic assignments: compare as sets.
    expect(findings.map((f) => f.details?.family).sort()).toEqual(SECRET_FAMILIES.map((f) => f.id).sort());
    const json = JSON.stringify(findings);
    for (const { family, sample } of samples) {
      for (const piece of maskablePieces(sampleValue(family, sample))) {
        expect(json.includes(piece), `${family.id} leaks ${piece.slice(0, 4)}…`).toBe(false);
      }
    }
    for (const finding of findings)
      expect(Object.keys(finding.details ?? {}).sort()).toEqual(["family", "line", "redacted"]);
  });

  it("hands every raw value to onSecret before reporting it, a private key line by line", () => {
    const token = byId("npm-token").sample(random);
    const pem = byId("private-key").sample(random);
    const events: string[] = [];
    const rule = createSecretRule({
      genericEntropy: 3.5,
      onSecret: (value) => events.push(`secret ${value}`),
    });
    const run = rule.start({ id: "r", kind: "directory", source: "r" }, (f) =>
      events.push(`report ${f.details?.family}`),
    );
    const observer = run.onEntry?.({
      path: "a.txt",
      innerPath: "a.txt",
      size: 0,
      mode: 0o644,
      type: "file",
      depth: 0,
    });
    observer?.onChunk(Buffer.from(`${token}\n${pem}`));
    observer?.onEnd();
    const bodyLines = pem.split("\n").slice(1, 5);
    expect(events).toEqual([
      `secret ${token}`,
      ...bodyLines.map((line) => `secret ${line}`),
      "report npm-token",
      "report private-key",
    ]);
  });

  it("reports 20 matches per file, counts the rest, and still masks them all", () => {
    const tokens = Array.from({ length: 30 }, () => byId("npm-token").sample(random));
    const masked: string[] = [];
    const findings = scan(tokens.map((t) => `t = ${t}\n`).join(""), { onSecret: (v) => masked.push(v) });
    expect(findings).toHaveLength(20);
    expect(findings.every((f) => f.details?.moreInFile === 10)).toBe(true);
    expect(masked).toEqual(tokens);
  });

  it("finds a token split across two chunks at every offset, in a file long enough to be read in batches", () => {
    const token = byId("stripe-secret-key").sample(random);
    const before = filler(BATCH + 5000);
    const text = Buffer.from(`${before}\nkey=${token}\n`);
    const start = before.length + 5;
    const rule = createSecretRule({ genericEntropy: 3.5 });
    for (let cut = start - 2; cut <= start + token.length + 2; cut++) {
      const findings = scanChunks(rule, "app.env", [text.subarray(0, cut), text.subarray(cut)]);
      expect(
        findings.map((f) => [f.details?.family, f.details?.line, f.details?.redacted]),
        `cut at ${cut - start}`,
      ).toEqual([["stripe-secret-key", before.split("\n").length + 1, `sk_l…${token.slice(-4)}`]]);
    }
  });

  it("gives the same token the same evidence, and different tokens different evidence", () => {
    const [a, b] = [byId("github-token").sample(random), byId("github-token").sample(random)];
    const evidence = (text: string) => scan(text).map((f) => f.evidence);
    expect(evidence(`x ${a}\n`)).toEqual(evidence(`\n\n${a} moved\n`));
    expect(evidence(`x ${a}\n`)).not.toEqual(evidence(`x ${b}\n`));
  });

  it("searches binary files for token formats only, and says so", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const token = byId("npm-token").sample(random);
    const generic = byId("generic-assignment").sample(random);
    const findings = scan(Buffer.concat([png, Buffer.from(`\n${generic}\n${token}\n`)]), {
      path: "assets/logo.png",
    });
    expect(findings.map((f) => [f.details?.family, f.details?.binary])).toEqual([["npm-token", true]]);
  });

  it("does not watch directories or links", () => {
    const run = createSecretRule({ genericEntropy: 3.5 }).start(
      { id: "r", kind: "directory", source: "r" },
      () => {},
    );
    for (const type of ["directory", "symlink", "hardlink"] as const) {
      expect(
        run.onEntry?.({ path: "a", innerPath: "a", size: 0, mode: 0o755, type, depth: 0 }),
      ).toBeUndefined();
    }
  });

  it("ignores documentation placeholders", () => {
    const text = [
      P("aws_access_key_id = AKIAIOSFODNN7", "EXAMPLE"),
      P("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/", "bPxRfiCYEXAMPLEKEY"),
      'NPM_TOKEN="<token>"',
      P("GITHUB_TOKEN=$", "{GITHUB_TOKEN}"),
      P("token: ghp_", "x".repeat(36)),
      'api_key = "{{ api_key }}"',
    ].join("\n");
    expect(scan(text)).toEqual([]);
  });

  it("finds the AWS key in gitleaks' api.go at line 20", async () => {
    const corpus = join(import.meta.dirname, "../../fixtures/gitleaks-archives/files/api.go");
    const findings = scan(await readFile(corpus), { path: "files/api.go" });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "error",
      details: {
        family: "aws-access-key-id",
        line: 20,
        redacted: expect.stringMatching(/^AKIA…[A-Z2-7]{4}$/),
      },
    });
    expect(findings[0]!.message).toMatch(
      /^AWS access key ID \(AKIA…[A-Z2-7]{4}\) at line 20 would be published\.$/,
    );
  });
});
