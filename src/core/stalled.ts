/**
 * The last guard of an entry point: a run whose work can no longer finish ends with a message
 * and exit code 2. When every stream waits on another, nothing is left for the event loop,
 * and Node would end the process with exit code 13 and not a word: a failed job nobody can
 * act on. The case that showed it, an .xz file inside an .xz archive (xz-decompress decoded one
 * stream at a time), is fixed (sources/xz-decoder.ts); the guard stays for the next one.
 */
export const STALLED_MESSAGE =
  "leakgate: internal error, please report it: the scan stopped making progress, every stream waiting on another (if an archive nested in another caused it, take the inner one out and scan it on its own)";

/** Awaits `work`; if the event loop empties first, `report`s STALLED_MESSAGE and exits 2. */
export async function untilSettled<T>(work: Promise<T>, report: (message: string) => void): Promise<T> {
  const stalled = () => {
    report(STALLED_MESSAGE);
    process.exit(2);
  };
  process.once("beforeExit", stalled);
  try {
    return await work;
  } finally {
    process.off("beforeExit", stalled);
  }
}
