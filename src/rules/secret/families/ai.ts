/** AI model providers whose keys have their own format: Anthropic, OpenAI. (Others are in saas.ts.) */
import { P, randomFrom, type SecretFamily, URLSAFE } from "../family.js";

export const AI: SecretFamily[] = [
  {
    id: "anthropic-api-key",
    title: "Anthropic API key",
    provider: "Anthropic",
    severity: "error",
    keywords: ["sk-"],
    regex: /(?<![A-Za-z0-9_-])sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{80,120}(?![A-Za-z0-9_-])/g,
    maxLength: 140,
    prefixLength: 4,
    sample: (r) => P("sk-", "ant-api03-", randomFrom(URLSAFE, 93, r), "AA"),
    nearMisses: ["sk-ant-api03-short", "sk-ant-xyz", P("sk-ant-api03-", "your-key-here-".repeat(7))],
  },
  {
    id: "openai-api-key",
    title: "OpenAI API key",
    provider: "OpenAI",
    severity: "error",
    keywords: ["sk-"],
    // Project/service/admin keys by prefix; legacy `sk-` keys only with the `T3BlbkFJ` marker.
    regex:
      /(?<![A-Za-z0-9_-])sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,300}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})(?![A-Za-z0-9_-])/g,
    maxLength: 320,
    prefixLength: 4,
    sample: (r) => P("sk-", "proj-", randomFrom(URLSAFE, 120, r)),
    nearMisses: ["sk-proj-short", "sk-1234", P("sk-", "q8Rv2Lm0ZtX4bWc7Ny5Pk1Hs9Dg3Jf6Ae0Ui2Ko4Tn7Yb5We3Ma")],
  },
];
