/**
 * `leakgate audit s3://` against a real S3-compatible server (s3rver, see helpers/s3.ts),
 * reached through the AWS SDK the way a bucket on MinIO or R2 is.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeGithubToken } from "../hardening/hostile.js";
import { tempDir, writeTree } from "../helpers/archives.js";
import { runCli } from "../helpers/run-cli.js";
import { type S3Server, startS3 } from "../helpers/s3.js";

let s3: S3Server;
let project: string;
let token: string;

const SITE: Record<string, string> = {
  "index.html": "<!doctype html><title>acme</title><script src=app.js></script>\n",
  "app.js": "console.log('hello');\n",
  "style.css": "body{margin:0}\n",
};

beforeAll(async () => {
  s3 = await startS3();
  project = await tempDir("leakgate-s3-project-");
  // The baselines are the site as the release gate recorded it, synced to either bucket.
  const site = await tempDir("leakgate-site-");
  await writeTree(site, SITE);
  for (const [file, bucket] of [
    ["leakgate.baseline.json", "acme-site"],
    ["drift.baseline.json", "acme-drift"],
  ]) {
    const recorded = await runCli(
      ["baseline", "--write", join(project, file!), `web=. -> s3://${bucket}/www`],
      {
        cwd: site,
      },
    );
    expect(recorded.code, recorded.stderr).toBe(0);
  }
  for (const bucket of ["acme-site", "acme-drift"]) {
    await s3.createBucket(bucket);
    for (const [key, body] of Object.entries(SITE)) await s3.put(bucket, `www/${key}`, body);
  }
  // Drift: somebody copied a .env and a 5 MB file into the bucket, and a token into a script.
  token = fakeGithubToken();
  await s3.put("acme-drift", "www/.env", "DATABASE_URL=postgres://localhost/app\n");
  await s3.put("acme-drift", "www/dump.bin", Buffer.alloc(5 * 1024 * 1024, 7));
  await s3.put("acme-drift", "www/config.js", `window.GH = "${token}";\n`);
}, 60_000);

afterAll(async () => {
  await s3?.stop();
});

const audit = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  runCli(["audit", ...args], { cwd: project, env: { ...s3.env, ...env } });

describe("audit s3://", () => {
  it("the site as recorded passes", async () => {
    const result = await audit([
      "--baseline",
      "leakgate.baseline.json",
      "s3://acme-site/www",
      "--format",
      "json",
    ]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.items[0].report.artifacts[0]).toMatchObject({ kind: "bucket", entryCount: 3 });
  });

  it("the listing finds the stray .env and the new 5 MB file", async () => {
    const result = await audit([
      "--baseline",
      "drift.baseline.json",
      "s3://acme-drift/www/",
      "--format",
      "json",
    ]);
    const report = JSON.parse(result.stdout);
    const findings = report.items[0].report.findings.map(
      (f: { ruleId: string; path: string }) => `${f.ruleId} ${f.path}`,
    );
    expect(findings).toContain("internal-path .env");
    expect(findings).toContain("unexpected-large-file dump.bin");
    expect(result.code).toBe(1);
    const sizes = await audit(["s3://acme-drift/www/", "--format", "json"]);
    const dump = JSON.parse(sizes.stdout).items[0].report;
    expect(dump.artifacts[0].unopened[0].reason).toContain("--deep");
    expect(dump.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain("secret");
  });

  it("against the baseline, the new files are reported by path and size", async () => {
    const result = await audit([
      "--baseline",
      "drift.baseline.json",
      "s3://acme-drift/www/",
      "--format",
      "json",
    ]);
    const report = JSON.parse(result.stdout).items[0].report;
    const added = report.baseline.artifacts[0].added.map(
      (a: { path: string; size: number }) => `${a.path} ${a.size}`,
    );
    expect(added).toEqual([
      ".env 38",
      `config.js ${Buffer.byteLength(`window.GH = "${token}";\n`)}`,
      `dump.bin ${5 * 1024 * 1024}`,
    ]);
  });

  it("--deep streams every object and finds the token planted in a script, never printing it", async () => {
    const result = await audit(["--deep", "s3://acme-drift/www/"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("secret");
    expect(result.stdout).toContain("config.js");
    expect(result.stdout).not.toContain(token);
  });

  it("reads a listing of several pages (2,500 objects) completely", async () => {
    await s3.createBucket("acme-large");
    await s3.seed(
      "acme-large",
      Array.from({ length: 2500 }, (_, i): [string, string] => [
        `docs/page-${String(i).padStart(4, "0")}.html`,
        `<p>${i}</p>`,
      ]),
    );
    const result = await audit(["s3://acme-large/docs", "--format", "json"]);
    expect(result.code, result.stdout.slice(0, 2000)).toBe(0);
    const report = JSON.parse(result.stdout).items[0].report;
    // The objects are counted as they stream; none is kept (memory stays flat, see bench/audit.mjs).
    expect(report.artifacts[0].entryCount).toBe(2500);
    expect(report.summary.files).toBe(2500);
  });

  it("a bucket that does not exist, and bad credentials, are clear errors", async () => {
    const missing = await audit(["s3://no-such-bucket"]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('s3://no-such-bucket: the bucket "no-such-bucket" does not exist');
    const refused = await audit(["s3://acme-site/www"], {
      AWS_ACCESS_KEY_ID: "WRONG",
      AWS_SECRET_ACCESS_KEY: "WRONG-SECRET",
    });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain("the store refused the credentials");
    expect(refused.stdout + refused.stderr).not.toContain("WRONG-SECRET");
  });
});
