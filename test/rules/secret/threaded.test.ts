/**
 * The secret rule's worker, driven the way the engine drives it: pieces handed over through
 * the shared ring, the engine waiting when the worker is behind. The main side runs from
 * src/, the worker from the bundle (dist/secret-worker.js), as the CLI runs it. Whatever way
 * a piece travels (in the ring, across its end, or inline when the ring is full), the worker
 * must report what the rule reports in one thread.
 */
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FindingInput } from "../../../src/core/model.js";
import type { Rule } from "../../../src/rules/rule.js";
import {
  createThreadedSecretRule,
  MAX_BACKLOG,
  offerSecretWorker,
} from "../../../src/rules/secret/threaded.js";
import { ACK_BYTES } from "../../../src/rules/secret/worker.js";
import { createSecretRule } from "../../../src/rules/secret.js";
import { fakeGithubToken } from "../../hardening/hostile.js";

const MiB = 1024 * 1024;

/** Incompressible filler text (base64 lines) with a token at each of `at` offsets. */
function textWithTokens(length: number, at: number[], tokens: string[]): Buffer {
  const text = Buffer.from(
    randomBytes(Math.ceil((length * 3) / 4))
      .toString("base64")
      .slice(0, length),
    "latin1",
  );
  for (let i = 0; i < text.length; i += 77) text[i] = 0x0a;
  at.forEach((offset, i) => {
    const line = Buffer.from(`\nconst key = "${tokens[i]}";\n`, "latin1");
    line.copy(text, offset);
  });
  return text;
}

interface Outcome {
  findings: FindingInput[];
  secrets: string[];
}

/** Feeds files to a rule in exactly these pieces, waiting on the backlog as the engine does (unless told not to). */
async function feed(
  makeRule: (onSecret: (value: string) => void) => Rule,
  files: { path: string; pieces: Buffer[] }[],
  options: { waitOnBacklog: boolean },
): Promise<Outcome> {
  const outcome: Outcome = { findings: [], secrets: [] };
  const rule = makeRule((value) => outcome.secrets.push(value));
  const run = rule.start({ id: "r", kind: "file", source: "r" }, (finding) => outcome.findings.push(finding));
  for (const { path, pieces } of files) {
    const size = pieces.reduce((sum, piece) => sum + piece.length, 0);
    const observer = run.onEntry?.({ path, innerPath: path, size, mode: 0o644, type: "file", depth: 0 });
    for (const piece of pieces) {
      // Lent like the engine's chunks: overwritten once onChunk returns, so a rule that kept
      // a view into it (instead of a copy) would find other bytes.
      const lent = Buffer.from(piece);
      observer?.onChunk(lent);
      lent.fill(0x41);
      const behind = options.waitOnBacklog ? observer?.backlog?.() : undefined;
      if (behind) await behind;
    }
    observer?.onEnd();
  }
  await run.settle?.();
  outcome.findings.sort((a, b) => a.path.localeCompare(b.path) || a.message.localeCompare(b.message));
  outcome.secrets.sort();
  return outcome;
}

/** Splits `bytes` into pieces of the given sizes, cycling through them. */
function pieces(bytes: Buffer, sizes: number[]): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length]!;
    out.push(bytes.subarray(at, at + size));
    at += size;
  }
  return out;
}

describe("the secret worker's shared ring", () => {
  const saved = process.env.LEAKGATE_THREADS;
  beforeAll(() => {
    process.env.LEAKGATE_THREADS = "2";
    offerSecretWorker(new URL("../../../dist/secret-worker.js", import.meta.url));
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.LEAKGATE_THREADS;
    else process.env.LEAKGATE_THREADS = saved;
  });
  const options = { genericEntropy: 3.5 };
  const threaded = (onSecret: (value: string) => void) => createThreadedSecretRule({ ...options, onSecret });
  const single = (onSecret: (value: string) => void) => createSecretRule({ ...options, onSecret });

  it("finds every token when pieces wrap around the ring's end", async () => {
    const tokens = Array.from({ length: 12 }, () => fakeGithubToken());
    // 20 MiB in pieces of uneven sizes: the ring (8 MiB) wraps twice, each time at a piece
    // that does not fit before its end; tokens sit around those places and at piece seams.
    const offsets = [1, 3, 5, 7.9, 8.1, 9, 11, 13, 15.95, 16.05, 17, 19.5].map((m) => Math.floor(m * MiB));
    const bytes = textWithTokens(20 * MiB, offsets, tokens);
    const files = [
      { path: "package/first.js", pieces: pieces(bytes.subarray(0, 9 * MiB), [65536, 40000, 1, 65536]) },
      { path: "package/second.js", pieces: pieces(bytes.subarray(9 * MiB), [65536, 65535, 333]) },
    ];
    const one = await feed(single, files, { waitOnBacklog: true });
    const two = await feed(threaded, files, { waitOnBacklog: true });
    expect(one.findings.length).toBeGreaterThanOrEqual(tokens.length);
    expect(two).toEqual(one);
    for (const token of tokens) expect(two.secrets).toContain(token);
  });

  it("sends pieces inline when the worker is too far behind for the ring, and still finds everything", async () => {
    const tokens = Array.from({ length: 6 }, () => fakeGithubToken());
    // Pieces of 3 MiB with no waiting: the third no longer fits in the 8 MiB ring.
    const offsets = [0.5, 3.5, 6.5, 8.99, 9.5, 14].map((m) => Math.floor(m * MiB));
    const bytes = textWithTokens(15 * MiB, offsets, tokens);
    const files = [{ path: "package/big.js", pieces: pieces(bytes, [3 * MiB]) }];
    const one = await feed(single, files, { waitOnBacklog: false });
    const two = await feed(threaded, files, { waitOnBacklog: false });
    expect(one.findings.length).toBeGreaterThanOrEqual(tokens.length);
    expect(two).toEqual(one);
  });

  it("a worker with nothing left to do stops: scans one after another do not pile up threads", async () => {
    // Every scan's rules start their own worker once files add up to 8 MiB (declared sizes
    // count); an audit scans hundreds of versions in one process.
    const threads = () => readdirSync("/proc/self/task").length;
    const before = threads();
    let most = before;
    for (let scan = 0; scan < 6; scan++) {
      const rule = createThreadedSecretRule(options);
      const run = rule.start({ id: "r", kind: "file", source: "r" }, () => {});
      const observer = run.onEntry?.({
        path: "big.js",
        innerPath: "big.js",
        size: 9 * MiB,
        mode: 0o644,
        type: "file",
        depth: 0,
      });
      observer?.onChunk(Buffer.from(`const key = "${fakeGithubToken()}";\n`));
      observer?.onEnd();
      await run.settle?.();
      most = Math.max(most, threads());
    }
    // Each worker is a thread of its own while it lives.
    expect(most).toBeGreaterThan(before);
    await sleep(2500);
    expect(threads()).toBeLessThanOrEqual(before + 1);
  });

  it("wakes the engine before a worker that has scanned everything can owe it an acknowledgement", () => {
    // Under ACK_BYTES of pieces unacknowledged, under twice that of ring positions (the gap at
    // the ring's end is smaller than the piece after it): the engine waits above MAX_BACKLOG
    // and is woken at half of it.
    expect(2 * ACK_BYTES).toBeLessThan(MAX_BACKLOG / 2);
  });
});
