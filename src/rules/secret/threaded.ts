/**
 * The secret rule on the second core. Searching every byte for ~200 token families is the
 * most expensive thing a scan does, and it needs nothing but the bytes: so once a scan is
 * big enough to repay a thread's start-up, files go to a worker thread (worker.ts) running
 * the same rule, while the main thread reads archives, hashes and runs the other rules.
 *
 * Each byte is still read once: the main thread copies each chunk it has already hashed into
 * a ring of shared memory, which the worker reads in place. Memory stays bounded: past
 * MAX_BACKLOG bytes handed over and not yet scanned, the engine waits
 * (EntryObserver.backlog). Findings and values to mask come back in order; the engine waits
 * for them (ArtifactRun.settle) before it judges the artifact, so a report is the same with
 * or without the worker (`LEAKGATE_THREADS=1` turns it off; the bench compares the two).
 * See docs/adr/009-performance.md.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { EntryInfo, EntryObserver, FindingSink, Rule } from "../rule.js";
import { createSecretRule, type SecretRuleOptions } from "../secret.js";
import type { FromWorker, Operation, SecretWorkerData, ToWorker } from "./worker.js";

/**
 * Chunks travel through one shared ring of this size, allocated once: the main thread copies
 * each piece in, the worker reads it in place. (Fresh buffers moved with every batch cost a
 * page fault per 4 KiB on the VMs this runs on, and a transfer each: with them the worker was
 * slower than one thread. docs/adr/009-performance.md.)
 */
const RING_BYTES = 8 * 1024 * 1024;
/**
 * Bytes handed over but not yet scanned, beyond which the engine waits (slack for a chunk's
 * pieces). The engine is woken at half of it, so half must exceed what a worker that has
 * scanned everything may still owe in acknowledgements (under ACK_BYTES of pieces, under
 * twice that of ring positions with the gap at the ring's end): else the wait never ends.
 */
export const MAX_BACKLOG = RING_BYTES - 2 * 1024 * 1024;
/** Operations are sent in batches of about this many bytes (or sooner, when the main thread waits). */
const BATCH_BYTES = 256 * 1024;
/** Files start going to the worker once the files seen add up to this (small scans stay in one thread). */
const START_AFTER_BYTES = 8 * 1024 * 1024;
/**
 * A worker with nothing to do stops after this long. Every scan's rules start their own (an
 * audit scans one version after another), and an idle worker kept its thread, its heap and
 * its ring alive until the process ended: 28 MiB per large version.
 */
const IDLE_MS = 1000;

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
  private readonly ring = new SharedArrayBuffer(RING_BYTES);
  private readonly ringBytes = new Uint8Array(this.ring);
  /**
   * Positions in the ring, counted from the start of the scan (a byte at position p lives at
   * p % RING_BYTES): the next piece goes at `head`; the worker is done with everything before
   * `released`.
   */
  private head = 0;
  private released = 0;
  /** Bytes of pieces sent inline (the ring was full) that the worker has not scanned yet. */
  private inline = 0;
  private waiting: (() => void)[] = [];
  private readonly runs = new Map<number, RunState>();
  private failure: Error | undefined;
  private nextId = 1;
  private busy = 0;
  private batch: Operation[] = [];
  /** Buffers of inline pieces in `batch`, moved with it rather than cloned. */
  private transfer: ArrayBuffer[] = [];
  private batchBytes = 0;
  private flushScheduled = false;
  private idleTimer: NodeJS.Timeout | undefined;
  /** Stopped after being idle: the rule starts a new one for more work. */
  retired = false;

  constructor(
    script: URL,
    options: SecretWorkerData["options"],
    private readonly onSecret: ((value: string) => void) | undefined,
  ) {
    this.worker = new Worker(script, {
      workerData: { options, ring: this.ring } satisfies SecretWorkerData,
    });
    this.worker.unref();
    this.worker.on("message", (message: FromWorker) => this.receive(message));
    this.worker.on("error", (error) => this.fail(error));
    this.worker.on("exit", (code) => {
      if (!this.retired) this.fail(new Error(`the secret worker stopped (exit code ${code})`));
    });
  }

  private get backlog(): number {
    return this.head - this.released + this.inline;
  }

  open(entry: EntryInfo, run: RunState): EntryObserver {
    const id = this.nextId++;
    this.runs.set(id, run);
    run.outstanding++;
    run.unfinished.add(id);
    // Only while it holds work may the worker keep the process alive.
    if (this.busy++ === 0) {
      clearTimeout(this.idleTimer);
      this.worker.ref();
    }
    this.post({ t: "entry", id, entry: { ...entry } });
    return {
      onChunk: (chunk) => {
        this.send(id, chunk);
        if (this.batchBytes >= BATCH_BYTES) this.flush();
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

  /** Copies a piece into the ring (or, when the worker is that far behind, into the message). */
  private send(id: number, chunk: Buffer): void {
    const length = chunk.length;
    this.batchBytes += length;
    let at = this.head % RING_BYTES;
    // A piece is never split (the worker sniffs the first one whole): past the ring's end,
    // it starts again at 0 and the bytes in between are skipped.
    const skipped = at + length > RING_BYTES ? RING_BYTES - at : 0;
    if (this.head + skipped + length - this.released > RING_BYTES) {
      this.inline += length;
      // A copy of its own (not a view into a pooled buffer), so it can be moved.
      const bytes = Uint8Array.prototype.slice.call(chunk);
      this.transfer.push(bytes.buffer as ArrayBuffer);
      this.post({ t: "chunk", id, bytes });
      return;
    }
    if (skipped > 0) at = 0;
    this.ringBytes.set(chunk, at);
    this.head += skipped + length;
    this.post({ t: "chunk", id, at, length, end: this.head });
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
    // The ring's bytes are in place before the message leaves: posting synchronises the two
    // threads (the port's queue is behind a lock), so the worker reads what was written.
    this.worker.postMessage(this.batch satisfies ToWorker, this.transfer);
    this.batch = [];
    this.transfer = [];
    this.batchBytes = 0;
  }

  private receive(message: FromWorker): void {
    if (message.t === "secret") {
      this.onSecret?.(message.value);
    } else if (message.t === "finding") {
      this.runs.get(message.id)?.report(message.finding);
    } else {
      this.released = Math.max(this.released, message.released);
      this.inline -= message.inline;
      if (this.backlog <= MAX_BACKLOG / 2) this.wake();
      if (message.id === undefined) return;
      const run = this.runs.get(message.id);
      this.runs.delete(message.id);
      if (--this.busy === 0) {
        this.worker.unref();
        this.idleTimer = setTimeout(() => this.retire(), IDLE_MS).unref();
      }
      if (run && --run.outstanding === 0) run.settled?.();
    }
  }

  private retire(): void {
    if (this.busy > 0 || this.failure) return;
    this.retired = true;
    void this.worker.terminate();
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
          if (!worker || worker.retired) worker = new SecretWorker(script, plain, onSecret);
          return worker.open(entry, run);
        },
        settle: () => worker?.settle(run) ?? Promise.resolve(),
      };
    },
  };
}
