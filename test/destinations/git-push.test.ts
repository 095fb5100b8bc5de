/**
 * git destinations against real repositories and bare remotes: what leakgate lists before a
 * push is exactly what arrives after the real `git push`.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fakeGithubToken } from "../hardening/hostile.js";
import { tempDir } from "../helpers/archives.js";
import { GIT_TEST_ENV, git } from "../helpers/git.js";
import { runCli } from "../helpers/run-cli.js";

const ENV = GIT_TEST_ENV;

async function commit(repo: string, files: Record<string, string>, message: string): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(repo, name, ".."), { recursive: true });
    await writeFile(join(repo, name), content);
  }
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", message);
}

/** A working clone the way a developer's looks: branches, a stash, remote-tracking refs, a PR ref, tags. */
async function workingClone(): Promise<{ repo: string; root: string; token: string }> {
  const root = await tempDir();
  const repo = join(root, "work");
  await mkdir(repo);
  git(repo, "init", "-q", "-b", "main");
  await commit(repo, { "README.md": "# app\n", "src/index.js": "export const x = 1;\n" }, "first");
  git(repo, "tag", "-a", "v1.0.0", "-m", "release");
  const token = fakeGithubToken();
  git(repo, "checkout", "-q", "-b", "internal/experiment");
  await commit(repo, { "notes/creds.txt": `token=${token}\n` }, "wip");
  git(repo, "checkout", "-q", "main");
  await commit(repo, { "src/feature.js": "export const y = 2;\n" }, "feature");
  await writeFile(join(repo, "README.md"), "# app, edited\n");
  git(repo, "stash", "-q");
  const head = git(repo, "rev-parse", "HEAD").trim();
  git(repo, "update-ref", "refs/remotes/origin/main", head);
  git(repo, "update-ref", "refs/pull/7/head", head);
  return { repo, root, token };
}

function remoteRefs(bare: string): string[] {
  return git(bare, "for-each-ref", "--format=%(refname)").split("\n").filter(Boolean).sort();
}

async function scanJson(repo: string, spec: string) {
  const run = await runCli(["scan", "--format", "json", spec], { cwd: repo, env: ENV });
  return { code: run.code, stderr: run.stderr, report: run.stdout ? JSON.parse(run.stdout) : undefined };
}

describe("git: destinations", () => {
  it("a mirror push: leakgate lists exactly the refs that arrive, flags internal ones and the secret on an internal branch", async () => {
    const { repo, root, token } = await workingClone();
    const bare = join(root, "public.git");
    git(root, "init", "-q", "--bare", bare);
    git(repo, "remote", "add", "--mirror=push", "public", bare);

    const { code, report } = await scanJson(repo, "git:public");
    expect(code).toBe(1);
    const listed = (report.artifacts[0].refs ?? []).map((r: { name: string }) => r.name).sort();
    const internal = report.findings
      .filter((f: { ruleId: string }) => f.ruleId === "internal-ref")
      .map((f: { path: string }) => f.path)
      .sort();
    // refs/stash is not in it: git push never sends one-level refs, not even with --mirror.
    expect(internal).toEqual([
      "refs/heads/internal/experiment",
      "refs/pull/7/head",
      "refs/remotes/origin/main",
    ]);
    const secret = report.findings.find((f: { ruleId: string }) => f.ruleId === "secret");
    expect(secret.path).toBe("refs/heads/internal/experiment!notes/creds.txt");
    expect(JSON.stringify(report)).not.toContain(token);
    expect(report.artifacts[0].identity).toBe(`git:${bare.replace(/\.git$/, "")}`);

    git(repo, "push", "-q", "public");
    expect(listed).toEqual(remoteRefs(bare));
  });

  it("files shared by several tips are listed (and read) once", async () => {
    const { repo, root } = await workingClone();
    const bare = join(root, "m.git");
    git(root, "init", "-q", "--bare", bare);
    const { report } = await scanJson(repo, `git:${bare}?mirror`);
    const manifest = await runCli(["manifest", `git:${bare}?mirror`], { cwd: repo, env: ENV });
    const paths: string[] = JSON.parse(manifest.stdout).entries.map((e: { path: string }) => e.path);
    // src/index.js is the same blob on every ref: once, under the current branch.
    expect(paths.filter((p) => p.endsWith("!src/index.js"))).toEqual(["refs/heads/main!src/index.js"]);
    // Another blob at the same path is listed again, under the ref that holds it.
    expect(paths).toContain("refs/heads/main!README.md");
    expect(paths.some((p) => p.startsWith("refs/stash!"))).toBe(false);
    expect(report.artifacts[0].kind).toBe("git");
  });

  it("push refspecs: only what they map, under the names they map to, as the real push sends", async () => {
    const { repo, root } = await workingClone();
    const bare = join(root, "pub.git");
    git(root, "init", "-q", "--bare", bare);
    git(repo, "remote", "add", "pub", bare);
    git(repo, "config", "--add", "remote.pub.push", "refs/heads/main:refs/heads/release");
    git(repo, "config", "--add", "remote.pub.push", "refs/tags/*:refs/tags/*");
    const { code, report } = await scanJson(repo, "git:pub");
    expect(code).toBe(0);
    const listed = report.artifacts[0].refs.map((r: { name: string }) => r.name).sort();
    git(repo, "push", "-q", "pub");
    expect(listed).toEqual(remoteRefs(bare));
    expect(listed).toEqual(["refs/heads/release", "refs/tags/v1.0.0"]);
  });

  it("no refspec: push.default decides (simple: the current branch)", async () => {
    const { repo, root } = await workingClone();
    const bare = join(root, "plain.git");
    git(root, "init", "-q", "--bare", bare);
    git(repo, "remote", "add", "plain", bare);
    const { report } = await scanJson(repo, "git:plain");
    const listed = report.artifacts[0].refs.map((r: { name: string }) => r.name);
    git(repo, "push", "-q", "plain", "HEAD");
    expect(listed).toEqual(remoteRefs(bare));
    expect(listed).toEqual(["refs/heads/main"]);
  });

  it("a ref that is new since the baseline blocks (unexpected-ref)", async () => {
    const { repo, root } = await workingClone();
    const bare = join(root, "rel.git");
    git(root, "init", "-q", "--bare", bare);
    git(repo, "remote", "add", "rel", bare);
    git(repo, "config", "--add", "remote.rel.push", "refs/heads/*:refs/heads/*");
    git(repo, "branch", "-D", "-q", "internal/experiment");
    expect((await runCli(["baseline", "--write", "b.json", "git:rel"], { cwd: repo, env: ENV })).code).toBe(
      0,
    );
    expect((await runCli(["scan", "-b", "b.json", "git:rel"], { cwd: repo, env: ENV })).code).toBe(0);
    git(repo, "branch", "hotfix");
    const run = await runCli(["scan", "-b", "b.json", "--format", "json", "git:rel"], {
      cwd: repo,
      env: ENV,
    });
    expect(run.code).toBe(1);
    const finding = JSON.parse(run.stdout).findings.find(
      (f: { ruleId: string }) => f.ruleId === "unexpected-ref",
    );
    expect(finding.path).toBe("refs/heads/hotfix");
  });

  it("url.<base>.insteadOf rewrites apply, as they do for the push", async () => {
    const { repo } = await workingClone();
    git(repo, "config", "url.https://github.com/.insteadOf", "gh:");
    git(repo, "remote", "add", "short", "gh:acme/app.git");
    const { report } = await scanJson(repo, "git:short");
    expect(report.artifacts[0].identity).toBe("git:github.com/acme/app");
    expect(report.artifacts[0].destination).toBe("git:github.com/acme/app");
  });

  it("credentials in the remote URL are a secret finding, redacted everywhere", async () => {
    const { repo } = await workingClone();
    const token = fakeGithubToken();
    git(repo, "remote", "add", "gh", `https://ci:${token}@github.com/acme/app.git`);
    const { report } = await scanJson(repo, "git:gh");
    expect(report.artifacts[0].identity).toBe("git:github.com/acme/app");
    expect(
      report.findings.some((f: { details?: { family?: string } }) => f.details?.family === "url-credential"),
    ).toBe(true);
    expect(JSON.stringify(report)).not.toContain(token);
  });

  it("bad input: no repository, no commits, no such remote: exit 2 naming it", async () => {
    const dir = await tempDir();
    const notRepo = await runCli(["scan", "git:origin"], { cwd: dir, env: ENV });
    expect(notRepo.code).toBe(2);
    expect(notRepo.stderr).toContain("not a git repository");
    git(dir, "init", "-q");
    git(dir, "remote", "add", "origin", "/nowhere.git");
    const empty = await runCli(["scan", "git:origin"], { cwd: dir, env: ENV });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("no commits yet");
    const { repo } = await workingClone();
    const missing = await runCli(["scan", "git:upstream"], { cwd: repo, env: ENV });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('"upstream" is neither a remote of this repository');
  });
});

describe("git: a shallow clone", () => {
  it("says what could not be checked", async () => {
    const { repo, root } = await workingClone();
    const shallow = join(root, "shallow");
    git(root, "clone", "-q", "--depth", "1", `file://${repo}`, shallow);
    git(root, "init", "-q", "--bare", join(root, "x.git"));
    const { report, stderr } = await scanJson(shallow, `git:${join(root, "x.git")}?mirror`);
    expect(report, stderr).toBeDefined();
    const reasons = report.artifacts[0].unopened.map((u: { reason: string }) => u.reason);
    expect(reasons.some((r: string) => r.includes("a shallow clone"))).toBe(true);
    expect(reasons.some((r: string) => r.startsWith("history:"))).toBe(true);
  });
});

describe("git: what a push sends, in the corners", () => {
  async function bare(root: string, name: string): Promise<string> {
    const path = join(root, name);
    git(root, "init", "-q", "--bare", path);
    return path;
  }

  it("HEAD and @ refspec sources push the current commit", async () => {
    const { repo, root } = await workingClone();
    const target = await bare(root, "h.git");
    git(repo, "remote", "add", "h", target);
    git(repo, "config", "--add", "remote.h.push", "HEAD:refs/heads/x");
    git(repo, "config", "--add", "remote.h.push", "@:refs/heads/y");
    const { report } = await scanJson(repo, "git:h");
    const listed = report.artifacts[0].refs.map((r: { name: string }) => r.name).sort();
    git(repo, "push", "-q", "h");
    expect(listed).toEqual(remoteRefs(target));
    expect(listed).toEqual(["refs/heads/x", "refs/heads/y"]);
    expect(report.artifacts[0].entryCount).toBeGreaterThan(0);
  });

  it("push.followTags sends the annotated tags of pushed commits, as git does", async () => {
    const { repo, root } = await workingClone();
    const target = await bare(root, "f.git");
    git(repo, "remote", "add", "f", target);
    git(repo, "config", "push.followTags", "true");
    const { report } = await scanJson(repo, "git:f");
    const listed = report.artifacts[0].refs.map((r: { name: string }) => r.name).sort();
    git(repo, "push", "-q", "f", "main");
    expect(listed).toEqual(remoteRefs(target));
    expect(listed).toContain("refs/tags/v1.0.0");
  });

  it("replace refs do not hide what the push really sends; a secret in a tag message is found", async () => {
    const { repo, root } = await workingClone();
    const target = await bare(root, "r.git");
    git(repo, "remote", "add", "--mirror=push", "r", target);
    git(repo, "checkout", "-q", "-b", "rep");
    const token = fakeGithubToken();
    await commit(repo, { "rep.txt": `t=${token}\n` }, "rep");
    git(repo, "replace", "HEAD", "main");
    git(repo, "checkout", "-q", "main");
    git(repo, "tag", "-a", "v2", "-m", `deploy key ${fakeGithubToken()}`);
    const { report } = await scanJson(repo, "git:r");
    const paths = report.findings
      .filter((f: { ruleId: string }) => f.ruleId === "secret")
      .map((f: { path: string }) => f.path);
    expect(paths).toContain("refs/heads/rep!rep.txt");
    expect(paths).toContain("refs/tags/v2!(tag message)");
  });
});
