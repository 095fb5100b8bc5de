import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  require_lib2 as require_lib
} from "./chunk-AOVZHX44.js";
import "./chunk-O2WYVL3D.js";
import "./chunk-HLZJUMQS.js";
import "./chunk-7IC7CSNP.js";
export default require_lib();
