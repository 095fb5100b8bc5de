/**
 * Sizes in config and flags: a number of bytes, or a string with a unit.
 * Units: B; k/K/KiB = 1024; KB = 1000; M/MiB = 1024²; MB = 1000²; G/GiB, GB; T/TiB, TB.
 * Lone letters (k, M, G) are binary, as in `du -h` and most CI tooling.
 */
const UNITS: Record<string, number> = {
  b: 1,
  k: 1024,
  kib: 1024,
  kb: 1000,
  m: 1024 ** 2,
  mib: 1024 ** 2,
  mb: 1000 ** 2,
  g: 1024 ** 3,
  gib: 1024 ** 3,
  gb: 1000 ** 3,
  t: 1024 ** 4,
  tib: 1024 ** 4,
  tb: 1000 ** 4,
};

const SIZE = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/;

/** Parses `10 MiB`, `512KiB`, `1.5 GB`, `200k` or a plain number of bytes. Throws on anything else. */
export function parseSize(input: string | number): number {
  if (typeof input === "number") {
    if (!Number.isFinite(input) || input < 0)
      throw new Error(`a size must be a non-negative number of bytes`);
    return Math.floor(input);
  }
  const match = SIZE.exec(input);
  const unit = match ? UNITS[(match[2] ?? "").toLowerCase() || "b"] : undefined;
  if (!match || unit === undefined) {
    throw new Error(`"${input}" is not a size (examples: 10 MiB, 512KiB, 1.5 GB, 200k, 1048576)`);
  }
  return Math.floor(Number(match[1]) * unit);
}
