import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  acceptCommand,
  baselineCommand
} from "./chunk-JPWX3KIP.js";
import "./chunk-QFN6NM3H.js";
import "./chunk-HX4FPO24.js";
import "./chunk-BOBC6PBE.js";
import "./chunk-7M2PHWTR.js";
import "./chunk-PCUP6LOE.js";
import "./chunk-YUNQYS5H.js";
import "./chunk-7IC7CSNP.js";
export {
  acceptCommand,
  baselineCommand
};
