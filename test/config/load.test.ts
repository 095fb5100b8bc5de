import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import { configJsonSchema } from "../../src/config/schema.js";
import { parseSize } from "../../src/config/sizes.js";
import { defaultConfig } from "../../src/config/types.js";
import { UserError } from "../../src/errors.js";
import { tempDir } from "../helpers/archives.js";

const here = import.meta.dirname;

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

  it("reads every key of a full config, with sizes parsed", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, ".leakgate.yml"), await readFile(join(here, "valid/full.yml")));
    await writeFile(join(dir, ".leakgateignore"), "# generated\nbuild/tmp/\n");
    const config = await loadConfig({ cwd: dir });
    expect(config).toMatchObject({
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
    });
  });

  it("a missing explicit --config file is an error", async () => {
    await expect(loadConfig({ cwd: await tempDir(), file: "nope.yml" })).rejects.toThrow(
      "nope.yml: config file not found",
    );
  });

  describe("invalid configs give the documented message (one file per case)", async () => {
    const dir = join(here, "invalid");
    const cases = (await readdir(dir)).filter((f) => f.endsWith(".yml"));
    it.each(cases)("%s", async (file) => {
      const expected = (await readFile(join(dir, file.replace(/\.yml$/, ".txt")), "utf8")).trim();
      const error = await configError(await readFile(join(dir, file), "utf8"));
      expect(error.kind).toBe("config");
      expect(error.message.startsWith(".leakgate.yml")).toBe(true);
      expect(error.message).toContain(expected);
    });
  });
});

describe("sizes", () => {
  it("parses the documented units", () => {
    expect(parseSize("10 MiB")).toBe(10 * 1024 ** 2);
    expect(parseSize("512KiB")).toBe(512 * 1024);
    expect(parseSize("1.5 GB")).toBe(1.5e9);
    expect(parseSize("200k")).toBe(200 * 1024);
    expect(parseSize(1234)).toBe(1234);
    for (const bad of ["", "ten", "5 parsecs", "-1", "1e3"]) expect(() => parseSize(bad), bad).toThrow();
  });

  it("round-trips any whole number of units", () => {
    const units = {
      B: 1,
      KiB: 1024,
      KB: 1000,
      MiB: 1024 ** 2,
      MB: 1e6,
      GiB: 1024 ** 3,
      GB: 1e9,
      k: 1024,
      M: 1024 ** 2,
      G: 1024 ** 3,
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4096 }),
        fc.constantFrom(...Object.entries(units)),
        fc.constantFrom("", " "),
        (n, [unit, factor], space) => {
          expect(parseSize(`${n}${space}${unit}`)).toBe(n * factor);
        },
      ),
    );
  });
});

describe("JSON schema for editors", () => {
  it("schema/leakgate.schema.json is up to date (UPDATE_GOLDEN=1 rewrites it)", async () => {
    const path = join(here, "../../schema/leakgate.schema.json");
    const fresh = `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN) await writeFile(path, fresh);
    expect(await readFile(path, "utf8")).toBe(fresh);
  });

  it("knows every top-level key", () => {
    const schema = configJsonSchema() as {
      properties: Record<string, unknown>;
      additionalProperties: unknown;
    };
    expect(Object.keys(schema.properties).sort()).toEqual(
      [
        "$schema",
        "allow",
        "artifacts",
        "failOn",
        "internal",
        "limits",
        "rules",
        "strict",
        "thresholds",
      ].sort(),
    );
    expect(schema.additionalProperties).toBe(false);
  });
});
