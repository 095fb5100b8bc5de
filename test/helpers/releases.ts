/** Generated releases for baseline tests: realistic, incompressible-enough content made at test time. */
import { createHash } from "node:crypto";

/** Deterministic pseudo-random text of `bytes` length that compresses like real code (~4×, not 1000×). */
export function codeLike(bytes: number, seed: string): string {
  const words = [
    "const",
    "return",
    "export",
    "function",
    "value",
    "await",
    "import",
    "type",
    "if",
    "else",
    "=>",
    "{",
    "}",
  ];
  let out = "";
  let counter = 0;
  while (out.length < bytes) {
    const digest = createHash("sha256").update(`${seed}:${counter++}`).digest();
    for (const byte of digest) out += `${words[byte % words.length]} v${byte * 131 + counter} `;
    out += "\n";
  }
  return out.slice(0, bytes);
}

/** A source map embedding `files` original sources under ../src. */
export function embeddingMap(files: number, bytesPerFile: number): string {
  const sources = Array.from({ length: files }, (_, i) => `../src/area${i % 20}/file${i}.ts`);
  return JSON.stringify({
    version: 3,
    file: "cli.js",
    sources,
    sourcesContent: sources.map((s, i) => codeLike(bytesPerFile, `${s}${i}`)),
    mappings: "AAAA;",
  });
}
