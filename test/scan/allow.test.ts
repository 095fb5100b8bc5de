import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultConfig, type LeakgateConfig } from "../../src/config/types.js";
import { scan } from "../../src/pipeline/scan.js";
import { tempDir, tgzBuffer, writeTree } from "../helpers/archives.js";

async function release() {
  const dir = await tempDir();
  await writeFile(
    join(dir, "app-1.0.0.tgz"),
    await tgzBuffer({
      "package/package.json": '{"name":"app","version":"1.0.0"}',
      "package/dist/app.js": "x",
      "package/config/.env.production": "A=1",
      "package/test/fixtures/.env": "A=1",
      "package/logs/debug.log": "x",
    }),
  );
  return dir;
}

async function paths(config: Partial<LeakgateConfig>) {
  const cwd = await release();
  const result = await scan({ specs: ["app-1.0.0.tgz"], cwd, config: { ...defaultConfig(), ...config } });
  return result.findings.map((f) => f.path).sort();
}

describe("allow and .leakgateignore exempt what they say and nothing more", () => {
  const all = ["package/config/.env.production", "package/logs/debug.log", "package/test/fixtures/.env"];

  it("without exemptions every internal path is reported", async () => {
    expect(await paths({})).toEqual(all);
  });

  it("an allow glob relative to the package root exempts that path only", async () => {
    expect(await paths({ allow: ["test/fixtures/**"] })).toEqual([
      "package/config/.env.production",
      "package/logs/debug.log",
    ]);
  });

  it("a glob without a slash matches file names anywhere", async () => {
    expect(await paths({ allow: ["*.log"] })).toEqual([
      "package/config/.env.production",
      "package/test/fixtures/.env",
    ]);
  });

  it(".leakgateignore lines (gitignore syntax) exempt what they match", async () => {
    expect(await paths({ ignoreFileLines: ["# fixtures are fake", "test/", "!nothing"] })).toEqual([
      "package/config/.env.production",
      "package/logs/debug.log",
    ]);
  });

  it(".leakgateignore works for directory artifacts too", async () => {
    const cwd = await tempDir();
    await writeTree(join(cwd, "site"), { "app.js": "x", "debug.log": "x", "keep/.env": "A=1" });
    const config = { ...defaultConfig(), ignoreFileLines: ["*.log"] };
    const result = await scan({ specs: ["site"], cwd, config });
    expect(result.findings.map((f) => f.path)).toEqual(["keep/.env"]);
  });

  it("per-artifact allow applies only to matching artifacts", async () => {
    expect(await paths({ artifacts: { "npm:app": { allow: ["logs/**"] } } })).toEqual([
      "package/config/.env.production",
      "package/test/fixtures/.env",
    ]);
    expect(await paths({ artifacts: { "npm:other": { allow: ["logs/**"] } } })).toEqual(all);
  });

  it("per-artifact internal globs keyed by the npm identity apply to the tarball", async () => {
    const cwd = await release();
    const config = { ...defaultConfig(), artifacts: { "npm:app": { internal: ["dist/*.js"] } } };
    const result = await scan({ specs: ["app-1.0.0.tgz"], cwd, config });
    expect(result.findings.find((f) => f.path === "package/dist/app.js")).toMatchObject({
      severity: "error",
      details: { pattern: "dist/*.js", source: "config" },
    });
  });

  it("rule settings change severity or turn a rule off", async () => {
    const cwd = await release();
    const off = await scan({
      specs: ["app-1.0.0.tgz"],
      cwd,
      config: { ...defaultConfig(), rules: { "internal-path": "off" } },
    });
    expect(off.findings).toEqual([]);
    const note = await scan({
      specs: ["app-1.0.0.tgz"],
      cwd,
      config: { ...defaultConfig(), rules: { "internal-path": "note" } },
    });
    expect(new Set(note.findings.map((f) => f.severity))).toEqual(new Set(["note"]));
  });
});
