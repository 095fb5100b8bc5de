import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  acceptCommand,
  baselineCommand
} from "./chunk-UO5XZ3PK.js";
import "./chunk-37GLVLCL.js";
import "./chunk-MKPLIPNN.js";
import "./chunk-P5JDUHU4.js";
import "./chunk-PYOAEOLG.js";
import "./chunk-UF64ZNGB.js";
import "./chunk-7IC7CSNP.js";
export {
  acceptCommand,
  baselineCommand
};
