/**
 * Values that have the shape of a secret but are documentation or scaffolding: AWS's
 * published example keys, `ghp_xxxx…`, `<token>`, `${VAR}`, runs like `abcdef`/`123456`.
 * Every check here is improbable for a real random token (well under one in a million for a
 * 36-character one), which is what lets the rule drop them without losing real leaks.
 */

/** Words and template syntax that only occur in examples and templates. */
const PLACEHOLDER_TEXT =
  /example|dummy|placeholder|sample|changeme|change_me|your[_-]|redacted|test[_-]?(?:key|token|secret)|<[^>]*>|\$\{|\{\{|%\(|\$\(/i;
/** Masking runs: `xxxxxx`, `******`, `......`, `######`, `00000000`, any character 10 times. */
const MASK_RUN = /[xX*.#]{6}|0{8}|(.)\1{9}/;

/** A JSDoc `@example` tag, or an OpenAPI/JSON Schema `example:` / `"examples": [` key. */
const EXAMPLE_MARKER = /(?:@example\b|\bexamples?["']?\s{0,4}[:=])[^;{}\n]{0,40}$/i;

/**
 * Whether the value sits in a documentation example: the line before it carries an example
 * marker. API specs and the types generated from them (`@octokit/openapi-types`) quote whole
 * sample keys that way.
 */
export function isDocumentationExample(textBefore: string): boolean {
  // Right before the value, in the same statement: in a minified bundle the whole file is one
  // line, and an `examples:` earlier on it says nothing about a key further on.
  return EXAMPLE_MARKER.test(textBefore.slice(-120));
}

/** Shannon entropy in bits per character. */
export function entropy(value: string): number {
  let bits = 0;
  countCharacters(value, (n) => {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  });
  return bits;
}

/**
 * Calls `each` with the count of every distinct character of `value`. Values are latin1
 * (one char per byte): counted in a reused 256-slot array, which a file full of candidates
 * makes hot (a Map per value cost more than the regexes).
 */
const COUNTS = new Uint32Array(256);
function countCharacters(value: string, each: (count: number, code: number) => void): void {
  for (let i = 0; i < value.length; i++) COUNTS[value.charCodeAt(i) & 0xff]!++;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i) & 0xff;
    const count = COUNTS[code]!;
    if (count === 0) continue;
    each(count, code);
    COUNTS[code] = 0;
  }
}

/** Documentation examples and obvious placeholders are never findings. */
export function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER_TEXT.test(value) || MASK_RUN.test(value)) return true;
  if (mostlyMaskCharacters(value) || mostlySequential(value)) return true;
  return endsInRepetition(value);
}

/**
 * One character over 60% of the value, or `x`/`X`/`*`/`0` together over half of it. The
 * second test waits for 16 characters: in a short random token half x's happens too often.
 */
function mostlyMaskCharacters(value: string): boolean {
  let most = 0;
  let mask = 0;
  countCharacters(value, (count, code) => {
    most = Math.max(most, count);
    // x, X, *, 0
    if (code === 120 || code === 88 || code === 42 || code === 48) mask += count;
  });
  return most > value.length * 0.6 || (value.length >= 16 && mask * 2 >= value.length);
}

/**
 * `abcdef`, `123456`, `ZYXWVU` somewhere, or runs of 3+ letters or digits in alphabetical
 * order (either way) making up half the value (`abc123xyz456`).
 */
function mostlySequential(value: string): boolean {
  let inRuns = 0;
  let run = 1;
  let direction = 0;
  const close = () => {
    if (run >= 6) inRuns = Number.POSITIVE_INFINITY;
    else if (run >= 3) inRuns += run;
  };
  for (let i = 1; i < value.length; i++) {
    const step = value.charCodeAt(i) - value.charCodeAt(i - 1);
    const alnum = isAlnum(value.charCodeAt(i)) && isAlnum(value.charCodeAt(i - 1));
    if (alnum && (step === 1 || step === -1) && (run === 1 || step === direction)) {
      run++;
      direction = step;
    } else {
      close();
      run = alnum && (step === 1 || step === -1) ? 2 : 1;
      direction = step;
    }
  }
  close();
  return inRuns * 2 >= value.length;
}

/**
 * A value whose tail repeats a unit of up to 8 chars over most of its length
 * (`ghp_abababab…`, `deadbeefdeadbeef…`). Only the tail is looked at, because families
 * put a fixed prefix in front.
 */
function endsInRepetition(value: string): boolean {
  for (let period = 1; period <= 8; period++) {
    let run = 0;
    for (let i = value.length - 1; i >= period && value[i] === value[i - period]; i--) run++;
    if (run + period >= value.length * 0.6 && run >= period * 2) return true;
  }
  return false;
}

function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
