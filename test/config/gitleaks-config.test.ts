/**
 * Bring-your-own rules: a gitleaks config's [[rules]] applied to release artifacts, its RE2
 * regexes translated, and every config problem an exit 2 that names the file and the rule.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { Re2Error, translateRe2 } from "../../src/config/re2.js";
import { removeTempDirs, tempDir, tgzBuffer } from "../helpers/archives.js";
import { runCli } from "../helpers/run-cli.js";

afterAll(removeTempDirs);

const re = (pattern: string) => {
  const { source, flags } = translateRe2(pattern);
  return new RegExp(source, flags);
};

describe("RE2 to JavaScript", () => {
  it("translates what JavaScript spells differently", () => {
    expect(re("(?i)acme_[a-z]{4}").test("ACME_KEYS")).toBe(true);
    expect(translateRe2("(?i)x")).toEqual({ source: "[xX]", flags: "" });
    expect(re("(?s)a.b").test("a\nb")).toBe(true);
    expect(re("a.b").test("a\nb")).toBe(false);
    // RE2's `.` takes `\r`, and its `\s` leaves out `\v`.
    expect(re("a.b").test("a\rb")).toBe(true);
    expect(re("a\\sb").test("a\vb")).toBe(false);
    // Flags in the middle, and switched off again, as gitleaks' own rules write them.
    expect(re("\\bEZAK(?i)[a-z0-9]{4}").test("EZAKaB3z")).toBe(true);
    expect(re("\\bEZAK(?i)[a-z0-9]{4}").test("ezakaB3z")).toBe(false);
    expect(re("(?i)key(?-i:ABC)").test("KEYABC")).toBe(true);
    expect(re("(?i)key(?-i:ABC)").test("KEYabc")).toBe(false);
    expect(re("(?i:\\Qacme_\\E)x").test("ACME_x")).toBe(true);
    expect(re("(?s:a.b)").test("a\nb")).toBe(true);
    // Only the group ignores case.
    const inline = re("(?i:acme)-[a-z]{3}");
    expect(inline.test("AcMe-key")).toBe(true);
    expect(inline.test("acme-KEY")).toBe(false);
    expect(re("(?P<secret>[0-9]{4})").exec("pin 1234")?.groups?.secret).toBe("1234");
    expect(re("key\\z").test("a key")).toBe(true);
    expect(re("key\\z").test("a key\n")).toBe(false);
    expect(re("\\Atoken").test("token=1")).toBe(true);
    expect(re("[[:alnum:]_]{3}").test("a_1")).toBe(true);
    expect(re("[[:xdigit:]]{4}").test("beeF")).toBe(true);
    expect(re("\\Qa.b*c\\E").test("a.b*c")).toBe(true);
    expect(re("\\Qa.b*c\\E").test("aXbbc")).toBe(false);
    expect(re("\\x{41}").test("A")).toBe(true);
  });

  it.each([
    ["\\pL+", /Unicode class/],
    ["\\p{Greek}", /Unicode class/],
    ["(?U)a+", /\(\?U\)/],
    ["a(?m)b", /flag m inside a pattern/],
    ["a(?=b)", /lookaround/],
    ["[[:^alpha:]]", /negated POSIX/],
    ["[[:word2:]]", /POSIX class/],
    ["\\C", /\\C/],
    ["\\x{1F600}", /code point/],
  ])("refuses %s, naming the construct", (pattern, message) => {
    expect(() => translateRe2(pattern)).toThrow(Re2Error);
    expect(() => translateRe2(pattern)).toThrow(message);
  });

  // `.` and `\s` are left out: RE2 reads them more narrowly, so they are rewritten (above).
  it("leaves patterns both dialects read alike unchanged (property)", () => {
    const atom = fc.constantFrom(
      "a",
      "Z",
      "7",
      "\\d",
      "\\w",
      "[a-f0-9]",
      "[^ ]",
      "(x|y)",
      "(?:ab)",
      "\\.",
      "_",
      "-",
    );
    const quantifier = fc.constantFrom("", "*", "+", "?", "{2}", "{1,3}", "*?");
    const pattern = fc
      .array(
        fc.tuple(atom, quantifier).map(([a, q]) => a + q),
        { minLength: 1, maxLength: 12 },
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(pattern, (p) => {
        expect(translateRe2(p)).toEqual({ source: p, flags: "" });
      }),
    );
  });

  it("makes (?i:…) match exactly what the same pattern under the i flag matches, inside the group (property)", () => {
    const word = fc.string({
      unit: fc.constantFrom("a", "b", "Q", "z", "0", "_"),
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(word, word, (pattern, text) => {
        const inline = re(`^(?i:${pattern})$`);
        const flagged = new RegExp(`^${pattern}$`, "i");
        expect(inline.test(text)).toBe(flagged.test(text));
      }),
    );
  });
});

/** A .gitleaks.toml with an organisation's own token format; the token is built from fragments. */
const TOKEN = ["acme", "_tok_", "Q7rZ2mXw9pLk4vTn"].join("");
const GITLEAKS_TOML = `
title = "acme rules"

[[rules]]
id = "acme-internal-token"
description = "Acme internal service token"
regex = '''(?i)\\b(acme_tok_[a-z0-9]{16})\\b'''
keywords = ["acme_tok_"]
entropy = 3.0

  [[rules.allowlists]]
  stopwords = ["example"]

[[rules]]
id = "acme-deploy-key-file"
description = "Acme deploy key file"
path = '''(?:^|/)deploy\\.acmekey$'''

[[allowlists]]
paths = ['''(?:^|/)fixtures/''']

[[allowlists]]
targetRules = ["acme-deploy-key-file"]
paths = ['''(?:^|/)dist/''']
`;

async function release(dir: string): Promise<string> {
  const tarball = join(dir, "app-1.0.0.tgz");
  await writeFile(
    tarball,
    await tgzBuffer({
      "package/package.json": '{"name":"app","version":"1.0.0"}',
      "package/dist/client.js": `const t = "${TOKEN}";\n`,
      "package/dist/example.js": `const t = "${TOKEN.slice(0, -7)}example";\n`,
      "package/fixtures/sample.js": `const t = "${TOKEN}";\n`,
      "package/keys/deploy.acmekey": "binary-ish key material\n",
    }),
  );
  return tarball;
}

describe("gitleaks configs", () => {
  it("apply their rules to files inside an npm tarball, with allowlists, from --gitleaks-config", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, ".gitleaks.toml"), GITLEAKS_TOML);
    await release(dir);
    const run = await runCli(["scan", "--json", "--gitleaks-config", ".gitleaks.toml", "app-1.0.0.tgz"], {
      cwd: dir,
    });
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === "secret");
    expect(
      findings
        .map(
          (f: { path: string; details: { family: string } }) =>
            `${f.path.split("!").at(-1)} ${f.details.family}`,
        )
        .sort(),
    ).toEqual([
      "package/dist/client.js gitleaks:acme-internal-token",
      "package/keys/deploy.acmekey gitleaks:acme-deploy-key-file",
    ]);
    expect(run.stdout).not.toContain(TOKEN);
    expect(run.stdout).toContain("rule acme-internal-token of .gitleaks.toml");
  });

  it("load from the config's gitleaksConfig key, relative to the config file", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "rules.toml"), GITLEAKS_TOML);
    await writeFile(join(dir, ".leakgate.yml"), "gitleaksConfig: rules.toml\n");
    await release(dir);
    const run = await runCli(["scan", "--json", "app-1.0.0.tgz"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("gitleaks:acme-internal-token");
  });

  it.each([
    ["a missing file", null, /nope\.toml: gitleaks config cannot be read \(not found\)/],
    ["invalid TOML", "[[rules]\nid = 1", /bad\.toml: not valid TOML at line 1/],
    [
      "a rule without regex or path",
      '[[rules]]\nid = "empty"\n',
      /rule empty: a rule needs a regex, a path, or both/,
    ],
    [
      "a regex with a Unicode class",
      "[[rules]]\nid = \"letters\"\nregex = '''\\pL{20}'''\n",
      /rule letters regex: the Unicode class .* cannot be translated to JavaScript/,
    ],
    ["a wrong type", '[[rules]]\nid = "x"\nregex = 5\n', /bad\.toml: rules\.0\.regex/],
    ["no rules", 'title = "nothing"\n', /no \[\[rules\]\]/],
    ["only useDefault", "[extend]\nuseDefault = true\n", /useDefault is not applied/],
    [
      "a secretGroup the regex lacks",
      "[[rules]]\nid = \"g\"\nregex = 'acme_[a-z]{8}'\nsecretGroup = 2\n",
      /secretGroup 2, but the regex has 0 groups/,
    ],
  ])("stop the run with exit 2 on %s, naming the file", async (_case, text, message) => {
    const dir = await tempDir();
    const name = text === null ? "nope.toml" : "bad.toml";
    if (text !== null) await writeFile(join(dir, name), text);
    await release(dir);
    const run = await runCli(["scan", "--gitleaks-config", name, "app-1.0.0.tgz"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
