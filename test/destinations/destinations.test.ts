/** Destinations on artifacts (`spec -> destination`) and the organisation policy. */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isInsideOrganisation, type Organisation } from "../../src/rules/destination-policy.js";
import { resolveDestination, splitDestination } from "../../src/sources/destination.js";
import { parseRemoteUrl } from "../../src/sources/git/remote-url.js";
import { fakeGithubToken } from "../hardening/hostile.js";
import { tempDir, writeTree } from "../helpers/archives.js";
import { runCli } from "../helpers/run-cli.js";

const ACME: Organisation = {
  owners: ["acme"],
  inside: ["npm:npm.acme.dev/**"],
  internal: ["s3://acme-private-*"],
};

describe("destination syntax", () => {
  it.each([
    ["web=dist/ -> s3://acme-site/docs", { spec: "web=dist/", destination: "s3://acme-site/docs" }],
    ["npm:.->npm", { spec: "npm:.", destination: "npm" }],
    ["release/*.zip -> github-release", { spec: "release/*.zip", destination: "github-release" }],
    ["dist/", { spec: "dist/" }],
  ])("%s", (written, parsed) => {
    expect(splitDestination(written)).toEqual(parsed);
  });

  it("npm: publishConfig.registry, then the scope's registry in .npmrc, then the public registry", async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, ".npmrc"),
      "registry=https://registry.npmjs.org/\n@acme:registry=https://npm.acme.dev/\n",
    );
    expect((await resolveDestination("npm", { cwd: dir, packageName: "@acme/cli" })).name).toBe(
      "npm:npm.acme.dev/@acme/cli",
    );
    expect((await resolveDestination("npm", { cwd: dir, packageName: "left-pad" })).name).toBe(
      "npm:registry.npmjs.org/left-pad",
    );
    // As npm does (checked with `npm publish --dry-run`): a scope's registry beats publishConfig.registry,
    // and publishConfig's own `@scope:registry` beats .npmrc.
    expect(
      (
        await resolveDestination("npm", {
          cwd: dir,
          packageName: "@acme/cli",
          publishRegistry: "https://r.example/",
        })
      ).name,
    ).toBe("npm:npm.acme.dev/@acme/cli");
    expect(
      (
        await resolveDestination("npm", {
          cwd: dir,
          packageName: "left-pad",
          publishRegistry: "https://r.example/",
        })
      ).name,
    ).toBe("npm:r.example/left-pad");
    expect(
      (
        await resolveDestination("npm", {
          cwd: dir,
          packageName: "@acme/cli",
          publishScopeRegistry: "https://evil.example/",
        })
      ).name,
    ).toBe("npm:evil.example/@acme/cli");
    expect((await resolveDestination("github-release", { cwd: dir, repository: "acme/app" })).name).toBe(
      "github.com/acme/app/releases",
    );
  });

  it("git remote URLs in every form, credentials taken out", () => {
    const token = fakeGithubToken();
    expect(parseRemoteUrl("https://github.com/acme/app.git").location).toBe("github.com/acme/app");
    expect(parseRemoteUrl("git@github.com:acme/app.git").location).toBe("github.com/acme/app");
    expect(parseRemoteUrl("ssh://git@github.com:22/acme/app").location).toBe("github.com/acme/app");
    expect(parseRemoteUrl("/srv/git/app.git").location).toBe("/srv/git/app");
    const secret = parseRemoteUrl(`https://ci:${token}@github.com/acme/app.git`);
    expect(secret).toMatchObject({ hasCredentials: true, location: "github.com/acme/app" });
    expect(secret.shown).not.toContain(token);
    expect(parseRemoteUrl(`https://${token}@github.com/acme/app.git`).shown).toBe(
      "https://***@github.com/acme/app.git",
    );
  });
});

describe("inside or outside the organisation", () => {
  it.each([
    ["github.com/acme/app/releases", true],
    ["git:github.com/acme/app", true],
    ["git:github.com/someone/app", false],
    ["ghcr.io/acme/api", true],
    ["npm:registry.npmjs.org/@acme/cli", true],
    ["npm:registry.npmjs.org/@evil/cli", false],
    ["npm:registry.npmjs.org/left-pad", false],
    ["npm:npm.acme.dev/left-pad", true],
    ["s3://acme-site/docs", true],
    ["s3://acme-private-logs", true],
    ["s3://personal-bucket/x", false],
    ["git:/srv/mirror", true],
    // Every way of writing the same place is judged the same, on where it really goes.
    ["https://github.com/acme/../evil/x", false],
    ["git@github.com:acme/x.git", true],
    ["ssh://git@github.com/acme/x", true],
    ["https://github.com:443/acme/x", true],
    ["https://www.github.com/acme/x", true],
    ["s3://ak:tok@acme-x/p", true],
    ["file:///tmp/x", true],
  ])("%s → %s", (destination, inside) => {
    expect(isInsideOrganisation(destination, ACME)).toBe(inside);
  });

  it("an unknown organisation judges nothing", () => {
    expect(isInsideOrganisation("s3://anything", { owners: [], inside: [], internal: [] })).toBeUndefined();
  });
});

describe("destinations end to end", () => {
  async function site(): Promise<string> {
    const dir = await tempDir();
    await writeTree(join(dir, "site"), {
      "index.html": "<p>hi</p>",
      ".env": "API=https://internal.acme.dev\n",
    });
    return dir;
  }
  const env = { GITHUB_REPOSITORY: "acme/app" };

  it("a bucket outside the organisation blocks; the report shows where each artifact goes", async () => {
    const dir = await tempDir();
    await writeTree(join(dir, "site"), { "index.html": "<p>hi</p>" });
    const outside = await runCli(["scan", "-f", "json", "web=site -> s3://personal-bucket/docs"], {
      cwd: dir,
      env,
    });
    expect(outside.code).toBe(1);
    const report = JSON.parse(outside.stdout);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toContain("destination-outside-org");
    expect(report.artifacts[0].destination).toBe("s3://personal-bucket/docs");
    const text = await runCli(["scan", "web=site -> s3://personal-bucket/docs"], { cwd: dir, env });
    expect(text.stdout).toContain("→ s3://personal-bucket/docs");
    const inside = await runCli(["scan", "web=site -> s3://acme-site/docs"], { cwd: dir, env });
    expect(inside.code).toBe(0);
  });

  it("an internal destination turns internal-path errors into notes; leaving the organisation is what blocks", async () => {
    const dir = await site();
    await writeFile(join(dir, ".leakgate.yml"), 'organisation:\n  internal: ["s3://acme-private-*"]\n');
    const internal = await runCli(["scan", "-f", "json", "web=site -> s3://acme-private-docs"], {
      cwd: dir,
      env,
    });
    expect(internal.code).toBe(0);
    const env1 = JSON.parse(internal.stdout).findings.find(
      (f: { ruleId: string }) => f.ruleId === "internal-path",
    );
    expect(env1.severity).toBe("note");
    const published = await runCli(["scan", "web=site -> s3://acme-site"], { cwd: dir, env });
    expect(published.code).toBe(1);
  });

  it("a destination that is new since the baseline blocks", async () => {
    const dir = await tempDir();
    await writeTree(join(dir, "site"), { "index.html": "<p>hi</p>" });
    expect(
      (await runCli(["baseline", "--write", "b.json", "web=site -> s3://acme-site"], { cwd: dir, env })).code,
    ).toBe(0);
    expect(
      (await runCli(["scan", "-b", "b.json", "web=site -> s3://acme-site"], { cwd: dir, env })).code,
    ).toBe(0);
    const moved = await runCli(["scan", "-b", "b.json", "-f", "json", "web=site -> s3://acme-site-v2"], {
      cwd: dir,
      env,
    });
    expect(moved.code).toBe(1);
    const finding = JSON.parse(moved.stdout).findings.find(
      (f: { ruleId: string }) => f.ruleId === "new-destination",
    );
    expect(finding.message).toContain("s3://acme-site-v2");
    // A new artifact going to a new place is a new destination too.
    const added = await runCli(
      ["scan", "-b", "b.json", "web=site -> s3://acme-site", "web2=site -> s3://acme-other"],
      {
        cwd: dir,
        env,
      },
    );
    expect(added.code).toBe(1);
    expect(added.stdout).toContain("new-destination");
  });

  it("credentials in a destination URL are a secret finding, never printed", async () => {
    const dir = await site();
    const token = fakeGithubToken();
    // Not in the commands the job summary suggests either (they repeat the specs).
    for (const format of ["markdown", "text", "sarif"]) {
      const shown = await runCli(["scan", "-f", format, `web=site -> s3://ak:${token}@acme-x/p`], {
        cwd: dir,
        env,
      });
      expect(shown.stdout + shown.stderr, format).not.toContain(token);
    }
    const run = await runCli(["scan", "-f", "json", `web=site -> https://u:${token}@upload.acme.dev/x`], {
      cwd: dir,
      env,
    });
    expect(run.stdout).not.toContain(token);
    expect(
      JSON.parse(run.stdout).findings.some(
        (f: { details?: { family?: string } }) => f.details?.family === "url-credential",
      ),
    ).toBe(true);
  });

  it("npm:dir -> npm resolves the registry and judges the scope", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "pkg"));
    await writeFile(
      join(dir, "pkg", "package.json"),
      JSON.stringify({ name: "@evil/cli", version: "1.0.0" }),
    );
    await writeFile(join(dir, "pkg", "index.js"), "1");
    const run = await runCli(["scan", "-f", "json", "npm:pkg -> npm"], { cwd: dir, env });
    const report = JSON.parse(run.stdout);
    expect(report.artifacts[0].destination).toBe("npm:registry.npmjs.org/@evil/cli");
    expect(run.code).toBe(1);
  });
});
