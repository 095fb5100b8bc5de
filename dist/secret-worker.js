import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  createSecretRule
} from "./chunks/chunk-Q7PGW6GP.js";
import "./chunks/chunk-7IC7CSNP.js";

// src/rules/secret/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var ACK_BYTES = 1024 * 1024;
function serveSecretScans() {
  const port = parentPort;
  if (!port) throw new Error("the secret worker runs in a worker thread");
  const { options, ring } = workerData;
  let reporting = 0;
  const rule = createSecretRule({
    ...options,
    onSecret: (value) => port.postMessage({ t: "secret", value })
  });
  const run = rule.start(
    { id: "", kind: "file", source: "" },
    (finding) => port.postMessage({ t: "finding", id: reporting, finding })
  );
  const open = /* @__PURE__ */ new Map();
  let released = 0;
  let inline = 0;
  let unacknowledged = 0;
  const acknowledge = (id) => {
    port.postMessage({
      t: "ack",
      released,
      inline,
      ...id === void 0 ? {} : { id }
    });
    inline = 0;
    unacknowledged = 0;
  };
  const apply = (operation) => {
    if (operation.t === "entry") {
      const observer = run.onEntry?.(operation.entry);
      if (observer) open.set(operation.id, observer);
    } else if (operation.t === "chunk") {
      if ("bytes" in operation) {
        const { bytes } = operation;
        open.get(operation.id)?.onChunk(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
        inline += bytes.byteLength;
        unacknowledged += bytes.byteLength;
      } else {
        open.get(operation.id)?.onChunk(Buffer.from(ring, operation.at, operation.length));
        released = operation.end;
        unacknowledged += operation.length;
      }
      if (unacknowledged >= ACK_BYTES) acknowledge();
    } else {
      reporting = operation.id;
      if (operation.t === "end") open.get(operation.id)?.onEnd();
      open.delete(operation.id);
      acknowledge(operation.id);
    }
  };
  port.on("message", (operations) => {
    for (const operation of operations) apply(operation);
  });
}

// src/secret-worker.ts
serveSecretScans();
