import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import { defaultConfig } from "../../src/config/types.js";
import { UserError } from "../../src/core/errors.js";
import { tempDir } from "../helpers/archives.js";

const here = import.meta.dirname;

/** Loads `text` as `.leakgate.yml` from a fresh directory and returns what it threw. */
async function configError(text: string): Promise<UserError> {
  const dir = await tempDir();
  await writeFile(join(dir, ".leakgate.yml"), text);
  const error = await loadConfig({ cwd: dir }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe("config loading", () => {
  it("defaults apply when there is no config file", async () => {
    expect(await loadConfig({ cwd: await tempDir() })).toEqual(defaultConfig());
  });

  it("an empty config file means the defaults", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, ".leakgate.yml"), "# nothing yet\n");
    expect(await loadConfig({ cwd: dir })).toEqual({ ...defaultConfig(), file: join(dir, ".leakgate.yml") });
  });

  it("reads every key of a full config, with sizes parsed", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, ".leakgate.yml"), await readFile(join(here, "valid/full.yml")));
    await writeFile(join(dir, ".leakgateignore"), "# generated\nbuild/tmp/\n");
    const config = await loadConfig({ cwd: dir });
    expect(config).toEqual({
      internal: ["docs/roadmap-*"],
      allow: ["test/fixtures/**", "*.map"],
      ignoreFileLines: ["# generated", "build/tmp/", ""],
      rules: { "source-map": "warning", "large-file": "off" },
      thresholds: {
        maxFileSize: 20 * 1024 ** 2,
        newFileSize: 512 * 1024,
        growthBytes: 1_000_000,
        growthFactor: 3,
        totalGrowth: 0.25,
        genericSecretEntropy: 4,
      },
      limits: {
        maxTotalBytes: 2 * 1024 ** 3,
        maxEntries: 100_000,
        maxDepth: 2,
        maxCompressionRatio: 500,
        ratioGraceBytes: 4 * 1024 ** 2,
      },
      strict: true,
      failOn: "warning",
      artifacts: { "npm:@acme/*": { allow: ["examples/**"], rules: { secret: "warning" } } },
      file: join(dir, ".leakgate.yml"),
    });
  });

  it("keys left out keep their defaults, also inside thresholds and limits", async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, ".leakgate.yaml"),
      "thresholds:\n  maxFileSize: 1 MiB\nlimits:\n  maxDepth: 0\n",
    );
    const config = await loadConfig({ cwd: dir });
    const defaults = defaultConfig();
    expect(config.thresholds).toEqual({ ...defaults.thresholds, maxFileSize: 1024 ** 2 });
    expect(config.limits).toEqual({ ...defaults.limits, maxDepth: 0 });
    expect(config.file).toBe(join(dir, ".leakgate.yaml"));
  });

  it("an explicit file is read instead of the one in the working directory", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, ".leakgate.yml"), "strict: false\n");
    await writeFile(join(dir, "release.yml"), "strict: true\n");
    expect((await loadConfig({ cwd: dir, file: "release.yml" })).strict).toBe(true);
  });

  it("a missing explicit --config file is an error, not the defaults", async () => {
    const error = await loadConfig({ cwd: await tempDir(), file: "nope.yml" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).kind).toBe("config");
    expect((error as UserError).message).toBe("nope.yml: config file not found");
  });

  it("both .leakgate.yml and .leakgate.yaml is an error (one of them would be silently ignored)", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, ".leakgate.yml"), "strict: true\n");
    await writeFile(join(dir, ".leakgate.yaml"), "strict: false\n");
    await expect(loadConfig({ cwd: dir })).rejects.toThrow(
      ".leakgate.yml and .leakgate.yaml both configure leakgate; keep one of them",
    );
  });

  it("is found from a subdirectory up to the repository root, and not above it", async () => {
    const outer = await tempDir();
    await writeFile(join(outer, ".leakgate.yml"), "failOn: never\n");
    const repo = join(outer, "repo");
    await mkdir(join(repo, ".git"), { recursive: true });
    await mkdir(join(repo, "packages/app"), { recursive: true });
    // Nothing in the repository: the config above its root does not apply.
    expect((await loadConfig({ cwd: join(repo, "packages/app") })).failOn).toBe("error");
    await writeFile(join(repo, ".leakgate.yml"), "strict: true\n");
    const found = await loadConfig({ cwd: join(repo, "packages/app") });
    expect(found.strict).toBe(true);
    expect(found.file).toBe(join(repo, ".leakgate.yml"));
  });

  it("reads the `leakgate` key of package.json, validated like a config file", async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, "package.json"),
      JSON.stringify({ name: "a", leakgate: { strict: true, thresholds: { maxFileSize: "2MiB" } } }),
    );
    const config = await loadConfig({ cwd: dir });
    expect(config.strict).toBe(true);
    expect(config.thresholds.maxFileSize).toBe(2 * 1024 * 1024);
    await writeFile(join(dir, "package.json"), JSON.stringify({ name: "a", leakgate: { stirct: true } }));
    await expect(loadConfig({ cwd: dir })).rejects.toThrow(/stirct.*strict/s);
    await writeFile(join(dir, ".leakgate.yml"), "strict: false\n");
    await expect(loadConfig({ cwd: dir })).rejects.toThrow(
      ".leakgate.yml and the `leakgate` key of package.json both configure leakgate",
    );
  });

  it("names an explicit file in messages as the user wrote it", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "ci.yml"), "alow: []\n");
    await expect(loadConfig({ cwd: dir, file: "ci.yml" })).rejects.toThrow(
      "ci.yml: unknown key `alow` (did you mean `allow`?)",
    );
  });

  describe("invalid configs give the documented message (one file per case)", async () => {
    const dir = join(here, "invalid");
    const cases = (await readdir(dir)).filter((f) => f.endsWith(".yml"));
    it("there are cases", () => expect(cases.length).toBeGreaterThan(10));
    it.each(cases)("%s", async (file) => {
      const expected = (await readFile(join(dir, file.replace(/\.yml$/, ".txt")), "utf8")).trim();
      const error = await configError(await readFile(join(dir, file), "utf8"));
      expect(error.kind).toBe("config");
      expect(error.message).toBe(expected);
    });
  });
});
