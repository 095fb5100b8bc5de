import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  SIZE_EXAMPLES,
  SIZE_PATTERN,
  parseSize
} from "./chunk-PXGJ4GNA.js";
import {
  RULE_IDS
} from "./chunk-UH47JUDB.js";
import {
  require_picomatch
} from "./chunk-IQR333G7.js";
import {
  require_dist
} from "./chunk-LBXB57PG.js";
import {
  external_exports
} from "./chunk-K53HLVEB.js";
import {
  UserError
} from "./chunk-IOKVKF7I.js";
import {
  __toESM
} from "./chunk-7IC7CSNP.js";

// src/config/parse-config.ts
var import_yaml = __toESM(require_dist(), 1);

// src/config/schema.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function globProblem(value, absoluteOk = false) {
  if (value.trim() === "") return "a glob cannot be empty";
  if (!absoluteOk && /^([A-Za-z]:)?[\\/]/.test(value))
    return "globs are relative to the artifact root; drop the leading / (or drive letter)";
  try {
    if (import_picomatch.default.makeRe(value, { strictBrackets: true }).source === "$^") {
      return "not a valid glob (a character range written backwards, like [z-a]?)";
    }
    return void 0;
  } catch {
    return "not a valid glob (unbalanced bracket, brace or parenthesis?)";
  }
}
var glob = external_exports.string().min(1, "a glob cannot be empty").superRefine((value, context) => {
  const problem = globProblem(value);
  if (problem) context.addIssue({ code: "custom", message: problem });
}).describe(
  "A picomatch glob, relative to the artifact root. Without a slash it matches a file name anywhere."
);
function sizeStringError(issue) {
  return `${JSON.stringify(issue.input)} is not a size (examples: ${SIZE_EXAMPLES})`;
}
var size = external_exports.union([external_exports.number().nonnegative(), external_exports.string().regex(new RegExp(SIZE_PATTERN), { error: sizeStringError })], {
  error: `expected a size: a number of bytes or a string such as ${SIZE_EXAMPLES}`
}).transform((value, context) => {
  try {
    return parseSize(value);
  } catch (error) {
    context.addIssue({ code: "custom", message: error.message });
    return external_exports.NEVER;
  }
}).describe(
  "A size: a number of bytes, or a string with a unit: B; KB, MB, GB, TB (powers of 1000); KiB, MiB, GiB, TiB or k, M, G, T (powers of 1024). Examples: 10 MiB, 512KiB, 1.5 GB, 200k."
);
var severity = external_exports.enum(["error", "warning", "note", "off"]).describe("error blocks the release; warning and note inform; off drops the rule's findings.");
var ruleSettings = external_exports.partialRecord(external_exports.enum(RULE_IDS), severity).describe("Severity per rule id: error, warning, note, or off.");
var overrides = external_exports.object({
  internal: external_exports.array(glob).optional().describe("More paths that must never ship, for these artifacts."),
  allow: external_exports.array(glob).optional().describe("More paths exempt from every finding, for these artifacts."),
  rules: ruleSettings.optional()
}).strict();
var thresholdsSchema = external_exports.object({
  maxFileSize: size.optional().describe("large-file: a single file over this size warns. Default 10 MiB."),
  newFileSize: size.optional().describe("unexpected-large-file: a new file of this size or more blocks. Default 1 MiB."),
  growthBytes: size.optional().describe("file-growth: a file must also grow by more than this many bytes. Default 512 KiB."),
  growthFactor: external_exports.number().gt(1).optional().describe("file-growth: a file grown by more than this factor … Default 2."),
  totalGrowth: external_exports.number().positive().optional().describe("artifact-growth: the artifact grown by more than this fraction (0.5 = 50%). Default 0.5."),
  genericSecretEntropy: external_exports.number().min(0).max(8).optional().describe(
    "secret: minimum entropy (bits per character) of a generic password/token value. Default 3.5."
  )
}).strict();
var limitsSchema = external_exports.object({
  maxTotalBytes: size.optional().describe("Uncompressed bytes per artifact, nested entries included. Default 8 GiB."),
  maxEntries: external_exports.number().int().positive().optional().describe("Entries per artifact, nested ones included. Default 50000."),
  maxDepth: external_exports.number().int().min(0).max(16).optional().describe("How many levels of nested archives are opened. Default 4."),
  maxCompressionRatio: external_exports.number().gt(1).optional().describe("Largest uncompressed/compressed ratio of one entry. Default 200."),
  ratioGraceBytes: size.optional().describe("The ratio is judged only once this much has come out. Default 1 MiB.")
}).strict();
var artifactKey = external_exports.string().superRefine((value, context) => {
  const problem = value.trim() === "" ? "an artifact glob cannot be empty" : globProblem(value, true);
  if (problem) context.addIssue({ code: "custom", message: problem });
});
var configSchema = external_exports.object({
  $schema: external_exports.string().optional().describe("Where editors find this schema; ignored by leakgate."),
  internal: external_exports.array(glob).optional().describe("Paths that must never ship: each match is an internal-path error."),
  allow: external_exports.array(glob).optional().describe("Paths exempt from every finding (test fixtures, public keys, …)."),
  rules: ruleSettings.optional(),
  thresholds: thresholdsSchema.optional().describe("Size and growth thresholds."),
  limits: limitsSchema.optional().describe("Safety limits against hostile or runaway archives (archive-limit)."),
  strict: external_exports.boolean().optional().describe("Unexpected new files (baseline) block the release. Default false."),
  failOn: external_exports.enum(["error", "warning", "never"]).optional().describe("Which findings fail the job: error (default), warning (and errors), or never."),
  gitleaksConfig: external_exports.string().min(1).optional().describe(
    "A gitleaks config (.gitleaks.toml), relative to this file: its [[rules]] also apply to file contents, as secret findings."
  ),
  internalRefs: external_exports.array(glob).optional().describe(
    "git destinations: refs that must never be pushed (internal-ref). Replaces the defaults: refs/remotes/**, refs/stash, refs/pull/**, refs/original/**, refs/heads/{internal,private,security,wip}/**."
  ),
  organisation: external_exports.object({
    owners: external_exports.array(external_exports.string().min(1)).optional().describe(
      "Owners (GitHub organisations, npm scopes, bucket prefixes) that are the organisation. Default: the repository's owner."
    ),
    inside: external_exports.array(external_exports.string().min(1)).optional().describe(
      "Destinations that are the organisation's, as globs (s3://acme-*, npm:npm.acme.dev/**, ghcr.io/acme/*)."
    ),
    internal: external_exports.array(external_exports.string().min(1)).optional().describe(
      "Destinations that are private to the organisation: internal-path findings going there are notes."
    )
  }).strict().optional().describe("Who the organisation is: a destination outside it is destination-outside-org."),
  artifacts: external_exports.record(artifactKey, overrides).optional().describe("Settings per artifact, keyed by a glob over artifact ids or identities (npm:@acme/*).")
}).strict();
var KEYS_BY_LEVEL = {
  "": Object.keys(configSchema.shape),
  thresholds: Object.keys(thresholdsSchema.shape),
  limits: Object.keys(limitsSchema.shape),
  artifacts: Object.keys(overrides.shape),
  rules: RULE_IDS
};

// src/config/suggest.ts
function closest(word, candidates) {
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== void 0 && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    }
    previous = current;
  }
  return previous[b.length];
}

// src/config/parse-config.ts
var MAX_NESTING = 64;
function flowDepth(text) {
  let depth = 0;
  let deepest = 0;
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = "";
      else if (c === "\n") quote = quote === '"' ? quote : "";
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(text[i - 1]))) {
      const end = text.indexOf("\n", i);
      i = end === -1 ? text.length : end;
    } else if (c === "[" || c === "{") deepest = Math.max(deepest, ++depth);
    else if ((c === "]" || c === "}") && depth > 0) depth--;
  }
  return deepest;
}
function parseConfigText(text, shown) {
  const depth = flowDepth(text);
  if (depth > MAX_NESTING) {
    throw new UserError(
      "config",
      `${shown}: invalid YAML: brackets nested ${depth} deep (at most ${MAX_NESTING}); a config file never needs that`
    );
  }
  const lineCounter = new import_yaml.LineCounter();
  let document;
  try {
    document = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false });
  } catch (error) {
    if (error instanceof RangeError)
      throw new UserError("config", `${shown}: invalid YAML: nested too deeply`);
    throw error;
  }
  if (document.errors.length > 0) {
    const error = document.errors[0];
    const at = lineCounter.linePos(error.pos[0]);
    throw new UserError(
      "config",
      `${shown}:${at.line}:${at.col}: invalid YAML: ${error.message.split("\n")[0]}`
    );
  }
  const data = toData(document, lineCounter, shown);
  const parsed = configSchema.safeParse(data, { error: genericMessage });
  if (!parsed.success) throw new UserError("config", describeIssue(parsed.error.issues[0], shown, data));
  return parsed.data;
}
function toData(document, lineCounter, shown) {
  let unresolved;
  (0, import_yaml.visit)(document, {
    Alias(_key, node) {
      if (node.resolve(document) === void 0) {
        unresolved = node;
        return import_yaml.visit.BREAK;
      }
      return void 0;
    }
  });
  if (unresolved) {
    const at = lineCounter.linePos(unresolved.range?.[0] ?? 0);
    const glob2 = `*${unresolved.source}`;
    throw new UserError(
      "config",
      `${shown}:${at.line}:${at.col}: invalid YAML: \`${glob2}\` is read as an alias (a reference to an anchor); quote globs that start with *: "${glob2}"`
    );
  }
  try {
    return document.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw new UserError("config", `${shown}: invalid YAML: ${error.message}`);
  }
}
function keyPath(path) {
  return path.map(
    (key, i) => typeof key === "number" ? `[${key}]` : /^[A-Za-z_$][\w$-]*$/.test(String(key)) ? `${i ? "." : ""}${String(key)}` : `[${JSON.stringify(String(key))}]`
  ).join("");
}
function allowedKeys(path) {
  if (path.length === 0) return KEYS_BY_LEVEL[""];
  if (path.at(-1) === "rules") return KEYS_BY_LEVEL.rules;
  if (path[0] === "artifacts") return path.length === 2 ? KEYS_BY_LEVEL.artifacts : void 0;
  return KEYS_BY_LEVEL[String(path[0])];
}
function didYouMean(key, candidates) {
  const suggestion = closest(key, candidates ?? []);
  return suggestion ? ` (did you mean \`${suggestion}\`?)` : "";
}
function describeIssue(issue, shown, data) {
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0];
    return `${shown}: unknown key \`${keyPath([...issue.path, key])}\`${didYouMean(key, allowedKeys(issue.path))}`;
  }
  const where = issue.path.length > 0 ? `\`${keyPath(issue.path)}\`` : "top level";
  if (issue.code === "invalid_key") {
    const key = String(issue.path.at(-1));
    if (issue.path.at(-2) === "rules")
      return `${shown}: ${where}: unknown rule \`${key}\`${didYouMean(key, KEYS_BY_LEVEL.rules)}`;
    return `${shown}: ${where}: ${issue.issues[0]?.message ?? issue.message}`;
  }
  return `${shown}: ${where}: ${issue.message}${got(valueAt(data, issue.path), issue.message)}`;
}
function got(value, message) {
  if (value === void 0) return "";
  if (value === null) return " (got an empty value)";
  const shown = typeof value === "number" ? String(value) : JSON.stringify(value) ?? String(value);
  if (typeof value === "string" && message.includes(shown)) return "";
  return ` (got ${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown})`;
}
var TYPE_NAMES = {
  array: "a list",
  object: "a mapping (key: value)",
  record: "a mapping (key: value)",
  number: "a number",
  int: "a whole number",
  string: "a string",
  boolean: "true or false"
};
function genericMessage(issue) {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => String(v)).join(", ")}`;
    case "too_big":
      return `must be ${issue.inclusive === false ? "less than" : "at most"} ${String(issue.maximum)}`;
    case "too_small":
      return `must be ${issue.inclusive === false ? "greater than" : "at least"} ${String(issue.minimum)}`;
    default:
      return void 0;
  }
}
function valueAt(data, path) {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[key];
  }
  return current;
}
export {
  parseConfigText
};
