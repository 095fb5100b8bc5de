// Seeded generators of code-like text for the benchmark corpus.
//
// Generating a gigabyte token by token would take minutes, so each kind of text (TypeScript,
// prose, VLQ mappings) is first generated as a pool of distinct lines, and files are then
// assembled from lines picked at random. gzip only sees 32 KiB back, so a pool of tens of
// thousands of lines compresses like fresh text of the same style (~4:1 for code), while
// assembly runs at memory speed. Everything is a pure function of its seed.

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export const int = (random, n) => Math.floor(random() * n);

/** An element of `items`, skewed towards the front (roughly Zipf-like, as identifiers are in code). */
export const skewed = (random, items, power = 2.5) => items[Math.floor(items.length * random() ** power)];

/** A log-normally distributed size: most files small, a few large, as in real packages. */
export function logNormal(random, median, sigma) {
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.round(median * Math.exp(sigma * normal));
}

const WORDS = (
  "get set user config load parse token item list map node path file read write cache state value key " +
  "event handler request response error options result data buffer stream chunk entry manifest rule " +
  "scan report format source target index count size name type id url host port http json text line " +
  "column child parent root tree visit walk resolve module package version range match pattern glob " +
  "filter sort merge split join trim encode decode hash digest sign verify session account project " +
  "build bundle output input plugin loader worker queue task job retry timeout delay limit offset " +
  "page query field schema model view render update create delete remove insert select client server"
).split(" ");

const PROSE = (
  "the a an of to in for with on by from and or is are be can will should may when if this that it " +
  "you your we use uses using returns default option value file files package install run build " +
  "command line configuration example see note also more than each every new old release version " +
  "support supports node browser module function type types error errors cache path directory"
).split(" ");

// Non-ASCII text as it appears in real sources: UI strings, names in comments, emoji.
const UNICODE = [
  "Größe",
  "naïve café",
  "résumé",
  "Ωmega",
  "—",
  "…",
  "✓ done",
  "⚠ warning",
  "完了しました",
  "保存",
  "Привет",
  "مرحبا",
  "🚀",
  "🙂",
  "© 2024",
  "€ 12,50",
];

const TYPES = ["string", "number", "boolean", "unknown", "void", "Buffer", "Promise<void>", "Uint8Array"];

const capitalise = (word) => word[0].toUpperCase() + word.slice(1);

/** A vocabulary of camelCase identifiers built from WORDS, most common first. */
function identifiers(random, count) {
  const seen = new Set();
  while (seen.size < count) {
    const parts = 1 + int(random, 3);
    let name = skewed(random, WORDS, 1.5);
    for (let i = 1; i < parts; i++) name += capitalise(skewed(random, WORDS, 1.5));
    seen.add(name);
  }
  return [...seen];
}

/** One line of TypeScript-looking code (no indentation, no newline). */
function codeLine(random, ids) {
  const id = () => skewed(random, ids);
  const Type = () => (random() < 0.5 ? skewed(random, TYPES, 1) : capitalise(id()));
  const words = (n) => Array.from({ length: n }, () => skewed(random, PROSE, 1.5)).join(" ");
  const literal = () => {
    const roll = random();
    if (roll < 0.35) return String(int(random, roll < 0.2 ? 10 : 100_000));
    if (roll < 0.55) return `"${words(1 + int(random, 4))}"`;
    if (roll < 0.62) return `"${skewed(random, UNICODE, 1)}"`;
    if (roll < 0.68) return `"${words(2)}\\n\\t\\"${id()}\\""`;
    if (roll < 0.74) return `'${id()}'`;
    if (roll < 0.8) return `\`${words(2)} \${${id()}}\``;
    if (roll < 0.9) return random() < 0.5 ? "null" : "undefined";
    return random() < 0.5 ? "true" : "false";
  };
  const call = () =>
    `${id()}.${id()}(${random() < 0.5 ? id() : literal()}${random() < 0.4 ? `, ${literal()}` : ""})`;
  switch (int(random, 22)) {
    case 0:
      return `import { ${id()}, ${id()} } from "${random() < 0.5 ? "./" : "../"}${id()}.js";`;
    case 1:
      return `export function ${id()}(${id()}: ${Type()}, ${id()}?: ${Type()}): ${Type()} {`;
    case 2:
    case 3:
      return `const ${id()} = ${call()};`;
    case 4:
      return `if (${id()} === ${literal()} || ${id()}.${id()} > ${int(random, 100)}) {`;
    case 5:
      return `return { ${id()}, ${id()}: ${id()}.${id()}, ${id()}: ${literal()} };`;
    case 6:
    case 7:
      return "}";
    case 8:
      return `// ${words(4 + int(random, 8))}`;
    case 9:
      return `/** ${capitalise(words(5 + int(random, 8)))}. */`;
    case 10:
      return `throw new ${capitalise(id())}Error(\`Cannot ${id()} \${${id()}}: ${words(3)}\`);`;
    case 11:
      return `for (const ${id()} of ${id()}.${id()}) {`;
    case 12:
      return `${id()}.${id()} = ${id()} ?? ${literal()};`;
    case 13:
      return `case ${literal()}:`;
    case 14:
      return "} else {";
    case 15:
      return `await this.${id()}(${id()}, ${literal()});`;
    case 16:
      return `export interface ${capitalise(id())} {`;
    case 17:
      return `readonly ${id()}${random() < 0.3 ? "?" : ""}: ${Type()};`;
    case 18:
      return `export type ${capitalise(id())} = ${Type()} | ${Type()};`;
    case 19:
      return `let ${id()}: ${Type()} = ${literal()};`;
    case 20:
      return `${call()};`;
    default:
      return `const ${id()} = ${literal()};`;
  }
}

/** One line of README-like prose, a heading, a list item or a code-fence line. */
function proseLine(random, ids) {
  const words = (n) => Array.from({ length: n }, () => skewed(random, PROSE, 1.5)).join(" ");
  const roll = random();
  if (roll < 0.05) return `## ${capitalise(words(2 + int(random, 3)))}`;
  if (roll < 0.2) return `- \`${skewed(random, ids)}\`: ${words(5 + int(random, 10))}.`;
  if (roll < 0.3) return `    ${codeLine(random, ids)}`;
  if (roll < 0.33) return "";
  return `${capitalise(words(8 + int(random, 14)))}. ${capitalise(words(6 + int(random, 10)))}.`;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Base64 VLQ, as in source map `mappings`. */
function vlq(value) {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = "";
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += BASE64[digit];
  } while (rest > 0);
  return out;
}

/** One mapping segment: column, source, line, column (and sometimes name) deltas. */
function mappingSegment(random) {
  // Real deltas are mostly small: the next token a few columns on, same source, same or next line.
  const small = (n) => Math.round((random() * 2 - 1) ** 3 * n);
  const line = random() < 0.75 ? 0 : small(6);
  let segment = vlq(Math.round(random() ** 3 * 24)) + vlq(random() < 0.97 ? 0 : small(30)) + vlq(line);
  segment += vlq(line === 0 ? Math.round(random() ** 3 * 20) : small(30));
  if (random() < 0.2) segment += vlq(small(100));
  return segment;
}

/**
 * Pools of lines, each a pure function of `seed`: `code` (TypeScript/JavaScript) in `topics`
 * of TOPIC_LINES lines that share a small vocabulary (as the lines of one real module share
 * its identifiers), `prose` (Markdown), `segments` (VLQ mapping segments) and `ids`.
 */
export function makePools(seed, topics = 64) {
  const random = prng(seed);
  const ids = identifiers(random, 4000);
  const code = [];
  for (let topic = 0; topic < topics; topic++) {
    // Mostly the topic's own identifiers, some of the globally common ones.
    const own = Array.from({ length: 120 }, () => ids[int(random, ids.length)]);
    const vocabulary = [...own.slice(0, 60), ...ids.slice(0, 30), ...own.slice(60)];
    for (let i = 0; i < TOPIC_LINES; i++) code.push(codeLine(random, vocabulary));
  }
  return {
    ids,
    code,
    topics,
    prose: Array.from({ length: 8192 }, () => proseLine(random, ids)),
    segments: Array.from({ length: 2048 }, () => mappingSegment(random)),
  };
}

const TOPIC_LINES = 2048;

/**
 * The pools restricted to a few topics: the files of one package share its vocabulary, which
 * is what lets gzip carry context from one small file to the next in a tarball.
 */
export function withTopics(pools, random, count) {
  return { ...pools, topicSet: Array.from({ length: count }, () => int(random, pools.topics)) };
}

function pickTopic(pools, random) {
  return pools.topicSet ? pools.topicSet[int(random, pools.topicSet.length)] : int(random, pools.topics);
}

/** A line for a file about `topic`: mostly from the topic, sometimes from anywhere. */
function pickCodeLine(pools, random, topic) {
  // Skewed within the topic: a module repeats its idioms (`}`, `return result;`, its calls).
  return random() < 0.85
    ? pools.code[topic * TOPIC_LINES + Math.floor(TOPIC_LINES * random() ** 2)]
    : pools.code[int(random, pools.code.length)];
}

/** Code of about `bytes` bytes (UTF-8), indented like real code; `eol` "\r\n" for Windows-edited files. */
export function codeText(pools, random, bytes, eol = "\n") {
  const lines = [];
  let length = 0;
  let depth = 0;
  let topic = pickTopic(pools, random);
  while (length < bytes) {
    // A bundle is many modules end to end: move on to another topic now and then.
    if (random() < 1 / 400) topic = pickTopic(pools, random);
    const line = pickCodeLine(pools, random, topic);
    if (line[0] === "}") depth = Math.max(0, depth - 1);
    const text = `${"  ".repeat(depth)}${line}${eol}`;
    if (line.endsWith("{")) depth = Math.min(6, depth + 1);
    lines.push(text);
    length += text.length;
  }
  return lines.join("");
}

/** Minified code: the same lines without indentation or newlines, as bundlers emit them. */
export function minifiedText(pools, random, bytes) {
  const lines = [];
  let length = 0;
  let topic = pickTopic(pools, random);
  while (length < bytes) {
    if (random() < 1 / 400) topic = pickTopic(pools, random);
    const line = pickCodeLine(pools, random, topic);
    if (line.startsWith("//") || line.startsWith("/**")) continue;
    lines.push(line);
    length += line.length;
  }
  return `${lines.join("")}\n`;
}

/** Markdown of about `bytes` bytes. */
export function proseText(pools, random, bytes) {
  const lines = [];
  let length = 0;
  while (length < bytes) {
    const line = `${pools.prose[int(random, pools.prose.length)]}\n`;
    lines.push(line);
    length += line.length;
  }
  return lines.join("");
}

/** A source map `mappings` value of about `bytes` bytes covering lines of 1–30 segments. */
export function mappingsText(pools, random, bytes) {
  const lines = [];
  let length = 0;
  while (length < bytes) {
    const count = 1 + int(random, 30);
    const segments = [];
    // Skewed: real mappings repeat the same few segments (`AAAA`, `CAAC`, `SAAS`) a lot.
    for (let i = 0; i < count; i++) segments.push(skewed(random, pools.segments, 3));
    const line = segments.join(",");
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join(";");
}

/** `text` as a JSON string literal with every non-ASCII character escaped (`\uXXXX`), as some bundlers write maps. */
export function asciiJsonString(text) {
  return JSON.stringify(text).replace(
    /[\u007f-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
