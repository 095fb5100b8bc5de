import { describe, expect, it } from "vitest";
import { defaultConfig, type LeakgateConfig } from "../../src/config/types.js";
import type { FindingInput } from "../../src/core/model.js";
import { createInternalPathRule } from "../../src/rules/internal-path.js";
import { runRule } from "../helpers/rule-harness.js";

function scanPaths(paths: string[], config: Partial<LeakgateConfig> = {}, artifactId?: string) {
  return runRule(
    createInternalPathRule({ ...defaultConfig(), ...config }),
    paths.map((path) => ({ path, content: "" })),
    artifactId ? { artifact: { id: artifactId, source: artifactId, kind: "zip" } } : {},
  );
}

const summary = (findings: FindingInput[]) => findings.map((f) => [f.path, f.severity]);

describe("internal-path rule", () => {
  it("reports each catalogue hit with the pattern's severity, and ordinary files not at all", () => {
    const findings = scanPaths([
      "package/index.js",
      "package/files/.env.prod",
      "package/.idea/workspace.xml",
      "package/README.md",
    ]);
    expect(summary(findings)).toEqual([
      ["package/.idea/workspace.xml", "warning"],
      ["package/files/.env.prod", "error"],
    ]);
  });

  it("an env file says what it is, why it matters and how to keep it out", () => {
    const [finding] = scanPaths(["files/.env.prod"]);
    expect(finding).toMatchObject({
      ruleId: "internal-path",
      severity: "error",
      path: "files/.env.prod",
      message:
        "`.env.prod` is an environment file; such files usually hold credentials and internal endpoints.",
      fix: "Remove it from the release: add `.env*` to `.npmignore` or narrow `files` in package.json.",
    });
  });

  it("fires inside nested archives, with the full nested path", () => {
    const findings = scanPaths(["x.zip", "x.zip!files/.env.prod", "release.tgz!package/deploy/id_rsa"]);
    expect(summary(findings)).toEqual([
      ["release.tgz!package/deploy/id_rsa", "error"],
      ["x.zip!files/.env.prod", "error"],
    ]);
    expect(findings[0]!.fix).toContain("add `id_rsa` to `.npmignore`");
    expect(findings[0]!.fix).toContain("rotate the key");
  });

  it("suggests the directory to leave out for files inside VCS, editor and credential directories", () => {
    const fixes = scanPaths([
      "package/.git/config",
      "package/.vscode/settings.json",
      "package/x/.aws/config",
    ]).map((f) => f.fix);
    expect(fixes).toEqual([
      expect.stringContaining("exclude `.git/`"),
      expect.stringContaining("add `.vscode/`"),
      expect.stringContaining("add `.aws/`"),
    ]);
  });

  it("judges by the path alone: the same finding whatever the file holds, and no content in it", () => {
    const rule = () => createInternalPathRule(defaultConfig());
    const empty = runRule(rule(), [{ path: ".env", content: "" }]);
    const value = `tok${"en"}-${"x".repeat(12)}`;
    const full = runRule(rule(), [{ path: ".env", content: `API_KEY=${value}\n` }]);
    expect(full).toEqual(empty);
    expect(JSON.stringify(full)).not.toContain(value);
  });

  it("the user's internal globs are errors that name the pattern", () => {
    const findings = scanPaths(["package/docs/roadmap-2027.pdf", "package/docs/guide.pdf"], {
      internal: ["docs/roadmap-*"],
    });
    expect(findings).toEqual([
      expect.objectContaining({
        path: "package/docs/roadmap-2027.pdf",
        severity: "error",
        message:
          "`roadmap-2027.pdf` matches your `internal` pattern `docs/roadmap-*`: it is marked as never to ship.",
        details: { pattern: "docs/roadmap-*", source: "config" },
      }),
    ]);
  });

  it("an internal directory glob reports an archive under it once, not every file inside it", () => {
    const findings = scanPaths(
      ["package/docs/old.zip", "package/docs/old.zip!a.txt", "package/docs/old.zip!b.txt"],
      {
        internal: ["docs/**"],
      },
    );
    expect(summary(findings)).toEqual([["package/docs/old.zip", "error"]]);
  });

  it("internal globs given for one artifact apply to that artifact only", () => {
    const config = { artifacts: { "web-*": { internal: ["*.psd"] } } };
    expect(summary(scanPaths(["art/logo.psd"], config, "web-assets"))).toEqual([["art/logo.psd", "error"]]);
    expect(scanPaths(["art/logo.psd"], config, "docs-site")).toEqual([]);
  });

  it("warns once per artifact about TypeScript sources shipped next to their build", () => {
    const findings = scanPaths([
      "package/dist/index.js",
      "package/src/index.ts",
      "package/src/util/a.ts",
      "package/types/index.d.ts",
    ]);
    expect(findings).toEqual([
      expect.objectContaining({
        path: "package/src",
        severity: "warning",
        details: expect.objectContaining({ count: 2 }),
      }),
    ]);
  });

  it("uses package.json entry points to decide where the build is", () => {
    const pkg = (fields: object) => ({
      path: "package/package.json",
      content: JSON.stringify({ name: "x", ...fields }),
    });
    const run = (files: { path: string; content: string }[]) =>
      runRule(createInternalPathRule(defaultConfig()), files).map((f) => f.message);
    const ts = { path: "package/src/index.ts", content: "" };
    const built = { path: "package/out/index.cjs", content: "" };
    expect(run([pkg({ main: "./out/index.cjs" }), ts, built])).toEqual([
      "1 original TypeScript source under `src/` ships next to the built JavaScript (its entry points are in `out/`); consumers only need the build.",
    ]);
    // Entry points in src/: the package ships its sources on purpose.
    expect(
      run([pkg({ exports: { ".": "./src/index.js" } }), ts, { path: "package/dist/extra.js", content: "" }]),
    ).toEqual([]);
  });

  it("does not warn about sources when there is no build output, or only declarations", () => {
    expect(scanPaths(["package/src/index.ts"])).toEqual([]);
    expect(scanPaths(["package/dist/index.js", "package/src/index.d.ts"])).toEqual([]);
  });
});
