import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  UserError
} from "./chunk-IOKVKF7I.js";

// src/cli/context.ts
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { access, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
async function defaultArtifacts(artifacts, cwd) {
  if (artifacts.length > 0) return artifacts;
  try {
    await access(resolve(cwd, "package.json"));
    return ["npm:."];
  } catch {
    throw new UserError(
      "usage",
      "nothing to scan: pass the artifacts that would leave (a .tgz, .zip, directory…), or run in a package directory to check what `npm publish` would ship.\nRun `leakgate --help` for usage."
    );
  }
}
function wantsColor(values, io) {
  if (values.output || io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force !== "false";
  return Boolean(io.stdout.isTTY);
}
function showProgress(values, io) {
  if (values["no-progress"]) return false;
  if (values.progress) return true;
  return Boolean(io.stderr.isTTY) && !io.env.CI;
}
async function writeOutput(name, write) {
  try {
    await write();
  } catch (error) {
    const code = error.code;
    if (!code) throw error;
    const why = code === "ENOENT" ? "its directory does not exist" : code === "EACCES" ? "permission denied" : code;
    throw new UserError("usage", `cannot write ${name}: ${why}`);
  }
}
async function emitChunks(pieces, values, cwd, io) {
  if (values.output) {
    const path = resolve(cwd, values.output);
    await writeOutput(values.output, () => writeFile(path, ""));
  }
  const out = values.output ? createWriteStream(resolve(cwd, values.output)) : io.stdout;
  let batch = "";
  const flush = async () => {
    if (batch && !out.write(batch)) await once(out, "drain");
    batch = "";
  };
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= 64 * 1024) await flush();
  }
  await flush();
  if (values.output) {
    out.end();
    await once(out, "finish");
  }
}

export {
  defaultArtifacts,
  wantsColor,
  showProgress,
  writeOutput,
  emitChunks
};
