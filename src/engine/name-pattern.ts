/**
 * Names that change on every build are not news. Bundlers put content hashes in file names
 * (`main.3f2a9c1b.js`, `chunk-AB12CD34.mjs`, `assets/index-BxQ8k2Lz.css`) and releases put
 * versions in directories (`1.4.2/`), so the baseline records a *pattern*
 * (`main.[hash].js`, `[version]/`) and a rebuild does not churn it.
 *
 * Per `!` level and per `/` segment:
 *   - a directory named like a version (`1.4.2`, `v2.0.0-rc.1`) becomes `[version]`, and so
 *     does a version right before a file's extensions (`vendor/lib-2.3.1.jar` →
 *     `vendor/lib-[version].jar`, so a nested archive's version bump is not a new file);
 *   - a directory named like a hash or build id (8+ chars) becomes `[hash]`;
 *   - in a file name, the last part before the extensions becomes `[hash]` when it looks
 *     like one: `<name>.<hash>.<ext…>`, `<name>-<hash>.<ext…>`, or a name that is only a
 *     hash (`e3b0c44298fc1c149afb.png`). See hash-token.ts for what counts.
 * Ordinary names keep their names (`index-builder.js`, `react-dom.js`, `json-schema-draft-07.json`).
 */
import { couldBeHash, isBase32Hash, looksLikeHash } from "./hash-token.js";

const VERSION_DIR = /^v?\d+(?:\.\d+){1,3}(?:[-+][0-9A-Za-z.-]+)?$/;
/** `lib-2.3.1.jar`, `jquery-3.6.0.min.js`, `app-1.0.0-rc.1.tgz`: a version right before the extensions. */
const VERSIONED_FILE =
  /^(.*?[^\d.][-_.@])v?\d+(?:\.\d+)+(?:-(?:alpha|beta|rc|next|canary|pre|dev)(?:\.?\d+)*)?((?:\.[A-Za-z][A-Za-z0-9]{0,9}){0,3})$/;
/** At most three extensions (`.d.ts`, `.js.map`, `.js.LICENSE.txt`). */
const MAX_EXTENSIONS = 3;

/** How a token is judged: `strict` renames, `loose` only pairs files in a diff (see loosePattern). */
interface TokenTest {
  isHash(token: string, nameBefore: string): boolean;
  /** Whether a name that is nothing but this token is a hash. */
  isWholeHash(stem: string): boolean;
}

const strict: TokenTest = {
  isHash: (token, nameBefore) => looksLikeHash(token) || isBase32Hash(token, nameBefore),
  // A whole name is usually a word (`lroEngine`, `GenerateN`, `msvcp140`): only hex, or 8 chars
  // with a digit that are not a word and a number.
  isWholeHash: (stem) =>
    /^(?:[0-9a-f]{8,}|[0-9A-F]{8,}|\d{8,})$/.test(stem)
      ? looksLikeHash(stem)
      : stem.length === 8 && /\d/.test(stem) && !/^[A-Za-z][a-z]*\d+$/.test(stem) && looksLikeHash(stem),
};
const loose: TokenTest = {
  isHash: (token) => couldBeHash(token),
  // Not `Makefile` or `SECURITY`: a digit, or a case change inside the name.
  isWholeHash: (stem) => couldBeHash(stem) && /\d|[a-z][A-Z]/.test(stem),
};

/** Splits `main.3f2a9c1b.js.map` into `main.3f2a9c1b` and `.js.map`; a hash is never an extension. */
function splitExtensions(name: string, test: TokenTest): [stem: string, extensions: string] {
  let stem = name;
  for (let i = 0; i < MAX_EXTENSIONS; i++) {
    const match = /\.([A-Za-z0-9]{1,10})$/.exec(stem);
    if (!match || match.index === 0) break;
    const before = stem.slice(0, match.index + 1);
    if (test.isHash(match[1]!, before) || looksLikeHash(match[1]!)) break;
    stem = stem.slice(0, match.index);
  }
  return [stem, name.slice(stem.length)];
}

function filePattern(name: string, test: TokenTest): string {
  // Vendored files and nested archives carry versions (`vendor/lib-2.3.1.jar`); a bump is not a new file.
  const versioned = VERSIONED_FILE.exec(name);
  if (versioned) return `${versioned[1]}[version]${versioned[2]}`;
  const [stem, extensions] = splitExtensions(name, test);
  // Rollup/Vite base64url hashes may contain `-` and `_`: try the 8-char window first.
  const window = /^(.+[.-])([A-Za-z0-9_-]{8})$/.exec(stem);
  if (window && /[-_]/.test(window[2]!) && test.isHash(window[2]!, window[1]!)) {
    return `${window[1]}[hash]${extensions}`;
  }
  const last = /^(.+[.-])([A-Za-z0-9_]+)$/.exec(stem);
  if (last && test.isHash(last[2]!, last[1]!)) return `${last[1]}[hash]${extensions}`;
  // A name that is only a hash: webpack assets (`e3b0c44298fc1c149afb.png`), Nuxt (`D2fGh_-x.js`).
  if (test.isWholeHash(stem)) return `[hash]${extensions}`;
  return name;
}

function directoryPattern(name: string): string {
  if (VERSION_DIR.test(name)) return "[version]";
  // Build ids (Next.js: 21 chars) and cache keys (hex); shorter camelCase names are words.
  if (looksLikeHash(name) && (name.length >= 16 || /^(?:[0-9a-f]+|[0-9A-F]+|\d+)$/.test(name)))
    return "[hash]";
  return name;
}

function pathPattern(path: string, file: (name: string) => string): string {
  return path
    .split("!")
    .map((level) => {
      const segments = level.split("/");
      const last = segments.length - 1;
      return segments.map((segment, i) => (i === last ? file(segment) : directoryPattern(segment))).join("/");
    })
    .join("!");
}

/** The stable pattern of a (possibly nested) entry path. Idempotent. */
export function namePattern(path: string): string {
  return pathPattern(path, (name) => filePattern(name, strict));
}

/**
 * A looser pattern that also takes any 8-char part of a file name with a digit or mixed
 * case (the Rollup/Vite/esbuild/Parcel slot) for a hash. Only for pairing removed with added files in a
 * diff, so that the rare hash that reads like a word does not show up as a new file.
 */
export function loosePattern(path: string): string {
  return pathPattern(path, (name) => filePattern(filePattern(name, strict), loose));
}
