import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectUtf16, Utf16Narrower } from "../../src/rules/secret/utf16.js";
import { tgzBuffer, writeTemp } from "../helpers/archives.js";
import { findingsOf, scanPath } from "../helpers/scan.js";
import { allRules, fakeGithubToken } from "./hostile.js";

function utf16(text: string, order: "le" | "be", bom: boolean): Buffer {
  const le = Buffer.from(text, "utf16le");
  const body = order === "le" ? le : Buffer.from(le).swap16();
  const mark = order === "le" ? Buffer.of(0xff, 0xfe) : Buffer.of(0xfe, 0xff);
  return bom ? Buffer.concat([mark, body]) : body;
}

describe("text that hides from a byte-level search", () => {
  it("a leading NUL does not hide the token in a text file", async () => {
    const token = fakeGithubToken();
    const scan = await scanPath(
      await writeTemp("r.tgz", await tgzBuffer({ "package/notes": Buffer.from(`\0token: ${token}\n`) })),
      { rules: allRules() },
    );
    expect(findingsOf(scan, "secret")).toHaveLength(1);
  });

  it.each([
    ["le", true],
    ["le", false],
    ["be", true],
    ["be", false],
  ] as const)(
    "UTF-16 %s (BOM: %s) is searched as the text it holds, with the right line",
    async (order, bom) => {
      const token = fakeGithubToken();
      const text = `[settings]\r\nname=demo\r\ntoken=${token}\r\n`;
      const scan = await scanPath(
        await writeTemp("r.tgz", await tgzBuffer({ "package/settings.ini": utf16(text, order, bom) })),
        { rules: allRules() },
      );
      const [finding] = findingsOf(scan, "secret");
      expect(finding?.details?.line).toBe(3);
    },
  );

  it("narrowing is the same however the bytes are chunked (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 10, maxLength: 200 }),
        fc.constantFrom("le" as const, "be" as const),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 20 }),
        (text, order, cuts) => {
          const bytes = utf16(text, order, true);
          const narrower = new Utf16Narrower(order);
          const out: Buffer[] = [];
          let at = 0;
          for (let i = 0; at < bytes.length; i++) {
            const size = cuts[i % cuts.length]!;
            out.push(narrower.narrow(bytes.subarray(at, at + size)));
            at += size;
          }
          const expected = [...text]
            .flatMap((c) => (c.length === 2 ? ["?", "?"] : [c.charCodeAt(0) < 256 ? c : "?"]))
            .join("");
          expect(Buffer.concat(out).toString("latin1")).toBe(expected);
        },
      ),
    );
  });

  it("binary files and ordinary text are not taken for UTF-16", () => {
    expect(detectUtf16(Buffer.from("plain ascii text, long enough to judge"))).toBeUndefined();
    expect(detectUtf16(Buffer.alloc(4096))).toBeUndefined();
    expect(detectUtf16(Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256)))).toBeUndefined();
  });
});
