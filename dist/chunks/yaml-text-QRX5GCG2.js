import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  require_dist
} from "./chunk-LBXB57PG.js";
import {
  __toESM
} from "./chunk-7IC7CSNP.js";

// src/sources/yaml-text.ts
var import_yaml = __toESM(require_dist(), 1);
var export_parseYaml = import_yaml.parse;
export {
  export_parseYaml as parseYaml
};
