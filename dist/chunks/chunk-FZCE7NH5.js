import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);

// src/reporters/json.ts
function renderJson(report) {
  return [...renderJsonPieces(report)].join("");
}
function* renderJsonPieces(report) {
  yield* prettyJson(report, "");
  yield "\n";
}
function* prettyJson(value, indent) {
  if (value === null || typeof value !== "object") {
    yield JSON.stringify(value) ?? "null";
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    yield "[";
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? "" : ","}
${inner}`;
      const item = value[i];
      yield* prettyJson(item === void 0 || typeof item === "function" ? null : item, inner);
    }
    yield `
${indent}]`;
    return;
  }
  const entries = Object.entries(value).filter(
    ([, item]) => item !== void 0 && typeof item !== "function"
  );
  if (entries.length === 0) {
    yield "{}";
    return;
  }
  yield "{";
  let first = true;
  for (const [key, item] of entries) {
    yield `${first ? "" : ","}
${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* prettyJson(item, inner);
  }
  yield `
${indent}}`;
}

export {
  renderJson,
  renderJsonPieces,
  prettyJson
};
