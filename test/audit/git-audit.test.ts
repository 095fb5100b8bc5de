/**
 * `leakgate audit git:` against real bare repositories standing in for published remotes:
 * `git ls-remote` sees what they hold; `--deep` fetches the tips into a temporary mirror.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fakeGithubToken } from "../hardening/hostile.js";
import { tempDir, writeTree } from "../helpers/archives.js";
import { git } from "../helpers/git.js";
import { runCli } from "../helpers/run-cli.js";

let work: string;
let clean: string;
let dirty: string;
let token: string;

beforeAll(async () => {
  work = await tempDir("leakgate-git-work-");
  git(work, "init", "-q", "-b", "main");
  await writeTree(work, { "README.md": "public\n", "src/index.js": "module.exports = 1;\n" });
  git(work, "add", "-A");
  git(work, "commit", "-q", "-m", "public");
  git(work, "tag", "-a", "v1.0.0", "-m", "release 1.0.0");
  const root = await tempDir("leakgate-remotes-");
  clean = join(root, "clean.git");
  dirty = join(root, "dirty.git");
  git(root, "clone", "-q", "--mirror", work, clean);
  git(root, "clone", "-q", "--mirror", work, dirty);
  // Someone pushed an internal branch to the public mirror from a laptop, with a token in it.
  token = fakeGithubToken();
  git(work, "checkout", "-q", "-b", "internal/x");
  await writeFile(join(work, "deploy.env"), `GITHUB_TOKEN=${token}\n`);
  git(work, "add", "-A");
  git(work, "commit", "-q", "-m", "internal");
  git(work, "push", "-q", dirty, "internal/x");
  git(work, "checkout", "-q", "main");
});

describe("audit git:", () => {
  it("a clean public mirror passes, and the report lists its refs", async () => {
    const result = await runCli(["audit", `git:${clean}`, "--format", "json"], { cwd: work });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.items[0].report.artifacts[0].refs.map((r: { name: string }) => r.name)).toEqual([
      "refs/heads/main",
      "refs/tags/v1.0.0",
    ]);
  });

  it("an extra refs/heads/internal/x on the mirror is flagged", async () => {
    const result = await runCli(["audit", `git:${dirty}`], { cwd: work });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("internal-ref");
    expect(result.stdout).toContain("refs/heads/internal/x");
  });

  it("a ref the baseline does not record is unexpected-ref", async () => {
    const project = await tempDir("leakgate-git-project-");
    const location = clean.replace(/\.git$/, "");
    await writeFile(
      join(project, "leakgate.baseline.json"),
      `${JSON.stringify({ version: 1, artifacts: [{ identity: `git:${location}`, kind: "git", totalBytes: 0, refs: ["refs/heads/main"], entries: [] }], accepted: [] })}\n`,
    );
    const result = await runCli(["audit", "--baseline", "leakgate.baseline.json", `git:${clean}`], {
      cwd: project,
    });
    expect(result.code, result.stdout).toBe(1);
    expect(result.stdout).toContain("unexpected-ref");
    expect(result.stdout).toContain("refs/tags/v1.0.0");
  });

  it("--deep fetches the tips and finds the token in the internal branch's tree, never printing it", async () => {
    const listed = await runCli(["audit", `git:${dirty}`, "--format", "json"], { cwd: work });
    expect(
      JSON.parse(listed.stdout).items[0].report.findings.map((f: { ruleId: string }) => f.ruleId),
    ).not.toContain("secret");
    const deep = await runCli(["audit", "--deep", `git:${dirty}`, "--format", "json"], { cwd: work });
    expect(deep.code).toBe(1);
    const findings = JSON.parse(deep.stdout).items[0].report.findings;
    const secret = findings.find((f: { ruleId: string }) => f.ruleId === "secret");
    expect(secret.path).toBe("refs/heads/internal/x!deploy.env");
    expect(deep.stdout).not.toContain(token);
  });

  it("a remote that cannot be reached is an error naming it; a credential in its URL is never shown", async () => {
    const secretPart = ["s3cr", "et-", "passw0rd"].join("");
    const result = await runCli(["audit", `git:https://someone:${secretPart}@127.0.0.1:9/acme/repo.git`], {
      cwd: work,
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("git:https://***@127.0.0.1:9/acme/repo.git");
    expect(result.stdout + result.stderr).not.toContain(secretPart);
    const missing = await runCli(["audit", `git:${join(work, "no-such.git")}`], { cwd: work });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain("ls-remote failed");
  });
});
