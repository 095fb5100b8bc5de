import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  acceptCommand,
  baselineCommand
} from "./chunk-MH5GR7X4.js";
import "./chunk-BYTMKUTL.js";
import "./chunk-XVPPST32.js";
import "./chunk-YETVGEFR.js";
import "./chunk-5US2RYX2.js";
import "./chunk-YQQULD5V.js";
import "./chunk-2YRXDINE.js";
import "./chunk-IQR333G7.js";
import "./chunk-SNNHJUXT.js";
import "./chunk-IOKVKF7I.js";
import "./chunk-7IC7CSNP.js";
export {
  acceptCommand,
  baselineCommand
};
