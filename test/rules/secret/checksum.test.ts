import { describe, expect, it } from "vitest";
import { base62, crc32, hasValidCrc32Suffix } from "../../../src/rules/secret/checksum.js";
import { SECRET_FAMILIES } from "../../../src/rules/secret/patterns.js";
import { random, sampleValue, scanChunks } from "./scan-text.js";

const byId = (id: string) => SECRET_FAMILIES.find((family) => family.id === id)!;

describe("token checksums", () => {
  it("computes CRC-32 as zlib does, and base62 with the token alphabet", () => {
    // The CRC-32 check value of the standard test vector.
    expect(crc32("123456789")).toBe(0xcbf43926);
    expect(crc32("")).toBe(0);
    expect(base62(0, 6)).toBe("000000");
    expect(base62(61, 2)).toBe("0z");
    expect(base62(62, 2)).toBe("10");
    expect(base62(0xffffffff, 6)).toBe("4gfFC3");
  });

  it.each(["github-token", "npm-token"])("%s: an issued token is an error, a made-up one a warning", (id) => {
    const token = sampleValue(byId(id), byId(id).sample(random));
    expect(hasValidCrc32Suffix(token, 4)).toBe(true);
    // Change one character of the random part: the checksum no longer holds.
    const at = 10;
    const forged = token.slice(0, at) + (token[at] === "a" ? "b" : "a") + token.slice(at + 1);
    const severities = (text: string) => scanChunks([`${text}\n`]).scanner.matches.map((m) => m.severity);
    expect(severities(`key=${token}`)).toEqual(["error"]);
    expect(severities(`key=${forged}`)).toEqual(["warning"]);
    expect(scanChunks([`key=${forged}\n`]).scanner.matches[0]?.gradeReason).toMatch(/checksum/);
  });
});
