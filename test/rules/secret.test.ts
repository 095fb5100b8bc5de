import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SECRET_FAMILIES } from "../../src/rules/secret/patterns.js";
import { createSecretRule } from "../../src/rules/secret.js";
import { runRule } from "../helpers/rule-harness.js";

const random = () => randomBytes(64).toString("latin1");

function scan(
  content: string | Buffer,
  options: { chunkSize?: number; onSecret?: (v: string) => void; path?: string } = {},
) {
  const rule = createSecretRule({
    genericEntropy: 3.5,
    ...(options.onSecret ? { onSecret: options.onSecret } : {}),
  });
  return runRule(rule, [{ path: options.path ?? "package/lib/config.js", content }], {
    chunkSize: options.chunkSize ?? 65536,
  });
}

describe("secret families", () => {
  for (const family of SECRET_FAMILIES) {
    describe(family.id, () => {
      const sample = family.sample(random);
      const text = `// config\nconst a = 1;\nconst value = "${sample}";\nmodule.exports = value;\n`;

      it("finds a generated sample, with its line, redacted", () => {
        const findings = scan(text);
        expect(findings.map((f) => f.details?.family)).toEqual([family.id]);
        expect(findings[0]!.severity).toBe(family.severity);
        expect(findings[0]!.details?.line).toBe(3);
        expect(JSON.stringify(findings)).not.toContain(family.regex.exec(sample)?.[1] ?? sample);
        family.regex.lastIndex = 0;
      });

      it("finds it when split across a chunk boundary at every offset", () => {
        const start = text.indexOf(sample.slice(0, 10));
        for (let cut = start - 2; cut <= start + sample.length + 2; cut++) {
          const findings = runRule(
            createSecretRule({ genericEntropy: 3.5 }),
            [
              {
                path: "a.js",
                content: Buffer.concat([Buffer.from(text.slice(0, cut)), Buffer.from(text.slice(cut))]),
              },
            ],
            { chunkSize: cut > 0 ? cut : 1 },
          );
          expect(
            findings.filter((f) => f.details?.family === family.id),
            `cut at ${cut}`,
          ).toHaveLength(1);
        }
      });

      it("ignores its near misses", () => {
        for (const miss of family.nearMisses) {
          const found = scan(`x = "${miss}";\n`).filter((f) => f.details?.family === family.id);
          expect(found, miss).toEqual([]);
        }
      });
    });
  }
});

describe("secret rule", () => {
  it("hands raw values to onSecret (for masking) and to nothing else", () => {
    const token = SECRET_FAMILIES.find((f) => f.id === "github-token")!.sample(random);
    const seen: string[] = [];
    const findings = scan(`token: ${token}\n`, { onSecret: (v) => seen.push(v) });
    expect(seen).toEqual([token]);
    expect(findings[0]!.details?.redacted).toBe(`ghp_…${token.slice(-4)}`);
    expect(findings[0]!.message).toContain(`ghp_…${token.slice(-4)}`);
    expect(JSON.stringify(findings)).not.toContain(token);
  });

  it("skips binary files", () => {
    const token = SECRET_FAMILIES.find((f) => f.id === "npm-token")!.sample(random);
    expect(
      scan(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), Buffer.from(token)])),
    ).toEqual([]);
  });

  it("reports generic assignments only when the value looks random", () => {
    const strong = `const password = "${"Xq7#pL2v" + "9Rz!mK4w"}";\n`;
    const weak = `const password = "correcthorsebattery";\nconst token = "\${process.env.TOKEN}";\nconst secret = "aaaaaaaaaaaaaaaa1";\n`;
    expect(scan(strong)).toEqual([
      expect.objectContaining({
        severity: "warning",
        details: expect.objectContaining({ family: "generic-assignment" }),
      }),
    ]);
    expect(scan(weak)).toEqual([]);
  });

  it("placeholders from documentation are not findings", () => {
    expect(scan(`aws_access_key_id = ${"AKIAIOSFODNN7" + "EXAMPLE"}\nkey = "<token>"\n`)).toEqual([]);
  });

  it("finds exactly one inserted token wherever it lands and however the text is chunked", () => {
    const token = SECRET_FAMILIES.find((f) => f.id === "google-api-key")!.sample(random);
    fc.assert(
      fc.property(
        fc.string({ maxLength: 3000 }),
        fc.nat(),
        fc.integer({ min: 1, max: 512 }),
        (filler, at, chunkSize) => {
          const safe = filler.replace(/[A-Za-z0-9_-]/g, " ");
          const position = at % (safe.length + 1);
          const text = `${safe.slice(0, position)} ${token} ${safe.slice(position)}`;
          const findings = scan(text, { chunkSize });
          expect(findings.map((f) => f.details?.redacted)).toEqual([`AIza…${token.slice(-4)}`]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("caps findings per file and counts the rest", () => {
    const family = SECRET_FAMILIES.find((f) => f.id === "npm-token")!;
    const text = Array.from({ length: 30 }, () => `t = ${family.sample(random)}\n`).join("");
    const findings = scan(text);
    expect(findings).toHaveLength(20);
    expect(findings[0]!.details?.moreInFile).toBe(10);
  });

  it("finds the AWS key in gitleaks' api.go at line 20", async () => {
    const corpus = join(import.meta.dirname, "../../../shared/peer-corpus/gitleaks-archives/files/api.go");
    const findings = scan(await readFile(corpus), { path: "files/api.go" });
    expect(findings).toEqual([
      expect.objectContaining({
        severity: "error",
        details: expect.objectContaining({ family: "aws-access-key-id", line: 20, redacted: "AKIA…OLIA" }),
      }),
    ]);
  });
});
