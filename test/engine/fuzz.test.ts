import { readFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RULE_IDS } from "../../src/config/schema.js";
import { isUserError } from "../../src/core/errors.js";
import { allRules, centralHeader, endRecord, localHeader } from "../hardening/hostile.js";
import { tarBuffer, tgzBuffer, writeTemp, zipBuffer } from "../helpers/archives.js";
import { arBuffer, compress, cpioBuffer, rpmBuffer } from "../helpers/packages.js";
import { scanPath } from "../helpers/scan.js";

const fixtures = join(import.meta.dirname, "../../fixtures");

/** A hang is a failure: each scan must settle well within this bound. */
const SETTLE_WITHIN_MS = 10_000;

type Outcome = { kind: "result"; ruleIds: string[] } | { kind: "clean error"; message: string };

async function settles(name: string, data: Buffer): Promise<Outcome> {
  const path = await writeTemp(name, data);
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`scan of mutated ${name} did not settle`)), SETTLE_WITHIN_MS);
  });
  try {
    const result = await Promise.race([
      scanPath(path, { rules: allRules(), limits: { maxTotalBytes: 64 * 1024 * 1024 } }),
      hang,
    ]);
    return { kind: "result", ruleIds: result.findings.map((f) => f.ruleId) };
  } catch (error) {
    // Anything else (a TypeError, a RangeError from a bad offset) is a crash: it fails the test.
    if (isUserError(error)) return { kind: "clean error", message: error.message };
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

const tree = {
  "package/package.json": '{"name":"fuzz","version":"1.0.0"}',
  "package/lib/index.js": "export const answer = 42;\n".repeat(40),
  "package/nested.zip": Buffer.alloc(0),
};

const mutation = fc.record({
  flips: fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { maxLength: 8 }),
  truncateAt: fc.option(fc.nat(), { nil: undefined }),
});

interface Mutation {
  flips: { at: number; value: number }[];
  truncateAt: number | undefined;
}

function mutate(original: Buffer, { flips, truncateAt }: Mutation) {
  const data = Buffer.from(original);
  for (const { at, value } of flips) data[at % data.length] = value;
  return truncateAt === undefined ? data : data.subarray(0, truncateAt % (data.length + 1));
}

describe("mutated and truncated archives end in a result or a clean error", () => {
  it.each([
    [
      "release.tgz",
      async () => tgzBuffer({ ...tree, "package/nested.zip": await zipBuffer({ "a.txt": "a" }) }),
    ],
    [
      "release.tar",
      async () => tarBuffer({ ...tree, "package/nested.tgz": await tgzBuffer({ "b.txt": "b" }) }),
    ],
    [
      "release.zip",
      async () => zipBuffer({ ...tree, "package/nested.tar": await tarBuffer({ "c.txt": "c" }) }),
    ],
    // The hostile shapes: a symlink entry, a launch script in front of a zip, a tar/zip
    // polyglot, headers that disagree, and a source map nested deep.
    ["links.zip", async () => zipBuffer({ "a.js": "a", link: { symlink: "a.js" } }, { compress: false })],
    [
      "prefixed.jar",
      async () =>
        Buffer.concat([Buffer.from("#!/bin/sh\nexec java -jar $0\n"), await zipBuffer({ "a.txt": "a" })]),
    ],
    [
      "polyglot.tar",
      async () => Buffer.concat([await tarBuffer({ "t.txt": "t" }), await zipBuffer({ "z.txt": "z" })]),
    ],
    [
      "headers.zip",
      async () => {
        const data = Buffer.from("0123456789abcdefghij");
        const local = localHeader("a.txt", data, { compressed: 12, size: 12 });
        const directory = centralHeader("a.txt", 0, { crc: 0, compressed: data.length, size: data.length });
        return Buffer.concat([local, directory, endRecord(1, directory.length, local.length)]);
      },
    ],
    // The formats beyond tar, zip and gzip, each with something nested.
    [
      "release.tar.xz",
      async () =>
        compress(
          "xz",
          await tarBuffer({
            ...tree,
            "package/n.tar.zst": compress("zstd", await tarBuffer({ "d.txt": "d" })),
          }),
        ),
    ],
    [
      "release.tar.zst",
      async () =>
        compress(
          "zstd",
          await tarBuffer({ ...tree, "package/n.xz": compress("xz", Buffer.from("e".repeat(300))) }),
        ),
    ],
    [
      "tool.deb",
      async () =>
        arBuffer({
          "debian-binary": "2.0\n",
          "data.tar.xz": compress("xz", await tarBuffer({ "./usr/bin/tool": "t" })),
        }),
    ],
    [
      "initrd.cpio",
      async () => cpioBuffer({ "./etc/x": "x".repeat(200), "./bin/sh": { symlink: "busybox" } }),
    ],
    ["tool.rpm", async () => rpmBuffer(compress("xz", cpioBuffer({ "./usr/bin/tool": "t".repeat(300) })))],
    ["release.7z", async () => readFile(join(fixtures, "sevenzip/release-lzma-bcj.7z"))],
    ["files.7z", async () => readFile(join(fixtures, "gitleaks-archives/files.7z"))],
    [
      "deep-map.tgz",
      async () => tgzBuffer({ "package/x.js.map": `{"version":3,"sources":${"[".repeat(2000)}` }),
    ],
  ])("%s", async (name, build) => {
    const original = await build();
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const outcome = await settles(name, mutate(original, m));
        if (outcome.kind === "clean error") {
          // A clear message names the input it is about.
          expect(outcome.message).toContain(name);
        } else {
          // Whatever a damaged archive makes the engine say, it says with a documented rule.
          for (const ruleId of outcome.ruleIds) expect(RULE_IDS).toContain(ruleId);
        }
      }),
      { numRuns: 60 },
    );
  });
});
