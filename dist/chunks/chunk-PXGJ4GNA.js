import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);

// src/config/sizes.ts
var UNITS = {
  b: 1,
  k: 1024,
  kib: 1024,
  kb: 1e3,
  m: 1024 ** 2,
  mib: 1024 ** 2,
  mb: 1e3 ** 2,
  g: 1024 ** 3,
  gib: 1024 ** 3,
  gb: 1e3 ** 3,
  t: 1024 ** 4,
  tib: 1024 ** 4,
  tb: 1e3 ** 4,
  p: 1024 ** 5,
  pib: 1024 ** 5,
  pb: 1e3 ** 5
};
var UNIT_ALTERNATIVES = Object.keys(UNITS).sort((a, b) => b.length - a.length).map((unit) => [...unit].map((c) => `[${c}${c.toUpperCase()}]`).join("")).join("|");
var SIZE_PATTERN = `^\\s*(\\d+(?:\\.\\d+)?)\\s*(${UNIT_ALTERNATIVES})?\\s*$`;
var SIZE = new RegExp(SIZE_PATTERN);
var SIZE_EXAMPLES = "10 MiB, 512KiB, 1.5 GB, 200k, 1048576";
function parseSize(input) {
  let bytes;
  if (typeof input === "number") {
    if (!Number.isFinite(input) || input < 0)
      throw new Error("a size must be a non-negative number of bytes");
    bytes = input;
  } else {
    const match = SIZE.exec(input);
    const unit = match ? UNITS[(match[2] ?? "").toLowerCase() || "b"] : void 0;
    if (!match || unit === void 0)
      throw new Error(`"${input}" is not a size (examples: ${SIZE_EXAMPLES})`);
    bytes = Number(match[1]) * unit;
  }
  if (bytes > 2 ** 53) throw new Error(`${JSON.stringify(input)} is too large for a size`);
  return Math.floor(bytes);
}

export {
  SIZE_PATTERN,
  SIZE_EXAMPLES,
  parseSize
};
