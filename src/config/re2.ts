/**
 * RE2 (Go's regexp syntax, which gitleaks configs are written in) to a JavaScript RegExp.
 *
 * Most of the two dialects agree. What JavaScript (on Node 20) lacks is translated:
 *   - flags `(?i)`, `(?s)`, `(?i:…)`, `(?-i:…)`, `(?s:…)`, at the start or anywhere: letters
 *     become `[aA]` where `i` is in force and `.` becomes `[\s\S]` where `s` is (JavaScript's
 *     own modifiers arrived after Node 20); a leading `(?m)` is the RegExp flag;
 *   - RE2's `.` (all but `\n`) and `\s` (no `\v`), which JavaScript reads more widely;
 *   - `(?P<name>…)` → `(?<name>…)`; `\z` and `\A` → lookarounds for the end and start of the text;
 *   - POSIX classes `[[:alnum:]]` → their ASCII ranges; `\Q…\E` → escaped literal text.
 * What has no faithful equivalent is refused with a message that names it: Unicode classes
 * (`\pL`, `\p{Greek}`), `\C`, ungreedy mode `(?U)`, `m` inside a pattern, negated POSIX
 * classes, and lookarounds (which RE2, and so gitleaks, refuses too).
 */

export class Re2Error extends Error {}

const POSIX: Record<string, string> = {
  alnum: "A-Za-z0-9",
  alpha: "A-Za-z",
  ascii: "\\x00-\\x7f",
  blank: " \\t",
  cntrl: "\\x00-\\x1f\\x7f",
  digit: "0-9",
  graph: "\\x21-\\x7e",
  lower: "a-z",
  print: "\\x20-\\x7e",
  punct: "!-\\/:-@\\[-`{-~",
  space: " \\t\\n\\v\\f\\r",
  upper: "A-Z",
  word: "A-Za-z0-9_",
  xdigit: "0-9A-Fa-f",
};

export interface TranslatedRegex {
  source: string;
  flags: string;
}

/** Flags in force in a group: case-insensitive, and `.` matching newlines. */
interface GroupFlags {
  i: boolean;
  s: boolean;
}

/**
 * Translates an RE2 pattern; throws Re2Error for what JavaScript cannot express the same way.
 * Case-insensitivity is never a RegExp flag: letters become `[aA]` wherever `i` is in force,
 * which lets `(?i)` start anywhere and `(?-i:…)` turn it off, as RE2 allows.
 */
export function translateRe2(pattern: string): TranslatedRegex {
  let flags = "";
  let rest = pattern;
  // `m` has no scoped form in JavaScript: only as a leading flag.
  const lead = /^\(\?([a-zA-Z]+)\)/.exec(rest);
  if (lead?.[1]?.includes("m")) {
    flags = "m";
    rest = `(?${lead[1]!.replace("m", "")})${rest.slice(lead[0].length)}`.replace(/^\(\?\)/, "");
  }
  return { source: translateBody(rest), flags };
}

function parseFlags(text: string, current: GroupFlags): GroupFlags {
  const [on, off = ""] = text.split("-");
  const next = { ...current };
  for (const [letters, value] of [
    [on!, true],
    [off, false],
  ] as const) {
    for (const flag of letters) {
      if (flag === "i") next.i = value;
      else if (flag === "s") next.s = value;
      else if (flag === "m") throw new Re2Error(`the flag ${flag} inside a pattern`);
      else throw new Re2Error(`the flag (?${flag}) has no JavaScript equivalent`);
    }
  }
  return next;
}

function translateBody(pattern: string): string {
  let out = "";
  let i = 0;
  /** Flags per open group; the last is in force. */
  const groups: GroupFlags[] = [{ i: false, s: false }];
  const flags = () => groups.at(-1)!;

  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "\\") {
      const [text, length] = translateEscape(pattern, i, false, flags().i);
      out += text;
      i += length;
      continue;
    }
    if (c === "[") {
      const [text, length] = translateClass(pattern, i, flags().i);
      out += text;
      i += length;
      continue;
    }
    if (c === "(") {
      if (pattern.startsWith("(?P<", i)) {
        out += "(?<";
        i += 4;
        groups.push({ ...flags() });
        continue;
      }
      if (/^\(\?(?:[=!]|<[=!])/.test(pattern.slice(i)))
        throw new Re2Error("a lookaround (RE2 has none, so gitleaks would refuse it too)");
      const inline = /^\(\?([a-zA-Z]*(?:-[a-zA-Z]*)?)(:|\))/.exec(pattern.slice(i));
      if (inline && inline[1] !== "") {
        const next = parseFlags(inline[1]!, flags());
        i += inline[0].length;
        if (inline[2] === ")") {
          // `(?i)` in the middle: in force for the rest of the enclosing group.
          groups[groups.length - 1] = next;
          continue;
        }
        out += "(?:";
        groups.push(next);
        continue;
      }
      groups.push({ ...flags() });
      out += c;
      i++;
      continue;
    }
    if (c === ")") {
      if (groups.length > 1) groups.pop();
      out += c;
      i++;
      continue;
    }
    // RE2's `.` leaves out only `\n` (JavaScript's also `\r`), and everything under `s`.
    if (c === ".") {
      out += flags().s ? "[\\s\\S]" : "[^\\n]";
      i++;
      continue;
    }
    out += flags().i && /[A-Za-z]/.test(c) ? bothCases(c) : c;
    i++;
  }
  return out;
}

function bothCases(letter: string): string {
  return `[${letter.toLowerCase()}${letter.toUpperCase()}]`;
}

/** RE2's `\s`: space, `\t`, `\n`, `\f`, `\r` (JavaScript's also has `\v` and Unicode spaces). */
const RE2_SPACE = " \\t\\n\\f\\r";

/** An escape at `at`: its JavaScript text and how many pattern chars it took. */
function translateEscape(pattern: string, at: number, inClass: boolean, caseless: boolean): [string, number] {
  const next = pattern[at + 1];
  const letter = (char: string) =>
    caseless && /[A-Za-z]/.test(char) ? bothCases(char) : char.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
  if (next === undefined) throw new Re2Error("a pattern cannot end with a backslash");
  if (next === "z") return [inClass ? fail("\\z inside a class") : "(?![\\s\\S])", 2];
  if (next === "A") return [inClass ? fail("\\A inside a class") : "(?<![\\s\\S])", 2];
  if (next === "s") return [inClass ? RE2_SPACE : `[${RE2_SPACE}]`, 2];
  if (next === "S") return [inClass ? fail("\\S inside a class") : `[^${RE2_SPACE}]`, 2];
  if (next === "p" || next === "P")
    throw new Re2Error(`the Unicode class \\${next}${pattern[at + 2] ?? ""}…`);
  if (next === "C") throw new Re2Error("\\C (any byte)");
  if (next === "Q") {
    const end = pattern.indexOf("\\E", at + 2);
    const literal = pattern.slice(at + 2, end === -1 ? undefined : end);
    return [[...literal].map(letter).join(""), end === -1 ? pattern.length - at : end + 2 - at];
  }
  if (next === "x" && pattern[at + 2] === "{") {
    const close = pattern.indexOf("}", at);
    const code = Number.parseInt(pattern.slice(at + 3, close), 16);
    if (!(code >= 0 && code <= 0xff))
      throw new Re2Error(`the code point \\x{${pattern.slice(at + 3, close)}} above \\xff`);
    const char = String.fromCharCode(code);
    return [
      !inClass && caseless && /[A-Za-z]/.test(char)
        ? bothCases(char)
        : `\\x${code.toString(16).padStart(2, "0")}`,
      close + 1 - at,
    ];
  }
  if (next === "x" && /^[0-9a-fA-F]{2}$/.test(pattern.slice(at + 2, at + 4))) {
    const char = String.fromCharCode(Number.parseInt(pattern.slice(at + 2, at + 4), 16));
    if (!inClass && caseless && /[A-Za-z]/.test(char)) return [bothCases(char), 4];
  }
  return [`\\${next}`, 2];
}

function fail(what: string): never {
  throw new Re2Error(what);
}

/** A bracket class at `at`: its JavaScript text and length. Letters get both cases when caseless. */
function translateClass(pattern: string, at: number, caseless: boolean): [string, number] {
  let i = at + 1;
  let out = "[";
  if (pattern[i] === "^") {
    out += "^";
    i++;
  }
  // A `]` right after the opening (or `[^`) is a literal in RE2.
  if (pattern[i] === "]") {
    out += "\\]";
    i++;
  }
  let extra = "";
  while (i < pattern.length && pattern[i] !== "]") {
    if (pattern.startsWith("[:", i)) {
      const close = pattern.indexOf(":]", i + 2);
      if (close === -1) throw new Re2Error("an unclosed POSIX class");
      const name = pattern.slice(i + 2, close);
      if (name.startsWith("^")) throw new Re2Error(`the negated POSIX class [:${name}:]`);
      const range = POSIX[name];
      if (!range) throw new Re2Error(`the POSIX class [:${name}:]`);
      out += range;
      i = close + 2;
      continue;
    }
    if (pattern[i] === "\\") {
      const [text, length] = translateEscape(pattern, i, true, false);
      out += text;
      i += length;
      continue;
    }
    if (pattern[i] === "[") {
      // A literal `[` inside a class: JavaScript (without the v flag) reads it the same way, escaped to be sure.
      out += "\\[";
      i++;
      continue;
    }
    const c = pattern[i]!;
    if (caseless && /[A-Za-z]/.test(c)) {
      const range = /^([A-Za-z])-([A-Za-z])/.exec(pattern.slice(i));
      if (range) {
        out += range[0];
        extra += `${range[1]!.toLowerCase()}-${range[2]!.toLowerCase()}${range[1]!.toUpperCase()}-${range[2]!.toUpperCase()}`;
        i += 3;
        continue;
      }
      extra += c.toLowerCase() + c.toUpperCase();
    }
    out += c;
    i++;
  }
  if (pattern[i] !== "]") throw new Re2Error("an unclosed character class");
  return [`${out}${extra}]`, i + 1 - at];
}
