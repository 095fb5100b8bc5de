/**
 * Bounded concurrency and retries for audit work: registries and object stores fail
 * transiently (a reset connection, a 503, throttling), and a nightly audit should ride that
 * out, not page someone. What still fails after the retries is reported, never skipped.
 */
import { UserError } from "../core/errors.js";

/** `--concurrency` / the action's `concurrency` input. */
export function parseConcurrency(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 64)
    throw new UserError("usage", `concurrency takes a whole number from 1 to 64 (got "${text}")`);
  return value;
}

/** Runs `work` over `items` with at most `limit` at once; results keep the items' order. */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Errors worth another try: the network or the server, not the request. */
export function isTransient(error: unknown): boolean {
  const e = error as {
    code?: string;
    statusCode?: number;
    $metadata?: { httpStatusCode?: number };
    name?: string;
  };
  const status = e?.statusCode ?? e?.$metadata?.httpStatusCode;
  if (status !== undefined) return status === 408 || status === 429 || status >= 500;
  if (e?.name === "SlowDown" || e?.name === "ThrottlingException") return true;
  return [
    "ECONNRESET",
    "ETIMEDOUT",
    "ECONNREFUSED",
    "EPIPE",
    "EAI_AGAIN",
    "ENOTFOUND",
    "ESOCKETTIMEDOUT",
  ].includes(e?.code ?? "");
}

export interface RetryOptions {
  attempts: number;
  /** Delay before the second attempt; doubles each time. */
  firstDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 3, firstDelayMs: 500 };

export async function withRetry<T>(
  work: () => Promise<T>,
  options: RetryOptions = DEFAULT_RETRY,
): Promise<T> {
  let delay = options.firstDelayMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= options.attempts || !isTransient(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay *= 2;
    }
  }
}
