import { randomBytes } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SECRET_FAMILIES } from "../../src/rules/secret/patterns.js";
import { tempDir, tgzBuffer } from "../helpers/archives.js";
import { runCli } from "../helpers/run-cli.js";

const random = () => randomBytes(64).toString("latin1");

describe("secrets never appear in any output", () => {
  it("text, json, markdown and sarif show the redacted form only, for every family", async () => {
    const dir = await tempDir();
    const samples = SECRET_FAMILIES.map((family) => ({ family, text: family.sample(random) }));
    const values = samples.map(({ family, text }) => {
      family.regex.lastIndex = 0;
      const match = family.regex.exec(text);
      family.regex.lastIndex = 0;
      return match?.[1] ?? match?.[0] ?? text;
    });
    const tree = Object.fromEntries(
      samples.map(({ family, text }) => [`package/config/${family.id}.txt`, `value:\n${text}\n`]),
    );
    await writeFile(
      join(dir, "leak-1.0.0.tgz"),
      await tgzBuffer({ "package/package.json": '{"name":"leak","version":"1.0.0"}', ...tree }),
    );
    for (const format of ["text", "json", "markdown", "sarif"]) {
      // --verbose: every finding of the text report one by one, not grouped.
      const run = await runCli(
        ["scan", "--format", format, ...(format === "text" ? ["--verbose"] : []), "leak-1.0.0.tgz"],
        { cwd: dir },
      );
      expect(run.code, format).toBe(1);
      for (const value of values)
        expect(run.stdout.includes(value), `${format} shows a raw value`).toBe(false);
      // Markdown gathers a rule's many findings into one block that shows a few of them.
      if (format === "markdown") expect(run.stdout).toMatch(/[A-Za-z0-9]…[A-Za-z0-9]{4}/);
      else expect(run.stdout, format).toContain("ghp_…");
    }
    const json = JSON.parse(
      (await runCli(["scan", "--format", "json", "leak-1.0.0.tgz"], { cwd: dir })).stdout,
    );
    const families = new Set(
      json.findings
        .filter((f: { ruleId: string }) => f.ruleId === "secret")
        .map((f: { details: { family: string } }) => f.details.family),
    );
    expect([...families].sort()).toEqual(SECRET_FAMILIES.map((f) => f.id).sort());
  });
});
