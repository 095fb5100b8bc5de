/**
 * High-confidence secret formats, as data. Each family says how to find a value, what it is,
 * how bad it is, and carries its own true-positive generator and near misses, which one test
 * runs for every family (the way gitleaks keeps samples with its rules).
 *
 * Regexes are anchored on fixed prefixes with bounded repetition, so scanning stays linear.
 * `keywords` are cheap substring checks: a family's regex runs only on text that contains
 * one of them.
 */
import type { Severity } from "../../model.js";

export interface SecretFamily {
  id: string;
  /** What the value is, for messages ("GitHub personal access token"). */
  title: string;
  severity: Severity;
  /** Substrings one of which must occur for the regex to be worth running. */
  keywords: string[];
  /** Global regex; capture group 1 (or the whole match) is the secret value. */
  regex: RegExp;
  /** How many leading chars of the value are a public, recognisable prefix (for redaction). */
  prefixLength: number;
  /** Extra checks on a match; `window` is the text around it. */
  validate?(value: string, window: string): boolean;
  /** A fresh fake value, made at test time (never committed as a literal). */
  sample(random: () => string): string;
  /** Text that must NOT be reported. */
  nearMisses: string[];
}

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const BASE64 = `${ALNUM}+/`;
const URLSAFE = `${ALNUM}-_`;

/** `count` characters drawn from `alphabet` with the supplied randomness (0..1 floats as strings). */
export function randomFrom(alphabet: string, count: number, random: () => string): string {
  let out = "";
  while (out.length < count) {
    for (const c of random()) {
      const index = c.charCodeAt(0) % alphabet.length;
      out += alphabet[index];
      if (out.length === count) break;
    }
  }
  return out;
}

const P = (...parts: string[]) => parts.join("");

/** Shannon entropy in bits per character. */
export function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

export const SECRET_FAMILIES: SecretFamily[] = [
  {
    id: "aws-access-key-id",
    title: "AWS access key ID",
    severity: "error",
    keywords: ["AKIA", "ASIA", "ABIA", "ACCA"],
    regex: /(?<![A-Z0-9])((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Z0-9])/g,
    prefixLength: 4,
    sample: (r) => P("AK", "IA", randomFrom(BASE32, 16, r)),
    nearMisses: [P("AKIAIOSFODNN7", "EXAMPLE"), "AKIA1234", "XAKIAABCDEFGHIJKLMNOPQ", "akiaabcdefghijklmnop"],
  },
  {
    id: "aws-secret-access-key",
    title: "AWS secret access key",
    severity: "error",
    keywords: ["aws", "AWS", "Aws"],
    regex: /aws_?secret_?(?:access_?)?key["']?\s*[:=]\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
    prefixLength: 0,
    validate: (value) => /[0-9]/.test(value) && /[A-Z]/.test(value) && /[a-z]/.test(value),
    sample: (r) => P("aws_secret_access_key = ", randomFrom(BASE64, 38, r), "A1"),
    nearMisses: [
      P("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/", "bPxRfiCYEXAMPLEKEY"),
      P("aws_secret_access_key = $", "{AWS_SECRET}"),
    ],
  },
  {
    id: "github-token",
    title: "GitHub token",
    severity: "error",
    keywords: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"],
    regex: /(?<![A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/g,
    prefixLength: 4,
    sample: (r) => P("gh", "p_", randomFrom(ALNUM, 36, r)),
    nearMisses: [
      "ghp_short",
      "ghx_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    ],
  },
  {
    id: "github-fine-grained-token",
    title: "GitHub fine-grained personal access token",
    severity: "error",
    keywords: ["github_pat_"],
    regex: /(?<![A-Za-z0-9_])(github_pat_[A-Za-z0-9_]{82})(?![A-Za-z0-9_])/g,
    prefixLength: 4,
    sample: (r) => P("github", "_pat_", randomFrom(ALNUM, 22, r), "_", randomFrom(ALNUM, 59, r)),
    nearMisses: ["github_pat_tooShort", "github_pat_<your token here>"],
  },
  {
    id: "npm-token",
    title: "npm access token",
    severity: "error",
    keywords: ["npm_"],
    regex: /(?<![A-Za-z0-9_])(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/g,
    prefixLength: 4,
    sample: (r) => P("np", "m_", randomFrom(ALNUM, 36, r)),
    nearMisses: ["npm_config_registry", "process.env.npm_package_version", "npm_lifecycle_event"],
  },
  {
    id: "slack-token",
    title: "Slack token",
    severity: "error",
    keywords: ["xox"],
    regex: /(?<![A-Za-z0-9])(xox[abpors]-[0-9]{8,14}-[0-9A-Za-z-]{10,200})(?![A-Za-z0-9-])/g,
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
    nearMisses: ["xoxb-not-a-token", "xoxq-123456789012-abcdefghijkl"],
  },
  {
    id: "stripe-live-key",
    title: "Stripe live secret key",
    severity: "error",
    keywords: ["_live_"],
    regex: /(?<![A-Za-z0-9_])([sr]k_live_[0-9A-Za-z]{24,99})(?![A-Za-z0-9_])/g,
    prefixLength: 4,
    sample: (r) => P("sk", "_live_", randomFrom(ALNUM, 32, r)),
    nearMisses: [P("sk", "_test_", "4eC39HqLyjWDarjtT1zdp7dc"), "sk_live_short"],
  },
  {
    id: "google-api-key",
    title: "Google API key",
    severity: "error",
    keywords: ["AIza"],
    regex: /(?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/g,
    prefixLength: 4,
    sample: (r) => P("AI", "za", randomFrom(URLSAFE, 35, r)),
    nearMisses: ["AIzaShort", "AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
  },
  {
    id: "gcp-service-account",
    title: "Google Cloud service-account key",
    severity: "error",
    keywords: ["private_key_id"],
    regex: /"private_key_id"\s*:\s*"([0-9a-f]{40})"/g,
    prefixLength: 0,
    validate: (_value, window) => window.includes("service_account"),
    sample: (r) =>
      P(
        '{"type": "service',
        '_account", "project_id": "demo", "private_key_id": "',
        randomFrom("0123456789abcdef", 40, r),
        '"}',
      ),
    nearMisses: ['{"type": "authorized_user", "private_key_id": "0123456789abcdef0123456789abcdef01234567"}'],
  },
  {
    id: "private-key",
    title: "private key",
    severity: "error",
    keywords: ["PRIVATE KEY"],
    regex:
      /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----[ \t]*\r?\n(?:[A-Za-z-]+:[^\n]{0,200}\n){0,4}\s{0,4}([A-Za-z0-9+/=]{40})/g,
    prefixLength: 0,
    sample: (r) =>
      P(
        "-----BEGIN ",
        "RSA PRIVATE",
        " KEY-----\n",
        randomFrom(BASE64, 64, r),
        "\n-----END RSA PRIVATE KEY-----\n",
      ),
    nearMisses: [
      "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n",
      "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
    ],
  },
  {
    id: "anthropic-api-key",
    title: "Anthropic API key",
    severity: "error",
    keywords: ["sk-ant-"],
    regex: /(?<![A-Za-z0-9_-])(sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{80,120})(?![A-Za-z0-9_-])/g,
    prefixLength: 4,
    sample: (r) => P("sk-", "ant-api03-", randomFrom(URLSAFE, 93, r), "AA"),
    nearMisses: ["sk-ant-api03-short", "sk-ant-xyz"],
  },
  {
    id: "openai-api-key",
    title: "OpenAI API key",
    severity: "error",
    keywords: ["sk-proj-", "sk-svcacct-", "sk-admin-", "T3BlbkFJ"],
    regex:
      /(?<![A-Za-z0-9_-])(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,300}|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})(?![A-Za-z0-9_-])/g,
    prefixLength: 4,
    sample: (r) => P("sk-", "proj-", randomFrom(URLSAFE, 120, r)),
    nearMisses: ["sk-proj-short", "sk-1234"],
  },
  {
    id: "azure-storage-connection-string",
    title: "Azure storage connection string",
    severity: "error",
    keywords: ["AccountKey="],
    // devstoreaccount1 is the storage emulator (Azurite): its key is public and documented.
    regex:
      /DefaultEndpointsProtocol=https?;AccountName=(?!devstoreaccount1;)[A-Za-z0-9]{3,24};AccountKey=([A-Za-z0-9+/]{86}==)/g,
    prefixLength: 0,
    sample: (r) =>
      P(
        "DefaultEndpointsProtocol=https;AccountName=acme",
        "store;Account",
        "Key=",
        randomFrom(BASE64, 86, r),
        "==",
      ),
    nearMisses: [
      "DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=<key>",
      P(
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;Account",
        "Key=",
        "Q".repeat(40),
        "x1".repeat(23),
        "==",
      ),
      "UseDevelopmentStorage=true",
    ],
  },
  {
    id: "jwt",
    title: "JSON Web Token",
    severity: "warning",
    keywords: ["eyJ"],
    regex:
      /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,2000}\.[A-Za-z0-9_-]{16,1000})(?![A-Za-z0-9_-])/g,
    prefixLength: 3,
    validate: (value) => {
      try {
        const header = JSON.parse(
          Buffer.from(value.slice(0, value.indexOf(".")), "base64url").toString("utf8"),
        );
        return typeof header === "object" && header !== null && "alg" in header;
      } catch {
        return false;
      }
    },
    sample: (r) =>
      [
        Buffer.from('{"alg":"HS256","typ":"JWT"}').toString("base64url"),
        Buffer.from(`{"sub":"${randomFrom(ALNUM, 12, r)}","iat":1700000000}`).toString("base64url"),
        randomFrom(URLSAFE, 43, r),
      ].join("."),
    nearMisses: ["eyJhbGciOi.notajwt", "eyJub3QiOiJqd3QifQ.eyJub3QiOiJqd3QifQ.c2lnbmF0dXJlc2lnbmF0dXJl"],
  },
];

/**
 * `password = "…"`-style assignments, reported only above an entropy threshold. Found
 * value-first: an assignment of a quoted, space-free value (`= "…"`, `: "…"`, `:= "…"`,
 * `=> "…"`) is cheap to find, and only then is the name before it checked. Searching for
 * the names first would run a case-insensitive alternation over every byte.
 */
export const GENERIC_VALUE = /(?::=|=>|[:=])\s{0,4}["'`]([^"'`\s]{12,128})["'`]/g;
export const GENERIC_NAME =
  /(?<![A-Za-z0-9])(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|auth[_-]?key|client[_-]?secret)["']?\s{0,4}$/i;
/** How far before the assignment the name may start. */
export const GENERIC_NAME_REACH = 40;

const PLACEHOLDER =
  /example|dummy|placeholder|sample|changeme|change_me|your[_-]|<[^>]*>|\$\{|\{\{|%\(|xxxx|XXXX|\*\*\*\*|0000000|1234567|abcdefg|redacted|test[_-]?(key|token|secret)/i;

/** Documentation examples and obvious placeholders are never findings. */
export function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER.test(value)) return true;
  if (/^(.)\1+$/.test(value)) return true;
  // Mostly one character (e.g. "AKIAAAAAAAAAAAAAAAAA").
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  return Math.max(...counts.values()) > value.length * 0.6;
}
