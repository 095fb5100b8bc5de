import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  acceptCommand,
  baselineCommand
} from "./chunk-VYQPNGH5.js";
import "./chunk-BYTMKUTL.js";
import "./chunk-6MW5LQJV.js";
import "./chunk-3M62OPTH.js";
import "./chunk-FOTTEHIR.js";
import "./chunk-7CPKGWZS.js";
import "./chunk-IDGEZGJB.js";
import "./chunk-IQR333G7.js";
import "./chunk-SNNHJUXT.js";
import "./chunk-IOKVKF7I.js";
import "./chunk-7IC7CSNP.js";
export {
  acceptCommand,
  baselineCommand
};
