import { describe, expect, it } from "vitest";
import {
  groupKey,
  type ResolveContext,
  resolveSource,
  topRoots,
} from "../../../src/rules/source-map/roots.js";

/** A map at `mapPath` in a container holding `shipped`. */
function at(mapPath: string, shipped: string[] = [], packageRoot = ""): ResolveContext {
  const files = new Set(shipped);
  return { mapPath, packageRoot, exists: (path) => files.has(path) };
}

describe("source resolution and roots", () => {
  const tsc = at("package/dist/cli.js.map", ["package/dist/cli.js", "package/src/shipped.ts"], "package/");

  it.each([
    // source, sourceRoot, location, root, origin
    ["../src/a/b.ts", undefined, "unshipped", "../src", "own"],
    ["../src/shipped.ts", undefined, "shipped", "../src", "own"],
    ["b.ts", "../src/", "unshipped", "../src", "own"],
    [
      "../node_modules/@scope/pkg/lib/a.js",
      undefined,
      "unshipped",
      "../node_modules/@scope/pkg",
      "dependency",
    ],
    [
      "../node_modules/.pnpm/left-pad@1.3.0/node_modules/left-pad/index.js",
      undefined,
      "unshipped",
      "../node_modules/left-pad",
      "dependency",
    ],
    ["../../../app/src/x.ts", undefined, "outside", "../../../app", "own"],
    ["webpack:///./src/a.ts", undefined, "virtual", "webpack://src", "own"],
    ["webpack:///src/a.ts", undefined, "virtual", "webpack://src", "own"],
    ["webpack://my-lib/./src/deep/a.ts", undefined, "virtual", "webpack://src", "own"],
    ["./src/a.ts", "webpack:///", "virtual", "webpack://src", "own"],
    [
      "webpack://my-lib/./node_modules/react/index.js",
      undefined,
      "virtual",
      "webpack://node_modules/react",
      "dependency",
    ],
    ["webpack://my-lib/webpack/bootstrap", undefined, "virtual", "webpack://webpack", "generated"],
    [
      "webpack://my-lib/webpack/runtime/define property getters",
      undefined,
      "virtual",
      "webpack://webpack",
      "generated",
    ],
    ['webpack:///external "fs"', undefined, "virtual", "webpack://external", "generated"],
    ["webpack:///(webpack)/buildin/global.js", undefined, "virtual", "webpack://(webpack)", "dependency"],
    ["turbopack:///[project]/src/app/page.tsx", undefined, "virtual", "turbopack://src", "own"],
    ["file:///home/alice/acme/src/a.ts", undefined, "absolute", "/home/alice/acme", "own"],
    ["/Users/bob/work/acme/src/a.ts", undefined, "absolute", "/Users/bob/work", "own"],
    ["/home/runner/work/acme/acme/src/a.ts", undefined, "absolute", "/home/runner/work", "own"],
    ["C:\\Users\\dev\\acme\\src\\b.ts", undefined, "absolute", "C:/Users/dev/acme", "own"],
    ["src/a.ts", "/home/ci/build/", "absolute", "/home/ci/build", "own"],
    ["vite:preload-helper", undefined, "virtual", "vite:", "generated"],
    ["\0commonjsHelpers.js", undefined, "virtual", "(virtual)", "generated"],
    ["<define:process.env.NODE_ENV>", undefined, "virtual", "<define>", "generated"],
  ] as const)("%s (sourceRoot %s) is %s under %s, %s code", (source, sourceRoot, location, root, origin) => {
    expect(resolveSource(source, sourceRoot, tsc)).toEqual({ source, location, root, origin });
  });

  it("finds bundler paths shipped at the map's directory or any directory above it", () => {
    const context = at(
      "package/lib/fxp.min.js.map",
      ["package/src/util.js", "package/package.json"],
      "package/",
    );
    expect(resolveSource("webpack://fxp/./src/util.js", undefined, context).location).toBe("shipped");
    expect(resolveSource("webpack://fxp/./src/other.js", undefined, context).location).toBe("virtual");
  });

  it("calls a relative source outside once it climbs above the package or the container", () => {
    // The incident's layout: cli.js.map at the package root, sources in ../src.
    const atRoot = at("package/cli.js.map", [], "package/");
    expect(resolveSource("../src/a.ts", undefined, atRoot).location).toBe("outside");
    // Without a package directory, climbing above the container's root is outside too.
    expect(resolveSource("../../x.ts", undefined, at("dist/a.js.map")).location).toBe("outside");
    expect(resolveSource("../src/x.ts", undefined, at("dist/a.js.map")).location).toBe("unshipped");
  });

  it("groups by the leading .. segments plus the first real directory", () => {
    expect(groupKey("../../src/a/b.ts")).toBe("../../src");
    expect(groupKey("../a.ts")).toBe("..");
    expect(groupKey("a.ts")).toBe(".");
    expect(groupKey("./lib/a.ts")).toBe("lib");
    expect(groupKey("../node_modules/@x/y/z.js")).toBe("../node_modules/@x/y");
  });

  it("lists roots largest first, ties by name, at most the limit", () => {
    const sources = [
      ...Array.from({ length: 5 }, (_, i) => `../src/a${i}.ts`),
      "../node_modules/x/a.js",
      "../node_modules/x/b.js",
      "../lib/a.ts",
      "../lib/b.ts",
      "../test/a.ts",
    ].map((s) => resolveSource(s, undefined, tsc));
    expect(topRoots(sources)).toEqual([
      { root: "../src", count: 5 },
      { root: "../lib", count: 2 },
      { root: "../node_modules/x", count: 2 },
      { root: "../test", count: 1 },
    ]);
    expect(topRoots(sources, 2)).toHaveLength(2);
  });
});
