/**
 * Formats that belong to no provider: PEM, OpenSSH and PGP private keys (also as a GCP
 * service account's JSON field), and JSON Web Tokens.
 */
import { ALNUM, BASE64, type MatchContext, P, randomFrom, type SecretFamily, URLSAFE } from "../family.js";

/** A line break as written in a file, or escaped inside a JSON/JS string (`\n`). */
const NL = String.raw`(?:\r?\n|\\(?:r\\)?n)`;
/** The start of a PEM body: a first line of 40+ base64 chars and up to 3 more lines (the value). */
const PEM_BODY = String.raw`([A-Za-z0-9+/]{40,80}(?:${NL}[ \t]{0,8}[A-Za-z0-9+/=]{1,80}){0,3})`;
/** RFC 1421 / OpenPGP armor headers (`Proc-Type: …`, `Version: …`) and the blank line after them. */
const ARMOR_HEADERS = String.raw`(?:[A-Za-z][A-Za-z-]{0,39}:[^\r\n\\]{0,200}${NL}){0,4}(?:[ \t]{0,8}${NL}){0,2}[ \t]{0,8}`;
/** `"private_key": "` right before a PEM header: the key is a JSON field. */
const JSON_PRIVATE_KEY_FIELD = /"private_key"\s{0,4}:\s{0,4}"$/;
const SERVICE_ACCOUNT_TYPE = /"type"\s{0,4}:\s{0,4}"service_account"/;

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

export const KEYS: SecretFamily[] = [
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
];

function decodeJsonSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
