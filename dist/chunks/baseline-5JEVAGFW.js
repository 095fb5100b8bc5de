import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  acceptCommand,
  baselineCommand
} from "./chunk-34HCJMH4.js";
import "./chunk-PTXINSK5.js";
import "./chunk-FO3KC5RO.js";
import "./chunk-PLUW4IXT.js";
import "./chunk-PPROMVVG.js";
import "./chunk-UYETBSCX.js";
import "./chunk-FQSZ2WCT.js";
import "./chunk-7IC7CSNP.js";
export {
  acceptCommand,
  baselineCommand
};
