import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  buildReport,
  isBlocking,
  recordBaseline,
  scan
} from "./chunk-274TRL2H.js";

// src/pipeline/record-release.ts
async function recordRelease(request) {
  const { existing, config } = request;
  const result = await scan({
    specs: request.specs,
    cwd: request.cwd,
    config,
    ...request.onSecret ? { onSecret: request.onSecret } : {},
    ...existing ? { baseline: { file: "", content: { ...existing, artifacts: [] } } } : {}
  });
  const failOn = config.failOn === "never" ? "error" : config.failOn;
  const report = buildReport({ artifacts: result.artifacts, findings: result.findings }, failOn);
  const dropped = request.keepUnused ? [] : result.baseline?.unused ?? [];
  const previous = existing && {
    ...existing,
    accepted: existing.accepted.filter((a) => !dropped.includes(a))
  };
  return {
    result,
    report,
    blocking: result.findings.filter((f) => isBlocking(f, failOn)),
    dropped,
    baseline: recordBaseline(result.artifacts, previous)
  };
}

export {
  recordRelease
};
