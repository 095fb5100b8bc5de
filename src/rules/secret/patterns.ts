/**
 * High-confidence secret formats, as data. Each family says how to find a value, what it is,
 * how bad it is, and carries its own true-positive generator and near misses, which one test
 * runs for every family (the way gitleaks keeps samples with its rules).
 *
 * Every match starts with one of the family's `keywords`: the prefilter (prefilter.ts) finds
 * keyword occurrences in the raw bytes, and only there is the family's regex tried, anchored.
 * Regexes use bounded repetition over character classes that cannot overlap their
 * neighbours, so each attempt is linear and no match is longer than `maxLength`.
 */

import { base62, crc32, gradeByCrc32 } from "./checksum.js";
import { CI_AND_INFRASTRUCTURE } from "./families/ci-and-infrastructure.js";
import { CLOUD } from "./families/cloud.js";
import { CREDENTIALS_IN_CONFIG } from "./families/credentials-in-config.js";
import { MESSAGING } from "./families/messaging.js";
import { PAYMENTS } from "./families/payments.js";
import { SAAS } from "./families/saas.js";
import { SOURCE_CONTROL } from "./families/source-control.js";
import {
  ALNUM,
  BASE32,
  BASE64,
  type MatchContext,
  P,
  randomFrom,
  type SecretFamily,
  URLSAFE,
} from "./family.js";
import { GENERIC_ASSIGNMENT } from "./generic.js";

/** A line break as written in a file, or escaped inside a JSON/JS string (`\n`). */
const NL = String.raw`(?:\r?\n|\\(?:r\\)?n)`;
/** The start of a PEM body: a first line of 40+ base64 chars and up to 3 more lines (the value). */
const PEM_BODY = String.raw`([A-Za-z0-9+/]{40,80}(?:${NL}[ \t]{0,8}[A-Za-z0-9+/=]{1,80}){0,3})`;
/** RFC 1421 / OpenPGP armor headers (`Proc-Type: …`, `Version: …`) and the blank line after them. */
const ARMOR_HEADERS = String.raw`(?:[A-Za-z][A-Za-z-]{0,39}:[^\r\n\\]{0,200}${NL}){0,4}(?:[ \t]{0,8}${NL}){0,2}[ \t]{0,8}`;
/** `"private_key": "` right before a PEM header: the key is a JSON field. */
const JSON_PRIVATE_KEY_FIELD = /"private_key"\s{0,4}:\s{0,4}"$/;
const SERVICE_ACCOUNT_TYPE = /"type"\s{0,4}:\s{0,4}"service_account"/;
const AWS_KEY_ID = /(?:AKIA|ASIA)[A-Z2-7]{16}/;

/** A PEM block made of `base64` wrapped at `width`, with `armor` lines before the body. */
function pemBlock(label: string, base64: string, width = 64, armor = ""): string {
  const lines = base64.match(new RegExp(`.{1,${width}}`, "g")) ?? [];
  return [P("-----BEGIN ", label, "-----"), ...(armor ? [armor, ""] : []), ...lines, `-----END ${label}-----`]
    .join("\n")
    .concat("\n");
}

const randomBase64 = (bytes: number, random: () => string) =>
  Buffer.from(randomFrom(BASE64, bytes, random), "latin1").toString("base64");

/** A GCP service account's private key sits in JSON: the gcp family reports it, not this one. */
function isServiceAccountField(context: MatchContext): boolean {
  return (
    JSON_PRIVATE_KEY_FIELD.test(context.before) && SERVICE_ACCOUNT_TYPE.test(context.before + context.after)
  );
}

export const SECRET_FAMILIES: SecretFamily[] = [
  {
    id: "aws-access-key-id",
    title: "AWS access key ID",
    provider: "Amazon",
    severity: "error",
    keywords: ["AKIA", "ASIA", "ABIA", "ACCA"],
    regex: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])/g,
    maxLength: 20,
    prefixLength: 4,
    sample: (r) => P("AK", "IA", randomFrom(BASE32, 16, r)),
    nearMisses: [
      P("AKIAIOSFODNN7", "EXAMPLE"),
      "AKIA1234",
      P("XAKIA", "Q7RZT2MWP5LKV3HN"),
      P("AKIA", "Q7RZT2MWP5LKV3HNB"),
      P("AKIA", "XXXXXXXXXXXXXXXX"),
    ],
  },
  {
    id: "aws-secret-access-key",
    title: "AWS secret access key",
    provider: "Amazon",
    severity: "error",
    keywords: ["secret"],
    caseless: true,
    // The name starts the match; `aws_` before it, or an access key ID nearby, makes it AWS's.
    regex:
      /secret[_-]?(?:access[_-]?)?key["']?\s{0,4}(?::=|=>|=|:)\s{0,4}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
    maxLength: 80,
    prefixLength: 0,
    validate: (value, context) =>
      /[0-9]/.test(value) &&
      /[A-Z]/.test(value) &&
      /[a-z]/.test(value) &&
      (/aws[_-]?$/i.test(context.before) || AWS_KEY_ID.test(context.before + context.after)),
    sample: (r) => P("aws_secret_", "access_key = ", randomFrom(BASE64, 38, r), "A1"),
    nearMisses: [
      P("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/", "bPxRfiCYEXAMPLEKEY"),
      P("aws_secret_access_key = $", "{AWS_SECRET}"),
      // Without an AWS name or key ID around, a 40-char base64 value could be anything.
      P("secret_access_key = ", "q8Rv2Lm0ZtX4bWc7Ny5Pk1Hs9Dg3Jf6Ae0Ui2Ko4"),
    ],
  },
  {
    id: "github-token",
    title: "GitHub token",
    provider: "GitHub",
    severity: "error",
    keywords: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"],
    regex: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
    maxLength: 40,
    prefixLength: 4,
    grade: gradeByCrc32(4),
    gradedWhen: "when its checksum does not match (a made-up value)",
    sample: (r) => withCrc32(P("gh", "p_"), randomFrom(ALNUM, 30, r)),
    nearMisses: [
      "ghp_short",
      P("ghx_", "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"),
      P("ghp_", "x".repeat(36)),
      P("ghp_", "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8", "9"),
    ],
  },
  {
    id: "github-fine-grained-token",
    title: "GitHub fine-grained personal access token",
    provider: "GitHub",
    severity: "error",
    keywords: ["github_pat_"],
    regex: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{82}(?![A-Za-z0-9_])/g,
    maxLength: 93,
    prefixLength: 4,
    sample: (r) => P("github", "_pat_", randomFrom(ALNUM, 22, r), "_", randomFrom(ALNUM, 59, r)),
    nearMisses: ["github_pat_tooShort", "github_pat_<your token here>"],
  },
  {
    id: "npm-token",
    title: "npm access token",
    provider: "npm",
    severity: "error",
    keywords: ["npm_"],
    regex: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
    maxLength: 40,
    prefixLength: 4,
    grade: gradeByCrc32(4),
    gradedWhen: "when its checksum does not match (a made-up value)",
    sample: (r) => withCrc32(P("np", "m_"), randomFrom(ALNUM, 30, r)),
    nearMisses: ["npm_config_registry", "process.env.npm_package_version", "npm_lifecycle_event"],
  },
  {
    id: "slack-token",
    title: "Slack token",
    provider: "Slack",
    severity: "error",
    keywords: ["xox", "xapp-"],
    // Bot, user, workspace and legacy tokens (`xoxb-`, `xoxp-`, `xoxa-2-`, `xoxs-`: groups of
    // digits then a random part), app-level tokens (`xapp-1-`), and the rotating
    // configuration tokens (`xoxe.xoxp-1-…`, `xoxe-1-…`). A `#`/`*` run after it is a mask.
    regex:
      /(?<![A-Za-z0-9])(?:xox[abposr]-(?:\d-)?[0-9]{8,14}-[0-9A-Za-z-]{10,250}|xapp-\d-[A-Z0-9]{9,12}-\d{10,16}-[a-zA-Z0-9]{32,80}|xoxe(?:\.xox[bp])?-\d-[0-9A-Za-z-]{60,250})(?![A-Za-z0-9#*-])/g,
    maxLength: 280,
    prefixLength: 4,
    sample: (r) =>
      P(
        "xo",
        "xb-",
        randomFrom("0123456789", 12, r),
        "-",
        randomFrom("0123456789", 13, r),
        "-",
        randomFrom(ALNUM, 24, r),
      ),
    nearMisses: [
      "xoxb-not-a-token",
      "xoxq-123456789012-abcdefghijkl",
      P("xoxb-", "1234567890-xxxxxxxxxxxxxxxx"),
    ],
  },
  {
    id: "google-api-key",
    title: "Google API key",
    provider: "Google",
    severity: "error",
    keywords: ["AIza"],
    regex: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g,
    maxLength: 39,
    prefixLength: 4,
    // Most Google API keys in a release are browser keys (Firebase config, Maps), public by
    // design and restricted by referrer; a Gemini key is a bill waiting to happen.
    gradedWhen: "unless the text around it says Gemini or Vertex: browser keys are public by design",
    grade: (_value, context) =>
      /gemini|generativelanguage|genai|vertex/i.test(context.before.slice(-300) + context.after.slice(0, 100))
        ? undefined
        : {
            severity: "warning",
            reason:
              "Google API keys in browser code (Firebase, Maps) are public by design; check it is restricted to your apps",
          },
    sample: (r) => P("AI", "za", randomFrom(URLSAFE, 35, r)),
    nearMisses: ["AIzaShort", P("AIza", "X".repeat(35)), P("AIza", "Sy", "d".repeat(34))],
  },
  {
    id: "gcp-service-account",
    title: "Google Cloud service-account key",
    provider: "Google",
    severity: "error",
    keywords: ['"private_key"'],
    regex: new RegExp(
      String.raw`"private_key"\s{0,4}:\s{0,4}"-----BEGIN (?:RSA )?PRIVATE KEY-----\\n${PEM_BODY}`,
      "g",
    ),
    maxLength: 512,
    prefixLength: 0,
    validate: (_value, context) => SERVICE_ACCOUNT_TYPE.test(context.before + context.after),
    sample: (r) =>
      JSON.stringify(
        {
          type: P("service", "_account"),
          project_id: "demo-project",
          private_key_id: randomFrom("0123456789abcdef", 40, r),
          private_key: pemBlock(P("PRIVATE", " KEY"), randomBase64(900, r)),
          client_email: "deploy@demo-project.iam.gserviceaccount.com",
        },
        null,
        2,
      ),
    nearMisses: [
      '{"type": "service_account", "project_id": "demo", "private_key": ""}',
      P('{"type": "authorized_user", "client_secret": "', "d-FL95Q19q7MQmFpd7hHD0Ty", '"}'),
    ],
  },
  {
    id: "private-key",
    title: "Private key",
    provider: "(any)",
    severity: "error",
    keywords: ["-----BEGIN"],
    // The body's first lines are required: crypto libraries carry the bare header as a constant.
    regex: new RegExp(
      String.raw`-----BEGIN (?:(?:RSA|EC|DSA|ENCRYPTED) )?PRIVATE KEY-----[ \t]{0,8}${NL}${ARMOR_HEADERS}${PEM_BODY}`,
      "g",
    ),
    maxLength: 1536,
    prefixLength: 0,
    validate: (_value, context) => !isServiceAccountField(context),
    sample: (r) => pemBlock(P("RSA PRIVATE", " KEY"), randomBase64(1190, r)),
    nearMisses: [
      "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n",
      "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
      'const HEADER = "-----BEGIN PRIVATE KEY-----";',
    ],
  },
  {
    id: "openssh-private-key",
    title: "OpenSSH private key",
    provider: "(any)",
    severity: "error",
    keywords: ["-----BEGIN"],
    regex: new RegExp(
      String.raw`-----BEGIN OPENSSH PRIVATE KEY-----[ \t]{0,8}${NL}[ \t]{0,8}${PEM_BODY}`,
      "g",
    ),
    maxLength: 512,
    prefixLength: 0,
    // Every OpenSSH key starts with the base64 of "openssh-key-v1\0".
    validate: (value) => value.startsWith("b3BlbnNzaC1rZXktdjEA"),
    sample: (r) =>
      pemBlock(
        P("OPENSSH PRIVATE", " KEY"),
        Buffer.concat([
          Buffer.from("openssh-key-v1\0", "latin1"),
          Buffer.from(randomFrom(BASE64, 380, r), "latin1"),
        ]).toString("base64"),
        70,
      ),
    nearMisses: [
      "-----BEGIN OPENSSH PRIVATE KEY-----\n<paste your key here>\n-----END OPENSSH PRIVATE KEY-----",
      P(
        "-----BEGIN OPENSSH PRIVATE KEY-----\n",
        "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9w\n",
      ),
    ],
  },
  {
    id: "pgp-private-key",
    title: "PGP private key block",
    provider: "(any)",
    severity: "error",
    keywords: ["-----BEGIN"],
    regex: new RegExp(
      String.raw`-----BEGIN PGP PRIVATE KEY BLOCK-----[ \t]{0,8}${NL}${ARMOR_HEADERS}${PEM_BODY}`,
      "g",
    ),
    maxLength: 1536,
    prefixLength: 0,
    sample: (r) => pemBlock(P("PGP PRIVATE", " KEY BLOCK"), randomBase64(700, r), 64, "Version: Demo 1.0"),
    nearMisses: [
      "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGNvYWxhIGJhbGFuY2UgaXMgYSBwdWJsaWMga2V5IGJsb2Nr\n",
      "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n[key]\n",
    ],
  },
  {
    id: "anthropic-api-key",
    title: "Anthropic API key",
    provider: "Anthropic",
    severity: "error",
    keywords: ["sk-"],
    regex: /(?<![A-Za-z0-9_-])sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{80,120}(?![A-Za-z0-9_-])/g,
    maxLength: 140,
    prefixLength: 4,
    sample: (r) => P("sk-", "ant-api03-", randomFrom(URLSAFE, 93, r), "AA"),
    nearMisses: ["sk-ant-api03-short", "sk-ant-xyz", P("sk-ant-api03-", "your-key-here-".repeat(7))],
  },
  {
    id: "openai-api-key",
    title: "OpenAI API key",
    provider: "OpenAI",
    severity: "error",
    keywords: ["sk-"],
    // Project/service/admin keys by prefix; legacy `sk-` keys only with the `T3BlbkFJ` marker.
    regex:
      /(?<![A-Za-z0-9_-])sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,300}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})(?![A-Za-z0-9_-])/g,
    maxLength: 320,
    prefixLength: 4,
    sample: (r) => P("sk-", "proj-", randomFrom(URLSAFE, 120, r)),
    nearMisses: ["sk-proj-short", "sk-1234", P("sk-", "q8Rv2Lm0ZtX4bWc7Ny5Pk1Hs9Dg3Jf6Ae0Ui2Ko4Tn7Yb5We3Ma")],
  },
  {
    id: "azure-storage-connection-string",
    title: "Azure storage connection string",
    provider: "Microsoft",
    severity: "error",
    keywords: ["AccountKey="],
    regex: /AccountKey=([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/g,
    maxLength: 100,
    prefixLength: 0,
    // Same connection string: `AccountName=…;` shortly before. devstoreaccount1 is the storage
    // emulator (Azurite): its key is public and documented.
    validate: (_value, context) => {
      const name = /AccountName=([A-Za-z0-9]{1,64});[^\s"'`]{0,300}$/.exec(context.before.slice(-400))?.[1];
      return name !== undefined && name !== "devstoreaccount1";
    },
    sample: (r) =>
      P(
        "DefaultEndpointsProtocol=https;AccountName=acme",
        "store;Account",
        "Key=",
        randomFrom(BASE64, 86, r),
        "==;EndpointSuffix=core.windows.net",
      ),
    nearMisses: [
      "DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=<key>",
      P(
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;Account",
        "Key=",
        "Q1w2E3r4T5y6U7i8O9p0".repeat(4),
        "Zx9Kq7",
        "==",
      ),
      P("Account", "Key=", "Q1w2E3r4T5y6U7i8O9p0".repeat(4), "Zx9Kq7", "=="),
      "UseDevelopmentStorage=true",
    ],
  },
  {
    id: "jwt",
    title: "JSON Web Token",
    provider: "(any)",
    severity: "warning",
    keywords: ["eyJ"],
    regex:
      /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,1000}\.eyJ[A-Za-z0-9_-]{10,2500}\.(?:[A-Za-z0-9_-]{16,700})?(?![A-Za-z0-9_-])/g,
    maxLength: 4224,
    prefixLength: 3,
    // The header must decode to a JSON object with an algorithm: base64 that merely starts
    // with `eyJ` is any JSON. An unsigned token (`alg: none`) ends at its second dot: anyone
    // can forge one, but a service that accepts it accepts this one.
    validate: (value) => {
      const header = decodeJsonSegment(value.slice(0, value.indexOf(".")));
      if (header === undefined || !("alg" in header)) return false;
      return !value.endsWith(".") || String(header.alg).toLowerCase() === "none";
    },
    sample: (r) =>
      [
        Buffer.from('{"alg":"HS256","typ":"JWT"}').toString("base64url"),
        Buffer.from(`{"sub":"${randomFrom(ALNUM, 12, r)}","iat":1700000000}`).toString("base64url"),
        randomFrom(URLSAFE, 43, r),
      ].join("."),
    nearMisses: [
      "eyJhbGciOi.notajwt",
      // Valid JWT shape whose header has no algorithm: {"not":"jwt"}.
      P("eyJub3QiOiJqd3QifQ", ".eyJub3QiOiJqd3QifQ", ".c2lnbmF0dXJlc2lnbmF0dXJl"),
    ],
  },
  ...SOURCE_CONTROL,
  ...CI_AND_INFRASTRUCTURE,
  ...CLOUD,
  ...MESSAGING,
  ...PAYMENTS,
  ...SAAS,
  ...CREDENTIALS_IN_CONFIG,
  GENERIC_ASSIGNMENT,
];

/** A token with a valid checksum: what the registry would issue. */
function withCrc32(prefix: string, random30: string): string {
  return prefix + random30 + base62(crc32(random30), 6);
}

function decodeJsonSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export type { MatchContext, SecretFamily } from "./family.js";
export { matchValue, randomFrom } from "./family.js";

/** The longest match of any family. */
export const MAX_MATCH_LENGTH = Math.max(...SECRET_FAMILIES.map((family) => family.maxLength));
