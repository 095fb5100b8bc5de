import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  acceptCommand,
  baselineCommand
} from "./chunk-DPXM25BY.js";
import "./chunk-BYTMKUTL.js";
import "./chunk-V6C3IOLO.js";
import "./chunk-DJ2VPRYM.js";
import "./chunk-274TRL2H.js";
import "./chunk-SNNHJUXT.js";
import "./chunk-YYFTXOGM.js";
import "./chunk-Q7PGW6GP.js";
import "./chunk-IQR333G7.js";
import "./chunk-IOKVKF7I.js";
import "./chunk-7IC7CSNP.js";
export {
  acceptCommand,
  baselineCommand
};
