/**
 * The rest of the suite runs bundles built from src/ (see test/global-setup.ts). These run
 * the committed dist/ exactly as users and the Actions runner do, so a commit whose bundles
 * do not start, or do not block the demo's leak, fails here too.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/archives.js";
import { COMMITTED_ACTION, runAction } from "../helpers/run-action.js";
import { COMMITTED_CLI, runCli } from "../helpers/run-cli.js";

const repo = join(import.meta.dirname, "../..");
const demo = join(repo, "fixtures/demo/acme-cli-2.0.0.tgz");

describe("the committed bundles", () => {
  it("dist/cli.js blocks the demo release", async () => {
    const run = await runCli(["scan", demo], { cwd: repo, bundle: COMMITTED_CLI });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain("cli.js.map");
  });

  it("dist/index.js, run as the runner runs it, fails the demo release", async () => {
    const workspace = await tempDir("leakgate-committed-");
    const run = await runAction({ artifacts: demo }, workspace, { bundle: COMMITTED_ACTION });
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs.verdict).toBe("fail");
  });
});
