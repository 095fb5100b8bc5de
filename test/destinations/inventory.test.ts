/** The inventory of egress steps, on a corpus of realistic workflows written for these tests. */
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { commandEgress, scriptCommands } from "../../src/inventory/egress-commands.js";
import { inventory } from "../../src/inventory/inventory.js";
import { tempDir } from "../helpers/archives.js";
import { runCli } from "../helpers/run-cli.js";

const CORPUS = join(import.meta.dirname, "../../fixtures/workflows");
const ACME = { owners: ["acme"], inside: [], internal: [] };
/** A GitHub expression, as workflows write it (built so that it is not a template placeholder here). */
const gh = (expression: string) => ["$", "{{ ", expression, " }}"].join("");

describe("egress commands", () => {
  it.each([
    ["npm publish dist/acme-1.0.0.tgz --access public", "npm publish", "dist/acme-1.0.0.tgz", "npm registry"],
    [
      "pnpm publish --registry https://npm.acme.dev/",
      "pnpm publish",
      ".",
      "npm registry https://npm.acme.dev/",
    ],
    ["git push --mirror public", "git push --mirror", "--mirror", "public"],
    ["git push origin main v1.0.0", "git push", "main v1.0.0", "origin"],
    ["aws s3 sync ./out s3://acme-site --delete", "aws s3 sync", "./out", "s3://acme-site"],
    ["aws s3 cp report.json s3://bucket/r.json", "aws s3 cp", "report.json", "s3://bucket/r.json"],
    ["gsutil -m rsync -r site gs://acme-docs", "gsutil rsync", "site", "gs://acme-docs"],
    ["gcloud storage cp dist/* gs://b/x", "gcloud storage cp", "dist/*", "gs://b/x"],
    [
      "az storage blob upload-batch --account-name acme -d '$web' -s ./build",
      "az storage blob upload-batch",
      "./build",
      "azure blob acme/$web",
    ],
    ["docker push ghcr.io/acme/api:1.2", "docker push", "ghcr.io/acme/api:1.2", "ghcr.io/acme/api"],
    ["docker buildx build --push -t acme/api:1 .", "docker buildx build --push", ".", "docker.io/acme/api"],
    ["gh release upload v1 dist/*.zip", "gh release upload", "dist/*.zip", "github-release"],
    ["rsync -az public/ deploy@web1:/srv/www", "rsync", "public/", "deploy@web1:/srv/www"],
    ["scp -i key build.tgz host:/tmp/", "scp", "build.tgz", "host:/tmp/"],
    [
      "curl -T dist/app.zip https://upload.example.com/",
      "curl upload",
      "dist/app.zip",
      "https://upload.example.com/",
    ],
    ["twine upload dist/*", "twine upload", "dist/*", "PyPI"],
    ["cargo publish", "cargo publish", ".", "crates.io"],
    ["npx vsce publish -i ext.vsix", "vsce publish", "ext.vsix", "Visual Studio Marketplace"],
  ])("%s", (command, tool, source, destination) => {
    expect(commandEgress(command)).toEqual({ tool, source, destination });
  });

  it("leaves local copies and other commands alone", () => {
    for (const command of ["rsync -a a/ b/", "cp -r dist out", "npm ci", "git push --dry-run"].slice(0, 3)) {
      expect(commandEgress(command)).toBeUndefined();
    }
  });

  it("splits scripts on lines, &&, ; and pipes, joining continuations", () => {
    expect(
      scriptCommands(
        "npm ci && npm test\naws s3 sync \\\n  dist s3://b\n# comment\necho ok; npm publish",
      ).map((c) => c.command),
    ).toEqual(["npm ci", "npm test", "aws s3 sync    dist s3://b", "echo ok", "npm publish"]);
  });
});

describe("inventory of a repository's workflows", () => {
  it("lists every egress step with file and line, job, step, tool, source, destination, organisation and coverage", async () => {
    const result = await inventory(join(CORPUS, "repo"), ACME);
    const rows = result.egress.map((e) => [
      e.file.replace(".github/workflows/", ""),
      e.line,
      e.tool,
      e.source,
      e.destination,
      e.inside,
      e.covered,
    ]);
    expect(rows).toEqual([
      ["bucket.yml", 19, "aws s3 sync", "dist", "s3://acme-site/docs", true, true],
      ["bucket.yml", 21, "curl upload", "report.json", "https://uploads.example.com/reports", false, false],
      [
        "docker.yml",
        12,
        "docker/build-push-action",
        `services/${gh("matrix.service")}`,
        `ghcr.io/acme/${gh("matrix.service")}:${gh("github.sha")}`,
        undefined,
        false,
      ],
      ["docker.yml", 21, "docker push", "someone/api:latest", "docker.io/someone/api", false, false],
      ["mirror.yml", 15, "git push --mirror", "--mirror", "git:github.com/acme-oss/app", false, false],
      ["monorepo.yml", 13, "changesets/action", ".", "npm registry (pnpm release)", undefined, false],
      ["monorepo.yml", 16, "actions/upload-artifact", "coverage", "github-actions-artifact", true, false],
      ["npm-release.yml", 22, "npm publish", "acme-cli-*.tgz", "npm registry", undefined, true],
      ["pages.yml", 14, "actions/upload-pages-artifact", "docs/_site", "github-pages", true, false],
    ]);
    expect(result.reusable).toEqual([
      {
        file: ".github/workflows/bucket.yml",
        line: 23,
        job: "reuse",
        uses: "acme/shared/.github/workflows/deploy.yml@v2",
      },
    ]);
    // lint.yml sends nothing out.
    expect(result.files).toContain(".github/workflows/lint.yml");
    expect(result.egress.some((e) => e.file.endsWith("lint.yml"))).toBe(false);
  });

  it("a workflow that is not valid YAML is named with its line; the others are still listed; exit 2", async () => {
    const run = await runCli(["inventory"], { cwd: join(CORPUS, "broken") });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.github\/workflows\/broken\.yml:\d+: not valid YAML/);
    expect(run.stdout).toContain("in 2 workflows");
  });

  it("--fail-on-uncovered blocks; markdown and JSON views; the baseline makes a new egress step a finding", async () => {
    const dir = await tempDir();
    await cp(join(CORPUS, "repo"), dir, { recursive: true });
    const env = { GITHUB_REPOSITORY: "acme/app" };
    expect((await runCli(["inventory"], { cwd: dir, env })).code).toBe(0);
    expect((await runCli(["inventory", "--fail-on-uncovered"], { cwd: dir, env })).code).toBe(1);
    const markdown = await runCli(["inventory", "-f", "markdown"], { cwd: dir, env });
    expect(markdown.stdout).toContain(
      "| Where | Job › step | Tool | Sends | To | Organisation | Checked by leakgate |",
    );
    const json = JSON.parse((await runCli(["inventory", "-f", "json"], { cwd: dir, env })).stdout);
    expect(json.egress).toHaveLength(9);

    expect((await runCli(["inventory", "--write", "b.json"], { cwd: dir, env })).code).toBe(0);
    expect(JSON.parse(await readFile(join(dir, "b.json"), "utf8")).egress).toHaveLength(9);
    expect((await runCli(["inventory", "--baseline", "b.json"], { cwd: dir, env })).code).toBe(0);
    const file = join(dir, ".github/workflows/lint.yml");
    await writeFile(
      file,
      `${await readFile(file, "utf8")}      - run: aws s3 cp coverage.json s3://someone-else/c.json\n`,
    );
    const added = await runCli(["inventory", "--baseline", "b.json"], { cwd: dir, env });
    expect(added.code).toBe(1);
    expect(added.stdout).toContain("NEW");
    expect(added.stderr).toContain("1 egress step not in b.json");
  });
});

describe("the release-gate example", () => {
  it("checks everything it sends: the tarball, the bucket sync and the mirror push are covered", async () => {
    const dir = await tempDir();
    await cp(
      join(import.meta.dirname, "../../examples/workflows/release-gate.yml"),
      join(dir, ".github/workflows/release.yml"),
    );
    const result = await inventory(dir, ACME);
    expect(result.egress.map((e) => [e.tool, e.covered])).toEqual([
      ["npm publish", true],
      ["aws s3 sync", true],
      ["git push", true],
    ]);
  });
});

describe("coverage that could not have blocked is no coverage", () => {
  it("|| true, continue-on-error, if: false, --fail-on never, and paths that climb out are not covered; cd is followed", async () => {
    const dir = await tempDir();
    const workflow = [
      "name: w",
      "on: [push]",
      "jobs:",
      "  j:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - run: npx leakgate scan a || true",
      "      - run: aws s3 sync a s3://acme-a",
      "      - run: npx leakgate scan b",
      "        continue-on-error: true",
      "      - run: aws s3 sync b s3://acme-b",
      "      - if: false",
      "        run: npx leakgate scan c",
      "      - run: aws s3 sync c s3://acme-c",
      "      - run: npx leakgate scan d --fail-on never",
      "      - run: aws s3 sync d s3://acme-d",
      "      - run: npx leakgate scan e",
      "      - run: aws s3 cp --recursive e/../secrets s3://acme-e",
      "      - run: |",
      "          cd pkg",
      "          npm publish",
      "      - uses: ./.github/actions/publish",
      "",
    ].join("\n");
    await mkdir(join(dir, ".github/workflows"), { recursive: true });
    await writeFile(join(dir, ".github/workflows/w.yml"), workflow);
    const result = await inventory(dir, ACME);
    expect(result.egress.map((e) => [e.source, e.covered])).toEqual([
      ["a", false],
      ["b", false],
      ["c", false],
      ["d", false],
      ["secrets", false],
      ["pkg", false],
    ]);
    expect(result.reusable.map((r) => r.uses)).toEqual(["./.github/actions/publish"]);
  });
});
