import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);

// src/core/path-exists.ts
import { access } from "node:fs/promises";
async function pathExists(path) {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export {
  pathExists
};
