import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  UserError
} from "./chunk-IOKVKF7I.js";

// src/core/shell.ts
function shellWord(word) {
  if (/^[A-Za-z0-9_./:=@%+,-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

// src/baseline/baseline-file.ts
import { readFile, writeFile } from "node:fs/promises";

// src/baseline/json-error.ts
var Stop = class {
  constructor(index, reason) {
    this.index = index;
    this.reason = reason;
  }
};
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var ESCAPE = /["\\/bfnrt]|u[0-9a-fA-F]{4}/y;
function locateJsonError(text) {
  let i = 0;
  const stop = (reason, at = i) => {
    throw new Stop(at, at >= text.length ? "the file ends too early" : reason);
  };
  const show = (at) => at < text.length ? `\`${text[at]}\`` : "the end";
  const space = () => {
    while (i < text.length && " 	\n\r".includes(text[i])) i++;
  };
  const string = () => {
    const start = i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 32) stop("a line break or control character inside a string");
      if (c === 92) {
        ESCAPE.lastIndex = i + 1;
        if (!ESCAPE.test(text)) stop("an invalid escape in a string", i);
        i = ESCAPE.lastIndex;
      } else {
        i++;
      }
    }
    stop("the file ends inside a string", start);
  };
  const value = (depth) => {
    if (depth > 512) stop("nested too deeply");
    space();
    const c = text[i];
    if (c === "{" || c === "[") {
      container(c === "{" ? "}" : "]", depth, c === "{");
      return;
    }
    if (c === '"') {
      string();
      return;
    }
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    if ((c === "-" || c !== void 0 && c >= "0" && c <= "9") && NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    stop(`expected a value, found ${show(i)}`);
  };
  const container = (close, depth, object) => {
    i++;
    space();
    if (text[i] === close) {
      i++;
      return;
    }
    for (; ; ) {
      space();
      if (object) {
        if (text[i] === close) stop(`a trailing comma before \`${close}\``);
        if (text[i] !== '"') stop(`expected a property name in double quotes, found ${show(i)}`);
        string();
        space();
        if (text[i] !== ":") stop(`expected \`:\` after the property name, found ${show(i)}`);
        i++;
      } else if (text[i] === close) {
        stop(`a trailing comma before \`${close}\``);
      }
      value(depth + 1);
      space();
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === close) {
        i++;
        return;
      }
      stop(`expected \`,\` or \`${close}\`, found ${show(i)}`);
    }
  };
  try {
    value(0);
    space();
    if (i < text.length) stop(`unexpected ${show(i)} after the end of the JSON value`);
    return void 0;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.index);
    const line = before.split("\n").length;
    return { line, column: error.index - before.lastIndexOf("\n"), reason: error.reason };
  }
}

// src/baseline/baseline-file.ts
var BASELINE_VERSION = 1;
function isCalendarDate(value) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? leap ? 29 : 28 : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
}
function emptyBaseline() {
  return { version: BASELINE_VERSION, artifacts: [], accepted: [] };
}
async function parseBaseline(text, file) {
  const { baselineSchema } = await import("./baseline-schema-ZKZ2SQS6.js");
  const fail = (reason) => new UserError("baseline", `${file}: ${reason}`);
  const json = text.replace(/^\uFEFF/, "");
  if (json.trim() === "") throw fail("the file is empty; write it with `leakgate baseline --write`");
  let data;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const where = locateJsonError(json);
    throw fail(
      where ? `not valid JSON at line ${where.line}, column ${where.column}: ${where.reason}` : `not valid JSON (${error.message})`
    );
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw fail("not a leakgate baseline (expected an object with `version`, `artifacts` and `accepted`)");
  }
  const version = data.version;
  if (version === void 0) throw fail("`version` is missing: is this a leakgate baseline?");
  if (typeof version === "number" && Number.isInteger(version) && version > BASELINE_VERSION) {
    throw fail(
      `written by a newer leakgate (format ${version}); this leakgate reads format ${BASELINE_VERSION} — upgrade leakgate`
    );
  }
  if (version !== BASELINE_VERSION) {
    throw fail(`\`version\`: must be ${BASELINE_VERSION}, got ${JSON.stringify(version)}`);
  }
  const parsed = baselineSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.map((key) => typeof key === "number" ? `[${key}]` : `.${String(key)}`).join("").replace(/^\./, "");
    throw fail(`${where ? `\`${where}\`: ` : ""}${describeIssue(issue, valueAt(data, issue.path))}`);
  }
  const seen = /* @__PURE__ */ new Set();
  for (const [i, artifact] of parsed.data.artifacts.entries()) {
    if (seen.has(artifact.identity)) {
      throw fail(`\`artifacts[${i}]\`: artifact "${artifact.identity}" is listed twice`);
    }
    seen.add(artifact.identity);
  }
  return parsed.data;
}
function valueAt(data, path) {
  let value = data;
  for (const key of path) value = value?.[key];
  return value;
}
var withArticle = (type) => `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  const type = typeof value;
  return type === "object" ? "an object" : `${withArticle(type)} (${JSON.stringify(value)})`;
}
function describeIssue(issue, value) {
  if (issue.code === "unrecognized_keys") return `unknown key \`${issue.keys[0]}\``;
  if (issue.code === "invalid_type") {
    const expected = withArticle(issue.expected);
    return value === void 0 ? `missing (${expected})` : `expected ${expected}, got ${typeName(value)}`;
  }
  if (issue.code === "invalid_value") {
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, got ${JSON.stringify(value)}`;
  }
  return issue.message;
}
async function readBaseline(file) {
  return (await readBaselineText(file)).content;
}
async function readBaselineText(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") throw new BaselineNotFound(file);
    throw new UserError("baseline", `${file}: cannot be read (${code})`);
  }
  return { content: await parseBaseline(text, file), text };
}
var BaselineNotFound = class extends UserError {
  constructor(file) {
    super(
      "baseline",
      `${file}: baseline file not found. Create it from a release known to be good: leakgate baseline --write ${shellWord(file)} <artifact…> (the same artifacts you scan), and commit it.`
    );
    this.file = file;
  }
};
var compare = (a = "", b = "") => a < b ? -1 : a > b ? 1 : 0;
function canonicalBaseline(baseline) {
  return {
    version: BASELINE_VERSION,
    artifacts: [...baseline.artifacts].sort((a, b) => compare(a.identity, b.identity)).map((artifact) => ({
      identity: artifact.identity,
      kind: artifact.kind,
      totalBytes: artifact.totalBytes,
      ...artifact.version ? { version: artifact.version } : {},
      ...artifact.refs ? { refs: [...new Set(artifact.refs)].sort() } : {},
      ...artifact.destinations ? { destinations: [...new Set(artifact.destinations)].sort() } : {},
      ...artifact.layers ? { layers: [...artifact.layers] } : {},
      entries: [...artifact.entries].sort(
        (a, b) => compare(a.path, b.path) || a.size - b.size || compare(a.sha256, b.sha256) || compare(a.type, b.type)
      ).map((entry) => ({
        path: entry.path,
        size: entry.size,
        ...entry.sha256 ? { sha256: entry.sha256 } : {},
        type: entry.type
      }))
    })),
    accepted: baseline.accepted.map((a) => ({
      ...a.fingerprint ? { fingerprint: a.fingerprint } : {},
      ...a.rule ? { rule: a.rule } : {},
      ...a.artifact ? { artifact: a.artifact } : {},
      ...a.path ? { path: a.path } : {},
      ...a.summary ? { summary: a.summary } : {},
      ...a.scope ? { scope: canonicalScope(a.scope) } : {},
      reason: a.reason.trim(),
      ...a.acceptedOn ? { acceptedOn: a.acceptedOn } : {},
      ...a.expires ? { expires: a.expires } : {}
    })).sort(
      (a, b) => compare(a.fingerprint, b.fingerprint) || compare(a.rule, b.rule) || compare(a.artifact, b.artifact) || compare(a.path, b.path) || compare(a.reason, b.reason) || compare(a.expires, b.expires)
    ),
    ...baseline.egress ? {
      egress: [...baseline.egress].map((e) => ({ file: e.file, job: e.job, tool: e.tool, destination: e.destination })).sort(
        (a, b) => compare(a.file, b.file) || compare(a.job, b.job) || compare(a.tool, b.tool) || compare(a.destination, b.destination)
      )
    } : {}
  };
}
function canonicalScope(scope) {
  return {
    ...scope.bytes !== void 0 ? { bytes: scope.bytes } : {},
    ...scope.sources !== void 0 ? { sources: scope.sources } : {},
    ...scope.roots ? { roots: [...scope.roots].sort() } : {}
  };
}
function inline(value) {
  const fields = Object.entries(value).map(([key, v]) => `${JSON.stringify(key)}: ${JSON.stringify(v)}`);
  return `{ ${fields.join(", ")} }`;
}
function list(items, indent) {
  if (items.length === 0) return "[]";
  return `[
${items.map((item) => `${indent}  ${item}`).join(",\n")}
${indent}]`;
}
function serialiseBaseline(baseline) {
  const canonical = canonicalBaseline(baseline);
  const artifacts = canonical.artifacts.map(
    (artifact) => [
      "{",
      `      "identity": ${JSON.stringify(artifact.identity)},`,
      `      "kind": ${JSON.stringify(artifact.kind)},`,
      `      "totalBytes": ${artifact.totalBytes},`,
      ...artifact.version ? [`      "version": ${JSON.stringify(artifact.version)},`] : [],
      ...artifact.refs ? [`      "refs": ${JSON.stringify(artifact.refs)},`] : [],
      ...artifact.destinations ? [`      "destinations": ${JSON.stringify(artifact.destinations)},`] : [],
      ...artifact.layers ? [`      "layers": ${JSON.stringify(artifact.layers)},`] : [],
      `      "entries": ${list(artifact.entries.map(inline), "      ")}`,
      "    }"
    ].join("\n")
  );
  return [
    "{",
    `  "version": ${canonical.version},`,
    `  "artifacts": ${list(artifacts, "  ")},`,
    `  "accepted": ${list(canonical.accepted.map(inline), "  ")}${canonical.egress ? "," : ""}`,
    ...canonical.egress ? [`  "egress": ${list(canonical.egress.map(inline), "  ")}`] : [],
    "}",
    ""
  ].join("\n");
}

export {
  shellWord,
  BASELINE_VERSION,
  isCalendarDate,
  emptyBaseline,
  readBaseline,
  readBaselineText,
  BaselineNotFound,
  serialiseBaseline
};
