/**
 * The formats beyond tar, zip and gzip: xz and zstd at any level, ar (.deb), cpio,
 * rpm and .gem, each read once through the same engine, with the same limits.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FORMATS } from "../../src/sources/formats.js";
import { allRules, fakeGithubToken } from "../hardening/hostile.js";
import { tarBuffer, tempDir, tgzBuffer, writeTemp } from "../helpers/archives.js";
import { arBuffer, compress, cpioBuffer, rpmBuffer } from "../helpers/packages.js";
import { runCli } from "../helpers/run-cli.js";
import { findingsOf, paths, scanPath } from "../helpers/scan.js";
import { has7zz, sevenZipBuffer } from "../helpers/sevenzip.js";

const fixtures = join(import.meta.dirname, "../../fixtures");

const tree = {
  "app/index.js": "console.log('hello');\n",
  "app/.env": "API_URL=https://internal.example.com\n",
};

describe("xz, zstd and bzip2", () => {
  it.each(["xz", "zstd", "bzip2"] as const)(
    "a .tar compressed with %s lists the same files as the tar, and the kind is tar",
    async (tool) => {
      const tar = await tarBuffer(tree);
      const plain = await scanPath(await writeTemp("release.tar", tar), { rules: allRules() });
      const packed = await scanPath(await writeTemp(`release.tar.${tool}`, compress(tool, tar)), {
        rules: allRules(),
      });
      expect(packed.manifest.kind).toBe("tar");
      expect(packed.manifest.entries).toEqual(plain.manifest.entries);
      expect(findingsOf(packed, "internal-path").map((f) => f.path)).toEqual(["app/.env"]);
    },
  );

  it.each([
    ["xz", "notes.txt.xz"],
    ["zstd", "notes.txt.zst"],
    ["bzip2", "notes.txt.bz2"],
  ] as const)("a single %s-compressed file is one entry named without the suffix", async (tool, name) => {
    const scan = await scanPath(await writeTemp(name, compress(tool, Buffer.from("just text\n"))), {
      rules: allRules(),
    });
    expect(scan.manifest.kind).toBe(tool);
    expect(paths(scan)).toEqual(["notes.txt"]);
  });

  it("opens them nested inside other archives, at any level", async () => {
    const token = fakeGithubToken();
    const inner = compress("zstd", await tarBuffer({ "config.js": `module.exports = "${token}";\n` }));
    const middle = compress("xz", await tarBuffer({ "data.tar.zst": inner }));
    const release = await tgzBuffer({
      "package/package.json": '{"name":"n","version":"1.0.0"}',
      "package/blob.tar.xz": middle,
    });
    const scan = await scanPath(await writeTemp("n-1.0.0.tgz", release), { rules: allRules() });
    expect(findingsOf(scan, "secret").map((f) => f.path)).toEqual([
      "package/blob.tar.xz!data.tar.zst!config.js",
    ]);
    expect(scan.manifest.unopened).toEqual([]);
  });

  it("opens bzip2 nested inside other archives, and finds what it holds", async () => {
    const inner = compress("bzip2", await tarBuffer(tree));
    const scan = await scanPath(await writeTemp("r.tar", await tarBuffer({ "data.tar.bz2": inner })), {
      rules: allRules(),
    });
    expect(scan.manifest.unopened).toEqual([]);
    expect(findingsOf(scan, "internal-path").map((f) => f.path)).toEqual(["data.tar.bz2!app/.env"]);
  });

  it.each(["xz", "zstd", "bzip2"] as const)("a %s bomb is stopped by the ratio limit", async (tool) => {
    const bomb = compress(tool, Buffer.alloc(64 * 1024 * 1024));
    const scan = await scanPath(await writeTemp(`bomb.${tool}`, bomb), {
      limits: { maxCompressionRatio: 100 },
    });
    const limit = findingsOf(scan, "archive-limit");
    expect(limit).toHaveLength(1);
    expect(limit[0]!.details).toMatchObject({ limit: "maxCompressionRatio" });
  });

  it.each(["xz", "zstd", "bzip2"] as const)(
    "a truncated %s artifact is exit-2 bad input, naming it",
    async (tool) => {
      const whole = compress(tool, await tarBuffer({ "a.txt": "a".repeat(100_000) }));
      await expect(
        scanPath(await writeTemp(`cut.tar.${tool}`, whole.subarray(0, whole.length >> 1))),
      ).rejects.toThrow(/cut\.tar\.\w+: the archive is (truncated|corrupt)/);
    },
  );
});

describe("an .xz inside an .xz archive (a .deb's data.tar.xz shipping firmware.bin.xz)", () => {
  /** A .tar.xz holding a small .xz file, then 2 MB that cannot be compressed, then a .env. */
  async function xzInsideXz(): Promise<Buffer> {
    return compress(
      "xz",
      await tarBuffer({
        "lib/firmware/blob.bin.xz": compress("xz", Buffer.from(`token = "${fakeGithubToken()}"\n`)),
        "lib/firmware/random.bin": randomBytes(2_000_000),
        "etc/tool/.env": "API_URL=https://internal.example.com\n",
      }),
    );
  }

  it("both are opened and every file is checked (xz-decompress's own stream deadlocked here)", async () => {
    const scan = await scanPath(await writeTemp("firmware.tar.xz", await xzInsideXz()), {
      rules: allRules(),
    });
    expect(paths(scan)).toContain("lib/firmware/blob.bin.xz!blob.bin");
    expect(findingsOf(scan, "secret").map((f) => f.path)).toEqual(["lib/firmware/blob.bin.xz!blob.bin"]);
    expect(findingsOf(scan, "internal-path").map((f) => f.path)).toEqual(["etc/tool/.env"]);
  });

  it("scans a limit stops mid-stream free their decoders: 40 artifacts with 64 MiB dictionaries still fit", async () => {
    // Each decoder left waiting kept its dictionary in the one WebAssembly memory, which never
    // shrinks: by the 40th artifact it was full, and leakgate refused a valid file as corrupt.
    const dir = await tempDir();
    const big = execFileSync("xz", ["--lzma2=dict=64MiB", "-c"], {
      input: randomBytes(4_000_000),
      maxBuffer: 1 << 24,
    });
    const names: string[] = [];
    for (let i = 0; i < 40; i++) {
      names.push(`a${String(i).padStart(2, "0")}.bin.xz`);
      await writeFile(join(dir, names.at(-1)!), big);
    }
    await writeFile(join(dir, "zz-good.txt.xz"), compress("xz", Buffer.from("hello\n")));
    const run = await runCli(
      ["scan", "--max-total-bytes", "1500000", "--format", "json", ...names, "zz-good.txt.xz"],
      {
        cwd: dir,
      },
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string }[] };
    expect(report.findings.filter((f) => f.ruleId === "archive-limit").length).toBeGreaterThanOrEqual(40);
  }, 60_000);

  it("the command scans it to the end and blocks on what it found", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "firmware.tar.xz"), await xzInsideXz());
    const run = await runCli(["scan", "firmware.tar.xz", "--format", "json"], { cwd: dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; path: string }[] };
    expect(report.findings.map((f) => `${f.ruleId} ${f.path}`).sort()).toEqual([
      "internal-path etc/tool/.env",
      "secret lib/firmware/blob.bin.xz!blob.bin",
    ]);
  });
});

describe("7z", () => {
  it("a 7z artifact is kind 7z and its files are checked like any other", async () => {
    const scan = await scanPath(join(fixtures, "sevenzip/release-lzma-bcj.7z"), { rules: allRules() });
    expect(scan.manifest.kind).toBe("7z");
    expect(scan.manifest.unopened).toEqual([]);
    expect(findingsOf(scan, "internal-path").map((f) => f.path)).toEqual(["release/config/.env"]);
  });

  it.skipIf(!has7zz)("a 7z nested in a package: a secret inside is found and named through it", async () => {
    const token = fakeGithubToken();
    const inner = await sevenZipBuffer({ "config.js": `module.exports = "${token}";\n` });
    const release = await tgzBuffer({
      "package/package.json": '{"name":"n","version":"1.0.0"}',
      "package/vendor/tools.7z": inner,
    });
    const scan = await scanPath(await writeTemp("n-1.0.0.tgz", release), { rules: allRules() });
    expect(findingsOf(scan, "secret").map((f) => f.path)).toEqual(["package/vendor/tools.7z!config.js"]);
    expect(scan.manifest.unopened).toEqual([]);
  });

  it.skipIf(!has7zz)(
    "an encrypted 7z inside an artifact blocks as unreadable; as the artifact it is exit 2",
    async () => {
      const locked = await sevenZipBuffer({ "a.txt": "a" }, ["-pnot-a-secret", "-mhe=on"]);
      const scan = await scanPath(await writeTemp("r.tar", await tarBuffer({ "data.7z": locked })));
      expect(findingsOf(scan, "archive-unreadable").map((f) => [f.path, f.severity])).toEqual([
        ["data.7z", "error"],
      ]);
      await expect(scanPath(await writeTemp("locked.7z", locked))).rejects.toThrow(
        /locked\.7z: cannot be checked: 7z archive is encrypted/,
      );
      const ppmd = await sevenZipBuffer({ "a.txt": "a".repeat(100) }, ["-m0=PPMd"]);
      await expect(scanPath(await writeTemp("ppmd.7z", ppmd))).rejects.toThrow(
        /cannot be checked: 7z coder PPMd/,
      );
    },
  );

  it.skipIf(!has7zz)("a 7z bomb is stopped by the ratio limit", async () => {
    const bomb = await sevenZipBuffer({ "zeros.bin": Buffer.alloc(64 * 1024 * 1024) });
    const scan = await scanPath(await writeTemp("bomb.7z", bomb), { limits: { maxCompressionRatio: 100 } });
    const limit = findingsOf(scan, "archive-limit");
    expect(limit).toHaveLength(1);
    expect(limit[0]!.details).toMatchObject({ limit: "maxCompressionRatio" });
  });

  it("a truncated 7z artifact is exit-2 bad input, naming it", async () => {
    const whole = await readFile(join(fixtures, "sevenzip/release-lzma-bcj.7z"));
    await expect(scanPath(await writeTemp("cut.7z", whole.subarray(0, whole.length >> 1)))).rejects.toThrow(
      /cut\.7z: the archive is (truncated|corrupt)/,
    );
  });
});

describe("ar (.deb), cpio, rpm and .gem", () => {
  it("a real .deb built by dpkg-deb: its data.tar.xz is opened and its files checked", async () => {
    const root = await tempDir("leakgate-deb-");
    await mkdir(join(root, "pkg/DEBIAN"), { recursive: true });
    await mkdir(join(root, "pkg/usr/share/tool"), { recursive: true });
    await writeFile(
      join(root, "pkg/DEBIAN/control"),
      "Package: tool\nVersion: 1.0\nArchitecture: all\nMaintainer: t <t@example.com>\nDescription: t\n",
    );
    await writeFile(join(root, "pkg/usr/share/tool/.env"), "SECRET=1\n");
    execFileSync(
      "dpkg-deb",
      ["-Zxz", "--build", "--root-owner-group", join(root, "pkg"), join(root, "tool.deb")],
      { stdio: "ignore" },
    );
    const scan = await scanPath(join(root, "tool.deb"), { rules: allRules() });
    expect(scan.manifest.kind).toBe("ar");
    expect(paths(scan)).toContain("data.tar.xz!usr/share/tool/.env");
    expect(paths(scan)).toContain("control.tar.xz!control");
    expect(findingsOf(scan, "internal-path").map((f) => f.path)).toEqual(["data.tar.xz!usr/share/tool/.env"]);
  });

  it("ar with GNU and BSD long names", async () => {
    const long = "a-rather-long-member-name.txt";
    for (const bsdNames of [false, true]) {
      const scan = await scanPath(
        await writeTemp("lib.a", arBuffer({ "short.o": "x", [long]: "odd" }, { bsdNames })),
      );
      // The GNU long-name table is a member too: its bytes ship, so they are scanned.
      expect(paths(scan)).toEqual(bsdNames ? [long, "short.o"] : ["(ar long-name table)", long, "short.o"]);
      expect(scan.manifest.entries.find((e) => e.path === long)?.size).toBe(3);
    }
  });

  it.each(["newc", "odc"] as const)("cpio (%s): files, links and directories", async (format) => {
    const scan = await scanPath(
      await writeTemp(
        "initrd.cpio",
        cpioBuffer(
          {
            "./etc": { directory: true },
            "./etc/shadow": "root:x:0\n",
            "./bin/sh": { symlink: "busybox" },
            "./odd": "abc",
          },
          format,
        ),
      ),
    );
    expect(scan.manifest.kind).toBe("cpio");
    expect(
      scan.manifest.entries.map(
        (e) => `${e.path} ${e.type} ${e.size}${e.linkTarget ? ` -> ${e.linkTarget}` : ""}`,
      ),
    ).toEqual(["bin/sh symlink 0 -> busybox", "etc directory 0", "etc/shadow file 9", "odd file 3"]);
  });

  it.each(["gzip", "xz", "zstd"] as const)(
    "an rpm with a %s payload: the cpio inside is checked",
    async (tool) => {
      const token = fakeGithubToken();
      const payload = compress(
        tool,
        cpioBuffer({ "./usr/bin/tool": "#!/bin/sh\n", "./etc/tool.conf": `token=${token}\n` }),
      );
      const scan = await scanPath(await writeTemp("tool-1.0.0-1.x86_64.rpm", rpmBuffer(payload)), {
        rules: allRules(),
      });
      expect(scan.manifest.kind).toBe("rpm");
      expect(findingsOf(scan, "secret").map((f) => f.path)).toEqual(["(payload)!etc/tool.conf"]);
      expect(paths(scan)).toContain("(payload)!usr/bin/tool");
    },
  );

  it("a .gem (a tar of data.tar.gz and metadata.gz): the gem's files are checked", async () => {
    const data = await tgzBuffer({
      "lib/tool.rb": "module Tool; end\n",
      "config/credentials.yml.key": "0123456789abcdef\n",
    });
    const gem = await tarBuffer({
      "metadata.gz": compress("gzip", Buffer.from("--- !ruby/object:Gem::Specification\n")),
      "data.tar.gz": data,
    });
    const scan = await scanPath(await writeTemp("tool-1.0.0.gem", gem), { rules: allRules() });
    expect(paths(scan)).toContain("data.tar.gz!lib/tool.rb");
    expect(paths(scan)).toContain("metadata.gz!metadata");
  });

  it("bytes that are no file but still ship are scanned: an ar symbol table, cpio data after the trailer, rpm scriptlets", async () => {
    const token = fakeGithubToken();
    const body = Buffer.from(`${token}\n`);
    const symbols = Buffer.concat([
      Buffer.from("!<arch>\n", "latin1"),
      Buffer.from(
        `${"/".padEnd(16)}${"0".padEnd(12)}${"0".padEnd(6)}${"0".padEnd(6)}${"644".padEnd(8)}${String(body.length).padEnd(10)}\`\n`,
        "latin1",
      ),
      body,
      Buffer.from(body.length % 2 === 1 ? "\n" : ""),
    ]);
    const ar = await scanPath(await writeTemp("lib.a", symbols), { rules: allRules() });
    expect(findingsOf(ar, "secret").map((f) => f.path)).toEqual(["(ar symbol table)"]);

    const trailing = Buffer.concat([
      cpioBuffer({ "./etc": { directory: true } }),
      Buffer.alloc(100),
      Buffer.from(`token=${token}\n`),
    ]);
    const after = await scanPath(await writeTemp("initrd.cpio", trailing), { rules: allRules() });
    expect(findingsOf(after, "secret").map((f) => f.path)).toEqual(["(data after the cpio trailer)"]);

    const rpm = rpmBuffer(compress("gzip", cpioBuffer({ "./usr/bin/tool": "t" })), [
      [1000, "tool"],
      [1024, `curl -H "Authorization: token ${token}" https://internal.example.com/register`],
    ]);
    const scripts = await scanPath(await writeTemp("tool.rpm", rpm), { rules: allRules() });
    expect(findingsOf(scripts, "secret").map((f) => f.path)).toEqual(["(header)"]);
  });

  it("truncated and corrupt ar, cpio and rpm are bad input naming the artifact", async () => {
    const ar = arBuffer({ "data.txt": "x".repeat(1000) });
    await expect(scanPath(await writeTemp("cut.deb", ar.subarray(0, 300)))).rejects.toThrow(
      /cut\.deb: the archive is (truncated|corrupt)/,
    );
    const cpio = cpioBuffer({ "a.txt": "x".repeat(1000) });
    await expect(scanPath(await writeTemp("cut.cpio", cpio.subarray(0, 500)))).rejects.toThrow(
      /cut\.cpio: the archive is (truncated|corrupt)/,
    );
    const rpm = rpmBuffer(compress("gzip", cpio));
    await expect(scanPath(await writeTemp("cut.rpm", rpm.subarray(0, 150)))).rejects.toThrow(
      /cut\.rpm: the archive is (truncated|corrupt)/,
    );
    const bad = Buffer.from(cpio);
    bad.write("zz", 14, "latin1"); // inside the mode field
    await expect(scanPath(await writeTemp("bad.cpio", bad))).rejects.toThrow(
      /bad\.cpio: the archive is corrupt/,
    );
  });
});

describe("the format table", () => {
  it("is what the README's format table lists", async () => {
    const readme = await readFile(join(import.meta.dirname, "../../README.md"), "utf8");
    for (const format of FORMATS)
      expect(readme, format.id).toContain(`| \`${format.id}\` | ${format.describes} |`);
  });
});
