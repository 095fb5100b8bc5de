/**
 * The secret rule on the second core. Searching every byte for ~200 token families is the
 * most expensive thing a scan does, and it needs nothing but the bytes: so once a scan is
 * big enough to repay a thread's start-up, files go to a worker thread (worker.ts) running
 * the same rule, while the main thread reads archives, hashes and runs the other rules.
 *
 * Each byte is still read once: the main thread hands the worker a copy of each chunk it
 * has already hashed. Memory stays bounded: past MAX_BACKLOG bytes handed over and not yet
 * scanned, the engine waits (EntryObserver.backlog). Findings and values to mask come back
 * in order; the engine waits for them (ArtifactRun.settle) before it judges the artifact,
 * so a report is the same with or without the worker (`LEAKGATE_THREADS=1` turns it off;
 * the bench compares the two). See docs/adr/009-performance.md.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { EntryInfo, EntryObserver, FindingSink, Rule } from "../rule.js";
import { createSecretRule, type SecretRuleOptions } from "../secret.js";
import type { FromWorker, Operation, SecretWorkerData, ToWorker } from "./worker.js";

/** Bytes handed over but not yet scanned, beyond which the engine waits. */
const MAX_BACKLOG = 16 * 1024 * 1024;
/** Operations are sent in batches of about this many bytes (or sooner, when the main thread waits). */
const BATCH_BYTES = 256 * 1024;
/** Files start going to the worker once the files seen add up to this (small scans stay in one thread). */
const START_AFTER_BYTES = 8 * 1024 * 1024;

let workerScript: URL | undefined;

/** Cores from which the worker pays off by default (see below). */
const CORES_FOR_WORKER = 4;

/**
 * The entry points offer the bundled worker (dist/secret-worker.js). It is used when the
 * machine has CORES_FOR_WORKER cores or more: on two cores, zlib's threadpool and V8's
 * garbage collector already keep the second core busy, and the worker's own costs (its
 * start-up, a copy of every byte, a second heap) made scans 5–15% slower in the bench.
 * `LEAKGATE_THREADS=1` keeps one thread anywhere, `LEAKGATE_THREADS=2` uses the worker
 * anywhere. Without the offer (the library used from source, the tests' in-process scans)
 * everything runs in one thread.
 */
export function offerSecretWorker(script: URL): void {
  const setting = process.env.LEAKGATE_THREADS;
  const wanted =
    setting === "1" ? false : setting === "2" ? true : availableParallelism() >= CORES_FOR_WORKER;
  if (wanted && existsSync(fileURLToPath(script))) workerScript = script;
}

/** The artifact run an entry belongs to: how many of its entries the worker still holds. */
interface RunState {
  report: FindingSink;
  outstanding: number;
  unfinished: Set<number>;
  settled?: () => void;
}

class SecretWorker {
  private readonly worker: Worker;
  private backlog = 0;
  private waiting: (() => void)[] = [];
  private readonly runs = new Map<number, RunState>();
  private failure: Error | undefined;
  private nextId = 1;
  private busy = 0;
  private batch: Operation[] = [];
  private batchData = new Uint8Array(BATCH_BYTES);
  private batchBytes = 0;
  private flushScheduled = false;

  constructor(
    script: URL,
    options: SecretWorkerData["options"],
    private readonly onSecret: ((value: string) => void) | undefined,
  ) {
    this.worker = new Worker(script, { workerData: { options } satisfies SecretWorkerData });
    this.worker.unref();
    this.worker.on("message", (message: FromWorker) => this.receive(message));
    this.worker.on("error", (error) => this.fail(error));
    this.worker.on("exit", (code) => this.fail(new Error(`the secret worker stopped (exit code ${code})`)));
  }

  open(entry: EntryInfo, run: RunState): EntryObserver {
    const id = this.nextId++;
    this.runs.set(id, run);
    run.outstanding++;
    run.unfinished.add(id);
    // Only while it holds work may the worker keep the process alive.
    if (this.busy++ === 0) this.worker.ref();
    this.post({ t: "entry", id, entry: { ...entry } });
    return {
      onChunk: (chunk) => {
        this.backlog += chunk.length;
        if (this.batchBytes + chunk.length > this.batchData.length) {
          this.flush();
          if (chunk.length > this.batchData.length) this.batchData = new Uint8Array(chunk.length);
        }
        this.batchData.set(chunk, this.batchBytes);
        this.batchBytes += chunk.length;
        this.post({ t: "chunk", id, length: chunk.length });
      },
      onEnd: () => {
        run.unfinished.delete(id);
        this.post({ t: "end", id });
      },
      backlog: () => {
        if (this.failure) return Promise.reject(this.failure);
        if (this.backlog <= MAX_BACKLOG) return undefined;
        this.flush();
        return new Promise<void>((resolve) => this.waiting.push(resolve));
      },
    };
  }

  /** Resolves when the worker has answered for every entry of `run`. */
  settle(run: RunState): Promise<void> {
    for (const id of run.unfinished) this.post({ t: "drop", id });
    run.unfinished.clear();
    this.flush();
    if (this.failure) return Promise.reject(this.failure);
    if (run.outstanding === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      run.settled = () => (this.failure ? reject(this.failure) : resolve());
    });
  }

  /** Queues an operation; the batch leaves when full, or as soon as the main thread yields. */
  private post(operation: Operation): void {
    this.batch.push(operation);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
  }

  private flush(): void {
    this.flushScheduled = false;
    if (this.batch.length === 0) return;
    // The bytes were copied once, into this buffer, which is now moved, not cloned.
    const data = this.batchData.buffer as ArrayBuffer;
    this.worker.postMessage({ operations: this.batch, data } satisfies ToWorker, [data]);
    this.batch = [];
    this.batchData = new Uint8Array(BATCH_BYTES);
    this.batchBytes = 0;
  }

  private receive(message: FromWorker): void {
    if (message.t === "secret") {
      this.onSecret?.(message.value);
    } else if (message.t === "finding") {
      this.runs.get(message.id)?.report(message.finding);
    } else {
      this.backlog -= message.bytes;
      if (this.backlog <= MAX_BACKLOG / 2) this.wake();
      if (message.id === undefined) return;
      const run = this.runs.get(message.id);
      this.runs.delete(message.id);
      if (--this.busy === 0) this.worker.unref();
      if (run && --run.outstanding === 0) run.settled?.();
    }
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    this.wake();
    for (const run of new Set(this.runs.values())) run.settled?.();
  }
}

/** The secret rule, in a worker thread when one was offered and the scan is big enough. */
export function createThreadedSecretRule(options: SecretRuleOptions): Rule {
  const local = createSecretRule(options);
  const script = workerScript;
  if (!script) return local;
  const { onSecret, ...plain } = options;
  let worker: SecretWorker | undefined;
  let seen = 0;
  return {
    id: "secret",
    start(artifact, report) {
      const localRun = local.start(artifact, report);
      const run: RunState = { report, outstanding: 0, unfinished: new Set() };
      return {
        onEntry(entry) {
          if (entry.type !== "file" || entry.unread) return localRun.onEntry?.(entry);
          seen += Math.max(entry.size, 0);
          if (!worker && seen < START_AFTER_BYTES) return localRun.onEntry?.(entry);
          worker ??= new SecretWorker(script, plain, onSecret);
          return worker.open(entry, run);
        },
        settle: () => worker?.settle(run) ?? Promise.resolve(),
      };
    },
  };
}
