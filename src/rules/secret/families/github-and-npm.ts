/**
 * GitHub's and npm's tokens: prefixed, and carrying a CRC32 checksum (checksum.ts) that tells
 * an issued token from a made-up one.
 */
import { base62, crc32, gradeByCrc32 } from "../checksum.js";
import { ALNUM, P, randomFrom, type SecretFamily } from "../family.js";

/** A token with a valid checksum: what the registry would issue. */
function withCrc32(prefix: string, random30: string): string {
  return prefix + random30 + base62(crc32(random30), 6);
}

export const GITHUB_AND_NPM: SecretFamily[] = [
  {
    id: "github-token",
    title: "GitHub token",
    provider: "GitHub",
    severity: "error",
    keywords: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"],
    regex: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
    maxLength: 40,
    prefixLength: 4,
    grade: gradeByCrc32(4),
    gradedWhen: "when its checksum does not match (a made-up value)",
    sample: (r) => withCrc32(P("gh", "p_"), randomFrom(ALNUM, 30, r)),
    nearMisses: [
      "ghp_short",
      P("ghx_", "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"),
      P("ghp_", "x".repeat(36)),
      P("ghp_", "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8", "9"),
    ],
  },
  {
    id: "github-fine-grained-token",
    title: "GitHub fine-grained personal access token",
    provider: "GitHub",
    severity: "error",
    keywords: ["github_pat_"],
    regex: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{82}(?![A-Za-z0-9_])/g,
    maxLength: 93,
    prefixLength: 4,
    sample: (r) => P("github", "_pat_", randomFrom(ALNUM, 22, r), "_", randomFrom(ALNUM, 59, r)),
    nearMisses: ["github_pat_tooShort", "github_pat_<your token here>"],
  },
  {
    id: "npm-token",
    title: "npm access token",
    provider: "npm",
    severity: "error",
    keywords: ["npm_"],
    regex: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
    maxLength: 40,
    prefixLength: 4,
    grade: gradeByCrc32(4),
    gradedWhen: "when its checksum does not match (a made-up value)",
    sample: (r) => withCrc32(P("np", "m_"), randomFrom(ALNUM, 30, r)),
    nearMisses: ["npm_config_registry", "process.env.npm_package_version", "npm_lifecycle_event"],
  },
];
