import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/config/types.js";
import { scan } from "../../src/pipeline/scan.js";

const repo = join(import.meta.dirname, "../..");

/** Real third-party packages this project installs anyway: ordinary releases must stay quiet. */
const PACKAGES = [
  "typescript",
  "vitest",
  "esbuild",
  "yaml",
  "zod",
  "fast-check",
  "picomatch",
  "fast-glob",
  "tar-stream",
  "yauzl",
  "ignore",
  "@actions/core",
  "@actions/github",
  "@npmcli/arborist",
  "semver",
  "undici",
];

describe("false positives on real packages", () => {
  it("no secret or internal-path error fires on a dozen real npm packages", async () => {
    const result = await scan({
      specs: PACKAGES.map((name) => `npm:node_modules/${name}`),
      cwd: repo,
      config: defaultConfig(),
    });
    expect(result.artifacts).toHaveLength(PACKAGES.length);
    expect(result.artifacts.reduce((sum, a) => sum + a.manifest.entryCount, 0)).toBeGreaterThan(1000);
    const errors = result.findings
      .filter((f) => f.severity === "error")
      .map((f) => `${f.ruleId} ${f.artifact}!${f.path}: ${f.message}`);
    expect(errors).toEqual([]);
  });
});
