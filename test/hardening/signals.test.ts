import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, readdir, writeFile } from "node:fs/promises";
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
