import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/config/types.js";
import { scan } from "../../src/pipeline/scan.js";

const corpus = join(import.meta.dirname, "../../fixtures/gitleaks-archives");

describe("gitleaks archive corpus (public test data, vendored in fixtures/gitleaks-archives)", () => {
  it("finds the AWS key in all 15 places of nested.tar.gz, and .env.prod in each archive", async () => {
    const result = await scan({ specs: ["nested.tar.gz"], cwd: corpus, config: defaultConfig() });
    const places = (ruleId: string) =>
      result.findings
        .filter((f) => f.ruleId === ruleId)
        .map((f) => `${f.artifact}!${f.path}`)
        .sort();

    const aws = result.findings.filter((f) => f.details?.family === "aws-access-key-id");
    expect(
      aws.every(
        (f) => f.severity === "error" && f.details?.line === 20 && f.details?.redacted === "AKIA…OLIA",
      ),
    ).toBe(true);
    expect(aws.map((f) => `${f.artifact}!${f.path}`).sort()).toEqual([
      // EXPECTED.md's 15 places.
      "nested.tar.gz!archives/files.7z!files/api.go",
      "nested.tar.gz!archives/files.7z!files/main.go",
      "nested.tar.gz!archives/files.tar!files/api.go",
      "nested.tar.gz!archives/files.tar!files/main.go",
      "nested.tar.gz!archives/files.tar.xz!files/api.go",
      "nested.tar.gz!archives/files.tar.xz!files/main.go",
      "nested.tar.gz!archives/files.tar.zst!files/api.go",
      "nested.tar.gz!archives/files.tar.zst!files/main.go",
      "nested.tar.gz!archives/files.zip!files/api.go",
      "nested.tar.gz!archives/files.zip!files/main.go",
      "nested.tar.gz!archives/files/api.go",
      "nested.tar.gz!archives/files/main.go",
      "nested.tar.gz!archives/files/main.go.gz!main.go",
      "nested.tar.gz!archives/files/main.go.xz!main.go",
      "nested.tar.gz!archives/files/main.go.zst!main.go",
    ]);
    expect(places("internal-path")).toEqual([
      "nested.tar.gz!archives/files.7z!files/.env.prod",
      "nested.tar.gz!archives/files.tar!files/.env.prod",
      "nested.tar.gz!archives/files.tar.xz!files/.env.prod",
      "nested.tar.gz!archives/files.tar.zst!files/.env.prod",
      "nested.tar.gz!archives/files.zip!files/.env.prod",
      "nested.tar.gz!archives/files/.env.prod",
    ]);
    expect(places("unscanned-archive")).toEqual([]);
    expect(result.artifacts.flatMap((a) => a.manifest.unopened)).toEqual([]);
  });

  it("finds the same in the loose files.zip, files.tar and files.7z", async () => {
    const result = await scan({
      specs: ["files.zip", "files.tar", "files.7z"],
      cwd: corpus,
      config: defaultConfig(),
    });
    const aws = result.findings
      .filter((f) => f.details?.family === "aws-access-key-id")
      .map((f) => `${f.artifact}!${f.path}`);
    expect(aws.sort()).toEqual([
      "files.7z!files/api.go",
      "files.7z!files/main.go",
      "files.tar!files/api.go",
      "files.tar!files/main.go",
      "files.zip!files/api.go",
      "files.zip!files/main.go",
    ]);
  });
});
