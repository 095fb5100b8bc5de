import { describe, expect, it } from "vitest";
import { ALNUM, randomFrom } from "../../../src/rules/secret/family.js";
import { entropy, isDocumentationExample, isPlaceholder } from "../../../src/rules/secret/placeholder.js";
import { random } from "./scan-text.js";

const P = (...parts: string[]) => parts.join("");

describe("placeholders", () => {
  it.each([
    [P("AKIAIOSFODNN7", "EXAMPLE"), "AWS's documented key ID"],
    [P("wJalrXUtnFEMI/K7MDENG/", "bPxRfiCYEXAMPLEKEY"), "AWS's documented secret key"],
    [P("ghp_", "x".repeat(36)), "all x"],
    [P("sk_live_", "XXXX0000XXXX0000XXXX0000"), "x/X/0 over half the value"],
    [P("AIza", "****************************1234567"), "a mask run"],
    [P("ghp_", "000000001bC9dE7fG5hJ3kL2mN8pQ4rS6tV"), "a run of zeros"],
    ["my-dummy-token-value-1", "dummy"],
    ["the_placeholder_secret", "placeholder"],
    ["your_api_key_goes_here", "your_"],
    ["<token>", "angle brackets"],
    [`$${"{GITHUB_TOKEN}"}`, "a shell/JS template"],
    ["{{ secrets.NPM_TOKEN }}", "a mustache template"],
    ["%(password)s", "a Python format"],
    ["$(cat /run/secrets/key)", "a command substitution"],
    ["QQQQQQQQQQQQQQQQQQQQ1", "one repeated char"],
    [P("npm_", "abcdefgh", "Q7r2Lm0ZtX4bWc7Ny5Pk1Hs9Dg3J"), "an alphabetical run"],
    [P("npm_", "987654", "Q7r2Lm0ZtX4bWc7Ny5Pk1Hs9Dg3Jab"), "a descending run"],
    ["abc123xyz456", "runs of three making up the value"],
    [P("ghp_", "ab".repeat(18)), "a repeated unit"],
    [P("deadbeef", "deadbeef", "deadbeef"), "a repeated word"],
  ])("%s is one (%s)", (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it("random tokens of every alphabet are not", () => {
    for (let i = 0; i < 2000; i++) {
      const value = randomFrom(ALNUM, 8 + (i % 90), random);
      expect(isPlaceholder(value), value).toBe(false);
    }
  });

  it("entropy is measured in bits per character", () => {
    expect(entropy("aaaa")).toBe(0);
    expect(entropy("abab")).toBe(1);
    expect(entropy("abcd")).toBe(2);
    expect(entropy(randomFrom(ALNUM, 4000, random))).toBeGreaterThan(5.9);
  });

  it("documentation examples are recognised by the marker on the same line", () => {
    expect(isDocumentationExample("first line\n   * @example ")).toBe(true);
    expect(isDocumentationExample('      "example": "')).toBe(true);
    expect(isDocumentationExample("  examples: [")).toBe(true);
    expect(isDocumentationExample("  example: ")).toBe(true);
    expect(isDocumentationExample("@example\nconst key = ")).toBe(false);
    expect(isDocumentationExample("const exampleKey = ")).toBe(false);
  });
});
