import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { looksLikeHash } from "../../src/engine/hash-token.js";
import { loosePattern, namePattern } from "../../src/engine/name-pattern.js";

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const chars = (alphabet: string, length: number) =>
  fc.string({ unit: fc.constantFrom(...alphabet.split("")), minLength: length, maxLength: length });

describe("name patterns: what bundlers write", () => {
  it.each([
    // webpack / Create React App (hex, 8–32)
    ["dist/main.3f2a9c1b.js", "dist/main.[hash].js"],
    ["dist/main.3f2a9c1b.js.map", "dist/main.[hash].js.map"],
    ["main.3f2a9c1b.js.LICENSE.txt", "main.[hash].js.LICENSE.txt"],
    ["static/js/787.3f2a9c1b.chunk.js", "static/js/787.[hash].chunk.js"],
    ["static/media/logo.6ce24c58023cc2f8fd88fe9d219db6c6.svg", "static/media/logo.[hash].svg"],
    ["vendors.a1b2c3d4e5f6a7b8c9d0.js", "vendors.[hash].js"],
    ["e3b0c44298fc1c149afb.png", "[hash].png"],
    // Vite / Rollup (base64url, 8, may contain - and _)
    ["assets/index-BxQ8k2Lz.js", "assets/index-[hash].js"],
    ["assets/index-D2fGh_-x.css", "assets/index-[hash].css"],
    ["assets/vendor-CzUO-3-n.js", "assets/vendor-[hash].js"],
    ["assets/index-Bx8k2L.css", "assets/index-[hash].css"],
    ["assets/index.3f2a9c1b.js", "assets/index.[hash].js"],
    ["types.d-BjI5eAwu.d.ts", "types.d-[hash].d.ts"],
    ["chunk-pathe.M-eThtNZ.js", "chunk-pathe.[hash].js"],
    ["_app/immutable/chunks/index.BxQ8k2Lz.js", "_app/immutable/chunks/index.[hash].js"],
    ["_nuxt/D2fGh_-x.js", "_nuxt/[hash].js"],
    // esbuild / Angular 17+ (base32, 8, upper case, a fifth without a digit)
    ["chunk-AB12CD34.mjs", "chunk-[hash].mjs"],
    ["chunk-QWERTYUI.js", "chunk-[hash].js"],
    ["main-ABCD1234.js", "main-[hash].js"],
    // Next.js (hex 16, build id directory)
    ["_next/static/chunks/pages/_app-1234567890abcdef.js", "_next/static/chunks/pages/_app-[hash].js"],
    ["_next/static/css/8a9b0c1d2e3f4a5b.css", "_next/static/css/[hash].css"],
    ["_next/static/Xk9s8Jd7Lq2mN4pR5tUvW/_buildManifest.js", "_next/static/[hash]/_buildManifest.js"],
    // Angular (hex 16/20)
    ["main.a1b2c3d4e5f6a7b8.js", "main.[hash].js"],
    ["main-es2015.abcdef1234567890abcd.js", "main-es2015.[hash].js"],
    // versioned directories, nested levels
    ["releases/1.4.2/app.js", "releases/[version]/app.js"],
    ["v2.0.0-rc.1/index.html", "[version]/index.html"],
    ["site.zip!assets/app-9f8e7d6c.js", "site.zip!assets/app-[hash].js"],
    ["1.0.0/site-3f2a9c1b.zip!1.0.0/app-9f8e7d6c.js", "[version]/site-[hash].zip![version]/app-[hash].js"],
  ])("%s → %s", (path, pattern) => {
    expect(namePattern(path)).toBe(pattern);
  });

  it.each([
    "index-builder.js",
    "react-dom.js",
    "utils.js",
    "lodash.debounce/index.js",
    "button-primary.css",
    "Button-Primary.css",
    "utils-es2015.js",
    "LICENSE-APACHE.txt",
    "THIRD-PARTY-NOTICES.txt",
    "SECURITY.md",
    "Makefile",
    "README.zh-CN.md",
    "jquery.min.js",
    "vendor.bundle.js",
    "polyfills-legacy.js",
    "app.esm-browser.prod.js",
    "favicon-32x32.png",
    "roboto-v30-latin-regular.woff2",
    "linux-x86_64.tar",
    "package/dist/cli.js.map",
    ".env.production",
    // camelCase and PascalCase words, as found under node_modules
    "chunk-hoistMocks.js",
    "Object.getPrototypeOf.js",
    "Find-VisualStudio.cs",
    "Sarif.WorkItems.pdb",
    "pages-HomePage.js",
    "hooks-useState.js",
    "lodash/_baseFor.js",
    "lodash/isRegExp.js",
    "policies/StorageRetryPolicyV2.js",
    "amd64/msvcp140.dll",
    "fonts/3D-ASCII.flf",
    // words and numbers in directories and names
    "json-schema-draft-07.json",
    "json-schema-2019-09/schema.json",
    "operationsInterfaces/blob.js",
    "prebuilds/ios-arm64-simulator/x.bare",
    "binding-linux-x64-gnu/package.json",
  ])("keeps ordinary names: %s", (path) => {
    expect(namePattern(path)).toBe(path);
  });
});

describe("name pattern properties", () => {
  const segment = fc.stringMatching(/^[A-Za-z0-9._-]{1,24}$/);
  const path = fc
    .array(fc.array(segment, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 })
    .map((levels) => levels.map((segments) => segments.join("/")).join("!"));

  it("is idempotent, and so is the loose pattern", () => {
    fc.assert(
      fc.property(path, (p) => {
        const once = namePattern(p);
        expect(namePattern(once)).toBe(once);
        const loose = loosePattern(p);
        expect(loosePattern(loose)).toBe(loose);
      }),
    );
  });

  it("the loose pattern of the pattern is the loose pattern of the name", () => {
    fc.assert(
      fc.property(path, (p) => {
        expect(loosePattern(namePattern(p))).toBe(loosePattern(p));
      }),
    );
  });

  it("leaves names made only of lowercase words alone", () => {
    const word = fc.stringMatching(/^[a-z]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 4 }),
        fc.constantFrom("-", ".", "_"),
        fc.constantFrom(".js", ".css", ".d.ts", ".json", ""),
        (words, separator, ext) => {
          const name = `dist/${words.join(separator)}${ext}`;
          expect(namePattern(name)).toBe(name);
          expect(loosePattern(name)).toBe(name);
        },
      ),
    );
  });

  it("always recognises hex hashes with a digit (webpack, Parcel, Next.js, Angular)", () => {
    const hex = fc.integer({ min: 8, max: 32 }).chain((n) => chars("0123456789abcdef", n));
    fc.assert(
      fc.property(
        fc.constantFrom("main", "vendor", "app-shell"),
        hex.filter((h) => /\d/.test(h)),
        fc.constantFrom(".", "-"),
        (name, hash, separator) => {
          expect(namePattern(`dist/${name}${separator}${hash}.js`)).toBe(`dist/${name}${separator}[hash].js`);
        },
      ),
    );
  });

  it("the loose pattern recognises any 8-char Vite hash with a digit or mixed case", () => {
    const hash = chars(BASE64URL, 8).filter(
      (h) => Number(/\d/.test(h)) + Number(/[a-z]/.test(h)) + Number(/[A-Z]/.test(h)) >= 2,
    );
    fc.assert(
      fc.property(hash, (h) => {
        expect(loosePattern(`assets/index-${h}.js`)).toBe("assets/index-[hash].js");
        expect(loosePattern(`chunks/index.${h}.js`)).toBe("chunks/index.[hash].js");
      }),
    );
  });

  it("esbuild's base32 hashes are always recognised after a lowercase name", () => {
    fc.assert(
      fc.property(chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 8), (h) => {
        expect(namePattern(`chunk-${h}.js`)).toBe("chunk-[hash].js");
      }),
    );
  });
});

describe("looksLikeHash", () => {
  it.each(["3f2a9c1b", "BxQ8k2Lz", "AB12CD34", "M-eThtNZ", "D_X3-62x", "Xk9s8Jd7Lq2mN4pR5tUvW", "20240501"])(
    "%s is a hash",
    (token) => expect(looksLikeHash(token)).toBe(true),
  );

  it.each([
    "builder",
    "hoistMocks",
    "getPrototypeOf",
    "XMLHttpRequest",
    "es2015",
    "draft-07",
    "deadbeef",
    "ABCDEFGH",
  ])("%s is a word", (token) => expect(looksLikeHash(token)).toBe(false));
});
