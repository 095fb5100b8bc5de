/**
 * Temporary directories the scan makes (nested zips too large to hold in memory are spooled
 * to disk). They hold release bytes, so they must not outlive the process, not even when a
 * person presses Ctrl-C or the runner cancels the job (SIGINT, SIGTERM): the entry points
 * install a handler that removes them before exiting.
 */
import { rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const live = new Set<string>();

/** Makes a temporary directory that is removed on exit or signal if its owner does not. */
export async function makeTempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  live.add(dir);
  return dir;
}

export async function removeTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  live.delete(dir);
}

function removeAllSync(): void {
  for (const dir of live) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // Nothing more can be done on the way out; the OS cleans its temp directory eventually.
    }
  }
  live.clear();
}

let installed = false;

/**
 * On SIGINT/SIGTERM: remove the temporary directories and exit with the conventional code
 * (128 + signal number), as the default handler would have. Also on a normal exit.
 */
export function removeTempDirsOnExit(): void {
  if (installed) return;
  installed = true;
  process.on("exit", removeAllSync);
  for (const [signal, number] of [
    ["SIGINT", 2],
    ["SIGTERM", 15],
    ["SIGHUP", 1],
  ] as const) {
    process.once(signal, () => {
      removeAllSync();
      process.exit(128 + number);
    });
  }
}
