import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  acceptCommand,
  baselineCommand
} from "./chunk-EI6XMHCP.js";
import "./chunk-BYTMKUTL.js";
import "./chunk-2EIZYBR3.js";
import "./chunk-TETOVPNE.js";
import "./chunk-Y4ZTBVZR.js";
import "./chunk-OA3DHHL4.js";
import "./chunk-WAZHTHW3.js";
import "./chunk-IQR333G7.js";
import "./chunk-SNNHJUXT.js";
import "./chunk-IOKVKF7I.js";
import "./chunk-7IC7CSNP.js";
export {
  acceptCommand,
  baselineCommand
};
