/**
 * The JSON report: the stable machine contract, pretty-printed with a trailing newline.
 * Written piece by piece: a report of a huge release must not have to exist as one string
 * (V8 caps strings at about 512 MiB, and memory would grow with the finding count).
 */
import type { Report } from "./report.js";

export function renderJson(report: Report): string {
  return [...renderJsonPieces(report)].join("");
}

/** The same text as `JSON.stringify(report, null, 2) + "\n"`, in pieces. */
export function* renderJsonPieces(report: Report): Generator<string> {
  yield* prettyJson(report, "");
  yield "\n";
}

/** JSON.stringify(value, null, 2), one value at a time, for plain JSON data. */
export function* prettyJson(value: unknown, indent: string): Generator<string> {
  if (value === null || typeof value !== "object") {
    yield JSON.stringify(value) ?? "null";
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    yield "[";
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? "" : ","}\n${inner}`;
      const item = value[i];
      // Like JSON.stringify: array holes, undefined and functions are written as null.
      yield* prettyJson(item === undefined || typeof item === "function" ? null : item, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  const entries = Object.entries(value).filter(
    ([, item]) => item !== undefined && typeof item !== "function",
  );
  if (entries.length === 0) {
    yield "{}";
    return;
  }
  yield "{";
  let first = true;
  for (const [key, item] of entries) {
    yield `${first ? "" : ","}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* prettyJson(item, inner);
  }
  yield `\n${indent}}`;
}
