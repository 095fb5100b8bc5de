/**
 * What leakgate finds never leaks through what it prints: no raw secret in any output, and no
 * raw control or bidirectional character from an artifact in any output, whichever rule
 * reports it and wherever in the release the hostile text sits.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/config/types.js";
import { scan } from "../../src/pipeline/scan.js";
import { renderAnnotations } from "../../src/reporters/annotations.js";
import { renderJson } from "../../src/reporters/json.js";
import { renderMarkdown } from "../../src/reporters/markdown.js";
import { buildReport } from "../../src/reporters/report.js";
import { renderSarifJson } from "../../src/reporters/sarif.js";
import { renderText } from "../../src/reporters/text.js";
import { tarBuffer, tempDir, tgzBuffer } from "../helpers/archives.js";
import { runCli } from "../helpers/run-cli.js";
import { fakeGithubToken } from "./hostile.js";

const MARKER = ["//#", "sourceMappingURL="].join(" ");

/** Every character an artifact could use to attack a terminal, a log viewer or a reader. */
const HOSTILE = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).filter((c) => c !== "/"),
  "\u007f",
  "\u0085",
  "\u009b",
  "\u061c",
  "\u200b",
  "\u200e",
  "\u200f",
  "\u2028",
  "\u2029",
  "\u202a",
  "\u202b",
  "\u202c",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\ufeff",
];
const RAW_HOSTILE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/;

/** Where a planted token sits, one shape per rule that could echo it. */
const PLACES = {
  content: (token: string) => ({ "package/lib/config.js": `export const token = "${token}";\n` }),
  mapUrl: (token: string) => ({
    "package/lib/a.js": `x();\n${MARKER}https://ci:${token}@cdn.example.com/a.map\n`,
  }),
  mapSource: (token: string) => ({
    "package/lib/a.js.map": JSON.stringify({
      version: 3,
      sources: [`https://u:${token}@git.example.com/src/a.ts`],
      sourcesContent: ["export {}"],
      mappings: "",
    }),
  }),
  queryToken: (token: string) => ({
    "package/lib/b.js": `y();\n${MARKER}https://cdn.example.com/b.map?access_token=${token}\n`,
  }),
} as const;

async function allOutputs(dir: string, artifact: string): Promise<string[]> {
  const result = await scan({ specs: [artifact], cwd: dir, config: defaultConfig() });
  const report = buildReport(result, "error");
  return [
    renderText(report),
    renderJson(report),
    renderMarkdown(report),
    renderSarifJson(report),
    JSON.stringify(renderAnnotations(report)),
  ];
}

describe("no raw secret in any output", () => {
  it("for a token planted where any rule could quote it (property)", async () => {
    const dir = await tempDir();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...(Object.keys(PLACES) as (keyof typeof PLACES)[])),
        async (place) => {
          const token = fakeGithubToken();
          await writeFile(
            join(dir, "r.tgz"),
            await tgzBuffer({ "package/package.json": '{"name":"r"}', ...PLACES[place](token) }),
          );
          for (const output of await allOutputs(dir, "r.tgz")) expect(output).not.toContain(token);
        },
      ),
      { numRuns: 24 },
    );
  });

  it("the CLI's stdout and stderr too, in every format", async () => {
    const dir = await tempDir();
    const token = fakeGithubToken();
    await writeFile(
      join(dir, "r.tgz"),
      await tgzBuffer({
        "package/package.json": '{"name":"r"}',
        ...PLACES.mapUrl(token),
        ...PLACES.mapSource(token),
      }),
    );
    for (const format of ["text", "json", "markdown", "sarif"]) {
      const run = await runCli(["scan", "--format", format, "r.tgz"], { cwd: dir });
      expect(run.stdout + run.stderr, format).not.toContain(token);
    }
  });
});

describe("a token in a file's name", () => {
  it("is a secret finding, and the name is redacted in the manifest and every output", async () => {
    const dir = await tempDir();
    const token = fakeGithubToken();
    await writeFile(
      join(dir, "r.tgz"),
      await tgzBuffer({ "package/package.json": '{"name":"r"}', [`package/keys/${token}.txt`]: "x" }),
    );
    const outputs = await allOutputs(dir, "r.tgz");
    for (const output of outputs) expect(output).not.toContain(token);
    expect(outputs[1]).toContain(`package/keys/ghp_…${token.slice(-4)}.txt`);
    for (const format of ["manifest", "scan"]) {
      const run = await runCli([format, "r.tgz"], { cwd: dir });
      expect(run.stdout + run.stderr, format).not.toContain(token);
    }
  });
});

describe("no raw control or bidi character from an artifact in any output", () => {
  it("in entry names, package names, secret-looking values and artifact names (property)", async () => {
    const dir = await tempDir();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...HOSTILE), fc.constantFrom(...HOSTILE), async (a, b) => {
        const name = `evil${a}[2J${b}name`;
        await writeFile(
          join(dir, "r.tar"),
          await tarBuffer({
            "package/package.json": JSON.stringify({ name, version: `1.0.0${a}` }),
            [`package/${name}.env`]: "A=1\n",
            "package/c.js": `password = "Xk9mQ2vL8pR4tZ${a}q7W3${b}"\n`,
            [`package/x${b}.js.map`]: JSON.stringify({
              version: 3,
              sources: [`../src/${name}.ts`],
              sourcesContent: ["1"],
            }),
          }),
        );
        for (const output of await allOutputs(dir, "r.tar")) expect(output).not.toMatch(RAW_HOSTILE);
      }),
      { numRuns: 60 },
    );
  });

  it("an artifact file name reached through a glob, in the CLI's text output and its errors", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "evil\u001b[2Jname.env"), "A=1\n");
    await writeFile(join(dir, "bell\u0007\u202e.pem"), "x\n");
    const run = await runCli(["scan", "*"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).not.toMatch(RAW_HOSTILE);
    expect(run.stdout).toContain("evil\\x1b[2Jname.env");
  });
});
