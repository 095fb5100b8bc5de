// Wall time and peak RSS of a command, without a shell in the way of what is measured.
//
// With GNU time (/usr/bin/time) every measured process runs under `time -f %M -o FILE`, which
// reports the process's own ru_maxrss. Without it, Node processes are started with an --import
// probe that writes process.resourceUsage().maxRSS at exit, and other processes are sampled
// from /proc/<pid>/status (VmHWM, the kernel's own high-water mark, polled every 5 ms: only the
// last few milliseconds before exit can be missed). Wall time is measured here (hrtime), around
// the whole run, so both methods time the same thing.
//
// The baseline `gzip -dc FILE | sha256sum` is two processes running at once, so its peak RSS is
// reported as the SUM of both processes' peaks (and each peak separately in the JSON).

import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const GNU_TIME = "/usr/bin/time";

/** "gnu-time" when /usr/bin/time exists (and BENCH_RSS is not "probe"), else "probe". */
export const rssMethod = existsSync(GNU_TIME) && process.env.BENCH_RSS !== "probe" ? "gnu-time" : "probe";

const PROBE = join(import.meta.dirname, "rss-probe.mjs");

/** Reads the peak RSS (KiB) GNU time wrote: the last line, after any "exited with non-zero status". */
function readGnuTime(file) {
  const lines = readFileSync(file, "utf8").trim().split("\n");
  return Number(lines[lines.length - 1]);
}

/** Polls VmHWM of `pid` until it exits; returns a getter for the highest value seen (KiB). */
function pollHighWaterMark(pid) {
  let peak = 0;
  const sample = () => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (match) peak = Math.max(peak, Number(match[1]));
    } catch {
      // The process has exited (or /proc is unavailable): keep the last sample.
    }
  };
  sample();
  const timer = setInterval(sample, 5);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

/**
 * Starts `argv` with stdin/stdout as given; returns { child, rssKiB() } where rssKiB is read
 * after the child has exited. Node children (argv[0] === process.execPath) use the probe
 * when GNU time is absent.
 */
function start(argv, stdio, scratch, label) {
  if (rssMethod === "gnu-time") {
    const file = join(scratch, `${label}.time`);
    const child = spawn(GNU_TIME, ["-f", "%M", "-o", file, ...argv], { stdio });
    return { child, rssKiB: () => readGnuTime(file) };
  }
  if (argv[0] === process.execPath) {
    const file = join(scratch, `${label}.rss`);
    const child = spawn(argv[0], ["--import", PROBE, ...argv.slice(1)], {
      stdio,
      env: { ...process.env, BENCH_RSS_FILE: file },
    });
    return { child, rssKiB: () => Number(readFileSync(file, "utf8")) };
  }
  const child = spawn(argv[0], argv.slice(1), { stdio });
  const peak = pollHighWaterMark(child.pid);
  return { child, rssKiB: peak };
}

async function exitOf(child) {
  const [code, signal] = await once(child, "exit");
  return signal ? 128 : code;
}

function collect(stream) {
  const chunks = [];
  stream?.on("data", (chunk) => chunks.push(chunk));
  return () => Buffer.concat(chunks).toString("utf8");
}

/**
 * Runs one command (an argv, no shell), stdout discarded. Resolves to
 * { seconds, rssMB, exitCode, stderr }.
 */
export async function measureCommand(argv) {
  const scratch = mkdtempSync(join(tmpdir(), "leakgate-bench-"));
  try {
    const started = process.hrtime.bigint();
    const run = start(argv, ["ignore", "ignore", "pipe"], scratch, "command");
    const stderr = collect(run.child.stderr);
    const exitCode = await exitOf(run.child);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return { seconds, rssMB: run.rssKiB() / 1024, exitCode, stderr: stderr() };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Runs `producer | consumer` (two argvs; the consumer's stdout discarded). Resolves to
 * { seconds, rssMB (sum of both peaks), rssMBEach: [producer, consumer], exitCode }.
 */
export async function measurePipeline(producer, consumer) {
  const scratch = mkdtempSync(join(tmpdir(), "leakgate-bench-"));
  try {
    const started = process.hrtime.bigint();
    const first = start(producer, ["ignore", "pipe", "pipe"], scratch, "producer");
    const second = start(consumer, [first.child.stdout, "ignore", "pipe"], scratch, "consumer");
    // The consumer has its own copy of the pipe; ours would keep it open after the producer ends.
    first.child.stdout.destroy();
    const stderr = [collect(first.child.stderr), collect(second.child.stderr)];
    const codes = await Promise.all([exitOf(first.child), exitOf(second.child)]);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const each = [first.rssKiB() / 1024, second.rssKiB() / 1024];
    return {
      seconds,
      rssMB: each[0] + each[1],
      rssMBEach: each,
      exitCode: Math.max(...codes),
      stderr: stderr.map((read) => read()).join(""),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function cpuTimes() {
  const fields = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = fields[3] + (fields[4] ?? 0);
  return { idle, total: fields.reduce((sum, value) => sum + value, 0) };
}

/**
 * How many cores other processes keep busy while the bench itself is idle, sampled from
 * /proc/stat over `milliseconds` (null where /proc is unavailable). Timings taken on a busy
 * machine are noisy; the bench says so.
 */
export async function backgroundCores(cores, milliseconds = 1000) {
  try {
    const before = cpuTimes();
    await new Promise((resolve) => setTimeout(resolve, milliseconds));
    const after = cpuTimes();
    const total = after.total - before.total;
    return total > 0 ? (1 - (after.idle - before.idle) / total) * cores : 0;
  } catch {
    return null;
  }
}

/**
 * Sums up the runs of one command for the side benches (git, formats, image, audit): the
 * fastest time, the highest RSS, every exit code, and the stderr of runs that failed.
 */
export function bestOf(samples) {
  const failed = samples.filter((s) => s.exitCode !== 0 && s.exitCode !== 1);
  return {
    seconds: Math.min(...samples.map((s) => s.seconds)),
    rssMB: Math.max(...samples.map((s) => s.rssMB)),
    exitCodes: samples.map((s) => s.exitCode),
    ...(failed.length > 0
      ? {
          stderr: failed
            .map((s) => s.stderr)
            .join("\n")
            .slice(-2000),
        }
      : {}),
  };
}
