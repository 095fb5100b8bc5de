import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locateJsonError } from "../../src/baseline/json-error.js";

describe("locating a JSON syntax error", () => {
  it.each([
    ['{"a": }', 1, 7, "expected a value, found `}`"],
    ['{"a":1', 1, 7, "the file ends too early"],
    ['{"a":1,}', 1, 8, "a trailing comma before `}`"],
    ["[1,]", 1, 4, "a trailing comma before `]`"],
    ['{"a":1}}', 1, 8, "unexpected `}` after the end of the JSON value"],
    ["{'a':1}", 1, 2, "expected a property name in double quotes, found `'`"],
    ['{"a" 1}', 1, 6, "expected `:` after the property name, found `1`"],
    ['{"a":"x', 1, 6, "the file ends inside a string"],
    ['{"a":"\\q"}', 1, 7, "an invalid escape in a string"],
    [
      '{\n  "version": 1,\n  "artifacts": [\n    { "identity": "x" }\n    { "identity": "y" }\n  ]\n}',
      5,
      5,
      "expected `,` or `]`, found `{`",
    ],
  ])("%j → line %i, column %i: %s", (text, line, column, reason) => {
    expect(locateJsonError(text)).toEqual({ line, column, reason });
  });

  it("finds nothing wrong exactly when JSON.parse accepts the text", () => {
    const valid = fc.json();
    // Damage valid JSON by deleting, inserting or replacing one character.
    const damaged = fc
      .tuple(
        valid,
        fc.nat(),
        fc.constantFrom("", ",", "}", "]", '"', ":", "x", "1", " ", "\\", "{"),
        fc.boolean(),
      )
      .map(([text, at, insert, replace]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(replace ? i + 1 : i);
      });
    fc.assert(
      fc.property(fc.oneof(valid, damaged), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const error = locateJsonError(text);
        expect(error === undefined).toBe(parses);
        if (error) {
          expect(error.line).toBeGreaterThanOrEqual(1);
          expect(error.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
