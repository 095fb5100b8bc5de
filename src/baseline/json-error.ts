/**
 * Where a JSON text stops being JSON, as a line and column a person can go to. `JSON.parse`
 * says where only in some of its messages, and the wording changes between Node versions,
 * so a bad baseline file is re-read by this small checker once `JSON.parse` has refused it.
 */

export interface JsonSyntaxError {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  reason: string;
}

class Stop {
  constructor(
    readonly index: number,
    readonly reason: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /["\\/bfnrt]|u[0-9a-fA-F]{4}/y;

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function locateJsonError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const stop = (reason: string, at = i): never => {
    throw new Stop(at, at >= text.length ? "the file ends too early" : reason);
  };
  const show = (at: number) => (at < text.length ? `\`${text[at]}\`` : "the end");
  const space = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };

  const string = () => {
    const start = i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) stop("a line break or control character inside a string");
      if (c === 0x5c) {
        ESCAPE.lastIndex = i + 1;
        if (!ESCAPE.test(text)) stop("an invalid escape in a string", i);
        i = ESCAPE.lastIndex;
      } else {
        i++;
      }
    }
    stop("the file ends inside a string", start);
  };

  const value = (depth: number): void => {
    // Hostile nesting: report rather than recurse without end.
    if (depth > 512) stop("nested too deeply");
    space();
    const c = text[i];
    if (c === "{" || c === "[") {
      container(c === "{" ? "}" : "]", depth, c === "{");
      return;
    }
    if (c === '"') {
      string();
      return;
    }
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    if ((c === "-" || (c !== undefined && c >= "0" && c <= "9")) && NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    stop(`expected a value, found ${show(i)}`);
  };

  const container = (close: string, depth: number, object: boolean) => {
    i++;
    space();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      space();
      if (object) {
        if (text[i] === close) stop(`a trailing comma before \`${close}\``);
        if (text[i] !== '"') stop(`expected a property name in double quotes, found ${show(i)}`);
        string();
        space();
        if (text[i] !== ":") stop(`expected \`:\` after the property name, found ${show(i)}`);
        i++;
      } else if (text[i] === close) {
        stop(`a trailing comma before \`${close}\``);
      }
      value(depth + 1);
      space();
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === close) {
        i++;
        return;
      }
      stop(`expected \`,\` or \`${close}\`, found ${show(i)}`);
    }
  };

  try {
    value(0);
    space();
    if (i < text.length) stop(`unexpected ${show(i)} after the end of the JSON value`);
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.index);
    const line = before.split("\n").length;
    return { line, column: error.index - before.lastIndexOf("\n"), reason: error.reason };
  }
}
