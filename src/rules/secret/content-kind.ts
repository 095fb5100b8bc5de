/**
 * Text, binary or archive? Decides how much of the secret rule runs on a file.
 *
 * Archives (zip, tar, gzip, and the compressed formats leakgate lists as unopened) are not
 * searched at all: the engine opens zip/tar/gzip and the rule sees every member, so
 * searching the container too would report a stored member's secret twice; compressed
 * bytes cannot hold a readable token anyway.
 *
 * Decision: binary content is still searched, but only for the high-confidence token
 * formats. Compiled output (`.class`, `.wasm`, `.pyc`, Go and Rust executables, `.node`
 * addons) keeps string literals verbatim, so a hard-coded key ships in it as plainly as in a
 * `.js` file; and the formats are specific enough (fixed prefixes, exact lengths, checked
 * structure) that random bytes do not produce them. Generic `password = "…"` assignments are
 * skipped in binary content: string tables glue unrelated strings together.
 *
 * A file is binary when its first SNIFF_BYTES contain a NUL byte or more than 10% control
 * characters, unless its extension names a text format: minified bundles and generated
 * JSON sometimes embed a raw NUL, and must not lose the generic check for it.
 */

import { detectFormat } from "../../sources/detect-format.js";

/** How much of the start of a file is sniffed (what git and grep look at, roughly). */
export const SNIFF_BYTES = 8000;

export type ContentKind = "text" | "binary" | "archive";

/** Decides from the first bytes of a file (as latin1 text, SNIFF_BYTES of them unless the file is shorter). */
export function contentKind(head: string, path: string | undefined): ContentKind {
  if (detectFormat(Buffer.from(head.slice(0, 512), "latin1"), path ?? "") !== undefined) return "archive";
  if (path !== undefined && isKnownTextPath(path)) return "text";
  return looksBinary(head) ? "binary" : "text";
}

const TEXT_EXTENSIONS = new Set(
  (
    "js mjs cjs jsx ts mts cts tsx json jsonc json5 map md markdown txt text csv tsv html htm xml svg css scss " +
    "sass less vue svelte astro yml yaml toml ini cfg conf config properties env envrc npmrc yarnrc py rb go rs " +
    "java kt kts scala groovy gradle swift php pl sh bash zsh fish ps1 psm1 bat cmd sql graphql gql tf tfvars " +
    "hcl pem key crt cer pub asc cs fs vb c h cc cpp hpp m mm r lua dart ex exs erl clj elm hs ml tex rst adoc " +
    "lock gitignore dockerignore editorconfig"
  ).split(" "),
);

/** Whether the path's extension (or dot-file name) is a known text format. */
export function isKnownTextPath(path: string): boolean {
  const name = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  const dot = name.lastIndexOf(".");
  return dot !== -1 && TEXT_EXTENSIONS.has(name.slice(dot + 1));
}

/** Whether the first bytes of a file (as latin1 text) look binary. */
export function looksBinary(head: string): boolean {
  const end = Math.min(head.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const code = head.charCodeAt(i);
    if (code === 0) return true;
    // Tab, line feed, vertical tab, form feed, carriage return and escape (ANSI colours) are text.
    if ((code < 0x20 && (code < 0x09 || code > 0x0d) && code !== 0x1b) || code === 0x7f) control++;
  }
  return control * 10 > end;
}
