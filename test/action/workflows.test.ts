import { execFile } from "node:child_process";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { tempDir } from "../helpers/archives.js";

const run = promisify(execFile);
const repo = join(import.meta.dirname, "../..");
const validator = join(repo, "node_modules/@action-validator/cli/cli.mjs");
const examples = join(repo, "examples/workflows");

async function validate(file: string) {
  try {
    await run(process.execPath, [validator, file]);
    return "";
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    return `invalid: ${stdout ?? ""}${stderr ?? ""}`;
  }
}

describe("example workflows people copy", () => {
  it("has the four workflows the README shows, and each validates against the workflow schema", async () => {
    const files = (await readdir(examples)).sort();
    expect(files).toEqual([
      "manual-audit.yml",
      "nightly-baseline-diff.yml",
      "refresh-baseline.yml",
      "release-gate.yml",
    ]);
    for (const file of files) expect(await validate(join(examples, file)), file).toBe("");
  });

  it("the validator really rejects a broken workflow (so the check above can fail)", async () => {
    const dir = await tempDir();
    const broken = join(dir, "broken.yml");
    await writeFile(broken, "name: x\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n");
    expect(await validate(broken)).not.toBe("");
  });

  it("the release gate publishes only after leakgate, uploads SARIF even on failure, and reads contents only", async () => {
    const workflow = parse(await readFile(join(examples, "release-gate.yml"), "utf8"));
    expect(workflow.permissions).toEqual({ contents: "read" });
    const steps: { name?: string; uses?: string; run?: string; if?: string }[] = workflow.jobs.publish.steps;
    const gate = steps.findIndex((s) => s.uses?.startsWith("leakgate/leakgate"));
    const publish = steps.findIndex((s) => s.run?.startsWith("npm publish"));
    expect(gate).toBeGreaterThan(-1);
    expect(publish).toBeGreaterThan(gate);
    expect(steps[publish]!.run).toContain("steps.pack.outputs.tarball");
    expect(steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif"))?.if).toMatch(
      /always\(\)/,
    );
  });

  it("action.yml validates (with node24 read as node20: the validator's schema predates node24)", async () => {
    const text = await readFile(join(repo, "action.yml"), "utf8");
    const action = parse(text);
    expect(action.runs).toEqual({ using: "node24", main: "dist/index.js" });
    const dir = await tempDir();
    const copy = join(dir, "action.yml");
    await writeFile(copy, text.replace("using: node24", "using: node20"));
    expect(await validate(copy)).toBe("");
  });
});
