/**
 * Provider names with an assignment (`ADAFRUIT_TOKEN=…`): the name has to start a word of the
 * identifier, and names or contexts that say a value is public grade it down.
 */
import { describe, expect, it } from "vitest";
import { scanChunks } from "./scan-text.js";

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
