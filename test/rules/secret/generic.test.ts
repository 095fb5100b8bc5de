import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GENERIC_ASSIGNMENT } from "../../../src/rules/secret/generic.js";
import { entropy } from "../../../src/rules/secret/placeholder.js";
import { scanChunks } from "./scan-text.js";

const VALUE = "Xq7#pL2v9Rz!mK4w"; // 16 distinct chars: entropy 4.0 bits/char

const generic = (text: string, entropyThreshold = 3.5) =>
  scanChunks([text], { entropyThreshold, batchBytes: undefined }).found.map((f) => ({
    family: f.family,
    value: f.value,
    line: f.line,
  }));

describe("generic assignments", () => {
  it.each([
    `password = "${VALUE}"`,
    `const dbPassword = '${VALUE}';`,
    `"client_secret": "${VALUE}"`,
    `apiKey: \`${VALUE}\``,
    `API_KEY=${VALUE}`,
    `auth_key := "${VALUE}"`,
    `access-key => "${VALUE}"`,
    `  token: ${VALUE}`,
    `GITHUB_TOKEN="${VALUE}"`,
    `secretKey = "${VALUE}"`,
  ])("are found in %s", (line) => {
    expect(generic(`# settings\n${line}\n`)).toEqual([
      { family: "generic-assignment", value: VALUE, line: 2 },
    ]);
  });

  it.each([
    [`tokenizer = "${VALUE}"`, "a name that only starts with a keyword"],
    ["password = getPassword(config.user1);", "a call"],
    ["token: string;", "a type"],
    ["PASSWORD=process.env.DB_PASSWORD_2", "a reference to another variable"],
    [`password = "https://acme.dev/${VALUE}"`, "a URL"],
    [`password = "${VALUE.slice(0, 11)}"`, "a value shorter than 12 chars"],
    ['password = "hunter2hunter2"', "a low-entropy value"],
    ['secret = "ThisIsMySecretPassword"', "a value without a digit"],
    [`token = "$${"{{ secrets.NPM_TOKEN }}"}"`, "a template"],
    ['token = "<paste your token here>"', "a placeholder"],
    ['password = "abc123xyz456"', "a value made of alphabetical runs"],
    [`password = "Größe${VALUE}"`, "a non-ASCII value"],
    [`token: ${VALUE} # comment`, "an unquoted value followed by more text"],
  ])("are not found in %s (%s)", (line) => {
    expect(generic(`${line}\n`)).toEqual([]);
  });

  it("use the configured entropy threshold, both ways", () => {
    // 12 chars, 8 distinct: entropy 2.92 bits/char.
    const weak = "a1b2a1b2c3d4";
    expect(entropy(weak)).toBeCloseTo(2.92, 2);
    expect(generic(`password = "${weak}"\n`, 2.9)).toEqual([
      { family: "generic-assignment", value: weak, line: 1 },
    ]);
    expect(generic(`password = "${weak}"\n`, 3.0)).toEqual([]);
    expect(entropy(VALUE)).toBe(4);
    expect(generic(`password = "${VALUE}"\n`, 4)).toHaveLength(1);
    expect(generic(`password = "${VALUE}"\n`, 4.01)).toEqual([]);
  });

  it("report an assignment nested in another assignment's value once", () => {
    expect(generic(`API_KEY=token=${VALUE}\n`)).toEqual([
      { family: "generic-assignment", value: `token=${VALUE}`, line: 1 },
    ]);
  });
});

describe("the look after the name (mayStartAt)", () => {
  // It runs before the regex and skips it: it must never skip a match. Texts are built from
  // the pieces the regex is made of, so that near-matches of every kind come up.
  const sticky = new RegExp(GENERIC_ASSIGNMENT.regex.source, "y");
  const piece = fc.constantFrom(
    ..."aZ9_.-\\\"'`& \t:?+|=,>\n();{}[]<".split(""),
    "&quot;",
    "\\n",
    "Password",
    "_KEY",
    "Value",
    "string",
    VALUE,
    "=>",
    ":=",
    "?.",
  );
  const word = fc.constantFrom(...GENERIC_ASSIGNMENT.keywords, "PASSWORD", "Secret", "ApiKey");
  it("says no only where the regex finds nothing", () => {
    fc.assert(
      fc.property(word, fc.array(piece, { maxLength: 12 }), (start, rest) => {
        const text = `${start}${rest.join("")}`;
        sticky.lastIndex = 0;
        if (!GENERIC_ASSIGNMENT.mayStartAt!(text, 0)) expect(sticky.test(text)).toBe(false);
      }),
      { numRuns: 20_000 },
    );
  });

  it("rules out the common non-assignments", () => {
    for (const text of ["getToken(request)", "token);", "secret;", "password.length)", "apiKey]"]) {
      expect(GENERIC_ASSIGNMENT.mayStartAt!(text, text.search(/token|secret|password|apiKey/i))).toBe(false);
    }
  });
});
