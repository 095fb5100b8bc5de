/**
 * The secret rule in a worker thread (see threaded.ts for the other side). It receives the
 * entries the main thread chose to hand over, their bytes chunk by chunk, and answers with
 * raw values to mask, findings, and acknowledgements of the bytes it has scanned.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { FindingInput } from "../../core/model.js";
import type { EntryInfo, EntryObserver } from "../rule.js";
import { createSecretRule, type SecretRuleOptions } from "../secret.js";

export type Operation =
  | { t: "entry"; id: number; entry: EntryInfo }
  /** The next `length` bytes of the batch's data belong to entry `id`. */
  | { t: "chunk"; id: number; length: number }
  | { t: "end"; id: number }
  /** The engine stopped reading this entry (a limit, corrupt input): forget it, report nothing. */
  | { t: "drop"; id: number };

/** Operations travel in batches, their bytes side by side in one transferred buffer. */
export interface ToWorker {
  operations: Operation[];
  data: ArrayBuffer;
}

export type FromWorker =
  | { t: "secret"; value: string }
  | { t: "finding"; id: number; finding: FindingInput }
  /** `bytes` more were scanned; `id` is set when that entry is finished. */
  | { t: "ack"; bytes: number; id?: number };

/** Scanned bytes are acknowledged at least this often, so the main thread's backlog moves. */
const ACK_BYTES = 1024 * 1024;

export interface SecretWorkerData {
  options: Omit<SecretRuleOptions, "onSecret">;
}

export function serveSecretScans(): void {
  const port = parentPort;
  if (!port) throw new Error("the secret worker runs in a worker thread");
  const { options } = workerData as SecretWorkerData;
  let reporting = 0;
  const rule = createSecretRule({
    ...options,
    onSecret: (value) => port.postMessage({ t: "secret", value } satisfies FromWorker),
  });
  const run = rule.start({ id: "", kind: "file", source: "" }, (finding) =>
    port.postMessage({ t: "finding", id: reporting, finding } satisfies FromWorker),
  );
  const open = new Map<number, EntryObserver>();
  let unacknowledged = 0;
  const apply = (operation: Operation, data: ArrayBuffer, offset: number): number => {
    if (operation.t === "entry") {
      const observer = run.onEntry?.(operation.entry);
      if (observer) open.set(operation.id, observer);
    } else if (operation.t === "chunk") {
      open.get(operation.id)?.onChunk(Buffer.from(data, offset, operation.length));
      unacknowledged += operation.length;
      if (unacknowledged >= ACK_BYTES) {
        port.postMessage({ t: "ack", bytes: unacknowledged } satisfies FromWorker);
        unacknowledged = 0;
      }
      return offset + operation.length;
    } else {
      reporting = operation.id;
      if (operation.t === "end") open.get(operation.id)?.onEnd();
      open.delete(operation.id);
      port.postMessage({ t: "ack", bytes: unacknowledged, id: operation.id } satisfies FromWorker);
      unacknowledged = 0;
    }
    return offset;
  };
  port.on("message", ({ operations, data }: ToWorker) => {
    let offset = 0;
    for (const operation of operations) offset = apply(operation, data, offset);
  });
}
