/**
 * RE2 (Go's regexp syntax, which gitleaks configs are written in) to a JavaScript RegExp.
 *
 * Most of the two dialects agree. What JavaScript (on Node 20) lacks is translated:
 *   - leading flag groups `(?i)`, `(?s)`, `(?m)` → RegExp flags;
 *   - inline case-insensitive groups `(?i:…)` → the group with every letter as `[aA]`
 *     (JavaScript's own `(?i:…)` modifiers arrived after Node 20);
 *   - `(?P<name>…)` → `(?<name>…)`; `\z` and `\A` → lookarounds for the end and start of the text;
 *   - POSIX classes `[[:alnum:]]` → their ASCII ranges; `\Q…\E` → escaped literal text.
 * What has no faithful equivalent is refused with a message that names it: Unicode classes
 * (`\pL`, `\p{Greek}`), `\C`, ungreedy mode `(?U)`, flags switched off or in the middle of a
 * pattern, negated POSIX classes.
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

/** Translates an RE2 pattern; throws Re2Error for what JavaScript cannot express the same way. */
export function translateRe2(pattern: string): TranslatedRegex {
  let flags = "";
  let rest = pattern;
  // Leading flag groups: `(?i)`, `(?is)`, possibly several.
  for (let lead = /^\(\?([a-zA-Z]+)\)/.exec(rest); lead; lead = /^\(\?([a-zA-Z]+)\)/.exec(rest)) {
    for (const flag of lead[1]!) {
      if (flag === "i" || flag === "s" || flag === "m") {
        if (!flags.includes(flag)) flags += flag;
      } else throw new Re2Error(`the flag (?${flag}) has no JavaScript equivalent`);
    }
    rest = rest.slice(lead[0].length);
  }
  return { source: translateBody(rest), flags };
}

function translateBody(pattern: string): string {
  let out = "";
  let i = 0;
  /** Per open group: whether it is a `(?i:…)` group (letters outside classes get both cases). */
  const groups: boolean[] = [];
  const caseless = () => groups.includes(true);

  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "\\") {
      const [text, length] = translateEscape(pattern, i, false);
      out += caseless() && /^[A-Za-z]$/.test(text) ? bothCases(text) : text;
      i += length;
      continue;
    }
    if (c === "[") {
      const [text, length] = translateClass(pattern, i, caseless());
      out += text;
      i += length;
      continue;
    }
    if (c === "(") {
      if (pattern.startsWith("(?P<", i)) {
        out += "(?<";
        i += 4;
        groups.push(false);
        continue;
      }
      const inline = /^\(\?([a-zA-Z-]*)(:|\))/.exec(pattern.slice(i));
      if (inline && inline[1] !== "") {
        if (inline[2] === ")")
          throw new Re2Error(`the flag group (?${inline[1]}) in the middle of a pattern`);
        if (inline[1] !== "i")
          throw new Re2Error(`the flag group (?${inline[1]}:…) has no JavaScript equivalent`);
        out += "(?:";
        i += inline[0].length;
        groups.push(true);
        continue;
      }
      groups.push(false);
      out += c;
      i++;
      continue;
    }
    if (c === ")") {
      groups.pop();
      out += c;
      i++;
      continue;
    }
    out += caseless() && /[A-Za-z]/.test(c) ? bothCases(c) : c;
    i++;
  }
  return out;
}

function bothCases(letter: string): string {
  return `[${letter.toLowerCase()}${letter.toUpperCase()}]`;
}

/** An escape at `at`: its JavaScript text and how many pattern chars it took. */
function translateEscape(pattern: string, at: number, inClass: boolean): [string, number] {
  const next = pattern[at + 1];
  if (next === undefined) throw new Re2Error("a pattern cannot end with a backslash");
  if (next === "z") return [inClass ? fail("\\z inside a class") : "(?![\\s\\S])", 2];
  if (next === "A") return [inClass ? fail("\\A inside a class") : "(?<![\\s\\S])", 2];
  if (next === "p" || next === "P")
    throw new Re2Error(`the Unicode class \\${next}${pattern[at + 2] ?? ""}…`);
  if (next === "C") throw new Re2Error("\\C (any byte)");
  if (next === "Q") {
    const end = pattern.indexOf("\\E", at + 2);
    const literal = pattern.slice(at + 2, end === -1 ? undefined : end);
    return [
      literal.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&"),
      end === -1 ? pattern.length - at : end + 2 - at,
    ];
  }
  if (next === "x" && pattern[at + 2] === "{") {
    const close = pattern.indexOf("}", at);
    const code = Number.parseInt(pattern.slice(at + 3, close), 16);
    if (!(code >= 0 && code <= 0xff))
      throw new Re2Error(`the code point \\x{${pattern.slice(at + 3, close)}} above \\xff`);
    return [`\\x${code.toString(16).padStart(2, "0")}`, close + 1 - at];
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
      const [text, length] = translateEscape(pattern, i, true);
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
