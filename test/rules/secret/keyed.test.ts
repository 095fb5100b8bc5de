/**
 * Provider names with an assignment (`ADAFRUIT_TOKEN=…`): the name has to start a word of the
 * identifier, and names or contexts that say a value is public grade it down.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchValue } from "../../../src/rules/secret/family.js";
import { SECRET_FAMILIES } from "../../../src/rules/secret/patterns.js";
import { identifierEnd } from "../../../src/rules/secret/text.js";
import { random, scanChunks } from "./scan-text.js";

const V32 = "q6o4x8c1e8cy9xqfuftkjymjjcywoal5"; // 32 lowercase letters and digits
const HEX32 = "05f5e3574b64e32802fe8d3a05b8a370";

function found(text: string) {
  return scanChunks([`${text}\n`], { batchBytes: undefined }).scanner.matches.map((m) => ({
    family: m.family.id,
    severity: m.severity,
  }));
}

describe("keyed secret families", () => {
  it.each([
    `ADAFRUIT_TOKEN=${V32}`,
    `adafruitKey: "${V32}"`,
    `const myAdafruitKey = '${V32}';`,
    `var adafruitToken string = "${V32}"`,
    `System.setProperty("ADAFRUIT_KEY", "${V32}")`,
    `<adafruitToken>\n    ${V32}\n</adafruitToken>`,
    `{\\"adafruit_key\\": \\"${V32}\\"}`,
  ])("find a provider's value in %s", (text) => {
    expect(found(text)).toEqual([{ family: "adafruit-key", severity: "error" }]);
  });

  it.each([
    [`SetSysctl = "d14akfjud7jqoj08i324r8rr"`, "etsy inside SetSysctl"],
    [`sumOfExposures = "suGyI5imvADdvU"`, "sumo inside sumOfExposures"],
    [`ReactNativeCameraKit: "f15a5a04b0f6dc6073e6db0296e6ef2d8b8d2522"`, "meraki inside CameraKit"],
    [`rookTable = "0023452Lllk2KqjLBvaxANWEgTd7bqjsxjo8aZj0wd"`, "okta inside rookTable"],
  ])("do not fire on a provider word inside another word: %s (%s)", (text) => {
    expect(found(text).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("grade down what is public by design, and say so", () => {
    expect(found(`algoliaSearchKey = "${HEX32}"`)).toEqual([{ family: "algolia-key", severity: "warning" }]);
    expect(found(`ALGOLIA_ADMIN_KEY = "${HEX32}"`)).toEqual([{ family: "algolia-key", severity: "error" }]);
    expect(found(`plaidClientId = "CwhqQyHj0lShTtWAwQ0MlyNQ"`)).toEqual([
      { family: "plaid-client-id", severity: "warning" },
    ]);
    const [match] = scanChunks([`algoliaSearchKey = "${HEX32}"\n`]).scanner.matches;
    expect(match?.gradeReason).toMatch(/search-only/);
  });

  it("report a value once, as the most specific family that finds it", () => {
    const token = ["glpat-", "ak6hqk19c0tkehxlopyu"].join("");
    expect(found(`gitlabToken = "${token}"`)).toEqual([{ family: "gitlab-pat", severity: "error" }]);
  });
});

describe("credentials in URLs", () => {
  it("block a password in a URL to a real host, and warn for local and example hosts", () => {
    const password = ["Rf9x", "Q2mTz7Lp"].join("");
    expect(found(`DATABASE_URL=postgres://app:${password}@db.prod.acme.io:5432/app`)).toEqual([
      { family: "url-credentials", severity: "error" },
    ]);
    expect(found(`postgres://app:${password}@localhost:5432/app`)).toEqual([
      { family: "url-credentials", severity: "warning" },
    ]);
    expect(found(`https://user:$${"{TOKEN}"}@example.com`)).toEqual([]);
    expect(found("postgres://user:password@db.acme.io/db")).toEqual([]);
  });
});

describe("the look after a provider's name (keyed families' mayStartAt)", () => {
  // It runs before a keyed family's regex, and the scanner's search for provider names inside
  // an identifier stops on it too: it must never rule out a match. Texts are the family's
  // name, in any spelling, followed by pieces its regex is made of, a value of its shape
  // among them, so that near-matches of every kind come up.
  const keyed = SECRET_FAMILIES.filter((family) => family.providerNames === true);
  const piece = (value: string) =>
    fc.constantFrom(
      ..."aZ9_.-\\\"'`& \t:?+|=,>\n();{}[]<".split(""),
      "&quot;",
      "\\n",
      "Key",
      "_TOKEN",
      "ApiKey",
      "-api-key",
      "string",
      "=>",
      ":=",
      ".=",
      value,
    );

  it("every family named by a provider binds names made of identifier chars", () => {
    expect(keyed.length).toBeGreaterThan(20);
    for (const family of keyed) {
      expect(family.mayStartAt).toBeDefined();
      for (const name of family.keywords) expect(identifierEnd(name, 0, 200)).toBe(name.length);
    }
  });

  it("says no only where the regex finds nothing", () => {
    for (const family of keyed) {
      const sticky = new RegExp(family.regex.source, "y");
      const sample = family.sample(random);
      const value = matchValue(new RegExp(family.regex.source).exec(sample)!);
      const spellings = family.keywords.flatMap((name) => [name, name.toUpperCase(), name.toLowerCase()]);
      fc.assert(
        fc.property(
          fc.constantFrom(...spellings),
          fc.array(piece(value), { maxLength: 10 }),
          (name, rest) => {
            const text = `${name}${rest.join("")}`;
            sticky.lastIndex = 0;
            if (!family.mayStartAt!(text, 0))
              expect([family.id, text, sticky.test(text)]).toEqual([family.id, text, false]);
          },
        ),
        { numRuns: 400 },
      );
    }
  });

  it("rules out provider names inside longer names and calls", () => {
    const adafruit = keyed.find((family) => family.id === "adafruit-key")!;
    for (const text of ["adafruitKeyId(x)", "adafruitKeys[i]", "AdafruitKey;", "adafruit_key)"])
      expect([text, adafruit.mayStartAt!(text, 0)]).toEqual([text, false]);
    for (const text of ["adafruitKey = 1", 'adafruitKey":', 'adafruit_key\\\\":'])
      expect([text, adafruit.mayStartAt!(text, 0)]).toEqual([text, true]);
    expect(adafruit.mayStartAt!("<adafruitKey>\n", 1)).toBe(true);
  });
});
