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
  /**
   * The next piece of entry `id`: `length` bytes at `at` in the shared ring, which the main
   * thread may reuse up to position `end` once told; or, when the ring was full, the bytes
   * themselves.
   */
  | { t: "chunk"; id: number; at: number; length: number; end: number }
  | { t: "chunk"; id: number; bytes: Uint8Array }
  | { t: "end"; id: number }
  /** The engine stopped reading this entry (a limit, corrupt input): forget it, report nothing. */
  | { t: "drop"; id: number };

/** Operations travel in batches, in order. */
export type ToWorker = Operation[];

export type FromWorker =
  | { t: "secret"; value: string }
  | { t: "finding"; id: number; finding: FindingInput }
  /**
   * Scanned: the ring before position `released`, and `inline` more bytes of inline pieces;
   * `id` is set when that entry is finished.
   */
  | { t: "ack"; released: number; inline: number; id?: number };

/**
 * Scanned bytes are acknowledged at least this often, so the main thread's backlog moves
 * (threaded.ts's MAX_BACKLOG depends on it: a test holds the two together).
 */
export const ACK_BYTES = 1024 * 1024;

export interface SecretWorkerData {
  options: Omit<SecretRuleOptions, "onSecret">;
  /** The ring the pieces are copied into (threaded.ts). */
  ring: SharedArrayBuffer;
}

export function serveSecretScans(): void {
  const port = parentPort;
  if (!port) throw new Error("the secret worker runs in a worker thread");
  const { options, ring } = workerData as SecretWorkerData;
  let reporting = 0;
  const rule = createSecretRule({
    ...options,
    onSecret: (value) => port.postMessage({ t: "secret", value } satisfies FromWorker),
  });
  const run = rule.start({ id: "", kind: "file", source: "" }, (finding) =>
    port.postMessage({ t: "finding", id: reporting, finding } satisfies FromWorker),
  );
  const open = new Map<number, EntryObserver>();
  let released = 0;
  let inline = 0;
  let unacknowledged = 0;
  const acknowledge = (id?: number) => {
    port.postMessage({
      t: "ack",
      released,
      inline,
      ...(id === undefined ? {} : { id }),
    } satisfies FromWorker);
    inline = 0;
    unacknowledged = 0;
  };
  const apply = (operation: Operation): void => {
    if (operation.t === "entry") {
      const observer = run.onEntry?.(operation.entry);
      if (observer) open.set(operation.id, observer);
    } else if (operation.t === "chunk") {
      // The secret rule copies what it keeps (EntryObserver.onChunk): the ring's bytes can be
      // released as soon as it returns.
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
  port.on("message", (operations: ToWorker) => {
    for (const operation of operations) apply(operation);
  });
}
