import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);

// src/core/errors.ts
var UserError = class extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
  name = "UserError";
};
function inputError(artifact, what) {
  return new UserError("input", `${artifact}: ${what}`);
}
function isUserError(error) {
  return error instanceof UserError;
}

export {
  UserError,
  inputError,
  isUserError
};
