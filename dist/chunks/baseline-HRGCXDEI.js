import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  acceptCommand,
  baselineCommand
} from "./chunk-WP2SUS5Q.js";
import "./chunk-BYTMKUTL.js";
import "./chunk-K6XHO4WW.js";
import "./chunk-3FF33NGD.js";
import "./chunk-WIO7OPTL.js";
import "./chunk-YK5AQHRV.js";
import "./chunk-RVXLROVN.js";
import "./chunk-IQR333G7.js";
import "./chunk-SNNHJUXT.js";
import "./chunk-IOKVKF7I.js";
import "./chunk-7IC7CSNP.js";
export {
  acceptCommand,
  baselineCommand
};
