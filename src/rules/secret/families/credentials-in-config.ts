/**
 * Credentials that have no format of their own but sit in places that say what they are:
 * a URL's `user:password@`, `.npmrc`'s `_authToken`, docker's `config.json` auths, an HTTP
 * Basic header, `curl -u user:password`. `.git-credentials` is a list of such URLs.
 */
import type { Grade, MatchContext, SecretFamily } from "../family.js";
import { entropy } from "../placeholder.js";

/** Hosts of examples and of the machine itself: a password there is rarely a real one. */
const LOCAL_HOST =
  /^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[?::1\]?|[\w.-]*example\.(?:com|org|net)|[\w-]+)(?:[:/]|$)/i;
/** Passwords that are the word itself or a template, not a value. */
const NOT_A_PASSWORD =
  /^(?:pass(?:word|wd)?|pwd|secret|token|changeme|admin|root|test|guest|user(?:name)?|x+|\*+)$/i;
const TEMPLATE = /[$%{}<>[\]]|^:/;
/** In a URL `%` encodes and `$` is a character: only template syntax makes it no password. */
const URL_TEMPLATE = /\$\{|\$\(|\{\{|%\(|%s\b|<[^>]*>|^\$[A-Za-z_]/;

const WEAK: Grade = {
  severity: "warning",
  reason: "it points at a local or example host, or its password is too short or simple to be a real one",
};

function decodeBase64(value: string): string | undefined {
  try {
    return Buffer.from(value, "base64").toString("latin1");
  } catch {
    return undefined;
  }
}

/** base64 of `user:password` with a password that is a value. */
function isUserPassword(encoded: string): boolean {
  const decoded = decodeBase64(encoded);
  if (decoded === undefined || !/^[\x20-\x7e]+$/.test(decoded)) return false;
  const colon = decoded.indexOf(":");
  return colon > 0 && isPasswordValue(decoded.slice(colon + 1));
}

function isPasswordValue(password: string): boolean {
  return password.length >= 3 && !TEMPLATE.test(password) && !NOT_A_PASSWORD.test(password);
}

export const CREDENTIALS_IN_CONFIG: SecretFamily[] = [
  {
    id: "url-credentials",
    title: "Password in a URL",
    provider: "(any)",
    severity: "error",
    // Judged after the formats: a known token after `_authToken=` is reported as itself.
    kind: "keyed",
    keywords: ["://"],
    // scheme://user:password@host: the password is the value; the user may be empty.
    regex: /:\/\/[^\s:@/"'`<>\\]{0,64}:([^\s@/"'`<>\\]{1,128})@(?=[A-Za-z0-9[])/g,
    maxLength: 200,
    prefixLength: 0,
    validate: (value) => value.length >= 3 && !URL_TEMPLATE.test(value) && !NOT_A_PASSWORD.test(value),
    gradedWhen: "for local and example hosts and short or simple passwords",
    grade: (value: string, context: MatchContext) =>
      LOCAL_HOST.test(context.after) || value.length < 8 || entropy(value) < 2 ? WEAK : undefined,
    sample: () => `postgres://app:${"Zq8".concat("v2LmT0xRw4")}@db.internal.acme.io:5432/app`,
    nearMisses: [
      `https://user:$${"{PASSWORD}"}@example.com`,
      "postgres://user:password@localhost/db",
      "https://github.com/acme/repo",
      "mailto:someone@example.com",
    ],
  },
  {
    id: "npmrc-auth-token",
    title: "npm registry auth token (.npmrc)",
    provider: "npm",
    severity: "error",
    // Judged after the formats: a known token after `_authToken=` is reported as itself.
    kind: "keyed",
    keywords: [":_authToken=", ":_auth=", ":_password="],
    // Tokens and base64: a value of other characters (`:_authToken=:_authToken=…`) is no token.
    regex: /:_(?:authToken|auth|password)\s{0,4}=\s{0,4}["']?([A-Za-z0-9+/=._~-]{8,512})/g,
    maxLength: 540,
    prefixLength: 0,
    validate: (value) => !TEMPLATE.test(value),
    sample: () => `//registry.npmjs.org/:_authToken=${"3f2b9c1e".concat("-7d4a-4c8e-9b1f-0a6e5d3c2b1a")}`,
    nearMisses: [`//registry.npmjs.org/:_authToken=$${"{NPM_TOKEN}"}`],
  },
  {
    id: "docker-config-auth",
    title: "Registry credentials (docker config.json)",
    provider: "Docker",
    severity: "error",
    // Judged after the formats: a known token after `_authToken=` is reported as itself.
    kind: "keyed",
    keywords: ['"auth"'],
    regex: /"auth"\s{0,4}:\s{0,4}"([A-Za-z0-9+/]{8,400}={0,2})"/g,
    maxLength: 420,
    prefixLength: 0,
    validate: isUserPassword,
    sample: () =>
      `{"auths":{"ghcr.io":{"auth":"${Buffer.from("ci-bot:".concat("Tq7vR2mX9pL4")).toString("base64")}"}}}`,
    nearMisses: ['{"auths":{"ghcr.io":{"auth":"dXNlcjo="}}}'],
  },
  {
    id: "basic-auth-header",
    title: "HTTP Basic credentials",
    provider: "(any)",
    severity: "error",
    // Judged after the formats: a known token after `_authToken=` is reported as itself.
    kind: "keyed",
    keywords: ["Basic "],
    regex: /[Bb]asic\s{1,4}([A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])/g,
    maxLength: 420,
    prefixLength: 0,
    validate: (value, context) => /authorization/i.test(context.before.slice(-80)) && isUserPassword(value),
    sample: () => `Authorization: Basic ${Buffer.from("deploy:".concat("Xw3kP9rT2vQ8")).toString("base64")}`,
    nearMisses: ["Authorization: Basic YnJvd3Nlcjo=", "Basic authentication is supported"],
  },
  {
    id: "bearer-token",
    title: "Bearer token in an Authorization header",
    provider: "(any)",
    severity: "error",
    // Judged after the formats: a known token after `_authToken=` is reported as itself.
    kind: "keyed",
    keywords: ["Bearer "],
    regex: /[Bb]earer\s{1,4}([A-Za-z0-9+/_.~-]{20,2000}={0,2})(?![A-Za-z0-9+/=_.~-])/g,
    maxLength: 2020,
    prefixLength: 0,
    // Only a literal header value with a random-looking token, not `Bearer ${token}` or docs prose.
    validate: (value, context) =>
      /authorization["']?\s{0,4}[:=,]\s{0,4}["'`]?$/i.test(context.before.slice(-60)) &&
      /[0-9]/.test(value) &&
      entropy(value) >= 3.5,
    sample: () => `Authorization: Bearer ${"cfc4bd11c7ed9a41".concat("b1a3e063c32d5114")}`,
    nearMisses: [
      `Authorization: Bearer $${"{token}"}`,
      "Authorization: Bearer <token>",
      "the Bearer scheme is used",
    ],
  },
  {
    id: "curl-credentials",
    title: "Password on a curl command line",
    provider: "(any)",
    severity: "error",
    // Judged after the formats: a known token after `_authToken=` is reported as itself.
    kind: "keyed",
    keywords: ["curl "],
    regex: /curl\s(?:[^\n]{0,200}?\s)?(?:-u|--user)\s{1,4}["']?[^\s"':]{0,64}:([^\s"']{3,128})/g,
    maxLength: 420,
    prefixLength: 0,
    validate: isPasswordValue,
    grade: (value) => (value.length < 8 ? WEAK : undefined),
    gradedWhen: "for passwords under 8 characters",
    sample: () => `curl -u deploy:${"Rf9x".concat("Q2mTz7Lp")} https://repo.acme.io/upload`,
    nearMisses: ['curl -u "$USER:$PASS" https://x', "curl -u username:password https://x"],
  },
];
