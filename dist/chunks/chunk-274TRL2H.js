import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  emptyBaseline,
  isCalendarDate,
  shellWord
} from "./chunk-SNNHJUXT.js";
import {
  DEFAULT_THRESHOLDS,
  PACKAGE_JSON_LIMIT,
  PackageJsonProblem,
  VERSION,
  createThreadedSecretRule,
  makeTempDir,
  mapStrings,
  parsePackageJsonText,
  pathExists,
  printable,
  printableDeep,
  readPackageJsonObject,
  removeTempDir
} from "./chunk-YYFTXOGM.js";
import {
  DEFAULT_FILE_MODE,
  LzmaUnsupported,
  SEVEN_ZIP_MAGIC,
  SNIFF_BYTES,
  SecretStreamScanner,
  SevenZipTooManyEntries,
  SevenZipUnsupported,
  ZIP_TAIL_BYTES,
  ZipStructureError,
  crc32,
  decodeBzip2,
  decompressedName,
  detectFormat,
  findZipEnd,
  formatInfo,
  formatNumber,
  isOpaqueFormat,
  ownString,
  ownStrings,
  redact,
  redactUrlCredentials,
  valueDigest
} from "./chunk-Q7PGW6GP.js";
import {
  require_picomatch
} from "./chunk-IQR333G7.js";
import {
  UserError,
  inputError
} from "./chunk-IOKVKF7I.js";
import {
  __commonJS,
  __toESM
} from "./chunk-7IC7CSNP.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_TEST_BLANK_LINE = /^\s+$/;
    var REGEX_INVALID_TRAILING_BACKSLASH = /(?:[^\\]|^)\\$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var REGEX_TEST_INVALID_PATH = /^\.{0,2}\/|^\.{1,2}$/;
    var REGEX_TEST_TRAILING_SLASH = /\/$/;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var REGEX_REGEXP_RANGE = /([0-z])-([0-z])/g;
    var RETURN_FALSE = () => false;
    var sanitizeRange = (range) => range.replace(
      REGEX_REGEXP_RANGE,
      (match, from, to) => from.charCodeAt(0) <= to.charCodeAt(0) ? match : EMPTY
    );
    var cleanRangeBackSlash = (slashes) => {
      const { length } = slashes;
      return slashes.slice(0, length - length % 2);
    };
    var REPLACERS = [
      [
        // Remove BOM
        // TODO:
        // Other similar zero-width characters?
        /^\uFEFF/,
        () => EMPTY
      ],
      // > Trailing spaces are ignored unless they are quoted with backslash ("\")
      [
        // (a\ ) -> (a )
        // (a  ) -> (a)
        // (a ) -> (a)
        // (a \ ) -> (a  )
        /((?:\\\\)*?)(\\?\s+)$/,
        (_, m1, m2) => m1 + (m2.indexOf("\\") === 0 ? SPACE : EMPTY)
      ],
      // Replace (\ ) with ' '
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        /(\\+?)\s/g,
        (_, m1) => {
          const { length } = m1;
          return m1.slice(0, length - length % 2) + SPACE;
        }
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^"
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/"
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*\\\*\\\*\\\//,
        // '**/foo' <-> 'foo'
        () => "^(?:.*\\/)?"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        /^(?=[^^])/,
        function startingReplacer() {
          return !/\/(?!$)/.test(this) ? "(?:^|\\/)" : "^";
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? "(?:\\/[^\\/]+)*" : "\\/.+"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\]+)(\\\*)+(?=.+)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        (_, p1, p2) => {
          const unescaped = p2.replace(/\\\*/g, "[^\\/]*");
          return p1 + unescaped;
        }
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE
      ],
      [
        // > The range notation, e.g. [a-zA-Z],
        // > can be used to match one of the characters in a range.
        // `\` is escaped by step 3
        /(\\)?\[([^\]/]*?)(\\*)($|\])/g,
        (match, leadEscape, range, endEscape, close) => leadEscape === ESCAPE ? `\\[${range}${cleanRangeBackSlash(endEscape)}${close}` : close === "]" ? endEscape.length % 2 === 0 ? `[${sanitizeRange(range)}${endEscape}]` : "[]" : "[]"
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        /(?:[^*])$/,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (match) => /\/$/.test(match) ? `${match}$` : `${match}(?=$|\\/$)`
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\\\*$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var TRAILING_WILD_CARD_REPLACERS = {
      [MODE_IGNORE](_, p1) {
        const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
        return `${prefix}(?=$|\\/$)`;
      },
      [MODE_CHECK_IGNORE](_, p1) {
        const prefix = p1 ? `${p1}[^/]*` : "[^/]*";
        return `${prefix}(?=$|\\/$)`;
      }
    };
    var makeRegexPrefix = (pattern) => REPLACERS.reduce(
      (prev, [matcher, replacer]) => prev.replace(matcher, replacer.bind(pattern)),
      pattern
    );
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern) && !REGEX_TEST_BLANK_LINE.test(pattern) && !REGEX_INVALID_TRAILING_BACKSLASH.test(pattern) && pattern.indexOf("#") !== 0;
    var splitPattern = (pattern) => pattern.split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = this.regexPrefix.replace(
          REGEX_REPLACE_TRAILING_WILDCARD,
          // It does not need to bind pattern
          TRAILING_WILD_CARD_REPLACERS[mode]
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var createRule = ({
      pattern,
      mark
    }, ignoreCase) => {
      let negative = false;
      let body = pattern;
      if (body.indexOf("!") === 0) {
        negative = true;
        body = body.substr(1);
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
      }
      _add(pattern) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._added = true;
          return;
        }
        if (isString(pattern)) {
          pattern = {
            pattern
          };
        }
        if (checkPattern(pattern.pattern)) {
          const rule = createRule(pattern, this._ignoreCase);
          this._added = true;
          this._rules.push(rule);
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        makeArray(
          isString(pattern) ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        return this._added;
      }
      // Test one single path without recursively checking parent directories
      //
      // - checkUnignored `boolean` whether should check if the path is unignored,
      //   setting `checkUnignored` to `false` could reduce additional
      //   path matching.
      // - check `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult} true if a file is ignored
      test(path, checkUnignored, mode) {
        let ignored = false;
        let unignored = false;
        let matchedRule;
        this._rules.forEach((rule) => {
          const { negative } = rule;
          if (unignored === negative && ignored !== unignored || negative && !ignored && !unignored && !checkUnignored) {
            return;
          }
          const matched = rule[mode].test(path);
          if (!matched) {
            return;
          }
          ignored = !negative;
          unignored = negative;
          matchedRule = negative ? UNDEFINED : rule;
        });
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => REGEX_TEST_INVALID_PATH.test(path);
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, checkUnignored, slices) {
        const path = originalPath && checkPath.convert(originalPath);
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return this._t(path, cache, checkUnignored, slices);
      }
      checkIgnore(path) {
        if (!REGEX_TEST_TRAILING_SLASH.test(path)) {
          return this.test(path);
        }
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        if (slices.length) {
          const parent = this._t(
            slices.join(SLASH) + SLASH,
            this._testCache,
            true,
            slices
          );
          if (parent.ignored) {
            return parent;
          }
        }
        return this._rules.test(path, false, MODE_CHECK_IGNORE);
      }
      _t(path, cache, checkUnignored, slices) {
        if (path in cache) {
          return cache[path];
        }
        if (!slices) {
          slices = path.split(SLASH).filter(Boolean);
        }
        slices.pop();
        if (!slices.length) {
          return cache[path] = this._rules.test(path, checkUnignored, MODE_IGNORE);
        }
        const parent = this._t(
          slices.join(SLASH) + SLASH,
          cache,
          checkUnignored,
          slices
        );
        return cache[path] = parent.ignored ? parent : this._rules.test(path, checkUnignored, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, false).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, true);
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(path && checkPath.convert(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, Symbol.for("setupWindows"), setupWindows);
  }
});

// src/sources/npm-package-reader.ts
import { realpath } from "node:fs/promises";
import { dirname, join as join2, resolve } from "node:path";

// src/sources/directory-reader.ts
import { lstatSync } from "node:fs";
import { readdir, readlink } from "node:fs/promises";
import { join } from "node:path";

// src/sources/file-chunks.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { setImmediate as nextTurn } from "node:timers/promises";
var FILE_CHUNK = 256 * 1024;
var TURN_BYTES = 8 * 1024 * 1024;
var TURN_FILES = 256;
var ChunkBuffers = class {
  constructor(size = FILE_CHUNK) {
    this.size = size;
  }
  buffers = [];
  /** Bytes read, and files opened, since the event loop last had a turn. */
  bytesSinceTurn = 0;
  filesSinceTurn = 0;
  /**
   * Synchronous reads never return to the event loop by themselves, and a signal (Ctrl-C, a
   * cancelled job's SIGTERM) is only handled there: without a turn now and then the scan ran
   * to its end and the signal was lost. Every TURN_BYTES or TURN_FILES, whichever comes first.
   */
  async turnIfDue(bytes, files) {
    this.bytesSinceTurn += bytes;
    this.filesSinceTurn += files;
    if (this.bytesSinceTurn < TURN_BYTES && this.filesSinceTurn < TURN_FILES) return;
    this.bytesSinceTurn = 0;
    this.filesSinceTurn = 0;
    await nextTurn();
  }
  turn(turn) {
    this.buffers[turn] ??= Buffer.allocUnsafeSlow(this.size);
    return this.buffers[turn];
  }
};
async function* readFileChunks(path, buffers = new ChunkBuffers()) {
  await buffers.turnIfDue(0, 1);
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) {
      throw inputError(
        path,
        "is no longer a regular file (something replaced it while leakgate read the release); scan again once nothing writes to it"
      );
    }
    for (let turn = 0; ; turn ^= 1) {
      const buffer = buffers.turn(turn);
      let filled = 0;
      while (filled < buffer.length) {
        const bytesRead = readSync(fd, buffer, filled, buffer.length - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      if (filled === 0) return;
      await buffers.turnIfDue(filled, 0);
      yield buffer.subarray(0, filled);
      if (filled < buffer.length) return;
    }
  } finally {
    closeSync(fd);
  }
}

// src/sources/directory-reader.ts
async function* readDirectory(root) {
  yield* readFiles(root, await listTree(root));
}
async function listTree(root) {
  const found = [];
  const pending = [""];
  for (let dir = pending.pop(); dir !== void 0; dir = pending.pop()) {
    for (const entry of await readdir(join(root, dir), { withFileTypes: true })) {
      const relative3 = dir === "" ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) pending.push(relative3);
      else found.push(relative3);
    }
  }
  return found.sort();
}
async function* readFiles(root, paths, prefix = "") {
  const buffers = new ChunkBuffers();
  for (const relative3 of paths) {
    const absolute = join(root, relative3);
    const stats = lstatSync(absolute);
    const name = prefix + relative3;
    if (stats.isSymbolicLink()) {
      yield {
        name,
        type: "symlink",
        size: 0,
        mode: stats.mode & 4095,
        linkTarget: await readlink(absolute),
        content: async function* () {
        }
      };
    } else if (stats.isFile()) {
      yield {
        name,
        type: "file",
        size: stats.size,
        mode: stats.mode & 4095,
        content: () => readFileChunks(absolute, buffers),
        lentChunks: true
      };
    }
  }
}

// src/sources/npm-package-reader.ts
function summarisePackageJson(parsed) {
  const publishConfig = parsed.publishConfig;
  const name = typeof parsed.name === "string" ? parsed.name : void 0;
  const scope = name?.startsWith("@") ? name.slice(0, name.indexOf("/")) : void 0;
  const scoped = scope ? publishConfig?.[`${scope}:registry`] : void 0;
  return {
    ...typeof scoped === "string" ? { publishScopeRegistry: scoped } : {},
    ...typeof parsed.name === "string" ? { name: parsed.name } : {},
    ...typeof parsed.version === "string" ? { version: parsed.version } : {},
    ...typeof publishConfig?.registry === "string" ? { publishRegistry: publishConfig.registry } : {}
  };
}
async function readPackageJson(root) {
  return summarisePackageJson(await readPackageJsonObject(root));
}
async function localPackageSources(dir) {
  try {
    const { name } = await readPackageJson(dir);
    return name ? { [name]: "." } : {};
  } catch {
    return {};
  }
}
async function npmPackFileList(root, workspaceRoot) {
  const { default: Arborist } = await import("./lib-YZZTO3AE.js");
  const { default: packlist } = await import("./lib-ZR4Y7WJV.js");
  const path = await realpath(resolve(root)).catch(() => resolve(root));
  const tree = await rootOnlyTree(path, Arborist) ?? await new Arborist({ path }).loadActual().catch((error) => {
    throw npmRefusal(path, "this package", error);
  });
  const prefix = workspaceRoot ? await realpath(workspaceRoot).catch(() => workspaceRoot) : await workspaceRootOf(path);
  const files = await packlist(tree, prefix ? { path, prefix, workspaces: [path] } : void 0);
  return files.map((file) => file.replace(/\\/g, "/")).sort();
}
async function workspaceRootOf(path) {
  const { default: PackageJson } = await import("./lib-XTMC3RYO.js");
  for (let at = dirname(path); at !== dirname(at); at = dirname(at)) {
    if (!await pathExists(join2(at, "package.json"))) continue;
    const pkg = await PackageJson.normalize(at).then(
      ({ content }) => content,
      () => void 0
    );
    if (!pkg?.workspaces) continue;
    const { default: mapWorkspaces } = await import("./lib-T4KPNQRZ.js");
    const members = await mapWorkspaces({ cwd: at, pkg }).catch((error) => {
      throw npmRefusal(path, `the workspaces of ${at}, so it would not pack this package either`, error);
    });
    if ([...members.values()].includes(path)) return at;
  }
  return void 0;
}
function npmRefusal(path, what, error) {
  const code = error?.code;
  if (typeof code !== "string" || !(error instanceof Error)) return error;
  return new UserError(
    "input",
    `npm:${path}: npm cannot read ${what} (${code}): ${error.message.replace(/\s+/g, " ")}`
  );
}
async function rootOnlyTree(path, Arborist) {
  try {
    const { default: PackageJson } = await import("./lib-XTMC3RYO.js");
    const { content: pkg } = await PackageJson.normalize(path);
    const bundled = pkg.bundleDependencies;
    if ((Array.isArray(bundled) ? bundled.length > 0 : Boolean(bundled)) || pkg.workspaces) return void 0;
    return new Arborist.Node({ path, realpath: path, pkg });
  } catch {
    return void 0;
  }
}
async function* readNpmPackage(root, workspaceRoot) {
  yield* readFiles(root, await npmPackFileList(root, workspaceRoot), "package/");
}

// src/baseline/acceptance.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);

// src/config/path-filter.ts
var import_ignore = __toESM(require_ignore(), 1);
var import_picomatch = __toESM(require_picomatch(), 1);
var GLOB_OPTIONS = { dot: true, nocase: false };
var NPM_PREFIX = "package/";
function withoutNpmPrefix(path) {
  return path.startsWith(NPM_PREFIX) ? path.slice(NPM_PREFIX.length) : path;
}
function pathForms(path) {
  const inner = path.slice(path.lastIndexOf("!") + 1);
  return [.../* @__PURE__ */ new Set([path, withoutNpmPrefix(path), inner, withoutNpmPrefix(inner)])];
}
function compileGlob(glob) {
  return (0, import_picomatch.default)(glob, { ...GLOB_OPTIONS, basename: !glob.includes("/") });
}
function globMatcher(globs) {
  if (globs.length === 0) return () => false;
  const matchers = globs.map(compileGlob);
  return (path) => pathForms(path).some((form) => matchers.some((match) => match(form)));
}
function ignoreMatcher(lines) {
  if (lines.every((line) => line.trim() === "" || line.trimStart().startsWith("#"))) return () => false;
  const ig = (0, import_ignore.default)().add([...lines]);
  return (path) => pathForms(path).some((form) => {
    try {
      return ig.ignores(form);
    } catch {
      return false;
    }
  });
}
function forArtifact(config, artifactIds, key) {
  const globs = [...config[key]];
  for (const [pattern, overrides] of Object.entries(config.artifacts)) {
    const own = overrides[key];
    if (!own) continue;
    const matches = (0, import_picomatch.default)(pattern, { dot: true });
    if (artifactIds.some((id) => matches(id))) globs.push(...own);
  }
  return globs;
}
function createPathFilter(config, artifactIds) {
  const allowed = globMatcher(forArtifact(config, artifactIds, "allow"));
  const ignored = ignoreMatcher(config.ignoreFileLines);
  const internal = forArtifact(config, artifactIds, "internal").map((glob) => ({
    glob,
    match: compileGlob(glob)
  }));
  return {
    isAllowed: (path) => allowed(path) || ignored(path),
    // Only the entry's own forms: a zip under an internal directory is reported once, as itself,
    // rather than once more for every file inside it.
    internalMatch: (path) => {
      if (internal.length === 0) return void 0;
      const forms = pathForms(path).filter((form) => !form.includes("!"));
      return internal.find(({ match }) => forms.some((form) => match(form)))?.glob;
    }
  };
}

// src/engine/hash-token.ts
var TOKEN = /^[A-Za-z0-9_-]+$/;
var HUMP = /[A-Z]{2,}\d*(?![a-z])|[A-Z](?=[A-Z][a-z])|[A-Z]?[a-z]+\d*|[A-Z]\d+|\d+/g;
var ABBREVIATIONS = /^(?:https?|html|xml|sql|css|scss|svg|png|jpg|gif|pdf|json|js|ts|jsx|tsx|db|dns|rgb|src|pkg|cjs|mjs|npm|cdn|std|cmd|ctx|msg|tmp|btn|nav|md|mp|px|rx|sdk|ws|zh|tw|cn|dll|lib|bg|fn|cb|sh|ssh|ssl|tls|tcp|kv|lg|sm|xl|xs|rpc|grpc|jwt|gltf|dtd|rfc|iso|utf|sha|crc|wsdl|xslt)$/i;
var SHORT_WORDS = /^(?:on|to|is|as|at|by|in|of|up|go|do|no|re|un|my|we|ui|id|io|es|if|or|it|me|be|so|an|ok|ux|ai|ml|os)$/i;
var ONSETS = /^(?:str|sch|spr|scr|thr|chr|spl|shr|phr|squ|ch|sh|th|ph|wh|[bcdfgkpt][lr]|s[cklmnptw]|tw|dw|gn|kn|wr|ps|x)/i;
function readsAsWord(part, maxHumps) {
  if (/^\d{1,4}$/.test(part) || /^\d+x\d+$/.test(part) || /^\d{1,2}[A-Za-z]$/.test(part)) return true;
  const humps = part.match(HUMP) ?? [];
  if (humps.length === 0 || humps.join("") !== part || humps.length > maxHumps) return false;
  for (const hump of humps) {
    const letters = hump.replace(/\d+$/, "");
    if (/^[A-Z]+$/.test(letters)) {
      if (letters.length > 5) return false;
      continue;
    }
    if (ABBREVIATIONS.test(letters)) continue;
    if (letters.length === 1) {
      if (hump === letters && humps.length > 1 || hump.length > 4) return false;
      continue;
    }
    if (letters.length === 2) {
      if (!SHORT_WORDS.test(letters)) return false;
      continue;
    }
    if (!/[aeiouy]/i.test(letters) || /^([a-z])\1/i.test(letters) || /[^aeiouy]{6}/i.test(letters))
      return false;
    const onset = /^[^aeiouy]*/i.exec(letters)[0];
    if (onset.length >= 2 && !ONSETS.test(onset)) return false;
  }
  return humps.length === 1 || part.length / humps.length >= 3;
}
function looksLikeHash(token) {
  const n = token.length;
  if (n < 6 || n > 64 || !TOKEN.test(token)) return false;
  if (/^\d+$/.test(token)) return n >= 8;
  if (/^(?:[0-9a-f]+|[0-9A-F]+)$/.test(token) && n >= 8) return /\d/.test(token);
  const digit = /\d/.test(token);
  const lower = /[a-z]/.test(token);
  const upper = /[A-Z]/.test(token);
  if (n === 8 && /^[-_]|[-_]$|[-_]{2}/.test(token)) return digit || upper;
  if (upper && digit && !lower && !/[-_]/.test(token)) return n >= 8 && !/^[A-Z]{1,5}\d{2,4}$/.test(token);
  if (Number(digit) + Number(lower) + Number(upper) < 2) return false;
  if (n < 8 && !digit) return false;
  const maxHumps = n <= 8 ? 3 : 6;
  return !token.split(/[-_]/).filter((part) => part !== "").every((part) => readsAsWord(part, maxHumps));
}
function isBase32Hash(token, nameBefore) {
  return /^[A-Z2-7]{8}$/.test(token) && /[a-z]/.test(nameBefore);
}
function couldBeHash(token) {
  if (token.length !== 8 || !TOKEN.test(token)) return false;
  if (/^[A-Z2-7]{8}$/.test(token)) return true;
  const classes = Number(/\d/.test(token)) + Number(/[a-z]/.test(token)) + Number(/[A-Z]/.test(token));
  return classes >= 2;
}

// src/engine/name-pattern.ts
var VERSION_DIR = /^v?\d+(?:\.\d+){1,3}(?:[-+][0-9A-Za-z.-]+)?$/;
var VERSIONED_FILE = /^(.*?[^\d.][-_.@])v?\d+(?:\.\d+)+(?:-(?:alpha|beta|rc|next|canary|pre|dev)(?:\.?\d+)*)?((?:\.[A-Za-z][A-Za-z0-9]{0,9}){0,3})$/;
var MAX_EXTENSIONS = 3;
var strict = {
  isHash: (token, nameBefore) => looksLikeHash(token) || isBase32Hash(token, nameBefore),
  // A whole name is usually a word (`lroEngine`, `GenerateN`, `msvcp140`): only hex, or 8 chars
  // with a digit that are not a word and a number.
  isWholeHash: (stem) => /^(?:[0-9a-f]{8,}|[0-9A-F]{8,}|\d{8,})$/.test(stem) ? looksLikeHash(stem) : stem.length === 8 && /\d/.test(stem) && !/^[A-Za-z][a-z]*\d+$/.test(stem) && looksLikeHash(stem)
};
var loose = {
  isHash: (token) => couldBeHash(token),
  // Not `Makefile` or `SECURITY`: a digit, or a case change inside the name.
  isWholeHash: (stem) => couldBeHash(stem) && /\d|[a-z][A-Z]/.test(stem)
};
function splitExtensions(name, test) {
  let stem = name;
  for (let i = 0; i < MAX_EXTENSIONS; i++) {
    const match = /\.([A-Za-z0-9]{1,10})$/.exec(stem);
    if (!match || match.index === 0) break;
    const before = stem.slice(0, match.index + 1);
    if (test.isHash(match[1], before) || looksLikeHash(match[1])) break;
    stem = stem.slice(0, match.index);
  }
  return [stem, name.slice(stem.length)];
}
function filePattern(name, test) {
  const versioned = VERSIONED_FILE.exec(name);
  if (versioned) return `${versioned[1]}[version]${versioned[2]}`;
  const [stem, extensions] = splitExtensions(name, test);
  const window = /^(.+[.-])([A-Za-z0-9_-]{8})$/.exec(stem);
  if (window && /[-_]/.test(window[2]) && test.isHash(window[2], window[1])) {
    return `${window[1]}[hash]${extensions}`;
  }
  const last = /^(.+[.-])([A-Za-z0-9_]+)$/.exec(stem);
  if (last && test.isHash(last[2], last[1])) return `${last[1]}[hash]${extensions}`;
  if (test.isWholeHash(stem)) return `[hash]${extensions}`;
  return name;
}
function directoryPattern(name) {
  if (VERSION_DIR.test(name)) return "[version]";
  if (looksLikeHash(name) && (name.length >= 16 || /^(?:[0-9a-f]+|[0-9A-F]+|\d+)$/.test(name)))
    return "[hash]";
  return name;
}
function pathPattern(path, file) {
  return path.split("!").map((level) => {
    const segments = level.split("/");
    const last = segments.length - 1;
    return segments.map((segment, i) => i === last ? file(segment) : directoryPattern(segment)).join("/");
  }).join("!");
}
function namePattern(path) {
  return pathPattern(path, (name) => filePattern(name, strict));
}
function loosePattern(path) {
  return pathPattern(path, (name) => filePattern(filePattern(name, strict), loose));
}

// src/baseline/reviewed-scope.ts
var number = (value) => typeof value === "number" ? value : void 0;
function scopeOf(finding) {
  const details = finding.details ?? {};
  switch (finding.ruleId) {
    case "artifact-growth":
      return sized(number(details.bytesAfter));
    case "file-growth":
      return sized(number(details.sizeAfter));
    case "unexpected-large-file":
    case "large-file":
      return sized(number(details.size));
    case "source-map": {
      const sources = number(details.embeddedNotShipped);
      if (sources === void 0 || sources === 0) return void 0;
      const roots = Array.isArray(details.topRoots) ? details.topRoots.map((r) => String(r.root)).sort() : [];
      return { sources, roots };
    }
    default:
      return void 0;
  }
}
function sized(bytes) {
  return bytes === void 0 ? void 0 : { bytes };
}
function withinScope(scope, finding, thresholds) {
  if (!scope) return true;
  const current = scopeOf(finding);
  if (scope.bytes !== void 0) {
    if (current?.bytes === void 0) return false;
    if (finding.ruleId === "artifact-growth")
      return current.bytes <= scope.bytes * (1 + thresholds.totalGrowth);
    const grewPast = current.bytes > scope.bytes * thresholds.growthFactor && current.bytes - scope.bytes > thresholds.growthBytes;
    return !grewPast;
  }
  if (scope.sources !== void 0) {
    if (current?.sources === void 0) return true;
    const roots = new Set(scope.roots ?? []);
    return current.sources <= scope.sources && (current.roots ?? []).every((root) => roots.has(root));
  }
  return true;
}

// src/baseline/acceptance.ts
function acceptanceMatches(acceptance, finding, identity, thresholds = DEFAULT_THRESHOLDS) {
  if (acceptance.fingerprint) {
    return acceptance.fingerprint === finding.fingerprint && withinScope(acceptance.scope, finding, thresholds);
  }
  if (acceptance.rule !== finding.ruleId) return false;
  if (acceptance.artifact) {
    const matches = (0, import_picomatch2.default)(acceptance.artifact, { dot: true });
    if (!matches(identity) && !matches(finding.artifact)) return false;
  }
  if (acceptance.path) {
    const pattern = namePattern(finding.path);
    const literal = acceptance.path === finding.path || acceptance.path === pattern;
    const matches = globMatcher([acceptance.path]);
    if (!literal && !matches(finding.path) && !matches(pattern)) return false;
  }
  return true;
}
function isExpired(acceptance, today) {
  return acceptance.expires !== void 0 && acceptance.expires < today;
}
function acceptanceFor(finding, identity, accepted, today, thresholds = DEFAULT_THRESHOLDS) {
  const matching = accepted.filter((a) => acceptanceMatches(a, finding, identity, thresholds));
  return matching.find((a) => !isExpired(a, today)) ?? matching[0];
}
var FINGERPRINT = /^[0-9a-f]{32}$/;
function acceptFindings(baseline, request) {
  const reason = request.reason.trim();
  if (!reason) throw new UserError("usage", "--reason is required: say why this finding may ship");
  if (request.expires !== void 0) {
    if (!isCalendarDate(request.expires)) {
      throw new UserError("usage", `--expires must be a real date (YYYY-MM-DD), got "${request.expires}"`);
    }
    if (request.expires <= request.today) {
      throw new UserError(
        "usage",
        `--expires ${request.expires} is not in the future (today is ${request.today}): an acceptance must hold for some time`
      );
    }
  }
  const added = [];
  const replaced = [];
  for (const print of new Set(request.fingerprints)) {
    if (!FINGERPRINT.test(print)) {
      throw new UserError(
        "usage",
        `"${print}" is not a fingerprint (32 hex characters, shown as \`id:\` in the text report)`
      );
    }
    const finding = request.known.find((f) => f.fingerprint === print);
    if (!finding) throw new UserError("usage", `no finding with fingerprint ${print} in this scan`);
    const earlier = baseline.accepted.find((a) => a.fingerprint === print);
    if (earlier && !request.replace) {
      throw new UserError(
        "usage",
        `${print} is accepted already (reason: "${earlier.reason}"${earlier.expires ? `, until ${earlier.expires}` : ""}); pass --replace to change it`
      );
    }
    if (earlier) replaced.push(earlier);
    const scope = scopeOf(finding);
    added.push({
      fingerprint: print,
      rule: finding.ruleId,
      artifact: finding.identity,
      ...finding.path ? { path: namePattern(finding.path) } : {},
      summary: oneLine(finding.message),
      ...scope ? { scope } : {},
      reason,
      acceptedOn: request.today,
      ...request.expires ? { expires: request.expires } : {}
    });
  }
  const fresh = new Set(added.map((a) => a.fingerprint));
  const kept = baseline.accepted.filter((a) => !a.fingerprint || !fresh.has(a.fingerprint));
  return { baseline: { ...baseline, accepted: [...kept, ...added] }, replaced };
}
function oneLine(text) {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

// src/baseline/diff.ts
function diffArtifact(base, manifest) {
  const diff = new StreamingDiff(base);
  for (const entry of manifest.entries) diff.add(entry);
  return diff.finish(manifest.totalBytes);
}
var StreamingDiff = class {
  constructor(base) {
    this.base = base;
    this.#recorded = group(base.entries, (entry) => entry.path);
  }
  #recorded;
  #unmatched = [];
  add(entry) {
    if (entry.type === "directory") return;
    const pattern = namePattern(entry.path);
    const recorded = this.#recorded.get(pattern);
    const same = recorded?.findIndex((old) => sameContent(old, entry)) ?? -1;
    if (same === -1) {
      this.#unmatched.push({
        path: entry.path,
        pattern,
        size: entry.size,
        type: entry.type,
        ...entry.sha256 === void 0 ? {} : { sha256: entry.sha256 }
      });
      return;
    }
    recorded.splice(same, 1);
    if (recorded.length === 0) this.#recorded.delete(pattern);
  }
  finish(totalBytes) {
    const changed = [];
    const first = pair(
      [...this.#recorded.values()].flat(),
      this.#unmatched,
      (entry) => entry.path,
      (entry) => entry.pattern,
      changed
    );
    const second = pair(
      first.removed,
      first.added,
      (entry) => loosePattern(entry.path),
      (entry) => loosePattern(entry.pattern),
      changed
    );
    changed.sort((a, b) => compare(a.path, b.path));
    return {
      added: second.added.map((entry) => ({ path: entry.path, pattern: entry.pattern, size: entry.size })).sort((a, b) => compare(a.path, b.path)),
      removed: second.removed.map((entry) => ({ pattern: entry.path, size: entry.size })).sort((a, b) => compare(a.pattern, b.pattern) || a.size - b.size),
      changed,
      grown: changed.filter((file) => file.sizeAfter > file.sizeBefore).sort((a, b) => b.sizeAfter - b.sizeBefore - (a.sizeAfter - a.sizeBefore) || compare(a.path, b.path)),
      bytesBefore: this.base.totalBytes,
      bytesAfter: totalBytes
    };
  }
};
function sameContent(old, entry) {
  return (entry.sha256 === void 0 || old.sha256 === entry.sha256) && old.size === entry.size && old.type === entry.type;
}
function isEmptyDiff(diff) {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}
function pair(before, after, keyBefore, keyAfter, changed) {
  const previous = group(before, keyBefore);
  const now = group(after, keyAfter);
  const removed = [];
  const added = [];
  for (const [key, entries] of now) {
    const old = [...previous.get(key) ?? []];
    const unmatched = [];
    for (const entry of entries) {
      const same = old.findIndex((o) => sameContent(o, entry));
      if (same === -1) unmatched.push(entry);
      else old.splice(same, 1);
    }
    unmatched.sort((a, b) => b.size - a.size || compare(a.path, b.path));
    old.sort((a, b) => b.size - a.size || compare(a.sha256, b.sha256));
    unmatched.forEach((entry, i) => {
      const partner = old[i];
      if (!partner) added.push(entry);
      else
        changed.push({
          path: entry.path,
          pattern: entry.pattern,
          sizeBefore: partner.size,
          sizeAfter: entry.size
        });
    });
    removed.push(...old.slice(unmatched.length));
    previous.delete(key);
  }
  for (const gone of previous.values()) removed.push(...gone);
  return { removed, added };
}
function group(items, key) {
  const map = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
function compare(a = "", b = "") {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/baseline/record.ts
function recordedView(scan2) {
  return scan2.image ? { entries: scan2.image.entries, totalBytes: scan2.manifest.totalBytes } : scan2.manifest;
}
function baselineArtifact(scan2) {
  return {
    identity: scan2.identity,
    kind: scan2.manifest.kind,
    totalBytes: scan2.manifest.totalBytes,
    ...scan2.manifest.packageVersion ? { version: scan2.manifest.packageVersion } : {},
    ...scan2.manifest.refs ? { refs: scan2.manifest.refs.map((ref) => ref.name) } : {},
    ...scan2.manifest.destination ? { destinations: [scan2.manifest.destination] } : {},
    ...scan2.image ? { layers: scan2.image.layers } : {},
    entries: recordedView(scan2).entries.flatMap(
      (entry) => entry.type === "directory" ? [] : [
        {
          path: namePattern(entry.path),
          size: entry.size,
          ...entry.sha256 ? { sha256: entry.sha256 } : {},
          type: entry.type
        }
      ]
    )
  };
}
function recordBaseline(scans, previous = emptyBaseline()) {
  const seen = /* @__PURE__ */ new Map();
  for (const scan2 of scans) {
    const earlier = seen.get(scan2.identity);
    if (earlier !== void 0) {
      throw new UserError(
        "usage",
        `${earlier} and ${scan2.manifest.id} are both the artifact "${scan2.identity}" and would overwrite each other in the baseline; name one with name=path`
      );
    }
    seen.set(scan2.identity, scan2.manifest.id);
  }
  const fresh = scans.map(baselineArtifact);
  return {
    version: previous.version,
    artifacts: [...previous.artifacts.filter((artifact) => !seen.has(artifact.identity)), ...fresh],
    accepted: previous.accepted
  };
}
function checkBaseline(baseline, scans) {
  const reasons = [];
  for (const scan2 of scans) {
    const id = scan2.manifest.id;
    const base = baseline.artifacts.find((artifact) => artifact.identity === scan2.identity);
    if (!base) {
      reasons.push(`${id}: not in the baseline (as "${scan2.identity}")`);
      continue;
    }
    const diff = diffArtifact(base, recordedView(scan2));
    for (const added of diff.added) {
      const shown = added.pattern === added.path ? added.path : `${added.path} (${added.pattern})`;
      reasons.push(`${id}: new file ${shown}`);
    }
    for (const removed of diff.removed) reasons.push(`${id}: file gone ${removed.pattern}`);
  }
  return { upToDate: reasons.length === 0, reasons };
}

// src/sources/git/git-command.ts
import { execFile } from "node:child_process";
var GIT_ENV = { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_NO_REPLACE_OBJECTS: "1" };
function git(context, args, options = {}) {
  return new Promise((resolve4, reject) => {
    execFile(
      "git",
      args,
      {
        cwd: context.cwd,
        maxBuffer: 256 * 1024 * 1024,
        encoding: "utf8",
        env: GIT_ENV
      },
      (error, stdout, stderr) => {
        if (!error) return resolve4(stdout);
        if (options.allowFailure && typeof error.code === "number" && error.code === 1)
          return resolve4(void 0);
        if (error.code === "ENOENT") {
          return reject(
            inputError(context.artifact, "git is not installed (it is needed to read git destinations)")
          );
        }
        const why = stderr.trim().split("\n").pop() || error.message;
        reject(inputError(context.artifact, `git ${args[0]} failed: ${why}`));
      }
    );
  });
}

// src/sources/git/remote-url.ts
function parseRemoteUrl(url) {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\/(?:([^@/]*)@)?([^/:]*)(?::(\d+))?(\/.*)?$/i.exec(url);
  if (scheme && scheme[1].toLowerCase() !== "file") {
    const [, protocol, userinfo, host, port, path2 = ""] = scheme;
    const password = userinfo?.includes(":") ? userinfo.slice(userinfo.indexOf(":") + 1) : void 0;
    const token = password ?? (userinfo && /^https?$/i.test(protocol) && userinfo.length >= 16 ? userinfo : void 0);
    const user = userinfo && !token ? `${userinfo}@` : token ? "***@" : "";
    return hosted(`${protocol}://${user}${host}${port ? `:${port}` : ""}${path2}`, host, path2, token);
  }
  const scp = /^(?:([^@/]+)@)?([^/:]+):(?!\/\/)(.+)$/.exec(url);
  if (scp && !/^[A-Za-z]$/.test(scp[2])) {
    return hosted(url, scp[2], `/${scp[3]}`, void 0);
  }
  const path = url.replace(/^file:\/\//i, "");
  return { shown: url, location: path.replace(/\/+$/, "").replace(/\.git$/, ""), hasCredentials: false };
}
function hosted(shown, host, path, credential) {
  const repository = path.replace(/^\/+/, "").replace(/\/+$/, "").replace(/\.git$/, "");
  return {
    shown,
    location: `${host.toLowerCase()}/${repository}`,
    host: host.toLowerCase(),
    repository,
    hasCredentials: credential !== void 0,
    ...credential ? { credential } : {}
  };
}

// src/sources/git/repository.ts
async function detectRepository(cwd, env = process.env) {
  if (env.GITHUB_REPOSITORY && /^[^/]+\/[^/]+$/.test(env.GITHUB_REPOSITORY)) return env.GITHUB_REPOSITORY;
  try {
    const url = (await git({ cwd, artifact: "origin" }, ["remote", "get-url", "origin"], { allowFailure: true }))?.trim();
    if (!url) return void 0;
    const { repository } = parseRemoteUrl(url);
    return repository?.includes("/") ? repository : void 0;
  } catch {
    return void 0;
  }
}

// src/baseline/judge.ts
var import_picomatch3 = __toESM(require_picomatch(), 1);

// src/core/format-bytes.ts
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KiB", "MiB", "GiB", "TiB", "PiB"];
  let value = bytes / 1024;
  let unit = 0;
  while (Number(value.toFixed(1)) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

// src/engine/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprint(ruleId, identity, path, evidence = "") {
  return createHash("sha256").update([ruleId, identity, path, evidence].join("\0")).digest("hex").slice(0, 32);
}

// src/sources/artifact-spec.ts
import { stat } from "node:fs/promises";
import { isAbsolute, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";

// src/sources/destination.ts
import { readFile } from "node:fs/promises";
import { join as join3 } from "node:path";
var ARROW = /\s*->\s*/;
function splitDestination(spec) {
  const parts = spec.split(ARROW);
  if (parts.length < 2) return { spec };
  const destination = parts.slice(1).join(" -> ").trim();
  return { spec: parts[0].trim(), ...destination ? { destination } : {} };
}
var PUBLIC_REGISTRY = "https://registry.npmjs.org/";
async function resolveDestination(raw, context) {
  if (raw === "npm") {
    const registry = await npmRegistry(context);
    const host = parseRemoteUrl(registry).location.replace(/\/+$/, "");
    return { name: `npm:${host}/${context.packageName ?? "(unnamed package)"}` };
  }
  if (raw === "github-release") {
    return { name: `github.com/${context.repository ?? "(unknown repository)"}/releases` };
  }
  const url = parseRemoteUrl(raw);
  const shown = url.hasCredentials ? url.shown : raw;
  return { name: shown.replace(/\/+$/, ""), ...url.credential ? { credential: url.credential } : {} };
}
async function npmRegistry(context) {
  const npmrc = await readNpmrc(context.cwd);
  const env = (key) => Object.entries(process.env).find(
    ([name2]) => name2.toLowerCase() === `npm_config_${key}`.toLowerCase()
  )?.[1];
  const name = context.packageName;
  const scope = name?.startsWith("@") ? name.slice(0, name.indexOf("/")) : void 0;
  const scoped = scope ? context.publishScopeRegistry ?? env(`${scope}:registry`) ?? npmrc.get(`${scope}:registry`) : void 0;
  return scoped || context.publishRegistry || env("registry") || npmrc.get("registry") || PUBLIC_REGISTRY;
}
async function readNpmrc(cwd) {
  const values = /* @__PURE__ */ new Map();
  let text;
  try {
    text = await readFile(join3(cwd, ".npmrc"), "utf8");
  } catch {
    return values;
  }
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([^#;=\s][^=]*?)\s*=\s*(.*?)\s*$/.exec(line);
    if (match) values.set(match[1], match[2]);
  }
  return values;
}

// src/sources/workspaces.ts
import { readFile as readFile2 } from "node:fs/promises";
import { join as join4, relative, sep } from "node:path";
async function readJson(path) {
  try {
    return parsePackageJsonText(await readFile2(path, "utf8"));
  } catch {
    return void 0;
  }
}
async function pnpmWorkspacePackages(root) {
  const text = await readFile2(join4(root, "pnpm-workspace.yaml"), "utf8").catch(() => void 0);
  if (text === void 0) return void 0;
  const { parseYaml } = await import("./yaml-text-QRX5GCG2.js");
  try {
    const parsed = parseYaml(text);
    return Array.isArray(parsed?.packages) ? parsed.packages.map(String) : void 0;
  } catch {
    return void 0;
  }
}
async function readWorkspace(root) {
  const manifest = await readJson(join4(root, "package.json"));
  if (!manifest) return void 0;
  const pnpm = await pnpmWorkspacePackages(root);
  const dirs = pnpm ? await globDirectories(root, pnpm) : await npmWorkspaceDirectories(root, manifest);
  if (!dirs) return void 0;
  const members = [];
  const skipped = [];
  for (const dir of dirs) {
    const member = await readJson(join4(root, dir, "package.json"));
    if (!member) continue;
    if (member.private === true) skipped.push({ dir, ...member.name ? { name: member.name } : {} });
    else members.push(dir);
  }
  return { members, skipped, rootPublished: manifest.private !== true };
}
async function npmWorkspaceDirectories(root, manifest) {
  const declared = Array.isArray(manifest.workspaces) ? manifest.workspaces : manifest.workspaces?.packages;
  if (!Array.isArray(declared) || declared.length === 0) return void 0;
  const { default: mapWorkspaces } = await import("./lib-T4KPNQRZ.js");
  const found = await mapWorkspaces({ cwd: root, pkg: manifest }).catch(
    (error) => {
      throw npmRefusal(root, "this workspace's packages, so it would not publish them either", error);
    }
  );
  const dirs = [...found.values()].map((dir) => relative(root, dir).split(sep).join("/"));
  return dirs.filter((dir) => dir !== "").sort();
}
async function globDirectories(root, patterns) {
  if (patterns.length === 0) return void 0;
  const include = patterns.filter((p) => !p.startsWith("!")).map((p) => p.replace(/\/+$/, ""));
  const exclude = patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
  const { default: fg } = await import("./out-GWIFYPWL.js");
  return (await fg(include, {
    cwd: root,
    onlyDirectories: true,
    ignore: ["**/node_modules/**", ...exclude],
    dot: false
  })).sort();
}

// src/sources/artifact-spec.ts
var NAME = /^([A-Za-z0-9][\w.@-]*)=(.+)$/;
async function resolveArtifacts(specs, cwd) {
  const resolved = [];
  const notes = [];
  for (const written of specs) {
    if (written.trim() === "") throw new UserError("usage", "an artifact cannot be an empty string");
    const { spec, destination } = splitDestination(written);
    const to = destination ? { destination } : {};
    const named = NAME.exec(spec);
    const name = named?.[1];
    let rest = named ? named[2] : spec;
    if (rest.startsWith("git:") && rest.length > 4) {
      resolved.push({
        ...name ? { name } : {},
        source: rest,
        absolutePath: cwd,
        npm: false,
        isDirectory: false,
        git: { target: rest.slice(4) },
        ...to
      });
      continue;
    }
    const image = /^(docker-archive|oci):/.exec(rest)?.[1];
    if (image) rest = rest.slice(image.length + 1);
    const npm = rest.startsWith("npm:");
    if (npm) rest = rest.slice(4) || ".";
    if (rest.trim() === "") throw new UserError("usage", `"${spec}" names no path`);
    const paths = await isGlob(rest) ? await expandGlob(rest, cwd, spec) : [rest];
    const workspace = npm && paths.length === 1 ? await readWorkspace(resolve2(cwd, paths[0])) : void 0;
    if (workspace) {
      if (name)
        throw new UserError(
          "usage",
          `"${spec}" is a workspace of several packages; a name= can only be given to one`
        );
      const root = paths[0];
      for (const skipped of workspace.skipped) {
        notes.push(
          `${posixJoin(root, skipped.dir)}${skipped.name ? ` (${skipped.name})` : ""} is private and never published: skipped`
        );
      }
      const members = [
        ...workspace.rootPublished ? [root] : [],
        ...workspace.members.map((dir) => posixJoin(root, dir))
      ];
      const workspaceRoot = resolve2(cwd, root);
      for (const member of members) {
        const described = await describe(member, cwd, true, void 0);
        const isRoot = member === root;
        resolved.push({ ...described, ...isRoot ? {} : { workspaceRoot }, ...to });
      }
      continue;
    }
    if (name && paths.length > 1) {
      throw new UserError(
        "usage",
        `"${spec}" names ${paths.length} artifacts; a name= can only be given to one`
      );
    }
    for (const path of paths)
      resolved.push({ ...await describe(path, cwd, npm, name), ...to, ...image ? { image: true } : {} });
  }
  const seen = /* @__PURE__ */ new Map();
  for (const artifact of resolved) {
    const id = artifactId(artifact);
    const earlier = seen.get(id);
    if (earlier)
      throw new UserError(
        "usage",
        `two artifacts would be called "${id}" (${earlier}, ${artifact.source}); name one with name=path`
      );
    seen.set(id, artifact.source);
  }
  return { specs: resolved, notes };
}
function posixJoin(root, dir) {
  return root === "." || root === "" ? dir : `${root.replace(/\/+$/, "")}/${dir}`;
}
function artifactId(spec) {
  return spec.name ?? spec.source;
}
async function isGlob(path) {
  if (!/[\\*?![({]/.test(path)) return false;
  const { default: fg } = await import("./out-GWIFYPWL.js");
  return fg.isDynamicPattern(path);
}
async function expandGlob(pattern, cwd, spec) {
  const { default: fg } = await import("./out-GWIFYPWL.js");
  const matches = await fg(pattern, { cwd, dot: true, onlyFiles: false, followSymbolicLinks: false });
  if (matches.length === 0) throw new UserError("usage", `no artifact matches "${spec}" (looked in ${cwd})`);
  return matches.sort();
}
async function describe(path, cwd, npm, name) {
  const absolutePath2 = resolve2(cwd, path);
  let isDirectory;
  try {
    const stats = await stat(absolutePath2);
    isDirectory = stats.isDirectory();
    if (!isDirectory && !stats.isFile()) {
      throw new UserError(
        "usage",
        `artifact "${path}" is ${specialFileKind(stats)}; only files and directories can be artifacts`
      );
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = error.code;
    const why = code === "ENOENT" ? "does not exist" : code === "EACCES" ? "cannot be read (permission denied)" : `cannot be read (${code})`;
    throw new UserError("usage", `artifact "${path}" ${why}`);
  }
  if (npm && !isDirectory) throw new UserError("usage", `"npm:${path}" must name a package directory`);
  const inside = relative2(cwd, absolutePath2);
  const shown = inside === "" ? "." : inside === ".." || inside.startsWith(`..${sep2}`) || isAbsolute(inside) ? absolutePath2 : inside;
  return {
    ...name ? { name } : {},
    source: shown.replace(/\\/g, "/"),
    absolutePath: absolutePath2,
    npm,
    isDirectory
  };
}
function specialFileKind(stats) {
  if (stats.isFIFO()) return "a named pipe (fifo)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  return "not a regular file";
}
function specText(artifact) {
  const path = artifact.kind === "npm-package" ? `npm:${artifact.source}` : artifact.source;
  return artifact.id !== artifact.source ? `${artifact.id}=${path}` : path;
}

// src/baseline/judge.ts
function judgeAgainstBaseline(input) {
  const diffs = /* @__PURE__ */ new Map();
  const unbaselined = [];
  const findings = [...input.findings];
  for (const scan2 of input.scans) {
    const base = input.baseline.artifacts.find((artifact) => artifact.identity === scan2.identity);
    if (!base) {
      unbaselined.push(scan2.manifest.id);
      const known = input.baseline.artifacts.flatMap((artifact) => artifact.destinations ?? []);
      if (known.length > 0) {
        const stand = {
          identity: scan2.identity,
          kind: scan2.manifest.kind,
          totalBytes: 0,
          entries: [],
          destinations: known
        };
        findings.push(...destinationFindings(scan2, stand, input));
      }
      continue;
    }
    const diff = input.streamedDiffs?.get(scan2.manifest.id) ?? diffArtifact(base, recordedView(scan2));
    diffs.set(scan2.manifest.id, diff);
    findings.push(
      ...diffFindings(scan2, diff, input),
      ...refFindings(scan2, base, input),
      ...destinationFindings(scan2, base, input)
    );
  }
  return {
    ...applyAcceptances(findings, input.baseline.accepted, input.scans, input.today, input.thresholds),
    diffs,
    unbaselined
  };
}
function specOf(scan2) {
  return shellWord(specText(scan2.manifest));
}
function nameOf(path) {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("!")) + 1);
}
function diffFindings(scan2, diff, input) {
  const { thresholds } = input;
  const artifact = scan2.manifest.id;
  const record = `leakgate baseline --write ${shellWord(input.baselineFile ?? "leakgate.baseline.json")} ${specOf(scan2)}`;
  const ruleFindingPaths = new Set(
    input.findings.filter((f) => f.artifact === artifact && !f.ruleId.startsWith("unexpected-")).map((f) => f.path)
  );
  const make = (ruleId, severity, file, message, fix, details) => ({
    ruleId,
    severity,
    artifact,
    path: file.path,
    message,
    fix,
    details: { ...file.path ? { pattern: file.pattern } : {}, ...details },
    // The pattern, not the name: a content hash in the name must not change the fingerprint.
    fingerprint: fingerprint(ruleId, scan2.identity, file.pattern)
  });
  const out = [];
  for (const added of diff.added) {
    const name = nameOf(added.path);
    const refresh = `If the file belongs in the release, record it: \`${record}\`; otherwise remove it from the build.`;
    if (added.size >= thresholds.newFileSize) {
      out.push(
        make(
          "unexpected-large-file",
          "error",
          added,
          `\`${name}\` (${formatBytes(added.size)}) is new since the baseline and at or over ${formatBytes(thresholds.newFileSize)}: large new files are how source maps, dumps and data sets leak.`,
          refresh,
          { size: added.size, limit: thresholds.newFileSize }
        )
      );
    } else if (!ruleFindingPaths.has(added.path)) {
      out.push(
        make(
          "unexpected-file",
          input.strict ? "error" : "warning",
          added,
          `\`${name}\` (${formatBytes(added.size)}) is new since the baseline.`,
          refresh,
          { size: added.size }
        )
      );
    }
  }
  for (const grown of diff.grown) {
    const gained = grown.sizeAfter - grown.sizeBefore;
    if (grown.sizeAfter <= grown.sizeBefore * thresholds.growthFactor || gained <= thresholds.growthBytes)
      continue;
    const factor = grown.sizeBefore > 0 ? ` (${(grown.sizeAfter / grown.sizeBefore).toFixed(1)}×)` : "";
    out.push(
      make(
        "file-growth",
        "error",
        grown,
        `\`${nameOf(grown.path)}\` grew from ${formatBytes(grown.sizeBefore)} to ${formatBytes(grown.sizeAfter)}${factor} since the baseline, more than ${thresholds.growthFactor}× and ${formatBytes(thresholds.growthBytes)}.`,
        "Find out what the build started putting into it (an inlined source map, a bundled dependency); if the growth is intended, refresh the baseline.",
        { sizeBefore: grown.sizeBefore, sizeAfter: grown.sizeAfter }
      )
    );
  }
  if (diff.bytesBefore > 0 && diff.bytesAfter > diff.bytesBefore * (1 + thresholds.totalGrowth)) {
    const percent = Math.round((diff.bytesAfter / diff.bytesBefore - 1) * 100);
    out.push(
      make(
        "artifact-growth",
        "error",
        { path: "", pattern: "" },
        `The artifact grew from ${formatBytes(diff.bytesBefore)} to ${formatBytes(diff.bytesAfter)} (+${percent}%) since the baseline, more than the ${Math.round(thresholds.totalGrowth * 100)}% allowed.`,
        "Look at the added and grown files in the report; if the growth is intended, refresh the baseline.",
        { bytesBefore: diff.bytesBefore, bytesAfter: diff.bytesAfter }
      )
    );
  }
  return out;
}
function destinationFindings(scan2, base, input) {
  const destination = scan2.manifest.destination;
  if (!destination || (base.destinations ?? []).includes(destination)) return [];
  const record = `leakgate baseline --write ${shellWord(input.baselineFile ?? "leakgate.baseline.json")} ${specOf(scan2)}`;
  const before = base.destinations?.length ? `it went to ${base.destinations.join(", ")}` : "it had no destination";
  return [
    {
      ruleId: "new-destination",
      severity: "error",
      artifact: scan2.manifest.id,
      path: "",
      message: `This artifact now goes to ${destination}, which the baseline does not record (${before}): the most dangerous change to a release is a new place.`,
      fix: `If the destination is intended, record it: \`${record}\`; otherwise fix the publish step.`,
      details: { destination, recorded: base.destinations ?? [] },
      fingerprint: fingerprint("new-destination", scan2.identity, "", destination)
    }
  ];
}
function refFindings(scan2, base, input) {
  if (!scan2.manifest.refs || !base.refs) return [];
  const known = new Set(base.refs);
  const record = `leakgate baseline --write ${shellWord(input.baselineFile ?? "leakgate.baseline.json")} ${specOf(scan2)}`;
  return scan2.manifest.refs.filter((ref) => !known.has(ref.name)).map((ref) => ({
    ruleId: "unexpected-ref",
    severity: "error",
    artifact: scan2.manifest.id,
    path: ref.name,
    message: `The push would send ${ref.name}, which the baseline does not record for ${scan2.manifest.destination ?? scan2.identity}: a branch or tag published there for the first time.`,
    fix: `If the ref is meant to be published there, record it: \`${record}\`; otherwise leave it out of the push.`,
    details: { ref: ref.name, sha: ref.sha },
    fingerprint: fingerprint("unexpected-ref", scan2.identity, ref.name)
  }));
}
function applyAcceptances(findings, accepted, scans, today, thresholds) {
  const identities = new Map(scans.map((scan2) => [scan2.manifest.id, scan2.identity]));
  const kept = [];
  const moved = [];
  const used = /* @__PURE__ */ new Set();
  for (const finding of findings) {
    const identity = identities.get(finding.artifact) ?? finding.artifact;
    const acceptance = acceptanceFor(finding, identity, accepted, today, thresholds);
    if (acceptance) used.add(acceptance);
    if (!acceptance) {
      kept.push(finding);
    } else if (isExpired(acceptance, today)) {
      const days = daysBetween(acceptance.expires, today);
      kept.push({
        ...finding,
        message: `${finding.message} It was accepted until ${acceptance.expires} (reason: "${acceptance.reason}"), which expired ${days === 1 ? "1 day" : `${days} days`} ago.`,
        details: {
          ...finding.details,
          acceptanceExpired: acceptance.expires,
          acceptanceExpiredDays: days,
          acceptedReason: acceptance.reason
        }
      });
    } else {
      moved.push({
        finding,
        reason: acceptance.reason,
        ...acceptance.expires ? { expires: acceptance.expires } : {}
      });
    }
  }
  const scanned = new Set(scans.map((scan2) => scan2.identity));
  return { findings: kept, accepted: moved, unused: unusedAcceptances(accepted, used, scanned) };
}
function unusedAcceptances(accepted, used, scannedIdentities) {
  return accepted.filter((a) => {
    if (used.has(a)) return false;
    if (a.artifact === void 0) return true;
    const matches = (0, import_picomatch3.default)(a.artifact, { dot: true });
    return [...scannedIdentities].some((identity) => identity === a.artifact || matches(identity));
  });
}
function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5);
}

// src/engine/scan-artifact.ts
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { basename } from "node:path";

// src/rules/secret/names.ts
var CANDIDATE = /[A-Za-z0-9_\-+/=.]{16,}/;
function secretsInName(name) {
  if (!CANDIDATE.test(name)) return { name, secrets: [] };
  const scanner = new SecretStreamScanner({ entropyThreshold: 8, maxMatches: 20, path: "name.txt" });
  scanner.write(Buffer.from(name.replace(/\//g, "\n"), "latin1"));
  scanner.end();
  let redactedName = name;
  const secrets = [];
  for (const { family, value, severity } of scanner.matches) {
    if ((family.kind ?? "token") !== "token") continue;
    const redacted = redact(value, family.prefixLength);
    redactedName = redactedName.split(value).join(redacted);
    secrets.push({
      family: family.id,
      title: family.title,
      severity,
      redacted,
      digest: valueDigest(value),
      value
    });
  }
  return { name: redactedName, secrets };
}

// src/sources/git/push-refs.ts
import { existsSync } from "node:fs";
import { resolve as resolve3 } from "node:path";
async function planPush(context, target) {
  const plan = await decidePush(context, target);
  plan.shallow = (await git(context, ["rev-parse", "--is-shallow-repository"]))?.trim() === "true";
  const head = (await git(context, ["symbolic-ref", "-q", "HEAD"], { allowFailure: true }))?.trim();
  const rank = (ref) => ref.source === head ? 0 : 1;
  plan.refs.sort((a, b) => rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return plan;
}
async function decidePush(context, target) {
  const mirrorFlag = /\?mirror$/.test(target);
  const destination = target.replace(/\?mirror$/, "");
  await requireRepository(context);
  const remotes = (await git(context, ["remote"]) ?? "").split("\n").filter(Boolean);
  const remote = remotes.includes(destination) ? destination : void 0;
  if (!remote && !looksLikeUrl(destination) && !existsSync(resolve3(context.cwd, destination))) {
    throw inputError(
      context.artifact,
      `"${destination}" is neither a remote of this repository (${remotes.join(", ") || "it has none"}) nor a URL or path`
    );
  }
  const rawUrl = remote ? (await git(context, ["remote", "get-url", "--push", remote]) ?? "").trim() : (await git(context, ["ls-remote", "--get-url", destination]) ?? destination).trim();
  const url = parseRemoteUrl(rawUrl);
  const configured = async (key) => (await git(context, ["config", "--get-all", key], { allowFailure: true }) ?? "").split("\n").filter(Boolean);
  const mirror = mirrorFlag || remote !== void 0 && (await configured(`remote.${remote}.mirror`))[0] === "true";
  const locals = await localRefs(context);
  if (locals.length === 0) {
    throw inputError(
      context.artifact,
      "the repository has no refs (no commits yet): there is nothing a push would send"
    );
  }
  const base = { ...remote ? { remote } : {}, url, mirror, shallow: false };
  const refspecs = remote && !mirrorFlag ? await configured(`remote.${remote}.push`) : [];
  if (refspecs.length > 0) {
    const head = await headRef(context);
    return {
      ...base,
      mirror: false,
      rule: `remote.${remote}.push ${refspecs.join(" ")}`,
      refs: await followTags(context, applyRefspecs(refspecs, head ? [...locals, head] : locals), locals)
    };
  }
  if (mirror) {
    return {
      ...base,
      rule: "mirror: every ref under refs/",
      refs: locals.map((ref) => pushed(ref, ref.name))
    };
  }
  const mode = (await configured("push.default"))[0] ?? "simple";
  return {
    ...base,
    rule: `push.default=${mode}`,
    refs: await followTags(context, await pushDefault(context, mode, destination, locals), locals)
  };
}
async function remoteStatePlan(context, url) {
  const refs = (await localRefs(context)).map((ref) => pushed(ref, ref.name));
  refs.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return {
    url: parseRemoteUrl(url),
    mirror: true,
    rule: "what the remote has (git ls-remote)",
    refs,
    shallow: false
  };
}
function looksLikeUrl(text) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^[^/:\s]+@[^/:\s]+:/.test(text) || /^[^/:\s]+\.[^/:\s]+:[^/]/.test(text);
}
async function requireRepository(context) {
  try {
    await git(context, ["rev-parse", "--git-dir"]);
  } catch {
    throw inputError(context.artifact, `${context.cwd} is not a git repository`);
  }
}
async function localRefs(context) {
  const out = await git(context, [
    "for-each-ref",
    "--format=%(refname)%00%(objectname)%00%(objecttype)%00%(*objectname)"
  ]) ?? "";
  return out.split("\n").filter(Boolean).map((line) => {
    const [name, sha, type, peeled] = line.split("\0");
    return { name, sha, type, peeled: peeled || sha };
  }).filter((ref) => ref.name.indexOf("/", "refs/".length) !== -1);
}
function pushed(ref, name) {
  return {
    name,
    source: ref.name,
    sha: ref.sha,
    tip: ref.peeled,
    tipType: ref.type === "tag" ? "commit" : ref.type,
    ...ref.type === "tag" ? { annotated: true } : {}
  };
}
function applyRefspecs(refspecs, locals) {
  const negative = refspecs.filter((r) => r.startsWith("^")).map((r) => r.slice(1)).map(
    (pattern) => (name) => pattern.includes("*") ? globMatch(pattern, name) : name === pattern
  );
  const out = /* @__PURE__ */ new Map();
  for (const spec of refspecs.filter((r) => !r.startsWith("^"))) {
    const [written = "", dst = written] = spec.replace(/^\+/, "").split(":");
    if (!written) continue;
    const src = written === "@" ? "HEAD" : written;
    const full = src.startsWith("refs/") || src === "HEAD" ? src : `refs/heads/${src}`;
    for (const ref of locals) {
      if (negative.some((match) => match(ref.name))) continue;
      const star = full.indexOf("*");
      if (star === -1 ? ref.name !== full : !globMatch(full, ref.name)) continue;
      const captured = star === -1 ? "" : ref.name.slice(star, ref.name.length - (full.length - star - 1));
      const target = (dst.startsWith("refs/") ? dst : `refs/heads/${dst}`).replace("*", captured);
      out.set(target, pushed(ref, target));
    }
  }
  return [...out.values()];
}
function globMatch(pattern, name) {
  const star = pattern.indexOf("*");
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  return name.length >= prefix.length + suffix.length && name.startsWith(prefix) && name.endsWith(suffix);
}
async function headRef(context) {
  const sha = (await git(context, ["rev-parse", "--verify", "-q", "HEAD"], { allowFailure: true }))?.trim();
  return sha ? { name: "HEAD", sha, type: "commit", peeled: sha } : void 0;
}
async function followTags(context, refs, locals) {
  const setting = (await git(context, ["config", "--get", "push.followTags"], { allowFailure: true }))?.trim();
  if (setting !== "true") return refs;
  const out = new Map(refs.map((ref) => [ref.name, ref]));
  for (const tip of new Set(refs.map((ref) => ref.tip))) {
    const merged = (await git(context, ["for-each-ref", "--merged", tip, "--format=%(refname)", "refs/tags"]) ?? "").split("\n").filter(Boolean);
    for (const name of merged) {
      const tag = locals.find((ref) => ref.name === name && ref.type === "tag");
      if (tag && !out.has(name)) out.set(name, pushed(tag, name));
    }
  }
  return [...out.values()];
}
async function pushDefault(context, mode, destination, locals) {
  if (mode === "nothing") return [];
  const branches = locals.filter((r) => r.name.startsWith("refs/heads/"));
  if (mode === "matching") {
    const remote = (await git(context, ["ls-remote", "--heads", destination]) ?? "").split("\n").map((line) => line.split("	")[1]).filter(Boolean);
    return branches.filter((b) => remote.includes(b.name)).map((b) => pushed(b, b.name));
  }
  const head = (await git(context, ["symbolic-ref", "-q", "HEAD"], { allowFailure: true }))?.trim();
  const current = branches.find((b) => b.name === head);
  if (!current) return [];
  if (mode === "upstream") {
    const short = current.name.slice("refs/heads/".length);
    const merge = (await git(context, ["config", "--get", `branch.${short}.merge`], { allowFailure: true }))?.trim();
    return [pushed(current, merge || current.name)];
  }
  return [pushed(current, current.name)];
}

// src/sources/package-manager.ts
import { execFile as execFile2 } from "node:child_process";
import { existsSync as existsSync2 } from "node:fs";
import { readdir as readdir2 } from "node:fs/promises";
import { dirname as dirname2, join as join5 } from "node:path";
var MANAGER_ENV = {
  ...process.env,
  COREPACK_ENABLE_STRICT: "0",
  COREPACK_ENABLE_DOWNLOAD_PROMPT: "0",
  npm_config_manage_package_manager_versions: "false",
  CI: "true"
};
function packsItself(choice) {
  return choice !== void 0 && choice.manager !== "npm";
}
var LOCKFILES = [
  ["pnpm-lock.yaml", "pnpm"],
  ["yarn.lock", "yarn"],
  ["package-lock.json", "npm"],
  ["npm-shrinkwrap.json", "npm"]
];
async function detectPackageManager(dir) {
  for (let at = dir; ; at = dirname2(at)) {
    const field = await packageManagerField(at);
    if (field)
      return {
        manager: field.manager,
        wanted: field.value,
        reason: `packageManager: ${field.value}${at === dir ? "" : ` in ${at}`}`
      };
    if (existsSync2(join5(at, "pnpm-workspace.yaml")))
      return { manager: "pnpm", reason: `pnpm-workspace.yaml in ${at}` };
    for (const [file, manager] of LOCKFILES) {
      if (existsSync2(join5(at, file))) return { manager, reason: `${file} in ${at}` };
    }
    if (existsSync2(join5(at, ".git")) || dirname2(at) === at) break;
  }
  return { manager: "npm", reason: "default" };
}
async function packageManagerField(dir) {
  let field;
  try {
    field = (await readPackageJsonObject(dir)).packageManager;
  } catch {
    return void 0;
  }
  if (field === void 0) return void 0;
  if (typeof field !== "string") {
    throw inputError(
      dir,
      `package.json's "packageManager" must be a string such as "pnpm@10.1.0" (got ${JSON.stringify(field)})`
    );
  }
  const named = /^(npm|pnpm|yarn)(?:@(\d+)|$)/.exec(field);
  if (!named) {
    throw inputError(
      dir,
      `package.json says "packageManager": "${field}", which leakgate does not know how to pack (npm, pnpm and yarn are supported)`
    );
  }
  return { manager: named[1], value: field };
}
async function checkVersion(manager, wanted, dir, artifact) {
  const major = wanted ? /@(\d+)/.exec(wanted)?.[1] : void 0;
  if (!major) return;
  const installed = await new Promise((resolve4) => {
    execFile2(
      manager,
      ["--version"],
      { cwd: dir, env: MANAGER_ENV, timeout: 6e4 },
      (error, stdout) => resolve4(error ? void 0 : stdout.trim())
    );
  });
  if (installed && installed.split(".")[0] !== major) {
    throw inputError(
      artifact,
      `package.json asks for ${wanted}, but ${manager} ${installed} is installed: another major version packs differently; install ${wanted}`
    );
  }
}
async function packWith(manager, dir, into, artifact, wanted) {
  await checkVersion(manager, wanted, dir, artifact);
  const args = manager === "pnpm" ? ["pack", "--pack-destination", into] : ["pack", "--out", join5(into, "package.tgz")];
  await new Promise((resolve4, reject) => {
    execFile2(
      manager,
      args,
      {
        cwd: dir,
        timeout: 5 * 6e4,
        maxBuffer: 64 * 1024 * 1024,
        env: MANAGER_ENV
      },
      (error, stdout, stderr) => {
        if (!error) return resolve4();
        if (error.code === "ENOENT") {
          return reject(
            inputError(
              artifact,
              `this package is published with ${manager}, which is not installed here; install it (only ${manager} packs it exactly), or scan the tarball \`${manager} pack\` writes`
            )
          );
        }
        const why = `${stdout}
${stderr}`.trim().split("\n").filter(Boolean).pop() ?? error.message;
        reject(inputError(artifact, `${manager} pack failed: ${why}`));
      }
    );
  });
  const tarball = (await readdir2(into)).find((name) => name.endsWith(".tgz"));
  if (!tarball) throw inputError(artifact, `${manager} pack wrote no tarball`);
  return join5(into, tarball);
}

// src/sources/xz-decoder.ts
var BUFFER_SIZE = 0;
var INPUT_START = 1;
var INPUT_POSITION = 2;
var INPUT_SIZE = 3;
var OUTPUT_START = 4;
var OUTPUT_POSITION = 5;
var XZ_OK = 0;
var XZ_STREAM_END = 1;
var XzUnsupported = class extends Error {
  name = "XzUnsupported";
};
var UNSUPPORTED = "the xz data uses options this decoder cannot read: a SHA-256 check (as rpm writes), a BCJ filter such as xz --x86, a dictionary over 64 MiB, or header flags that no xz knows";
var FAILURES = {
  3: "xz data needs more memory than the decoder can have",
  5: "not xz data (bad stream header)",
  7: "xz data is corrupt",
  8: "xz data is truncated (unexpected end of input), or has data after its end"
};
var UNSUPPORTED_CODES = /* @__PURE__ */ new Set([2, 4, 6]);
var MAX_IDLE_CALLS = 4;
var loading;
function decoderExports() {
  loading ??= (async () => {
    const { default: xz } = await import("./xz-decompress-YY7GXX7E.js");
    const stream = xz.XzReadableStream;
    if (!stream._moduleInstance) await stream._getModuleInstance();
    return stream._moduleInstance.exports;
  })();
  return loading;
}
async function* decodeXz(input, onOutput) {
  const xz = await decoderExports();
  const context = xz.create_context() >>> 0;
  if (context === 0) throw new Error(FAILURES[3]);
  const words = () => new Uint32Array(xz.memory.buffer, context, 6);
  const bufferSize = words()[BUFFER_SIZE];
  const supply = (bytes) => {
    new Uint8Array(xz.memory.buffer).set(bytes, words()[INPUT_START]);
    xz.supply_input(context, bytes.length);
  };
  function* run(final) {
    for (let idle = 0; ; ) {
      const result = xz.get_next_output(context);
      const state = words();
      const produced = state[OUTPUT_POSITION];
      if (produced > 0) {
        idle = 0;
        onOutput(produced);
        yield Buffer.from(new Uint8Array(xz.memory.buffer, state[OUTPUT_START], produced));
        words()[OUTPUT_POSITION] = 0;
      } else if (++idle > MAX_IDLE_CALLS) {
        throw new Error(FAILURES[8]);
      }
      if (result === XZ_STREAM_END) return;
      if (UNSUPPORTED_CODES.has(result)) throw new XzUnsupported(UNSUPPORTED);
      if (result !== XZ_OK) throw new Error(FAILURES[result] ?? `xz decoding failed (code ${result})`);
      const state2 = words();
      if (!final && state2[INPUT_POSITION] === state2[INPUT_SIZE] && produced < bufferSize) return;
    }
  }
  try {
    for await (const chunk of input) {
      for (let at = 0; at < chunk.length; at += bufferSize) {
        supply(chunk.subarray(at, at + bufferSize));
        yield* run(false);
      }
    }
    supply(new Uint8Array(0));
    yield* run(true);
  } finally {
    xz.destroy_context(context);
  }
}

// src/engine/artifact-identity.ts
var VERSION2 = /(^|[-_.@/])v?\d+(?:\.\d+)+(?:-(?:alpha|beta|rc|next|canary|pre|dev)[.\d]*)?(?=$|[-_./])/gi;
function stripVersions(path) {
  const stripped = path.replace(VERSION2, (_match, lead) => lead === "/" ? "/" : "").replace(/\/{2,}/g, "/").replace(/(^|\/)[-_.]+/g, "$1");
  return stripped || path;
}
function stripHash(name) {
  const pattern = namePattern(name);
  if (!pattern.includes("[hash]")) return name;
  return pattern.startsWith("[hash]") ? pattern : pattern.replace(/[.-]\[hash\]/, "");
}
function artifactIdentity(input) {
  if (input.name) return input.name;
  if (input.packageName) return `npm:${input.packageName}`;
  const normalised = input.source.replace(/^\.\//, "").replace(/\/+$/, "");
  const base = normalised.split("/").pop() ?? normalised;
  return stripVersions(normalised.slice(0, normalised.length - base.length) + stripHash(base));
}

// src/engine/container-image.ts
var MAX_JSON_BYTES = 4 * 1024 * 1024;
var BLOB = /^blobs\/sha256\/([0-9a-f]{64})$/;
var ImageMetadataCapture = class {
  documents = /* @__PURE__ */ new Map();
  /** An observer for the entry when it may be image metadata, else undefined. */
  observe(entry) {
    if (entry.depth !== 0 || entry.type !== "file") return void 0;
    const named = entry.path === "manifest.json" || entry.path === "index.json" || entry.path === "oci-layout";
    if (!named && !BLOB.test(entry.path) && !/^[0-9a-f]{64}\.json$/.test(entry.path)) return void 0;
    const chunks = [];
    let length = 0;
    let json;
    return {
      onChunk: (chunk) => {
        json ??= /^\s*[[{]/.test(chunk.subarray(0, 64).toString("latin1"));
        if (!json || length > MAX_JSON_BYTES) return;
        length += chunk.length;
        if (length <= MAX_JSON_BYTES) chunks.push(Buffer.from(chunk));
      },
      onEnd: () => {
        if (json && length <= MAX_JSON_BYTES) this.documents.set(entry.path, Buffer.concat(chunks));
      }
    };
  }
  get(path) {
    const bytes = this.documents.get(path);
    if (!bytes) return void 0;
    try {
      return JSON.parse(bytes.toString("utf8"));
    } catch {
      return void 0;
    }
  }
  has(path) {
    return this.documents.has(path);
  }
};
function readImageLayout(capture, entries) {
  const docker = capture.get("manifest.json");
  const oci = capture.has("oci-layout") ? capture.get("index.json") : void 0;
  if (!Array.isArray(docker) && !isObject(oci)) return void 0;
  const present = new Map(entries.filter((e) => e.type === "file").map((e) => [e.path, e]));
  const findings = [];
  const images = [];
  let repository;
  const blobPath = (digest) => {
    if (typeof digest === "string" && /^sha256:[0-9a-f]{64}$/.test(digest))
      return `blobs/sha256/${digest.slice(7)}`;
    const shown = typeof digest === "string" ? digest.slice(0, 80) : typeof digest;
    findings.push(
      integrityFinding(
        "",
        `The image names a blob by a digest that is not a sha256 leakgate can verify (${JSON.stringify(shown)}): that blob was not checked against its name.`,
        `digest ${shown}`
      )
    );
    return void 0;
  };
  const missing = (path, what) => {
    if (present.has(path)) return false;
    findings.push(
      integrityFinding(
        path,
        `The image names ${what} ${path}, which it does not hold: it is incomplete or was tampered with.`,
        `missing ${path}`
      )
    );
    return true;
  };
  if (Array.isArray(docker)) {
    for (const item of docker) {
      if (!isObject(item)) continue;
      const layers2 = uniqueLayers(
        Array.isArray(item.Layers) ? item.Layers.filter((l) => typeof l === "string") : [],
        findings
      );
      const config = typeof item.Config === "string" ? item.Config : void 0;
      if (config) missing(config, "a config");
      for (const layer of layers2) missing(layer, "a layer");
      images.push({ ...config ? { config } : {}, layers: layers2 });
      const tag = Array.isArray(item.RepoTags) ? item.RepoTags.find((t) => typeof t === "string") : void 0;
      repository ??= tag ? withoutTag(tag) : void 0;
    }
  } else if (isObject(oci)) {
    const visited = /* @__PURE__ */ new Set();
    const visit = (index, depth) => {
      if (depth > 4) return;
      for (const descriptor of Array.isArray(index.manifests) ? index.manifests : []) {
        if (!isObject(descriptor)) continue;
        const path = blobPath(descriptor.digest);
        if (!path || visited.has(path) || missing(path, "a manifest")) continue;
        visited.add(path);
        const annotations = isObject(descriptor.annotations) ? descriptor.annotations : {};
        const name = annotations["io.containerd.image.name"] ?? annotations["org.opencontainers.image.ref.name"];
        if (typeof name === "string" && name.includes("/")) repository ??= withoutTag(name);
        const document = capture.get(path);
        if (!isObject(document)) continue;
        if (Array.isArray(document.manifests)) {
          visit(document, depth + 1);
          continue;
        }
        const platform = isObject(descriptor.platform) ? [descriptor.platform.os, descriptor.platform.architecture, descriptor.platform.variant].filter(Boolean).join("/") : void 0;
        const config = isObject(document.config) ? blobPath(document.config.digest) : void 0;
        if (config) missing(config, "a config");
        const layers2 = uniqueLayers(
          (Array.isArray(document.layers) ? document.layers : []).map((layer) => isObject(layer) ? blobPath(layer.digest) : void 0).filter((layer) => layer !== void 0 && !missing(layer, "a layer")),
          findings
        );
        images.push({ ...platform ? { platform } : {}, ...config ? { config } : {}, layers: layers2 });
      }
    };
    visit(oci, 0);
  }
  for (const entry of present.values()) {
    const match = BLOB.exec(entry.path);
    if (match && entry.sha256 && entry.sha256 !== match[1]) {
      findings.push(
        integrityFinding(
          entry.path,
          `This blob's content does not match its digest (its sha256 is ${entry.sha256.slice(0, 12)}…): the image was tampered with or corrupted.`,
          `digest ${entry.path}`
        )
      );
    }
  }
  const layerOf = /* @__PURE__ */ new Map();
  const hidden = /* @__PURE__ */ new Map();
  const byLayer = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const bang = entry.path.indexOf("!");
    if (bang === -1 || entry.path.indexOf("!", bang + 1) !== -1) continue;
    const layer = entry.path.slice(0, bang);
    const list = byLayer.get(layer);
    if (list) list.push(entry);
    else byLayer.set(layer, [entry]);
  }
  const filesystem = [];
  const byPath2 = new Map(entries.map((e) => [e.path, e]));
  for (const image of images) {
    image.layers.forEach((layer, i) => {
      const platform2 = image.platform ? { platform: image.platform } : {};
      layerOf.set(layer, { index: i + 1, count: image.layers.length, ...platform2 });
    });
    const live = applyLayers(image.layers, byLayer, hidden);
    const platform = images.length > 1 ? `${image.platform ?? "unknown"}/` : "";
    for (const [path, origin] of live) {
      const entry = byPath2.get(origin);
      if (entry) filesystem.push({ ...entry, path: `${platform}${path}` });
    }
  }
  const layers = [...new Set(images.flatMap((image) => image.layers))].map(
    (layer) => layer.replace(/^blobs\/sha256\//, "sha256:")
  );
  return {
    ...repository ? { identity: `image:${repository}` } : {},
    images,
    findings,
    layerOf,
    hidden,
    filesystem: { entries: filesystem, layers }
  };
}
function applyLayers(layers, byLayer, hidden) {
  const live = /* @__PURE__ */ new Map();
  layers.forEach((layer, i) => {
    const prefix = `${layer}!`;
    const own = byLayer.get(layer) ?? [];
    const hide = (origin, how) => {
      if (!hidden.has(origin)) hidden.set(origin, { layer: i + 1, how });
    };
    const remove = (predicate) => {
      for (const [path, origin] of live) {
        if (!predicate(path)) continue;
        hide(origin, "deleted");
        live.delete(path);
      }
    };
    for (const entry of own) {
      const path = entry.path.slice(prefix.length);
      const slash = path.lastIndexOf("/");
      const dir = slash === -1 ? "" : path.slice(0, slash + 1);
      const name = path.slice(slash + 1);
      if (name === ".wh..wh..opq") remove((p) => p.startsWith(dir) && p !== dir.replace(/\/$/, ""));
      else if (name.startsWith(".wh.")) {
        const target = `${dir}${name.slice(4)}`;
        const exact = live.get(target);
        if (exact !== void 0) {
          hide(exact, "deleted");
          live.delete(target);
        }
        if (entry.type === "file" && [...live.keys()].some((p) => p.startsWith(`${target}/`)))
          remove((p) => p.startsWith(`${target}/`));
      }
    }
    for (const entry of own) {
      const path = entry.path.slice(prefix.length);
      if (path.slice(path.lastIndexOf("/") + 1).startsWith(".wh.")) continue;
      const older = live.get(path);
      if (older !== void 0) hide(older, "overwritten");
      live.set(path, entry.path);
    }
  });
  return live;
}
function isWhiteoutPathFinding(finding, layout) {
  if (finding.ruleId !== "internal-path") return false;
  const parts = finding.path.split("!");
  return parts.length === 2 && layout.layerOf.has(parts[0]) && /(^|\/)\.wh\.[^/]*$/.test(parts[1]);
}
function describeLayer(finding, layout) {
  const bang = finding.path.indexOf("!");
  if (bang === -1) return finding;
  const layer = layout.layerOf.get(finding.path.slice(0, bang));
  if (!layer) return finding;
  const file = finding.path.split("!").slice(0, 2).join("!");
  const hidden = layout.hidden.get(file);
  const where = `layer ${layer.index} of ${layer.count}${layer.platform ? ` (${layer.platform})` : ""}`;
  const message = hidden?.how === "deleted" ? `${finding.message} It is deleted in layer ${hidden.layer}, but still in ${where}: anyone who pulls the image gets it.` : hidden?.how === "overwritten" ? `${finding.message} Layer ${hidden.layer} replaces it, but this copy is still in ${where}: anyone who pulls the image gets it.` : `${finding.message} (In ${where}.)`;
  return {
    ...finding,
    message,
    details: {
      ...finding.details,
      layer: layer.index,
      layers: layer.count,
      ...hidden?.how === "deleted" ? { deletedInLayer: hidden.layer } : {},
      ...hidden?.how === "overwritten" ? { overwrittenInLayer: hidden.layer } : {}
    }
  };
}
function integrityFinding(path, message, evidence) {
  return {
    ruleId: "image-integrity",
    severity: "error",
    path,
    message,
    fix: "Do not publish this image: rebuild it from source and push it again, and find out how it changed.",
    evidence
  };
}
function withoutTag(reference) {
  const digestless = reference.replace(/@sha256:[0-9a-f]+$/, "");
  const slash = digestless.lastIndexOf("/");
  const colon = digestless.lastIndexOf(":");
  return colon > slash ? digestless.slice(0, colon) : digestless;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var MAX_LAYERS = 1e3;
function uniqueLayers(layers, findings) {
  const unique = [...new Set(layers)];
  if (unique.length <= MAX_LAYERS) return unique;
  findings.push({
    ruleId: "archive-limit",
    severity: "error",
    path: "",
    message: `The image lists ${unique.length} layers, more than the ${MAX_LAYERS} leakgate orders: the layers past them are still scanned, but not placed in the image's filesystem.`,
    fix: "Rebuild the image with fewer layers; no real image has this many.",
    details: { limit: "image layers", layers: unique.length },
    evidence: "image layers"
  });
  return unique.slice(0, MAX_LAYERS);
}

// src/engine/entry-path.ts
var BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/;
function normaliseEntryPath(name) {
  let problem;
  if (name.includes("\0")) problem = "contains a NUL byte";
  else if (name.includes("\\")) problem = "contains a backslash (a Windows path separator)";
  else if (name.startsWith("/")) problem = "is an absolute path";
  else if (/^[A-Za-z]:/.test(name)) problem = "starts with a drive letter";
  else if (BIDI.test(name)) problem = "contains Unicode bidirectional controls that disguise how it reads";
  else if (/[\x01-\x1f\x7f]/.test(name))
    problem = "contains control characters (terminal escapes, line breaks)";
  const segments = printable(name).split("/").filter((segment) => segment !== "" && segment !== ".");
  if (!problem && segments.includes("..")) problem = "climbs out of the archive with `..`";
  const path = segments.join("/");
  return {
    path: path === "" ? "." : name.startsWith("/") ? `/${path}` : path,
    ...problem ? { problem } : {}
  };
}
function linkEscapesRoot(linkPath, target) {
  if (target.startsWith("/") || /^[A-Za-z]:/.test(target) || target.includes("\\")) return true;
  const stack = linkPath.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (stack.length === 0) return true;
      stack.pop();
    } else stack.push(segment);
  }
  return false;
}

// src/engine/finding-budget.ts
var MAX_FINDINGS_PER_FILE = 50;
var MAX_FINDINGS_PER_RULE = 1e3;
var RANK = { note: 0, warning: 1, error: 2 };
var FindingBudget = class {
  kept = [];
  perFile = /* @__PURE__ */ new Map();
  perRule = /* @__PURE__ */ new Map();
  omitted = /* @__PURE__ */ new Map();
  add(finding) {
    const fileKey = `${finding.ruleId}\0${finding.path}`;
    const inFile = this.perFile.get(fileKey) ?? 0;
    const inRule = this.perRule.get(finding.ruleId) ?? 0;
    if (inFile >= MAX_FINDINGS_PER_FILE) {
      this.omit(fileKey, finding, finding.path);
      return;
    }
    if (inRule >= MAX_FINDINGS_PER_RULE) {
      this.omit(`${finding.ruleId}\0`, finding, "");
      return;
    }
    this.perFile.set(fileKey, inFile + 1);
    this.perRule.set(finding.ruleId, inRule + 1);
    this.kept.push(ownStrings(finding));
  }
  /** The findings kept, then one finding per file or rule that overflowed, saying how many were left out. */
  findings() {
    const summaries = [...this.omitted.values()].map(
      ({ ruleId, path, count: count2, severity }) => ({
        ruleId,
        severity,
        path,
        message: path ? `… and ${formatNumber(count2)} more ${ruleId} findings in this file, not listed (at most ${MAX_FINDINGS_PER_FILE} per file are).` : `… and ${formatNumber(count2)} more ${ruleId} findings in this artifact, not listed (at most ${MAX_FINDINGS_PER_RULE} per rule are).`,
        fix: "Fix the findings listed first: the ones left out are of the same kind. A flood of findings usually has one cause.",
        details: { omitted: count2 },
        // The count is part of what was reviewed: more of them is a different finding.
        evidence: `omitted ${count2} ${severity}`
      })
    );
    return [...this.kept, ...summaries];
  }
  omit(key, finding, path) {
    const entry = this.omitted.get(key);
    if (!entry) {
      this.omitted.set(key, { ruleId: finding.ruleId, path, count: 1, severity: finding.severity });
      return;
    }
    entry.count++;
    if (RANK[finding.severity] > RANK[entry.severity]) entry.severity = finding.severity;
  }
};

// src/engine/git-destination.ts
var import_picomatch4 = __toESM(require_picomatch(), 1);

// src/sources/git/object-reader.ts
import { spawn } from "node:child_process";
var GitObjectReader = class {
  child;
  iterator;
  pending = Buffer.alloc(0);
  failure;
  constructor(cwd) {
    this.child = spawn("git", ["cat-file", "--batch"], {
      cwd,
      env: GIT_ENV,
      stdio: ["pipe", "pipe", "ignore"]
    });
    this.child.on("error", (error) => {
      this.failure = error;
    });
    this.iterator = this.child.stdout[Symbol.asyncIterator]();
  }
  /** The object's type and size, then its bytes (the caller must read them all before asking for the next). */
  async open(sha) {
    this.child.stdin.write(`${sha}
`);
    const header = await this.readLine();
    const [, type, size] = header.split(" ");
    if (type === void 0 || size === void 0 || header.endsWith(" missing")) {
      throw new Error(`object ${sha} is missing from the repository (a shallow or partial clone?)`);
    }
    return { type, size: Number(size), content: this.body(Number(size)) };
  }
  close() {
    this.child.stdin.end();
    this.child.kill();
  }
  async *body(size) {
    let left = size;
    while (left > 0) {
      if (this.pending.length === 0) await this.fill();
      const take = this.pending.subarray(0, Math.min(left, this.pending.length));
      this.pending = this.pending.subarray(take.length);
      left -= take.length;
      yield take;
    }
    if (this.pending.length === 0) await this.fill();
    this.pending = this.pending.subarray(1);
  }
  async readLine() {
    for (; ; ) {
      const end = this.pending.indexOf(10);
      if (end !== -1) {
        const line = this.pending.subarray(0, end).toString("utf8");
        this.pending = this.pending.subarray(end + 1);
        return line;
      }
      await this.fill();
    }
  }
  async fill() {
    if (this.failure) throw this.failure;
    const next = await this.iterator.next();
    if (next.done) throw this.failure ?? new Error("git cat-file ended early");
    this.pending = this.pending.length === 0 ? next.value : Buffer.concat([this.pending, next.value]);
  }
};

// src/sources/git/tree-reader.ts
var TAG_MESSAGE = "(tag message)";
async function listTree2(context, tip) {
  const out = await git(context, ["ls-tree", "-r", "-z", "-l", "--full-tree", tip]) ?? "";
  return out.split("\0").filter(Boolean).map((line) => {
    const tab = line.indexOf("	");
    const [mode = "", type = "", object = "", size = "0"] = line.slice(0, tab).split(/ +/);
    return { mode, type, object, size: size === "-" ? 0 : Number(size), path: line.slice(tab + 1) };
  });
}
async function* readTip(context, ref, objects, seen) {
  if (ref.annotated && !seen.has(`tag\0${ref.sha}`)) {
    seen.add(`tag\0${ref.sha}`);
    yield {
      name: TAG_MESSAGE,
      type: "file",
      size: -1,
      mode: DEFAULT_FILE_MODE,
      sealed: true,
      content: async function* () {
        const { content } = await objects.open(ref.sha);
        yield* content;
      }
    };
  }
  if (ref.tipType === "blob") {
    yield* entriesOf(
      [{ mode: "100644", type: "blob", object: ref.tip, size: -1, path: "(blob)" }],
      objects,
      seen
    );
    return;
  }
  yield* entriesOf(await listTree2(context, ref.tip), objects, seen);
}
async function* entriesOf(tree, objects, seen) {
  for (const entry of tree) {
    if (entry.type !== "blob") continue;
    const key = `${entry.path}\0${entry.object}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (entry.mode === "120000") {
      const { content } = await objects.open(entry.object);
      const chunks = [];
      for await (const chunk of content) chunks.push(chunk);
      yield {
        name: entry.path,
        type: "symlink",
        size: 0,
        mode: 511,
        linkTarget: Buffer.concat(chunks).toString("utf8"),
        content: async function* () {
        }
      };
      continue;
    }
    yield {
      name: entry.path,
      type: "file",
      size: entry.size,
      mode: entry.mode === "100755" ? 493 : DEFAULT_FILE_MODE,
      content: async function* () {
        const { content } = await objects.open(entry.object);
        yield* content;
      }
    };
  }
}

// src/engine/git-destination.ts
var DEFAULT_INTERNAL_REFS = [
  "refs/remotes/**",
  "refs/stash",
  "refs/pull/**",
  "refs/original/**",
  "refs/heads/{internal,private,security,wip}/**"
];
function refFindings2(plan, internalRefs) {
  const internal = (0, import_picomatch4.default)([...internalRefs], { dot: true });
  const findings = [];
  for (const ref of plan.refs) {
    if (!internal(ref.name)) continue;
    findings.push({
      ruleId: "internal-ref",
      severity: "error",
      path: ref.name,
      message: `The push would send ${ref.name} to ${plan.url.shown}: refs in this namespace are internal (other people's branches, stashes, pull requests, rewritten history, private work).`,
      fix: plan.mirror ? "Do not mirror-push a working clone: push the branches and tags that are meant to be public (an explicit refspec), or set remote.<name>.push to them." : "Remove the ref from the push refspec, or delete the ref before pushing.",
      details: { ref: ref.name, source: ref.source, sha: ref.sha, rule: plan.rule },
      evidence: ref.name
    });
  }
  if (plan.url.hasCredentials) findings.push(urlCredentialFinding(plan.url.shown, plan.url.credential ?? ""));
  return findings;
}
function uncheckedParts(plan, refsOnly = false) {
  if (refsOnly) {
    return [
      {
        path: "",
        format: "git",
        reason: "trees and history: only the remote's refs were listed (git ls-remote); --deep fetches and checks the trees at their tips"
      }
    ];
  }
  const parts = [
    {
      path: "",
      format: "git",
      reason: "history: a push sends the commits behind each tip too; only the trees at the pushed tips (and annotated tags' messages) were checked"
    }
  ];
  if (plan.shallow) {
    parts.push({
      path: "",
      format: "git",
      reason: "a shallow clone: history before its oldest commits is not here, so only the trees at the pushed tips were checked (git refuses to push a shallow clone to most remotes)"
    });
  }
  return parts;
}
async function walkPushedTrees(walker, plan, repository, artifact) {
  const objects = new GitObjectReader(repository);
  const seen = /* @__PURE__ */ new Set();
  try {
    for (const ref of plan.refs) {
      const context = { prefix: ref.name, depth: 0, name: ref.name, head: Buffer.alloc(0) };
      await walker.walkEntries(readTip({ cwd: repository, artifact }, ref, objects, seen), context);
    }
  } finally {
    objects.close();
  }
}
function urlCredentialFinding(shownUrl, credential) {
  return {
    ruleId: "secret",
    severity: "error",
    path: "",
    message: `The destination URL carries a credential (${shownUrl}): it is stored in configuration and printed by tools that show the URL.`,
    fix: "Take the credential out of the URL and give it through a credential helper or the CI's token; rotate it.",
    details: { family: "url-credential", redacted: shownUrl },
    evidence: `url-credential:${valueDigest(credential)}`
  };
}

// src/engine/limits.ts
var LimitExceeded = class extends Error {
  constructor(limit, path, message) {
    super(message);
    this.limit = limit;
    this.path = path;
  }
  name = "LimitExceeded";
};
var mib = formatBytes;
var LimitTracker = class {
  constructor(limits) {
    this.limits = limits;
  }
  entries = 0;
  bytes = 0;
  countEntry(path) {
    this.entries++;
    if (this.entries > this.limits.maxEntries) {
      throw new LimitExceeded(
        "maxEntries",
        path,
        `more than ${formatNumber(this.limits.maxEntries)} entries (limits.maxEntries)`
      );
    }
  }
  countBytes(count2, path) {
    this.bytes += count2;
    if (this.bytes > this.limits.maxTotalBytes) {
      throw new LimitExceeded(
        "maxTotalBytes",
        path,
        `more than ${mib(this.limits.maxTotalBytes)} of uncompressed data (limits.maxTotalBytes)`
      );
    }
  }
  /** Judges a compression ratio once enough bytes came out for the ratio to mean something. */
  checkRatio(compressed, uncompressed, path) {
    if (uncompressed < this.limits.ratioGraceBytes) return;
    const ratio = uncompressed / Math.max(compressed, 1);
    if (ratio > this.limits.maxCompressionRatio) {
      throw new LimitExceeded(
        "maxCompressionRatio",
        path,
        `compression ratio over ${this.limits.maxCompressionRatio}:1 (${mib(compressed)} expanding to at least ${mib(uncompressed)}): a likely decompression bomb (limits.maxCompressionRatio)`
      );
    }
  }
};

// src/engine/walker.ts
import { createHash as createHash2 } from "node:crypto";
import { stat as stat2 } from "node:fs/promises";
import { Readable as Readable2 } from "node:stream";

// src/sources/decompress.ts
import { PassThrough, Readable, Transform } from "node:stream";
import * as zlib from "node:zlib";

// node_modules/fzstd/esm/index.mjs
var ab = ArrayBuffer;
var u8 = Uint8Array;
var u16 = Uint16Array;
var i16 = Int16Array;
var i32 = Int32Array;
var slc = function(v, s, e) {
  if (u8.prototype.slice)
    return u8.prototype.slice.call(v, s, e);
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  var n = new u8(e - s);
  n.set(v.subarray(s, e));
  return n;
};
var fill = function(v, n, s, e) {
  if (u8.prototype.fill)
    return u8.prototype.fill.call(v, n, s, e);
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  for (; s < e; ++s)
    v[s] = n;
  return v;
};
var cpw = function(v, t, s, e) {
  if (u8.prototype.copyWithin)
    return u8.prototype.copyWithin.call(v, t, s, e);
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  while (s < e) {
    v[t++] = v[s++];
  }
};
var ec = [
  "invalid zstd data",
  "window size too large (>2046MB)",
  "invalid block type",
  "FSE accuracy too high",
  "match distance too far back",
  "unexpected EOF"
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var rb = function(d, b, n) {
  var i = 0, o = 0;
  for (; i < n; ++i)
    o |= d[b++] << (i << 3);
  return o;
};
var b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var rzfh = function(dat, w) {
  var n3 = dat[0] | dat[1] << 8 | dat[2] << 16;
  if (n3 == 3126568 && dat[3] == 253) {
    var flg = dat[4];
    var ss = flg >> 5 & 1, cc = flg >> 2 & 1, df = flg & 3, fcf = flg >> 6;
    if (flg & 8)
      err(0);
    var bt = 6 - ss;
    var db = df == 3 ? 4 : df;
    var di = rb(dat, bt, db);
    bt += db;
    var fsb = fcf ? 1 << fcf : ss;
    var fss = rb(dat, bt, fsb) + (fcf == 1 && 256);
    var ws = fss;
    if (!ss) {
      var wb = 1 << 10 + (dat[5] >> 3);
      ws = wb + (wb >> 3) * (dat[5] & 7);
    }
    if (ws > 2145386496)
      err(1);
    var buf = new u8((w == 1 ? fss || ws : w ? 0 : ws) + 12);
    buf[0] = 1, buf[4] = 4, buf[8] = 8;
    return {
      b: bt + fsb,
      y: 0,
      l: 0,
      d: di,
      w: w && w != 1 ? w : buf.subarray(12),
      e: ws,
      o: new i32(buf.buffer, 0, 3),
      u: fss,
      c: cc,
      m: Math.min(131072, ws)
    };
  } else if ((n3 >> 4 | dat[3] << 20) == 25481893) {
    return b4(dat, 4) + 8;
  }
  err(0);
};
var msb = function(val) {
  var bits = 0;
  for (; 1 << bits <= val; ++bits)
    ;
  return bits - 1;
};
var rfse = function(dat, bt, mal) {
  var tpos = (bt << 3) + 4;
  var al = (dat[bt] & 15) + 5;
  if (al > mal)
    err(3);
  var sz = 1 << al;
  var probs = sz, sym = -1, re = -1, i = -1, ht = sz;
  var buf = new ab(512 + (sz << 2));
  var freq = new i16(buf, 0, 256);
  var dstate = new u16(buf, 0, 256);
  var nstate = new u16(buf, 512, sz);
  var bb1 = 512 + (sz << 1);
  var syms = new u8(buf, bb1, sz);
  var nbits = new u8(buf, bb1 + sz);
  while (sym < 255 && probs > 0) {
    var bits = msb(probs + 1);
    var cbt = tpos >> 3;
    var msk = (1 << bits + 1) - 1;
    var val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (tpos & 7) & msk;
    var msk1fb = (1 << bits) - 1;
    var msv = msk - probs - 1;
    var sval = val & msk1fb;
    if (sval < msv)
      tpos += bits, val = sval;
    else {
      tpos += bits + 1;
      if (val > msk1fb)
        val -= msv;
    }
    freq[++sym] = --val;
    if (val == -1) {
      probs += val;
      syms[--ht] = sym;
    } else
      probs -= val;
    if (!val) {
      do {
        var rbt = tpos >> 3;
        re = (dat[rbt] | dat[rbt + 1] << 8) >> (tpos & 7) & 3;
        tpos += 2;
        sym += re;
      } while (re == 3);
    }
  }
  if (sym > 255 || probs)
    err(0);
  var sympos = 0;
  var sstep = (sz >> 1) + (sz >> 3) + 3;
  var smask = sz - 1;
  for (var s = 0; s <= sym; ++s) {
    var sf = freq[s];
    if (sf < 1) {
      dstate[s] = -sf;
      continue;
    }
    for (i = 0; i < sf; ++i) {
      syms[sympos] = s;
      do {
        sympos = sympos + sstep & smask;
      } while (sympos >= ht);
    }
  }
  if (sympos)
    err(0);
  for (i = 0; i < sz; ++i) {
    var ns = dstate[syms[i]]++;
    var nb = nbits[i] = al - msb(ns);
    nstate[i] = (ns << nb) - sz;
  }
  return [tpos + 7 >> 3, {
    b: al,
    s: syms,
    n: nbits,
    t: nstate
  }];
};
var rhu = function(dat, bt) {
  var i = 0, wc = -1;
  var buf = new u8(292), hb = dat[bt];
  var hw = buf.subarray(0, 256);
  var rc = buf.subarray(256, 268);
  var ri = new u16(buf.buffer, 268);
  if (hb < 128) {
    var _a = rfse(dat, bt + 1, 6), ebt = _a[0], fdt = _a[1];
    bt += hb;
    var epos = ebt << 3;
    var lb = dat[bt];
    if (!lb)
      err(0);
    var st1 = 0, st2 = 0, btr1 = fdt.b, btr2 = btr1;
    var fpos = (++bt << 3) - 8 + msb(lb);
    for (; ; ) {
      fpos -= btr1;
      if (fpos < epos)
        break;
      var cbt = fpos >> 3;
      st1 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr1) - 1;
      hw[++wc] = fdt.s[st1];
      fpos -= btr2;
      if (fpos < epos)
        break;
      cbt = fpos >> 3;
      st2 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr2) - 1;
      hw[++wc] = fdt.s[st2];
      btr1 = fdt.n[st1];
      st1 = fdt.t[st1];
      btr2 = fdt.n[st2];
      st2 = fdt.t[st2];
    }
    if (++wc > 255)
      err(0);
  } else {
    wc = hb - 127;
    for (; i < wc; i += 2) {
      var byte = dat[++bt];
      hw[i] = byte >> 4;
      hw[i + 1] = byte & 15;
    }
    ++bt;
  }
  var wes = 0;
  for (i = 0; i < wc; ++i) {
    var wt = hw[i];
    if (wt > 11)
      err(0);
    wes += wt && 1 << wt - 1;
  }
  var mb = msb(wes) + 1;
  var ts = 1 << mb;
  var rem = ts - wes;
  if (rem & rem - 1)
    err(0);
  hw[wc++] = msb(rem) + 1;
  for (i = 0; i < wc; ++i) {
    var wt = hw[i];
    ++rc[hw[i] = wt && mb + 1 - wt];
  }
  var hbuf = new u8(ts << 1);
  var syms = hbuf.subarray(0, ts), nb = hbuf.subarray(ts);
  ri[mb] = 0;
  for (i = mb; i > 0; --i) {
    var pv = ri[i];
    fill(nb, i, pv, ri[i - 1] = pv + rc[i] * (1 << mb - i));
  }
  if (ri[0] != ts)
    err(0);
  for (i = 0; i < wc; ++i) {
    var bits = hw[i];
    if (bits) {
      var code = ri[bits];
      fill(syms, i, code, ri[bits] = code + (1 << mb - bits));
    }
  }
  return [bt, {
    n: nb,
    b: mb,
    s: syms
  }];
};
var dllt = rfse(/* @__PURE__ */ new u8([
  81,
  16,
  99,
  140,
  49,
  198,
  24,
  99,
  12,
  33,
  196,
  24,
  99,
  102,
  102,
  134,
  70,
  146,
  4
]), 0, 6)[1];
var dmlt = rfse(/* @__PURE__ */ new u8([
  33,
  20,
  196,
  24,
  99,
  140,
  33,
  132,
  16,
  66,
  8,
  33,
  132,
  16,
  66,
  8,
  33,
  68,
  68,
  68,
  68,
  68,
  68,
  68,
  68,
  36,
  9
]), 0, 6)[1];
var doct = rfse(/* @__PURE__ */ new u8([
  32,
  132,
  16,
  66,
  102,
  70,
  68,
  68,
  68,
  68,
  36,
  73,
  2
]), 0, 5)[1];
var b2bl = function(b, s) {
  var len = b.length, bl = new i32(len);
  for (var i = 0; i < len; ++i) {
    bl[i] = s;
    s += 1 << b[i];
  }
  return bl;
};
var llb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
  0,
  0,
  0,
  0,
  16843009,
  50528770,
  134678020,
  202050057,
  269422093
])).buffer, 0, 36);
var llbl = /* @__PURE__ */ b2bl(llb, 0);
var mlb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  16843009,
  50528770,
  117769220,
  185207048,
  252579084,
  16
])).buffer, 0, 53);
var mlbl = /* @__PURE__ */ b2bl(mlb, 3);
var dhu = function(dat, out, hu) {
  var len = dat.length, ss = out.length, lb = dat[len - 1], msk = (1 << hu.b) - 1, eb = -hu.b;
  if (!lb)
    err(0);
  var st = 0, btr = hu.b, pos = (len << 3) - 8 + msb(lb) - btr, i = -1;
  for (; pos > eb && i < ss; ) {
    var cbt = pos >> 3;
    var val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (pos & 7);
    st = (st << btr | val) & msk;
    out[++i] = hu.s[st];
    pos -= btr = hu.n[st];
  }
  if (pos != eb || i + 1 != ss)
    err(0);
};
var dhu4 = function(dat, out, hu) {
  var bt = 6;
  var ss = out.length, sz1 = ss + 3 >> 2, sz2 = sz1 << 1, sz3 = sz1 + sz2;
  dhu(dat.subarray(bt, bt += dat[0] | dat[1] << 8), out.subarray(0, sz1), hu);
  dhu(dat.subarray(bt, bt += dat[2] | dat[3] << 8), out.subarray(sz1, sz2), hu);
  dhu(dat.subarray(bt, bt += dat[4] | dat[5] << 8), out.subarray(sz2, sz3), hu);
  dhu(dat.subarray(bt), out.subarray(sz3), hu);
};
var rzb = function(dat, st, out) {
  var _a;
  var bt = st.b;
  var b0 = dat[bt], btype = b0 >> 1 & 3;
  st.l = b0 & 1;
  var sz = b0 >> 3 | dat[bt + 1] << 5 | dat[bt + 2] << 13;
  var ebt = (bt += 3) + sz;
  if (btype == 1) {
    if (bt >= dat.length)
      return;
    st.b = bt + 1;
    if (out) {
      fill(out, dat[bt], st.y, st.y += sz);
      return out;
    }
    return fill(new u8(sz), dat[bt]);
  }
  if (ebt > dat.length)
    return;
  if (btype == 0) {
    st.b = ebt;
    if (out) {
      out.set(dat.subarray(bt, ebt), st.y);
      st.y += sz;
      return out;
    }
    return slc(dat, bt, ebt);
  }
  if (btype == 2) {
    var b3 = dat[bt], lbt = b3 & 3, sf = b3 >> 2 & 3;
    var lss = b3 >> 4, lcs = 0, s4 = 0;
    if (lbt < 2) {
      if (sf & 1)
        lss |= dat[++bt] << 4 | (sf & 2 && dat[++bt] << 12);
      else
        lss = b3 >> 3;
    } else {
      s4 = sf;
      if (sf < 2)
        lss |= (dat[++bt] & 63) << 4, lcs = dat[bt] >> 6 | dat[++bt] << 2;
      else if (sf == 2)
        lss |= dat[++bt] << 4 | (dat[++bt] & 3) << 12, lcs = dat[bt] >> 2 | dat[++bt] << 6;
      else
        lss |= dat[++bt] << 4 | (dat[++bt] & 63) << 12, lcs = dat[bt] >> 6 | dat[++bt] << 2 | dat[++bt] << 10;
    }
    ++bt;
    var buf = out ? out.subarray(st.y, st.y + st.m) : new u8(st.m);
    var spl = buf.length - lss;
    if (lbt == 0)
      buf.set(dat.subarray(bt, bt += lss), spl);
    else if (lbt == 1)
      fill(buf, dat[bt++], spl);
    else {
      var hu = st.h;
      if (lbt == 2) {
        var hud = rhu(dat, bt);
        lcs += bt - (bt = hud[0]);
        st.h = hu = hud[1];
      } else if (!hu)
        err(0);
      (s4 ? dhu4 : dhu)(dat.subarray(bt, bt += lcs), buf.subarray(spl), hu);
    }
    var ns = dat[bt++];
    if (ns) {
      if (ns == 255)
        ns = (dat[bt++] | dat[bt++] << 8) + 32512;
      else if (ns > 127)
        ns = ns - 128 << 8 | dat[bt++];
      var scm = dat[bt++];
      if (scm & 3)
        err(0);
      var dts = [dmlt, doct, dllt];
      for (var i = 2; i > -1; --i) {
        var md = scm >> (i << 1) + 2 & 3;
        if (md == 1) {
          var rbuf = new u8([0, 0, dat[bt++]]);
          dts[i] = {
            s: rbuf.subarray(2, 3),
            n: rbuf.subarray(0, 1),
            t: new u16(rbuf.buffer, 0, 1),
            b: 0
          };
        } else if (md == 2) {
          _a = rfse(dat, bt, 9 - (i & 1)), bt = _a[0], dts[i] = _a[1];
        } else if (md == 3) {
          if (!st.t)
            err(0);
          dts[i] = st.t[i];
        }
      }
      var _b = st.t = dts, mlt = _b[0], oct = _b[1], llt = _b[2];
      var lb = dat[ebt - 1];
      if (!lb)
        err(0);
      var spos = (ebt << 3) - 8 + msb(lb) - llt.b, cbt = spos >> 3, oubt = 0;
      var lst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << llt.b) - 1;
      cbt = (spos -= oct.b) >> 3;
      var ost = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << oct.b) - 1;
      cbt = (spos -= mlt.b) >> 3;
      var mst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mlt.b) - 1;
      for (++ns; --ns; ) {
        var llc = llt.s[lst];
        var lbtr = llt.n[lst];
        var mlc = mlt.s[mst];
        var mbtr = mlt.n[mst];
        var ofc = oct.s[ost];
        var obtr = oct.n[ost];
        cbt = (spos -= ofc) >> 3;
        var ofp = 1 << ofc;
        var off = ofp + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16 | dat[cbt + 3] << 24) >>> (spos & 7) & ofp - 1);
        cbt = (spos -= mlb[mlc]) >> 3;
        var ml = mlbl[mlc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << mlb[mlc]) - 1);
        cbt = (spos -= llb[llc]) >> 3;
        var ll = llbl[llc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << llb[llc]) - 1);
        cbt = (spos -= lbtr) >> 3;
        lst = llt.t[lst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << lbtr) - 1);
        cbt = (spos -= mbtr) >> 3;
        mst = mlt.t[mst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mbtr) - 1);
        cbt = (spos -= obtr) >> 3;
        ost = oct.t[ost] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << obtr) - 1);
        if (off > 3) {
          st.o[2] = st.o[1];
          st.o[1] = st.o[0];
          st.o[0] = off -= 3;
        } else {
          var idx = off - (ll != 0);
          if (idx) {
            off = idx == 3 ? st.o[0] - 1 : st.o[idx];
            if (idx > 1)
              st.o[2] = st.o[1];
            st.o[1] = st.o[0];
            st.o[0] = off;
          } else
            off = st.o[0];
        }
        for (var i = 0; i < ll; ++i) {
          buf[oubt + i] = buf[spl + i];
        }
        oubt += ll, spl += ll;
        var stin = oubt - off;
        if (stin < 0) {
          var len = -stin;
          var bs = st.e + stin;
          if (len > ml)
            len = ml;
          for (var i = 0; i < len; ++i) {
            buf[oubt + i] = st.w[bs + i];
          }
          oubt += len, ml -= len, stin = 0;
        }
        for (var i = 0; i < ml; ++i) {
          buf[oubt + i] = buf[stin + i];
        }
        oubt += ml;
      }
      if (oubt != spl) {
        while (spl < buf.length) {
          buf[oubt++] = buf[spl++];
        }
      } else
        oubt = buf.length;
      if (out)
        st.y += oubt;
      else
        buf = slc(buf, 0, oubt);
    } else if (out) {
      st.y += lss;
      if (spl) {
        for (var i = 0; i < lss; ++i) {
          buf[i] = buf[spl + i];
        }
      }
    } else if (spl)
      buf = slc(buf, spl);
    st.b = ebt;
    return buf;
  }
  err(2);
};
var cct = function(bufs, ol) {
  if (bufs.length == 1)
    return bufs[0];
  var buf = new u8(ol);
  for (var i = 0, b = 0; i < bufs.length; ++i) {
    var chk = bufs[i];
    buf.set(chk, b);
    b += chk.length;
  }
  return buf;
};
var Decompress = /* @__PURE__ */ (function() {
  function Decompress2(ondata) {
    this.ondata = ondata;
    this.c = [];
    this.l = 0;
    this.z = 0;
  }
  Decompress2.prototype.push = function(chunk, final) {
    if (typeof this.s == "number") {
      var sub = Math.min(chunk.length, this.s);
      chunk = chunk.subarray(sub);
      this.s -= sub;
    }
    var sl = chunk.length;
    var ncs = sl + this.l;
    if (!this.s) {
      if (final) {
        if (!ncs) {
          this.ondata(new u8(0), true);
          return;
        }
        if (ncs < 5)
          err(5);
      } else if (ncs < 18) {
        this.c.push(chunk);
        this.l = ncs;
        return;
      }
      if (this.l) {
        this.c.push(chunk);
        chunk = cct(this.c, ncs);
        this.c = [];
        this.l = 0;
      }
      if (typeof (this.s = rzfh(chunk)) == "number")
        return this.push(chunk, final);
    }
    if (typeof this.s != "number") {
      if (ncs < (this.z || 3)) {
        if (final)
          err(5);
        this.c.push(chunk);
        this.l = ncs;
        return;
      }
      if (this.l) {
        this.c.push(chunk);
        chunk = cct(this.c, ncs);
        this.c = [];
        this.l = 0;
      }
      if (!this.z && ncs < (this.z = chunk[this.s.b] & 2 ? 4 : 3 + (chunk[this.s.b] >> 3 | chunk[this.s.b + 1] << 5 | chunk[this.s.b + 2] << 13))) {
        if (final)
          err(5);
        this.c.push(chunk);
        this.l = ncs;
        return;
      } else
        this.z = 0;
      for (; ; ) {
        var blk = rzb(chunk, this.s);
        if (!blk) {
          if (final)
            err(5);
          var adc = chunk.subarray(this.s.b);
          this.s.b = 0;
          this.c.push(adc), this.l += adc.length;
          return;
        } else {
          this.ondata(blk, false);
          cpw(this.s.w, 0, blk.length);
          this.s.w.set(blk, this.s.w.length - blk.length);
        }
        if (this.s.l) {
          var rest = chunk.subarray(this.s.b);
          this.s = this.s.c * 4;
          this.push(rest, final);
          return;
        }
      }
    } else if (final)
      err(5);
  };
  return Decompress2;
})();

// src/sources/decompress.ts
var CHUNK = 64 * 1024;
var GZIP_CHUNK = 256 * 1024;
function decompress(format, compressed, checkRatio) {
  let bytesIn = 0;
  let bytesOut = 0;
  let limitError;
  const counted = new Transform({
    transform(chunk, _encoding, callback) {
      bytesOut += chunk.length;
      try {
        checkRatio(bytesIn, bytesOut);
        callback(null, chunk);
      } catch (error) {
        limitError = error;
        callback(error);
      }
    }
  });
  compressed.on("data", (chunk) => {
    bytesIn += chunk.length;
  });
  let decodedBytes = 0;
  const decoded = decoder(format, compressed, (bytes) => {
    decodedBytes += bytes;
    try {
      checkRatio(bytesIn, decodedBytes);
    } catch (error) {
      limitError = error;
      throw error;
    }
  });
  compressed.on("error", (error) => decoded.destroy(error));
  decoded.on(
    "error",
    (error) => counted.destroy(
      error instanceof TypeError || error instanceof RangeError ? new Error(`${format} data is truncated or corrupt (${error.message})`) : error
    )
  );
  decoded.pipe(counted);
  return {
    output: counted,
    limitError: () => limitError,
    close() {
      decoded.unpipe(counted);
      counted.destroy();
      decoded.destroy();
      compressed.destroy();
    }
  };
}
function decoder(format, compressed, onOutput) {
  switch (format) {
    case "gzip":
      return compressed.pipe(zlib.createGunzip({ chunkSize: GZIP_CHUNK }));
    case "zstd": {
      const native = zlib.createZstdDecompress;
      return compressed.pipe(native ? native({ chunkSize: CHUNK }) : fzstdTransform(onOutput));
    }
    case "bzip2":
      return Readable.from(decodeBzip2(generatorInput(compressed), onOutput));
    case "xz":
      return Readable.from(decodeXz(generatorInput(compressed), onOutput));
  }
}
function generatorInput(compressed) {
  const input = compressed.pipe(new PassThrough({ highWaterMark: CHUNK }));
  input.on("error", () => {
  });
  compressed.once("close", () => {
    if (!compressed.readableEnded)
      input.destroy(new Error("the compressed stream was closed before its end"));
  });
  return input;
}
function fzstdTransform(onOutput) {
  let decoder2;
  const frames = new ZstdFrameWatcher();
  const transform = new Transform({
    transform(chunk, _encoding, callback) {
      try {
        frames.check(chunk);
        decoder2.push(chunk);
        callback();
      } catch (error) {
        callback(error);
      }
    },
    flush(callback) {
      try {
        decoder2.push(new Uint8Array(0), true);
        callback();
      } catch (error) {
        callback(
          error instanceof Error && /unexpected EOF/i.test(error.message) ? new Error("zstd stream truncated (unexpected end of file)") : error
        );
      }
    }
  });
  decoder2 = new Decompress((data) => {
    onOutput(data.byteLength);
    transform.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  });
  return transform;
}
var MAX_ZSTD_WINDOW = 128 * 1024 * 1024;
var ZstdFrameWatcher = class {
  pending = Buffer.alloc(0);
  /** Bytes to pass over before the next header (block contents, checksums, skippable data). */
  skip = 0;
  state = "frame";
  checksum = false;
  check(chunk) {
    let data = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    for (; ; ) {
      if (this.skip > 0) {
        const passed = Math.min(this.skip, data.length);
        this.skip -= passed;
        data = data.subarray(passed);
        if (this.skip > 0) break;
      }
      const consumed = this.state === "frame" ? this.frameHeader(data) : this.blockHeader(data);
      if (consumed === 0) break;
      data = data.subarray(consumed);
    }
    this.pending = Buffer.from(data);
  }
  /** Returns the header's length, or 0 when more bytes are needed. */
  frameHeader(data) {
    if (data.length < 4) return 0;
    const magic = data.readUInt32LE(0);
    if ((magic & 4294967280) === 407710288) {
      if (data.length < 8) return 0;
      this.skip = data.readUInt32LE(4);
      return 8;
    }
    if (magic !== 4247762216) throw new Error("zstd data is corrupt (bad frame magic)");
    if (data.length < 5) return 0;
    const descriptor = data[4];
    const single = descriptor >> 5 & 1;
    const dictionaryBytes = [0, 1, 2, 4][descriptor & 3];
    const contentSizeBytes = [single ? 1 : 0, 2, 4, 8][descriptor >> 6];
    const length = 5 + (single ? 0 : 1) + dictionaryBytes + contentSizeBytes;
    if (data.length < length) return 0;
    let window;
    if (!single) {
      const byte = data[5];
      const base = 2 ** (10 + (byte >> 3));
      window = base + base / 8 * (byte & 7);
    } else {
      const at = 5 + dictionaryBytes;
      window = contentSizeBytes === 1 ? data[at] : contentSizeBytes === 2 ? data.readUInt16LE(at) + 256 : contentSizeBytes === 4 ? data.readUInt32LE(at) : Number(data.readBigUInt64LE(at));
    }
    if (window > MAX_ZSTD_WINDOW) {
      throw new Error(
        `zstd frame asks for a ${Math.round(window / 1024 / 1024)} MiB window, over the 128 MiB any decoder here accepts`
      );
    }
    this.checksum = Boolean(descriptor >> 2 & 1);
    this.state = "block";
    return length;
  }
  blockHeader(data) {
    if (data.length < 3) return 0;
    const header = data[0] | data[1] << 8 | data[2] << 16;
    const last = header & 1;
    const type = header >> 1 & 3;
    const size = header >>> 3;
    if (type === 3) throw new Error("zstd data is corrupt (reserved block type)");
    this.skip = type === 1 ? 1 : size;
    if (last) {
      this.state = "frame";
      this.skip += this.checksum ? 4 : 0;
    }
    return 3;
  }
};

// src/sources/gzip-name.ts
import { posix } from "node:path";
var FEXTRA = 4;
var FNAME = 8;
function gzipInnerName(head, outerName) {
  const flags = head[3] ?? 0;
  if (flags & FNAME) {
    let offset = 10;
    if (flags & FEXTRA) offset += 2 + ((head[10] ?? 0) | (head[11] ?? 0) << 8);
    const end = head.indexOf(0, offset);
    if (end > offset) {
      const recorded = posix.basename(head.subarray(offset, end).toString("latin1").replace(/\\/g, "/"));
      if (recorded && recorded !== "." && recorded !== "..") return recorded;
    }
  }
  const base = posix.basename(outerName);
  const stripped = base.replace(/\.(gz|tgz|gzip)$/i, (ext) => ext.toLowerCase() === ".tgz" ? ".tar" : "");
  return stripped && stripped !== base ? stripped : `${base}.decompressed`;
}

// src/sources/sevenzip-seeker.ts
var SIGNATURE = Buffer.from(SEVEN_ZIP_MAGIC);
var START_HEADER_BYTES = 32;
var SEARCH_BYTES = 16 * 1024 * 1024;
var CARRY = START_HEADER_BYTES + SIGNATURE.length - 1;
function validStartHeader(bytes, at) {
  if (bytes[at + 6] !== 0) return false;
  return crc32(bytes.subarray(at + 12, at + START_HEADER_BYTES)) === bytes.readUInt32LE(at + 8);
}
var SevenZipSeeker = class {
  /** Where the archive starts in the file, once found. */
  foundAt;
  seen = 0;
  carry = Buffer.alloc(0);
  push(chunk) {
    if (this.foundAt !== void 0 || this.seen >= SEARCH_BYTES) return;
    if (this.carry.length > 0) {
      const seam = Buffer.concat([this.carry, chunk.subarray(0, START_HEADER_BYTES + SIGNATURE.length)]);
      this.search(seam, this.seen - this.carry.length, this.carry.length);
    }
    if (this.foundAt === void 0) this.search(chunk, this.seen, chunk.length);
    const tail = chunk.length >= CARRY ? chunk.subarray(chunk.length - CARRY) : Buffer.concat([this.carry, chunk]);
    this.carry = Buffer.from(tail.subarray(Math.max(0, tail.length - CARRY)));
    this.seen += chunk.length;
  }
  /** Looks for signatures starting before `before` in `bytes`, which begins at file offset `base`. */
  search(bytes, base, before) {
    for (let at = bytes.indexOf(SIGNATURE); at !== -1 && at < before; at = bytes.indexOf(SIGNATURE, at + 1)) {
      if (base + at === 0 || at + START_HEADER_BYTES > bytes.length) continue;
      if (validStartHeader(bytes, at)) {
        this.foundAt = base + at;
        return;
      }
    }
  }
};

// src/engine/nested-sink.ts
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { join as join6 } from "node:path";
import { PassThrough as PassThrough2 } from "node:stream";
import { finished } from "node:stream/promises";
function streamingSink(walk) {
  const input = new PassThrough2({ highWaterMark: 256 * 1024 });
  input.on("error", () => {
  });
  let settled = false;
  let failure;
  const done = walk(input).then(
    () => {
      settled = true;
    },
    (error) => {
      settled = true;
      failure = error;
    }
  );
  return {
    async write(chunk) {
      if (settled || input.destroyed) return;
      if (!input.write(chunk)) await Promise.race([once(input, "drain"), done]);
    },
    async finish() {
      if (!settled && !input.destroyed) input.end();
      await done;
      return failure;
    }
  };
}
var IN_MEMORY_LIMIT = 64 * 1024 * 1024;
function randomAccessSink(format, walk) {
  let chunks = [];
  let held = 0;
  let spill;
  let spillFailure;
  const startSpill = async () => {
    spill = {};
    spill.dir = await makeTempDir(`leakgate-${format}-`);
    spill.path = join6(spill.dir, `nested.${format}`);
    const stream = createWriteStream(spill.path);
    spill.stream = stream;
    stream.on("error", (error) => {
      spillFailure ??= error;
    });
    for (const piece of chunks) stream.write(piece);
    chunks = [];
  };
  return {
    async write(chunk) {
      if (spillFailure !== void 0) return;
      try {
        if (spill?.stream) {
          if (!spill.stream.write(chunk)) await once(spill.stream, "drain");
          return;
        }
        chunks.push(chunk);
        held += chunk.length;
        if (held > IN_MEMORY_LIMIT) await startSpill();
      } catch (error) {
        spillFailure ??= error;
      }
    },
    async finish() {
      try {
        if (spill) {
          if (spillFailure === void 0 && spill.stream) {
            spill.stream.end();
            await finished(spill.stream);
          }
          if (spillFailure !== void 0) throw spillFailure;
          await walk({ path: spill.path });
        } else {
          await walk({ buffer: Buffer.concat(chunks) });
        }
        return void 0;
      } catch (error) {
        return error;
      } finally {
        chunks = [];
        spill?.stream?.destroy();
        if (spill?.dir) await removeTempDir(spill.dir);
      }
    }
  };
}

// src/engine/walker.ts
var OBSERVED_PIECE = 64 * 1024;
var MAX_NAME_BYTES = 4096;
var Walker = class {
  constructor(hooks) {
    this.hooks = hooks;
  }
  /** Walks every entry of a container of `format`. Rejects on corrupt input or a limit. */
  async walkContainer(format, input, context) {
    const info = formatInfo(format);
    if (info.kind === "random-access") {
      if (!("file" in input)) throw new Error(`${format} input needs random access`);
      const { maxEntries } = this.hooks.limits.limits;
      try {
        await this.walkEntries(info.read(input.file, { maxEntries }), context);
      } catch (error) {
        if (!(error instanceof SevenZipTooManyEntries)) throw error;
        throw new LimitExceeded(
          "maxEntries",
          context.prefix,
          `${error.message}, more than limits.maxEntries (${formatNumber(maxEntries)})`
        );
      }
      return;
    }
    if (!("stream" in input)) throw new Error(`${format} input must be a stream`);
    if (info.kind === "archive") await this.walkEntries(info.read(input.stream), context);
    else if (info.kind === "compression") await this.walkCompressed(info.id, input.stream, context);
    else throw new Error(`${format} archives cannot be opened`);
  }
  /**
   * A compressed stream holds either an archive read front to back (`.tgz`, `.tar.xz`, an
   * rpm's cpio payload: its entries belong to this level, the compression is transparent)
   * or one compressed file, which becomes one entry named after it.
   */
  async walkCompressed(format, compressed, context) {
    const decompressed = decompress(
      format,
      compressed,
      (bytesIn, bytesOut) => this.hooks.limits.checkRatio(bytesIn, bytesOut, context.prefix)
    );
    try {
      const { head, stream } = await peek(decompressed.output, SNIFF_BYTES);
      const innerName = format === "gzip" ? gzipInnerName(context.head, context.name) : decompressedName(context.name, format);
      const inner = detectFormat(head, innerName);
      const innerInfo = inner ? formatInfo(inner) : void 0;
      if (innerInfo?.kind === "archive" && innerInfo.id !== "rpm") {
        this.hooks.openedArchiveInCompression?.(context.prefix, innerInfo.id);
        await this.walkEntries(innerInfo.read(stream), context);
      } else {
        const single = {
          name: innerName,
          type: "file",
          size: -1,
          mode: 420,
          content: () => stream
        };
        await this.walkEntries(toAsync([single]), context);
      }
    } catch (error) {
      throw decompressed.limitError() ?? error;
    } finally {
      decompressed.close();
    }
  }
  /** Walks entries that a reader yields (a directory, a package, an archive). */
  async walkEntries(entries, context) {
    for await (const raw of entries) await this.walkEntry(raw, context);
  }
  async walkEntry(original, context) {
    const nameBytes = Buffer.byteLength(original.name);
    const raw = this.hooks.redactName && nameBytes <= MAX_NAME_BYTES ? {
      ...original,
      name: this.hooks.redactName(
        original.name,
        (inner) => context.prefix ? `${context.prefix}!${inner}` : inner
      )
    } : original;
    this.hooks.limits.countBytes(nameBytes, context.prefix);
    if (nameBytes > MAX_NAME_BYTES) {
      await this.walkOverlongName(raw, context, nameBytes);
      return;
    }
    const { path: innerPath, problem } = normaliseEntryPath(raw.name);
    const path = context.prefix ? `${context.prefix}!${innerPath}` : innerPath;
    this.hooks.limits.countEntry(path);
    if (problem) {
      this.hooks.report({
        ruleId: "suspicious-path",
        severity: "error",
        path,
        message: `The entry name ${JSON.stringify(raw.name)} ${problem}: extracting this release could write outside its directory.`,
        fix: "Rebuild the archive from a clean directory with relative paths only; never publish an archive with such names.",
        details: { problem },
        evidence: raw.name
      });
    }
    if (raw.localName !== void 0) {
      this.hooks.report({
        ruleId: "suspicious-path",
        severity: "error",
        path,
        message: `The zip names this entry differently in its local header (${JSON.stringify(normaliseEntryPath(raw.localName).path)}): tools that read zips front to back extract it under that name, not the one checked here.`,
        fix: "Rebuild the zip with a standard tool; a zip whose two names disagree was made to hide something.",
        details: { problem: "local header name differs", localName: normaliseEntryPath(raw.localName).path },
        evidence: raw.localName
      });
    }
    if (raw.headerMismatch) {
      this.hooks.report({
        ruleId: "suspicious-path",
        severity: "error",
        path,
        message: `The zip's local header for this entry disagrees with its central directory on ${raw.headerMismatch.join(", ")}: tools that read zips front to back extract other bytes than the ones checked here.`,
        fix: "Rebuild the zip with a standard tool; a zip whose two headers disagree was made to hide something.",
        details: {
          problem: "local header differs from the central directory",
          differences: raw.headerMismatch
        },
        evidence: raw.headerMismatch.join(";")
      });
    }
    const info = {
      path,
      innerPath,
      size: raw.size,
      mode: raw.mode,
      type: raw.type,
      depth: context.depth,
      ...raw.linkTarget !== void 0 ? { linkTarget: raw.linkTarget } : {}
    };
    if (raw.type !== "file") {
      this.checkLink(info);
      for (const observer of this.hooks.observe(info)) observer.onEnd();
      this.hooks.record(
        {
          path,
          size: 0,
          mode: raw.mode,
          type: raw.type,
          ...raw.linkTarget !== void 0 ? { linkTarget: raw.linkTarget } : {}
        },
        context.depth
      );
      return;
    }
    if (raw.listedOnly) {
      this.hooks.observe({ ...info, unread: true });
      this.hooks.record({ path, size: Math.max(raw.size, 0), mode: raw.mode, type: "file" }, context.depth);
      return;
    }
    if (raw.compressedSize !== void 0 && raw.size > 0) {
      this.hooks.limits.checkRatio(raw.compressedSize, raw.size, path);
    }
    if (raw.hiddenEntry) {
      this.reportAmbiguous(
        info,
        "a zip with an entry that its central directory does not list (hidden between the listed ones)"
      );
    }
    await this.readFile(raw, info, raw.beforeZip === true);
  }
  /**
   * A name longer than any file system allows is not a path anyone can extract: it is a
   * finding, shown cut short, and the entry's bytes are still read (hash, secrets) under the
   * short form, so that no rule runs its globs over a megabyte of name.
   */
  async walkOverlongName(raw, context, nameBytes) {
    const short = `${raw.name.slice(0, 100)}…[${nameBytes} bytes]`;
    const { path: innerPath } = normaliseEntryPath(short);
    const path = context.prefix ? `${context.prefix}!${innerPath}` : innerPath;
    this.hooks.report({
      ruleId: "suspicious-path",
      severity: "error",
      path,
      message: `An entry name is ${formatNumber(nameBytes)} bytes long, more than any file system allows (${MAX_NAME_BYTES}): no honest archive holds one, and tools that meet it fail or truncate it.`,
      fix: "Rebuild the archive from a clean directory; never publish an archive with such names.",
      details: { problem: "name too long", nameBytes },
      evidence: `name too long ${raw.name.slice(0, 100)}`
    });
    await this.walkEntry({ ...raw, name: short }, context);
  }
  /** Reads a single file on disk that leakgate does not open as the artifact's one entry. */
  async walkSingleFile(path, context) {
    const entry = {
      name: context.name,
      type: "file",
      // Declared like a directory's files (rules size their work by it: the secret rule hands
      // a big file to its worker). Unknown if the file cannot be read: reading it says why.
      size: await stat2(path).then(
        (stats) => stats.size,
        () => -1
      ),
      mode: 420,
      content: () => readFileChunks(path),
      lentChunks: true,
      sealed: true
    };
    await this.walkEntries(toAsync([entry]), context);
  }
  checkLink(entry) {
    if (entry.linkTarget === void 0) return;
    const from = entry.type === "hardlink" ? "link" : entry.innerPath;
    if (!linkEscapesRoot(from, entry.linkTarget)) return;
    this.hooks.report({
      ruleId: "suspicious-path",
      severity: "error",
      path: entry.path,
      message: `The ${entry.type} points outside the archive (to ${JSON.stringify(entry.linkTarget)}): extracting it exposes or overwrites files on the machine that unpacks it.`,
      fix: "Replace the link with the file it points to, or leave it out of the release.",
      details: { problem: "link escapes the archive", target: entry.linkTarget },
      evidence: entry.linkTarget
    });
  }
  /** Reads a file entry once: hash, rules and (for archives) the nested walk see every chunk. */
  async readFile(raw, entry, beforeZip = false) {
    const observers = this.hooks.observe(entry);
    const hash = createHash2("sha256");
    let size = 0;
    const iterator = raw.content()[Symbol.asyncIterator]();
    const { chunks: headChunks, ended } = await readAtLeast(iterator, SNIFF_BYTES);
    const head = firstBytes(headChunks, SNIFF_BYTES);
    const format = raw.sealed ? void 0 : detectFormat(head, entry.innerPath);
    if (format && beforeZip) this.reportAmbiguous(entry, `a ${format} archive with a zip after it`);
    const nested = format ? this.nestedSink(format, entry, raw.lentChunks ? Buffer.from(head) : head) : void 0;
    const tail = raw.sealed || format === "zip" ? void 0 : new TailKeeper(ZIP_TAIL_BYTES);
    const seeker = format ? void 0 : new SevenZipSeeker();
    const feed = async (chunk) => {
      size += chunk.length;
      this.hooks.limits.countBytes(chunk.length, entry.path);
      this.hooks.progress?.(chunk.length);
      hash.update(chunk);
      tail?.push(chunk);
      seeker?.push(chunk);
      if (observers.length > 0) {
        for (let at = 0; at < chunk.length; at += OBSERVED_PIECE) {
          const piece = chunk.length <= OBSERVED_PIECE ? chunk : chunk.subarray(at, at + OBSERVED_PIECE);
          for (const observer of observers) observer.onChunk(piece);
        }
        for (const observer of observers) {
          const behind = observer.backlog?.();
          if (behind) await behind;
        }
      }
      if (nested) await nested.write(raw.lentChunks ? Buffer.from(chunk) : chunk);
    };
    try {
      for (const chunk of headChunks) await feed(chunk);
      while (!ended) {
        const next = await iterator.next();
        if (next.done) break;
        await feed(next.value);
      }
    } catch (error) {
      await iterator.return?.();
      if (nested) await nested.finish();
      throw error;
    }
    for (const observer of observers) observer.onEnd();
    if (nested) this.nestedFailure(await nested.finish(), entry);
    if (seeker?.foundAt !== void 0) {
      this.reportAmbiguous(
        entry,
        `a 7z archive behind ${formatNumber(seeker.foundAt)} bytes of other data (a self-extracting archive), which was not opened`,
        "7-Zip",
        // The offset moves with every build of the installer; the fingerprint must not.
        "a 7z archive behind other data"
      );
    }
    if (tail && findZipEnd(tail.bytes(), size)) {
      this.reportAmbiguous(
        entry,
        format ? `a ${format} archive and a zip at once (a polyglot)` : "a zip with other data in front of it (a self-extracting archive or a prefixed zip), which was not opened"
      );
    }
    this.hooks.record(
      { path: entry.path, size, sha256: hash.digest("hex"), mode: entry.mode, type: "file" },
      entry.depth
    );
  }
  /**
   * A file that different tools read as different archives: whatever one view shows, another
   * tool extracts something else. Both views are scanned where they can be; it blocks anyway.
   */
  reportAmbiguous(entry, what, tool = "zip readers", evidence = what) {
    this.hooks.report({
      ruleId: "ambiguous-archive",
      severity: "error",
      path: entry.path,
      message: `This file is ${what}: ${tool} and other tools extract different contents from it.`,
      fix: "Ship each archive on its own, made by a standard tool; if this is a self-extracting installer, gate its contents before they are packed.",
      details: { problem: what },
      evidence
    });
  }
  nestedSink(format, entry, head) {
    if (isOpaqueFormat(format)) {
      this.hooks.unopened({ path: entry.path, format, reason: `${format} archives are not supported` });
      this.hooks.report({
        ruleId: "unscanned-archive",
        severity: "warning",
        path: entry.path,
        message: `This ${format} archive was listed but not opened: its contents were not checked.`,
        fix: "Ship zip, tar or gzip archives, or check this archive's contents by another means and accept the finding.",
        details: { format },
        evidence: format
      });
      return void 0;
    }
    const depth = entry.depth + 1;
    if (depth > this.hooks.limits.limits.maxDepth) {
      this.hooks.unopened({ path: entry.path, format, reason: "nested deeper than limits.maxDepth" });
      this.hooks.report({
        ruleId: "archive-limit",
        severity: "error",
        path: entry.path,
        message: `This ${format} archive is nested ${depth} levels deep, beyond limits.maxDepth (${this.hooks.limits.limits.maxDepth}): its contents were not checked.`,
        fix: "Flatten the release, or raise limits.maxDepth in .leakgate.yml if this nesting is intended.",
        details: { limit: "maxDepth", depth },
        evidence: "maxDepth"
      });
      return void 0;
    }
    const context = { prefix: entry.path, depth, name: entry.innerPath, head };
    if (formatInfo(format).kind === "random-access") {
      return randomAccessSink(format, (file) => this.walkContainer(format, { file }, context));
    }
    return streamingSink((stream) => this.walkContainer(format, { stream }, context));
  }
  /**
   * A nested archive that cannot be read fails closed as a blocking finding (the outer
   * artifact was readable, so the user gets a full report rather than exit 2); limits
   * travel up and stop the artifact.
   */
  nestedFailure(error, entry) {
    if (error === void 0) return;
    if (error instanceof LimitExceeded) throw error;
    if (error instanceof ZipStructureError) {
      this.hooks.report(zipStructureFinding(error, entry.path));
      return;
    }
    const reason = error instanceof Error ? error.message : String(error);
    this.hooks.report({
      ruleId: "archive-unreadable",
      severity: "error",
      path: entry.path,
      message: `This nested archive could not be read (${reason}), so its contents were not checked.`,
      fix: "Rebuild the archive, or if it is deliberately not an archive (test data), allow its path in .leakgate.yml.",
      details: { reason },
      evidence: reason
    });
  }
};
function zipStructureFinding(error, path) {
  return {
    ruleId: "ambiguous-archive",
    severity: "error",
    path,
    message: `This zip was not read: ${error.message}. unzip refuses such archives too.`,
    fix: "Rebuild the zip with a standard tool; no tool writes overlapping entries.",
    details: { problem: error.message },
    evidence: "overlapping entries"
  };
}
async function readAtLeast(iterator, bytes) {
  const chunks = [];
  let length = 0;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) return { chunks, ended: true };
    chunks.push(next.value);
    length += next.value.length;
  }
  return { chunks, ended: false };
}
function firstBytes(chunks, bytes) {
  const first = chunks[0];
  if (first === void 0) return Buffer.alloc(0);
  if (first.length >= bytes || chunks.length === 1) return first.subarray(0, bytes);
  return Buffer.concat(chunks).subarray(0, bytes);
}
async function peek(stream, bytes) {
  const iterator = stream[Symbol.asyncIterator]();
  const { chunks, ended } = await readAtLeast(iterator, bytes);
  async function* replay() {
    yield* chunks;
    if (ended) return;
    for (; ; ) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head: firstBytes(chunks, bytes), stream: Readable2.from(replay(), { objectMode: false }) };
}
var TailKeeper = class {
  constructor(limit) {
    this.limit = limit;
  }
  chunks = [];
  length = 0;
  push(chunk) {
    this.chunks.push(chunk);
    this.length += chunk.length;
    while (this.chunks.length > 1 && this.length - this.chunks[0].length >= this.limit) {
      this.length -= this.chunks.shift().length;
    }
  }
  /** The last `limit` bytes, copied once (not the whole first chunk: pieces can be 256 KiB). */
  bytes() {
    const tail = Buffer.allocUnsafe(Math.min(this.limit, this.length));
    let end = tail.length;
    for (let i = this.chunks.length - 1; i >= 0 && end > 0; i--) {
      const chunk = this.chunks[i];
      const take = Math.min(end, chunk.length);
      chunk.copy(tail, end - take, chunk.length - take);
      end -= take;
    }
    return tail;
  }
};
async function* toAsync(items) {
  yield* items;
}

// src/engine/scan-artifact.ts
function keepsEntries(spec) {
  return spec.published?.kind !== "bucket";
}
function streamedIdentity(spec) {
  return spec.identity ?? artifactIdentity({ source: spec.source });
}
var FILE_READ_CHUNK = 256 * 1024;
async function scanArtifact(spec, options) {
  const id = artifactId(spec);
  const entries = [];
  const unopened = [];
  const inputs = new FindingBudget();
  let topLevelBytes = 0;
  let entryCount = 0;
  let fileCount = 0;
  const keep = keepsEntries(spec);
  let kind;
  let packageInfo = {};
  const published = spec.published;
  const plan = published?.kind === "git" ? published.plan : spec.git ? await planPush({ cwd: spec.absolutePath, artifact: id }, spec.git.target) : void 0;
  if (plan?.url.credential) options.onSecret?.(plan.url.credential);
  const { head, endsLikeZip } = spec.isDirectory || plan || published ? { head: Buffer.alloc(0), endsLikeZip: false } : await sniff(spec, id);
  const headFormat = spec.isDirectory || plan || published ? void 0 : detectFormat(head, spec.absolutePath);
  const format = endsLikeZip ? "zip" : headFormat;
  if (!spec.isDirectory && !plan && !published && !format && ARCHIVE_NAME.test(spec.absolutePath)) {
    throw inputError(
      id,
      head.length === 0 ? "is empty, although its name says it is an archive" : "is not an archive, although its name says it is one (its first bytes match no archive format)"
    );
  }
  const choice = spec.npm ? await detectPackageManager(spec.absolutePath) : void 0;
  const packer = packsItself(choice) ? choice : void 0;
  if (plan) {
    kind = "git";
    unopened.push(...uncheckedParts(plan, published?.kind === "git" && !published.repository));
    for (const finding of refFindings2(plan, options.internalRefs ?? DEFAULT_INTERNAL_REFS))
      inputs.add(finding);
  } else if (published?.kind === "npm-tarball") {
    kind = "npm-tarball";
  } else if (published?.kind === "bucket") {
    kind = "bucket";
    if (!published.deep) {
      unopened.push({
        path: "",
        format: "listing",
        reason: "contents: only the listing (paths and sizes) was read; secrets, source maps and archives inside objects need --deep"
      });
    }
  } else if (spec.isDirectory) {
    kind = spec.npm ? "npm-package" : "directory";
    if (spec.npm) packageInfo = printableDeep(await packageJsonOf(spec, id));
  } else if (format && !isOpaqueFormat(format)) {
    kind = format;
  } else {
    kind = "file";
  }
  const info = {
    id,
    kind,
    source: spec.source,
    ...packageInfo.name ? { packageName: packageInfo.name } : {},
    ...keep ? {} : { streamed: { identity: streamedIdentity(spec) } }
  };
  const runs = options.rules.map((rule) => rule.start(info, (finding) => inputs.add(finding)));
  const packageJson = new PackageJsonCapture();
  const imageMetadata = new ImageMetadataCapture();
  const walker = new Walker({
    limits: new LimitTracker(options.limits),
    observe(entry) {
      const observers = [];
      for (const run of runs) {
        const observer = run.onEntry?.(entry);
        if (observer) observers.push(observer);
      }
      if (entry.depth === 0 && entry.path === "package/package.json" && entry.type === "file") {
        observers.push(packageJson);
      }
      const imageDocument = imageMetadata.observe(entry);
      if (imageDocument) observers.push(imageDocument);
      return observers;
    },
    record(entry, depth) {
      if (keep) entries.push(entry);
      entryCount++;
      if (entry.type === "file") fileCount++;
      options.onRecord?.(entry);
      options.progress?.(0, 1);
      if (depth === 0) topLevelBytes += entry.size;
    },
    report: (finding) => inputs.add(finding),
    redactName: (name, pathOf) => redactNameSecrets(name, pathOf, inputs, options.onSecret),
    unopened: (container) => unopened.push(container),
    openedArchiveInCompression(prefix, archive) {
      if (prefix === "" && (archive === "tar" || archive === "cpio" || archive === "ar")) kind = archive;
    },
    ...options.progress ? { progress: (bytes) => options.progress?.(bytes, 0) } : {}
  });
  const context = { prefix: "", depth: 0, name: basename(spec.absolutePath), head };
  try {
    if (published?.kind === "git") {
      if (published.repository) await walkPushedTrees(walker, plan, published.repository, id);
    } else if (plan) {
      await walkPushedTrees(walker, plan, spec.absolutePath, id);
    } else if (published?.kind === "npm-tarball") {
      await walker.walkContainer("gzip", { stream: published.stream }, context);
    } else if (published?.kind === "bucket") {
      await walker.walkEntries(published.entries, context);
    } else if (spec.npm && packer) {
      await walkPacked(walker, packer, spec.absolutePath, id, context);
      kind = "npm-package";
    } else if (spec.isDirectory) {
      await walker.walkEntries(
        spec.npm ? readNpmPackage(spec.absolutePath, spec.workspaceRoot) : readDirectory(spec.absolutePath),
        context
      );
    } else if (format && formatInfo(format).kind === "random-access") {
      await walker.walkContainer(format, { file: { path: spec.absolutePath } }, context);
    } else if (format && !isOpaqueFormat(format)) {
      const stream = createReadStream(spec.absolutePath, { highWaterMark: FILE_READ_CHUNK });
      await walker.walkContainer(format, { stream }, context);
    } else {
      if (format && isOpaqueFormat(format)) {
        unopened.push({ path: context.name, format, reason: `${format} archives are not supported` });
        inputs.add({
          ruleId: "unscanned-archive",
          severity: "error",
          path: "",
          message: `The artifact is a ${format} archive, which leakgate cannot open: nothing inside it was checked.`,
          fix: "Gate the release before it is compressed this way (scan the directory or a tar/zip of it), or publish tar, tar.gz or zip.",
          details: { format },
          evidence: format
        });
      }
      await walker.walkSingleFile(spec.absolutePath, context);
    }
  } catch (error) {
    if (error instanceof ZipStructureError) {
      inputs.add(zipStructureFinding(error, ""));
    } else {
      if (!(error instanceof LimitExceeded)) throw describeReadError(error, id);
      inputs.add({
        ruleId: "archive-limit",
        severity: "error",
        path: error.path,
        message: `Scanning stopped: ${error.message}. The rest of the artifact was not checked.`,
        fix: "If the release really is this large, raise the limit in .leakgate.yml (limits); otherwise find out what blew up its size.",
        details: { limit: error.limit },
        evidence: error.limit
      });
    }
  }
  const captured = printableDeep(packageJson.parse());
  if (captured && kind === "tar") {
    kind = "npm-tarball";
    packageInfo = captured;
  }
  const destination = await destinationOf(spec, plan, packageInfo, options);
  if (destination?.credential) {
    options.onSecret?.(destination.credential);
    inputs.add(urlCredentialFinding(destination.name, destination.credential));
  }
  const image = readImageLayout(imageMetadata, entries);
  if (spec.image && !image) {
    throw inputError(
      id,
      "is not a container image: it holds neither a manifest.json (docker save) nor an oci-layout"
    );
  }
  if (image) {
    kind = "image";
    for (const finding of image.findings) inputs.add(finding);
  }
  const identity = spec.identity ? spec.identity : image?.identity && !spec.name ? image.identity : plan && !spec.name ? `git:${plan.url.location}` : artifactIdentity({
    ...spec.name ? { name: spec.name } : {},
    ...packageInfo.name ? { packageName: packageInfo.name } : {},
    source: spec.source
  });
  await Promise.all(runs.map((run) => run.settle?.()));
  for (const run of runs) run.onArtifactEnd?.(manifestOf(), identity);
  const findings = inputs.findings().filter((finding) => !image || !isWhiteoutPathFinding(finding, image)).map((finding) => image ? describeLayer(finding, image) : finding).map(({ evidence, ...finding }) => ({
    ...finding,
    artifact: id,
    // The name pattern, not the name: a content hash in a file name must not change the fingerprint.
    fingerprint: fingerprint(finding.ruleId, identity, namePattern(finding.path), evidence)
  }));
  return {
    manifest: manifestOf(),
    fileCount,
    findings,
    identity,
    ...image ? { image: image.filesystem } : {}
  };
  function manifestOf() {
    entries.sort(byPath);
    unopened.sort(byPath);
    return {
      id,
      kind,
      source: spec.source,
      ...packageInfo.name ? { packageName: packageInfo.name } : {},
      ...packageInfo.version ? { packageVersion: packageInfo.version } : {},
      entryCount,
      totalBytes: topLevelBytes,
      entries,
      unopened,
      ...plan ? { refs: plan.refs.map((ref) => ({ name: ref.name, sha: ref.sha })) } : {},
      ...destination ? { destination: destination.name } : {},
      ...packer ? { packedWith: `${packer.manager} (${packer.reason})` } : {}
    };
  }
}
async function walkPacked(walker, packer, dir, id, context) {
  const into = await makeTempDir("leakgate-pack-");
  try {
    const tarball = await packWith(packer.manager, dir, into, id, packer.wanted);
    const stream = createReadStream(tarball, { highWaterMark: FILE_READ_CHUNK });
    await walker.walkContainer("gzip", { stream }, context);
  } finally {
    await removeTempDir(into);
  }
}
function redactNameSecrets(name, pathOf, inputs, onSecret) {
  const found = secretsInName(name);
  for (const secret of found.secrets) {
    onSecret?.(secret.value);
    inputs.add({
      ruleId: "secret",
      severity: secret.severity,
      path: pathOf(normaliseEntryPath(found.name).path),
      message: `${secret.title} (${secret.redacted}) in the file's name would be published: the name is shown redacted.`,
      fix: "Rename the file (and rotate the token): anyone who lists the release sees its name.",
      details: { family: secret.family, redacted: secret.redacted, inName: true },
      evidence: `${secret.family}:${secret.digest}`
    });
  }
  return found.name;
}
async function destinationOf(spec, plan, packageInfo, options) {
  if (plan) return { name: `git:${plan.url.location}` };
  if (!spec.destination) return void 0;
  return resolveDestination(spec.destination, {
    cwd: spec.npm ? spec.absolutePath : options.cwd ?? process.cwd(),
    ...packageInfo.name ? { packageName: packageInfo.name } : {},
    ...packageInfo.publishRegistry ? { publishRegistry: packageInfo.publishRegistry } : {},
    ...packageInfo.publishScopeRegistry ? { publishScopeRegistry: packageInfo.publishScopeRegistry } : {},
    ...options.repository ? { repository: options.repository } : {}
  });
}
async function packageJsonOf(spec, id) {
  try {
    return await readPackageJson(spec.absolutePath);
  } catch (error) {
    if (!(error instanceof PackageJsonProblem)) throw error;
    throw inputError(
      id,
      error.reason === "missing" ? "not a package directory (no package.json)" : `package.json cannot be read (${error.message})`
    );
  }
}
function byPath(a, b) {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
var ARCHIVE_NAME = /\.(?:tgz|tar|tar\.gz|gz|zip|jar|war|ear|aar|apk|whl|nupkg|vsix|xpi|crx|xz|txz|zst|tzst|bz2|tbz2|deb|rpm|gem|7z)$/i;
async function sniff(spec, id) {
  try {
    const handle = await open(spec.absolutePath, "r");
    try {
      const size = (await handle.stat()).size;
      const head = Buffer.alloc(Math.min(size, SNIFF_BYTES));
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      const tail = Buffer.alloc(Math.min(size, ZIP_TAIL_BYTES));
      await handle.read(tail, 0, tail.length, size - tail.length);
      return { head: head.subarray(0, bytesRead), endsLikeZip: findZipEnd(tail, size) !== void 0 };
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw describeReadError(error, id);
  }
}
function describeReadError(error, id) {
  if (error instanceof UserError) return error;
  if (error instanceof TypeError || error instanceof ReferenceError || error instanceof SyntaxError)
    return error;
  const code = error?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === "EACCES" || code === "EPERM") return inputError(id, `cannot be read: permission denied`);
  if (error instanceof SevenZipUnsupported || error instanceof LzmaUnsupported || error instanceof XzUnsupported)
    return inputError(id, `cannot be checked: ${message}`);
  if (code === "EISDIR" || code === "ENOENT") return inputError(id, `cannot be read (${message})`);
  if (code === "Z_BUF_ERROR" || /unexpected end|EOF|truncated/i.test(message)) {
    return inputError(id, `the archive is truncated or corrupt (${message})`);
  }
  return inputError(id, `the archive is corrupt (${message})`);
}
var PackageJsonCapture = class {
  chunks = [];
  length = 0;
  seen = false;
  onChunk(chunk) {
    this.seen = true;
    this.length += chunk.length;
    if (this.length <= PACKAGE_JSON_LIMIT) this.chunks.push(Buffer.from(chunk));
  }
  onEnd() {
    this.seen = true;
  }
  parse() {
    if (!this.seen || this.length > PACKAGE_JSON_LIMIT) return void 0;
    try {
      return summarisePackageJson(
        parsePackageJsonText(Buffer.concat(this.chunks).toString("utf8"))
      );
    } catch {
      return {};
    }
  }
};

// src/rules/destination-policy.ts
var import_picomatch5 = __toESM(require_picomatch(), 1);
import { posix as posix2 } from "node:path";
var HOSTS_WITH_OWNERS = [
  "github.com",
  "ghcr.io",
  "gitlab.com",
  "docker.io",
  "bitbucket.org",
  "codeberg.org"
];
function withParents(destination) {
  const out = [destination];
  for (let at = destination.lastIndexOf("/"); at > destination.indexOf("//") + 1; at = destination.lastIndexOf("/", at - 1)) {
    out.push(destination.slice(0, at));
  }
  return out;
}
function matchesAny(destination, globs) {
  if (globs.length === 0) return false;
  const match = (0, import_picomatch5.default)([...globs], { dot: true, nocase: true });
  return withParents(destination).some((candidate) => match(candidate));
}
function isInternalDestination(destination, organisation) {
  return matchesAny(destination, organisation.internal);
}
function canonicalDestination(destination) {
  const bare = destination.replace(/^git:/, "");
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(bare)?.[1]?.toLowerCase();
  if (scheme === "file") return bare.slice("file://".length);
  const scp = !scheme && /^[^/\s:@]+@[^/\s:]+:[^/]/.test(bare);
  if (!scheme && !scp) return destination;
  const url = parseRemoteUrl(bare);
  const [host = "", ...rest] = url.location.split("/");
  const path = posix2.normalize(`/${rest.join("/")}`).replace(/\/+$/, "");
  const location = `${host.replace(/^www\./, "")}${path === "/" ? "" : path}`;
  return scheme === "s3" || scheme === "gs" ? `${scheme}://${location}` : location;
}
function isInsideOrganisation(written, organisation) {
  const { owners, inside, internal } = organisation;
  if (owners.length === 0 && inside.length === 0 && internal.length === 0) return void 0;
  const destination = canonicalDestination(written);
  const globs = [...inside, ...internal];
  if (matchesAny(destination, globs) || matchesAny(written, globs)) return true;
  const bare = destination.replace(/^git:/, "");
  if (bare.startsWith("/") || bare.startsWith(".") || /^[A-Za-z]:[\\/]/.test(bare)) return true;
  const owned = owners.map((o) => o.toLowerCase());
  const [host = "", owner = ""] = bare.replace(/^[a-z]+:\/\//i, "").toLowerCase().split("/");
  if (HOSTS_WITH_OWNERS.includes(host)) return owned.includes(owner);
  const npm = /^npm:[^/]+\/(@[^/]+)\//i.exec(destination);
  if (npm) return owned.some((o) => npm[1].toLowerCase() === `@${o}`);
  const bucket = /^(?:s3|gs):\/\/([^/]+)/i.exec(destination);
  if (bucket) {
    const name = bucket[1].toLowerCase();
    return owned.some((o) => name === o || name.startsWith(`${o}-`) || name.startsWith(`${o}.`));
  }
  return false;
}
function judgeDestination(artifact, destination, findings, organisation, fingerprintOf) {
  if (!destination) return [...findings];
  const out = isInternalDestination(destination, organisation) ? findings.map(
    (f) => f.ruleId === "internal-path" && f.severity !== "note" ? {
      ...f,
      severity: "note",
      details: { ...f.details, destinationInternal: destination },
      message: `${f.message} It goes to ${destination}, which is internal to the organisation, so it does not block.`
    } : f
  ) : [...findings];
  if (isInsideOrganisation(destination, organisation) === false) {
    out.push({
      ruleId: "destination-outside-org",
      severity: "error",
      artifact,
      path: "",
      message: `This artifact goes to ${destination}, which is outside the organisation (owners: ${organisation.owners.join(", ") || "none"}; inside: ${organisation.inside.join(", ") || "none"}).`,
      fix: "Publish to a destination the organisation owns, or add this one to organisation.inside in .leakgate.yml if it is the organisation's.",
      details: { destination },
      fingerprint: fingerprintOf("destination-outside-org", destination)
    });
  }
  return out;
}

// src/rules/internal-path.ts
var import_picomatch6 = __toESM(require_picomatch(), 1);

// src/rules/internal-path-patterns.ts
var REMOVE = "Remove it from the release: {leaveOut}.";
var INTERNAL_PATH_PATTERNS = [
  {
    id: "env-file",
    globs: ["**/.env", "**/.env.*", "**/*.env", "**/.envrc"],
    except: [
      "**/.env.example",
      "**/.env.sample",
      "**/.env.template",
      "**/.env.defaults",
      "**/.env.dist",
      "**/*.example.env",
      "**/*.sample.env"
    ],
    severity: "error",
    what: "`{name}` is an environment file; such files usually hold credentials and internal endpoints",
    fix: REMOVE,
    ignoreLine: ".env*",
    samples: {
      match: [
        ".env",
        "files/.env.prod",
        "config/.env.production.local",
        "app/prod.env",
        ".envrc",
        "test/.env.test",
        "DIST/.ENV.LOCAL"
      ],
      noMatch: [
        ".env.example",
        "docs/.env.sample",
        ".env.template",
        ".env.defaults",
        "app/prod.example.env",
        ".environment.md",
        "envelope.js",
        "lib/env.js",
        "src/env/index.js"
      ]
    }
  },
  {
    id: "private-key",
    globs: ["**/*.pem", "**/*.key", "**/id_{rsa,dsa,ecdsa,ed25519}*", "**/*.ppk"],
    except: [
      "**/*.pub",
      "**/*{cert,chain,bundle,public,pubkey,rootca}*.pem",
      "**/{ca,pub}.pem",
      "**/{ca,pub}[-_.]*.pem",
      "**/*[-_.]{ca,pub}.pem",
      "**/*[-_.]{ca,pub}[-_.]*.pem"
    ],
    keep: ["**/*{priv,secret}*.pem", "**/*{ca,cert,crt}[-_.]key*.pem"],
    severity: "error",
    what: "`{name}` looks like a private key; anyone who downloads the release could impersonate its owner",
    fix: `${REMOVE} Then rotate the key.`,
    samples: {
      match: [
        "server.key",
        "certs/private.pem",
        "local.pem",
        "tls/server.pem",
        "deploy/id_rsa",
        "home/.ssh/id_ed25519",
        "keys/id_rsa_github",
        "backup/id_ecdsa.old",
        "putty.ppk",
        "mkcert/rootCA-key.pem",
        "cfssl/ca-key.pem",
        "letsencrypt/live/example.com/privkey.pem",
        "tls/cert-key.pem"
      ],
      noMatch: [
        "cert.pem",
        "certs/ca-bundle.pem",
        "ca.pem",
        "mkcert/rootCA.pem",
        "letsencrypt/live/example.com/fullchain.pem",
        "tls/my-ca.pem",
        "public-key.pem",
        "id_rsa.pub",
        "keys/id_ed25519.pub",
        "keyboard.js",
        "monkey.json",
        "src/key.ts"
      ]
    }
  },
  {
    id: "keystore",
    globs: ["**/*.p12", "**/*.pfx", "**/*.jks", "**/*.jceks", "**/*.keystore", "**/*.kdbx", "**/secring.*"],
    severity: "error",
    what: "`{name}` is a keystore or password database",
    fix: `${REMOVE} Then rotate what it protects.`,
    samples: {
      match: [
        "android/release.keystore",
        "cert.p12",
        "win/sign.pfx",
        "java/keys.jks",
        "vault.kdbx",
        "gnupg/secring.gpg"
      ],
      noMatch: ["p12.js", "keystore.md", "keys/archive-keyring.gpg", "pubring.gpg", "src/keystore.ts"]
    }
  },
  {
    id: "credentials",
    globs: [
      "**/.npmrc",
      "**/.yarnrc.yml",
      "**/.pypirc",
      "**/.netrc",
      "**/_netrc",
      "**/.git-credentials",
      "**/.htpasswd",
      "**/.aws/**",
      "**/.ssh/**",
      "**/.gnupg/**",
      "**/.docker/config.json",
      "**/.kube/config",
      "**/credentials.json",
      "**/service-account*.json",
      "**/*.tfstate",
      "**/*.tfstate.backup",
      "**/.terraform/**",
      "**/.vault-token"
    ],
    severity: "error",
    what: "`{name}` is a credentials or infrastructure-state file",
    fix: `${REMOVE} Then rotate any credential it held.`,
    dirs: [".aws", ".ssh", ".gnupg", ".docker", ".kube", ".terraform"],
    samples: {
      match: [
        ".npmrc",
        "x/.aws/credentials",
        ".ssh/config",
        ".ssh/known_hosts",
        ".docker/config.json",
        ".kube/config",
        "gcp/credentials.json",
        "gcp/service-account-prod.json",
        "infra/prod.tfstate",
        "infra/terraform.tfstate.backup",
        ".terraform/modules/m.json",
        ".git-credentials"
      ],
      noMatch: [
        "docs/npmrc.md",
        "aws.js",
        "credentials.ts",
        "terraform.md",
        "lib/aws/credentials.js",
        ".docker/daemon.md",
        "docker/config.json"
      ]
    }
  },
  {
    id: "vcs-state",
    globs: ["**/.git/**", "**/.git", "**/.svn/**", "**/.hg/**", "**/.bzr/**"],
    severity: "error",
    what: "`{name}` is version-control state; it can hold the full history of the repository, including deleted files",
    fix: "Build the release from a clean export, or exclude `{ignore}` from the archive step.",
    dirs: [".git", ".svn", ".hg", ".bzr"],
    samples: {
      match: [".git/config", "vendor/lib/.git/HEAD", ".git", ".svn/entries", ".hg/store/data"],
      noMatch: [".gitignore", ".github/workflows/ci.yml", ".gitattributes", ".gitkeep", "git/config.js"]
    }
  },
  {
    id: "editor-state",
    globs: ["**/.idea/**", "**/.vscode/**", "**/*.swp", "**/.DS_Store"],
    except: ["**/.vscode/extensions.json"],
    severity: "warning",
    what: "`{name}` is editor or workstation state; it reveals local paths and settings",
    fix: REMOVE,
    dirs: [".idea", ".vscode"],
    samples: {
      match: [".idea/workspace.xml", ".vscode/settings.json", "src/.main.ts.swp", "assets/.DS_Store"],
      noMatch: ["idea.md", "vscode.js", ".vscode/extensions.json", "src/swp.js"]
    }
  },
  {
    id: "logs-and-dumps",
    globs: [
      "**/*.log",
      "**/*.sqlite",
      "**/*.sqlite3",
      "**/*.dump",
      "**/*.hprof",
      "**/*.heapsnapshot",
      "**/core",
      "**/core.+([0-9])"
    ],
    severity: "warning",
    what: "`{name}` is a log, database or memory dump; such files capture data from the machine that made them",
    fix: REMOVE,
    samples: {
      match: [
        "npm-debug.log",
        "logs/app.log",
        "data/cache.sqlite",
        "data/app.sqlite3",
        "db.dump",
        "java_pid123.hprof",
        "core",
        "core.12345",
        "heap.heapsnapshot"
      ],
      noMatch: ["core.js", "core.2.js", "logger.ts", "dialog.js", "lib/core/index.js", "log/index.js"]
    }
  }
];

// src/rules/leave-out.ts
function leaveOutAdvice(kind, what) {
  switch (kind) {
    case "npm-package":
    case "npm-tarball":
      return `add \`${what}\` to \`.npmignore\` or narrow \`files\` in package.json`;
    case "directory":
      return `delete it from the directory before it is uploaded or synced, or exclude \`${what}\` in that step`;
    case "bucket":
      return `delete it from the bucket, and exclude \`${what}\` from the step that syncs to it`;
    case "image":
      return `keep it out of the image: add \`${what}\` to \`.dockerignore\`, or delete it in the same layer that creates it (a later layer only hides it)`;
    case "git":
      return "remove it from the pushed branches (and rewrite their history if it was ever committed there)";
    default:
      return `exclude \`${what}\` from the step that builds the archive`;
  }
}

// src/rules/internal-path.ts
var NEVER = () => false;
var GLOB_OPTIONS2 = { dot: true, nocase: true };
function compile(pattern) {
  const include = (0, import_picomatch6.default)(pattern.globs, GLOB_OPTIONS2);
  const exclude = pattern.except ? (0, import_picomatch6.default)(pattern.except, GLOB_OPTIONS2) : NEVER;
  const keep = pattern.keep ? (0, import_picomatch6.default)(pattern.keep, GLOB_OPTIONS2) : NEVER;
  return { pattern, matches: (path) => include(path) && (!exclude(path) || keep(path)) };
}
var COMPILED = INTERNAL_PATH_PATTERNS.map(compile);
var INCLUDE_GLOBS = INTERNAL_PATH_PATTERNS.flatMap((pattern) => pattern.globs);
var INCLUDE_SET = new Set(INCLUDE_GLOBS);
var KEY_SEGMENTS = INCLUDE_GLOBS.map(catalogueKeySegment);
var ANY_KEY_SEGMENT = KEY_SEGMENTS.every((segment) => segment !== void 0) ? anyOf([...new Set(KEY_SEGMENTS)].map((segment) => import_picomatch6.default.makeRe(segment, GLOB_OPTIONS2))) : void 0;
function anyOf(regexes) {
  return new RegExp(regexes.map((regex) => `(?:${regex.source})`).join("|"), regexes[0].flags);
}
function catalogueKeySegment(glob) {
  const { parts, negated } = import_picomatch6.default.scan(glob, { parts: true });
  const segments = parts ?? [];
  while (segments.at(-1) === "**") segments.pop();
  const shaped = !negated && segments.length >= 2 && segments[0] === "**" && segments.slice(1).every((segment) => segment !== "**" && !segment.includes("/"));
  return shaped ? segments.at(-1) : void 0;
}
function mayMatchCatalogue(form) {
  if (!ANY_KEY_SEGMENT || INCLUDE_SET.has(form)) return true;
  return form.split("/").some((segment) => ANY_KEY_SEGMENT.test(segment));
}
function catalogueForm(path) {
  const inner = path.slice(path.lastIndexOf("!") + 1);
  return inner.startsWith("package/") ? inner.slice("package/".length) : inner;
}
function matchCatalogue(path) {
  const form = catalogueForm(path);
  if (!mayMatchCatalogue(form)) return void 0;
  return COMPILED.find(({ matches }) => matches(form))?.pattern;
}
var TS_SOURCE = /(^|\/)src\/.+\.(ts|tsx|mts|cts)$/;
var DECLARATION = /\.d\.(ts|mts|cts)$/;
var BUILD_OUTPUT = /(^|\/)(dist|lib|build|out)\/.+\.(js|mjs|cjs)$/;
function createInternalPathRule(config) {
  return {
    id: "internal-path",
    start(artifact, report) {
      const packageJsons = /* @__PURE__ */ new Map();
      const sources = new SourceTally();
      const streamedFilter = artifact.streamed ? createPathFilter(config, [artifact.id, artifact.streamed.identity]) : void 0;
      return {
        onEntry(entry) {
          if (entry.type === "file") sources.add(entry.path);
          if (streamedFilter && entry.type !== "directory")
            judgePath(entry.path, streamedFilter.internalMatch(entry.path), artifact.kind, report);
          if (entry.type !== "file" || catalogueForm(entry.path) !== "package.json") return void 0;
          const reader = new PackageJsonReader();
          packageJsons.set(levelOf(entry.path), reader);
          return reader;
        },
        // Judged at the end, from the manifest: this rule needs paths only, and per-artifact
        // settings may be keyed by the identity (`npm:<name>`), known once package.json was read.
        onArtifactEnd(manifest, identity) {
          if (!streamedFilter) {
            const filter = createPathFilter(config, [artifact.id, identity]);
            for (const entry of manifest.entries) {
              if (entry.type !== "directory")
                judgePath(entry.path, filter.internalMatch(entry.path), manifest.kind, report);
            }
          }
          reportSourcesNextToBuild(sources, packageJsons, report);
        }
      };
    }
  };
}
function judgePath(path, userGlob, kind, report) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (userGlob) {
    report({
      ruleId: "internal-path",
      severity: "error",
      path,
      message: `\`${name}\` matches your \`internal\` pattern \`${userGlob}\`: it is marked as never to ship.`,
      fix: "Remove it from the release, or take the pattern out of `internal` in .leakgate.yml if it may ship after all.",
      details: { pattern: userGlob, source: "config" },
      evidence: `config:${userGlob}`
    });
    return;
  }
  const pattern = matchCatalogue(path);
  if (!pattern) return;
  report({
    ruleId: "internal-path",
    severity: pattern.severity,
    path,
    message: `${pattern.what.replace("{name}", name)}.`,
    fix: pattern.fix.replace("{leaveOut}", leaveOutAdvice(kind, "{ignore}")).replaceAll("{ignore}", ignoreLineFor(pattern, catalogueForm(path))),
    details: { pattern: pattern.id },
    evidence: pattern.id
  });
}
function ignoreLineFor(pattern, form) {
  const segments = form.split("/");
  const name = segments.pop() ?? form;
  const dirs = new Set((pattern.dirs ?? []).map((dir2) => dir2.toLowerCase()));
  const dir = segments.find((segment) => dirs.has(segment.toLowerCase()));
  if (dir) return `${dir}/`;
  if (pattern.ignoreLine && import_picomatch6.default.isMatch(name, pattern.ignoreLine, { dot: true, nocase: true }))
    return pattern.ignoreLine;
  return name;
}
function levelOf(path) {
  const cut = path.lastIndexOf("!");
  return cut === -1 ? "" : path.slice(0, cut + 1);
}
var PackageJsonReader = class {
  chunks = [];
  length = 0;
  onChunk(chunk) {
    this.length += chunk.length;
    if (this.length <= 256 * 1024) this.chunks.push(Buffer.from(chunk));
  }
  onEnd() {
  }
  /** `main`, `module`, `bin` and every string in `exports`, as paths relative to the package. */
  entryPoints() {
    if (this.length > 256 * 1024) return [];
    try {
      const text = Buffer.concat(this.chunks).toString("utf8");
      const pkg = parsePackageJsonText(text);
      const found = [];
      const collect = (value) => {
        if (typeof value === "string") found.push(value.replace(/^\.\//, ""));
        else if (value && typeof value === "object") for (const inner of Object.values(value)) collect(inner);
      };
      for (const key of ["main", "module", "bin", "exports"]) collect(pkg[key]);
      return found.filter((path) => /\.(c|m)?js$/.test(path));
    } catch {
      return [];
    }
  }
};
function reportSourcesNextToBuild(tally, packageJsons, report) {
  for (const [prefix, { count: count2, examples, built, underPackage }] of tally.levels) {
    if (count2 === 0) continue;
    const entryPoints = packageJsons.get(prefix)?.entryPoints() ?? [];
    const buildDirs = [
      ...new Set(
        entryPoints.map((path) => path.split("/")[0]).filter((dir) => dir !== "src" && !dir.endsWith(".js"))
      )
    ];
    if (entryPoints.some((path) => path.startsWith("src/"))) continue;
    if (entryPoints.length > 0 ? buildDirs.length === 0 : !built) continue;
    const root = underPackage ? `${prefix}package/src` : `${prefix}src`;
    const where = buildDirs.length > 0 ? ` (its entry points are in ${buildDirs.map((d) => `\`${d}/\``).join(", ")})` : "";
    report({
      ruleId: "internal-path",
      severity: "warning",
      path: root,
      message: `${formatNumber(count2)} original TypeScript ${count2 === 1 ? "source under `src/` ships" : "sources under `src/` ship"} next to the built JavaScript${where}; consumers only need the build.`,
      fix: "Narrow `files` in package.json to the build output (e.g. `dist`), or add `src/` to `.npmignore`.",
      details: { pattern: "sources-next-to-build", count: count2, examples },
      evidence: "sources-next-to-build"
    });
  }
}
var SourceTally = class {
  levels = /* @__PURE__ */ new Map();
  add(path) {
    const form = catalogueForm(path);
    const isSource = TS_SOURCE.test(form) && !DECLARATION.test(form);
    const isBuild = !isSource && BUILD_OUTPUT.test(form);
    if (!isSource && !isBuild) return;
    const prefix = levelOf(path);
    let level = this.levels.get(prefix);
    if (!level) {
      level = { count: 0, examples: [], built: false, underPackage: false };
      this.levels.set(prefix, level);
    }
    if (isBuild) {
      level.built = true;
      return;
    }
    level.count++;
    level.examples.push(path);
    level.examples.sort(byCodePoint);
    if (level.examples.length > 5) level.examples.pop();
    if (path.startsWith(`${prefix}package/src/`)) level.underPackage = true;
  }
};
function byCodePoint(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/rules/large-file.ts
function createLargeFileRule(thresholds) {
  return {
    id: "large-file",
    start(_artifact, report) {
      const judge2 = (entry, size) => {
        if (size <= thresholds.maxFileSize) return;
        const name = entry.innerPath.slice(entry.innerPath.lastIndexOf("/") + 1);
        report({
          ruleId: "large-file",
          severity: "warning",
          path: entry.path,
          message: `\`${name}\` is ${formatBytes(size)}, over the ${formatBytes(thresholds.maxFileSize)} limit for a single file.`,
          fix: "Check that it is meant to ship; if so, record it in the baseline or raise thresholds.maxFileSize.",
          details: { size, limit: thresholds.maxFileSize },
          evidence: "large-file"
        });
      };
      return {
        onEntry(entry) {
          if (entry.type !== "file") return void 0;
          if (entry.unread) {
            judge2(entry, entry.size);
            return void 0;
          }
          let size = 0;
          return {
            onChunk(chunk) {
              size += chunk.length;
            },
            onEnd() {
              judge2(entry, size);
            }
          };
        }
      };
    }
  };
}

// src/rules/source-map/build-hints.ts
var SCRATCH = [
  {
    pattern: /(^|\/)(bazel-out|bazel-bin)(\/|$)|(^|\/)[a-z0-9_]+-(fastbuild|opt|dbg)(-ST-[0-9a-f]+)?(\/|$)/i,
    words: "a Bazel output directory"
  },
  {
    pattern: /^\/(tmp|private\/var\/folders|var\/folders)\/|\/AppData\/Local\/Temp\//i,
    words: "a temporary directory on the build machine"
  },
  {
    pattern: /(^|\/)\.next\/|(^|\/)\.nx\/|(^|\/)\.turbo\/|(^|\/)\.angular\/cache\//,
    words: "a build tool's cache directory"
  }
];
function describeRoot(root) {
  const scratch = SCRATCH.find(({ pattern }) => pattern.test(root));
  if (!scratch) return root;
  const last = root.split("/").filter((part) => part && part !== "..").at(-1);
  return last ? `${scratch.words} (…/${last})` : scratch.words;
}
var BY_SCHEME = {
  "webpack:": "webpack",
  "webpack-internal:": "webpack",
  "turbopack:": "turbopack",
  "rollup:": "rollup",
  "vite:": "vite"
};
function bundlerOf(sources) {
  for (const { source } of sources) {
    const scheme = /^([a-z][a-z0-9-]*:)/i.exec(source)?.[1]?.toLowerCase();
    const bundler = scheme ? BY_SCHEME[scheme] : void 0;
    if (bundler) return bundler;
  }
  return void 0;
}
var SETTING = {
  webpack: "webpack: `devtool: 'nosources-source-map'`",
  turbopack: "Next.js: `productionBrowserSourceMaps: false` (or strip `sourcesContent` after the build)",
  vite: "Vite: `build.sourcemap: 'hidden'` plus a step that strips `sourcesContent` (or `build.rollupOptions.output.sourcemapExcludeSources: true`)",
  rollup: "Rollup: `output.sourcemapExcludeSources: true`",
  esbuild: "esbuild: `sourcesContent: false`"
};
var EVERY = "esbuild `sourcesContent: false`; webpack `devtool: 'nosources-source-map'`; Vite `build.sourcemap: 'hidden'` plus a strip step; Rollup `output.sourcemapExcludeSources: true`; tsc `inlineSources: false`";
function embeddedSourcesFix(sources, leaveOut) {
  const bundler = bundlerOf(sources);
  const setting = bundler ? SETTING[bundler] : `the bundler's setting (${EVERY})`;
  return `Build the map without sources: ${setting}. Or leave source maps out of the release: ${leaveOut}.`;
}

// src/core/utf8-units.ts
import { isAscii } from "node:buffer";
var HIGH_BITS = 2155905152 | 0;
function utf16UnitsOfUtf8(bytes, from, to) {
  if (to <= from) return 0;
  if (isAscii(bytes.subarray(from, to))) return to - from;
  let units = to - from;
  let at = from;
  while (at < to && (bytes.byteOffset + at & 3) !== 0) units += unitsAdjustment(bytes[at++]);
  const wordCount = to - at >>> 2;
  if (wordCount > 0) {
    const words = new Int32Array(bytes.buffer, bytes.byteOffset + at, wordCount);
    for (let j = 0; j < wordCount; j++) {
      const word = words[j];
      if ((word & HIGH_BITS) === 0) continue;
      const continuation = word & ~(word << 1) & HIGH_BITS;
      const fourByteLead = word & word << 1 & word << 2 & word << 3 & HIGH_BITS;
      units += highBitCount(fourByteLead) - highBitCount(continuation);
    }
    at += wordCount << 2;
  }
  while (at < to) units += unitsAdjustment(bytes[at++]);
  return units;
}
function unitsAdjustment(byte) {
  if ((byte & 192) === 128) return -1;
  return byte >= 240 ? 1 : 0;
}
function highBitCount(bits) {
  return Math.imul(bits >>> 7, 16843009) >>> 24;
}

// src/rules/source-map/json-scanner.ts
var MAX_KEPT_STRING = 4096;
var MAX_KEPT_SOURCES = 2e5;
var MAX_DEPTH = 512;
var MAX_LITERAL = 64;
var QUOTE = 34;
var BACKSLASH = 92;
var LETTER_U = 117;
var SOURCE_MAP_KEYS = /* @__PURE__ */ new Set(["version", "mappings", "sources", "sections"]);
var SourceMapScanner = class {
  stack = [];
  summary = {
    sources: [],
    contentLengths: [],
    sourceCount: 0,
    embeddedCount: 0,
    bytes: 0,
    looksLikeSourceMap: false
  };
  started = false;
  finished = false;
  sawMapKey = false;
  error;
  /** Before the first value: skip a UTF-8 BOM and the `)]}'` line the spec allows against XSSI. */
  preamble = "start";
  bomBytes = 0;
  // String state, kept across chunks.
  inString = false;
  escapePending = false;
  /** Whether the current string is a `sourcesContent` element whose length we count. */
  counting = false;
  units = 0;
  keep;
  keptLength = 0;
  /** Offset of the next `\` in the current chunk at or after the scan position; -1: none left; -2: not searched. */
  nextBackslash = -2;
  // Literal (number, true, false, null) state.
  literal = "";
  /** Bytes written so far. */
  bytesSeen = 0;
  write(chunk) {
    this.bytesSeen += chunk.length;
    this.nextBackslash = -2;
    if (this.error) return;
    let i = this.preamble === "done" ? 0 : this.skipPreamble(chunk);
    const n = chunk.length;
    while (i < n && !this.error) {
      if (this.inString) {
        i = this.continueString(chunk, i);
        continue;
      }
      const c = chunk[i];
      if (this.literal !== "" && !isLiteralByte(c)) this.endLiteral();
      if (c === 32 || c === 10 || c === 13 || c === 9) {
        i++;
        continue;
      }
      if (this.finished) {
        this.fail("data after the end of the JSON object");
        break;
      }
      switch (c) {
        case 123:
          this.open("object");
          break;
        case 91:
          this.open("array");
          break;
        case 125:
          this.close("object");
          break;
        case 93:
          this.close("array");
          break;
        case 58:
          this.colon();
          break;
        case 44:
          this.comma();
          break;
        case QUOTE:
          this.startString();
          break;
        default:
          if (!isLiteralByte(c)) this.fail(`unexpected byte 0x${c.toString(16)}`);
          else if (this.literal.length >= MAX_LITERAL) this.fail("a number or keyword that never ends");
          else this.literal += String.fromCharCode(c);
      }
      i++;
    }
  }
  end() {
    if (!this.error && this.literal !== "") this.endLiteral();
    if (!this.error) {
      if (!this.started) this.fail("empty input");
      else if (this.inString || this.stack.length > 0) this.fail("cut off before the end of the JSON");
    }
    const summary = this.summary;
    summary.bytes = this.bytesSeen;
    if (this.error) summary.malformed = this.error;
    summary.looksLikeSourceMap = this.started && (this.error !== void 0 || this.sawMapKey);
    const kept = Math.min(summary.sourceCount, MAX_KEPT_SOURCES);
    while (summary.sources.length < kept) summary.sources.push("");
    while (summary.contentLengths.length < kept) summary.contentLengths.push(-1);
    summary.contentLengths.length = kept;
    return summary;
  }
  fail(reason) {
    this.error ??= reason;
  }
  /** Returns where the JSON starts in `chunk` (after a BOM or an XSSI guard line). */
  skipPreamble(chunk) {
    const BOM = [239, 187, 191];
    let i = 0;
    while (i < chunk.length) {
      const c = chunk[i];
      if (this.preamble === "start") {
        if (c === BOM[0]) this.preamble = "bom";
        else if (c === 41)
          this.preamble = "xssi";
        else {
          this.preamble = "done";
          return i;
        }
        this.bomBytes = 1;
        i++;
      } else if (this.preamble === "bom") {
        if (c !== BOM[this.bomBytes]) {
          this.fail(`unexpected byte 0x${c.toString(16)}`);
          return chunk.length;
        }
        i++;
        if (++this.bomBytes === 3) this.preamble = "start";
      } else if (this.preamble === "xssi") {
        const newline = chunk.indexOf(10, i);
        if (newline === -1) return chunk.length;
        this.preamble = "done";
        return newline + 1;
      } else return i;
    }
    return i;
  }
  /** The role a new value gets from where it stands. */
  roleOfNextValue() {
    const top = this.stack.at(-1);
    if (!top) return "map";
    if (top.kind === "array") return top.role === "sections" ? "section" : "other";
    if (top.role === "map") {
      if (top.key === "sources") return "sources";
      if (top.key === "sourcesContent") return "content";
      if (top.key === "sections") return "sections";
    }
    if (top.role === "section" && top.key === "map") return "map";
    return "other";
  }
  /** Bookkeeping before any value (object, array, string, literal) is taken. */
  beforeValue() {
    const top = this.stack.at(-1);
    if (!top) {
      if (this.started) {
        this.fail("data after the end of the JSON object");
        return false;
      }
      this.started = true;
      return true;
    }
    if (top.kind === "object") {
      if (top.expectKey || top.key === void 0) {
        this.fail("expected a key");
        return false;
      }
    } else if (top.count > 0 && !top.expectKey) {
      this.fail("expected ','");
      return false;
    }
    return true;
  }
  /** After a value: objects expect a comma, arrays count the element. */
  afterValue() {
    const top = this.stack.at(-1);
    if (!top) return;
    if (top.kind === "object") top.key = void 0;
    else {
      top.count++;
      top.expectKey = false;
    }
  }
  colon() {
    const top = this.stack.at(-1);
    if (!top || top.kind !== "object" || top.expectKey || top.key === void 0 || top.count !== 1) {
      this.fail("unexpected ':'");
      return;
    }
    top.count = 2;
  }
  comma() {
    const top = this.stack.at(-1);
    if (!top) {
      this.fail("unexpected ','");
      return;
    }
    if (top.kind === "object") {
      if (top.expectKey || top.key !== void 0) this.fail("unexpected ','");
      top.expectKey = true;
    } else {
      if (top.count === 0 || top.expectKey) this.fail("unexpected ','");
      top.expectKey = true;
    }
  }
  open(kind) {
    const top = this.stack.at(-1);
    if (!top && kind !== "object") {
      this.fail("a source map must be a JSON object");
      return;
    }
    if (top?.kind === "object" && top.count !== 2) {
      this.fail(top.expectKey ? "expected a key" : "expected ':'");
      return;
    }
    if (!this.beforeValue()) return;
    if (this.stack.length >= MAX_DEPTH) {
      this.fail("nested too deep");
      return;
    }
    let role = this.roleOfNextValue();
    const fits = role === "map" || role === "section" ? kind === "object" : role === "other" || kind === "array";
    if (!fits) role = "other";
    if (top?.kind === "array" && (top.role === "sources" || top.role === "content")) {
      this.arrayElement(top, -1, void 0);
    }
    const frame = { kind, role, count: 0, expectKey: kind === "object", base: 0 };
    if (role === "map") {
      frame.base = this.summary.sourceCount;
      if (top) {
        frame.section = { firstSource: frame.base };
        this.summary.sections ??= [];
        this.summary.sections.push(frame.section);
      }
    }
    this.stack.push(frame);
  }
  close(kind) {
    const top = this.stack.at(-1);
    if (!top || top.kind !== kind) {
      this.fail(`unexpected '${kind === "object" ? "}" : "]"}'`);
      return;
    }
    if (kind === "object" ? top.key !== void 0 || top.expectKey && top.count > 0 : top.expectKey) {
      this.fail(`unexpected '${kind === "object" ? "}" : "]"}'`);
      return;
    }
    this.stack.pop();
    if (this.stack.length === 0) this.finished = true;
    else this.afterValue();
  }
  startString() {
    const top = this.stack.at(-1);
    if (!top) {
      this.fail("a source map must be a JSON object");
      return;
    }
    const isKey = top.kind === "object" && top.expectKey;
    if (isKey) {
      top.expectKey = false;
      top.count = 1;
    } else {
      if (top.kind === "object" && top.count !== 2) {
        this.fail("expected ':'");
        return;
      }
      if (!this.beforeValue()) return;
    }
    this.inString = true;
    this.escapePending = false;
    this.units = 0;
    this.keptLength = 0;
    const element = !isKey && top.kind === "array" ? top.role : void 0;
    this.counting = element === "content";
    const keepValue = element === "sources" && this.summary.sourceCount < MAX_KEPT_SOURCES || !isKey && top.kind === "object" && top.role === "map" && (top.key === "file" || top.key === "sourceRoot");
    this.keep = isKey || keepValue ? [] : void 0;
  }
  /** Consumes string bytes from `start`; returns where scanning continues. */
  continueString(chunk, start) {
    let i = start;
    if (this.escapePending) {
      this.escapePending = false;
      if (this.counting) this.units -= chunk[i] === LETTER_U ? 5 : 1;
      i++;
    }
    let quote = chunk.indexOf(QUOTE, i);
    for (; ; ) {
      if (this.nextBackslash !== -1 && this.nextBackslash < i)
        this.nextBackslash = chunk.indexOf(BACKSLASH, i);
      const backslash = this.nextBackslash;
      if (backslash !== -1 && (quote === -1 || backslash < quote)) {
        if (backslash + 1 >= chunk.length) {
          this.escapePending = true;
          this.take(chunk, start, chunk.length);
          return chunk.length;
        }
        if (this.counting) this.units -= chunk[backslash + 1] === LETTER_U ? 5 : 1;
        i = backslash + 2;
        if (quote !== -1 && quote < i) quote = chunk.indexOf(QUOTE, i);
        continue;
      }
      if (quote === -1) {
        this.take(chunk, start, chunk.length);
        return chunk.length;
      }
      let text;
      if (this.keep && this.keep.length === 0 && quote - start <= MAX_KEPT_STRING) {
        if (this.counting) this.units += utf16UnitsOfUtf8(chunk, start, quote);
        text = decodeJsonString(chunk, start, quote);
      } else this.take(chunk, start, quote);
      this.inString = false;
      this.endString(text);
      return quote + 1;
    }
  }
  take(chunk, from, to) {
    if (this.counting) this.units += utf16UnitsOfUtf8(chunk, from, to);
    if (this.keep && this.keptLength < MAX_KEPT_STRING) {
      const slice = chunk.subarray(from, Math.min(to, from + MAX_KEPT_STRING - this.keptLength));
      this.keep.push(Buffer.from(slice));
      this.keptLength += slice.length;
    }
  }
  /** `inPlace`: the string's text when it was decoded straight from the chunk. */
  endString(inPlace) {
    const top = this.stack.at(-1);
    let text = inPlace;
    if (text === void 0 && this.keep) {
      const raw = Buffer.concat(this.keep);
      text = decodeJsonString(raw, 0, raw.length);
    }
    this.keep = void 0;
    if (top.kind === "object" && top.count === 1) {
      top.key = text ?? "";
      if (top.role === "map" && this.stack.length === 1 && SOURCE_MAP_KEYS.has(top.key))
        this.sawMapKey = true;
      return;
    }
    if (top.kind === "array" && (top.role === "sources" || top.role === "content")) {
      this.arrayElement(top, this.counting ? this.units : -1, text);
    } else if (top.kind === "object" && top.role === "map" && text !== void 0) {
      const topLevel = this.stack.length === 1;
      if (top.key === "file" && topLevel) this.summary.file = text;
      if (top.key === "sourceRoot") {
        if (topLevel) this.summary.sourceRoot = text;
        else if (top.section) top.section.sourceRoot = text;
      }
    }
    this.afterValue();
  }
  /** Records element `top.count` of `sources` or `sourcesContent` (length -1: not a string). */
  arrayElement(top, length, text) {
    const map = this.stack.at(-2);
    const index = map.base + top.count;
    const summary = this.summary;
    if (top.role === "sources") {
      summary.sourceCount = Math.max(summary.sourceCount, index + 1);
      if (index < MAX_KEPT_SOURCES) {
        while (summary.sources.length < index) summary.sources.push("");
        summary.sources[index] = text ?? "";
      }
    } else {
      if (length >= 0) summary.embeddedCount++;
      if (index < MAX_KEPT_SOURCES) {
        while (summary.contentLengths.length < index) summary.contentLengths.push(-1);
        summary.contentLengths[index] = length;
      }
    }
  }
  endLiteral() {
    const literal = this.literal;
    this.literal = "";
    const top = this.stack.at(-1);
    if (!top) {
      this.fail(
        this.started ? "data after the end of the JSON object" : "a source map must be a JSON object"
      );
      return;
    }
    if (top.kind === "object" && top.count !== 2) {
      this.fail(top.expectKey ? "expected a key" : "expected ':'");
      return;
    }
    if (!this.beforeValue()) return;
    if (!/^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?)$/.test(literal)) {
      this.fail(`invalid value ${JSON.stringify(literal.slice(0, 20))}`);
      return;
    }
    if (top.kind === "array" && (top.role === "sources" || top.role === "content")) {
      this.arrayElement(top, -1, void 0);
    } else if (top.kind === "object" && top.role === "map" && top.key === "version" && this.stack.length === 1) {
      const version = Number(literal);
      if (Number.isFinite(version)) this.summary.version = version;
    }
    this.afterValue();
  }
};
function isLiteralByte(c) {
  return c >= 48 && c <= 57 || // 0-9
  c >= 97 && c <= 122 || // a-z (true, false, null, e)
  c === 45 || // -
  c === 43 || // +
  c === 46 || // .
  c === 69;
}
function decodeJsonString(raw, from, to) {
  const text = raw.toString("utf8", from, to);
  if (!text.includes("\\")) return text;
  try {
    return JSON.parse(`"${text}"`);
  } catch {
    return text.replace(/\\(["\\/])/g, "$1");
  }
}
function sourceRootAt(summary, index) {
  if (!summary.sections) return summary.sourceRoot;
  let root;
  for (const section of summary.sections) {
    if (section.firstSource > index) break;
    root = section.sourceRoot;
  }
  return root;
}

// src/rules/source-map/inline-url.ts
var MARKER = "sourceMappingURL=";
var MARKER_BYTES = Buffer.from(MARKER, "latin1");
var PREFIXES = ["//# ", "//@ ", "/*# ", "/*@ "];
var OVERLAP = MARKER.length + 4;
var MAX_URL = 2048;
var MAX_DATA_HEADER = 256;
var MAX_PER_FILE = 20;
var InlineMapDetector = class {
  state = { mode: "search" };
  /** The tail of the previous chunk, so a marker split across chunks is still found. */
  tail = "";
  /** In a block comment, a `*` that ended the previous chunk (maybe the start of `*\/`). */
  starPending = false;
  found = {
    urls: [],
    inlineMaps: [],
    omittedUrls: 0,
    omittedInlineMaps: 0
  };
  write(chunk) {
    if (this.state.mode === "search" && !this.mayHoldMarker(chunk)) {
      this.tail = (this.tail + chunk.toString("latin1", Math.max(0, chunk.length - OVERLAP))).slice(-OVERLAP);
      return;
    }
    let text = chunk.toString("latin1");
    let position = 0;
    while (position < text.length) {
      if (this.state.mode === "search") {
        const haystack = position === 0 ? this.tail + text : text.slice(position);
        const at = findMarker(haystack);
        if (at === -1) {
          this.tail = haystack.slice(-OVERLAP);
          return;
        }
        const block = haystack.startsWith("/*", at - 4);
        text = haystack;
        position = at + MARKER.length;
        this.tail = "";
        this.state = { mode: "url", text: "", block };
        continue;
      }
      position = this.consume(text, position);
    }
  }
  /** Whether the marker is in `chunk`, or begins in the tail of the one before. */
  mayHoldMarker(chunk) {
    if (chunk.indexOf(MARKER_BYTES) !== -1) return true;
    if (this.tail === "") return false;
    return (this.tail + chunk.toString("latin1", 0, Math.min(chunk.length, MARKER.length))).includes(MARKER);
  }
  end() {
    if (this.starPending) this.feed("*");
    this.starPending = false;
    this.finishValue();
    return this.found;
  }
  /** Reads URL or data bytes from `text` at `position`; returns where it stopped. */
  consume(text, position) {
    const state = this.state;
    if (state.mode === "search") return position;
    if (this.starPending) {
      this.starPending = false;
      if (text.charCodeAt(position) === 47) {
        this.finishValue();
        return position;
      }
      this.feed("*");
    }
    const percent = state.mode === "payload" && !state.payload.base64;
    let stop = firstTerminator(text, position, percent, state.block);
    let end = stop === -1 ? text.length : stop;
    if (state.mode !== "payload") {
      const comma = text.indexOf(",", position);
      if (comma !== -1 && comma < end) {
        end = comma + 1;
        stop = -1;
      }
    }
    if (percent && state.block && stop === -1 && end > position && text.charCodeAt(end - 1) === 42) {
      this.feed(text.slice(position, end - 1));
      this.starPending = true;
      return end;
    }
    this.feed(text.slice(position, end));
    if (stop === -1) return end;
    this.finishValue();
    return stop;
  }
  /** Adds URL text or payload to the value being read. */
  feed(piece) {
    const state = this.state;
    if (piece === "") return;
    if (state.mode === "url") {
      state.text += piece;
      if (state.text.startsWith("data:")) {
        this.state = { mode: "data-header", text: state.text.slice(5), block: state.block };
        this.afterHeaderPiece();
      } else if (state.text.length > MAX_URL) state.text = state.text.slice(0, MAX_URL);
    } else if (state.mode === "data-header") {
      state.text += piece;
      this.afterHeaderPiece();
    } else if (state.mode === "payload") {
      decode(state.payload, piece, false);
    }
  }
  /** A data URL's header runs to the first comma; then the payload starts. */
  afterHeaderPiece() {
    const state = this.state;
    if (state.mode !== "data-header") return;
    const comma = state.text.indexOf(",");
    if (comma === -1) {
      if (state.text.length > MAX_DATA_HEADER) this.state = { mode: "search" };
      return;
    }
    const header = state.text.slice(0, comma).toLowerCase();
    const payload = {
      scanner: new SourceMapScanner(),
      base64: header.split(";").includes("base64"),
      pending: "",
      firstByte: "unseen"
    };
    this.state = { mode: "payload", payload, block: state.block };
    decode(payload, state.text.slice(comma + 1), false);
  }
  finishValue() {
    const state = this.state;
    if (state.mode === "url" && state.text) {
      if (this.found.urls.length < MAX_PER_FILE) this.found.urls.push(ownString(state.text));
      else this.found.omittedUrls++;
    }
    if (state.mode === "payload") {
      decode(state.payload, "", true);
      if (state.payload.firstByte === "object") {
        const summary = state.payload.scanner.end();
        if (summary.looksLikeSourceMap) {
          if (this.found.inlineMaps.length < MAX_PER_FILE) this.found.inlineMaps.push(summary);
          else this.found.omittedInlineMaps++;
        }
      }
    }
    this.state = { mode: "search" };
  }
};
function findMarker(text) {
  for (let at = text.indexOf(MARKER); at !== -1; at = text.indexOf(MARKER, at + 1)) {
    if (PREFIXES.some((prefix) => text.startsWith(prefix, at - prefix.length))) return at;
  }
  return -1;
}
function firstTerminator(text, from, percent, block) {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32) return i;
    if (percent) {
      if (c === 34 || c === 96) return i;
      if (block && c === 42 && text.charCodeAt(i + 1) === 47) return i;
    } else if (c === 34 || c === 39 || c === 96 || block && c === 42) return i;
  }
  return -1;
}
function decode(payload, text, final) {
  const all = payload.pending + text;
  let usable;
  let bytes;
  if (payload.base64) {
    usable = final ? all.length : all.length - all.length % 4;
    bytes = Buffer.from(all.slice(0, usable), "base64");
  } else {
    const cut = all.lastIndexOf("%");
    usable = !final && cut !== -1 && cut > all.length - 3 ? cut : all.length;
    bytes = percentDecode(all.slice(0, usable));
  }
  payload.pending = all.slice(usable);
  if (bytes.length === 0) return;
  if (payload.firstByte === "unseen") {
    const first = bytes.findIndex((b) => b !== 32 && b !== 10 && b !== 13 && b !== 9);
    if (first !== -1) payload.firstByte = bytes[first] === 123 ? "object" : "other";
  }
  if (payload.firstByte !== "other") payload.scanner.write(bytes);
}
function percentDecode(text) {
  const out = Buffer.allocUnsafe(text.length);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 37 && i + 2 < text.length && isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2))) {
      out[length++] = Number.parseInt(text.slice(i + 1, i + 3), 16);
      i += 2;
    } else out[length++] = c & 255;
  }
  return out.subarray(0, length);
}
function isHex(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
}

// src/rules/source-map/roots.ts
import { posix as posix3 } from "node:path";
var URL_SCHEME = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)\/?/i;
var PSEUDO_SCHEME = /^([a-z][a-z0-9+.-]+):/i;
var DRIVE = /^[A-Za-z]:(\/|$)/;
var GENERATED = /^(webpack\/(bootstrap|runtime\/|universalModuleDefinition|startup|before-startup|after-startup)|external |ignored[| ]|\0|<[a-z]+(:[^>]*)?>$|\(disabled\)|[^/]*\/?\(ignored\))/i;
var DEPENDENCY = /(^|\/)(node_modules|\.pnpm|\.yarn|bower_components|jspm_packages)\/|^(~|\(webpack\)[^/]*)\//;
function resolveSource(rawSource, sourceRoot, context) {
  const source = applySourceRoot(rawSource.replace(/\\/g, "/"), sourceRoot?.replace(/\\/g, "/"));
  const result = (location, root2, path) => ({
    source: rawSource,
    location,
    root: root2,
    origin: originOf(path)
  });
  if (source === "")
    return { source: rawSource, location: "virtual", root: "(unnamed)", origin: "generated" };
  const absolute = absolutePath(source);
  if (absolute !== void 0) return result("absolute", absoluteRoot(absolute), absolute);
  const url = URL_SCHEME.exec(source);
  if (url) {
    const rest = posix3.normalize(source.slice(url[0].length).replace(/^\[project\]\//, "") || ".");
    const scheme = url[1].toLowerCase();
    if (scheme === "http" || scheme === "https") {
      return result("virtual", `${scheme}://${url[2].toLowerCase()}`, rest);
    }
    const location = rest.startsWith("../") ? "outside" : shippedFromProject(rest, context) ? "shipped" : "virtual";
    const origin = originOf(rest);
    const key = origin === "generated" ? generatedRoot(rest) : groupKey(rest);
    return { source: rawSource, location, root: `${scheme}://${key}`, origin };
  }
  const pseudo = PSEUDO_SCHEME.exec(source);
  if (pseudo) {
    return {
      source: rawSource,
      location: "virtual",
      root: `${pseudo[1].toLowerCase()}:`,
      origin: "generated"
    };
  }
  if (GENERATED.test(source)) {
    return { source: rawSource, location: "virtual", root: generatedRoot(source), origin: "generated" };
  }
  const mapDir = posix3.dirname(context.mapPath);
  const inContainer = posix3.normalize(posix3.join(mapDir === "." ? "" : mapDir, source));
  const root = groupKey(posix3.normalize(source));
  if (inContainer === ".." || inContainer.startsWith("../")) return result("outside", root, source);
  if (context.exists(inContainer)) return result("shipped", root, source);
  if (!inContainer.startsWith(context.packageRoot)) return result("outside", root, source);
  return result("unshipped", root, source);
}
function applySourceRoot(source, sourceRoot) {
  if (!sourceRoot || absolutePath(source) !== void 0 || URL_SCHEME.test(source)) return source;
  if (PSEUDO_SCHEME.test(source) && !DRIVE.test(source)) return source;
  return sourceRoot.endsWith("/") ? sourceRoot + source : `${sourceRoot}/${source}`;
}
function absolutePath(source) {
  if (/^file:/i.test(source)) {
    let path = source.replace(/^file:(\/\/[^/]*)?/i, "");
    try {
      path = decodeURI(path);
    } catch {
    }
    return path.replace(/^\/([A-Za-z]:)/, "$1");
  }
  if (source.startsWith("/") || DRIVE.test(source)) return source;
  return void 0;
}
function shippedFromProject(rest, context) {
  if (rest === "." || rest.startsWith("../")) return false;
  let dir = posix3.dirname(context.mapPath);
  for (; ; ) {
    const candidate = dir === "." ? rest : `${dir}/${rest}`;
    if (context.exists(candidate)) return true;
    if (dir === "." || dir === "/") return false;
    dir = posix3.dirname(dir);
  }
}
function originOf(path) {
  const withoutDots = path.replace(/^(\.\.?\/)+/, "");
  if (GENERATED.test(withoutDots)) return "generated";
  if (DEPENDENCY.test(path)) return "dependency";
  return "own";
}
function groupKey(path) {
  const segments = path.split("/").filter((s) => s !== "" && s !== ".");
  segments.pop();
  const key = [];
  let i = 0;
  while (segments[i] === "..") key.push(segments[i++]);
  const modules = segments.lastIndexOf("node_modules");
  if (modules >= i && modules + 1 < segments.length) {
    const name = segments[modules + 1];
    const scoped = name.startsWith("@") && modules + 2 < segments.length;
    key.push("node_modules", scoped ? `${name}/${segments[modules + 2]}` : name);
  } else if (i < segments.length) key.push(segments[i]);
  return key.join("/") || ".";
}
function absoluteRoot(path) {
  const drive = /^[A-Za-z]:/.exec(path)?.[0];
  const parts = (drive ? path.slice(2) : path).split("/").filter(Boolean);
  const shown = parts.slice(0, Math.min(3, Math.max(parts.length - 1, 1)));
  return `${drive ?? ""}/${shown.join("/")}`;
}
function generatedRoot(source) {
  if (source.startsWith("\0")) return "(virtual)";
  if (source.startsWith("<")) return source.replace(/^<([a-z]+).*$/i, "<$1>");
  return source.split(/[/| ]/)[0] || source;
}
function topRoots(resolved, limit = 10) {
  const counts = /* @__PURE__ */ new Map();
  for (const { root } of resolved) counts.set(root, (counts.get(root) ?? 0) + 1);
  return [...counts].map(([root, count2]) => ({ root, count: count2 })).sort((a, b) => b.count - a.count || (a.root < b.root ? -1 : a.root > b.root ? 1 : 0)).slice(0, limit);
}

// src/rules/source-map.ts
var RULE_ID = "source-map";
var SCRIPT = /\.(m?js|cjs|css)$/i;
var SCRIPT_MAP = /\.([mc]?[jt]sx?|css|scss|sass|less)\.map$/i;
var sourceMapRule = {
  id: RULE_ID,
  start(artifact, report) {
    const maps = [];
    const urls = [];
    const streamedPaths = artifact.streamed ? /* @__PURE__ */ new Set() : void 0;
    return {
      onEntry(entry) {
        if (streamedPaths && !entry.unread) streamedPaths.add(entry.path);
        if (entry.type !== "file") return void 0;
        if (entry.innerPath.toLowerCase().endsWith(".map")) {
          const scanner = new SourceMapScanner();
          return {
            onChunk: (chunk) => scanner.write(chunk),
            onEnd: () => {
              const summary = scanner.end();
              if (summary.looksLikeSourceMap || SCRIPT_MAP.test(entry.innerPath))
                maps.push({ entry, inline: false, ordinal: 0, summary });
            }
          };
        }
        if (SCRIPT.test(entry.innerPath)) {
          const detector = new InlineMapDetector();
          return {
            onChunk: (chunk) => detector.write(chunk),
            onEnd: () => {
              const found = detector.end();
              found.inlineMaps.forEach((summary, ordinal) => {
                maps.push({ entry, inline: true, ordinal, summary });
              });
              for (const url of found.urls) urls.push({ entry, url });
              if (found.omittedInlineMaps > 0 || found.omittedUrls > 0) reportFlood(entry, found, report);
            }
          };
        }
        return void 0;
      },
      onArtifactEnd(manifest) {
        const shipped = streamedPaths ?? new Set(manifest.entries.map((e) => e.path));
        for (const record of maps) judgeMap(record, shipped, manifest.kind, report);
        for (const record of urls) judgeUrl(record, report);
      }
    };
  }
};
function judge(record, shipped) {
  const { entry, summary } = record;
  const prefix = entry.path.slice(0, entry.path.length - entry.innerPath.length);
  const packageRoot = entry.innerPath.startsWith("package/") && shipped.has(`${prefix}package/package.json`) ? "package/" : "";
  const context = {
    mapPath: entry.innerPath,
    packageRoot,
    exists: (path) => shipped.has(prefix + path)
  };
  const resolved = summary.sources.map(
    (source, i) => resolveSource(source, sourceRootAt(summary, i), context)
  );
  const embedded = (i) => (summary.contentLengths[i] ?? -1) >= 0;
  const embeddedNotShipped = resolved.filter((s, i) => embedded(i) && s.location !== "shipped");
  const keptEmbedded = summary.contentLengths.filter((length) => length >= 0).length;
  return {
    resolved,
    embeddedNotShipped,
    ownEmbedded: embeddedNotShipped.filter((s) => s.origin === "own"),
    disclosed: resolved.filter(
      (s, i) => !embedded(i) && (s.location === "absolute" || s.location === "outside")
    ),
    // Only a map naming more sources than are kept has embedded sources that were not resolved
    // (content elements beyond the end of `sources` name no file and are left aside).
    unresolvedEmbedded: summary.sourceCount > summary.sources.length ? summary.embeddedCount - keptEmbedded : 0
  };
}
function judgeMap(record, shipped, kind, report) {
  const leaveOut = leaveOutAdvice(kind, "*.map");
  const { entry, summary, inline, ordinal } = record;
  const name = inline ? `The inline source map in ${basename2(entry.innerPath)}` : basename2(entry.innerPath);
  const evidence = (kind2) => ordinal > 0 ? `${kind2}#${ordinal}` : kind2;
  if (summary.malformed) {
    report({
      ruleId: RULE_ID,
      severity: "warning",
      path: entry.path,
      message: `${name} could not be read as a source map (${summary.malformed}), so what it reveals was not checked.`,
      fix: "Check the build that wrote it, or leave the map out of the release.",
      details: { malformed: summary.malformed, mapBytes: summary.bytes, inline },
      evidence: evidence("malformed")
    });
    if (summary.embeddedCount === 0) return;
  }
  const j = judge(record, shipped);
  const notShippedCount = j.embeddedNotShipped.length + j.unresolvedEmbedded;
  const details = {
    sources: summary.sourceCount,
    sourcesContent: summary.embeddedCount,
    embeddedNotShipped: notShippedCount,
    topRoots: topRoots(notShippedCount > 0 ? j.embeddedNotShipped : j.resolved),
    mapBytes: summary.bytes,
    inline
  };
  if (j.unresolvedEmbedded > 0) details.unresolvedEmbedded = j.unresolvedEmbedded;
  if (j.ownEmbedded.length > 0 || j.unresolvedEmbedded > 0) {
    const roots = [rootList(j.embeddedNotShipped)];
    if (j.unresolvedEmbedded > 0) roots.push(`${count(j.unresolvedEmbedded)} more not resolved`);
    report({
      ruleId: RULE_ID,
      severity: "error",
      path: entry.path,
      message: `${name} embeds the original source of ${plural(notShippedCount, "file")} that ${notShippedCount === 1 ? "is" : "are"} not shipped (${roots.filter(Boolean).join(", ")}): anyone who downloads the release can read ${notShippedCount === 1 ? "it" : "them"}.`,
      fix: embeddedSourcesFix(j.resolved, leaveOut),
      details,
      evidence: evidence("embedded-sources")
    });
  } else if (j.disclosed.length > 0) {
    details.topRoots = topRoots(j.disclosed);
    report({
      ruleId: RULE_ID,
      severity: "warning",
      path: entry.path,
      message: `${name} names ${plural(j.disclosed.length, "source")} outside the release (${rootList(j.disclosed)}), disclosing how the build machine or repository is laid out.`,
      fix: j.disclosed.some((s) => s.location === "absolute") ? "Make the bundler write relative source paths (e.g. `sourceRoot`, webpack's `devtoolModuleFilenameTemplate`), or leave the map out of the release." : `Leave the map out of the release (${leaveOut}) if the repository's layout is not to be shown; otherwise accept this finding.`,
      details,
      evidence: evidence("disclosed-paths")
    });
  } else {
    report({
      ruleId: RULE_ID,
      severity: "note",
      path: entry.path,
      message: `${name} (${formatBytes(summary.bytes)}) ${describeHarmless(j, summary)}; it reveals nothing that is not already published.`,
      fix: "Nothing to do, unless you prefer not to ship source maps.",
      details,
      evidence: evidence("map")
    });
  }
}
function describeHarmless(j, summary) {
  if (j.embeddedNotShipped.length > 0) {
    return `embeds the source of ${plural(j.embeddedNotShipped.length, "dependency or bundler file")} (${rootList(j.embeddedNotShipped)})`;
  }
  const notShipped = j.resolved.filter((s) => s.location !== "shipped").length;
  if (notShipped === 0) return `maps ${plural(summary.sourceCount, "source")} that ship with it`;
  return `names ${plural(summary.sourceCount, "source")} (${count(notShipped)} not shipped) without embedding their content`;
}
function judgeUrl({ entry, url }, report) {
  let host;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") host = parsed.host;
  } catch {
    return;
  }
  if (!host) return;
  report({
    ruleId: RULE_ID,
    severity: "warning",
    path: entry.path,
    message: `${basename2(entry.innerPath)} points its source map at ${host}, which tells everyone where your build artifacts are hosted (and serves the sources to anyone who can reach it).`,
    fix: "Remove the `sourceMappingURL` comment from released files, or point it at a public, relative map.",
    details: { host, url: redactUrlCredentials(url).slice(0, 200) },
    evidence: host
  });
}
function reportFlood(entry, found, report) {
  const maps = found.omittedInlineMaps;
  report({
    ruleId: RULE_ID,
    severity: maps > 0 ? "error" : "warning",
    path: entry.path,
    message: `${basename2(entry.innerPath)} holds ${count(found.inlineMaps.length + maps)} inline source maps and ${count(found.urls.length + found.omittedUrls)} sourceMappingURL comments; only the first ${MAX_PER_FILE} of each were judged.`,
    fix: "No build writes this many source-map comments into one file: find out what generated it, and strip them from released files.",
    details: { inlineMaps: found.inlineMaps.length + maps, urls: found.urls.length + found.omittedUrls },
    evidence: `flood ${maps} ${found.omittedUrls}`
  });
}
function rootList(list) {
  return topRoots(list, 3).map(({ root, count: n }) => `${describeRoot(root)} ${count(n)}`).join(", ");
}
function count(n) {
  return formatNumber(n);
}
function plural(n, noun) {
  return `${count(n)} ${noun}${n === 1 ? "" : "s"}`;
}
function basename2(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}

// src/rules/registry.ts
function createRules(config, hooks = {}) {
  const rules = [
    createInternalPathRule(config),
    sourceMapRule,
    createThreadedSecretRule({
      genericEntropy: config.thresholds.genericSecretEntropy,
      ...config.importedSecretRules ? { imported: config.importedSecretRules } : {},
      ...hooks.onSecret ? { onSecret: hooks.onSecret } : {}
    }),
    createLargeFileRule(config.thresholds)
  ];
  return rules.filter((rule) => config.rules[rule.id] !== "off");
}

// src/verdict/post-process.ts
var import_picomatch7 = __toESM(require_picomatch(), 1);
var SEVERITY_ORDER = { error: 0, warning: 1, note: 2 };
function postProcess(artifacts, config) {
  const kept = artifacts.flatMap((artifact) => dropAllowed(artifact, config));
  return sortFindings(applySeverity(kept, config, artifacts));
}
function dropAllowed(artifact, config) {
  const filter = createPathFilter(config, [artifact.manifest.id, artifact.identity]);
  return artifact.findings.filter((finding) => finding.path === "" || !filter.isAllowed(finding.path));
}
function ruleSetting(config, ruleId, artifactIds) {
  let setting = config.rules[ruleId];
  for (const [pattern, overrides] of Object.entries(config.artifacts)) {
    const own = overrides.rules?.[ruleId];
    if (own && artifactIds.some((id) => (0, import_picomatch7.default)(pattern, { dot: true })(id))) setting = own;
  }
  return setting;
}
function applySeverity(findings, config, artifacts = []) {
  const identities = new Map(artifacts.map((a) => [a.manifest.id, a.identity]));
  const result = [];
  for (const finding of findings) {
    const ids = [finding.artifact, identities.get(finding.artifact) ?? finding.artifact];
    const setting = ruleSetting(config, finding.ruleId, ids);
    if (setting === "off") continue;
    result.push(setting ? { ...finding, severity: setting } : finding);
  }
  return result;
}
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compare2(a.artifact, b.artifact) || // Findings about a file before findings about the whole artifact: they say what to fix.
    Number(a.path === "") - Number(b.path === "") || compare2(a.path, b.path) || compare2(a.ruleId, b.ruleId) || compare2(a.fingerprint, b.fingerprint)
  );
}
function compare2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/pipeline/scan.ts
function organisationOf(config, repository) {
  const owner = repository?.split("/")[0];
  return {
    owners: config.organisation?.owners ?? (owner ? [owner] : []),
    inside: config.organisation?.inside ?? [],
    internal: config.organisation?.internal ?? []
  };
}
async function scan(request) {
  const { specs, notes } = await resolveArtifacts(request.specs, request.cwd);
  return scanSpecs(specs, notes, request);
}
async function scanSpecs(specs, notes, request) {
  const repository = specs.some((s) => s.destination || s.git) ? await detectRepository(request.cwd) : void 0;
  const rules = request.rules ?? createRules(request.config, request.onSecret ? { onSecret: request.onSecret } : {});
  const artifacts = [];
  const streamedDiffs = /* @__PURE__ */ new Map();
  for (const spec of specs) {
    const recorded = keepsEntries(spec) ? void 0 : request.baseline?.content.artifacts.find((artifact) => artifact.identity === streamedIdentity(spec));
    const streamed = recorded ? new StreamingDiff(recorded) : void 0;
    const scanned = await scanArtifact(spec, {
      rules,
      limits: request.config.limits,
      ...request.config.internalRefs ? { internalRefs: request.config.internalRefs } : {},
      ...request.onSecret ? { onSecret: request.onSecret } : {},
      cwd: request.cwd,
      ...repository ? { repository } : {},
      ...request.progress ? { progress: request.progress } : {},
      ...streamed ? { onRecord: (entry) => streamed.add(entry) } : {}
    });
    artifacts.push(scanned);
    if (streamed) streamedDiffs.set(scanned.manifest.id, streamed.finish(scanned.manifest.totalBytes));
  }
  const organisation = organisationOf(request.config, repository);
  for (const artifact of artifacts) {
    artifact.findings = judgeDestination(
      artifact.manifest.id,
      artifact.manifest.destination,
      artifact.findings,
      organisation,
      (ruleId, evidence) => fingerprint(ruleId, artifact.identity, "", evidence)
    );
  }
  const findings = postProcess(artifacts, request.config);
  const noted = notes.length > 0 ? { notes: [...notes] } : {};
  if (!request.baseline) return { artifacts, findings, ...noted };
  const judgement = judgeAgainstBaseline({
    scans: artifacts,
    findings,
    baseline: request.baseline.content,
    thresholds: request.config.thresholds,
    strict: request.config.strict,
    today: request.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10),
    baselineFile: request.baseline.file,
    streamedDiffs
  });
  const withDiff = postProcess(
    artifacts.map((artifact) => ({
      ...artifact,
      findings: judgement.findings.filter((f) => f.artifact === artifact.manifest.id)
    })),
    request.config
  );
  return {
    artifacts,
    ...noted,
    findings: withDiff,
    baseline: {
      file: request.baseline.file,
      accepted: judgement.accepted,
      unused: judgement.unused,
      diffs: judgement.diffs,
      unbaselined: judgement.unbaselined
    }
  };
}

// src/verdict/verdict.ts
function isBlocking(finding, failOn) {
  if (failOn === "never") return false;
  if (failOn === "warning") return finding.severity === "error" || finding.severity === "warning";
  return finding.severity === "error";
}
function decideVerdict(findings, failOn) {
  return findings.some((finding) => isBlocking(finding, failOn)) ? "fail" : "pass";
}

// src/reporters/report.ts
var REPORT_VERSION = 1;
var DIFF_LIST_LIMIT = 1e3;
function diffCounts(artifact) {
  return artifact.counts ?? {
    added: artifact.added.length,
    removed: artifact.removed.length,
    changed: artifact.changed.length
  };
}
function buildReport(result, failOn) {
  return mapStrings(reportOf(result, failOn), (text) => printable(redactUrlCredentials(text)));
}
function reportOf(result, failOn) {
  const { artifacts, findings } = result;
  const count2 = (severity) => findings.filter((finding) => finding.severity === severity).length;
  return {
    version: REPORT_VERSION,
    tool: { name: "leakgate", version: VERSION },
    verdict: decideVerdict(findings, failOn),
    failOn,
    artifacts: artifacts.map(({ manifest, identity }) => ({
      id: manifest.id,
      identity,
      kind: manifest.kind,
      source: manifest.source,
      ...manifest.packageName ? { packageName: manifest.packageName } : {},
      ...manifest.packageVersion ? { packageVersion: manifest.packageVersion } : {},
      entryCount: manifest.entryCount,
      totalBytes: manifest.totalBytes,
      unopened: manifest.unopened,
      ...manifest.refs ? { refs: manifest.refs } : {},
      ...manifest.destination ? { destination: manifest.destination } : {},
      ...manifest.packedWith ? { packedWith: manifest.packedWith } : {}
    })),
    findings: [...findings],
    summary: {
      artifacts: artifacts.length,
      files: artifacts.reduce((sum, { fileCount }) => sum + fileCount, 0),
      bytes: artifacts.reduce((sum, { manifest }) => sum + manifest.totalBytes, 0),
      errors: count2("error"),
      warnings: count2("warning"),
      notes: count2("note"),
      blocking: findings.filter((finding) => isBlocking(finding, failOn)).length
    },
    ...result.baseline ? { baseline: baselineReport(result.baseline, artifacts) } : {},
    ...result.notes?.length ? { notes: result.notes } : {}
  };
}
function baselineReport(outcome, artifacts) {
  return {
    file: outcome.file,
    artifacts: artifacts.map(({ manifest }) => {
      const diff = outcome.diffs.get(manifest.id);
      if (!diff) return { artifact: manifest.id, status: "unbaselined", added: [], removed: [], changed: [] };
      const cut = diff.added.length > DIFF_LIST_LIMIT || diff.removed.length > DIFF_LIST_LIMIT || diff.changed.length > DIFF_LIST_LIMIT;
      return {
        artifact: manifest.id,
        status: "compared",
        ...diff,
        added: diff.added.slice(0, DIFF_LIST_LIMIT),
        removed: diff.removed.slice(0, DIFF_LIST_LIMIT),
        changed: diff.changed.slice(0, DIFF_LIST_LIMIT),
        grown: diff.grown.slice(0, DIFF_LIST_LIMIT),
        ...cut ? {
          counts: {
            added: diff.added.length,
            removed: diff.removed.length,
            changed: diff.changed.length
          }
        } : {}
      };
    }),
    accepted: outcome.accepted.map(({ finding, reason, expires }) => ({
      ...finding,
      acceptedReason: reason,
      ...expires ? { acceptedUntil: expires } : {}
    })),
    unusedAcceptances: outcome.unused
  };
}

// src/reporters/acceptance-text.ts
function describeAcceptance(acceptance) {
  const what = acceptance.fingerprint ? `${acceptance.rule ?? "finding"} ${acceptance.fingerprint}` : `${acceptance.rule}${acceptance.path ? ` on ${acceptance.path}` : ""}`;
  const where = acceptance.artifact ? ` in ${acceptance.artifact}` : "";
  const summary = acceptance.summary ? `: ${acceptance.summary}` : "";
  const until = acceptance.expires ? `, until ${acceptance.expires}` : "";
  return `${what}${where}${summary} (reason: "${acceptance.reason}"${until})`;
}

// src/reporters/group.ts
var GROUP_AT = 6;
var TABLE_GROUP_AT = 25;
function groupFindings(findings, at = GROUP_AT) {
  const key = (f) => `${f.artifact}\0${f.ruleId}\0${f.severity}`;
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const group2 = groups.get(key(finding));
    if (group2) group2.push(finding);
    else groups.set(key(finding), [finding]);
  }
  const units = [];
  const placed = /* @__PURE__ */ new Set();
  for (const finding of findings) {
    const group2 = groups.get(key(finding));
    if (group2.length < at) units.push([finding]);
    else if (!placed.has(key(finding))) {
      placed.add(key(finding));
      units.push(group2);
    }
  }
  return units;
}
function topDirectories(paths) {
  const directories = /* @__PURE__ */ new Map();
  for (const path of paths) {
    const cut = Math.max(path.lastIndexOf("/"), path.lastIndexOf("!"));
    const directory = cut === -1 ? "./" : path.slice(0, cut + 1);
    directories.set(directory, (directories.get(directory) ?? 0) + 1);
  }
  return [...directories].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
function pathsInGroup(group2, where) {
  const inside = `${group2[0].artifact}!`;
  return group2.map(where).map((path) => path.startsWith(inside) ? path.slice(inside.length) : path);
}

export {
  isEmptyDiff,
  fingerprint,
  formatBytes,
  parseRemoteUrl,
  splitDestination,
  localPackageSources,
  specText,
  acceptFindings,
  recordBaseline,
  checkBaseline,
  git,
  remoteStatePlan,
  canonicalDestination,
  isInsideOrganisation,
  detectRepository,
  organisationOf,
  scan,
  scanSpecs,
  isBlocking,
  diffCounts,
  buildReport,
  describeAcceptance,
  TABLE_GROUP_AT,
  groupFindings,
  topDirectories,
  pathsInGroup
};
