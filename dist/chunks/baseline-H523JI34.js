import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  acceptCommand,
  baselineCommand
} from "./chunk-KRFAVUJ6.js";
import "./chunk-BYTMKUTL.js";
import "./chunk-OYSRL2PJ.js";
import "./chunk-AIGV2M2F.js";
import "./chunk-FB65W5K6.js";
import "./chunk-GRDS5IPK.js";
import "./chunk-NRKAOV3J.js";
import "./chunk-IQR333G7.js";
import "./chunk-SNNHJUXT.js";
import "./chunk-IOKVKF7I.js";
import "./chunk-7IC7CSNP.js";
export {
  acceptCommand,
  baselineCommand
};
