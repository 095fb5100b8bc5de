import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readlinkSync } from "node:fs";
import { mkdir, readdir, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { tempDir, zipBuffer } from "../helpers/archives.js";
import { CLI } from "../helpers/run-cli.js";

describe("interrupted scans leave nothing behind", () => {
  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)(
    "%s while a large nested zip is spooled to disk removes the temporary copy",
    async (signal, code) => {
      const dir = await tempDir();
      const tmp = join(dir, "tmp");
      await mkdir(tmp);
      // A nested zip past the 64 MiB held in memory is spooled to a leakgate-zip-* directory.
      const inner = await zipBuffer({ "blob.bin": randomBytes(80 * 1024 * 1024) }, { compress: false });
      await writeFile(join(dir, "outer.zip"), await zipBuffer({ "inner.zip": inner }, { compress: false }));
      const child = spawn(process.execPath, [CLI, "scan", "outer.zip"], {
        cwd: dir,
        env: { ...process.env, TMPDIR: tmp, CI: "true" },
        stdio: "ignore",
      });
      const exited = new Promise<number | null>((resolve) => child.on("close", (status) => resolve(status)));
      // Wait (bounded) for the spool directory to appear, then interrupt.
      for (let i = 0; i < 300 && (await readdir(tmp)).length === 0; i++) await sleep(20);
      expect(await readdir(tmp)).toHaveLength(1);
      child.kill(signal);
      expect(await exited).toBe(code);
      expect(await readdir(tmp)).toEqual([]);
    },
  );
});

describe("interrupted scans stop at once", () => {
  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("%s while files on disk are read stops the scan with its exit code", async (signal, code) => {
    // Files are read synchronously (sources/file-chunks.ts): the signal is handled only when
    // the reader gives the event loop a turn. A 2 GiB sparse file takes seconds to read.
    const dir = await tempDir();
    const big = join(dir, "release", "blob.bin");
    await mkdir(join(dir, "release"));
    await writeFile(big, "");
    await truncate(big, 2 * 1024 ** 3);
    const child = spawn(process.execPath, [CLI, "manifest", "release"], {
      cwd: dir,
      env: { ...process.env, CI: "true" },
      stdio: "ignore",
    });
    const exited = new Promise<number | null>((resolve) => child.on("close", (status) => resolve(status)));
    // Wait (bounded) until the file is open, so the signal comes mid-read.
    const reading = async () =>
      (await readdir(`/proc/${child.pid}/fd`).catch(() => [])).some((fd) => {
        try {
          return readlinkSync(`/proc/${child.pid}/fd/${fd}`) === big;
        } catch {
          return false;
        }
      });
    for (let i = 0; i < 500 && !(await reading()); i++) await sleep(10);
    expect(await reading()).toBe(true);
    child.kill(signal);
    expect(await exited).toBe(code);
  });
});
