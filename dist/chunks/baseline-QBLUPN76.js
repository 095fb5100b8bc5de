import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  acceptCommand,
  baselineCommand
} from "./chunk-P7WEDCMX.js";
import "./chunk-BYTMKUTL.js";
import "./chunk-VTUGOO4Z.js";
import "./chunk-E7ESF2DP.js";
import "./chunk-GHP7NDNY.js";
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
