import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  createSecretRule
} from "./chunk-Q7PGW6GP.js";

// src/core/path-exists.ts
import { access } from "node:fs/promises";
async function pathExists(path) {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

// src/core/printable.ts
var UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
function printable(text) {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
function printableDeep(value) {
  return mapStrings(value, printable);
}
function mapStrings(value, map) {
  if (typeof value === "string") return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (value && typeof value === "object") {
    const copy = {};
    for (const [key, item] of Object.entries(value)) copy[map(key)] = mapStrings(item, map);
    return copy;
  }
  return value;
}
function printableLines(text) {
  return text.split("\n").map(printable).join("\n");
}

// src/engine/temp-dirs.ts
import { rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var live = /* @__PURE__ */ new Set();
async function makeTempDir(prefix) {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  live.add(dir);
  return dir;
}
async function removeTempDir(dir) {
  await rm(dir, { recursive: true, force: true });
  live.delete(dir);
}
function removeAllSync() {
  for (const dir of live) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
    }
  }
  live.clear();
}
var installed = false;
function removeTempDirsOnExit() {
  if (installed) return;
  installed = true;
  process.on("exit", removeAllSync);
  for (const [signal, number] of [
    ["SIGINT", 2],
    ["SIGTERM", 15],
    ["SIGHUP", 1]
  ]) {
    process.once(signal, () => {
      removeAllSync();
      process.exit(128 + number);
    });
  }
}

// src/rules/secret/threaded.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var RING_BYTES = 8 * 1024 * 1024;
var MAX_BACKLOG = RING_BYTES - 2 * 1024 * 1024;
var BATCH_BYTES = 256 * 1024;
var START_AFTER_BYTES = 8 * 1024 * 1024;
var IDLE_MS = 1e3;
var workerScript;
var CORES_FOR_WORKER = 4;
function offerSecretWorker(script) {
  const setting = process.env.LEAKGATE_THREADS;
  const wanted = setting === "1" ? false : setting === "2" ? true : availableParallelism() >= CORES_FOR_WORKER;
  if (wanted && existsSync(fileURLToPath(script))) workerScript = script;
}
var SecretWorker = class {
  constructor(script, options, onSecret) {
    this.onSecret = onSecret;
    this.worker = new Worker(script, {
      workerData: { options, ring: this.ring }
    });
    this.worker.unref();
    this.worker.on("message", (message) => this.receive(message));
    this.worker.on("error", (error) => this.fail(error));
    this.worker.on("exit", (code) => {
      if (!this.retired) this.fail(new Error(`the secret worker stopped (exit code ${code})`));
    });
  }
  worker;
  ring = new SharedArrayBuffer(RING_BYTES);
  ringBytes = new Uint8Array(this.ring);
  /**
   * Positions in the ring, counted from the start of the scan (a byte at position p lives at
   * p % RING_BYTES): the next piece goes at `head`; the worker is done with everything before
   * `released`.
   */
  head = 0;
  released = 0;
  /** Bytes of pieces sent inline (the ring was full) that the worker has not scanned yet. */
  inline = 0;
  waiting = [];
  runs = /* @__PURE__ */ new Map();
  failure;
  nextId = 1;
  busy = 0;
  batch = [];
  /** Buffers of inline pieces in `batch`, moved with it rather than cloned. */
  transfer = [];
  batchBytes = 0;
  flushScheduled = false;
  idleTimer;
  /** Stopped after being idle: the rule starts a new one for more work. */
  retired = false;
  get backlog() {
    return this.head - this.released + this.inline;
  }
  open(entry, run) {
    const id = this.nextId++;
    this.runs.set(id, run);
    run.outstanding++;
    run.unfinished.add(id);
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
        if (this.backlog <= MAX_BACKLOG) return void 0;
        this.flush();
        return new Promise((resolve) => this.waiting.push(resolve));
      }
    };
  }
  /** Copies a piece into the ring (or, when the worker is that far behind, into the message). */
  send(id, chunk) {
    const length = chunk.length;
    this.batchBytes += length;
    let at = this.head % RING_BYTES;
    const skipped = at + length > RING_BYTES ? RING_BYTES - at : 0;
    if (this.head + skipped + length - this.released > RING_BYTES) {
      this.inline += length;
      const bytes = Uint8Array.prototype.slice.call(chunk);
      this.transfer.push(bytes.buffer);
      this.post({ t: "chunk", id, bytes });
      return;
    }
    if (skipped > 0) at = 0;
    this.ringBytes.set(chunk, at);
    this.head += skipped + length;
    this.post({ t: "chunk", id, at, length, end: this.head });
  }
  /** Resolves when the worker has answered for every entry of `run`. */
  settle(run) {
    for (const id of run.unfinished) this.post({ t: "drop", id });
    run.unfinished.clear();
    this.flush();
    if (this.failure) return Promise.reject(this.failure);
    if (run.outstanding === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      run.settled = () => this.failure ? reject(this.failure) : resolve();
    });
  }
  /** Queues an operation; the batch leaves when full, or as soon as the main thread yields. */
  post(operation) {
    this.batch.push(operation);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
  }
  flush() {
    this.flushScheduled = false;
    if (this.batch.length === 0) return;
    this.worker.postMessage(this.batch, this.transfer);
    this.batch = [];
    this.transfer = [];
    this.batchBytes = 0;
  }
  receive(message) {
    if (message.t === "secret") {
      this.onSecret?.(message.value);
    } else if (message.t === "finding") {
      this.runs.get(message.id)?.report(message.finding);
    } else {
      this.released = Math.max(this.released, message.released);
      this.inline -= message.inline;
      if (this.backlog <= MAX_BACKLOG / 2) this.wake();
      if (message.id === void 0) return;
      const run = this.runs.get(message.id);
      this.runs.delete(message.id);
      if (--this.busy === 0) {
        this.worker.unref();
        this.idleTimer = setTimeout(() => this.retire(), IDLE_MS).unref();
      }
      if (run && --run.outstanding === 0) run.settled?.();
    }
  }
  retire() {
    if (this.busy > 0 || this.failure) return;
    this.retired = true;
    void this.worker.terminate();
  }
  wake() {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
  fail(error) {
    if (this.failure) return;
    this.failure = error;
    this.wake();
    for (const run of new Set(this.runs.values())) run.settled?.();
  }
};
function createThreadedSecretRule(options) {
  const local = createSecretRule(options);
  const script = workerScript;
  if (!script) return local;
  const { onSecret, ...plain } = options;
  let worker;
  let seen = 0;
  return {
    id: "secret",
    start(artifact, report) {
      const localRun = local.start(artifact, report);
      const run = { report, outstanding: 0, unfinished: /* @__PURE__ */ new Set() };
      return {
        onEntry(entry) {
          if (entry.type !== "file" || entry.unread) return localRun.onEntry?.(entry);
          seen += Math.max(entry.size, 0);
          if (!worker && seen < START_AFTER_BYTES) return localRun.onEntry?.(entry);
          if (!worker || worker.retired) worker = new SecretWorker(script, plain, onSecret);
          return worker.open(entry, run);
        },
        settle: () => worker?.settle(run) ?? Promise.resolve()
      };
    }
  };
}

// src/core/package-json.ts
import { readFile, stat } from "node:fs/promises";
import { join as join2 } from "node:path";
var PACKAGE_JSON_LIMIT = 1024 * 1024;
var PackageJsonProblem = class extends Error {
  constructor(reason, message) {
    super(message);
    this.reason = reason;
  }
};
function parsePackageJsonText(text) {
  return JSON.parse(text.charCodeAt(0) === 65279 ? text.slice(1) : text);
}
async function readPackageJsonObject(dir) {
  const path = join2(dir, "package.json");
  const info = await stat(path).catch((error) => {
    throw error.code === "ENOENT" ? new PackageJsonProblem("missing", "no package.json") : new PackageJsonProblem("unreadable", error.message);
  });
  if (!info.isFile()) throw new PackageJsonProblem("unreadable", "package.json is not a file");
  if (info.size > PACKAGE_JSON_LIMIT)
    throw new PackageJsonProblem(
      "too-large",
      `package.json is larger than ${PACKAGE_JSON_LIMIT / 1024 / 1024} MiB`
    );
  let parsed;
  try {
    parsed = parsePackageJsonText(await readFile(path, "utf8"));
  } catch (error) {
    throw new PackageJsonProblem("not-json", error.message);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
    throw new PackageJsonProblem("not-an-object", "package.json is not a JSON object");
  return parsed;
}

// src/core/model.ts
var DEFAULT_LIMITS = {
  maxTotalBytes: 8 * 1024 ** 3,
  maxEntries: 5e4,
  maxDepth: 4,
  maxCompressionRatio: 200,
  ratioGraceBytes: 1024 * 1024
};

// src/config/types.ts
var DEFAULT_THRESHOLDS = {
  maxFileSize: 10 * 1024 * 1024,
  newFileSize: 1024 * 1024,
  growthFactor: 2,
  growthBytes: 512 * 1024,
  totalGrowth: 0.5,
  genericSecretEntropy: 3.5
};
function defaultConfig() {
  return {
    internal: [],
    allow: [],
    ignoreFileLines: [],
    rules: {},
    thresholds: { ...DEFAULT_THRESHOLDS },
    limits: { ...DEFAULT_LIMITS },
    strict: false,
    failOn: "error",
    artifacts: {}
  };
}

// src/core/version.ts
var VERSION = "0.1.0";

export {
  PACKAGE_JSON_LIMIT,
  PackageJsonProblem,
  parsePackageJsonText,
  readPackageJsonObject,
  pathExists,
  DEFAULT_THRESHOLDS,
  defaultConfig,
  printable,
  printableDeep,
  mapStrings,
  printableLines,
  VERSION,
  makeTempDir,
  removeTempDir,
  removeTempDirsOnExit,
  offerSecretWorker,
  createThreadedSecretRule
};
