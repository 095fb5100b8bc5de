import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { namePattern } from "../../src/engine/name-pattern.js";

describe("name patterns", () => {
  it.each([
    ["dist/main.3f2a9c1b.js", "dist/main.[hash].js"],
    ["dist/main.3f2a9c1b.js.map", "dist/main.[hash].js.map"],
    ["chunk-AB12CD34.mjs", "chunk-[hash].mjs"],
    ["assets/index-Bx8k2L.css", "assets/index-[hash].css"],
    ["assets/index-BxQkzLmp.js", "assets/index-[hash].js"],
    ["assets/index-Dq_x-2Lz.js", "assets/index-[hash].js"],
    ["assets/logo-a1b2c3d4e5.svg", "assets/logo-[hash].svg"],
    ["_next/static/Xk9s8Jd7Lq2mN4pR5tUvW/_buildManifest.js", "_next/static/[hash]/_buildManifest.js"],
    ["releases/1.4.2/app.js", "releases/[version]/app.js"],
    ["v2.0.0-rc.1/index.html", "[version]/index.html"],
    ["site.zip!assets/app-9f8e7d6c.js", "site.zip!assets/app-[hash].js"],
  ])("%s → %s", (path, pattern) => {
    expect(namePattern(path)).toBe(pattern);
  });

  it.each([
    "index-builder.js",
    "react-dom.js",
    "utils-es2015.js",
    "LICENSE-APACHE.txt",
    "Button-Primary.css",
    "lodash.debounce.js",
    "jquery.min.js",
    "vendor.bundle.js",
    "polyfills-legacy.js",
    "app.esm-browser.prod.js",
    "favicon-32x32.png",
    "roboto-v30-latin-regular.woff2",
    "package/dist/cli.js.map",
  ])("keeps ordinary names: %s", (path) => {
    expect(namePattern(path)).toBe(path);
  });

  it("is idempotent", () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9._-]{1,20}$/);
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (segments) => {
        const once = namePattern(segments.join("/"));
        expect(namePattern(once)).toBe(once);
      }),
    );
  });

  it("leaves names made only of lowercase words alone", () => {
    const word = fc.stringMatching(/^[a-z]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(".js", ".css", ".d.ts", ".json"),
        (words, ext) => {
          const name = `dist/${words.join("-")}${ext}`;
          expect(namePattern(name)).toBe(name);
        },
      ),
    );
  });
});
