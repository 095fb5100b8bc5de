/**
 * Sizes in config and flags: a number of bytes, or a string with a unit.
 *
 * Units (case-insensitive, space optional): `B`; `KB`, `MB`, `GB`, `TB`, `PB` are decimal
 * (1000, 1000², …); `KiB`, `MiB`, `GiB`, `TiB`, `PiB` are binary (1024, 1024², …); the lone
 * letters `k`, `M`, `G`, `T`, `P` are binary too, as in `du -h`, `ls -h` and most CI tooling, so `200k`
 * is 204,800 bytes. Fractions are allowed (`1.5 GB`) and rounded down to whole bytes.
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
  p: 1024 ** 5,
  pib: 1024 ** 5,
  pb: 1000 ** 5,
};

/** Unit names in a case-insensitive spelling that also works in JSON Schema (which has no flags). */
const UNIT_ALTERNATIVES = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .map((unit) => [...unit].map((c) => `[${c}${c.toUpperCase()}]`).join(""))
  .join("|");

/** A size string: a number, optional space, an optional unit. Also the JSON Schema `pattern`. */
export const SIZE_PATTERN = `^\\s*(\\d+(?:\\.\\d+)?)\\s*(${UNIT_ALTERNATIVES})?\\s*$`;
const SIZE = new RegExp(SIZE_PATTERN);

/** Examples shown when a size cannot be read. */
export const SIZE_EXAMPLES = "10 MiB, 512KiB, 1.5 GB, 200k, 1048576";

/**
 * Parses `10 MiB`, `512KiB`, `1.5 GB`, `200k` or a plain number of bytes into whole bytes.
 * Throws an Error whose message is meant for a person (the caller adds the key path).
 */
export function parseSize(input: string | number): number {
  let bytes: number;
  if (typeof input === "number") {
    if (!Number.isFinite(input) || input < 0)
      throw new Error("a size must be a non-negative number of bytes");
    bytes = input;
  } else {
    const match = SIZE.exec(input);
    const unit = match ? UNITS[(match[2] ?? "").toLowerCase() || "b"] : undefined;
    if (!match || unit === undefined)
      throw new Error(`"${input}" is not a size (examples: ${SIZE_EXAMPLES})`);
    bytes = Number(match[1]) * unit;
  }
  // Beyond 2^53 byte counts stop being exact; no real threshold needs that much.
  if (bytes > 2 ** 53) throw new Error(`${JSON.stringify(input)} is too large for a size`);
  return Math.floor(bytes);
}
