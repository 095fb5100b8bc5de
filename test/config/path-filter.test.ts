import { describe, expect, it } from "vitest";
import { createPathFilter, globMatcher, pathForms } from "../../src/config/path-filter.js";
import { defaultConfig, type LeakgateConfig } from "../../src/config/types.js";

function allowed(config: Partial<LeakgateConfig>, paths: string[], ids = ["release.tgz", "npm:app"]) {
  const filter = createPathFilter({ ...defaultConfig(), ...config }, ids);
  return paths.filter((path) => filter.isAllowed(path));
}

describe("pathForms", () => {
  it("tries the full path, without package/, the innermost part, and that without package/", () => {
    expect(pathForms("package/vendor/x.tgz!package/lib/a.js")).toEqual([
      "package/vendor/x.tgz!package/lib/a.js",
      "vendor/x.tgz!package/lib/a.js",
      "package/lib/a.js",
      "lib/a.js",
    ]);
    expect(pathForms("dist/a.js")).toEqual(["dist/a.js"]);
  });
});

describe("allow globs exempt exactly what they say", () => {
  const paths = [
    "package/dist/cli.js.map",
    "package/dist/cli.js",
    "package/dist/sub/deep.js.map",
    "package/lib/dist/other.js.map",
    "release.zip!package/dist/nested.js.map",
    "dist/plain.js.map",
  ];

  it("`*.map` (no slash) matches map files by name anywhere, and nothing else", () => {
    expect(allowed({ allow: ["*.map"] }, paths)).toEqual(paths.filter((p) => p.endsWith(".map")));
  });

  it("`dist/*.map` matches maps directly in dist/ of a tarball, a directory or a nested tarball", () => {
    expect(allowed({ allow: ["dist/*.map"] }, paths)).toEqual([
      "package/dist/cli.js.map",
      "release.zip!package/dist/nested.js.map",
      "dist/plain.js.map",
    ]);
  });

  it("a directory glob covers the contents of archives under it; a name glob covers only the archive", () => {
    const nested = ["package/test/fixtures/keys.zip", "package/test/fixtures/keys.zip!id_rsa"];
    expect(allowed({ allow: ["test/fixtures/**"] }, nested)).toEqual(nested);
    expect(allowed({ allow: ["*.zip"] }, nested)).toEqual(["package/test/fixtures/keys.zip"]);
  });

  it("is case-sensitive, as paths in archives are", () => {
    expect(allowed({ allow: ["*.MAP"] }, ["package/a.js.map"])).toEqual([]);
  });

  it("no globs, no exemptions", () => {
    expect(allowed({}, paths)).toEqual([]);
  });
});

describe(".leakgateignore lines (gitignore syntax)", () => {
  const paths = [
    "package/debug.log",
    "package/logs/debug.log",
    "package/logs/keep.log",
    "package/test/.env",
    "package/src/test.js",
    "fixtures.zip!test/.env",
  ];

  it("a directory line exempts everything below that directory, in archives too", () => {
    expect(allowed({ ignoreFileLines: ["test/"] }, paths)).toEqual([
      "package/test/.env",
      "fixtures.zip!test/.env",
    ]);
  });

  it("negation and anchoring work as in .gitignore, anchored at the package root", () => {
    expect(allowed({ ignoreFileLines: ["*.log", "!keep.log"] }, paths)).toEqual([
      "package/debug.log",
      "package/logs/debug.log",
    ]);
    expect(allowed({ ignoreFileLines: ["/debug.log"] }, paths)).toEqual(["package/debug.log"]);
  });

  it("comments and blank lines exempt nothing", () => {
    expect(allowed({ ignoreFileLines: ["# test/", "", "   "] }, paths)).toEqual([]);
  });

  it("adds to allow rather than replacing it", () => {
    expect(allowed({ allow: ["*.js"], ignoreFileLines: ["test/"] }, paths)).toEqual([
      "package/test/.env",
      "package/src/test.js",
      "fixtures.zip!test/.env",
    ]);
  });

  it("paths no ignore line can describe (`../x`) are simply not exempt", () => {
    expect(allowed({ ignoreFileLines: ["*"] }, ["../escape.txt"])).toEqual([]);
  });
});

describe("per-artifact settings", () => {
  const config: Partial<LeakgateConfig> = {
    allow: ["*.log"],
    internal: ["docs/**"],
    artifacts: {
      "npm:@acme/*": { allow: ["examples/**"], internal: ["*.psd"] },
      "web-*.zip": { allow: ["*.map"] },
    },
  };

  it("apply when the artifact id or its identity matches the key, on top of the top-level lists", () => {
    const paths = ["package/a.log", "package/examples/.env", "assets/app.js.map"];
    expect(allowed(config, paths, ["acme-cli-1.0.0.tgz", "npm:@acme/cli"])).toEqual([
      "package/a.log",
      "package/examples/.env",
    ]);
    expect(allowed(config, paths, ["release/web-2.0.zip", "release/web.zip"])).toEqual(["package/a.log"]);
    expect(allowed(config, paths, ["web-2.0.zip", "web.zip"])).toEqual([
      "package/a.log",
      "assets/app.js.map",
    ]);
  });

  it("internalMatch returns the first matching internal glob, for this artifact only", () => {
    const acme = createPathFilter({ ...defaultConfig(), ...config }, ["x.tgz", "npm:@acme/cli"]);
    const other = createPathFilter({ ...defaultConfig(), ...config }, ["y.tgz", "npm:other"]);
    expect(acme.internalMatch("package/docs/plan.md")).toBe("docs/**");
    expect(acme.internalMatch("package/art/logo.psd")).toBe("*.psd");
    expect(other.internalMatch("package/art/logo.psd")).toBeUndefined();
    expect(acme.internalMatch("package/index.js")).toBeUndefined();
  });
});

describe("globMatcher", () => {
  it("matches dot files (globs are about what ships, and dot files ship)", () => {
    expect(globMatcher(["config/*"])("package/config/.env")).toBe(true);
  });
});
