/**
 * The action's `mode: audit` and `mode: merge`, run from the bundled dist/index.js as the
 * runner does, against real bare git remotes; drift issues go to a minimal local stand-in
 * for GitHub's REST API (helpers/github-stub.ts), since github.com cannot be reached here.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir, writeTree } from "../helpers/archives.js";
import { git } from "../helpers/git.js";
import { type GithubStub, startGithubStub } from "../helpers/github-stub.js";
import { runAction } from "../helpers/run-action.js";
import { runCli } from "../helpers/run-cli.js";

const TOKEN = ["ghs", "_", "stub".repeat(9)].join("");
let stub: GithubStub;
let workspace: string;
let mirror: string;

beforeAll(async () => {
  stub = await startGithubStub(TOKEN);
  workspace = await tempDir("leakgate-audit-action-");
  const work = await tempDir("leakgate-git-work-");
  git(work, "init", "-q", "-b", "main");
  await writeTree(work, { "README.md": "public\n" });
  git(work, "add", "-A");
  git(work, "commit", "-q", "-m", "public");
  mirror = join(await tempDir("leakgate-remotes-"), "public.git");
  git(work, "clone", "-q", "--mirror", work, mirror);
  git(work, "push", "-q", mirror, "main:refs/heads/internal/x");
});

afterAll(async () => {
  await stub?.stop();
});

const auditAction = (inputs: Record<string, string> = {}) =>
  runAction(
    { mode: "audit", targets: `git:${mirror}`, "open-issue": "true", "github-token": TOKEN, ...inputs },
    workspace,
    { env: { GITHUB_API_URL: stub.url } },
  );

describe("action mode: audit", () => {
  it("opens one drift issue, updates it while the drift lasts, and closes it when the audit is clean", async () => {
    const first = await auditAction();
    expect(first.code).toBe(1);
    expect(first.outputs.verdict).toBe("fail");
    expect(first.summary).toContain("leakgate audit: FAIL");
    expect(stub.issues).toHaveLength(1);
    expect(stub.issues[0]).toMatchObject({ state: "open", labels: [{ name: "leakgate-drift" }] });
    expect(stub.issues[0]!.body).toContain("leakgate-audit-target");
    expect(stub.issues[0]!.title).toContain("drifted from its baseline");

    const second = await auditAction();
    expect(second.code).toBe(1);
    expect(stub.issues).toHaveLength(1);
    expect(stub.requests.filter((r) => r.startsWith("PATCH"))).toHaveLength(1);

    git(mirror, "update-ref", "-d", "refs/heads/internal/x");
    const clean = await auditAction();
    expect(clean.code, clean.stdout).toBe(0);
    expect(stub.issues[0]).toMatchObject({ state: "closed", state_reason: "completed" });
    expect(stub.issues[0]!.comments[0]).toContain("clean again");
    for (const run of [first, second, clean]) expect(run.stdout + run.summary).not.toContain(TOKEN);
    git(mirror, "update-ref", "refs/heads/internal/x", "refs/heads/main");
  });

  it("a wrong token is a clear failure", async () => {
    const result = await auditAction({ "github-token": "wrong" });
    expect(result.code).not.toBe(0);
    expect(result.stdout).toContain("GitHub refused the drift issue request (401 Bad credentials)");
    expect(result.stdout).not.toContain("internal error");
  });

  it("needs targets, and open-issue needs a token", async () => {
    const none = await runAction({ mode: "audit" }, workspace);
    expect(none.stdout).toContain('input "targets" is required when mode is "audit"');
    const tokenless = await runAction(
      { mode: "audit", targets: `git:${mirror}`, "open-issue": "true" },
      workspace,
    );
    expect(tokenless.stdout).toContain('input "open-issue" needs "github-token"');
  });
});

describe("action mode: merge", () => {
  it("merges the shards a matrix wrote and reports like one audit", async () => {
    const other = join(await tempDir("leakgate-remotes-"), "other.git");
    git(workspace, "clone", "-q", "--mirror", mirror, other);
    const targets = [`git:${mirror}`, `git:${other}`];
    for (const i of [1, 2]) {
      const shard = await runCli(
        ["audit", ...targets, "--shard", `${i}/2`, "--format", "json", "-o", `shard-${i}.json`],
        {
          cwd: workspace,
        },
      );
      expect([0, 1]).toContain(shard.code);
    }
    const merged = await runAction(
      { mode: "merge", reports: "shard-*.json", "report-file": "audit.json" },
      workspace,
    );
    expect(merged.code).toBe(1);
    expect(merged.summary).toContain("2 items of 2 targets audited");
    const missing = await runAction({ mode: "merge", reports: "shard-1.json" }, workspace);
    expect(missing.stdout).toContain("shard 2/2 missing");
    await writeFile(join(workspace, "not-json.json"), "{");
    const broken = await runAction({ mode: "merge", reports: "not-json.json" }, workspace);
    expect(broken.stdout).toContain("not-json.json is not a readable JSON report");
  });
});
