/**
 * Names that change on every build are not news. Bundlers put content hashes in file names
 * (`main.3f2a9c1b.js`, `chunk-AB12CD34.mjs`, `assets/index-Bx8k2L.css`) and releases put
 * versions in directories (`1.4.2/`), so the baseline records a *pattern*
 * (`main.[hash].js`, `[version]/`) and a rebuild does not churn it.
 *
 * The heuristic errs on the side of ordinary words: a hash must look random (a mix of
 * digits and letters, or of upper and lower case), so `index-builder.js`, `react-dom.js`,
 * `utils-es2015.js` or `LICENSE-APACHE.txt` keep their names.
 */

/** `<name><sep><token><ext>`: the token is the last `.`/`-`-separated part before the extension(s). */
const HASHED_FILE = /^(.+?)([.-])([A-Za-z0-9_]{6,32}|[A-Za-z0-9_-]{8})((?:\.[A-Za-z0-9]{1,10}){1,3})$/;
const VERSION_DIR = /^v?\d+(?:\.\d+){1,3}(?:[-+][0-9A-Za-z.-]+)?$/;

/** Whether a token looks like a content hash rather than a word. */
export function looksLikeHash(token: string): boolean {
  if (/^[0-9a-f]{8,}$/.test(token)) return /\d/.test(token) && /[a-f]/.test(token);
  if (token.length < 6) return false;
  const lower = /[a-z]/.test(token);
  const upper = /[A-Z]/.test(token);
  const digit = /\d/.test(token);
  if ([lower, upper, digit].filter(Boolean).length < 2) return false;
  if (/^[a-z]+\d+$/.test(token) || /^[A-Z][a-z]+$/.test(token) || /^[A-Z]+\d*$/.test(token)) return false;
  // Mixed case needs case changes inside the token, not just a capital initial.
  if (!digit && !/[a-z][A-Z]|[A-Z]{2}[a-z]/.test(token.slice(1))) return false;
  return true;
}

function segmentPattern(segment: string, isFile: boolean): string {
  if (!isFile && VERSION_DIR.test(segment)) return "[version]";
  if (!isFile && /^[A-Za-z0-9_-]{16,64}$/.test(segment) && looksLikeHash(segment)) return "[hash]";
  const match = HASHED_FILE.exec(segment);
  if (match && looksLikeHash(match[3]!)) return `${match[1]}${match[2]}[hash]${match[4]}`;
  return segment;
}

/** The stable pattern of a (possibly nested) entry path. Idempotent. */
export function namePattern(path: string): string {
  return path
    .split("!")
    .map((level) => {
      const segments = level.split("/");
      return segments.map((segment, i) => segmentPattern(segment, i === segments.length - 1)).join("/");
    })
    .join("!");
}
