/**
 * AWS, Google and Azure core credentials. (Their other services, and other clouds, are in
 * cloud.ts; a GCP service-account key file is in keys.ts.)
 */
import { BASE32, BASE64, P, randomFrom, type SecretFamily, URLSAFE } from "../family.js";

const AWS_KEY_ID = /(?:AKIA|ASIA)[A-Z2-7]{16}/;

export const MAJOR_CLOUDS: SecretFamily[] = [
  {
    id: "aws-access-key-id",
    title: "AWS access key ID",
    provider: "Amazon",
    severity: "error",
    keywords: ["AKIA", "ASIA", "ABIA", "ACCA"],
    regex: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])/g,
    maxLength: 20,
    prefixLength: 4,
    sample: (r) => P("AK", "IA", randomFrom(BASE32, 16, r)),
    nearMisses: [
      P("AKIAIOSFODNN7", "EXAMPLE"),
      "AKIA1234",
      P("XAKIA", "Q7RZT2MWP5LKV3HN"),
      P("AKIA", "Q7RZT2MWP5LKV3HNB"),
      P("AKIA", "XXXXXXXXXXXXXXXX"),
    ],
  },
  {
    id: "aws-secret-access-key",
    title: "AWS secret access key",
    provider: "Amazon",
    severity: "error",
    keywords: ["secret"],
    caseless: true,
    // The name starts the match; `aws_` before it, or an access key ID nearby, makes it AWS's.
    regex:
      /secret[_-]?(?:access[_-]?)?key["']?\s{0,4}(?::=|=>|=|:)\s{0,4}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
    maxLength: 80,
    prefixLength: 0,
    validate: (value, context) =>
      /[0-9]/.test(value) &&
      /[A-Z]/.test(value) &&
      /[a-z]/.test(value) &&
      (/aws[_-]?$/i.test(context.before) || AWS_KEY_ID.test(context.before + context.after)),
    sample: (r) => P("aws_secret_", "access_key = ", randomFrom(BASE64, 38, r), "A1"),
    nearMisses: [
      P("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/", "bPxRfiCYEXAMPLEKEY"),
      P("aws_secret_access_key = $", "{AWS_SECRET}"),
      // Without an AWS name or key ID around, a 40-char base64 value could be anything.
      P("secret_access_key = ", "q8Rv2Lm0ZtX4bWc7Ny5Pk1Hs9Dg3Jf6Ae0Ui2Ko4"),
    ],
  },
  {
    id: "google-api-key",
    title: "Google API key",
    provider: "Google",
    severity: "error",
    keywords: ["AIza"],
    regex: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g,
    maxLength: 39,
    prefixLength: 4,
    // Most Google API keys in a release are browser keys (Firebase config, Maps), public by
    // design and restricted by referrer; a Gemini key is a bill waiting to happen.
    gradedWhen: "unless the text around it says Gemini or Vertex: browser keys are public by design",
    grade: (_value, context) =>
      /gemini|generativelanguage|genai|vertex/i.test(context.before.slice(-300) + context.after.slice(0, 100))
        ? undefined
        : {
            severity: "warning",
            reason:
              "Google API keys in browser code (Firebase, Maps) are public by design; check it is restricted to your apps",
          },
    sample: (r) => P("AI", "za", randomFrom(URLSAFE, 35, r)),
    nearMisses: ["AIzaShort", P("AIza", "X".repeat(35)), P("AIza", "Sy", "d".repeat(34))],
  },
  {
    id: "azure-storage-connection-string",
    title: "Azure storage connection string",
    provider: "Microsoft",
    severity: "error",
    keywords: ["AccountKey="],
    regex: /AccountKey=([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/g,
    maxLength: 100,
    prefixLength: 0,
    // Same connection string: `AccountName=…;` shortly before. devstoreaccount1 is the storage
    // emulator (Azurite): its key is public and documented.
    validate: (_value, context) => {
      const name = /AccountName=([A-Za-z0-9]{1,64});[^\s"'`]{0,300}$/.exec(context.before.slice(-400))?.[1];
      return name !== undefined && name !== "devstoreaccount1";
    },
    sample: (r) =>
      P(
        "DefaultEndpointsProtocol=https;AccountName=acme",
        "store;Account",
        "Key=",
        randomFrom(BASE64, 86, r),
        "==;EndpointSuffix=core.windows.net",
      ),
    nearMisses: [
      "DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=<key>",
      P(
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;Account",
        "Key=",
        "Q1w2E3r4T5y6U7i8O9p0".repeat(4),
        "Zx9Kq7",
        "==",
      ),
      P("Account", "Key=", "Q1w2E3r4T5y6U7i8O9p0".repeat(4), "Zx9Kq7", "=="),
      "UseDevelopmentStorage=true",
    ],
  },
];
