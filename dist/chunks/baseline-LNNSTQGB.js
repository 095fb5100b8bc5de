import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  acceptCommand,
  baselineCommand
} from "./chunk-Q4ZSRJK5.js";
import "./chunk-244B24DF.js";
import "./chunk-XTBPABIT.js";
import "./chunk-X35N3GEA.js";
import "./chunk-TFHHPMD6.js";
import "./chunk-VXVZUR6T.js";
import "./chunk-BOWKBEL4.js";
import "./chunk-7IC7CSNP.js";
export {
  acceptCommand,
  baselineCommand
};
