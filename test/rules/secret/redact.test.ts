import { describe, expect, it } from "vitest";
import { maskablePieces, redact, valueDigest } from "../../../src/rules/secret/redact.js";

describe("redact", () => {
  it("keeps the public prefix (at most 4 chars) and the last 4 chars of long values", () => {
    const token = ["ghp", "_", "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"].join("");
    expect(redact(token, 4)).toBe("ghp_…q7R8");
    expect(redact(token, 11)).toBe("ghp_…q7R8");
    expect(redact(token, 0)).toBe("…q7R8");
  });

  it("shows nothing of short values", () => {
    expect(redact("Xq7#pL2v9Rz!mK4w", 0)).toBe("***");
    expect(redact("a".repeat(19), 4)).toBe("***");
    expect(redact("a".repeat(20), 4)).toBe("aaaa…aaaa");
  });

  it("digests values stably, without showing them", () => {
    expect(valueDigest("value")).toBe(valueDigest("value"));
    expect(valueDigest("value")).not.toBe(valueDigest("value2"));
    expect(valueDigest("value")).toMatch(/^[0-9a-f]{16}$/);
  });

  it("masks multi-line values line by line, real or escaped line breaks", () => {
    expect(maskablePieces("single-value-1234")).toEqual(["single-value-1234"]);
    expect(maskablePieces("MIIEowIBAAKCAQEA\nq8Rv2Lm0ZtX4\r\nab\nZx9Kq7Zx")).toEqual([
      "MIIEowIBAAKCAQEA",
      "q8Rv2Lm0ZtX4",
      "Zx9Kq7Zx",
    ]);
    expect(maskablePieces("MIIEowIBAAKCAQEA\\nq8Rv2Lm0ZtX4")).toEqual(["MIIEowIBAAKCAQEA", "q8Rv2Lm0ZtX4"]);
  });
});
