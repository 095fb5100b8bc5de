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

  it("the SARIF upload cannot stop a release: it is the last step and may fail", async () => {
    const workflow = parse(await readFile(join(examples, "release-gate.yml"), "utf8"));
    const steps: { uses?: string; run?: string; "continue-on-error"?: boolean }[] =
      workflow.jobs.publish.steps;
    const upload = steps.findIndex((s) => s.uses?.startsWith("github/codeql-action/upload-sarif"));
    expect(upload).toBe(steps.length - 1);
    expect(steps[upload]!["continue-on-error"]).toBe(true);
    expect(workflow.jobs.publish.permissions.actions).toBe("read");
  });

  it("every action the examples use is pinned by SHA (leakgate itself once it is released)", async () => {
    for (const file of await readdir(examples)) {
      const text = await readFile(join(examples, file), "utf8");
      for (const [, ref] of text.matchAll(/^\s*(?:-\s+)?uses:\s*([^\s#]+)/gm)) {
        if (ref!.startsWith("leakgate/leakgate@")) continue;
        expect(ref, `${file}: ${ref}`).toMatch(/@[0-9a-f]{40}$/);
      }
    }
  });

  it("the refresh workflow says how it is run: by hand, on the pull request's branch", async () => {
    const text = await readFile(join(examples, "refresh-baseline.yml"), "utf8");
    expect(Object.keys(parse(text).on)).toEqual(["workflow_dispatch"]);
    expect(text).toContain("Run it by hand");
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

describe("the repository's own workflows", () => {
  const own = join(repo, ".github/workflows");
  const load = async (file: string) => parse(await readFile(join(own, file), "utf8"));

  it("CI, self-test and release exist and validate", async () => {
    const files = (await readdir(own)).sort();
    expect(files).toEqual(["ci.yml", "release.yml", "self-test.yml"]);
    for (const file of files) expect(await validate(join(own, file)), file).toBe("");
  });

  it("CI runs .ci/run on Node 20 and 24", async () => {
    const ci = await load("ci.yml");
    expect(ci.jobs.ci.strategy.matrix.node).toEqual([20, 24]);
    expect(ci.jobs.ci.steps.some((s: { run?: string }) => s.run === "bash .ci/run")).toBe(true);
  });

  it("the self-test runs the action from the checkout and checks that the demo leak fails it", async () => {
    const selfTest = await load("self-test.yml");
    const steps: { uses?: string; run?: string; id?: string }[] = selfTest.jobs["blocks-the-demo-leak"].steps;
    expect(steps.find((s) => s.id === "gate")?.uses).toBe("./");
    expect(steps.at(-1)?.run).toContain('test "$VERDICT" = fail');
  });

  it("a release publishes with provenance after the gate, attaches the tarball and moves the major tag", async () => {
    const release = await load("release.yml");
    const steps: { uses?: string; run?: string }[] = release.jobs.release.steps;
    const gate = steps.findIndex((s) => s.uses === "./");
    const publish = steps.findIndex((s) => s.run?.startsWith("npm publish --provenance"));
    expect(gate).toBeGreaterThan(-1);
    expect(publish).toBeGreaterThan(gate);
    expect(steps.some((s) => s.run?.includes("gh release create"))).toBe(true);
    expect(steps.some((s) => s.run?.includes('git tag --force "$major"'))).toBe(true);
    expect(release.jobs.release.permissions).toEqual({ contents: "write", "id-token": "write" });
  });

  it("every third-party action is pinned to a full commit SHA", async () => {
    for (const file of await readdir(own)) {
      const text = await readFile(join(own, file), "utf8");
      for (const [, ref] of text.matchAll(/^\s*(?:-\s+)?uses:\s*([^\s#]+)/gm)) {
        if (ref === "./") continue;
        expect(ref, `${file}: ${ref}`).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/);
      }
    }
  });
});
