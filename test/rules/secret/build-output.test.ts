/**
 * Secrets as build output holds them, which gitleaks' samples (one line of source each)
 * under-represent: minified bundles, values a bundler inlined for `process.env.X`, source
 * text JSON-escaped inside a source map's `sourcesContent`, UTF-16 text; and the config
 * files a release drags along (`.npmrc`, docker's `config.json`, `.git-credentials`).
 * Every family's own sample value must be found, as the same family, in every shape.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { SecretFamily } from "../../../src/rules/secret/family.js";
import { SECRET_FAMILIES } from "../../../src/rules/secret/patterns.js";
import { createSecretRule } from "../../../src/rules/secret.js";
import { removeTempDirs, tempDir, tgzBuffer } from "../../helpers/archives.js";
import { runRule } from "../../helpers/rule-harness.js";
import { scanPath } from "../../helpers/scan.js";
import { random, sampleValue } from "./scan-text.js";

afterAll(removeTempDirs);

const P = (...parts: string[]) => parts.join("");

/** For a keyed family, a camelCase and an UPPER_SNAKE name built from its provider word. */
function names(family: SecretFamily): { camel: string; snake: string } {
  if (family.kind === "keyed") {
    const word = family.keywords[0]!.replace(/[^A-Za-z0-9]/g, "");
    return { camel: `${word.toLowerCase()}ApiKey`, snake: `${word.toUpperCase()}_API_KEY` };
  }
  return { camel: "dbPassword", snake: "APP_SECRET_TOKEN" };
}

/** The shapes, each a function of a family's value and names. */
const SHAPES: Record<string, (value: string, name: { camel: string; snake: string }) => string> = {
  "a minified object literal": (value, { camel }) => `var e={a:1,${camel}:"${value}",b:[2,3]};function f(){}`,
  "a value inlined for process.env": (value, { snake }) =>
    `!function(){process.env.${snake}="${value}",module.exports=1}();`,
  "source JSON-escaped in sourcesContent": (value, { camel }) =>
    JSON.stringify({
      version: 3,
      sources: ["../src/config.ts"],
      sourcesContent: [`// settings\nexport const ${camel} = "${value}";\nexport default ${camel};\n`],
      mappings: "AAAA",
    }),
};

/**
 * Families that need text around the value which these shapes do not give: a config line
 * (tested below), a provider word before it (`facebook …`, `secret_key`), or characters
 * before the marker they are found by (`…8Q~`, `….atlasv1.`).
 */
const OWN_CONTEXT = new Set([
  "terraform-cloud-token",
  "azure-ad-client-secret",
  "facebook-app-token",
  "freemius-secret",
  "url-credentials",
  "npmrc-auth-token",
  "docker-config-auth",
  "basic-auth-header",
  "bearer-token",
  "curl-credentials",
  "gcp-service-account",
  "azure-storage-connection-string",
  "aws-secret-access-key",
  "private-key",
  "openssh-private-key",
  "pgp-private-key",
]);

function found(text: string | Buffer, path = "package/dist/index.js") {
  const rule = createSecretRule({ genericEntropy: 3.5, maxPerFile: 100 });
  return runRule(rule, [{ path, content: text }]).map((finding) => finding.details?.family);
}

describe("secrets in build output", () => {
  const families = SECRET_FAMILIES.filter((family) => !OWN_CONTEXT.has(family.id));

  for (const [shape, build] of Object.entries(SHAPES)) {
    it(`every family's value is found in ${shape}`, () => {
      const missed: string[] = [];
      for (const family of families) {
        const value = sampleValue(family, family.sample(random));
        const text = build(value, names(family));
        const families = found(text);
        if (!families.includes(family.id)) missed.push(`${family.id}: ${JSON.stringify(families)}`);
      }
      expect(missed).toEqual([]);
    });
  }

  it("finds values in UTF-16 text, either byte order", () => {
    const token = sampleValue(byId("github-token"), byId("github-token").sample(random));
    const text = `; exported settings\r\nGITHUB_TOKEN=${token}\r\npassword = "Xq7#pL2v9Rz!mK4w"\r\n`;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.from(le.toString("utf16le"), "utf16le").swap16();
    for (const bytes of [le, be])
      expect(found(bytes, "package/settings.ini")).toEqual(["github-token", "generic-assignment"]);
  });

  it("finds the credentials of config files shipped by mistake, inside an npm tarball", async () => {
    const npmToken = sampleValue(byId("npm-token"), byId("npm-token").sample(random));
    const auth = Buffer.from(P("ci-bot:", "Tq7vR2mX9pL4wZ")).toString("base64");
    const dir = await tempDir();
    const tarball = join(dir, "app-1.0.0.tgz");
    await writeFile(
      tarball,
      await tgzBuffer({
        "package/package.json": '{"name":"app","version":"1.0.0"}',
        "package/.npmrc": P("//npm.acme.io/:_auth", "Token=", "3f2b9c1e-7d4a-4c8e-9b1f-0a6e5d3c2b1a\n"),
        "package/.npmrc.bak": `//registry.npmjs.org/:_authToken=${npmToken}\n`,
        "package/docker/config.json": JSON.stringify({ auths: { "ghcr.io": { auth } } }),
        "package/.git-credentials": P("https://ci-bot:", "Zq8v2LmT0xRw4k", "@git.acme.io\n"),
        "package/lib/db.js": P(
          'module.exports = "postgres://app:',
          "Rf9xQ2mTz7Lp",
          '@db.prod.acme.io:5432/app";\n',
        ),
      }),
    );
    const scan = await scanPath(tarball, { rules: [createSecretRule({ genericEntropy: 3.5 })] });
    const byPath = scan.findings
      .filter((finding) => finding.severity === "error")
      .map((finding) => `${finding.path.split("!").at(-1)} ${finding.details?.family}`)
      .sort();
    expect(byPath).toEqual([
      "package/.git-credentials url-credentials",
      "package/.npmrc npmrc-auth-token",
      "package/.npmrc.bak npm-token",
      "package/docker/config.json docker-config-auth",
      "package/lib/db.js url-credentials",
    ]);
    // Nothing in any finding is the raw value.
    expect(JSON.stringify(scan.findings)).not.toContain("Rf9xQ2mTz7Lp");
  });
});

function byId(id: string): SecretFamily {
  return SECRET_FAMILIES.find((family) => family.id === id)!;
}
