/**
 * Generic `password = "…"` / `"token": "…"` / `API_KEY=…` assignments. Names say nothing
 * about the value, so the value has to look random: long enough, mixed characters with a
 * digit, and a Shannon entropy at or above `thresholds.genericSecretEntropy` (bits/char).
 * Severity warning: an assignment is a lead, not proof.
 */
import { ALNUM, randomFrom, type SecretFamily } from "./family.js";
import { entropy } from "./placeholder.js";

/** The names, in the spellings code uses (the regex itself ignores case). */
const NAMES = [
  ["password", "Password", "PASSWORD", "passwd", "Passwd", "PASSWD"],
  ["secret", "Secret", "SECRET"],
  ["token", "Token", "TOKEN"],
  ["api_key", "api-key", "apikey", "apiKey", "ApiKey", "API_KEY", "APIKEY"],
  ["access_key", "access-key", "accesskey", "accessKey", "AccessKey", "ACCESS_KEY", "ACCESSKEY"],
  ["auth_key", "auth-key", "authkey", "authKey", "AuthKey", "AUTH_KEY", "AUTHKEY"],
].flat();

/** A quoted value: printable ASCII without quotes, backslashes or spaces. */
const QUOTED = String.raw`[^\s"'\x60\\\x00-\x1f\x7f-\xff]{12,128}`;
/** An unquoted value running to the end of the line (`.env`, YAML): no code punctuation. */
const BARE = String.raw`[^\s"'\x60\\(),;.{}[\]<>\x00-\x1f\x7f-\xff]{12,128}`;

export const GENERIC_ASSIGNMENT: SecretFamily = {
  id: "generic-assignment",
  title: "Password or token assignment",
  severity: "warning",
  keywords: NAMES,
  // Starts at the name, so `GITHUB_TOKEN`, `clientSecret` and `db_password` all qualify.
  regex: new RegExp(
    String.raw`(?:password|passwd|secret|token|api[_-]?key|access[_-]?key|auth[_-]?key)(?:[_-]?key)?["']?\s{0,4}(?::=|=>|=|:)\s{0,4}(?:"(${QUOTED})"|'(${QUOTED})'|\x60(${QUOTED})\x60|(${BARE})(?=[ \t]{0,64}(?:\r?\n|$)))`,
    "gi",
  ),
  maxLength: 160,
  prefixLength: 0,
  textOnly: true,
  validate: (value, context) =>
    !/^[a-z][a-z0-9+.-]*:\/\//i.test(value) &&
    /[0-9]/.test(value) &&
    characterClasses(value) >= 2 &&
    entropy(value) >= context.entropyThreshold,
  // 26 random characters: at 18, one sample in a few thousand fell under the entropy threshold.
  sample: (r) => `const password = "${randomFrom(`${ALNUM}!#%&*+-`, 26, r)}7q";`,
  nearMisses: [
    'password = "correcthorsebattery"',
    `const token = "$${"{process.env.TOKEN}"}";`,
    'secret = "aaaaaaaaaaaaaaaa1"',
    'password = "password123password123"',
    "password: string;",
    "const token = getToken(request.headers.authorization2);",
    "PASSWORD=process.env.DB_PASSWORD_2",
    'tokenizer = "Xq7pL2v9Rz1mK4wB"',
  ],
};

function characterClasses(value: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
}
