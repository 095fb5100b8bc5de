/**
 * Generic `password = "…"` / `"token": "…"` / `API_KEY=…` assignments. Names say nothing
 * about the value, so the value has to look random: long enough, mixed characters with a
 * digit, and a Shannon entropy at or above `thresholds.genericSecretEntropy` (bits/char).
 * Severity warning: an assignment is a lead, not proof.
 */
import { BIND_OPERATOR, caselessSource, followedByBinding, QUOTE, VALUE_END } from "./define.js";
import { ALNUM, randomFrom, type SecretFamily } from "./family.js";
import { entropy } from "./placeholder.js";

/** The words that make a name a credential's, found in any case and inside longer names. */
const WORDS = ["password", "passwd", "passPhrase", "secret", "token", "api_key", "api-key", "apiKey"];
const KEY_WORDS = ["access_key", "access-key", "accessKey", "auth_key", "auth-key", "authKey"];

/**
 * After the word, the name may go on only as a new word: `dbPassword`, `SECRET_KEY`,
 * `tokenValue`, `password.prod`, but not `tokenizer` or `secretariat`.
 */
const NAME_TAIL = "(?:(?:[_.-]|(?=[A-Z0-9]))[A-Za-z0-9]{1,24}){0,3}";
/** A quoted value: printable ASCII without quotes, backslashes or spaces. */
const QUOTED = String.raw`[^\s"'\x60\\\x00-\x1f\x7f-\xff]{12,128}`;
/** An unquoted value (`.env`, YAML, XML text): no code punctuation, so `getToken(x)` is no value. */
const BARE = String.raw`[^\s"'\x60\\(),;.{}[\]<>&\x00-\x1f\x7f-\xff]{12,128}`;

/**
 * An unquoted value must end its line (`.env`, YAML, `\n` inside a JSON string) or its XML
 * element: in `token: abc # comment` or `token = a b` the value could be anything.
 */
const BARE_END = String.raw`(?=[ \t]{0,64}(?:\r?\n|\\[rn]|$)|<\/)`;

export const GENERIC_ASSIGNMENT: SecretFamily = {
  id: "generic-assignment",
  title: "Password or token assignment",
  provider: "(any)",
  severity: "warning",
  kind: "generic",
  caseless: true,
  textOnly: true,
  keywords: [...WORDS, ...KEY_WORDS],
  // Starts at the word, so `GITHUB_TOKEN`, `clientSecret` and `db_password` all qualify.
  regex: new RegExp(
    `(?:${[...WORDS, ...KEY_WORDS].map(caselessSource).join("|")})${NAME_TAIL}${BIND_OPERATOR}(?:${QUOTE}(${QUOTED})${VALUE_END}|(${BARE})${BARE_END})`,
    "g",
  ),
  mayStartAt: followedByBinding,
  maxLength: 320,
  prefixLength: 0,
  validate: (value, context) =>
    !/^[a-z][a-z0-9+.-]*:\/\//i.test(value) &&
    !namesACredential(value) &&
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

/**
 * A value with a credential word as one of its parts is the name of one, not one: a header
 * (`x-aws-ec2-metadata-token`), a parameter (`X-Amz-Security-Token`), a key in a map.
 */
function namesACredential(value: string): boolean {
  return value.split(/[-_.:/]/).some((part) => /^(?:token|secret|password|passwd|key|auth)s?$/i.test(part));
}

function characterClasses(value: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
}
