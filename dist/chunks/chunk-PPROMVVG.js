import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  DEFAULT_THRESHOLDS,
  PACKAGE_JSON_LIMIT,
  PackageJsonProblem,
  UserError,
  VERSION,
  createThreadedSecretRule,
  external_exports,
  inputError,
  makeTempDir,
  mapStrings,
  printable,
  printableDeep,
  readPackageJsonObject,
  removeTempDir,
  require_dist,
  require_picomatch
} from "./chunk-UYETBSCX.js";
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
  isOpaqueFormat,
  redact,
  redactUrlCredentials,
  valueDigest
} from "./chunk-FQSZ2WCT.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-7IC7CSNP.js";

// node_modules/fast-glob/out/utils/array.js
var require_array = __commonJS({
  "node_modules/fast-glob/out/utils/array.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.splitWhen = exports.flatten = void 0;
    function flatten(items) {
      return items.reduce((collection, item) => [].concat(collection, item), []);
    }
    exports.flatten = flatten;
    function splitWhen(items, predicate) {
      const result = [[]];
      let groupIndex = 0;
      for (const item of items) {
        if (predicate(item)) {
          groupIndex++;
          result[groupIndex] = [];
        } else {
          result[groupIndex].push(item);
        }
      }
      return result;
    }
    exports.splitWhen = splitWhen;
  }
});

// node_modules/fast-glob/out/utils/errno.js
var require_errno = __commonJS({
  "node_modules/fast-glob/out/utils/errno.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEnoentCodeError = void 0;
    function isEnoentCodeError(error) {
      return error.code === "ENOENT";
    }
    exports.isEnoentCodeError = isEnoentCodeError;
  }
});

// node_modules/fast-glob/out/utils/fs.js
var require_fs = __commonJS({
  "node_modules/fast-glob/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/fast-glob/out/utils/path.js
var require_path = __commonJS({
  "node_modules/fast-glob/out/utils/path.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPosixPathToPattern = exports.convertWindowsPathToPattern = exports.convertPathToPattern = exports.escapePosixPath = exports.escapeWindowsPath = exports.escape = exports.removeLeadingDotSegment = exports.makeAbsolute = exports.unixify = void 0;
    var os = __require("os");
    var path = __require("path");
    var IS_WINDOWS_PLATFORM = os.platform() === "win32";
    var LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2;
    var POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g;
    var WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g;
    var DOS_DEVICE_PATH_RE = /^\\\\([.?])/;
    var WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
    function unixify(filepath) {
      return filepath.replace(/\\/g, "/");
    }
    exports.unixify = unixify;
    function makeAbsolute(cwd, filepath) {
      return path.resolve(cwd, filepath);
    }
    exports.makeAbsolute = makeAbsolute;
    function removeLeadingDotSegment(entry) {
      if (entry.charAt(0) === ".") {
        const secondCharactery = entry.charAt(1);
        if (secondCharactery === "/" || secondCharactery === "\\") {
          return entry.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
        }
      }
      return entry;
    }
    exports.removeLeadingDotSegment = removeLeadingDotSegment;
    exports.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
    function escapeWindowsPath(pattern) {
      return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapeWindowsPath = escapeWindowsPath;
    function escapePosixPath(pattern) {
      return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapePosixPath = escapePosixPath;
    exports.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
    function convertWindowsPathToPattern(filepath) {
      return escapeWindowsPath(filepath).replace(DOS_DEVICE_PATH_RE, "//$1").replace(WINDOWS_BACKSLASHES_RE, "/");
    }
    exports.convertWindowsPathToPattern = convertWindowsPathToPattern;
    function convertPosixPathToPattern(filepath) {
      return escapePosixPath(filepath);
    }
    exports.convertPosixPathToPattern = convertPosixPathToPattern;
  }
});

// node_modules/is-extglob/index.js
var require_is_extglob = __commonJS({
  "node_modules/is-extglob/index.js"(exports, module) {
    module.exports = function isExtglob(str) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      var match;
      while (match = /(\\).|([@?!+*]\(.*\))/g.exec(str)) {
        if (match[2]) return true;
        str = str.slice(match.index + match[0].length);
      }
      return false;
    };
  }
});

// node_modules/is-glob/index.js
var require_is_glob = __commonJS({
  "node_modules/is-glob/index.js"(exports, module) {
    var isExtglob = require_is_extglob();
    var chars = { "{": "}", "(": ")", "[": "]" };
    var strictCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      var pipeIndex = -2;
      var closeSquareIndex = -2;
      var closeCurlyIndex = -2;
      var closeParenIndex = -2;
      var backSlashIndex = -2;
      while (index < str.length) {
        if (str[index] === "*") {
          return true;
        }
        if (str[index + 1] === "?" && /[\].+)]/.test(str[index])) {
          return true;
        }
        if (closeSquareIndex !== -1 && str[index] === "[" && str[index + 1] !== "]") {
          if (closeSquareIndex < index) {
            closeSquareIndex = str.indexOf("]", index);
          }
          if (closeSquareIndex > index) {
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
          }
        }
        if (closeCurlyIndex !== -1 && str[index] === "{" && str[index + 1] !== "}") {
          closeCurlyIndex = str.indexOf("}", index);
          if (closeCurlyIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeCurlyIndex) {
              return true;
            }
          }
        }
        if (closeParenIndex !== -1 && str[index] === "(" && str[index + 1] === "?" && /[:!=]/.test(str[index + 2]) && str[index + 3] !== ")") {
          closeParenIndex = str.indexOf(")", index);
          if (closeParenIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
              return true;
            }
          }
        }
        if (pipeIndex !== -1 && str[index] === "(" && str[index + 1] !== "|") {
          if (pipeIndex < index) {
            pipeIndex = str.indexOf("|", index);
          }
          if (pipeIndex !== -1 && str[pipeIndex + 1] !== ")") {
            closeParenIndex = str.indexOf(")", pipeIndex);
            if (closeParenIndex > pipeIndex) {
              backSlashIndex = str.indexOf("\\", pipeIndex);
              if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
                return true;
              }
            }
          }
        }
        if (str[index] === "\\") {
          var open2 = str[index + 1];
          index += 2;
          var close = chars[open2];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    var relaxedCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      while (index < str.length) {
        if (/[*?{}()[\]]/.test(str[index])) {
          return true;
        }
        if (str[index] === "\\") {
          var open2 = str[index + 1];
          index += 2;
          var close = chars[open2];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    module.exports = function isGlob(str, options) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      if (isExtglob(str)) {
        return true;
      }
      var check = strictCheck;
      if (options && options.strict === false) {
        check = relaxedCheck;
      }
      return check(str);
    };
  }
});

// node_modules/glob-parent/index.js
var require_glob_parent = __commonJS({
  "node_modules/glob-parent/index.js"(exports, module) {
    "use strict";
    var isGlob = require_is_glob();
    var pathPosixDirname = __require("path").posix.dirname;
    var isWin32 = __require("os").platform() === "win32";
    var slash = "/";
    var backslash = /\\/g;
    var enclosure = /[\{\[].*[\}\]]$/;
    var globby = /(^|[^\\])([\{\[]|\([^\)]+$)/;
    var escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;
    module.exports = function globParent(str, opts) {
      var options = Object.assign({ flipBackslashes: true }, opts);
      if (options.flipBackslashes && isWin32 && str.indexOf(slash) < 0) {
        str = str.replace(backslash, slash);
      }
      if (enclosure.test(str)) {
        str += slash;
      }
      str += "a";
      do {
        str = pathPosixDirname(str);
      } while (isGlob(str) || globby.test(str));
      return str.replace(escaped, "$1");
    };
  }
});

// node_modules/braces/lib/utils.js
var require_utils = __commonJS({
  "node_modules/braces/lib/utils.js"(exports) {
    "use strict";
    exports.isInteger = (num) => {
      if (typeof num === "number") {
        return Number.isInteger(num);
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isInteger(Number(num));
      }
      return false;
    };
    exports.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports.exceedsLimit = (min, max, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports.isInteger(min) || !exports.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step) >= limit;
    };
    exports.escapeNode = (block, n = 0, type) => {
      const node = block.nodes[n];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports.isInvalidBrace = (block) => {
      if (block.type !== "brace") return false;
      if (block.invalid === true || block.dollar) return true;
      if (block.commas >> 0 + block.ranges >> 0 === 0) {
        block.invalid = true;
        return true;
      }
      if (block.open !== true || block.close !== true) {
        block.invalid = true;
        return true;
      }
      return false;
    };
    exports.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports.flatten = (...args) => {
      const result = [];
      const flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          const ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          if (ele !== void 0) {
            result.push(ele);
          }
        }
        return result;
      };
      flat(args);
      return result;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    module.exports = (ast, options = {}) => {
      const stringify = (node, parent = {}) => {
        const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += stringify(child);
          }
        }
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports, module) {
    "use strict";
    module.exports = function(num) {
      if (typeof num === "number") {
        return num - num === 0;
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
      }
      return false;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports, module) {
    "use strict";
    var isNumber = require_is_number();
    var toRegexRange = (min, max, options) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options };
      if (typeof opts.strictZeros === "boolean") {
        opts.relaxZeros = opts.strictZeros === false;
      }
      let relax = String(opts.relaxZeros);
      let shorthand = String(opts.shorthand);
      let capture = String(opts.capture);
      let wrap = String(opts.wrap);
      let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a = Math.min(min, max);
      let b = Math.max(min, max);
      if (Math.abs(a - b) === 1) {
        let result = min + "|" + max;
        if (opts.capture) {
          return `(${result})`;
        }
        if (opts.wrap === false) {
          return result;
        }
        return `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a, b };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
        a = state.a = 0;
      }
      if (b >= 0) {
        positives = splitToPatterns(a, b, state, opts);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts);
      if (opts.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop && stop <= max) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max + 1, zeros) - 1;
      while (min < stop && stop <= max) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare4);
      return stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits = zipped.length;
      let pattern = "";
      let count3 = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options);
        } else {
          count3++;
        }
      }
      if (count3) {
        pattern += options.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count3], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj = rangeToPattern(String(start), String(max2), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result = [];
      for (let ele of arr) {
        let { string } = ele;
        if (!intersection && !contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
        if (intersection && contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
      }
      return result;
    }
    function zip(a, b) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
      return arr;
    }
    function compare4(a, b) {
      return a > b ? 1 : b > a ? -1 : 0;
    }
    function contains(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b, options) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str) {
      return /^-?(0+)\d/.test(str);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded) {
        return value;
      }
      let diff = Math.abs(tok.maxLen - String(value).length);
      let relax = options.relaxZeros !== false;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var toRegexRange = require_to_regex_range();
    var isObject2 = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value) => toNumber === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber = (num) => Number.isInteger(+num);
    var zeros = (input) => {
      let value = `${input}`;
      let index = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index] === "0") ;
      return index > 0;
    };
    var stringify = (start, end, options) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options.stringify === true;
    };
    var pad = (input, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        if (dash) input = input.slice(1);
        input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber === false) {
        return String(input);
      }
      return input;
    };
    var toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      if (negative) {
        input = input.slice(1);
        maxLength--;
      }
      while (input.length < maxLength) input = "0" + input;
      return negative ? "-" + input : input;
    };
    var toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result;
      if (parts.positives.length) {
        positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result = `${positives}|${negatives}`;
      } else {
        result = positives || negatives;
      }
      if (options.wrap) {
        return `(${prefix}${result})`;
      }
      return result;
    };
    var toRange = (a, b, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a, b, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap = options.wrap === true;
        let prefix = options.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options) => {
      if (options.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options) => {
      if (options.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options = {}) => {
      let a = Number(start);
      let b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b === 0) b = 0;
      let descending = a > b;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber = padded === false && stringify(start, end, options) === false;
      let format = options.transform || transform(toNumber);
      if (options.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts = { negatives: [], positives: [] };
      let push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        if (options.toRegex === true && step > 1) {
          push(a);
        } else {
          range.push(pad(format(a, index), maxLen, toNumber));
        }
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return step > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, { wrap: false, ...options });
      }
      return range;
    };
    var fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
        return invalidRange(start, end, options);
      }
      let format = options.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b = `${end}`.charCodeAt(0);
      let descending = a > b;
      let min = Math.min(a, b);
      let max = Math.max(a, b);
      if (options.toRegex && step === 1) {
        return toRange(min, max, false, options);
      }
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        range.push(format(a, index));
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return toRegex(range, null, { wrap: false, options });
      }
      return range;
    };
    var fill2 = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step === "function") {
        return fill2(start, end, 1, { transform: step });
      }
      if (isObject2(step)) {
        return fill2(start, end, 0, step);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber(step)) {
        if (step != null && !isObject2(step)) return invalidStep(step, opts);
        return fill2(start, end, 1, step);
      }
      if (isNumber(start) && isNumber(end)) {
        return fillNumbers(start, end, step, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
    };
    module.exports = fill2;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports, module) {
    "use strict";
    var fill2 = require_fill_range();
    var utils = require_utils();
    var compile2 = (ast, options = {}) => {
      const walk = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          const range = fill2(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });
          if (range.length !== 0) {
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
          }
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += walk(child, node);
          }
        }
        return output;
      };
      return walk(ast);
    };
    module.exports = compile2;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports, module) {
    "use strict";
    var fill2 = require_fill_range();
    var stringify = require_stringify();
    var utils = require_utils();
    var append = (queue = "", stash = "", enclose = false) => {
      const result = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value of item) {
            result.push(append(value, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result);
    };
    var expand = (ast, options = {}) => {
      const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
      const walk = (node, parent = {}) => {
        node.queue = [];
        let p = parent;
        let q = parent.queue;
        while (p.type !== "brace" && p.type !== "root" && p.parent) {
          p = p.parent;
          q = p.queue;
        }
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range = fill2(...args, options);
          if (range.length === 0) {
            range = stringify(node, options);
          }
          q.push(append(q.pop(), range));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block = node;
        while (block.type !== "brace" && block.type !== "root" && block.parent) {
          block = block.parent;
          queue = block.queue;
        }
        for (let i = 0; i < node.nodes.length; i++) {
          const child = node.nodes[i];
          if (child.type === "comma" && node.type === "brace") {
            if (i === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          if (child.nodes) {
            walk(child, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk(ast));
    };
    module.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports, module) {
    "use strict";
    module.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: " ",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "node_modules/braces/lib/parse.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants();
    var parse2 = (input, options = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options || {};
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max) {
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input, nodes: [] };
      const stack = [ast];
      let block = ast;
      let prev = ast;
      let brackets = 0;
      const length = input.length;
      let index = 0;
      let depth = 0;
      let value;
      const advance = () => input[index++];
      const push = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block.nodes.push(node);
        node.parent = block;
        node.prev = prev;
        prev = node;
        return node;
      };
      push({ type: "bos" });
      while (index < length) {
        block = stack[stack.length - 1];
        value = advance();
        if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value === CHAR_BACKSLASH) {
          push({ type: "text", value: (options.keepEscaping ? value : "") + advance() });
          continue;
        }
        if (value === CHAR_RIGHT_SQUARE_BRACKET) {
          push({ type: "text", value: "\\" + value });
          continue;
        }
        if (value === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index < length && (next = advance())) {
            value += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value += advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_PARENTHESES) {
          block = push({ type: "paren", nodes: [] });
          stack.push(block);
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_RIGHT_PARENTHESES) {
          if (block.type !== "paren") {
            push({ type: "text", value });
            continue;
          }
          block = stack.pop();
          push({ type: "text", value });
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
          const open2 = value;
          let next;
          if (options.keepQuotes !== true) {
            value = "";
          }
          while (index < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance();
              continue;
            }
            if (next === open2) {
              if (options.keepQuotes === true) value += next;
              break;
            }
            value += next;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_CURLY_BRACE) {
          depth++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block = push(brace);
          stack.push(block);
          push({ type: "open", value });
          continue;
        }
        if (value === CHAR_RIGHT_CURLY_BRACE) {
          if (block.type !== "brace") {
            push({ type: "text", value });
            continue;
          }
          const type = "close";
          block = stack.pop();
          block.close = true;
          push({ type, value });
          depth--;
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_COMMA && depth > 0) {
          if (block.ranges > 0) {
            block.ranges = 0;
            const open2 = block.nodes.shift();
            block.nodes = [open2, { type: "text", value: stringify(block) }];
          }
          push({ type: "comma", value });
          block.commas++;
          continue;
        }
        if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
          const siblings = block.nodes;
          if (depth === 0 || siblings.length === 0) {
            push({ type: "text", value });
            continue;
          }
          if (prev.type === "dot") {
            block.range = [];
            prev.value += value;
            prev.type = "range";
            if (block.nodes.length !== 3 && block.nodes.length !== 5) {
              block.invalid = true;
              block.ranges = 0;
              prev.type = "text";
              continue;
            }
            block.ranges++;
            block.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before = siblings[siblings.length - 1];
            before.value += prev.value + value;
            prev = before;
            block.ranges--;
            continue;
          }
          push({ type: "dot", value });
          continue;
        }
        push({ type: "text", value });
      }
      do {
        block = stack.pop();
        if (block.type !== "root") {
          block.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent = stack[stack.length - 1];
          const index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      } while (stack.length > 0);
      push({ type: "eos" });
      return ast;
    };
    module.exports = parse2;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var compile2 = require_compile();
    var expand = require_expand();
    var parse2 = require_parse();
    var braces = (input, options = {}) => {
      let output = [];
      if (Array.isArray(input)) {
        for (const pattern of input) {
          const result = braces.create(pattern, options);
          if (Array.isArray(result)) {
            output.push(...result);
          } else {
            output.push(result);
          }
        }
      } else {
        output = [].concat(braces.create(input, options));
      }
      if (options && options.expand === true && options.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input, options = {}) => parse2(input, options);
    braces.stringify = (input, options = {}) => {
      if (typeof input === "string") {
        return stringify(braces.parse(input, options), options);
      }
      return stringify(input, options);
    };
    braces.compile = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      return compile2(input, options);
    };
    braces.expand = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      let result = expand(input, options);
      if (options.noempty === true) {
        result = result.filter(Boolean);
      }
      if (options.nodupes === true) {
        result = [...new Set(result)];
      }
      return result;
    };
    braces.create = (input, options = {}) => {
      if (input === "" || input.length < 3) {
        return [input];
      }
      return options.expand !== true ? braces.compile(input, options) : braces.expand(input, options);
    };
    module.exports = braces;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      SEP: path.sep,
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var path = __require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.supportsLookbehinds = () => {
      const segs = process.version.slice(1).split(".").map(Number);
      if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
        return true;
      }
      return false;
    };
    exports.isWindows = (options) => {
      if (options && typeof options.windows === "boolean") {
        return options.windows;
      }
      return win32 === true || path.sep === "\\";
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils2();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan2 = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished2 = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek2 = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished2 = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished2 = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished2 = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished2 === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek2() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished2 = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished2 = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished2 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished2 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished2 = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished2 = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished2 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan2;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants2();
    var utils = require_utils2();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var getStarExtglobSequenceOutput = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      for (const branch of branches) {
        const safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput) {
          return { risky: true, safeOutput };
        }
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const win32 = utils.isWindows(options);
      const PLATFORM_CHARS = constants.globChars(win32);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek2 = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count3 = 1;
        while (peek2() === "!" && (peek2(2) !== "(" || peek2(3) === "?")) {
          advance();
          state.start++;
          count3++;
        }
        if (count3 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.value += tok.value;
          prev.output = (prev.output || "") + tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek2();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix4 = POSIX_REGEX_SOURCE[rest2];
                if (posix4) {
                  prev.value = pre + posix4;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek2() !== ":" || value === "-" && peek2() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek2() === "(" && peek2(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek2();
            let output = value;
            if (next === "<" && !utils.supportsLookbehinds()) {
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            }
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek2() === "(") {
            if (peek2(2) !== "?" || !/[!=<:]/.test(peek2(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek2() === "(" && peek2(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek2() === "(" && peek2(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek2() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const win32 = utils.isWindows(options);
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(win32);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/picomatch.js
var require_picomatch2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var scan2 = require_scan();
    var parse2 = require_parse2();
    var utils = require_utils2();
    var constants = require_constants2();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch8 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch8(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix4 = utils.isWindows(options);
      const regex = isState ? picomatch8.compileRe(glob, options) : picomatch8.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch8(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch8.test(input, regex, options, { glob, posix: posix4 });
        const result = { glob, state, regex, posix: posix4, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch8.test = (input, regex, options, { glob, posix: posix4 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix4 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch8.matchBase(input, regex, options, posix4);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch8.matchBase = (input, glob, options, posix4 = utils.isWindows(options)) => {
      const regex = glob instanceof RegExp ? glob : picomatch8.makeRe(glob, options);
      return regex.test(path.basename(input));
    };
    picomatch8.isMatch = (str, patterns, options) => picomatch8(patterns, options)(str);
    picomatch8.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch8.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch8.scan = (input, options) => scan2(input, options);
    picomatch8.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch8.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch8.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch8.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch8.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err2) {
        if (options && options.debug === true) throw err2;
        return /$^/;
      }
    };
    picomatch8.constants = constants;
    module.exports = picomatch8;
  }
});

// node_modules/micromatch/node_modules/picomatch/index.js
var require_picomatch3 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    module.exports = require_picomatch2();
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var braces = require_braces();
    var picomatch8 = require_picomatch3();
    var utils = require_utils2();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    };
    var micromatch = (list2, patterns, options) => {
      patterns = [].concat(patterns);
      list2 = [].concat(list2);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options && options.onResult) {
          options.onResult(state);
        }
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch8(String(patterns[i]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list2) {
          let matched = isMatch(item, true);
          let match = negated ? !matched.isMatch : matched.isMatch;
          if (!match) continue;
          if (negated) {
            omit.add(matched.output);
          } else {
            omit.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result = negatives === patterns.length ? [...items] : [...keep];
      let matches = result.filter((item) => !omit.has(item));
      if (options && matches.length === 0) {
        if (options.failglob === true) {
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        }
        if (options.nonull === true || options.nullglob === true) {
          return options.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
        }
      }
      return matches;
    };
    micromatch.match = micromatch;
    micromatch.matcher = (pattern, options) => picomatch8(pattern, options);
    micromatch.isMatch = (str, patterns, options) => picomatch8(patterns, options)(str);
    micromatch.any = micromatch.isMatch;
    micromatch.not = (list2, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch(list2, patterns, { ...options, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch.contains = (str, pattern, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch.contains(str, p, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str) || isEmptyString(pattern)) {
          return false;
        }
        if (str.includes(pattern) || str.startsWith("./") && str.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch.isMatch(str, pattern, { ...options, contains: true });
    };
    micromatch.matchKeys = (obj, patterns, options) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch(Object.keys(obj), patterns, options);
      let res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch.some = (list2, patterns, options) => {
      let items = [].concat(list2);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch8(String(pattern), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch.every = (list2, patterns, options) => {
      let items = [].concat(list2);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch8(String(pattern), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch.all = (str, patterns, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      return [].concat(patterns).every((p) => picomatch8(p, options)(str));
    };
    micromatch.capture = (glob, input, options) => {
      let posix4 = utils.isWindows(options);
      let regex = picomatch8.makeRe(String(glob), { ...options, capture: true });
      let match = regex.exec(posix4 ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch.makeRe = (...args) => picomatch8.makeRe(...args);
    micromatch.scan = (...args) => picomatch8.scan(...args);
    micromatch.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str of braces(String(pattern), options)) {
          res.push(picomatch8.parse(str, options));
        }
      }
      return res;
    };
    micromatch.braces = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options);
    };
    micromatch.braceExpand = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch.braces(pattern, { ...options, expand: true });
    };
    micromatch.hasBraces = hasBraces;
    module.exports = micromatch;
  }
});

// node_modules/fast-glob/out/utils/pattern.js
var require_pattern = __commonJS({
  "node_modules/fast-glob/out/utils/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isAbsolute = exports.partitionAbsoluteAndRelative = exports.removeDuplicateSlashes = exports.matchAny = exports.convertPatternsToRe = exports.makeRe = exports.getPatternParts = exports.expandBraceExpansion = exports.expandPatternsWithBraceExpansion = exports.isAffectDepthOfReadingPattern = exports.endsWithSlashGlobStar = exports.hasGlobStar = exports.getBaseDirectory = exports.isPatternRelatedToParentDirectory = exports.getPatternsOutsideCurrentDirectory = exports.getPatternsInsideCurrentDirectory = exports.getPositivePatterns = exports.getNegativePatterns = exports.isPositivePattern = exports.isNegativePattern = exports.convertToNegativePattern = exports.convertToPositivePattern = exports.isDynamicPattern = exports.isStaticPattern = void 0;
    var path = __require("path");
    var globParent = require_glob_parent();
    var micromatch = require_micromatch();
    var GLOBSTAR = "**";
    var ESCAPE_SYMBOL = "\\";
    var COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/;
    var REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/;
    var REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/;
    var GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/;
    var BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./;
    var DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
    function isStaticPattern(pattern, options = {}) {
      return !isDynamicPattern(pattern, options);
    }
    exports.isStaticPattern = isStaticPattern;
    function isDynamicPattern(pattern, options = {}) {
      if (pattern === "") {
        return false;
      }
      if (options.caseSensitiveMatch === false || pattern.includes(ESCAPE_SYMBOL)) {
        return true;
      }
      if (COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.extglob !== false && GLOB_EXTENSION_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.braceExpansion !== false && hasBraceExpansion(pattern)) {
        return true;
      }
      return false;
    }
    exports.isDynamicPattern = isDynamicPattern;
    function hasBraceExpansion(pattern) {
      const openingBraceIndex = pattern.indexOf("{");
      if (openingBraceIndex === -1) {
        return false;
      }
      const closingBraceIndex = pattern.indexOf("}", openingBraceIndex + 1);
      if (closingBraceIndex === -1) {
        return false;
      }
      const braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
      return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
    }
    function convertToPositivePattern(pattern) {
      return isNegativePattern(pattern) ? pattern.slice(1) : pattern;
    }
    exports.convertToPositivePattern = convertToPositivePattern;
    function convertToNegativePattern(pattern) {
      return "!" + pattern;
    }
    exports.convertToNegativePattern = convertToNegativePattern;
    function isNegativePattern(pattern) {
      return pattern.startsWith("!") && pattern[1] !== "(";
    }
    exports.isNegativePattern = isNegativePattern;
    function isPositivePattern(pattern) {
      return !isNegativePattern(pattern);
    }
    exports.isPositivePattern = isPositivePattern;
    function getNegativePatterns(patterns) {
      return patterns.filter(isNegativePattern);
    }
    exports.getNegativePatterns = getNegativePatterns;
    function getPositivePatterns(patterns) {
      return patterns.filter(isPositivePattern);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getPatternsInsideCurrentDirectory(patterns) {
      return patterns.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
    }
    exports.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
    function getPatternsOutsideCurrentDirectory(patterns) {
      return patterns.filter(isPatternRelatedToParentDirectory);
    }
    exports.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
    function isPatternRelatedToParentDirectory(pattern) {
      return pattern.startsWith("..") || pattern.startsWith("./..");
    }
    exports.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
    function getBaseDirectory(pattern) {
      return globParent(pattern, { flipBackslashes: false });
    }
    exports.getBaseDirectory = getBaseDirectory;
    function hasGlobStar(pattern) {
      return pattern.includes(GLOBSTAR);
    }
    exports.hasGlobStar = hasGlobStar;
    function endsWithSlashGlobStar(pattern) {
      return pattern.endsWith("/" + GLOBSTAR);
    }
    exports.endsWithSlashGlobStar = endsWithSlashGlobStar;
    function isAffectDepthOfReadingPattern(pattern) {
      const basename3 = path.basename(pattern);
      return endsWithSlashGlobStar(pattern) || isStaticPattern(basename3);
    }
    exports.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
    function expandPatternsWithBraceExpansion(patterns) {
      return patterns.reduce((collection, pattern) => {
        return collection.concat(expandBraceExpansion(pattern));
      }, []);
    }
    exports.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
    function expandBraceExpansion(pattern) {
      const patterns = micromatch.braces(pattern, { expand: true, nodupes: true, keepEscaping: true });
      patterns.sort((a, b) => a.length - b.length);
      return patterns.filter((pattern2) => pattern2 !== "");
    }
    exports.expandBraceExpansion = expandBraceExpansion;
    function getPatternParts(pattern, options) {
      let { parts } = micromatch.scan(pattern, Object.assign(Object.assign({}, options), { parts: true }));
      if (parts.length === 0) {
        parts = [pattern];
      }
      if (parts[0].startsWith("/")) {
        parts[0] = parts[0].slice(1);
        parts.unshift("");
      }
      return parts;
    }
    exports.getPatternParts = getPatternParts;
    function makeRe(pattern, options) {
      return micromatch.makeRe(pattern, options);
    }
    exports.makeRe = makeRe;
    function convertPatternsToRe(patterns, options) {
      return patterns.map((pattern) => makeRe(pattern, options));
    }
    exports.convertPatternsToRe = convertPatternsToRe;
    function matchAny(entry, patternsRe) {
      return patternsRe.some((patternRe) => patternRe.test(entry));
    }
    exports.matchAny = matchAny;
    function removeDuplicateSlashes(pattern) {
      return pattern.replace(DOUBLE_SLASH_RE, "/");
    }
    exports.removeDuplicateSlashes = removeDuplicateSlashes;
    function partitionAbsoluteAndRelative(patterns) {
      const absolute = [];
      const relative2 = [];
      for (const pattern of patterns) {
        if (isAbsolute2(pattern)) {
          absolute.push(pattern);
        } else {
          relative2.push(pattern);
        }
      }
      return [absolute, relative2];
    }
    exports.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
    function isAbsolute2(pattern) {
      return path.isAbsolute(pattern);
    }
    exports.isAbsolute = isAbsolute2;
  }
});

// node_modules/merge2/index.js
var require_merge2 = __commonJS({
  "node_modules/merge2/index.js"(exports, module) {
    "use strict";
    var Stream = __require("stream");
    var PassThrough3 = Stream.PassThrough;
    var slice = Array.prototype.slice;
    module.exports = merge2;
    function merge2() {
      const streamsQueue = [];
      const args = slice.call(arguments);
      let merging = false;
      let options = args[args.length - 1];
      if (options && !Array.isArray(options) && options.pipe == null) {
        args.pop();
      } else {
        options = {};
      }
      const doEnd = options.end !== false;
      const doPipeError = options.pipeError === true;
      if (options.objectMode == null) {
        options.objectMode = true;
      }
      if (options.highWaterMark == null) {
        options.highWaterMark = 64 * 1024;
      }
      const mergedStream = PassThrough3(options);
      function addStream() {
        for (let i = 0, len = arguments.length; i < len; i++) {
          streamsQueue.push(pauseStreams(arguments[i], options));
        }
        mergeStream();
        return this;
      }
      function mergeStream() {
        if (merging) {
          return;
        }
        merging = true;
        let streams = streamsQueue.shift();
        if (!streams) {
          process.nextTick(endStream);
          return;
        }
        if (!Array.isArray(streams)) {
          streams = [streams];
        }
        let pipesCount = streams.length + 1;
        function next() {
          if (--pipesCount > 0) {
            return;
          }
          merging = false;
          mergeStream();
        }
        function pipe(stream) {
          function onend() {
            stream.removeListener("merge2UnpipeEnd", onend);
            stream.removeListener("end", onend);
            if (doPipeError) {
              stream.removeListener("error", onerror);
            }
            next();
          }
          function onerror(err2) {
            mergedStream.emit("error", err2);
          }
          if (stream._readableState.endEmitted) {
            return next();
          }
          stream.on("merge2UnpipeEnd", onend);
          stream.on("end", onend);
          if (doPipeError) {
            stream.on("error", onerror);
          }
          stream.pipe(mergedStream, { end: false });
          stream.resume();
        }
        for (let i = 0; i < streams.length; i++) {
          pipe(streams[i]);
        }
        next();
      }
      function endStream() {
        merging = false;
        mergedStream.emit("queueDrain");
        if (doEnd) {
          mergedStream.end();
        }
      }
      mergedStream.setMaxListeners(0);
      mergedStream.add = addStream;
      mergedStream.on("unpipe", function(stream) {
        stream.emit("merge2UnpipeEnd");
      });
      if (args.length) {
        addStream.apply(null, args);
      }
      return mergedStream;
    }
    function pauseStreams(streams, options) {
      if (!Array.isArray(streams)) {
        if (!streams._readableState && streams.pipe) {
          streams = streams.pipe(PassThrough3(options));
        }
        if (!streams._readableState || !streams.pause || !streams.pipe) {
          throw new Error("Only readable stream can be merged.");
        }
        streams.pause();
      } else {
        for (let i = 0, len = streams.length; i < len; i++) {
          streams[i] = pauseStreams(streams[i], options);
        }
      }
      return streams;
    }
  }
});

// node_modules/fast-glob/out/utils/stream.js
var require_stream = __commonJS({
  "node_modules/fast-glob/out/utils/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.merge = void 0;
    var merge2 = require_merge2();
    function merge(streams) {
      const mergedStream = merge2(streams);
      streams.forEach((stream) => {
        stream.once("error", (error) => mergedStream.emit("error", error));
      });
      mergedStream.once("close", () => propagateCloseEventToSources(streams));
      mergedStream.once("end", () => propagateCloseEventToSources(streams));
      return mergedStream;
    }
    exports.merge = merge;
    function propagateCloseEventToSources(streams) {
      streams.forEach((stream) => stream.emit("close"));
    }
  }
});

// node_modules/fast-glob/out/utils/string.js
var require_string = __commonJS({
  "node_modules/fast-glob/out/utils/string.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEmpty = exports.isString = void 0;
    function isString(input) {
      return typeof input === "string";
    }
    exports.isString = isString;
    function isEmpty(input) {
      return input === "";
    }
    exports.isEmpty = isEmpty;
  }
});

// node_modules/fast-glob/out/utils/index.js
var require_utils3 = __commonJS({
  "node_modules/fast-glob/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.string = exports.stream = exports.pattern = exports.path = exports.fs = exports.errno = exports.array = void 0;
    var array = require_array();
    exports.array = array;
    var errno = require_errno();
    exports.errno = errno;
    var fs = require_fs();
    exports.fs = fs;
    var path = require_path();
    exports.path = path;
    var pattern = require_pattern();
    exports.pattern = pattern;
    var stream = require_stream();
    exports.stream = stream;
    var string = require_string();
    exports.string = string;
  }
});

// node_modules/fast-glob/out/managers/tasks.js
var require_tasks = __commonJS({
  "node_modules/fast-glob/out/managers/tasks.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPatternGroupToTask = exports.convertPatternGroupsToTasks = exports.groupPatternsByBaseDirectory = exports.getNegativePatternsAsPositive = exports.getPositivePatterns = exports.convertPatternsToTasks = exports.generate = void 0;
    var utils = require_utils3();
    function generate(input, settings) {
      const patterns = processPatterns(input, settings);
      const ignore2 = processPatterns(settings.ignore, settings);
      const positivePatterns = getPositivePatterns(patterns);
      const negativePatterns = getNegativePatternsAsPositive(patterns, ignore2);
      const staticPatterns = positivePatterns.filter((pattern) => utils.pattern.isStaticPattern(pattern, settings));
      const dynamicPatterns = positivePatterns.filter((pattern) => utils.pattern.isDynamicPattern(pattern, settings));
      const staticTasks = convertPatternsToTasks(
        staticPatterns,
        negativePatterns,
        /* dynamic */
        false
      );
      const dynamicTasks = convertPatternsToTasks(
        dynamicPatterns,
        negativePatterns,
        /* dynamic */
        true
      );
      return staticTasks.concat(dynamicTasks);
    }
    exports.generate = generate;
    function processPatterns(input, settings) {
      let patterns = input;
      if (settings.braceExpansion) {
        patterns = utils.pattern.expandPatternsWithBraceExpansion(patterns);
      }
      if (settings.baseNameMatch) {
        patterns = patterns.map((pattern) => pattern.includes("/") ? pattern : `**/${pattern}`);
      }
      return patterns.map((pattern) => utils.pattern.removeDuplicateSlashes(pattern));
    }
    function convertPatternsToTasks(positive, negative, dynamic) {
      const tasks = [];
      const patternsOutsideCurrentDirectory = utils.pattern.getPatternsOutsideCurrentDirectory(positive);
      const patternsInsideCurrentDirectory = utils.pattern.getPatternsInsideCurrentDirectory(positive);
      const outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory);
      const insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
      tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic));
      if ("." in insideCurrentDirectoryGroup) {
        tasks.push(convertPatternGroupToTask(".", patternsInsideCurrentDirectory, negative, dynamic));
      } else {
        tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic));
      }
      return tasks;
    }
    exports.convertPatternsToTasks = convertPatternsToTasks;
    function getPositivePatterns(patterns) {
      return utils.pattern.getPositivePatterns(patterns);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getNegativePatternsAsPositive(patterns, ignore2) {
      const negative = utils.pattern.getNegativePatterns(patterns).concat(ignore2);
      const positive = negative.map(utils.pattern.convertToPositivePattern);
      return positive;
    }
    exports.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
    function groupPatternsByBaseDirectory(patterns) {
      const group2 = {};
      return patterns.reduce((collection, pattern) => {
        const base = utils.pattern.getBaseDirectory(pattern);
        if (base in collection) {
          collection[base].push(pattern);
        } else {
          collection[base] = [pattern];
        }
        return collection;
      }, group2);
    }
    exports.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
    function convertPatternGroupsToTasks(positive, negative, dynamic) {
      return Object.keys(positive).map((base) => {
        return convertPatternGroupToTask(base, positive[base], negative, dynamic);
      });
    }
    exports.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
    function convertPatternGroupToTask(base, positive, negative, dynamic) {
      return {
        dynamic,
        positive,
        negative,
        base,
        patterns: [].concat(positive, negative.map(utils.pattern.convertToNegativePattern))
      };
    }
    exports.convertPatternGroupToTask = convertPatternGroupToTask;
  }
});

// node_modules/@nodelib/fs.stat/out/providers/async.js
var require_async = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path, settings, callback) {
      settings.fs.lstat(path, (lstatError, lstat2) => {
        if (lstatError !== null) {
          callFailureCallback(callback, lstatError);
          return;
        }
        if (!lstat2.isSymbolicLink() || !settings.followSymbolicLink) {
          callSuccessCallback(callback, lstat2);
          return;
        }
        settings.fs.stat(path, (statError, stat2) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              callFailureCallback(callback, statError);
              return;
            }
            callSuccessCallback(callback, lstat2);
            return;
          }
          if (settings.markSymbolicLink) {
            stat2.isSymbolicLink = () => true;
          }
          callSuccessCallback(callback, stat2);
        });
      });
    }
    exports.read = read;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.stat/out/providers/sync.js
var require_sync = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path, settings) {
      const lstat2 = settings.fs.lstatSync(path);
      if (!lstat2.isSymbolicLink() || !settings.followSymbolicLink) {
        return lstat2;
      }
      try {
        const stat2 = settings.fs.statSync(path);
        if (settings.markSymbolicLink) {
          stat2.isSymbolicLink = () => true;
        }
        return stat2;
      } catch (error) {
        if (!settings.throwErrorOnBrokenSymbolicLink) {
          return lstat2;
        }
        throw error;
      }
    }
    exports.read = read;
  }
});

// node_modules/@nodelib/fs.stat/out/adapters/fs.js
var require_fs2 = __commonJS({
  "node_modules/@nodelib/fs.stat/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.stat/out/settings.js
var require_settings = __commonJS({
  "node_modules/@nodelib/fs.stat/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs = require_fs2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, true);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.stat/out/index.js
var require_out = __commonJS({
  "node_modules/@nodelib/fs.stat/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.statSync = exports.stat = exports.Settings = void 0;
    var async = require_async();
    var sync = require_sync();
    var settings_1 = require_settings();
    exports.Settings = settings_1.default;
    function stat2(path, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.stat = stat2;
    function statSync(path, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path, settings);
    }
    exports.statSync = statSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/queue-microtask/index.js
var require_queue_microtask = __commonJS({
  "node_modules/queue-microtask/index.js"(exports, module) {
    var promise;
    module.exports = typeof queueMicrotask === "function" ? queueMicrotask.bind(typeof window !== "undefined" ? window : global) : (cb) => (promise || (promise = Promise.resolve())).then(cb).catch((err2) => setTimeout(() => {
      throw err2;
    }, 0));
  }
});

// node_modules/run-parallel/index.js
var require_run_parallel = __commonJS({
  "node_modules/run-parallel/index.js"(exports, module) {
    module.exports = runParallel;
    var queueMicrotask2 = require_queue_microtask();
    function runParallel(tasks, cb) {
      let results, pending, keys;
      let isSync = true;
      if (Array.isArray(tasks)) {
        results = [];
        pending = tasks.length;
      } else {
        keys = Object.keys(tasks);
        results = {};
        pending = keys.length;
      }
      function done(err2) {
        function end() {
          if (cb) cb(err2, results);
          cb = null;
        }
        if (isSync) queueMicrotask2(end);
        else end();
      }
      function each(i, err2, result) {
        results[i] = result;
        if (--pending === 0 || err2) {
          done(err2);
        }
      }
      if (!pending) {
        done(null);
      } else if (keys) {
        keys.forEach(function(key) {
          tasks[key](function(err2, result) {
            each(key, err2, result);
          });
        });
      } else {
        tasks.forEach(function(task, i) {
          task(function(err2, result) {
            each(i, err2, result);
          });
        });
      }
      isSync = false;
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/constants.js
var require_constants3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
    var NODE_PROCESS_VERSION_PARTS = process.versions.node.split(".");
    if (NODE_PROCESS_VERSION_PARTS[0] === void 0 || NODE_PROCESS_VERSION_PARTS[1] === void 0) {
      throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
    }
    var MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10);
    var MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10);
    var SUPPORTED_MAJOR_VERSION = 10;
    var SUPPORTED_MINOR_VERSION = 10;
    var IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION;
    var IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/fs.js
var require_fs3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/index.js
var require_utils4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.fs = void 0;
    var fs = require_fs3();
    exports.fs = fs;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/common.js
var require_common = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = void 0;
    function joinPathSegments(a, b, separator) {
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/async.js
var require_async2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var rpl = require_run_parallel();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings, callback) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        readdirWithFileTypes(directory, settings, callback);
        return;
      }
      readdir3(directory, settings, callback);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings, callback) {
      settings.fs.readdir(directory, { withFileTypes: true }, (readdirError, dirents) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const entries = dirents.map((dirent) => ({
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        }));
        if (!settings.followSymbolicLinks) {
          callSuccessCallback(callback, entries);
          return;
        }
        const tasks = entries.map((entry) => makeRplTaskEntry(entry, settings));
        rpl(tasks, (rplError, rplEntries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, rplEntries);
        });
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function makeRplTaskEntry(entry, settings) {
      return (done) => {
        if (!entry.dirent.isSymbolicLink()) {
          done(null, entry);
          return;
        }
        settings.fs.stat(entry.path, (statError, stats) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              done(statError);
              return;
            }
            done(null, entry);
            return;
          }
          entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          done(null, entry);
        });
      };
    }
    function readdir3(directory, settings, callback) {
      settings.fs.readdir(directory, (readdirError, names) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const tasks = names.map((name) => {
          const path = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
          return (done) => {
            fsStat.stat(path, settings.fsStatSettings, (error, stats) => {
              if (error !== null) {
                done(error);
                return;
              }
              const entry = {
                name,
                path,
                dirent: utils.fs.createDirentFromStats(name, stats)
              };
              if (settings.stats) {
                entry.stats = stats;
              }
              done(null, entry);
            });
          };
        });
        rpl(tasks, (rplError, entries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, entries);
        });
      });
    }
    exports.readdir = readdir3;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/sync.js
var require_sync2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        return readdirWithFileTypes(directory, settings);
      }
      return readdir3(directory, settings);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings) {
      const dirents = settings.fs.readdirSync(directory, { withFileTypes: true });
      return dirents.map((dirent) => {
        const entry = {
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        };
        if (entry.dirent.isSymbolicLink() && settings.followSymbolicLinks) {
          try {
            const stats = settings.fs.statSync(entry.path);
            entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          } catch (error) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              throw error;
            }
          }
        }
        return entry;
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function readdir3(directory, settings) {
      const names = settings.fs.readdirSync(directory);
      return names.map((name) => {
        const entryPath = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
        const stats = fsStat.statSync(entryPath, settings.fsStatSettings);
        const entry = {
          name,
          path: entryPath,
          dirent: utils.fs.createDirentFromStats(name, stats)
        };
        if (settings.stats) {
          entry.stats = stats;
        }
        return entry;
      });
    }
    exports.readdir = readdir3;
  }
});

// node_modules/@nodelib/fs.scandir/out/adapters/fs.js
var require_fs4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.scandir/out/settings.js
var require_settings2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var fsStat = require_out();
    var fs = require_fs4();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, false);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path.sep);
        this.stats = this._getValue(this._options.stats, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
        this.fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this.followSymbolicLinks,
          fs: this.fs,
          throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.scandir/out/index.js
var require_out2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.scandirSync = exports.scandir = void 0;
    var async = require_async2();
    var sync = require_sync2();
    var settings_1 = require_settings2();
    exports.Settings = settings_1.default;
    function scandir(path, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.scandir = scandir;
    function scandirSync(path, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path, settings);
    }
    exports.scandirSync = scandirSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/reusify/reusify.js
var require_reusify = __commonJS({
  "node_modules/reusify/reusify.js"(exports, module) {
    "use strict";
    function reusify(Constructor) {
      var head = new Constructor();
      var tail = head;
      function get() {
        var current = head;
        if (current.next) {
          head = current.next;
        } else {
          head = new Constructor();
          tail = head;
        }
        current.next = null;
        return current;
      }
      function release(obj) {
        tail.next = obj;
        tail = obj;
      }
      return {
        get,
        release
      };
    }
    module.exports = reusify;
  }
});

// node_modules/fastq/queue.js
var require_queue = __commonJS({
  "node_modules/fastq/queue.js"(exports, module) {
    "use strict";
    var reusify = require_reusify();
    function fastqueue(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      if (!(_concurrency >= 1)) {
        throw new Error("fastqueue concurrency must be equal to or greater than 1");
      }
      var cache = reusify(Task);
      var queueHead = null;
      var queueTail = null;
      var _running = 0;
      var errorHandler = null;
      var self = {
        push,
        drain: noop,
        saturated: noop,
        pause,
        paused: false,
        get concurrency() {
          return _concurrency;
        },
        set concurrency(value) {
          if (!(value >= 1)) {
            throw new Error("fastqueue concurrency must be equal to or greater than 1");
          }
          _concurrency = value;
          if (self.paused) return;
          for (; queueHead && _running < _concurrency; ) {
            _running++;
            release();
          }
        },
        running,
        resume,
        idle,
        length,
        getQueue,
        unshift,
        empty: noop,
        kill,
        killAndDrain,
        error,
        abort
      };
      return self;
      function running() {
        return _running;
      }
      function pause() {
        self.paused = true;
      }
      function length() {
        var current = queueHead;
        var counter = 0;
        while (current) {
          current = current.next;
          counter++;
        }
        return counter;
      }
      function getQueue() {
        var current = queueHead;
        var tasks = [];
        while (current) {
          tasks.push(current.value);
          current = current.next;
        }
        return tasks;
      }
      function resume() {
        if (!self.paused) return;
        self.paused = false;
        if (queueHead === null) {
          _running++;
          release();
          return;
        }
        for (; queueHead && _running < _concurrency; ) {
          _running++;
          release();
        }
      }
      function idle() {
        return _running === 0 && self.length() === 0;
      }
      function push(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueTail) {
            queueTail.next = current;
            queueTail = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function unshift(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueHead) {
            current.next = queueHead;
            queueHead = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function release(holder) {
        if (holder) {
          cache.release(holder);
        }
        var next = queueHead;
        if (next && _running <= _concurrency) {
          if (!self.paused) {
            if (queueTail === queueHead) {
              queueTail = null;
            }
            queueHead = next.next;
            next.next = null;
            worker.call(context, next.value, next.worked);
            if (queueTail === null) {
              self.empty();
            }
          } else {
            _running--;
          }
        } else if (--_running === 0) {
          self.drain();
        }
      }
      function kill() {
        queueHead = null;
        queueTail = null;
        self.drain = noop;
      }
      function killAndDrain() {
        queueHead = null;
        queueTail = null;
        self.drain();
        self.drain = noop;
      }
      function abort() {
        var current = queueHead;
        queueHead = null;
        queueTail = null;
        while (current) {
          var next = current.next;
          var callback = current.callback;
          var errorHandler2 = current.errorHandler;
          var val = current.value;
          var context2 = current.context;
          current.value = null;
          current.callback = noop;
          current.errorHandler = null;
          current.next = null;
          if (errorHandler2) {
            errorHandler2(new Error("abort"), val);
          }
          callback.call(context2, new Error("abort"));
          cache.release(current);
          current = next;
        }
        self.drain = noop;
      }
      function error(handler) {
        errorHandler = handler;
      }
    }
    function noop() {
    }
    function Task() {
      this.value = null;
      this.callback = noop;
      this.next = null;
      this.release = noop;
      this.context = null;
      this.errorHandler = null;
      var self = this;
      this.worked = function worked(err2, result) {
        var callback = self.callback;
        var errorHandler = self.errorHandler;
        var val = self.value;
        self.value = null;
        self.callback = noop;
        if (self.errorHandler) {
          errorHandler(err2, val);
        }
        callback.call(self.context, err2, result);
        self.release(self);
      };
    }
    function queueAsPromised(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      function asyncWrapper(arg, cb) {
        worker.call(this, arg).then(function(res) {
          cb(null, res);
        }, cb);
      }
      var queue = fastqueue(context, asyncWrapper, _concurrency);
      var pushCb = queue.push;
      var unshiftCb = queue.unshift;
      queue.push = push;
      queue.unshift = unshift;
      queue.drained = drained;
      return queue;
      function push(value) {
        var p = new Promise(function(resolve3, reject) {
          pushCb(value, function(err2, result) {
            if (err2) {
              reject(err2);
              return;
            }
            resolve3(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function unshift(value) {
        var p = new Promise(function(resolve3, reject) {
          unshiftCb(value, function(err2, result) {
            if (err2) {
              reject(err2);
              return;
            }
            resolve3(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function drained() {
        var p = new Promise(function(resolve3) {
          process.nextTick(function() {
            if (queue.idle()) {
              resolve3();
            } else {
              var previousDrain = queue.drain;
              queue.drain = function() {
                if (typeof previousDrain === "function") previousDrain();
                resolve3();
                queue.drain = previousDrain;
              };
            }
          });
        });
        return p;
      }
    }
    module.exports = fastqueue;
    module.exports.promise = queueAsPromised;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/common.js
var require_common2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = exports.replacePathSegmentSeparator = exports.isAppliedFilter = exports.isFatalError = void 0;
    function isFatalError(settings, error) {
      if (settings.errorFilter === null) {
        return true;
      }
      return !settings.errorFilter(error);
    }
    exports.isFatalError = isFatalError;
    function isAppliedFilter(filter, value) {
      return filter === null || filter(value);
    }
    exports.isAppliedFilter = isAppliedFilter;
    function replacePathSegmentSeparator(filepath, separator) {
      return filepath.split(/[/\\]/).join(separator);
    }
    exports.replacePathSegmentSeparator = replacePathSegmentSeparator;
    function joinPathSegments(a, b, separator) {
      if (a === "") {
        return b;
      }
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/reader.js
var require_reader = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var common = require_common2();
    var Reader = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._root = common.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
      }
    };
    exports.default = Reader;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/async.js
var require_async3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var events_1 = __require("events");
    var fsScandir = require_out2();
    var fastq = require_queue();
    var common = require_common2();
    var reader_1 = require_reader();
    var AsyncReader = class extends reader_1.default {
      constructor(_root, _settings) {
        super(_root, _settings);
        this._settings = _settings;
        this._scandir = fsScandir.scandir;
        this._emitter = new events_1.EventEmitter();
        this._queue = fastq(this._worker.bind(this), this._settings.concurrency);
        this._isFatalError = false;
        this._isDestroyed = false;
        this._queue.drain = () => {
          if (!this._isFatalError) {
            this._emitter.emit("end");
          }
        };
      }
      read() {
        this._isFatalError = false;
        this._isDestroyed = false;
        setImmediate(() => {
          this._pushToQueue(this._root, this._settings.basePath);
        });
        return this._emitter;
      }
      get isDestroyed() {
        return this._isDestroyed;
      }
      destroy() {
        if (this._isDestroyed) {
          throw new Error("The reader is already destroyed");
        }
        this._isDestroyed = true;
        this._queue.killAndDrain();
      }
      onEntry(callback) {
        this._emitter.on("entry", callback);
      }
      onError(callback) {
        this._emitter.once("error", callback);
      }
      onEnd(callback) {
        this._emitter.once("end", callback);
      }
      _pushToQueue(directory, base) {
        const queueItem = { directory, base };
        this._queue.push(queueItem, (error) => {
          if (error !== null) {
            this._handleError(error);
          }
        });
      }
      _worker(item, done) {
        this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries) => {
          if (error !== null) {
            done(error, void 0);
            return;
          }
          for (const entry of entries) {
            this._handleEntry(entry, item.base);
          }
          done(null, void 0);
        });
      }
      _handleError(error) {
        if (this._isDestroyed || !common.isFatalError(this._settings, error)) {
          return;
        }
        this._isFatalError = true;
        this._isDestroyed = true;
        this._emitter.emit("error", error);
      }
      _handleEntry(entry, base) {
        if (this._isDestroyed || this._isFatalError) {
          return;
        }
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._emitEntry(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _emitEntry(entry) {
        this._emitter.emit("entry", entry);
      }
    };
    exports.default = AsyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/async.js
var require_async4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async3();
    var AsyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._storage = [];
      }
      read(callback) {
        this._reader.onError((error) => {
          callFailureCallback(callback, error);
        });
        this._reader.onEntry((entry) => {
          this._storage.push(entry);
        });
        this._reader.onEnd(() => {
          callSuccessCallback(callback, this._storage);
        });
        this._reader.read();
      }
    };
    exports.default = AsyncProvider;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, entries) {
      callback(null, entries);
    }
  }
});

// node_modules/@nodelib/fs.walk/out/providers/stream.js
var require_stream2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var async_1 = require_async3();
    var StreamProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._stream = new stream_1.Readable({
          objectMode: true,
          read: () => {
          },
          destroy: () => {
            if (!this._reader.isDestroyed) {
              this._reader.destroy();
            }
          }
        });
      }
      read() {
        this._reader.onError((error) => {
          this._stream.emit("error", error);
        });
        this._reader.onEntry((entry) => {
          this._stream.push(entry);
        });
        this._reader.onEnd(() => {
          this._stream.push(null);
        });
        this._reader.read();
        return this._stream;
      }
    };
    exports.default = StreamProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/sync.js
var require_sync3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsScandir = require_out2();
    var common = require_common2();
    var reader_1 = require_reader();
    var SyncReader = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._scandir = fsScandir.scandirSync;
        this._storage = [];
        this._queue = /* @__PURE__ */ new Set();
      }
      read() {
        this._pushToQueue(this._root, this._settings.basePath);
        this._handleQueue();
        return this._storage;
      }
      _pushToQueue(directory, base) {
        this._queue.add({ directory, base });
      }
      _handleQueue() {
        for (const item of this._queue.values()) {
          this._handleDirectory(item.directory, item.base);
        }
      }
      _handleDirectory(directory, base) {
        try {
          const entries = this._scandir(directory, this._settings.fsScandirSettings);
          for (const entry of entries) {
            this._handleEntry(entry, base);
          }
        } catch (error) {
          this._handleError(error);
        }
      }
      _handleError(error) {
        if (!common.isFatalError(this._settings, error)) {
          return;
        }
        throw error;
      }
      _handleEntry(entry, base) {
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._pushToStorage(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _pushToStorage(entry) {
        this._storage.push(entry);
      }
    };
    exports.default = SyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/sync.js
var require_sync4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync3();
    var SyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new sync_1.default(this._root, this._settings);
      }
      read() {
        return this._reader.read();
      }
    };
    exports.default = SyncProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/settings.js
var require_settings3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var fsScandir = require_out2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.basePath = this._getValue(this._options.basePath, void 0);
        this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY);
        this.deepFilter = this._getValue(this._options.deepFilter, null);
        this.entryFilter = this._getValue(this._options.entryFilter, null);
        this.errorFilter = this._getValue(this._options.errorFilter, null);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path.sep);
        this.fsScandirSettings = new fsScandir.Settings({
          followSymbolicLinks: this._options.followSymbolicLinks,
          fs: this._options.fs,
          pathSegmentSeparator: this._options.pathSegmentSeparator,
          stats: this._options.stats,
          throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.walk/out/index.js
var require_out3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.walkStream = exports.walkSync = exports.walk = void 0;
    var async_1 = require_async4();
    var stream_1 = require_stream2();
    var sync_1 = require_sync4();
    var settings_1 = require_settings3();
    exports.Settings = settings_1.default;
    function walk(directory, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
      }
      new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
    }
    exports.walk = walk;
    function walkSync(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new sync_1.default(directory, settings);
      return provider.read();
    }
    exports.walkSync = walkSync;
    function walkStream(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new stream_1.default(directory, settings);
      return provider.read();
    }
    exports.walkStream = walkStream;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/fast-glob/out/readers/reader.js
var require_reader2 = __commonJS({
  "node_modules/fast-glob/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var fsStat = require_out();
    var utils = require_utils3();
    var Reader = class {
      constructor(_settings) {
        this._settings = _settings;
        this._fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
        });
      }
      _getFullEntryPath(filepath) {
        return path.resolve(this._settings.cwd, filepath);
      }
      _makeEntry(stats, pattern) {
        const entry = {
          name: pattern,
          path: pattern,
          dirent: utils.fs.createDirentFromStats(pattern, stats)
        };
        if (this._settings.stats) {
          entry.stats = stats;
        }
        return entry;
      }
      _isFatalError(error) {
        return !utils.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
      }
    };
    exports.default = Reader;
  }
});

// node_modules/fast-glob/out/readers/stream.js
var require_stream3 = __commonJS({
  "node_modules/fast-glob/out/readers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderStream = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkStream = fsWalk.walkStream;
        this._stat = fsStat.stat;
      }
      dynamic(root, options) {
        return this._walkStream(root, options);
      }
      static(patterns, options) {
        const filepaths = patterns.map(this._getFullEntryPath, this);
        const stream = new stream_1.PassThrough({ objectMode: true });
        stream._write = (index, _enc, done) => {
          return this._getEntry(filepaths[index], patterns[index], options).then((entry) => {
            if (entry !== null && options.entryFilter(entry)) {
              stream.push(entry);
            }
            if (index === filepaths.length - 1) {
              stream.end();
            }
            done();
          }).catch(done);
        };
        for (let i = 0; i < filepaths.length; i++) {
          stream.write(i);
        }
        return stream;
      }
      _getEntry(filepath, pattern, options) {
        return this._getStat(filepath).then((stats) => this._makeEntry(stats, pattern)).catch((error) => {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        });
      }
      _getStat(filepath) {
        return new Promise((resolve3, reject) => {
          this._stat(filepath, this._fsStatSettings, (error, stats) => {
            return error === null ? resolve3(stats) : reject(error);
          });
        });
      }
    };
    exports.default = ReaderStream;
  }
});

// node_modules/fast-glob/out/readers/async.js
var require_async5 = __commonJS({
  "node_modules/fast-glob/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var stream_1 = require_stream3();
    var ReaderAsync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkAsync = fsWalk.walk;
        this._readerStream = new stream_1.default(this._settings);
      }
      dynamic(root, options) {
        return new Promise((resolve3, reject) => {
          this._walkAsync(root, options, (error, entries) => {
            if (error === null) {
              resolve3(entries);
            } else {
              reject(error);
            }
          });
        });
      }
      async static(patterns, options) {
        const entries = [];
        const stream = this._readerStream.static(patterns, options);
        return new Promise((resolve3, reject) => {
          stream.once("error", reject);
          stream.on("data", (entry) => entries.push(entry));
          stream.once("end", () => resolve3(entries));
        });
      }
    };
    exports.default = ReaderAsync;
  }
});

// node_modules/fast-glob/out/providers/matchers/matcher.js
var require_matcher = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/matcher.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var Matcher = class {
      constructor(_patterns, _settings, _micromatchOptions) {
        this._patterns = _patterns;
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this._storage = [];
        this._fillStorage();
      }
      _fillStorage() {
        for (const pattern of this._patterns) {
          const segments = this._getPatternSegments(pattern);
          const sections = this._splitSegmentsIntoSections(segments);
          this._storage.push({
            complete: sections.length <= 1,
            pattern,
            segments,
            sections
          });
        }
      }
      _getPatternSegments(pattern) {
        const parts = utils.pattern.getPatternParts(pattern, this._micromatchOptions);
        return parts.map((part) => {
          const dynamic = utils.pattern.isDynamicPattern(part, this._settings);
          if (!dynamic) {
            return {
              dynamic: false,
              pattern: part
            };
          }
          return {
            dynamic: true,
            pattern: part,
            patternRe: utils.pattern.makeRe(part, this._micromatchOptions)
          };
        });
      }
      _splitSegmentsIntoSections(segments) {
        return utils.array.splitWhen(segments, (segment) => segment.dynamic && utils.pattern.hasGlobStar(segment.pattern));
      }
    };
    exports.default = Matcher;
  }
});

// node_modules/fast-glob/out/providers/matchers/partial.js
var require_partial = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/partial.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var matcher_1 = require_matcher();
    var PartialMatcher = class extends matcher_1.default {
      match(filepath) {
        const parts = filepath.split("/");
        const levels = parts.length;
        const patterns = this._storage.filter((info) => !info.complete || info.segments.length > levels);
        for (const pattern of patterns) {
          const section = pattern.sections[0];
          if (!pattern.complete && levels > section.length) {
            return true;
          }
          const match = parts.every((part, index) => {
            const segment = pattern.segments[index];
            if (segment.dynamic && segment.patternRe.test(part)) {
              return true;
            }
            if (!segment.dynamic && segment.pattern === part) {
              return true;
            }
            return false;
          });
          if (match) {
            return true;
          }
        }
        return false;
      }
    };
    exports.default = PartialMatcher;
  }
});

// node_modules/fast-glob/out/providers/filters/deep.js
var require_deep = __commonJS({
  "node_modules/fast-glob/out/providers/filters/deep.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var partial_1 = require_partial();
    var DeepFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
      }
      getFilter(basePath, positive, negative) {
        const matcher = this._getMatcher(positive);
        const negativeRe = this._getNegativePatternsRe(negative);
        return (entry) => this._filter(basePath, entry, matcher, negativeRe);
      }
      _getMatcher(patterns) {
        return new partial_1.default(patterns, this._settings, this._micromatchOptions);
      }
      _getNegativePatternsRe(patterns) {
        const affectDepthOfReadingPatterns = patterns.filter(utils.pattern.isAffectDepthOfReadingPattern);
        return utils.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
      }
      _filter(basePath, entry, matcher, negativeRe) {
        if (this._isSkippedByDeep(basePath, entry.path)) {
          return false;
        }
        if (this._isSkippedSymbolicLink(entry)) {
          return false;
        }
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._isSkippedByPositivePatterns(filepath, matcher)) {
          return false;
        }
        return this._isSkippedByNegativePatterns(filepath, negativeRe);
      }
      _isSkippedByDeep(basePath, entryPath) {
        if (this._settings.deep === Infinity) {
          return false;
        }
        return this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
      }
      _getEntryLevel(basePath, entryPath) {
        const entryPathDepth = entryPath.split("/").length;
        if (basePath === "") {
          return entryPathDepth;
        }
        const basePathDepth = basePath.split("/").length;
        return entryPathDepth - basePathDepth;
      }
      _isSkippedSymbolicLink(entry) {
        return !this._settings.followSymbolicLinks && entry.dirent.isSymbolicLink();
      }
      _isSkippedByPositivePatterns(entryPath, matcher) {
        return !this._settings.baseNameMatch && !matcher.match(entryPath);
      }
      _isSkippedByNegativePatterns(entryPath, patternsRe) {
        return !utils.pattern.matchAny(entryPath, patternsRe);
      }
    };
    exports.default = DeepFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/entry.js
var require_entry = __commonJS({
  "node_modules/fast-glob/out/providers/filters/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this.index = /* @__PURE__ */ new Map();
      }
      getFilter(positive, negative) {
        const [absoluteNegative, relativeNegative] = utils.pattern.partitionAbsoluteAndRelative(negative);
        const patterns = {
          positive: {
            all: utils.pattern.convertPatternsToRe(positive, this._micromatchOptions)
          },
          negative: {
            absolute: utils.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true })),
            relative: utils.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true }))
          }
        };
        return (entry) => this._filter(entry, patterns);
      }
      _filter(entry, patterns) {
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._settings.unique && this._isDuplicateEntry(filepath)) {
          return false;
        }
        if (this._onlyFileFilter(entry) || this._onlyDirectoryFilter(entry)) {
          return false;
        }
        const isMatched = this._isMatchToPatternsSet(filepath, patterns, entry.dirent.isDirectory());
        if (this._settings.unique && isMatched) {
          this._createIndexRecord(filepath);
        }
        return isMatched;
      }
      _isDuplicateEntry(filepath) {
        return this.index.has(filepath);
      }
      _createIndexRecord(filepath) {
        this.index.set(filepath, void 0);
      }
      _onlyFileFilter(entry) {
        return this._settings.onlyFiles && !entry.dirent.isFile();
      }
      _onlyDirectoryFilter(entry) {
        return this._settings.onlyDirectories && !entry.dirent.isDirectory();
      }
      _isMatchToPatternsSet(filepath, patterns, isDirectory) {
        const isMatched = this._isMatchToPatterns(filepath, patterns.positive.all, isDirectory);
        if (!isMatched) {
          return false;
        }
        const isMatchedByRelativeNegative = this._isMatchToPatterns(filepath, patterns.negative.relative, isDirectory);
        if (isMatchedByRelativeNegative) {
          return false;
        }
        const isMatchedByAbsoluteNegative = this._isMatchToAbsoluteNegative(filepath, patterns.negative.absolute, isDirectory);
        if (isMatchedByAbsoluteNegative) {
          return false;
        }
        return true;
      }
      _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const fullpath = utils.path.makeAbsolute(this._settings.cwd, filepath);
        return this._isMatchToPatterns(fullpath, patternsRe, isDirectory);
      }
      _isMatchToPatterns(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const isMatched = utils.pattern.matchAny(filepath, patternsRe);
        if (!isMatched && isDirectory) {
          return utils.pattern.matchAny(filepath + "/", patternsRe);
        }
        return isMatched;
      }
    };
    exports.default = EntryFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/error.js
var require_error = __commonJS({
  "node_modules/fast-glob/out/providers/filters/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var ErrorFilter = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getFilter() {
        return (error) => this._isNonFatalError(error);
      }
      _isNonFatalError(error) {
        return utils.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
      }
    };
    exports.default = ErrorFilter;
  }
});

// node_modules/fast-glob/out/providers/transformers/entry.js
var require_entry2 = __commonJS({
  "node_modules/fast-glob/out/providers/transformers/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryTransformer = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getTransformer() {
        return (entry) => this._transform(entry);
      }
      _transform(entry) {
        let filepath = entry.path;
        if (this._settings.absolute) {
          filepath = utils.path.makeAbsolute(this._settings.cwd, filepath);
          filepath = utils.path.unixify(filepath);
        }
        if (this._settings.markDirectories && entry.dirent.isDirectory()) {
          filepath += "/";
        }
        if (!this._settings.objectMode) {
          return filepath;
        }
        return Object.assign(Object.assign({}, entry), { path: filepath });
      }
    };
    exports.default = EntryTransformer;
  }
});

// node_modules/fast-glob/out/providers/provider.js
var require_provider = __commonJS({
  "node_modules/fast-glob/out/providers/provider.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var deep_1 = require_deep();
    var entry_1 = require_entry();
    var error_1 = require_error();
    var entry_2 = require_entry2();
    var Provider = class {
      constructor(_settings) {
        this._settings = _settings;
        this.errorFilter = new error_1.default(this._settings);
        this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions());
        this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions());
        this.entryTransformer = new entry_2.default(this._settings);
      }
      _getRootDirectory(task) {
        return path.resolve(this._settings.cwd, task.base);
      }
      _getReaderOptions(task) {
        const basePath = task.base === "." ? "" : task.base;
        return {
          basePath,
          pathSegmentSeparator: "/",
          concurrency: this._settings.concurrency,
          deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
          entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
          errorFilter: this.errorFilter.getFilter(),
          followSymbolicLinks: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          stats: this._settings.stats,
          throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
          transform: this.entryTransformer.getTransformer()
        };
      }
      _getMicromatchOptions() {
        return {
          dot: this._settings.dot,
          matchBase: this._settings.baseNameMatch,
          nobrace: !this._settings.braceExpansion,
          nocase: !this._settings.caseSensitiveMatch,
          noext: !this._settings.extglob,
          noglobstar: !this._settings.globstar,
          posix: true,
          strictSlashes: false
        };
      }
    };
    exports.default = Provider;
  }
});

// node_modules/fast-glob/out/providers/async.js
var require_async6 = __commonJS({
  "node_modules/fast-glob/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async5();
    var provider_1 = require_provider();
    var ProviderAsync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new async_1.default(this._settings);
      }
      async read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = await this.api(root, task, options);
        return entries.map((entry) => options.transform(entry));
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderAsync;
  }
});

// node_modules/fast-glob/out/providers/stream.js
var require_stream4 = __commonJS({
  "node_modules/fast-glob/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var stream_2 = require_stream3();
    var provider_1 = require_provider();
    var ProviderStream = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new stream_2.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const source = this.api(root, task, options);
        const destination = new stream_1.Readable({ objectMode: true, read: () => {
        } });
        source.once("error", (error) => destination.emit("error", error)).on("data", (entry) => destination.emit("data", options.transform(entry))).once("end", () => destination.emit("end"));
        destination.once("close", () => source.destroy());
        return destination;
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderStream;
  }
});

// node_modules/fast-glob/out/readers/sync.js
var require_sync5 = __commonJS({
  "node_modules/fast-glob/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderSync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkSync = fsWalk.walkSync;
        this._statSync = fsStat.statSync;
      }
      dynamic(root, options) {
        return this._walkSync(root, options);
      }
      static(patterns, options) {
        const entries = [];
        for (const pattern of patterns) {
          const filepath = this._getFullEntryPath(pattern);
          const entry = this._getEntry(filepath, pattern, options);
          if (entry === null || !options.entryFilter(entry)) {
            continue;
          }
          entries.push(entry);
        }
        return entries;
      }
      _getEntry(filepath, pattern, options) {
        try {
          const stats = this._getStat(filepath);
          return this._makeEntry(stats, pattern);
        } catch (error) {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        }
      }
      _getStat(filepath) {
        return this._statSync(filepath, this._fsStatSettings);
      }
    };
    exports.default = ReaderSync;
  }
});

// node_modules/fast-glob/out/providers/sync.js
var require_sync6 = __commonJS({
  "node_modules/fast-glob/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync5();
    var provider_1 = require_provider();
    var ProviderSync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new sync_1.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = this.api(root, task, options);
        return entries.map(options.transform);
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderSync;
  }
});

// node_modules/fast-glob/out/settings.js
var require_settings4 = __commonJS({
  "node_modules/fast-glob/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    var os = __require("os");
    var CPU_COUNT = Math.max(os.cpus().length, 1);
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      lstatSync: fs.lstatSync,
      stat: fs.stat,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.absolute = this._getValue(this._options.absolute, false);
        this.baseNameMatch = this._getValue(this._options.baseNameMatch, false);
        this.braceExpansion = this._getValue(this._options.braceExpansion, true);
        this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, true);
        this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT);
        this.cwd = this._getValue(this._options.cwd, process.cwd());
        this.deep = this._getValue(this._options.deep, Infinity);
        this.dot = this._getValue(this._options.dot, false);
        this.extglob = this._getValue(this._options.extglob, true);
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, true);
        this.fs = this._getFileSystemMethods(this._options.fs);
        this.globstar = this._getValue(this._options.globstar, true);
        this.ignore = this._getValue(this._options.ignore, []);
        this.markDirectories = this._getValue(this._options.markDirectories, false);
        this.objectMode = this._getValue(this._options.objectMode, false);
        this.onlyDirectories = this._getValue(this._options.onlyDirectories, false);
        this.onlyFiles = this._getValue(this._options.onlyFiles, true);
        this.stats = this._getValue(this._options.stats, false);
        this.suppressErrors = this._getValue(this._options.suppressErrors, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, false);
        this.unique = this._getValue(this._options.unique, true);
        if (this.onlyDirectories) {
          this.onlyFiles = false;
        }
        if (this.stats) {
          this.objectMode = true;
        }
        this.ignore = [].concat(this.ignore);
      }
      _getValue(option, value) {
        return option === void 0 ? value : option;
      }
      _getFileSystemMethods(methods = {}) {
        return Object.assign(Object.assign({}, exports.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
      }
    };
    exports.default = Settings;
  }
});

// node_modules/fast-glob/out/index.js
var require_out4 = __commonJS({
  "node_modules/fast-glob/out/index.js"(exports, module) {
    "use strict";
    var taskManager = require_tasks();
    var async_1 = require_async6();
    var stream_1 = require_stream4();
    var sync_1 = require_sync6();
    var settings_1 = require_settings4();
    var utils = require_utils3();
    async function FastGlob(source, options) {
      assertPatternsInput(source);
      const works = getWorks(source, async_1.default, options);
      const result = await Promise.all(works);
      return utils.array.flatten(result);
    }
    (function(FastGlob2) {
      FastGlob2.glob = FastGlob2;
      FastGlob2.globSync = sync;
      FastGlob2.globStream = stream;
      FastGlob2.async = FastGlob2;
      function sync(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, sync_1.default, options);
        return utils.array.flatten(works);
      }
      FastGlob2.sync = sync;
      function stream(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, stream_1.default, options);
        return utils.stream.merge(works);
      }
      FastGlob2.stream = stream;
      function generateTasks(source, options) {
        assertPatternsInput(source);
        const patterns = [].concat(source);
        const settings = new settings_1.default(options);
        return taskManager.generate(patterns, settings);
      }
      FastGlob2.generateTasks = generateTasks;
      function isDynamicPattern(source, options) {
        assertPatternsInput(source);
        const settings = new settings_1.default(options);
        return utils.pattern.isDynamicPattern(source, settings);
      }
      FastGlob2.isDynamicPattern = isDynamicPattern;
      function escapePath(source) {
        assertPatternsInput(source);
        return utils.path.escape(source);
      }
      FastGlob2.escapePath = escapePath;
      function convertPathToPattern(source) {
        assertPatternsInput(source);
        return utils.path.convertPathToPattern(source);
      }
      FastGlob2.convertPathToPattern = convertPathToPattern;
      let posix4;
      (function(posix5) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapePosixPath(source);
        }
        posix5.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertPosixPathToPattern(source);
        }
        posix5.convertPathToPattern = convertPathToPattern2;
      })(posix4 = FastGlob2.posix || (FastGlob2.posix = {}));
      let win32;
      (function(win322) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapeWindowsPath(source);
        }
        win322.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertWindowsPathToPattern(source);
        }
        win322.convertPathToPattern = convertPathToPattern2;
      })(win32 = FastGlob2.win32 || (FastGlob2.win32 = {}));
    })(FastGlob || (FastGlob = {}));
    function getWorks(source, _Provider, options) {
      const patterns = [].concat(source);
      const settings = new settings_1.default(options);
      const tasks = taskManager.generate(patterns, settings);
      const provider = new _Provider(settings);
      return tasks.map(provider.read, provider);
    }
    function assertPatternsInput(input) {
      const source = [].concat(input);
      const isValidSource = source.every((item) => utils.string.isString(item) && !utils.string.isEmpty(item));
      if (!isValidSource) {
        throw new TypeError("Patterns must be a string (non empty) or an array of strings");
      }
    }
    module.exports = FastGlob;
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE2 = "\\";
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
    var define2 = (object, key, value) => {
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
        () => ESCAPE2
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE2
      ],
      [
        // > The range notation, e.g. [a-zA-Z],
        // > can be used to match one of the characters in a range.
        // `\` is escaped by step 3
        /(\\)?\[([^\]/]*?)(\\*)($|\])/g,
        (match, leadEscape, range, endEscape, close) => leadEscape === ESCAPE2 ? `\\[${range}${cleanRangeBackSlash(endEscape)}${close}` : close === "]" ? endEscape.length % 2 === 0 ? `[${sanitizeRange(range)}${endEscape}]` : "[]" : "[]"
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
        define2(this, "body", body);
        define2(this, "ignoreCase", ignoreCase);
        define2(this, "regexPrefix", prefix);
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
        return define2(this, key, regex);
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
        define2(this, KEY_IGNORE, true);
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
    define2(module.exports, Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/xz-decompress/dist/package/xz-decompress.js
var require_xz_decompress = __commonJS({
  "node_modules/xz-decompress/dist/package/xz-decompress.js"(exports, module) {
    (function webpackUniversalModuleDefinition(root, factory) {
      if (typeof exports === "object" && typeof module === "object")
        module.exports = factory(__require("stream/web"));
      else if (typeof define === "function" && define.amd)
        define(["stream/web"], factory);
      else if (typeof exports === "object")
        exports["xz-decompress"] = factory(__require("stream/web"));
      else
        root["xz-decompress"] = factory(root["stream/web"]);
    })(exports, (__WEBPACK_EXTERNAL_MODULE__2__) => {
      return (
        /******/
        (() => {
          "use strict";
          var __webpack_modules__ = [
            ,
            /* 1 */
            /***/
            ((module2) => {
              module2.exports = "data:application/wasm;base64,AGFzbQEAAAABOApgAX8Bf2ABfwBgAABgA39/fwF/YAABf2ACf38AYAN/f34BfmACf38Bf2AEf39/fwF/YAN/f38AAyEgAAABAgMDAwMEAQUAAgMCBgcIBwUDAAMHAQcABwcBAwkFAwEAAgYIAX8BQfCgBAsHTgUGbWVtb3J5AgAOY3JlYXRlX2NvbnRleHQACA9kZXN0cm95X2NvbnRleHQACQxzdXBwbHlfaW5wdXQACg9nZXRfbmV4dF9vdXRwdXQACwqQYCDfAgEFf0EAIQECQCAAQQdqIgJBEEkNAEEBIQEgAkEDdiIDQQJGDQBBAiEBIAJBIEkNAEEDIQEgA0EERg0AQQQhASACQTBJDQBBBSEBIANBBkYNAEEGIQEgAkHIAEkNAEEHIQEgAkHYAEkNAEEIIQEgAkGIAUkNAEEJIQEgAkGIAkkNACAAEIGAgIAAIgBBCGpBACAAGw8LAkACQCABQQJ0QcCIgIAAaiIEKAIAIgANAEEAIQACQAJAQQAoAuSIgIAAIgJFDQBBACACKAIANgLkiICAAAwBC0EAEIGAgIAAIgJFDQILIAJBgIB8cSIAIAJBCHZB/wFxIgJyIAE6AAAgACACQQh0ckGAAmohAEEAIQJBACABQQJ0QYCIgIAAaigCACIDayEFIAMhAQNAIAAgBWoiACACNgIAIAAhAiABIANqIgFBgQJJDQALIAQgADYCAAsgBCAAKAIANgIACyAAC/QHAQh/QQAoArCIgIAAIQECQAJAAkACQAJAQQAtALSIgIAARQ0AQQBBADoAtIiAgAAgAUUNAUGwiICAACECA0ACQAJAIAFBCGoiAyABKAIEIgRqIgVBCHZB/wFxIgYNACABIQIMAQsCQANAIAVBgIB8cSAGai0AAEH+AUcNAUGwiICAACEGA0AgBiIHKAIAIgYgBUcNAAsgByAFKAIANgIAIAEgBCAFKAIEakEIaiIENgIEIAcgAiACIAVGGyECIAMgBGoiBUEIdkH/AXEiBg0ACwsgAigCACECCyACKAIAIgENAAtBACgCsIiAgAAhAQsgAUUNACAAQYcCakGAfnEhCEF/IQJBsIiAgAAhBEEAIQNBsIiAgAAhBgNAIAYhBwJAIAEiBigCBCIFIABJDQAgBSACTw0AIAUhAiAHIQQgBiEDIAVBCGogCEcNACAHIQQgBSECIAYhAwwECyAGKAIAIgENAAsgAw0CDAELQbCIgIAAIQQLPwBBEHQhASAAQYgCaiEHQQAhAwJAAkBBACgCuIiAgAAiAkUNAEEAIQUgASEGDAELQQAgAUHwoISAAEH//wNqQYCAfHEiBmsiAjYCuIiAgAAgAiEFCwJAIAcgBU0NACACQQF2IgIgByAFayIHIAIgB0sbQf//A2oiB0EQdkAAQX9GDQJBAEEAKAK4iICAACAHQYCAfHEiA2o2AriIgIAACyAGRQ0BIAZB/wE6AAEgBkEAKAKwiICAADYCgAIgBkGEAmogAyAFakGAgHxxQfh9aiICNgIAIAZBgAJqIQMLIANBgIB8cSIGIANBCHZB/wFxckH/AToAACAEIAMoAgA2AgACQCACIABrQYB+cSIFDQAgAw8LIAMhAQJAIAYgBUF/cyADQQhqIgQgAmoiB2pBgIB8cUYNACAEQf//A3EhBQJAIABB9/0DSw0AIAYgBEEIdkH/AXFqQf4BOgAAIANBACgCsIiAgAA2AgAgA0GAgAQgBWsiBTYCBEEAIAM2ArCIgIAAEIOAgIAAIAZBhIIEaiACIAVrQfh9aiIFNgIAIAZBgYAEakH/AToAACAGQYCCBGohASAFIABrQYB+cSEFDAELIAIgBWogACAFakH//3tqQYCAfHFrQYCAeGohBSADIQELIAEgASgCBCAFazYCBCAFQfgBaiEGIAcgBWtBCHZB/wFxIQUCQANAIAYiB0GAfmohBiAFIgQNAUEBIQUgB0H4AUcNAAsLAkAgB0H4AUYNACACIANqIAZrQYCAfHEiBSAEakH+AToAACAFIARBCHRqIgVBACgCsIiAgAA2AgAgBSAGNgIEQQAgBTYCsIiAgAAQg4CAgAALIAEPC0EAC3wBAn8CQCAARQ0AAkAgAEGAgHxxIABBCHZB/wFxciIBLQAAIgJB/wFHDQAgAEF4aiIAQQAoArCIgIAANgIAQQAgADYCsIiAgAAgAUH+AToAAEEAQQE6ALSIgIAADwsgACACQQJ0QcCIgIAAaiICKAIANgIAIAIgADYCAAsLawECfwJAQQAoArCIgIAAIgAoAgRB/wFLDQAgAEGAgHxxIgEgAEEIdkH/AXEiAHJBCToAAEEAQQAoArCIgIAAKAIANgKwiICAACABIABBCHRyIgBBACgC5IiAgAA2AgBBACAANgLkiICAAAsLTgECfwJAIAAgAUYNACACRQ0AA0ACQCAALQAAIgMgAS0AACIERg0AQQFBfyADIARLGw8LIAFBAWohASAAQQFqIQAgAkF/aiICDQALC0EAC3gBAX8CQAJAIAAgAU8NACACRQ0BIAAhAwNAIAMgAS0AADoAACABQQFqIQEgA0EBaiEDIAJBf2oiAg0ADAILCyAAIAFNDQAgAkUNACABQX9qIQEgAEF/aiEDA0AgAyACaiABIAJqLQAAOgAAIAJBf2oiAg0ACwsgAAssAQF/AkAgAkUNACAAIQMDQCADIAE6AAAgA0EBaiEDIAJBf2oiAg0ACwsgAAt/AQF/AkACQCABIAByIAJyQQNxRQ0AIAJFDQEgACEDA0AgAyABLQAAOgAAIAFBAWohASADQQFqIQMgAkF/aiICDQAMAgsLIAJBBEkNACACQQJ2IQIgACEDA0AgAyABKAIANgIAIAFBBGohASADQQRqIQMgAkF/aiICDQALCyAAC4gBAQJ/AkBBAC0A6IiAgAANAEEAQQE6AOiIgIAAEIyAgIAAEI6AgIAAC0GggAgQgICAgAAiAEGAgAQ2AgBBAkGAgIAgEJeAgIAAIQEgAEEUakKAgICAgIDAADcCACAAQRBqIABBoIAEajYCACAAQQhqQgA3AgAgACAAQSBqNgIEIAAgATYCHCAACxUAIAAoAhwQmICAgAAgABCCgICAAAsWACAAQQxqIAE2AgAgAEEIakEANgIACxsAIAAoAhwgAEEEaiAAQQxqKAIARRCWgICAAAtUAQN/QQAhAANAQQghASAAIQIDQEEAIAJBAXFrQaCG4u1+cSACQQF2cyECIAFBf2oiAQ0ACyAAQQJ0QfCIgIAAaiACNgIAIABBAWoiAEGAAkcNAAsLTgACQCABRQ0AIAJBf3MhAgNAIAJB/wFxIAAtAABzQQJ0QfCIgIAAaigCACACQQh2cyECIABBAWohACABQX9qIgENAAsgAkF/cyECCyACC10DAX4BfwF+QgAhAANAQQghASAAIQIDQEIAIAJCAYN9QsKenLzd8pW2SYMgAkIBiIUhAiABQX9qIgENAAsgAKdBA3RB8JCAgABqIAI3AwAgAEIBfCIAQoACUg0ACwtPAAJAIAFFDQAgAkJ/hSECA0AgAkL/AYMgADEAAIWnQQN0QfCQgIAAaikDACACQgiIhSECIABBAWohACABQX9qIgENAAsgAkJ/hSECCyACC8oQAgx/An4CQAJAIAAoAiRFDQAgACgCACECDAELQQAhAiAAQQA6ACggAEIANwMAIABCADcDGCAAQcgAakEAQeQAEIaAgIAAGiAAQawBakEMNgIACyAAIAEoAgQiAzYCECAAQeAAaiEEIABByABqIQUgAEG2AWohBiAAQbABaiEHIABBqAFqIQggASgCECEJAkACQAJAAkADQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCACDgoBAgAEBQYHCAkKDwsgASgCACEKIAAoAqgBIQIgACgCrAEhCyABKAIEIQwgASgCCCENDAILIAcgACgCqAEiDGogASgCACABKAIEIgJqIAEoAgggAmsiAiAAKAKsASAMayIMIAIgDEkbIgIQh4CAgAAaIAEgASgCBCACajYCBEEAIQwgAEEAIAAoAqgBIAJqIgIgAiAAKAKsASILRhs2AqgBIAIgC0cNESAAQQE2AgACQCAHQaiIgIAAQQYQhICAgABFDQBBBSEMDBILIAZBAkEAEI2AgIAAIAAoALgBRw0QQQYhDCAGLQAADREgACAALQC3ASICNgIgIAJBBEsNEUEBIAJ0QRNxRQ0RCyABKAIEIgwgASgCCCINRg0OAkAgASgCACIKIAxqLQAAIgsNACAAIAw2AhAgASAMQQFqNgIEQQYhAgwMC0EAIQIgAEEANgKoASAAQQI2AgAgACALQQJ0QQRqIgs2AqwBIAAgCzYCQAsgByACaiAKIAxqIA0gDGsiDCALIAJrIgIgDCACSRsiAhCHgICAABogASABKAIEIAJqNgIEQQAhDCAAQQAgACgCqAEgAmoiAiACIAAoAqwBIgtGGzYCqAEgAiALRw0PIAAgAkF8aiICNgKsAUEHIQwgByACQQAQjYCAgAAgByAAKAKsASICaigAAEcNDyAAQQI2AqgBIAAtALEBIgtBP3ENDAJAAkAgC0HAAHFFDQAgACAHIAggAhCRgICAAEEBRw0RIAAgACkDCDcDMCAAKAKsASECIAAtALEBIQsMAQsgAEJ/NwMwC0J/IQ4CQCALwEF/Sg0AIAAgByAIIAIQkYCAgABBAUcNECAAKAKsASECIAApAwghDgsgACAONwM4IAIgACgCqAEiC2tBAkkNDyAAIAtBAWoiCjYCqAEgCCALakEIai0AAEEhRw0MIAAgC0ECaiINNgKoASAIIApqQQhqLQAAQQFHDQwgAiANRg0PIAAgC0EDajYCqAEgACgCsAkgCCANakEIai0AABCcgICAACIMDQ8gACgCrAEiAiAAKAKoASIMIAIgDEsbIQ0CQANAIA0gDEYNASAAIAxBAWoiAjYCqAEgACAMaiELIAIhDCALQbABai0AAA0ODAALCyAFQgA3AwAgAEEANgKoASAAQQM2AgAgBUEIakIANwMACyAAIAEoAgQ2AhAgACABKAIQNgIUIAAoArAJIAEQmYCAgAAhDCAAIAApA0ggASgCBCAAKAIQa618Ig43A0ggACAAKQNQIAEoAhAgACgCFCICayILrXwiDzcDUCAOIAApAzBWDQ0gDyAAKQM4Vg0NAkACQAJAAkAgACgCIEF/ag4EAAMDAQMLIAEoAgwgAmogCyAAKAIYEI2AgIAArSEODAELIAEoAgwgAmogCyAAKQMYEI+AgIAAIQ4LIAAgDjcDGAsgDEEBRw0OAkAgACkDMCIOQn9RDQAgDiAFKQMAUg0OCwJAIAApAzgiDkJ/UQ0AQQchDCAOIAApA1BSDQ8LIAAgACkDSCAANQJAfCAAKQNgfCIPNwNgQgQhDgJAAkACQCAAKAIgQX9qDgQBAgIAAgtCCCEOCyAEIA4gD3w3AwALIAAgACkDaCAAKQNQfDcDaCAAIARBGCAAKAJwEI2AgIAANgJwIABBBDYCACAAIAApA1hCAXw3A1gLAkAgBSkDACIOQgODUA0AIA5CAXwhDiABKAIEIQwgASgCCCELA0AgCyAMRg0NIAEgDEEBaiICNgIEIAEoAgAgDGotAAANDiAFIA43AwAgDkIDgyEPIA5CAXwhDiACIQwgD0IAUg0ACwsgAEEFNgIAC0EBIQIgACgCIEF/ag4EBgcHBQcLIAAgARCSgICAACIMQQFHDQsgAEEHNgIAC0EAIAAoAhBrIQUgAEGAAWopAwAhDiABKAIEIQwCQANAIA4gBSAMaq18QgODUA0BAkAgDCABKAIIRw0AIAAgARCTgICAAAwLCyABIAxBAWoiAjYCBCABKAIAIAxqIQsgAiEMIAstAAANCwwACwsgACABEJOAgIAAQQchDCAEIABBkAFqQRgQhICAgAANCiAAQQg2AgALIAAgAUEgEJSAgIAAIgxBAUcNCSAAQQk2AgBBDCELIABBDDYCrAEMAQsgACgCrAEhCwsgByAAKAKoASIMaiABKAIAIAEoAgQiAmogASgCCCACayICIAsgDGsiDCACIAxJGyICEIeAgIAAGiABIAEoAgQgAmo2AgRBACEMIABBACAAKAKoASACaiICIAIgACgCrAEiC0YbNgKoASACIAtHDQcgABCVgICAACEMDAcLQQEhAiAAIAFBwAAQlICAgAAiDEEBRw0GDAELQQEhAiAAIAFBIBCUgICAACIMQQFHDQULIAAgAjYCAAwACwtBBiEMDAILQQAhDAwBC0EHIQwLAkACQCAAKAIkDQACQAJAIAwOAgADAQtBB0EIIAEoAgQgASgCCEYbIQwLIAEgCTYCECABIAM2AgQgDA8LAkAgDA0AIAMgASgCBEcNACAJIAEoAhBHDQAgAC0AKCEBIABBAToAKCABQQN0DwsgAEEAOgAoCyAMC6YBAQN/AkAgACgCBCIEDQAgAEIANwMICyACKAIAIgUgAyAFIANLGyEGA0ACQCAGIAVHDQBBAA8LIAEgBWotAAAhAyACIAVBAWoiBTYCACAAIANB/wBxrSAErYYgACkDCIQ3AwgCQAJAIAPAIgNBAEgNAAJAIAMNAEEHIQMgBA0CCyAAQQA2AgRBAQ8LQQchAyAAIARBB2oiBDYCBCAEQT9HDQELCyADC6ECAgN/AX4gAEGQAWohAiABQQRqIQMDQAJAIAAgASgCACADIAEoAggQkYCAgAAiBEEBRg0AIABBgAFqIgMgAykDACABKAIEIAAoAhAiA2siAq18NwMAIAAgAyABKAIAaiACIAAoAhgQjYCAgACtNwMYIAQPCwJAAkACQAJAAkAgACgCeA4DAAIBAwsgACAAKQMIIgU3A4gBAkAgBSAAKQNYUQ0AQQcPCyAAQQE2AngMAwsgACAAKQOYASAAKQMIfDcDmAEgACACQRggACgCoAEQjYCAgAA2AqABIABBATYCeCAAIAApA4gBQn98IgU3A4gBDAILIABBAjYCeCAAIAApA5ABIAApAwh8NwOQAQsgACkDiAEhBQsgBUIAUg0AC0EBC0ABAn8gAEGAAWoiAiACKQMAIAEoAgQgACgCECICayIDrXw3AwAgACACIAEoAgBqIAMgACgCGBCNgICAAK03AxgLfAEEfyABKAIEIQMgASgCCCEEA0ACQCAEIANHDQBBAA8LIAEgA0EBaiIFNgIEAkAgASgCACADai0AACAAKQMYIAAoAgQiA62Ip0H/AXFGDQBBBw8LIAAgA0EIaiIGNgIEIAUhAyAGIAJJDQALIABBADYCBCAAQgA3AxhBAQtvAQF/QQchAQJAIABBugFqLwAAQdm0AUcNACAAQbQBakEGQQAQjYCAgAAgAEGwAWooAABHDQAgAEGAAWopAwBCAoggADUAtAFSDQAgAEG4AWotAAANAEEBQQcgACgCICAAQbkBai0AAEYbIQELIAELwAIBA38CQAJAAkAgACgCJA0AIABBADoAKCAAQQA2AgBBASECDAELAkAgACgCAEEKRw0AQQAhAwwCC0ECIQMMAQtBASEDCwJAAkADQAJAAkACQAJAIAMOAwABAwMLIAEoAgQiAyABKAIIIgRGDQQgASgCACEFAkADQCAFIANqLQAADQEgASADQQFqIgM2AgQgACAAKAIEQQFqQQNxNgIEIAQgA0YNBgwACwsCQCAAKAIERQ0AQQcPCyAAKAIkRQ0BIABBADoAKCAAQQA2AgBBASEDDAMLIABCADcDGCAAQQA2AgQgAEHIAGpBAEHkABCGgICAABogAEGsAWpBDDYCAAtBAiEDDAELIAAgARCQgICAACIDQQFHDQIgAEEKNgIAQQAhAwwACwsCQCACDQBBAA8LQQdBASAAKAIEGyEDCyADC3UBAX8CQEG4CRCAgICAACICRQ0AIAIgADYCJCACIAAgARCbgICAACIANgKwCQJAIABFDQAgAkEAOgAoIAJCADcDACACQgA3AxggAkHIAGpBAEHkABCGgICAABogAkGsAWpBDDYCACACDwsgAhCCgICAAAtBAAseAAJAIABFDQAgACgCsAkQnYCAgAAgABCCgICAAAsL3RABCn8gAEHo3QFqIQIgAEHUAGohAyAAQRxqIgRBCGohBQJAAkADQCAAKAJAIQYCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgASgCBCIHIAEoAghJDQAgBkEHRg0BDBELIAYOCQECAwQFBgcACQ4LIAAoAkwhBgwHC0EBIQYgASAHQQFqNgIEIAEoAgAgB2otAAAiB0UNCAJAAkAgB0HfAUsNACAHQQFHDQELIABBgAI7AVACQCAAKAI8DQAgACABKAIMIAEoAhAiBmo2AhggACABKAIUIAZrNgIsCyAEQgA3AgAgBUIANwIADAoLIAAtAFBFDQkMDQsgASAHQQFqNgIEIAEoAgAgB2otAAAhByAAQQI2AkAgACAHQQh0IAAoAkhqNgJIDAsLIAEgB0EBajYCBCABKAIAIAdqLQAAIQcgAEEDNgJAIAAgByAAKAJIakEBajYCSAwKCyABIAdBAWo2AgQgASgCACAHai0AACEHIABBBDYCQCAAIAdBCHQ2AkwMCQsgASAHQQFqNgIEIAEoAgAgB2otAAAhByAAIAAoAkQ2AkAgACAHIAAoAkxqQQFqNgJMDAgLIAEgB0EBajYCBEEHIQYgASgCACAHai0AACIHQeABSw0DQQAhCAJAAkAgB0EtTw0AQQAhCQwBCyAHQVNqIgcgB0H/AXFBLW4iCUEtbGshByAJQQFqIQkLIABBfyAJdEF/czYCdAJAIAdB/wFxQQlJDQAgB0F3aiIHIAdB/wFxQQluIghBCWxrIQcgCEEBaiEICyAAIAg2AnAgACAHQf8BcSIHNgJsIAggB2pBBEsNAyADQgA3AgAgA0EIakIANwIAIANBEGpBADYCACAAQX8gCHRBf3M2AnBB+AAhBwNAIAAgB2pBgAg7AQAgB0ECaiIHQeTdAUcNAAsgAEEGNgJAIABBBTYCCCAAQv////8PNwIACyAAKAJMIgpBBUkNBwJAIAAoAggiB0UNACAHQX9qIQYgASgCBCEHIAEoAgghCQNAIAkgB0YNCiABIAdBAWoiCDYCBCABKAIAIAdqLQAAIQcgACAGNgIIIAAgByAAKAIEQQh0cjYCBCAIIQcgBkF/aiIGQX9HDQALCyAAQQc2AkAgACAKQXtqIgY2AkwLIAAgACgCICIHIAEoAhQgASgCEGsiCCAAKAJIIgkgCCAJSRsiCGogACgCLCIJIAkgB2sgCEsbNgIoIAEoAggiCiABKAIEIghrIQcCQAJAAkAgACgC5N0BIgkNACAGDQFBACEGCyACIAlqIAEoAgAgCGpBKiAJayIIIAYgCWsiBiAIIAZJGyIGIAcgBiAHSRsiBxCHgICAABoCQAJAIAAoAuTdASIIIAdqIgYgACgCTEcNACACIAhqIAdqQQBBPyAGaxCGgICAABogACgC5N0BIAdqIQYMAQsCQCAGQRRLDQAgACAGNgLk3QEgASABKAIEIAdqNgIEDAMLIAZBa2ohBgsgAEEANgIQIAAgAjYCDCAAIAY2AhRBByEGIAAQmoCAgABFDQMgACgCECIIIAAoAuTdASIJIAdqSw0DIAAgACgCTCAIayIGNgJMAkAgCCAJTw0AIAAgCSAIayIHNgLk3QEgAiACIAhqIAcQhYCAgAAaDAILIABBADYC5N0BIAEgASgCBCAIIAlraiIINgIEIAEoAggiCiAIayEHCwJAIAdBFUkNACAAIAg2AhAgACABKAIANgIMIAAgCkFraiAIIAZqIAcgBkEVakkbNgIUQQchBiAAEJqAgIAARQ0DIAAoAkwiByAAKAIQIgggASgCBGsiCUkNAyABIAg2AgQgACAHIAlrIgY2AkwgASgCCCAIayIHQRRLDQELIAIgASgCACAIaiAHIAYgByAGSRsiBxCHgICAABogACAHNgLk3QEgASABKAIEIAdqNgIECyAAKAIgIgYgACgCHCIIayEHAkAgACgCPEUNAAJAIAYgACgCLEcNACAAQQA2AiALIAEoAgwgASgCEGogACgCGCAIaiAHEIeAgIAAGiAAKAIgIQYLIAAgBjYCHCABIAEoAhAgB2oiCDYCECAAIAAoAkgiBiAHazYCSAJAIAYgB0cNAEEHIQYgACgCTA0CIAAoAmgNAiAAKAIEDQIgAEEANgJADAQLQQAhBiAIIAEoAhRGDQEgASgCBCABKAIIRw0FIAAoAuTdASAAKAJMTw0FDAELAkADQCAAKAJMIghFDQFBACEGIAEoAggiCSAHTQ0CIAEoAhQiCiABKAIQIgtNDQIgACAIIAkgB2siBiAKIAtrIgkgBiAJSRsiBiAAKAIsIAAoAiAiCWsiCiAGIApJGyIGIAggBiAISRsiBms2AkwgCSAAKAIYaiABKAIAIAdqIAYQhYCAgAAaIAAgACgCICAGaiIHNgIgAkAgACgCJCAHTw0AIAAgBzYCJAsCQCAAKAI8RQ0AAkAgByAAKAIsRw0AIABBADYCIAsgASgCDCABKAIQaiABKAIAIAEoAgRqIAYQhYCAgAAaIAAoAiAhBwsgACAHNgIcIAEgASgCECAGajYCECABIAEoAgQgBmoiBzYCBAwACwsgAEEANgJADAQLIAYPCyAHwEF/Sg0BIABBATYCQCAAIAdBEHRBgID8AHE2AkgCQCAHQcABSQ0AIABBBTYCRCAAQQA6AFEMAwsgAC0AUQ0DIABBBjYCRCAHQaABSQ0CIANCADcCACADQRBqQQA2AgAgA0EIakIANwIAQfgAIQcDQCAAIAdqQYAIOwEAIAdBAmoiB0Hk3QFHDQALCyAAQQU2AgggAEL/////DzcCAAwBCyAHQQJLDQEgAEKDgICAgAE3AkAMAAsLQQcPC0EAC5wYARR/IABBGGohAQJAIABBIGooAgAiAiAAQShqKAIAIgNPDQAgAEHoAGoiBCgCAEUNACABIAQgACgCVBCegICAABogACgCKCEDIAAoAiAhAgsCQCACIANPDQAgAEHYC2ohBSAAQbwNaiEGIABB3A1qIQcgAEHoAGohCCAAQeAVaiEJIABB1ABqIQoDQCAAKAIQIgsgACgCFEsNASAAIAAoAmQiDEEFdGogACgCdCACcSINQQF0aiIOQfgAaiEPAkACQCAAKAIAIgNBgICACEkNACAAKAIEIRAMAQsgACADQQh0IgM2AgAgACALQQFqIgQ2AhAgACAAKAIEQQh0IAAoAgwgC2otAAByIhA2AgQgBCELCwJAAkAgECADQQt2IA8vAQAiEWwiBE8NACAAIAQ2AgAgDyARQYAQIBFrQQV2ajsBACACQX9qIQMCQCACDQAgACgCLCADaiEDCwJAAkAgACgCJCIRDQBBACEDDAELIAEoAgAgA2otAAAhAwsgACAAKAJwIAJxIAAoAmwiD3QgA0EIIA9rdmpBgAxsakHkHWohDgJAAkAgDEEGSw0AQQEhAwNAIA4gA0EBdCIDaiEQAkACQCAAKAIAIgRBgICACEkNACAAKAIEIQwMAQsgACAEQQh0IgQ2AgAgACAAKAIQIg9BAWo2AhAgACAAKAIEQQh0IA8gACgCDGotAAByIgw2AgQLAkACQCAMIARBC3YgEC8BACIRbCIPSQ0AIAAgDCAPazYCBCAEIA9rIQ8gA0EBciEDIBEgEUEFdmshBAwBCyARQYAQIBFrQQV2aiEECyAAIA82AgAgECAEOwEAIANBgAJJDQALIAAoAiAhAgwBCyACIAAoAlQiD0F/c2ohAwJAIAIgD0sNACAAKAIsIANqIQMLAkACQCARDQBBACESDAELIAEoAgAgA2otAAAhEgtBASEDQYACIQ8DQCAOIBJBAXQiEiAPcSITIA9qIANqQQF0aiERAkACQCAEQf///wdNDQAgBCENDAELIAAgBEEIdCINNgIAIAAgC0EBaiIENgIQIAAgEEEIdCAAKAIMIAtqLQAAciIQNgIEIAQhCwsCQAJAIBAgDUELdiARLwEAIgxsIgRPIhQNACAMQYAQIAxrQQV2aiEMDAELIAAgECAEayIQNgIEIA0gBGshBCAMIAxBBXZrIQxBACEPCyAAIAQ2AgAgESAMOwEAIA8gE3MhDyADQQF0IBRyIgNBgAJJDQALCyAAIAJBAWo2AiAgACgCGCACaiADOgAAAkAgACgCJCAAKAIgIgJPDQAgACACNgIkC0EAIQMCQCAAKAJkIgRBBEkNAAJAIARBCUsNACAEQX1qIQMMAQsgBEF6aiEDCyAAIAM2AmQMAQsgACADIARrIgM2AgAgACAQIARrIgQ2AgQgDyARIBFBBXZrOwEAIAAgDEEBdGoiEkH4A2ohDwJAAkAgA0H///8HTQ0AIAshEwwBCyAAIANBCHQiAzYCACAAIAtBAWoiEzYCECAAIARBCHQgACgCDCALai0AAHIiBDYCBAsCQAJAIAQgA0ELdiAPLwEAIhBsIhFJDQAgACADIBFrIgw2AgAgACAEIBFrIgM2AgQgDyAQIBBBBXZrOwEAIBJBkARqIQ8CQAJAIAxB////B00NACATIREMAQsgACAMQQh0Igw2AgAgACATQQFqIhE2AhAgACADQQh0IAAoAgwgE2otAAByIgM2AgQLAkACQCADIAxBC3YgDy8BACIQbCIETw0AIAAgBDYCACAPIBBBgBAgEGtBBXZqOwEAIA5B2ARqIQ8CQCAEQf///wdLDQAgACAEQQh0IgQ2AgAgACARQQFqNgIQIAAgA0EIdCAAKAIMIBFqLQAAciIDNgIECwJAIAMgBEELdiAPLwEAIhBsIhFJDQAgACAEIBFrNgIAIAAgAyARazYCBCAPIBAgEEEFdms7AQAMAgsgACARNgIAIA8gEEGAECAQa0EFdmo7AQAgAEEBNgJoIABBCUELIAAoAmRBB0kbNgJkDAMLIAAgDCAEayIMNgIAIAAgAyAEayIDNgIEIA8gECAQQQV2azsBACASQagEaiEEAkACQCAMQf///wdNDQAgESEODAELIAAgDEEIdCIMNgIAIAAgEUEBaiIONgIQIAAgA0EIdCAAKAIMIBFqLQAAciIDNgIECwJAAkAgAyAMQQt2IAQvAQAiD2wiEE8NACAAIBA2AgAgBCAPQYAQIA9rQQV2ajsBACAAKAJYIQMMAQsgACAMIBBrIhE2AgAgACADIBBrIgM2AgQgBCAPIA9BBXZrOwEAIBJBwARqIQ8CQCARQf///wdLDQAgACARQQh0IhE2AgAgACAOQQFqNgIQIAAgA0EIdCAAKAIMIA5qLQAAciIDNgIECwJAAkAgAyARQQt2IA8vAQAiEGwiBE8NACAQQYAQIBBrQQV2aiEQIAAoAlwhAwwBCyAAIAMgBGs2AgQgACgCYCEDIAAgACgCXDYCYCARIARrIQQgECAQQQV2ayEQCyAAIAQ2AgAgDyAQOwEAIAAgACgCWDYCXAsgACAAKAJUNgJYIAAgAzYCVAsgAEEIQQsgACgCZEEHSRs2AmQgACAJIA0Qn4CAgAAMAQsgACARNgIAIA8gEEGAECAQa0EFdmo7AQAgACAAKAJcNgJgIAAgACkCVDcCWCAAQQdBCiAAKAJkQQdJGzYCZCAAIAcgDRCfgICAACAKIAAoAmgiA0F+akEDIANBBkkbQQd0akGEB2ohDUEBIQMDQCANIANBAXQiA2ohEAJAAkAgACgCACIEQYCAgAhJDQAgACgCBCEMDAELIAAgBEEIdCIENgIAIAAgACgCECIPQQFqNgIQIAAgACgCBEEIdCAPIAAoAgxqLQAAciIMNgIECwJAAkAgDCAEQQt2IBAvAQAiEWwiD0kNACAAIAwgD2s2AgQgBCAPayEPIANBAXIhAyARIBFBBXZrIQQMAQsgEUGAECARa0EFdmohBAsgACAPNgIAIBAgBDsBACADQcAASQ0ACwJAIANBQGoiBEEDSw0AIAAgBDYCVAwBCyAAIANBAXFBAnIiDzYCVCAEQQF2IRACQCAEQQ1LDQAgACAPIBBBf2oiDnQiBDYCVEEBIQ8gBSAEQQF0akHAACADa0EBdGpBfmohEkEAIQwDQCASIA9BAXQiD2ohEAJAAkAgACgCACIDQYCAgAhJDQAgACgCBCENDAELIAAgA0EIdCIDNgIAIAAgACgCECIEQQFqNgIQIAAgACgCBEEIdCAEIAAoAgxqLQAAciINNgIECwJAAkAgDSADQQt2IBAvAQAiEWwiBEkNACAAIA0gBGs2AgQgACAAKAJUQQEgDHRqNgJUIAMgBGshBCAPQQFyIQ8gESARQQV2ayEDDAELIBFBgBAgEWtBBXZqIQMLIAAgBDYCACAQIAM7AQAgDiAMQQFqIgxHDQAMAgsLIBBBe2ohECAAKAIEIQQgACgCACEDA0ACQCADQf///wdLDQAgACADQQh0IgM2AgAgACAAKAIQIhFBAWo2AhAgBEEIdCARIAAoAgxqLQAAciEECyAAIANBAXYiAzYCACAAIAQgA2siBEEfdSIRIA9BAXRqQQFqIg82AlQgACARIANxIARqIgQ2AgQgEEF/aiIQDQALIAAgD0EEdDYCVEEAIQxBASEPA0AgBiAPQQF0Ig9qIRACQAJAIAAoAgAiA0GAgIAISQ0AIAAoAgQhDQwBCyAAIANBCHQiAzYCACAAIAAoAhAiBEEBajYCECAAIAAoAgRBCHQgBCAAKAIMai0AAHIiDTYCBAsCQAJAIA0gA0ELdiAQLwEAIhFsIgRJDQAgACANIARrNgIEIAAgACgCVEEBIAx0ajYCVCADIARrIQQgD0EBciEPIBEgEUEFdmshAwwBCyARQYAQIBFrQQV2aiEDCyAAIAQ2AgAgECADOwEAIAxBAWoiDEEERw0ACwsCQCABIAggACgCVBCegICAAA0AQQAPCyAAKAIgIQILIAIgACgCKEkNAAsLQQEhAwJAIAAoAgAiBEH///8HSw0AIAAgBEEIdDYCAEEBIQMgACAAKAIQIgRBAWo2AhAgACAAKAIEQQh0IAQgACgCDGotAAByNgIECyADC3ABAX8CQEGo3gEQgICAgAAiAkUNACACQTRqIAE2AgAgAkE8aiAANgIAAkACQAJAIABBf2oOAgABAgsgAiABEICAgIAAIgA2AhggAA0BIAIQgoCAgAAMAgsgAkEANgIYIAJBOGpBADYCAAsgAg8LQQAL0gEBAn9BBiECAkAgAUEnSw0AIABBMGogAUEBcUECciABQQF2QQtqdCIBNgIAAkACQCAAQTxqKAIAIgNFDQBBBCECIAEgAEE0aigCAEsNAiAAQSxqIAE2AgAgA0ECRw0AIABBOGoiAygCACABTw0AIAAgATYCOCAAKAIYEIKAgIAAIAAgACgCMBCAgICAACIBNgIYIAENAEEDIQIMAQtBACECIABBADYCQCAAQdAAakEBOgAAIABB6ABqQQA2AgAgAEHk3QFqIQMLIANBADYCAAsgAgsjAAJAIABBPGooAgBFDQAgACgCGBCCgICAAAsgABCCgICAAAvHAQEDf0EAIQMCQCAAKAIMIAJNDQAgACgCGCACTQ0AIAEgASgCACIDIAAoAhAgACgCCCIEayIFIAMgBSADSRsiBWs2AgAgBCACQX9zaiEDAkAgBCACSw0AIAAoAhQgA2ohAwsDQCAAKAIAIgIgA2otAAAhASAAIAAoAggiBEEBajYCCCACIARqIAE6AABBACADQQFqIgMgAyAAKAIURhshAyAFQX9qIgUNAAtBASEDIAAoAgwgACgCCCIFTw0AIAAgBTYCDAsgAwvoBAEGfwJAAkAgACgCACIDQYCAgAhJDQAgACgCBCEEDAELIAAgA0EIdCIDNgIAIAAgACgCECIFQQFqNgIQIAAgACgCBEEIdCAFIAAoAgxqLQAAciIENgIECwJAAkAgBCADQQt2IAEvAQAiBWwiBk8NACAAIAY2AgAgASAFQYAQIAVrQQV2ajsBACABIAJBBHRqQQRqIQdBCCEIQQIhAQwBCyAAIAMgBmsiAzYCACAAIAQgBmsiBDYCBCABIAUgBUEFdms7AQACQCADQf///wdLDQAgACADQQh0IgM2AgAgACAAKAIQIgVBAWo2AhAgACAEQQh0IAUgACgCDGotAAByIgQ2AgQLAkAgBCADQQt2IAEvAQIiBWwiBk8NACAAIAY2AgAgASAFQYAQIAVrQQV2ajsBAiABIAJBBHRqQYQCaiEHQQghCEEKIQEMAQsgACADIAZrNgIAIAAgBCAGazYCBCABIAUgBUEFdms7AQIgAUGEBGohB0GAAiEIQRIhAQsgAEHoAGogATYCAEEBIQEDQCAHIAFBAXQiAWohBAJAAkAgACgCACIDQYCAgAhJDQAgACgCBCECDAELIAAgA0EIdCIDNgIAIAAgACgCECIFQQFqNgIQIAAgACgCBEEIdCAFIAAoAgxqLQAAciICNgIECwJAAkAgAiADQQt2IAQvAQAiBmwiBUkNACAAIAIgBWs2AgQgAyAFayEFIAFBAXIhASAGIAZBBXZrIQMMAQsgBkGAECAGa0EFdmohAwsgACAFNgIAIAQgAzsBACABIAhJDQALIABB6ABqIgAgASAIayAAKAIAajYCAAsLNQEAQYAICy4IAAAAEAAAABgAAAAgAAAAKAAAADAAAABAAAAAUAAAAIAAAAAAAQAA/Td6WFoA";
            }),
            /* 2 */
            /***/
            ((module2) => {
              module2.exports = __WEBPACK_EXTERNAL_MODULE__2__;
            })
            /******/
          ];
          var __webpack_module_cache__ = {};
          function __webpack_require__(moduleId) {
            var cachedModule = __webpack_module_cache__[moduleId];
            if (cachedModule !== void 0) {
              return cachedModule.exports;
            }
            var module2 = __webpack_module_cache__[moduleId] = {
              /******/
              // no module.id needed
              /******/
              // no module.loaded needed
              /******/
              exports: {}
              /******/
            };
            __webpack_modules__[moduleId](module2, module2.exports, __webpack_require__);
            return module2.exports;
          }
          (() => {
            __webpack_require__.d = (exports2, definition) => {
              for (var key in definition) {
                if (__webpack_require__.o(definition, key) && !__webpack_require__.o(exports2, key)) {
                  Object.defineProperty(exports2, key, { enumerable: true, get: definition[key] });
                }
              }
            };
          })();
          (() => {
            __webpack_require__.o = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop);
          })();
          (() => {
            __webpack_require__.r = (exports2) => {
              if (typeof Symbol !== "undefined" && Symbol.toStringTag) {
                Object.defineProperty(exports2, Symbol.toStringTag, { value: "Module" });
              }
              Object.defineProperty(exports2, "__esModule", { value: true });
            };
          })();
          var __webpack_exports__ = {};
          (() => {
            __webpack_require__.r(__webpack_exports__);
            __webpack_require__.d(__webpack_exports__, {
              /* harmony export */
              XzReadableStream: () => (
                /* binding */
                XzReadableStream
              )
              /* harmony export */
            });
            var _dist_native_xz_decompress_wasm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1);
            const ReadableStream = globalThis.ReadableStream || __webpack_require__(2).ReadableStream;
            const XZ_OK = 0;
            const XZ_STREAM_END = 1;
            class XzContext {
              constructor(moduleInstance) {
                this.exports = moduleInstance.exports;
                this.memory = this.exports.memory;
                this.ptr = this.exports.create_context();
                this._refresh();
                this.bufSize = this.mem32[0];
                this.inStart = this.mem32[1] - this.ptr;
                this.inEnd = this.inStart + this.bufSize;
                this.outStart = this.mem32[4] - this.ptr;
              }
              supplyInput(sourceDataUint8Array) {
                this._refresh();
                const inBuffer = this.mem8.subarray(this.inStart, this.inEnd);
                inBuffer.set(sourceDataUint8Array, 0);
                this.exports.supply_input(this.ptr, sourceDataUint8Array.byteLength);
                this._refresh();
              }
              getNextOutput() {
                const result = this.exports.get_next_output(this.ptr);
                this._refresh();
                if (result !== XZ_OK && result !== XZ_STREAM_END) {
                  throw new Error(`get_next_output failed with error code ${result}`);
                }
                const outChunk = this.mem8.slice(this.outStart, this.outStart + /* outPos */
                this.mem32[5]);
                return { outChunk, finished: result === XZ_STREAM_END };
              }
              needsMoreInput() {
                return (
                  /* inPos */
                  this.mem32[2] === /* inSize */
                  this.mem32[3]
                );
              }
              outputBufferIsFull() {
                return (
                  /* outPos */
                  this.mem32[5] === this.bufSize
                );
              }
              resetOutputBuffer() {
                this.outPos = this.mem32[5] = 0;
              }
              dispose() {
                this.exports.destroy_context(this.ptr);
                this.exports = null;
              }
              _refresh() {
                if (this.memory.buffer !== this.mem8?.buffer) {
                  this.mem8 = new Uint8Array(this.memory.buffer, this.ptr);
                  this.mem32 = new Uint32Array(this.memory.buffer, this.ptr);
                }
              }
            }
            class ContextMutex {
              constructor() {
                this.locked = false;
                this.waitQueue = [];
              }
              async acquire() {
                if (!this.locked) {
                  this.locked = true;
                  return;
                }
                return new Promise((resolve3) => {
                  this.waitQueue.push(resolve3);
                });
              }
              release() {
                if (this.waitQueue.length > 0) {
                  const next = this.waitQueue.shift();
                  next();
                } else {
                  this.locked = false;
                }
              }
            }
            class XzReadableStream extends ReadableStream {
              static _moduleInstancePromise;
              static _moduleInstance;
              static _contextMutex = new ContextMutex();
              static async _getModuleInstance() {
                const base64Wasm = _dist_native_xz_decompress_wasm__WEBPACK_IMPORTED_MODULE_0__.replace("data:application/wasm;base64,", "");
                const wasmBytes = Uint8Array.from(atob(base64Wasm), (c) => c.charCodeAt(0)).buffer;
                const wasmOptions = {};
                const module2 = await WebAssembly.instantiate(wasmBytes, wasmOptions);
                XzReadableStream._moduleInstance = module2.instance;
              }
              constructor(compressedStream) {
                let xzContext;
                let unconsumedInput = null;
                const compressedReader = compressedStream.getReader();
                super({
                  async start(controller) {
                    await XzReadableStream._contextMutex.acquire();
                    try {
                      if (!XzReadableStream._moduleInstance) {
                        await (XzReadableStream._moduleInstancePromise || (XzReadableStream._moduleInstancePromise = XzReadableStream._getModuleInstance()));
                      }
                      xzContext = new XzContext(XzReadableStream._moduleInstance);
                    } catch (error) {
                      XzReadableStream._contextMutex.release();
                      throw error;
                    }
                  },
                  async pull(controller) {
                    try {
                      if (xzContext.needsMoreInput()) {
                        if (unconsumedInput === null || unconsumedInput.byteLength === 0) {
                          const { done, value } = await compressedReader.read();
                          if (!done) {
                            unconsumedInput = value;
                          }
                        }
                        const nextInputLength = Math.min(xzContext.bufSize, unconsumedInput.byteLength);
                        xzContext.supplyInput(unconsumedInput.subarray(0, nextInputLength));
                        unconsumedInput = unconsumedInput.subarray(nextInputLength);
                      }
                      const nextOutputResult = xzContext.getNextOutput();
                      controller.enqueue(nextOutputResult.outChunk);
                      xzContext.resetOutputBuffer();
                      if (nextOutputResult.finished) {
                        xzContext.dispose();
                        XzReadableStream._contextMutex.release();
                        controller.close();
                      }
                    } catch (error) {
                      if (xzContext) {
                        xzContext.dispose();
                      }
                      XzReadableStream._contextMutex.release();
                      throw error;
                    }
                  },
                  cancel() {
                    try {
                      if (xzContext) {
                        xzContext.dispose();
                      }
                      return compressedReader.cancel();
                    } finally {
                      XzReadableStream._contextMutex.release();
                    }
                  }
                });
              }
            }
          })();
          return __webpack_exports__;
        })()
      );
    });
  }
});

// src/core/words.ts
var RULES = new Intl.PluralRules("en-US");
var IRREGULAR = {
  entry: "entries",
  directory: "directories",
  was: "were",
  is: "are"
};
function noun(amount, singular, plural2) {
  if (RULES.select(amount) === "one") return singular;
  if (plural2) return plural2;
  const last = singular.split(" ").at(-1);
  const head = singular.slice(0, singular.length - last.length);
  return `${head}${IRREGULAR[last] ?? `${last}s`}`;
}
function count(amount, singular, plural2) {
  return `${amount.toLocaleString("en-US")} ${noun(amount, singular, plural2)}`;
}

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
var calendarDate = external_exports.iso.date();
function isCalendarDate(value) {
  return calendarDate.safeParse(value).success;
}
var entrySchema = external_exports.object({
  /** The name pattern (content hashes and versions normalised, see engine/name-pattern.ts). */
  path: external_exports.string().min(1),
  size: external_exports.number().int().nonnegative(),
  sha256: external_exports.string().regex(/^[0-9a-f]{64}$/, "must be a hex sha256").optional(),
  type: external_exports.enum(["file", "symlink", "hardlink"])
}).strict();
var artifactSchema = external_exports.object({
  identity: external_exports.string().min(1),
  kind: external_exports.enum([
    "directory",
    "npm-package",
    "npm-tarball",
    "tar",
    "zip",
    "7z",
    "gzip",
    "file",
    "git",
    "bucket",
    "xz",
    "zstd",
    "bzip2",
    "ar",
    "cpio",
    "rpm",
    "image"
  ]),
  totalBytes: external_exports.number().int().nonnegative(),
  /**
   * npm artifacts: the package version recorded. `leakgate audit` checks that this version,
   * as the registry serves it, still has exactly these files.
   */
  version: external_exports.string().min(1).optional(),
  /** Git destinations: the ref names the push sends (their targets change with every commit). */
  refs: external_exports.array(external_exports.string()).optional(),
  /** Container images: the layer digests recorded (entries are the final filesystem). */
  layers: external_exports.array(external_exports.string()).optional(),
  /** Where the artifact went when it was recorded: a new place is a finding of its own. */
  destinations: external_exports.array(external_exports.string()).optional(),
  entries: external_exports.array(entrySchema)
}).strict();
var acceptedSchema = external_exports.object({
  /** A finding's fingerprint, as printed in reports. When given, it alone decides the match. */
  fingerprint: external_exports.string().regex(/^[0-9a-f]{32}$/, "must be a fingerprint from a report (32 hex characters)").optional(),
  rule: external_exports.string().min(1).optional(),
  /** A glob over finding paths (same matching as `allow`), tried on the real name and the pattern. */
  path: external_exports.string().min(1).optional(),
  /** A glob over artifact identities (or ids). */
  artifact: external_exports.string().min(1).optional(),
  /** What was accepted, in one line (redacted): the finding's message when it was accepted. */
  summary: external_exports.string().min(1).optional(),
  /** The measure that was reviewed; the acceptance covers nothing worse (see reviewed-scope.ts). */
  scope: external_exports.object({
    bytes: external_exports.number().int().nonnegative().optional(),
    sources: external_exports.number().int().nonnegative().optional(),
    roots: external_exports.array(external_exports.string()).optional()
  }).strict().optional(),
  reason: external_exports.string().trim().min(1, "every accepted finding needs a reason"),
  /** The day it was accepted. */
  acceptedOn: external_exports.iso.date("must be a date (YYYY-MM-DD)").optional(),
  /** The last day the acceptance holds. */
  expires: external_exports.iso.date("must be a date (YYYY-MM-DD)").optional()
}).strict().refine(
  (a) => a.fingerprint !== void 0 || a.rule !== void 0,
  "needs a fingerprint, or a rule (with an optional path glob)"
);
var egressSchema = external_exports.object({
  file: external_exports.string().min(1),
  job: external_exports.string().min(1),
  tool: external_exports.string().min(1),
  destination: external_exports.string()
}).strict();
var baselineSchema = external_exports.object({
  version: external_exports.literal(BASELINE_VERSION),
  artifacts: external_exports.array(artifactSchema),
  accepted: external_exports.array(acceptedSchema),
  egress: external_exports.array(egressSchema).optional()
}).strict();
function emptyBaseline() {
  return { version: BASELINE_VERSION, artifacts: [], accepted: [] };
}
function parseBaseline(text, file) {
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
  return { content: parseBaseline(text, file), text };
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
  const window2 = /^(.+[.-])([A-Za-z0-9_-]{8})$/.exec(stem);
  if (window2 && /[-_]/.test(window2[2]) && test.isHash(window2[2], window2[1])) {
    return `${window2[1]}[hash]${extensions}`;
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
    changed.sort((a, b) => compare2(a.path, b.path));
    return {
      added: second.added.map((entry) => ({ path: entry.path, pattern: entry.pattern, size: entry.size })).sort((a, b) => compare2(a.path, b.path)),
      removed: second.removed.map((entry) => ({ pattern: entry.path, size: entry.size })).sort((a, b) => compare2(a.pattern, b.pattern) || a.size - b.size),
      changed,
      grown: changed.filter((file) => file.sizeAfter > file.sizeBefore).sort((a, b) => b.sizeAfter - b.sizeBefore - (a.sizeAfter - a.sizeBefore) || compare2(a.path, b.path)),
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
    unmatched.sort((a, b) => b.size - a.size || compare2(a.path, b.path));
    old.sort((a, b) => b.size - a.size || compare2(a.sha256, b.sha256));
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
    const list2 = map.get(k);
    if (list2) list2.push(item);
    else map.set(k, [item]);
  }
  return map;
}
function compare2(a = "", b = "") {
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

// src/sources/directory-reader.ts
import { createReadStream } from "node:fs";
import { lstat, readdir, readlink } from "node:fs/promises";
import { join } from "node:path";
var READ_CHUNK = 256 * 1024;
async function* readDirectory(root) {
  yield* readFiles(root, await listTree(root));
}
async function listTree(root) {
  const found = [];
  const pending = [""];
  for (let dir = pending.pop(); dir !== void 0; dir = pending.pop()) {
    for (const entry of await readdir(join(root, dir), { withFileTypes: true })) {
      const relative2 = dir === "" ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) pending.push(relative2);
      else found.push(relative2);
    }
  }
  return found.sort();
}
async function* readFiles(root, paths, prefix = "") {
  for (const relative2 of paths) {
    const absolute = join(root, relative2);
    const stats = await lstat(absolute);
    const name = prefix + relative2;
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
        content: () => createReadStream(absolute, { highWaterMark: READ_CHUNK })
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
async function npmPackFileList(root) {
  const { default: Arborist } = await import("./lib-L37IVLH7.js");
  const { default: packlist } = await import("./lib-NRXEG5MP.js");
  const arborist = new Arborist({ path: root });
  const tree = await arborist.loadActual();
  const files = await packlist(tree);
  return files.map((file) => file.replace(/\\/g, "/")).sort();
}
async function* readNpmPackage(root) {
  yield* readFiles(root, await npmPackFileList(root), "package/");
}

// src/sources/git/git-command.ts
import { execFile } from "node:child_process";
var GIT_ENV = { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_NO_REPLACE_OBJECTS: "1" };
function git(context, args, options = {}) {
  return new Promise((resolve3, reject) => {
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
        if (!error) return resolve3(stdout);
        if (options.allowFailure && typeof error.code === "number" && error.code === 1)
          return resolve3(void 0);
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
var import_fast_glob2 = __toESM(require_out4(), 1);
import { stat } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";

// src/sources/destination.ts
import { readFile as readFile2 } from "node:fs/promises";
import { join as join2 } from "node:path";
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
    text = await readFile2(join2(cwd, ".npmrc"), "utf8");
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
var import_fast_glob = __toESM(require_out4(), 1);
var import_yaml = __toESM(require_dist(), 1);
import { readFile as readFile3 } from "node:fs/promises";
import { join as join3 } from "node:path";
async function readJson(path) {
  try {
    return JSON.parse(await readFile3(path, "utf8"));
  } catch {
    return void 0;
  }
}
async function patternsOf(root, manifest) {
  try {
    const pnpm = (0, import_yaml.parse)(await readFile3(join3(root, "pnpm-workspace.yaml"), "utf8"));
    if (Array.isArray(pnpm?.packages)) return pnpm.packages.map(String);
  } catch {
  }
  const declared = Array.isArray(manifest.workspaces) ? manifest.workspaces : manifest.workspaces?.packages;
  return Array.isArray(declared) ? declared.map(String) : void 0;
}
async function readWorkspace(root) {
  const manifest = await readJson(join3(root, "package.json"));
  if (!manifest) return void 0;
  const patterns = await patternsOf(root, manifest);
  if (!patterns || patterns.length === 0) return void 0;
  const include = patterns.filter((p) => !p.startsWith("!")).map((p) => p.replace(/\/+$/, ""));
  const exclude = patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
  const dirs = (await (0, import_fast_glob.default)(include, {
    cwd: root,
    onlyDirectories: true,
    ignore: ["**/node_modules/**", ...exclude],
    dot: false
  })).sort();
  const members = [];
  const skipped = [];
  for (const dir of dirs) {
    const member = await readJson(join3(root, dir, "package.json"));
    if (!member) continue;
    if (member.private === true) skipped.push({ dir, ...member.name ? { name: member.name } : {} });
    else members.push(dir);
  }
  return { members, skipped, rootPublished: manifest.private !== true };
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
    const paths = import_fast_glob2.default.isDynamicPattern(rest) ? await expandGlob(rest, cwd, spec) : [rest];
    const workspace = npm && paths.length === 1 ? await readWorkspace(resolve(cwd, paths[0])) : void 0;
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
      for (const member of members)
        resolved.push({ ...await describe(member, cwd, true, void 0), ...to });
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
async function expandGlob(pattern, cwd, spec) {
  const matches = await (0, import_fast_glob2.default)(pattern, { cwd, dot: true, onlyFiles: false, followSymbolicLinks: false });
  if (matches.length === 0) throw new UserError("usage", `no artifact matches "${spec}" (looked in ${cwd})`);
  return matches.sort();
}
async function describe(path, cwd, npm, name) {
  const absolutePath2 = resolve(cwd, path);
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
  const inside = relative(cwd, absolutePath2);
  const shown = inside === "" ? "." : inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside) ? absolutePath2 : inside;
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
import { createReadStream as createReadStream3 } from "node:fs";
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
import { resolve as resolve2 } from "node:path";
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
  if (!remote && !looksLikeUrl(destination) && !existsSync(resolve2(context.cwd, destination))) {
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
import { dirname, join as join4 } from "node:path";
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
  for (let at = dir; ; at = dirname(at)) {
    const field = await packageManagerField(at);
    if (field)
      return {
        manager: field.manager,
        wanted: field.value,
        reason: `packageManager: ${field.value}${at === dir ? "" : ` in ${at}`}`
      };
    if (existsSync2(join4(at, "pnpm-workspace.yaml")))
      return { manager: "pnpm", reason: `pnpm-workspace.yaml in ${at}` };
    for (const [file, manager] of LOCKFILES) {
      if (existsSync2(join4(at, file))) return { manager, reason: `${file} in ${at}` };
    }
    if (existsSync2(join4(at, ".git")) || dirname(at) === at) break;
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
  const installed = await new Promise((resolve3) => {
    execFile2(
      manager,
      ["--version"],
      { cwd: dir, env: MANAGER_ENV, timeout: 6e4 },
      (error, stdout) => resolve3(error ? void 0 : stdout.trim())
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
  const args = manager === "pnpm" ? ["pack", "--pack-destination", into] : ["pack", "--out", join4(into, "package.tgz")];
  await new Promise((resolve3, reject) => {
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
        if (!error) return resolve3();
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
  return join4(into, tarball);
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
        if (length <= MAX_JSON_BYTES) chunks.push(chunk);
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
    const list2 = byLayer.get(layer);
    if (list2) list2.push(entry);
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
    this.kept.push(finding);
  }
  /** The findings kept, then one finding per file or rule that overflowed, saying how many were left out. */
  findings() {
    const summaries = [...this.omitted.values()].map(
      ({ ruleId, path, count: count3, severity }) => ({
        ruleId,
        severity,
        path,
        message: path ? `… and ${count3.toLocaleString("en-US")} more ${ruleId} findings in this file, not listed (at most ${MAX_FINDINGS_PER_FILE} per file are).` : `… and ${count3.toLocaleString("en-US")} more ${ruleId} findings in this artifact, not listed (at most ${MAX_FINDINGS_PER_RULE} per rule are).`,
        fix: "Fix the findings listed first: the ones left out are of the same kind. A flood of findings usually has one cause.",
        details: { omitted: count3 },
        // The count is part of what was reviewed: more of them is a different finding.
        evidence: `omitted ${count3} ${severity}`
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
        `more than ${this.limits.maxEntries.toLocaleString("en-US")} entries (limits.maxEntries)`
      );
    }
  }
  countBytes(count3, path) {
    this.bytes += count3;
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
import { createReadStream as createReadStream2 } from "node:fs";
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
var import_xz_decompress = __toESM(require_xz_decompress(), 1);
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
      return Readable.from(decodeBzip2(compressed.pipe(new PassThrough({ highWaterMark: CHUNK })), onOutput));
    case "xz":
      return Readable.fromWeb(
        new import_xz_decompress.default.XzReadableStream(
          Readable.toWeb(compressed)
        )
      );
  }
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
    let window2;
    if (!single) {
      const byte = data[5];
      const base = 2 ** (10 + (byte >> 3));
      window2 = base + base / 8 * (byte & 7);
    } else {
      const at = 5 + dictionaryBytes;
      window2 = contentSizeBytes === 1 ? data[at] : contentSizeBytes === 2 ? data.readUInt16LE(at) + 256 : contentSizeBytes === 4 ? data.readUInt32LE(at) : Number(data.readBigUInt64LE(at));
    }
    if (window2 > MAX_ZSTD_WINDOW) {
      throw new Error(
        `zstd frame asks for a ${Math.round(window2 / 1024 / 1024)} MiB window, over the 128 MiB any decoder here accepts`
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
import { join as join5 } from "node:path";
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
    spill.path = join5(spill.dir, `nested.${format}`);
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
var FILE_READ_CHUNK = 256 * 1024;
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
          `${error.message}, more than limits.maxEntries (${maxEntries.toLocaleString("en-US")})`
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
      message: `An entry name is ${nameBytes.toLocaleString("en-US")} bytes long, more than any file system allows (${MAX_NAME_BYTES}): no honest archive holds one, and tools that meet it fail or truncate it.`,
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
      size: -1,
      mode: 420,
      content: () => createReadStream2(path, { highWaterMark: FILE_READ_CHUNK }),
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
    const head = Buffer.concat(headChunks).subarray(0, SNIFF_BYTES);
    const format = raw.sealed ? void 0 : detectFormat(head, entry.innerPath);
    if (format && beforeZip) this.reportAmbiguous(entry, `a ${format} archive with a zip after it`);
    const nested = format ? this.nestedSink(format, entry, head) : void 0;
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
      if (nested) await nested.write(chunk);
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
        `a 7z archive behind ${seeker.foundAt.toLocaleString("en-US")} bytes of other data (a self-extracting archive), which was not opened`,
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
  return { head: Buffer.concat(chunks), stream: Readable2.from(replay(), { objectMode: false }) };
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
  bytes() {
    const all = Buffer.concat(this.chunks);
    return all.subarray(Math.max(0, all.length - this.limit));
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
var FILE_READ_CHUNK2 = 256 * 1024;
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
        spec.npm ? readNpmPackage(spec.absolutePath) : readDirectory(spec.absolutePath),
        context
      );
    } else if (format && formatInfo(format).kind === "random-access") {
      await walker.walkContainer(format, { file: { path: spec.absolutePath } }, context);
    } else if (format && !isOpaqueFormat(format)) {
      const stream = createReadStream3(spec.absolutePath, { highWaterMark: FILE_READ_CHUNK2 });
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
    const stream = createReadStream3(tarball, { highWaterMark: FILE_READ_CHUNK2 });
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
  if (error instanceof SevenZipUnsupported || error instanceof LzmaUnsupported)
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
    if (this.length <= PACKAGE_JSON_LIMIT) this.chunks.push(chunk);
  }
  onEnd() {
    this.seen = true;
  }
  parse() {
    if (!this.seen || this.length > PACKAGE_JSON_LIMIT) return void 0;
    try {
      return summarisePackageJson(
        JSON.parse(Buffer.concat(this.chunks).toString("utf8"))
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
function compile(pattern) {
  const options = { dot: true, nocase: true };
  const include = (0, import_picomatch6.default)(pattern.globs, options);
  const exclude = pattern.except ? (0, import_picomatch6.default)(pattern.except, options) : NEVER;
  const keep = pattern.keep ? (0, import_picomatch6.default)(pattern.keep, options) : NEVER;
  return { pattern, matches: (path) => include(path) && (!exclude(path) || keep(path)) };
}
var COMPILED = INTERNAL_PATH_PATTERNS.map(compile);
function catalogueForm(path) {
  const inner = path.slice(path.lastIndexOf("!") + 1);
  return inner.startsWith("package/") ? inner.slice("package/".length) : inner;
}
function matchCatalogue(path) {
  const form = catalogueForm(path);
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
    if (this.length <= 256 * 1024) this.chunks.push(chunk);
  }
  onEnd() {
  }
  /** `main`, `module`, `bin` and every string in `exports`, as paths relative to the package. */
  entryPoints() {
    if (this.length > 256 * 1024) return [];
    try {
      const pkg = JSON.parse(Buffer.concat(this.chunks).toString("utf8"));
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
  for (const [prefix, { count: count3, examples, built, underPackage }] of tally.levels) {
    if (count3 === 0) continue;
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
      message: `${count3.toLocaleString("en-US")} original TypeScript ${count3 === 1 ? "source under `src/` ships" : "sources under `src/` ship"} next to the built JavaScript${where}; consumers only need the build.`,
      fix: "Narrow `files` in package.json to the build output (e.g. `dist`), or add `src/` to `.npmignore`.",
      details: { pattern: "sources-next-to-build", count: count3, examples },
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

// src/rules/source-map/json-scanner.ts
import { isAscii } from "node:buffer";
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
        if (this.counting) this.units += utf16Units(chunk, start, quote);
        text = decodeJsonString(chunk, start, quote);
      } else this.take(chunk, start, quote);
      this.inString = false;
      this.endString(text);
      return quote + 1;
    }
  }
  take(chunk, from, to) {
    if (this.counting) this.units += utf16Units(chunk, from, to);
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
function utf16Units(chunk, from, to) {
  if (to <= from) return 0;
  if (isAscii(chunk.subarray(from, to))) return to - from;
  let units = 0;
  for (let k = from; k < to; k++) {
    const b = chunk[k];
    if ((b & 192) !== 128) units += b >= 240 ? 2 : 1;
  }
  return units;
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
      if (this.found.urls.length < MAX_PER_FILE) this.found.urls.push(state.text);
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
  return [...counts].map(([root, count3]) => ({ root, count: count3 })).sort((a, b) => b.count - a.count || (a.root < b.root ? -1 : a.root > b.root ? 1 : 0)).slice(0, limit);
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
  const { entry, summary, inline: inline2, ordinal } = record;
  const name = inline2 ? `The inline source map in ${basename2(entry.innerPath)}` : basename2(entry.innerPath);
  const evidence = (kind2) => ordinal > 0 ? `${kind2}#${ordinal}` : kind2;
  if (summary.malformed) {
    report({
      ruleId: RULE_ID,
      severity: "warning",
      path: entry.path,
      message: `${name} could not be read as a source map (${summary.malformed}), so what it reveals was not checked.`,
      fix: "Check the build that wrote it, or leave the map out of the release.",
      details: { malformed: summary.malformed, mapBytes: summary.bytes, inline: inline2 },
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
    inline: inline2
  };
  if (j.unresolvedEmbedded > 0) details.unresolvedEmbedded = j.unresolvedEmbedded;
  if (j.ownEmbedded.length > 0 || j.unresolvedEmbedded > 0) {
    const roots = [rootList(j.embeddedNotShipped)];
    if (j.unresolvedEmbedded > 0) roots.push(`${count2(j.unresolvedEmbedded)} more not resolved`);
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
  return `names ${plural(summary.sourceCount, "source")} (${count2(notShipped)} not shipped) without embedding their content`;
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
    message: `${basename2(entry.innerPath)} holds ${count2(found.inlineMaps.length + maps)} inline source maps and ${count2(found.urls.length + found.omittedUrls)} sourceMappingURL comments; only the first ${MAX_PER_FILE} of each were judged.`,
    fix: "No build writes this many source-map comments into one file: find out what generated it, and strip them from released files.",
    details: { inlineMaps: found.inlineMaps.length + maps, urls: found.urls.length + found.omittedUrls },
    evidence: `flood ${maps} ${found.omittedUrls}`
  });
}
function rootList(list2) {
  return topRoots(list2, 3).map(({ root, count: n }) => `${describeRoot(root)} ${count2(n)}`).join(", ");
}
function count2(n) {
  return n.toLocaleString("en-US");
}
function plural(n, noun2) {
  return `${count2(n)} ${noun2}${n === 1 ? "" : "s"}`;
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
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compare3(a.artifact, b.artifact) || // Findings about a file before findings about the whole artifact: they say what to fix.
    Number(a.path === "") - Number(b.path === "") || compare3(a.path, b.path) || compare3(a.ruleId, b.ruleId) || compare3(a.fingerprint, b.fingerprint)
  );
}
function compare3(a, b) {
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
  const count3 = (severity) => findings.filter((finding) => finding.severity === severity).length;
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
      errors: count3("error"),
      warnings: count3("warning"),
      notes: count3("note"),
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
  noun,
  count,
  fingerprint,
  formatBytes,
  shellWord,
  require_out4 as require_out,
  parseRemoteUrl,
  splitDestination,
  specText,
  emptyBaseline,
  readBaseline,
  readBaselineText,
  BaselineNotFound,
  serialiseBaseline,
  acceptFindings,
  recordBaseline,
  checkBaseline,
  git,
  remoteStatePlan,
  localPackageSources,
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
