import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SECRET_FAMILIES } from "../../../src/rules/secret/patterns.js";
import { BATCH, OVERLAP } from "../../../src/rules/secret/stream-scanner.js";
import { tarBuffer, zipBuffer } from "../../helpers/archives.js";
import { filler, matchIn, random, scanChunks } from "./scan-text.js";

const byId = (id: string) => SECRET_FAMILIES.find((family) => family.id === id)!;
/** One sample per family, made once: the properties vary the text and the chunking around them. */
const SAMPLES = SECRET_FAMILIES.map((family) => ({ family, sample: family.sample(random) }));

/** Cuts `text` into pieces at the given (sorted, deduplicated) offsets. */
function pieces(text: string, cuts: number[]): string[] {
  const offsets = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const offset of [...offsets, text.length]) {
    out.push(text.slice(from, offset));
    from = offset;
  }
  return out;
}

/** Text that cannot form or extend a token: no letters or digits. */
const noise = fc.string({
  unit: fc.constantFrom(" ", "\n", "\t", ";", "(", ")", "{", "}", ",", "*", "\r\n", "\u00e9", "\u0000"),
  maxLength: 400,
});

describe("stream scanner", () => {
  it("finds exactly the inserted token, at its line, wherever it lands and however the text is cut", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SAMPLES),
        noise,
        noise,
        fc.array(fc.nat(), { maxLength: 12 }),
        ({ family, sample }, head, tail, cuts) => {
          // A NUL makes the file binary, where generic assignments are not searched.
          const clean = (s: string) => (family.textOnly ? s.replaceAll("\u0000", "") : s);
          const before = `${clean(head)}\n`;
          const text = `${before}${sample}\n${clean(tail)}`;
          const { value, lineOffset } = matchIn(family, sample);
          const { found } = scanChunks(pieces(text, cuts));
          expect(found).toEqual([{ family: family.id, value, line: before.split("\n").length + lineOffset }]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reports the same matches whatever the chunk sizes, in files longer than the overlap", () => {
    const tokens = SAMPLES.filter(({ family }) => !family.textOnly).map(({ sample }) => sample);
    const text = tokens.map((token, i) => `${filler(3000 + i * 37)}\n${token}\n`).join("");
    expect(text.length).toBeGreaterThan(4 * OVERLAP);
    const whole = scanChunks([text], { batchBytes: undefined }).found;
    expect(whole).toHaveLength(tokens.length);
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: BATCH * 2 }),
        (cuts, batchBytes) => {
          expect(scanChunks(pieces(text, cuts), { batchBytes }).found).toEqual(whole);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("counts lines across chunks, dropped text included", () => {
    const token = byId("npm-token").sample(random);
    const lines = Array.from({ length: 5000 }, (_, i) => `line ${i % 7 === 0 ? "" : "----"}`);
    lines[4321] = `const t = "${token}";`;
    const text = `${lines.join("\n")}\n`;
    const chunks = pieces(text, [1000, 65536, 65537, 70000, 100_000]);
    expect(scanChunks(chunks, { batchBytes: undefined }).found).toEqual([
      { family: "npm-token", value: token, line: 4322 },
    ]);
  });

  it("collects at most maxMatches but counts them all", () => {
    const text = Array.from({ length: 30 }, () => `t = ${byId("npm-token").sample(random)}\n`).join("");
    const { found, scanner } = scanChunks([text], { maxMatches: 20 });
    expect(found).toHaveLength(20);
    expect(scanner.total).toBe(30);
    expect(found.map((f) => f.line)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("hands every accepted value to onValue, past the cap too", () => {
    const tokens = Array.from({ length: 5 }, () => byId("github-token").sample(random));
    const seen: string[] = [];
    scanChunks([tokens.join("\n")], { maxMatches: 2, onValue: (value) => seen.push(value) });
    expect(seen).toEqual(tokens);
  });

  it("reports a token once, under its own family, when it is also the value of an assignment", () => {
    const token = byId("github-token").sample(random);
    const secret = byId("aws-secret-access-key").sample(random);
    const jwt = byId("jwt").sample(random);
    const text = [
      `const token = "${token}";`,
      `GITHUB_TOKEN=${token}`,
      `"${secret.replace(" = ", '": "')}"`,
      `${secret.toUpperCase().replace(/ = .*/, "")} = "${secret.split(" = ")[1]}"`,
      `token: "${jwt}"`,
    ].join("\n");
    const { found } = scanChunks([text]);
    expect(found.map((f) => `${f.line} ${f.family}`)).toEqual([
      "1 github-token",
      "2 github-token",
      "3 aws-secret-access-key",
      "4 aws-secret-access-key",
      "5 jwt",
    ]);
  });

  it("tells apart families that share a keyword", () => {
    const anthropic = byId("anthropic-api-key").sample(random);
    const openai = byId("openai-api-key").sample(random);
    const { found } = scanChunks([`${anthropic}\n${openai}\n`]);
    expect(found.map((f) => f.family)).toEqual(["anthropic-api-key", "openai-api-key"]);
  });

  it("skips values quoted as documentation examples (API specs and the types made from them)", () => {
    const pem = JSON.stringify(byId("private-key").sample(random));
    const token = byId("github-token").sample(random);
    const text = [
      `      /** @example ${pem} */`,
      "      pem?: string;",
      `  token: { type: string, example: "${token}" }`,
      `const key = ${pem};`,
    ].join("\n");
    expect(scanChunks([text]).found.map((f) => [f.family, f.line])).toEqual([["private-key", 4]]);
  });

  it("handles a file made of nothing but keywords", () => {
    const text = "token secret password AKIA ghp_ sk- eyJ -----BEGIN ".repeat(20_000);
    expect(scanChunks(pieces(text, [65536, 131072, 500_000]), { batchBytes: undefined }).found).toEqual([]);
  });
});

describe("binary content", () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
  const generic = byId("generic-assignment").sample(random);

  it("is still searched for token formats (compiled code keeps string literals verbatim)", () => {
    const token = byId("npm-token").sample(random);
    const { found, scanner } = scanChunks([png, `\u0000${token}\u0000`]);
    expect(scanner.binary).toBe(true);
    expect(found.map((f) => f.family)).toEqual(["npm-token"]);
  });

  it("is not searched for generic assignments", () => {
    const { found, scanner } = scanChunks([png, `\n${generic}\n`], { batchBytes: undefined });
    expect(scanner.binary).toBe(true);
    expect(found).toEqual([]);
  });

  it("counts as binary with many control characters and no NUL", () => {
    const controls = Buffer.alloc(2000, 0x01);
    const { found, scanner } = scanChunks([controls, `\n${generic}\n`]);
    expect(scanner.binary).toBe(true);
    expect(found).toEqual([]);
  });

  it("is text when the extension says so, whatever the bytes", () => {
    const { found, scanner } = scanChunks([`a\u0000b\n${generic}\n`], { path: "dist/bundle.min.js" });
    expect(scanner.binary).toBe(false);
    expect(found.map((f) => f.family)).toEqual(["generic-assignment"]);
  });

  it("is sniffed from the start of the file even when it arrives in small chunks", () => {
    const text = `${"x".repeat(5000)}\u0000\n${generic}\n`;
    const { scanner } = scanChunks([...text].map((c) => c));
    expect(scanner.binary).toBe(true);
  });

  it("is text for UTF-8 and CRLF text", () => {
    const { found, scanner } = scanChunks([Buffer.from(`Größe — 完了\r\n${generic}\r\n`, "utf8")]);
    expect(scanner.binary).toBe(false);
    expect(found.map((f) => [f.family, f.line])).toEqual([["generic-assignment", 2]]);
  });

  it("is not searched when it is an archive: the engine opens it and searches each member", async () => {
    const token = byId("npm-token").sample(random);
    for (const archive of [
      await tarBuffer({ ".npmrc": token }),
      await zipBuffer({ ".npmrc": token }, { compress: false }),
    ]) {
      expect(archive.includes(token)).toBe(true);
      const { found, scanner } = scanChunks([archive], { path: "vendor/bundle" });
      expect(scanner.archive).toBe(true);
      expect(found).toEqual([]);
    }
  });
});
