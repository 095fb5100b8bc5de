/**
 * Is this part of a file name a content hash (`3f2a9c1b`, `BxQ8k2Lz`, `AB12CD34`, a build id)
 * or a word (`builder`, `hoistMocks`, `WorkItems`, `es2015`, `draft-07`)?
 *
 * Bundlers write hashes as hex (webpack, Parcel, Next.js, Angular: 8–20 chars), base64url
 * (Rollup and Vite: 8 chars of `A-Za-z0-9_-`) or base32 (esbuild: 8 chars of `A-Z2-7`).
 * Words in file names are lowercase, or camelCase/PascalCase made of pronounceable humps
 * with digits only at the end of a hump (`utf8`, `x64`). A random token rarely reads like
 * that. Measured on random hashes: none with hex and a digit, and no esbuild hash after a
 * lowercase name, is missed (hex without a digit, 0.04%, is); about 2% of random 8-char
 * base64url hashes pass for words (`Skaxlowa`); and of the ~21,000 file names under this
 * repository's node_modules, every one renamed is a real hash or version. The 2% are caught
 * when diffing by the weaker {@link couldBeHash} (see diff.ts), which misses about 0.2%.
 */

const TOKEN = /^[A-Za-z0-9_-]+$/;
/**
 * Humps of an identifier: `get|Prototype|Of`, `XML|Http|Request`, `O|Auth2|Client`, `es2015`, `Policy|V2`.
 * An all-caps run stops before the capital that starts the next word.
 */
const HUMP = /[A-Z]{2,}\d*(?![a-z])|[A-Z](?=[A-Z][a-z])|[A-Z]?[a-z]+\d*|[A-Z]\d+|\d+/g;
/** Consonant-only words that appear in real names. */
const ABBREVIATIONS =
  /^(?:https?|html|xml|sql|css|scss|svg|png|jpg|gif|pdf|json|js|ts|jsx|tsx|db|dns|rgb|src|pkg|cjs|mjs|npm|cdn|std|cmd|ctx|msg|tmp|btn|nav|md|mp|px|rx|sdk|ws|zh|tw|cn|dll|lib|bg|fn|cb|sh|ssh|ssl|tls|tcp|kv|lg|sm|xl|xs|rpc|grpc|jwt|gltf|dtd|rfc|iso|utf|sha|crc|wsdl|xslt)$/i;
/** Two-letter words that start or join camelCase names (`onChange`, `getPrototypeOf`). */
const SHORT_WORDS =
  /^(?:on|to|is|as|at|by|in|of|up|go|do|no|re|un|my|we|ui|id|io|es|if|or|it|me|be|so|an|ok|ux|ai|ml|os)$/i;
/** Consonant clusters that start English words; a hump starting with any other is not a word. */
const ONSETS =
  /^(?:str|sch|spr|scr|thr|chr|spl|shr|phr|squ|ch|sh|th|ph|wh|[bcdfgkpt][lr]|s[cklmnptw]|tw|dw|gn|kn|wr|ps|x)/i;

/** Whether one `-`/`_`-free part of a token reads as a word (or a short number). */
function readsAsWord(part: string, maxHumps: number): boolean {
  // `2019`, `32x32`, `3D`, `4K`
  if (/^\d{1,4}$/.test(part) || /^\d+x\d+$/.test(part) || /^\d{1,2}[A-Za-z]$/.test(part)) return true;
  const humps = part.match(HUMP) ?? [];
  if (humps.length === 0 || humps.join("") !== part || humps.length > maxHumps) return false;
  for (const hump of humps) {
    const letters = hump.replace(/\d+$/, "");
    if (/^[A-Z]+$/.test(letters)) {
      if (letters.length > 5) return false; // acronyms are short; long capital runs are random
      continue;
    }
    if (ABBREVIATIONS.test(letters)) continue;
    if (letters.length === 1) {
      // A lone letter inside a name is not a word; a letter and a short number is (`x64`, `h264`).
      if ((hump === letters && humps.length > 1) || hump.length > 4) return false;
      continue;
    }
    if (letters.length === 2) {
      if (!SHORT_WORDS.test(letters)) return false;
      continue;
    }
    if (!/[aeiouy]/i.test(letters) || /^([a-z])\1/i.test(letters) || /[^aeiouy]{6}/i.test(letters))
      return false;
    const onset = /^[^aeiouy]*/i.exec(letters)![0];
    if (onset.length >= 2 && !ONSETS.test(onset)) return false;
  }
  return humps.length === 1 || part.length / humps.length >= 3;
}

/**
 * Whether a token (the part of a name between separators, or a whole directory name)
 * looks like a content hash or build id. Deliberately conservative with words.
 */
export function looksLikeHash(token: string): boolean {
  const n = token.length;
  if (n < 6 || n > 64 || !TOKEN.test(token)) return false;
  if (/^\d+$/.test(token)) return n >= 8; // webpack hex that came out all digits, or a build timestamp
  if (/^(?:[0-9a-f]+|[0-9A-F]+)$/.test(token) && n >= 8) return /\d/.test(token);
  const digit = /\d/.test(token);
  const lower = /[a-z]/.test(token);
  const upper = /[A-Z]/.test(token);
  // In the 8-char slot, words never start or end with a separator nor double it; base64url does.
  if (n === 8 && /^[-_]|[-_]$|[-_]{2}/.test(token)) return digit || upper;
  // esbuild's base32 with a digit; `UBUNTU22`-style word-and-number is the exception.
  if (upper && digit && !lower && !/[-_]/.test(token)) return n >= 8 && !/^[A-Z]{1,5}\d{2,4}$/.test(token);
  if (Number(digit) + Number(lower) + Number(upper) < 2) return false;
  if (n < 8 && !digit) return false;
  // Real camelCase names in the 8-char slot have at most 3 humps (`useState`, `HomePage`).
  const maxHumps = n <= 8 ? 3 : 6;
  return !token
    .split(/[-_]/)
    .filter((part) => part !== "")
    .every((part) => readsAsWord(part, maxHumps));
}

/**
 * esbuild's hashes are 8 chars of base32 (`A-Z2-7`); a fifth of them have no digit
 * (`chunk-QWERTYUI.js`). Capitals alone are a hash only after a name that is not itself
 * shouted (`LICENSE-APACHE`, `THIRD-PARTY-NOTICES` are words).
 */
export function isBase32Hash(token: string, nameBefore: string): boolean {
  return /^[A-Z2-7]{8}$/.test(token) && /[a-z]/.test(nameBefore);
}

/**
 * The weak test, for the 8-char slot that Rollup, Vite, esbuild and Parcel all use: a digit
 * or mixed case is enough. Used only to pair a removed file with an added one of the same
 * shape in the same place, never to rename a file on its own.
 */
export function couldBeHash(token: string): boolean {
  if (token.length !== 8 || !TOKEN.test(token)) return false;
  if (/^[A-Z2-7]{8}$/.test(token)) return true;
  const classes = Number(/\d/.test(token)) + Number(/[a-z]/.test(token)) + Number(/[A-Z]/.test(token));
  return classes >= 2;
}
