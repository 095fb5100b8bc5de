import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  acceptCommand,
  baselineCommand
} from "./chunk-EBQPNFHX.js";
import "./chunk-BYTMKUTL.js";
import "./chunk-QRIBFY4R.js";
import "./chunk-COGHAF5D.js";
import "./chunk-UW7HEHMA.js";
import "./chunk-4FJCS7HF.js";
import "./chunk-EPNOUQCE.js";
import "./chunk-IQR333G7.js";
import "./chunk-SNNHJUXT.js";
import "./chunk-IOKVKF7I.js";
import "./chunk-7IC7CSNP.js";
export {
  acceptCommand,
  baselineCommand
};
