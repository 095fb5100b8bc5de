import { describe, expect, it } from "vitest";
import { contentKind, isKnownTextPath, looksBinary } from "../../../src/rules/secret/content-kind.js";
import { gzBuffer, tarBuffer, zipBuffer } from "../../helpers/archives.js";

const head = (bytes: Buffer) => bytes.toString("latin1");

describe("content kind", () => {
  it("text: ASCII, UTF-8 read as latin1, tabs, CRLF, ANSI colours", () => {
    expect(looksBinary("const a = 1;\r\n\tb();\n")).toBe(false);
    expect(looksBinary(Buffer.from("Größe — 完了 🚀\n", "utf8").toString("latin1"))).toBe(false);
    expect(looksBinary("\u001b[31mred\u001b[0m\n")).toBe(false);
    expect(looksBinary("")).toBe(false);
  });

  it("binary: a NUL in the first 8000 bytes, or over 10% control characters", () => {
    expect(looksBinary("\u0089PNG\r\n\u001a\n\u0000\u0000")).toBe(true);
    expect(looksBinary(`${"a".repeat(7999)}\u0000`)).toBe(true);
    expect(looksBinary(`${"a".repeat(8000)}\u0000`)).toBe(false);
    expect(looksBinary(`${"\u0001".repeat(11)}${"a".repeat(89)}`)).toBe(true);
    expect(looksBinary(`${"\u0001".repeat(9)}${"a".repeat(91)}`)).toBe(false);
  });

  it("knows text formats by extension", () => {
    for (const path of [
      "dist/index.js",
      "a/b/config.JSON",
      "x.js.map",
      ".env",
      "keys/id.pem",
      "deploy.tfvars",
    ]) {
      expect(isKnownTextPath(path), path).toBe(true);
    }
    for (const path of ["logo.png", "lib/addon.node", "app.wasm", "Makefile", "bin/tool"]) {
      expect(isKnownTextPath(path), path).toBe(false);
    }
  });

  it("archives by their magic bytes, whatever the name", async () => {
    const tree = { "a.txt": "hello" };
    expect(contentKind(head(await zipBuffer(tree, { compress: false })), "a.json")).toBe("archive");
    expect(contentKind(head(await tarBuffer(tree)), "release.bin")).toBe("archive");
    expect(contentKind(head(gzBuffer("hello")), "a.js")).toBe("archive");
    expect(contentKind(head(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 1, 2])), "a.xz")).toBe(
      "archive",
    );
  });

  it("text by extension before sniffing, binary by sniffing", () => {
    expect(contentKind("a\u0000b", "dist/app.min.js")).toBe("text");
    expect(contentKind("a\u0000b", "assets/logo.png")).toBe("binary");
    expect(contentKind("plain text", undefined)).toBe("text");
  });
});
