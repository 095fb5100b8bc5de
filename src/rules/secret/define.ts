/**
 * The two ways a provider's credential is written down, as builders of secret families:
 *
 * - `token`: the value has a format of its own (`glpat-…`, `shpat_…`, `dop_v1_…`), found
 *   wherever it is, by its literal prefix.
 * - `keyed`: the value has no prefix (32 hex characters), so it counts only when a name that
 *   says whose it is binds it: `ADAFRUIT_TOKEN=…`, `"datadogApiKey": "…"`, `<sentryToken>…`.
 *
 * Both take the format as a shape (shape.ts), so a family's regex, sample and longest match
 * come from one description.
 */
import type { Severity } from "../../core/model.js";
import type { Grade, MatchContext, SecretFamily } from "./family.js";
import { entropy } from "./placeholder.js";
import { keywordSpellings } from "./prefilter.js";
import {
  escapeRegex,
  leadingLiteral,
  type Shape,
  shapeMaxLength,
  shapeSample,
  shapeSource,
} from "./shape.js";
import { identifierEnd, identifierStart } from "./text.js";

/**
 * How a value is bound to a name, in the syntaxes release contents use: assignments in
 * every language, with a type between name and operator (`var token string = …`) (`=`, `:=`, `::=`, `?=`, `.=`, `=>`, `:`), JSON and YAML keys, a second
 * argument (`setProperty("NAME", "v")`), XML elements (`<name>\n  v\n</name>`), and all of
 * these JSON-escaped inside a string (a source map's `sourcesContent`, a config in JSON).
 */
export const QUOTE = String.raw`(?:\\{0,3}["'\x60]|&quot;)`;
/** The binding up to (not including) an opening quote. */
export const BIND_OPERATOR = String.raw`${QUOTE}?(?:[ \t]{1,4}[A-Za-z][\w.<>[\]]{0,24})?[ \t]{0,4}(?:[:?.+|]{0,3}=>?|:|,(?=[ \t]{0,4}${QUOTE})|>(?=\s))[ \t]{0,4}(?:(?:\r?\n|\\r?\\n)[ \t]{0,16})?`;
export const BINDING = `${BIND_OPERATOR}${QUOTE}?`;

/**
 * Char code → 1 for what can come right after the name in BIND_OPERATOR: a closing quote
 * (`\`, `"`, `'`, a backtick, `&quot;`), a space or tab, or an operator's first char
 * (`:?.+|=`, `,`, `>`).
 */
const AFTER_NAME = new Uint8Array(128).map((_, c) =>
  "\\\"'`& \t:?.+|=,>".includes(String.fromCharCode(c)) ? 1 : 0,
);
/** Names longer than this cannot match (a generic word plus three tails of 25; a provider's name plus 40). */
const MAX_NAME = 96;

/**
 * Whether the name at `at` is followed by something a binding can start with. Most hits of
 * `token` or `secret` in code are in calls and property reads (`getToken(`, `token)`,
 * `secret;`), and most `Key`s in SDK code are parts of longer names (`KeyId`, `keys[i]`):
 * this look at one char after the name rules them out before a regex runs. It holds for
 * every family that binds a name: the name and what may follow it before BIND_OPERATOR
 * (NAME_TAIL, NAME_REST) are identifier chars, and BIND_OPERATOR cannot start with one but
 * `.`, which must lead to one of these chars. Property tests hold it to the regexes.
 */
export function followedByBinding(text: string, at: number): boolean {
  // The word and NAME_TAIL are identifier chars (letters, digits, `_.-`).
  const end = identifierEnd(text, at, MAX_NAME);
  // The text ends (or the name is too long to judge here): the regex decides.
  if (end === text.length || end === at + MAX_NAME) return true;
  const code = text.charCodeAt(end);
  return code < 128 && AFTER_NAME[code] === 1;
}

/** What may follow a bound value: a quote, space, separator, an escaped line break or the end. */
export const VALUE_END = String.raw`(?=\\{0,3}["'\x60]|&quot;|[\s;,)<}\]]|\\[nrt]|$)`;
/** The rest of a name after the provider's word: `_TOKEN`, `ApiKey`, `-api-key`, `.secret`. */
const NAME_REST = String.raw`[\w.-]{0,40}`;

/** A keyword as a regex that ignores case, without the `i` flag (which would loosen the value too). */
export function caselessSource(word: string): string {
  return [...word]
    .map((c) => (/[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : escapeRegex(c)))
    .join("");
}

interface CommonSpec {
  id: string;
  title: string;
  provider: string;
  /** Default "error". */
  severity?: Severity;
  validate?(value: string, context: MatchContext): boolean;
  grade?(value: string, context: MatchContext): Grade | undefined;
  /** When `grade` lowers the severity, in words for the README. */
  gradedWhen?: string;
  /** Text that must not be reported as this family. */
  nearMisses?: string[];
}

export interface TokenSpec extends CommonSpec {
  shape: Shape;
  /**
   * A regex source for formats a shape cannot say (optional parts, alternatives); the shape
   * then only makes the sample and the length, and `maxLength` must be given.
   */
  source?: string;
  maxLength?: number;
  /** Default: the shape's leading literal. */
  keywords?: string[];
  /** The keywords match in any case. */
  caseless?: boolean;
  /** How many leading characters are the public prefix (default: the leading literal's length). */
  prefixLength?: number;
  /** Characters that may not touch the token before it (default letters, digits, `_`). */
  before?: string;
  /** Characters that may not follow it (default letters, digits, `_`, and the last run's set). */
  after?: string;
}

/** A credential with a format of its own, found by its prefix. */
export function token(spec: TokenSpec): SecretFamily {
  const literal = leadingLiteral(spec.shape);
  // The prefilter takes up to 16 chars; the regex checks the rest of a longer prefix.
  const keywords = spec.keywords ?? [literal.slice(0, 16)];
  if (keywords.some((keyword) => keyword.length < 3))
    throw new Error(`${spec.id}: a keyword of 3+ chars is needed`);
  const last = spec.shape.at(-1);
  const after = spec.after ?? `A-Za-z0-9_${typeof last === "string" ? "" : last?.set.pattern}`;
  const before = spec.before ?? "A-Za-z0-9_";
  return {
    id: spec.id,
    title: spec.title,
    provider: spec.provider,
    severity: spec.severity ?? "error",
    keywords,
    ...(spec.caseless ? { caseless: true } : {}),
    regex: new RegExp(`(?<![${before}])${spec.source ?? shapeSource(spec.shape)}(?![${after}])`, "g"),
    maxLength: spec.maxLength ?? shapeMaxLength(spec.shape),
    prefixLength: spec.prefixLength ?? Math.min(literal.length, 8),
    ...(spec.validate ? { validate: spec.validate } : {}),
    ...(spec.grade ? { grade: spec.grade } : {}),
    ...(spec.gradedWhen ? { gradedWhen: spec.gradedWhen } : {}),
    sample: (random) => shapeSample(spec.shape, random),
    nearMisses: spec.nearMisses ?? [],
  };
}

export interface KeyedSpec extends CommonSpec {
  /** The provider's words as they appear in names (any case), 3-16 chars: `adafruit`, `new-relic`. */
  names: string[];
  value: Shape;
  /** A regex source for values a shape cannot say; the shape then only makes the sample. */
  valueSource?: string;
  /** How many leading chars of the value are a public prefix (kept in redaction, not judged as a placeholder). */
  prefixLength?: number;
}

/**
 * A keyed value must look random enough to be a credential rather than a word or an id made
 * of a few repeated characters: at least this share of the entropy a random value of its
 * length and alphabet (digits, hex, letters and digits) would have.
 */
const KEYED_ENTROPY_SHARE = 0.6;

function looksRandom(value: string): boolean {
  const alphabet = /^[0-9]+$/.test(value) ? 10 : /^[0-9a-fA-F]+$/.test(value) ? 16 : 62;
  return entropy(value) >= KEYED_ENTROPY_SHARE * Math.log2(Math.min(value.length, alphabet));
}

/** Names that say the value is meant to be public: an OAuth client id, a publishable key. */
const PUBLIC_NAME = /client[_-]?id|(?:^|[_.-])id$|[a-z]Id$|public|publishable|pub[_-]?key|site[_-]?key/;

/** A credential bound to a name that says whose it is. */
export function keyed(spec: KeyedSpec): SecretFamily {
  const names = spec.names.map(caselessSource).join("|");
  return {
    id: spec.id,
    title: spec.title,
    provider: spec.provider,
    severity: spec.severity ?? "error",
    kind: "keyed",
    caseless: true,
    providerNames: true,
    mayStartAt: followedByBinding,
    textOnly: true,
    keywords: spec.names,
    regex: new RegExp(
      `(?:${names})${NAME_REST}${BINDING}(${spec.valueSource ?? shapeSource(spec.value)})${VALUE_END}`,
      "g",
    ),
    maxLength: 40 + 16 + 60 + shapeMaxLength(spec.value),
    prefixLength: spec.prefixLength ?? 0,
    validate: (value, context) =>
      startsName(spec.names, context) &&
      looksRandom(value) &&
      (spec.validate ? spec.validate(value, context) : true),
    grade: (value, context) => spec.grade?.(value, context) ?? publicByName(context),
    gradedWhen: [spec.gradedWhen, "when its name says it is an id or a public key"]
      .filter(Boolean)
      .join("; "),
    sample: (random) => {
      // Drawn again when the draw would not pass as random (a 16-digit id of four digits).
      let value = shapeSample(spec.value, random);
      for (let attempt = 0; attempt < 20 && !looksRandom(value); attempt++)
        value = shapeSample(spec.value, random);
      return `${spec.names[0]}_token = "${value}"`;
    },
    nearMisses: spec.nearMisses ?? [],
  };
}

/**
 * Whether the provider's word starts a word of the name, spelled as a word: `ADAFRUIT_KEY`,
 * `adafruitKey`, `myAdafruitKey`, `clickHouseToken` (when the name is given as `ClickHouse`),
 * but not `SetSysctl` (`etSy`), `sumOfExposures` (`sumO`) or `CameraKit` (`meraKi`).
 */
export function startsName(names: readonly string[], context: MatchContext): boolean {
  const name = names.find((word) => context.match.slice(0, word.length).toLowerCase() === word.toLowerCase());
  if (name === undefined) return false;
  const text = context.match.slice(0, name.length);
  if (!keywordSpellings([name]).includes(text)) return false;
  const previous = context.before.at(-1) ?? "";
  if (!/[A-Za-z]/.test(previous)) return true;
  // Glued to a letter: only a camelCase join (`myAdafruit`) starts a new word.
  return /[a-z]/.test(previous) && /[A-Z]/.test(text[0]!);
}

/** The whole name a match binds (`linkedinClientId`), from the text before it and the match. */
export function boundName(context: MatchContext): string {
  const head = context.before.slice(identifierStart(context.before, context.before.length));
  const tail = /^[\w.-]*/.exec(context.match)?.[0] ?? "";
  return head + tail;
}

function publicByName(context: MatchContext): Grade | undefined {
  const name = boundName(context);
  if (!PUBLIC_NAME.test(name) && !PUBLIC_NAME.test(name.toLowerCase())) return undefined;
  return {
    severity: "warning",
    reason: "its name says it is an id or a public key, which are shipped to clients by design",
  };
}
