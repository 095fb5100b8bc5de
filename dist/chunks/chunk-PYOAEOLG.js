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
} from "./chunk-UF64ZNGB.js";
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
    var chars2 = { "{": "}", "(": ")", "[": "]" };
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
          var open3 = str[index + 1];
          index += 2;
          var close = chars2[open3];
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
          var open3 = str[index + 1];
          index += 2;
          var close = chars2[open3];
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
    module.exports = function isGlob(str, options2) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      if (isExtglob(str)) {
        return true;
      }
      var check = strictCheck;
      if (options2 && options2.strict === false) {
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
      var options2 = Object.assign({ flipBackslashes: true }, opts);
      if (options2.flipBackslashes && isWin32 && str.indexOf(slash) < 0) {
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
    module.exports = (ast, options2 = {}) => {
      const stringify = (node, parent = {}) => {
        const invalidBlock = options2.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options2.escapeInvalid === true;
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
    var toRegexRange = (min, max, options2) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options2 };
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
    function collatePatterns(neg, pos, options2) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options2) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options2) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options2) || [];
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
    function rangeToPattern(start, stop, options2) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits2 = zipped.length;
      let pattern = "";
      let count3 = 0;
      for (let i = 0; i < digits2; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options2);
        } else {
          count3++;
        }
      }
      if (count3) {
        pattern += options2.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count3], digits: digits2 };
    }
    function splitToPatterns(min, max, tok, options2) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj = rangeToPattern(String(start), String(max2), options2);
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
          zeros = padZeros(max2, tok, options2);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options2) {
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
    function toQuantifier(digits2) {
      let [start = 0, stop = ""] = digits2;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b, options2) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str) {
      return /^-?(0+)\d/.test(str);
    }
    function padZeros(value, tok, options2) {
      if (!tok.isPadded) {
        return value;
      }
      let diff = Math.abs(tok.maxLen - String(value).length);
      let relax = options2.relaxZeros !== false;
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
    var stringify = (start, end, options2) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options2.stringify === true;
    };
    var pad2 = (input, maxLength, toNumber) => {
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
    var toSequence = (parts, options2, maxLen) => {
      parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options2.capture ? "" : "?:";
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
      if (options2.wrap) {
        return `(${prefix}${result})`;
      }
      return result;
    };
    var toRange = (a, b, isNumbers, options2) => {
      if (isNumbers) {
        return toRegexRange(a, b, { wrap: false, ...options2 });
      }
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options2) => {
      if (Array.isArray(start)) {
        let wrap = options2.wrap === true;
        let prefix = options2.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options2);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options2) => {
      if (options2.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options2) => {
      if (options2.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options2 = {}) => {
      let a = Number(start);
      let b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options2.strictRanges === true) throw rangeError([start, end]);
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
      let toNumber = padded === false && stringify(start, end, options2) === false;
      let format = options2.transform || transform(toNumber);
      if (options2.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options2);
      }
      let parts = { negatives: [], positives: [] };
      let push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
      let range2 = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        if (options2.toRegex === true && step > 1) {
          push(a);
        } else {
          range2.push(pad2(format(a, index), maxLen, toNumber));
        }
        a = descending ? a - step : a + step;
        index++;
      }
      if (options2.toRegex === true) {
        return step > 1 ? toSequence(parts, options2, maxLen) : toRegex(range2, null, { wrap: false, ...options2 });
      }
      return range2;
    };
    var fillLetters = (start, end, step = 1, options2 = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
        return invalidRange(start, end, options2);
      }
      let format = options2.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b = `${end}`.charCodeAt(0);
      let descending = a > b;
      let min = Math.min(a, b);
      let max = Math.max(a, b);
      if (options2.toRegex && step === 1) {
        return toRange(min, max, false, options2);
      }
      let range2 = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        range2.push(format(a, index));
        a = descending ? a - step : a + step;
        index++;
      }
      if (options2.toRegex === true) {
        return toRegex(range2, null, { wrap: false, options: options2 });
      }
      return range2;
    };
    var fill2 = (start, end, step, options2 = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options2);
      }
      if (typeof step === "function") {
        return fill2(start, end, 1, { transform: step });
      }
      if (isObject2(step)) {
        return fill2(start, end, 0, step);
      }
      let opts = { ...options2 };
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
    var compile3 = (ast, options2 = {}) => {
      const walk = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options2.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options2.escapeInvalid === true ? "\\" : "";
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
          const range2 = fill2(...args, { ...options2, wrap: false, toRegex: true, strictZeros: true });
          if (range2.length !== 0) {
            return args.length > 1 && range2.length > 1 ? `(${range2})` : range2;
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
    module.exports = compile3;
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
    var expand = (ast, options2 = {}) => {
      const rangeLimit = options2.rangeLimit === void 0 ? 1e3 : options2.rangeLimit;
      const walk = (node, parent = {}) => {
        node.queue = [];
        let p = parent;
        let q = parent.queue;
        while (p.type !== "brace" && p.type !== "root" && p.parent) {
          p = p.parent;
          q = p.queue;
        }
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify(node, options2)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options2.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range2 = fill2(...args, options2);
          if (range2.length === 0) {
            range2 = stringify(node, options2);
          }
          q.push(append(q.pop(), range2));
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
    var parse2 = (input, options2 = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options2 || {};
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
          push({ type: "text", value: (options2.keepEscaping ? value : "") + advance() });
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
          const open3 = value;
          let next;
          if (options2.keepQuotes !== true) {
            value = "";
          }
          while (index < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance();
              continue;
            }
            if (next === open3) {
              if (options2.keepQuotes === true) value += next;
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
            const open3 = block.nodes.shift();
            block.nodes = [open3, { type: "text", value: stringify(block) }];
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
    var compile3 = require_compile();
    var expand = require_expand();
    var parse2 = require_parse();
    var braces = (input, options2 = {}) => {
      let output = [];
      if (Array.isArray(input)) {
        for (const pattern of input) {
          const result = braces.create(pattern, options2);
          if (Array.isArray(result)) {
            output.push(...result);
          } else {
            output.push(result);
          }
        }
      } else {
        output = [].concat(braces.create(input, options2));
      }
      if (options2 && options2.expand === true && options2.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input, options2 = {}) => parse2(input, options2);
    braces.stringify = (input, options2 = {}) => {
      if (typeof input === "string") {
        return stringify(braces.parse(input, options2), options2);
      }
      return stringify(input, options2);
    };
    braces.compile = (input, options2 = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options2);
      }
      return compile3(input, options2);
    };
    braces.expand = (input, options2 = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options2);
      }
      let result = expand(input, options2);
      if (options2.noempty === true) {
        result = result.filter(Boolean);
      }
      if (options2.nodupes === true) {
        result = [...new Set(result)];
      }
      return result;
    };
    braces.create = (input, options2 = {}) => {
      if (input === "" || input.length < 3) {
        return [input];
      }
      return options2.expand !== true ? braces.compile(input, options2) : braces.expand(input, options2);
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
      extglobChars(chars2) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars2.STAR})` },
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
    exports.isWindows = (options2) => {
      if (options2 && typeof options2.windows === "boolean") {
        return options2.windows;
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
    exports.wrapOutput = (input, state = {}, options2 = {}) => {
      const prepend = options2.contains ? "" : "^";
      const append = options2.contains ? "" : "$";
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
    var depth = (token2) => {
      if (token2.isPrefix !== true) {
        token2.depth = token2.isGlobstar ? Infinity : 1;
      }
    };
    var scan2 = (input, options2) => {
      const opts = options2 || {};
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
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token2 = { value: "", depth: 0, isGlob: false };
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
          backslashes = token2.backslashes = true;
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
              backslashes = token2.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token2.isBrace = true;
              isGlob = token2.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token2.isBrace = true;
              isGlob = token2.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token2.isBrace = true;
                finished = true;
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
          tokens.push(token2);
          token2 = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
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
            isGlob = token2.isGlob = true;
            isExtglob = token2.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token2.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token2.isGlob = true;
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token2.isGlobstar = true;
          isGlob = token2.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token2.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token2.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token2.isBracket = true;
              isGlob = token2.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token2.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token2.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token2.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
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
          tokens.push(token2);
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
    var expandRange = (args, options2) => {
      if (typeof options2.expandRange === "function") {
        return options2.expandRange(...args, options2);
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
      const chars2 = [];
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
        chars2.push(branch);
        index += match.end + 1;
      }
      if (chars2.length < 1) {
        return;
      }
      const source = chars2.length === 1 ? utils.escapeRegex(chars2[0]) : `[${chars2.map((ch) => utils.escapeRegex(ch)).join("")}]`;
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
    var analyzeRepeatedExtglob = (body, options2) => {
      if (options2.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options2.maxExtglobRecursion === "number" ? options2.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
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
    var parse2 = (input, options2) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options2 };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const win32 = utils.isWindows(options2);
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
      const append = (token2) => {
        state.output += token2.output != null ? token2.output : token2.value;
        consume(token2.value);
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
        const token2 = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token2.prev = prev;
        token2.parens = state.parens;
        token2.output = state.output;
        token2.startIndex = state.index;
        token2.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token2.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token2);
      };
      const extglobClose = (token2) => {
        const literal = input.slice(token2.startIndex, state.index + 1);
        const body = input.slice(token2.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token2.type === "plus" || token2.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token2.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open3 = tokens[token2.tokensIndex];
          open3.type = "text";
          open3.value = literal;
          open3.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token2.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token2.output + open3.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token2.close + (opts.capture ? ")" : "");
        let rest;
        if (token2.type === "negate") {
          let extglobStar = star;
          if (token2.inner && token2.inner.length > 1 && token2.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token2.close = `)$))${extglobStar}`;
          }
          if (token2.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options2, fastpaths: false }).output;
            output = token2.close = `)${expression})${extglobStar})`;
          }
          if (token2.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars2, first, rest, index) => {
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
            return QMARK.repeat(chars2.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars2.length);
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
        state.output = utils.wrapOutput(output, state, options2);
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
          const open3 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open3);
          push(open3);
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
            const range2 = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range2.unshift(arr[i].value);
              }
            }
            output = expandRange(range2, opts);
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
        const token2 = { type: "star", value, output: star };
        if (opts.bash === true) {
          token2.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token2.output = nodot + token2.output;
          }
          push(token2);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token2.output = value;
          push(token2);
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
        push(token2);
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
        for (const token2 of state.tokens) {
          state.output += token2.output != null ? token2.output : token2.value;
          if (token2.suffix) {
            state.output += token2.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options2) => {
      const opts = { ...options2 };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const win32 = utils.isWindows(options2);
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
    var picomatch8 = (glob, options2, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch8(input, options2, returnState));
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
      const opts = options2 || {};
      const posix4 = utils.isWindows(options2);
      const regex = isState ? picomatch8.compileRe(glob, options2) : picomatch8.makeRe(glob, options2, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options2, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch8(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch8.test(input, regex, options2, { glob, posix: posix4 });
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
    picomatch8.test = (input, regex, options2, { glob, posix: posix4 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options2 || {};
      const format = opts.format || (posix4 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch8.matchBase(input, regex, options2, posix4);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch8.matchBase = (input, glob, options2, posix4 = utils.isWindows(options2)) => {
      const regex = glob instanceof RegExp ? glob : picomatch8.makeRe(glob, options2);
      return regex.test(path.basename(input));
    };
    picomatch8.isMatch = (str, patterns, options2) => picomatch8(patterns, options2)(str);
    picomatch8.parse = (pattern, options2) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch8.parse(p, options2));
      return parse2(pattern, { ...options2, fastpaths: false });
    };
    picomatch8.scan = (input, options2) => scan2(input, options2);
    picomatch8.compileRe = (state, options2, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options2 || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch8.toRegex(source, options2);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch8.makeRe = (input, options2 = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options2.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options2);
      }
      if (!parsed.output) {
        parsed = parse2(input, options2);
      }
      return picomatch8.compileRe(parsed, options2, returnOutput, returnState);
    };
    picomatch8.toRegex = (source, options2) => {
      try {
        const opts = options2 || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err2) {
        if (options2 && options2.debug === true) throw err2;
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
    var micromatch = (list2, patterns, options2) => {
      patterns = [].concat(patterns);
      list2 = [].concat(list2);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options2 && options2.onResult) {
          options2.onResult(state);
        }
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch8(String(patterns[i]), { ...options2, onResult }, true);
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
      if (options2 && matches.length === 0) {
        if (options2.failglob === true) {
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        }
        if (options2.nonull === true || options2.nullglob === true) {
          return options2.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
        }
      }
      return matches;
    };
    micromatch.match = micromatch;
    micromatch.matcher = (pattern, options2) => picomatch8(pattern, options2);
    micromatch.isMatch = (str, patterns, options2) => picomatch8(patterns, options2)(str);
    micromatch.any = micromatch.isMatch;
    micromatch.not = (list2, patterns, options2 = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options2.onResult) options2.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch(list2, patterns, { ...options2, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch.contains = (str, pattern, options2) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch.contains(str, p, options2));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str) || isEmptyString(pattern)) {
          return false;
        }
        if (str.includes(pattern) || str.startsWith("./") && str.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch.isMatch(str, pattern, { ...options2, contains: true });
    };
    micromatch.matchKeys = (obj, patterns, options2) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch(Object.keys(obj), patterns, options2);
      let res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch.some = (list2, patterns, options2) => {
      let items = [].concat(list2);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch8(String(pattern), options2);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch.every = (list2, patterns, options2) => {
      let items = [].concat(list2);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch8(String(pattern), options2);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch.all = (str, patterns, options2) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      return [].concat(patterns).every((p) => picomatch8(p, options2)(str));
    };
    micromatch.capture = (glob, input, options2) => {
      let posix4 = utils.isWindows(options2);
      let regex = picomatch8.makeRe(String(glob), { ...options2, capture: true });
      let match = regex.exec(posix4 ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch.makeRe = (...args) => picomatch8.makeRe(...args);
    micromatch.scan = (...args) => picomatch8.scan(...args);
    micromatch.parse = (patterns, options2) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str of braces(String(pattern), options2)) {
          res.push(picomatch8.parse(str, options2));
        }
      }
      return res;
    };
    micromatch.braces = (pattern, options2) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options2 && options2.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options2);
    };
    micromatch.braceExpand = (pattern, options2) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch.braces(pattern, { ...options2, expand: true });
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
    function isStaticPattern(pattern, options2 = {}) {
      return !isDynamicPattern(pattern, options2);
    }
    exports.isStaticPattern = isStaticPattern;
    function isDynamicPattern(pattern, options2 = {}) {
      if (pattern === "") {
        return false;
      }
      if (options2.caseSensitiveMatch === false || pattern.includes(ESCAPE_SYMBOL)) {
        return true;
      }
      if (COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options2.extglob !== false && GLOB_EXTENSION_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options2.braceExpansion !== false && hasBraceExpansion(pattern)) {
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
    function getPatternParts(pattern, options2) {
      let { parts } = micromatch.scan(pattern, Object.assign(Object.assign({}, options2), { parts: true }));
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
    function makeRe(pattern, options2) {
      return micromatch.makeRe(pattern, options2);
    }
    exports.makeRe = makeRe;
    function convertPatternsToRe(patterns, options2) {
      return patterns.map((pattern) => makeRe(pattern, options2));
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
    var PassThrough4 = Stream.PassThrough;
    var slice = Array.prototype.slice;
    module.exports = merge2;
    function merge2() {
      const streamsQueue = [];
      const args = slice.call(arguments);
      let merging = false;
      let options2 = args[args.length - 1];
      if (options2 && !Array.isArray(options2) && options2.pipe == null) {
        args.pop();
      } else {
        options2 = {};
      }
      const doEnd = options2.end !== false;
      const doPipeError = options2.pipeError === true;
      if (options2.objectMode == null) {
        options2.objectMode = true;
      }
      if (options2.highWaterMark == null) {
        options2.highWaterMark = 64 * 1024;
      }
      const mergedStream = PassThrough4(options2);
      function addStream() {
        for (let i = 0, len = arguments.length; i < len; i++) {
          streamsQueue.push(pauseStreams(arguments[i], options2));
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
    function pauseStreams(streams, options2) {
      if (!Array.isArray(streams)) {
        if (!streams._readableState && streams.pipe) {
          streams = streams.pipe(PassThrough4(options2));
        }
        if (!streams._readableState || !streams.pause || !streams.pipe) {
          throw new Error("Only readable stream can be merged.");
        }
        streams.pause();
      } else {
        for (let i = 0, len = streams.length; i < len; i++) {
          streams[i] = pauseStreams(streams[i], options2);
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
      dynamic(root, options2) {
        return this._walkStream(root, options2);
      }
      static(patterns, options2) {
        const filepaths = patterns.map(this._getFullEntryPath, this);
        const stream = new stream_1.PassThrough({ objectMode: true });
        stream._write = (index, _enc, done) => {
          return this._getEntry(filepaths[index], patterns[index], options2).then((entry) => {
            if (entry !== null && options2.entryFilter(entry)) {
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
      _getEntry(filepath, pattern, options2) {
        return this._getStat(filepath).then((stats) => this._makeEntry(stats, pattern)).catch((error) => {
          if (options2.errorFilter(error)) {
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
      dynamic(root, options2) {
        return new Promise((resolve3, reject) => {
          this._walkAsync(root, options2, (error, entries) => {
            if (error === null) {
              resolve3(entries);
            } else {
              reject(error);
            }
          });
        });
      }
      async static(patterns, options2) {
        const entries = [];
        const stream = this._readerStream.static(patterns, options2);
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
        const options2 = this._getReaderOptions(task);
        const entries = await this.api(root, task, options2);
        return entries.map((entry) => options2.transform(entry));
      }
      api(root, task, options2) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options2);
        }
        return this._reader.static(task.patterns, options2);
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
        const options2 = this._getReaderOptions(task);
        const source = this.api(root, task, options2);
        const destination = new stream_1.Readable({ objectMode: true, read: () => {
        } });
        source.once("error", (error) => destination.emit("error", error)).on("data", (entry) => destination.emit("data", options2.transform(entry))).once("end", () => destination.emit("end"));
        destination.once("close", () => source.destroy());
        return destination;
      }
      api(root, task, options2) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options2);
        }
        return this._reader.static(task.patterns, options2);
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
      dynamic(root, options2) {
        return this._walkSync(root, options2);
      }
      static(patterns, options2) {
        const entries = [];
        for (const pattern of patterns) {
          const filepath = this._getFullEntryPath(pattern);
          const entry = this._getEntry(filepath, pattern, options2);
          if (entry === null || !options2.entryFilter(entry)) {
            continue;
          }
          entries.push(entry);
        }
        return entries;
      }
      _getEntry(filepath, pattern, options2) {
        try {
          const stats = this._getStat(filepath);
          return this._makeEntry(stats, pattern);
        } catch (error) {
          if (options2.errorFilter(error)) {
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
        const options2 = this._getReaderOptions(task);
        const entries = this.api(root, task, options2);
        return entries.map(options2.transform);
      }
      api(root, task, options2) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options2);
        }
        return this._reader.static(task.patterns, options2);
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
    async function FastGlob(source, options2) {
      assertPatternsInput(source);
      const works = getWorks(source, async_1.default, options2);
      const result = await Promise.all(works);
      return utils.array.flatten(result);
    }
    (function(FastGlob2) {
      FastGlob2.glob = FastGlob2;
      FastGlob2.globSync = sync;
      FastGlob2.globStream = stream;
      FastGlob2.async = FastGlob2;
      function sync(source, options2) {
        assertPatternsInput(source);
        const works = getWorks(source, sync_1.default, options2);
        return utils.array.flatten(works);
      }
      FastGlob2.sync = sync;
      function stream(source, options2) {
        assertPatternsInput(source);
        const works = getWorks(source, stream_1.default, options2);
        return utils.stream.merge(works);
      }
      FastGlob2.stream = stream;
      function generateTasks(source, options2) {
        assertPatternsInput(source);
        const patterns = [].concat(source);
        const settings = new settings_1.default(options2);
        return taskManager.generate(patterns, settings);
      }
      FastGlob2.generateTasks = generateTasks;
      function isDynamicPattern(source, options2) {
        assertPatternsInput(source);
        const settings = new settings_1.default(options2);
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
    function getWorks(source, _Provider, options2) {
      const patterns = [].concat(source);
      const settings = new settings_1.default(options2);
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
    var sanitizeRange = (range2) => range2.replace(
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
        (match, leadEscape, range2, endEscape, close) => leadEscape === ESCAPE2 ? `\\[${range2}${cleanRangeBackSlash(endEscape)}${close}` : close === "]" ? endEscape.length % 2 === 0 ? `[${sanitizeRange(range2)}${endEscape}]` : "[]" : "[]"
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
    var factory = (options2) => new Ignore(options2);
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

// node_modules/events-universal/default.js
var require_default = __commonJS({
  "node_modules/events-universal/default.js"(exports, module) {
    module.exports = __require("events");
  }
});

// node_modules/fast-fifo/fixed-size.js
var require_fixed_size = __commonJS({
  "node_modules/fast-fifo/fixed-size.js"(exports, module) {
    module.exports = class FixedFIFO {
      constructor(hwm) {
        if (!(hwm > 0) || (hwm - 1 & hwm) !== 0) throw new Error("Max size for a FixedFIFO should be a power of two");
        this.buffer = new Array(hwm);
        this.mask = hwm - 1;
        this.top = 0;
        this.btm = 0;
        this.next = null;
      }
      clear() {
        this.top = this.btm = 0;
        this.next = null;
        this.buffer.fill(void 0);
      }
      push(data) {
        if (this.buffer[this.top] !== void 0) return false;
        this.buffer[this.top] = data;
        this.top = this.top + 1 & this.mask;
        return true;
      }
      shift() {
        const last = this.buffer[this.btm];
        if (last === void 0) return void 0;
        this.buffer[this.btm] = void 0;
        this.btm = this.btm + 1 & this.mask;
        return last;
      }
      peek() {
        return this.buffer[this.btm];
      }
      isEmpty() {
        return this.buffer[this.btm] === void 0;
      }
    };
  }
});

// node_modules/fast-fifo/index.js
var require_fast_fifo = __commonJS({
  "node_modules/fast-fifo/index.js"(exports, module) {
    var FixedFIFO = require_fixed_size();
    module.exports = class FastFIFO {
      constructor(hwm) {
        this.hwm = hwm || 16;
        this.head = new FixedFIFO(this.hwm);
        this.tail = this.head;
        this.length = 0;
      }
      clear() {
        this.head = this.tail;
        this.head.clear();
        this.length = 0;
      }
      push(val) {
        this.length++;
        if (!this.head.push(val)) {
          const prev = this.head;
          this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length);
          this.head.push(val);
        }
      }
      shift() {
        if (this.length !== 0) this.length--;
        const val = this.tail.shift();
        if (val === void 0 && this.tail.next) {
          const next = this.tail.next;
          this.tail.next = null;
          this.tail = next;
          return this.tail.shift();
        }
        return val;
      }
      peek() {
        const val = this.tail.peek();
        if (val === void 0 && this.tail.next) return this.tail.next.peek();
        return val;
      }
      isEmpty() {
        return this.length === 0;
      }
    };
  }
});

// node_modules/b4a/index.js
var require_b4a = __commonJS({
  "node_modules/b4a/index.js"(exports, module) {
    function isBuffer(value) {
      return Buffer.isBuffer(value) || value instanceof Uint8Array;
    }
    function isEncoding(encoding) {
      return Buffer.isEncoding(encoding);
    }
    function alloc(size, fill3, encoding) {
      return Buffer.alloc(size, fill3, encoding);
    }
    function allocUnsafe(size) {
      return Buffer.allocUnsafe(size);
    }
    function allocUnsafeSlow(size) {
      return Buffer.allocUnsafeSlow(size);
    }
    function byteLength(string, encoding) {
      return Buffer.byteLength(string, encoding);
    }
    function compare4(a, b) {
      return Buffer.compare(a, b);
    }
    function concat(buffers, totalLength) {
      return Buffer.concat(buffers, totalLength);
    }
    function copy(source, target, targetStart, start, end) {
      return toBuffer(source).copy(target, targetStart, start, end);
    }
    function equals(a, b) {
      return toBuffer(a).equals(b);
    }
    function fill2(buffer, value, offset, end, encoding) {
      return toBuffer(buffer).fill(value, offset, end, encoding);
    }
    function from(value, encodingOrOffset, length) {
      return Buffer.from(value, encodingOrOffset, length);
    }
    function includes(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).includes(value, byteOffset, encoding);
    }
    function indexOf(buffer, value, byfeOffset, encoding) {
      return toBuffer(buffer).indexOf(value, byfeOffset, encoding);
    }
    function lastIndexOf(buffer, value, byteOffset, encoding) {
      return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding);
    }
    function swap16(buffer) {
      return toBuffer(buffer).swap16();
    }
    function swap32(buffer) {
      return toBuffer(buffer).swap32();
    }
    function swap64(buffer) {
      return toBuffer(buffer).swap64();
    }
    function toBuffer(buffer) {
      if (Buffer.isBuffer(buffer)) return buffer;
      return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    function toString(buffer, encoding, start, end) {
      return toBuffer(buffer).toString(encoding, start, end);
    }
    function toHex(buffer, start, end) {
      return toBuffer(buffer).toString("hex", start, end);
    }
    function write(buffer, string, offset, length, encoding) {
      return toBuffer(buffer).write(string, offset, length, encoding);
    }
    function readDoubleBE(buffer, offset) {
      return toBuffer(buffer).readDoubleBE(offset);
    }
    function readDoubleLE(buffer, offset) {
      return toBuffer(buffer).readDoubleLE(offset);
    }
    function readFloatBE(buffer, offset) {
      return toBuffer(buffer).readFloatBE(offset);
    }
    function readFloatLE(buffer, offset) {
      return toBuffer(buffer).readFloatLE(offset);
    }
    function readInt32BE(buffer, offset) {
      return toBuffer(buffer).readInt32BE(offset);
    }
    function readInt32LE(buffer, offset) {
      return toBuffer(buffer).readInt32LE(offset);
    }
    function readUInt32BE(buffer, offset) {
      return toBuffer(buffer).readUInt32BE(offset);
    }
    function readUInt32LE(buffer, offset) {
      return toBuffer(buffer).readUInt32LE(offset);
    }
    function writeDoubleBE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleBE(value, offset);
    }
    function writeDoubleLE(buffer, value, offset) {
      return toBuffer(buffer).writeDoubleLE(value, offset);
    }
    function writeFloatBE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatBE(value, offset);
    }
    function writeFloatLE(buffer, value, offset) {
      return toBuffer(buffer).writeFloatLE(value, offset);
    }
    function writeInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32BE(value, offset);
    }
    function writeInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeInt32LE(value, offset);
    }
    function writeUInt32BE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32BE(value, offset);
    }
    function writeUInt32LE(buffer, value, offset) {
      return toBuffer(buffer).writeUInt32LE(value, offset);
    }
    module.exports = {
      isBuffer,
      isEncoding,
      alloc,
      allocUnsafe,
      allocUnsafeSlow,
      byteLength,
      compare: compare4,
      concat,
      copy,
      equals,
      fill: fill2,
      from,
      includes,
      indexOf,
      lastIndexOf,
      swap16,
      swap32,
      swap64,
      toBuffer,
      toString,
      toHex,
      write,
      readDoubleBE,
      readDoubleLE,
      readFloatBE,
      readFloatLE,
      readInt32BE,
      readInt32LE,
      readUInt32BE,
      readUInt32LE,
      writeDoubleBE,
      writeDoubleLE,
      writeFloatBE,
      writeFloatLE,
      writeInt32BE,
      writeInt32LE,
      writeUInt32BE,
      writeUInt32LE
    };
  }
});

// node_modules/text-decoder/lib/pass-through-decoder.js
var require_pass_through_decoder = __commonJS({
  "node_modules/text-decoder/lib/pass-through-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class PassThroughDecoder {
      constructor(encoding) {
        this.encoding = encoding;
      }
      get remaining() {
        return 0;
      }
      decode(data) {
        return b4a.toString(data, this.encoding);
      }
      flush() {
        return "";
      }
    };
  }
});

// node_modules/text-decoder/lib/utf8-decoder.js
var require_utf8_decoder = __commonJS({
  "node_modules/text-decoder/lib/utf8-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class UTF8Decoder {
      constructor() {
        this._reset();
      }
      get remaining() {
        return this.bytesSeen;
      }
      decode(data) {
        if (data.byteLength === 0) return "";
        if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
          this.bytesSeen = trailingBytesSeen(data);
          return b4a.toString(data, "utf8");
        }
        let result = "";
        let start = 0;
        if (this.bytesNeeded > 0) {
          while (start < data.byteLength) {
            const byte = data[start];
            if (byte < this.lowerBoundary || byte > this.upperBoundary) {
              result += "�";
              this._reset();
              break;
            }
            this.lowerBoundary = 128;
            this.upperBoundary = 191;
            this.codePoint = this.codePoint << 6 | byte & 63;
            this.bytesSeen++;
            start++;
            if (this.bytesSeen === this.bytesNeeded) {
              result += String.fromCodePoint(this.codePoint);
              this._reset();
              break;
            }
          }
          if (this.bytesNeeded > 0) return result;
        }
        const trailing = trailingIncomplete(data, start);
        const end = data.byteLength - trailing;
        if (end > start) result += b4a.toString(data, "utf8", start, end);
        for (let i = end; i < data.byteLength; i++) {
          const byte = data[i];
          if (this.bytesNeeded === 0) {
            if (byte <= 127) {
              this.bytesSeen = 0;
              result += String.fromCharCode(byte);
            } else if (byte >= 194 && byte <= 223) {
              this.bytesNeeded = 2;
              this.bytesSeen = 1;
              this.codePoint = byte & 31;
            } else if (byte >= 224 && byte <= 239) {
              if (byte === 224) this.lowerBoundary = 160;
              else if (byte === 237) this.upperBoundary = 159;
              this.bytesNeeded = 3;
              this.bytesSeen = 1;
              this.codePoint = byte & 15;
            } else if (byte >= 240 && byte <= 244) {
              if (byte === 240) this.lowerBoundary = 144;
              else if (byte === 244) this.upperBoundary = 143;
              this.bytesNeeded = 4;
              this.bytesSeen = 1;
              this.codePoint = byte & 7;
            } else {
              this.bytesSeen = 1;
              result += "�";
            }
            continue;
          }
          if (byte < this.lowerBoundary || byte > this.upperBoundary) {
            result += "�";
            i--;
            this._reset();
            continue;
          }
          this.lowerBoundary = 128;
          this.upperBoundary = 191;
          this.codePoint = this.codePoint << 6 | byte & 63;
          this.bytesSeen++;
          if (this.bytesSeen === this.bytesNeeded) {
            result += String.fromCodePoint(this.codePoint);
            this._reset();
          }
        }
        return result;
      }
      flush() {
        const result = this.bytesNeeded > 0 ? "�" : "";
        this._reset();
        return result;
      }
      _reset() {
        this.codePoint = 0;
        this.bytesNeeded = 0;
        this.bytesSeen = 0;
        this.lowerBoundary = 128;
        this.upperBoundary = 191;
      }
    };
    function trailingIncomplete(data, start) {
      const len = data.byteLength;
      if (len <= start) return 0;
      const limit = Math.max(start, len - 4);
      let i = len - 1;
      while (i > limit && (data[i] & 192) === 128) i--;
      if (i < start) return 0;
      const byte = data[i];
      let needed;
      if (byte <= 127) return 0;
      if (byte >= 194 && byte <= 223) needed = 2;
      else if (byte >= 224 && byte <= 239) needed = 3;
      else if (byte >= 240 && byte <= 244) needed = 4;
      else return 0;
      const available = len - i;
      return available < needed ? available : 0;
    }
    function trailingBytesSeen(data) {
      const len = data.byteLength;
      if (len === 0) return 0;
      const last = data[len - 1];
      if (last <= 127) return 0;
      if ((last & 192) !== 128) return 1;
      const limit = Math.max(0, len - 4);
      let i = len - 2;
      while (i >= limit && (data[i] & 192) === 128) i--;
      if (i < 0) return 1;
      const first = data[i];
      let needed;
      if (first >= 194 && first <= 223) needed = 2;
      else if (first >= 224 && first <= 239) needed = 3;
      else if (first >= 240 && first <= 244) needed = 4;
      else return 1;
      if (len - i !== needed) return 1;
      if (needed >= 3) {
        const second = data[i + 1];
        if (first === 224 && second < 160) return 1;
        if (first === 237 && second > 159) return 1;
        if (first === 240 && second < 144) return 1;
        if (first === 244 && second > 143) return 1;
      }
      return 0;
    }
  }
});

// node_modules/text-decoder/index.js
var require_text_decoder = __commonJS({
  "node_modules/text-decoder/index.js"(exports, module) {
    var PassThroughDecoder = require_pass_through_decoder();
    var UTF8Decoder = require_utf8_decoder();
    module.exports = class TextDecoder {
      constructor(encoding = "utf8") {
        this.encoding = normalizeEncoding(encoding);
        switch (this.encoding) {
          case "utf8":
            this.decoder = new UTF8Decoder();
            break;
          case "utf16le":
          case "base64":
            throw new Error("Unsupported encoding: " + this.encoding);
          default:
            this.decoder = new PassThroughDecoder(this.encoding);
        }
      }
      get remaining() {
        return this.decoder.remaining;
      }
      push(data) {
        if (typeof data === "string") return data;
        return this.decoder.decode(data);
      }
      // For Node.js compatibility
      write(data) {
        return this.push(data);
      }
      end(data) {
        let result = "";
        if (data) result = this.push(data);
        result += this.decoder.flush();
        return result;
      }
    };
    function normalizeEncoding(encoding) {
      encoding = encoding.toLowerCase();
      switch (encoding) {
        case "utf8":
        case "utf-8":
          return "utf8";
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
          return "utf16le";
        case "latin1":
        case "binary":
          return "latin1";
        case "base64":
        case "ascii":
        case "hex":
          return encoding;
        default:
          throw new Error("Unknown encoding: " + encoding);
      }
    }
  }
});

// node_modules/streamx/lib/errors.js
var require_errors = __commonJS({
  "node_modules/streamx/lib/errors.js"(exports, module) {
    module.exports = class StreamError extends Error {
      constructor(msg, code, fn = StreamError) {
        super(msg);
        this.code = code;
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, fn);
        }
      }
      static isStreamDestroyed(err2) {
        return err2 && err2.code === "STREAM_DESTROYED";
      }
      static isPrematureClose(err2) {
        return err2 && err2.code === "PREMATURE_CLOSE";
      }
      static isAborted(err2) {
        return err2 && err2.code === "ABORTED";
      }
      static isBadArgument(err2) {
        return err2 && err2.code === "BAD_ARGUMENT";
      }
      get name() {
        return "StreamError";
      }
      static STREAM_DESTROYED() {
        return new StreamError("Stream was destroyed", "STREAM_DESTROYED", StreamError.STREAM_DESTROYED);
      }
      static PREMATURE_CLOSE(msg = "Premature close") {
        return new StreamError(msg, "PREMATURE_CLOSE", StreamError.PREMATURE_CLOSE);
      }
      static ABORTED() {
        return new StreamError("Stream aborted", "ABORTED", StreamError.ABORTED);
      }
      static BAD_ARGUMENT(msg = "Bad argument") {
        return new StreamError(msg, "BAD_ARGUMENT", StreamError.BAD_ARGUMENT);
      }
    };
  }
});

// node_modules/streamx/index.js
var require_streamx = __commonJS({
  "node_modules/streamx/index.js"(exports, module) {
    var { EventEmitter } = require_default();
    var FIFO = require_fast_fifo();
    var TextDecoder2 = require_text_decoder();
    var StreamError = require_errors();
    var qmt = typeof queueMicrotask === "undefined" ? (fn) => global.process.nextTick(fn) : queueMicrotask;
    var MAX = (1 << 29) - 1;
    var OPENING = 1;
    var PREDESTROYING = 2;
    var DESTROYING = 4;
    var DESTROYED = 8;
    var NOT_OPENING = MAX ^ OPENING;
    var NOT_PREDESTROYING = MAX ^ PREDESTROYING;
    var READ_ACTIVE = 1 << 4;
    var READ_UPDATING = 2 << 4;
    var READ_PRIMARY = 4 << 4;
    var READ_QUEUED = 8 << 4;
    var READ_RESUMED = 16 << 4;
    var READ_PIPE_DRAINED = 32 << 4;
    var READ_ENDING = 64 << 4;
    var READ_EMIT_DATA = 128 << 4;
    var READ_EMIT_READABLE = 256 << 4;
    var READ_EMITTED_READABLE = 512 << 4;
    var READ_DONE = 1024 << 4;
    var READ_NEXT_TICK = 2048 << 4;
    var READ_NEEDS_PUSH = 4096 << 4;
    var READ_READ_AHEAD = 8192 << 4;
    var READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED;
    var READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH;
    var READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE;
    var READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED;
    var READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD;
    var READ_NOT_ACTIVE = MAX ^ READ_ACTIVE;
    var READ_NON_PRIMARY = MAX ^ READ_PRIMARY;
    var READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH);
    var READ_PUSHED = MAX ^ READ_NEEDS_PUSH;
    var READ_PAUSED = MAX ^ READ_RESUMED;
    var READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE);
    var READ_NOT_ENDING = MAX ^ READ_ENDING;
    var READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING;
    var READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK;
    var READ_NOT_UPDATING = MAX ^ READ_UPDATING;
    var READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD;
    var READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD;
    var WRITE_ACTIVE = 1 << 18;
    var WRITE_UPDATING = 2 << 18;
    var WRITE_PRIMARY = 4 << 18;
    var WRITE_QUEUED = 8 << 18;
    var WRITE_UNDRAINED = 16 << 18;
    var WRITE_DONE = 32 << 18;
    var WRITE_EMIT_DRAIN = 64 << 18;
    var WRITE_NEXT_TICK = 128 << 18;
    var WRITE_WRITING = 256 << 18;
    var WRITE_FINISHING = 512 << 18;
    var WRITE_CORKED = 1024 << 18;
    var WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING);
    var WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY;
    var WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING);
    var WRITE_DRAINED = MAX ^ WRITE_UNDRAINED;
    var WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED;
    var WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK;
    var WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING;
    var WRITE_NOT_CORKED = MAX ^ WRITE_CORKED;
    var ACTIVE = READ_ACTIVE | WRITE_ACTIVE;
    var NOT_ACTIVE = MAX ^ ACTIVE;
    var DONE = READ_DONE | WRITE_DONE;
    var DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING;
    var OPEN_STATUS = DESTROY_STATUS | OPENING;
    var AUTO_DESTROY = DESTROY_STATUS | DONE;
    var NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY;
    var ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK;
    var TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE;
    var IS_OPENING = OPEN_STATUS | TICKING;
    var READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE;
    var READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED;
    var READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED;
    var READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE;
    var SHOULD_NOT_READ = OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD;
    var READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE;
    var READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY;
    var READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING;
    var WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED;
    var WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE;
    var WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE;
    var WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED;
    var WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE;
    var WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING;
    var WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE;
    var WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY;
    var WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS;
    var asyncIterator = Symbol.asyncIterator || Symbol("asyncIterator");
    var WritableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark;
        this.buffered = 0;
        this.error = null;
        this.pipeline = null;
        this.drains = null;
        this.byteLength = byteLengthWritable || byteLength || defaultByteLength;
        this.map = mapWritable || map;
        this.afterWrite = afterWrite.bind(this);
        this.afterUpdateNextTick = updateWriteNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & WRITE_FINISHING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & WRITE_DONE) !== 0;
      }
      push(data) {
        if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false;
        if (this.map !== null) data = this.map(data);
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        if (this.buffered < this.highWaterMark) {
          this.stream._duplexState |= WRITE_QUEUED;
          return true;
        }
        this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED;
        return false;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED;
        return data;
      }
      end(data) {
        if (typeof data === "function") {
          this.stream.once("finish", data);
        } else if (data !== void 0 && data !== null) {
          this.push(data);
        }
        this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY;
      }
      autoBatch(data, cb) {
        const buffer = [];
        const stream = this.stream;
        buffer.push(data);
        while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
          buffer.push(stream._writableState.shift());
        }
        if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null);
        stream._writev(buffer, cb);
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= WRITE_UPDATING;
        do {
          while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
            const data = this.shift();
            stream._duplexState |= WRITE_ACTIVE_AND_WRITING;
            stream._write(data, this.afterWrite);
          }
          if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary();
        } while (this.continueUpdate() === true);
        stream._duplexState &= WRITE_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
          stream._duplexState = stream._duplexState | WRITE_ACTIVE;
          stream._final(afterFinal.bind(this));
          return;
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTick() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= WRITE_NEXT_TICK;
        if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var ReadableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark;
        this.buffered = 0;
        this.readAhead = highWaterMark > 0;
        this.error = null;
        this.pipeline = null;
        this.byteLength = byteLengthReadable || byteLength || defaultByteLength;
        this.map = mapReadable || map;
        this.pipeTo = null;
        this.afterRead = afterRead.bind(this);
        this.afterUpdateNextTick = updateReadNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & READ_ENDING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & READ_DONE) !== 0;
      }
      pipe(pipeTo, cb) {
        if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT("Can only pipe to one destination");
        if (typeof cb !== "function") cb = null;
        this.stream._duplexState |= READ_PIPE_DRAINED;
        this.pipeTo = pipeTo;
        this.pipeline = new Pipeline(this.stream, pipeTo, cb);
        if (cb) this.stream.on("error", noop);
        if (isStreamx(pipeTo)) {
          pipeTo._writableState.pipeline = this.pipeline;
          if (cb) pipeTo.on("error", noop);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        } else {
          const onerror = this.pipeline.done.bind(this.pipeline, pipeTo);
          const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null);
          pipeTo.on("error", onerror);
          pipeTo.on("close", onclose);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        }
        pipeTo.on("drain", afterDrain.bind(this));
        this.stream.emit("piping", pipeTo);
        pipeTo.emit("pipe", this.stream);
      }
      push(data) {
        const stream = this.stream;
        if (data === null) {
          this.highWaterMark = 0;
          stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED;
          return false;
        }
        if (this.map !== null) {
          data = this.map(data);
          if (data === null) {
            stream._duplexState &= READ_PUSHED;
            return this.buffered < this.highWaterMark;
          }
        }
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED;
        return this.buffered < this.highWaterMark;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) {
          this.stream._duplexState &= READ_NOT_QUEUED;
        }
        return data;
      }
      unshift(data) {
        const pending = [this.map !== null ? this.map(data) : data];
        while (this.buffered > 0) pending.push(this.shift());
        for (let i = 0; i < pending.length - 1; i++) {
          const data2 = pending[i];
          this.buffered += this.byteLength(data2);
          this.queue.push(data2);
        }
        this.push(pending[pending.length - 1]);
      }
      read() {
        const stream = this.stream;
        if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
          return data;
        }
        if (this.readAhead === false) {
          stream._duplexState |= READ_READ_AHEAD;
          this.updateNextTick();
        }
        return null;
      }
      drain() {
        const stream = this.stream;
        while ((stream._duplexState & READ_STATUS) === READ_QUEUED && (stream._duplexState & READ_FLOWING) !== 0) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
        }
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= READ_UPDATING;
        do {
          this.drain();
          while (this.buffered < this.highWaterMark && (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD) {
            stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH;
            stream._read(this.afterRead);
            this.drain();
          }
          if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
            stream._duplexState |= READ_EMITTED_READABLE;
            stream.emit("readable");
          }
          if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
            this.updateNonPrimary();
          }
        } while (this.continueUpdate() === true);
        stream._duplexState &= READ_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
          stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING;
          stream.emit("end");
          if ((stream._duplexState & AUTO_DESTROY) === DONE) {
            stream._duplexState |= DESTROYING;
          }
          if (this.pipeTo !== null) {
            this.pipeTo.end();
          }
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTickIfOpen() {
        if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
      updateNextTick() {
        if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var TransformState = class {
      constructor(stream) {
        this.data = null;
        this.afterTransform = afterTransform.bind(stream);
        this.afterFinal = null;
      }
    };
    var Pipeline = class {
      constructor(src, dst, cb) {
        this.from = src;
        this.to = dst;
        this.afterPipe = cb;
        this.error = null;
        this.pipeToFinished = false;
      }
      finished() {
        this.pipeToFinished = true;
      }
      done(stream, err2) {
        if (err2) this.error = err2;
        if (stream === this.to) {
          this.to = null;
          if (this.from !== null) {
            if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
              this.from.destroy(this.error || StreamError.PREMATURE_CLOSE("Writable stream closed"));
            }
            return;
          }
        }
        if (stream === this.from) {
          this.from = null;
          if (this.to !== null) {
            if ((stream._duplexState & READ_DONE) === 0) {
              this.to.destroy(this.error || StreamError.PREMATURE_CLOSE("Readable stream closed"));
            }
            return;
          }
        }
        if (this.afterPipe !== null) this.afterPipe(this.error);
        this.to = this.from = this.afterPipe = null;
      }
    };
    function afterDrain() {
      this.stream._duplexState |= READ_PIPE_DRAINED;
      this.updateCallback();
    }
    function afterFinal(err2) {
      const stream = this.stream;
      if (err2) stream.destroy(err2);
      if ((stream._duplexState & DESTROY_STATUS) === 0) {
        stream._duplexState |= WRITE_DONE;
        stream.emit("finish");
      }
      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING;
      }
      stream._duplexState &= WRITE_NOT_FINISHING;
      if ((stream._duplexState & WRITE_UPDATING) === 0) {
        this.update();
      } else {
        this.updateNextTick();
      }
    }
    function afterDestroy(err2) {
      const stream = this.stream;
      if (!err2 && !StreamError.isStreamDestroyed(this.error)) err2 = this.error;
      if (err2) stream.emit("error", err2);
      stream._duplexState |= DESTROYED;
      stream.emit("close");
      const rs = stream._readableState;
      const ws = stream._writableState;
      if (rs !== null && rs.pipeline !== null) {
        rs.pipeline.done(stream, err2);
      }
      if (ws !== null) {
        while (ws.drains !== null && ws.drains.length > 0) {
          ws.drains.shift().resolve(false);
        }
        if (ws.pipeline !== null) {
          ws.pipeline.done(stream, err2);
        }
      }
    }
    function afterWrite(err2) {
      const stream = this.stream;
      if (err2) stream.destroy(err2);
      stream._duplexState &= WRITE_NOT_ACTIVE;
      if (this.drains !== null) tickDrains(this.drains);
      if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
        stream._duplexState &= WRITE_DRAINED;
        if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
          stream.emit("drain");
        }
      }
      this.updateCallback();
    }
    function afterRead(err2) {
      if (err2) this.stream.destroy(err2);
      this.stream._duplexState &= READ_NOT_ACTIVE;
      if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
        this.stream._duplexState &= READ_NO_READ_AHEAD;
      }
      this.updateCallback();
    }
    function updateReadNT() {
      if ((this.stream._duplexState & READ_UPDATING) === 0) {
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        this.update();
      }
    }
    function updateWriteNT() {
      if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        this.update();
      }
    }
    function tickDrains(drains) {
      for (let i = 0; i < drains.length; i++) {
        if (--drains[i].writes === 0) {
          drains.shift().resolve(true);
          i--;
        }
      }
    }
    function afterOpen(err2) {
      const stream = this.stream;
      if (err2) stream.destroy(err2);
      if ((stream._duplexState & DESTROYING) === 0) {
        if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
          stream._duplexState |= READ_PRIMARY;
        }
        if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
          stream._duplexState |= WRITE_PRIMARY;
        }
        stream.emit("open");
      }
      stream._duplexState &= NOT_ACTIVE;
      if (stream._writableState !== null) {
        stream._writableState.updateCallback();
      }
      if (stream._readableState !== null) {
        stream._readableState.updateCallback();
      }
    }
    function afterTransform(err2, data) {
      if (data !== void 0 && data !== null) this.push(data);
      this._writableState.afterWrite(err2);
    }
    function newListener(name) {
      if (this._readableState !== null) {
        if (name === "data") {
          this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD;
          this._readableState.updateNextTick();
        }
        if (name === "readable") {
          this._duplexState |= READ_EMIT_READABLE;
          this._readableState.updateNextTick();
        }
      }
      if (this._writableState !== null) {
        if (name === "drain") {
          this._duplexState |= WRITE_EMIT_DRAIN;
          this._writableState.updateNextTick();
        }
      }
    }
    var Stream = class extends EventEmitter {
      constructor(opts) {
        super();
        this._duplexState = 0;
        this._readableState = null;
        this._writableState = null;
        if (opts) {
          if (opts.open) this._open = opts.open;
          if (opts.destroy) this._destroy = opts.destroy;
          if (opts.predestroy) this._predestroy = opts.predestroy;
          if (opts.signal) opts.signal.addEventListener("abort", abort.bind(this));
        }
        this.on("newListener", newListener);
      }
      _open(cb) {
        cb(null);
      }
      _destroy(cb) {
        cb(null);
      }
      _predestroy() {
      }
      get readable() {
        return this._readableState !== null ? true : void 0;
      }
      get writable() {
        return this._writableState !== null ? true : void 0;
      }
      get destroyed() {
        return (this._duplexState & DESTROYED) !== 0;
      }
      get destroying() {
        return (this._duplexState & DESTROY_STATUS) !== 0;
      }
      destroy(err2) {
        if ((this._duplexState & DESTROY_STATUS) === 0) {
          if (!err2) err2 = StreamError.STREAM_DESTROYED();
          this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY;
          if (this._readableState !== null) {
            this._readableState.highWaterMark = 0;
            this._readableState.error = err2;
          }
          if (this._writableState !== null) {
            this._writableState.highWaterMark = 0;
            this._writableState.error = err2;
          }
          this._duplexState |= PREDESTROYING;
          this._predestroy();
          this._duplexState &= NOT_PREDESTROYING;
          if (this._readableState !== null) {
            this._readableState.updateNextTick();
          }
          if (this._writableState !== null) {
            this._writableState.updateNextTick();
          }
        }
      }
    };
    var Readable5 = class _Readable extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD;
        this._readableState = new ReadableState(this, opts);
        if (opts) {
          if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD;
          if (opts.read) this._read = opts.read;
          if (opts.eagerOpen) this._readableState.updateNextTick();
          if (opts.encoding) this.setEncoding(opts.encoding);
        }
      }
      static deferred(fn, opts) {
        const out = new PassThrough4(opts);
        fn().then((src) => {
          if (src === null) return out.end();
          if (out.destroying) return;
          pipeline(src, out, noop);
        }).catch((err2) => out.destroy(err2));
        return out;
      }
      setEncoding(encoding) {
        const dec = new TextDecoder2(encoding);
        const map = this._readableState.map || echo;
        this._readableState.map = mapOrSkip;
        return this;
        function mapOrSkip(data) {
          const next = dec.push(data);
          return next === "" && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next);
        }
      }
      _read(cb) {
        cb(null);
      }
      pipe(dest, cb) {
        this._readableState.updateNextTick();
        this._readableState.pipe(dest, cb);
        return dest;
      }
      read() {
        this._readableState.updateNextTick();
        return this._readableState.read();
      }
      push(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.push(data);
      }
      unshift(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.unshift(data);
      }
      resume() {
        this._duplexState |= READ_RESUMED_READ_AHEAD;
        this._readableState.updateNextTick();
        return this;
      }
      pause() {
        this._duplexState &= this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED;
        return this;
      }
      static _fromAsyncIterator(ite, opts) {
        let destroy;
        const rs = new _Readable({
          ...opts,
          read(cb) {
            ite.next().then(push).then(cb.bind(null, null)).catch(cb);
          },
          predestroy() {
            destroy = ite.return();
          },
          destroy(cb) {
            if (!destroy) return cb(null);
            destroy.then(cb.bind(null, null)).catch(cb);
          }
        });
        return rs;
        function push(data) {
          if (data.done) rs.push(null);
          else rs.push(data.value);
        }
      }
      static from(data, opts) {
        if (isReadStreamx(data)) return data;
        if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts);
        if (!Array.isArray(data)) data = data === void 0 ? [] : [data];
        let i = 0;
        return new _Readable({
          ...opts,
          read(cb) {
            this.push(i === data.length ? null : data[i++]);
            cb(null);
          }
        });
      }
      static isBackpressured(rs) {
        return (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 || rs._readableState.buffered >= rs._readableState.highWaterMark;
      }
      static isPaused(rs) {
        return (rs._duplexState & READ_RESUMED) === 0;
      }
      [asyncIterator]() {
        const stream = this;
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        this.on("error", (err2) => {
          error = err2;
        });
        this.on("readable", onreadable);
        this.on("close", onclose);
        return {
          [asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(function(resolve3, reject) {
              promiseResolve = resolve3;
              promiseReject = reject;
              const data = stream.read();
              if (data !== null) ondata(data);
              else if ((stream._duplexState & DESTROYED) !== 0) ondata(null);
            });
          },
          return() {
            return destroy(null);
          },
          throw(err2) {
            return destroy(err2);
          }
        };
        function onreadable() {
          if (promiseResolve !== null) ondata(stream.read());
        }
        function onclose() {
          if (promiseResolve !== null) ondata(null);
        }
        function ondata(data) {
          if (promiseReject === null) return;
          if (error) {
            promiseReject(error);
          } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
            promiseReject(StreamError.STREAM_DESTROYED());
          } else {
            promiseResolve({ value: data, done: data === null });
          }
          promiseReject = promiseResolve = null;
        }
        function destroy(err2) {
          stream.destroy(err2);
          return new Promise((resolve3, reject) => {
            if (stream._duplexState & DESTROYED) return resolve3({ value: void 0, done: true });
            stream.once("close", function() {
              if (err2) reject(err2);
              else resolve3({ value: void 0, done: true });
            });
          });
        }
      }
    };
    var Writable = class extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | READ_DONE;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
          if (opts.eagerOpen) this._writableState.updateNextTick();
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      static isBackpressured(ws) {
        return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0;
      }
      static drained(ws) {
        if (ws.destroyed) return Promise.resolve(false);
        const state = ws._writableState;
        const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length;
        const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0);
        if (writes === 0) return Promise.resolve(true);
        if (state.drains === null) state.drains = [];
        return new Promise((resolve3) => {
          state.drains.push({ writes, resolve: resolve3 });
        });
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Duplex = class extends Readable5 {
      // and Writable
      constructor(opts) {
        super(opts);
        this._duplexState = OPENING | this._duplexState & READ_READ_AHEAD;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Transform2 = class extends Duplex {
      constructor(opts) {
        super(opts);
        this._transformState = new TransformState(this);
        if (opts) {
          if (opts.transform) this._transform = opts.transform;
          if (opts.flush) this._flush = opts.flush;
        }
      }
      _write(data, cb) {
        if (this._readableState.buffered >= this._readableState.highWaterMark) {
          this._transformState.data = data;
        } else {
          this._transform(data, this._transformState.afterTransform);
        }
      }
      _read(cb) {
        if (this._transformState.data !== null) {
          const data = this._transformState.data;
          this._transformState.data = null;
          cb(null);
          this._transform(data, this._transformState.afterTransform);
        } else {
          cb(null);
        }
      }
      destroy(err2) {
        super.destroy(err2);
        if (this._transformState.data !== null) {
          this._transformState.data = null;
          this._transformState.afterTransform();
        }
      }
      _transform(data, cb) {
        cb(null, data);
      }
      _flush(cb) {
        cb(null);
      }
      _final(cb) {
        this._transformState.afterFinal = cb;
        this._flush(transformAfterFlush.bind(this));
      }
    };
    var PassThrough4 = class extends Transform2 {
    };
    function transformAfterFlush(err2, data) {
      const cb = this._transformState.afterFinal;
      if (err2) return cb(err2);
      if (data !== null && data !== void 0) this.push(data);
      this.push(null);
      cb(null);
    }
    function pipelinePromise(...streams) {
      return new Promise((resolve3, reject) => {
        return pipeline(...streams, (err2) => {
          if (err2) return reject(err2);
          resolve3();
        });
      });
    }
    function pipeline(stream, ...streams) {
      const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams];
      const done = all.length && typeof all[all.length - 1] === "function" ? all.pop() : null;
      if (all.length < 2) throw StreamError.BAD_ARGUMENT("Pipeline requires at least 2 streams");
      let src = all[0];
      let dest = null;
      let error = null;
      for (let i = 1; i < all.length; i++) {
        dest = all[i];
        if (isStreamx(src)) {
          src.pipe(dest, onerror);
        } else {
          errorHandle(src, true, i > 1, onerror);
          src.pipe(dest);
        }
        src = dest;
      }
      if (done) {
        let fin = false;
        const autoDestroy = isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy);
        dest.on("error", (err2) => {
          if (error === null) error = err2;
        });
        dest.on("finish", () => {
          fin = true;
          if (!autoDestroy) done(error);
        });
        if (autoDestroy) {
          dest.on("close", () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())));
        }
      }
      return dest;
      function errorHandle(s, rd, wr, onerror2) {
        s.on("error", onerror2);
        s.on("close", onclose);
        function onclose() {
          if (rd && s._readableState && !s._readableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
          if (wr && s._writableState && !s._writableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
        }
      }
      function onerror(err2) {
        if (!err2 || error) return;
        error = err2;
        for (const s of all) {
          s.destroy(err2);
        }
      }
    }
    function echo(s) {
      return s;
    }
    function isStream(stream) {
      return !!stream._readableState || !!stream._writableState;
    }
    function isStreamx(stream) {
      return typeof stream._duplexState === "number" && isStream(stream);
    }
    function isEnding(stream) {
      return !!stream._readableState && stream._readableState.ending;
    }
    function isEnded(stream) {
      return !!stream._readableState && stream._readableState.ended;
    }
    function isFinishing(stream) {
      return !!stream._writableState && stream._writableState.ending;
    }
    function isFinished(stream) {
      return !!stream._writableState && stream._writableState.ended;
    }
    function getStreamError(stream, opts = {}) {
      const err2 = stream._readableState && stream._readableState.error || stream._writableState && stream._writableState.error;
      return !opts.all && StreamError.isStreamDestroyed(err2) ? null : err2;
    }
    function isReadStreamx(stream) {
      return isStreamx(stream) && stream.readable;
    }
    function isDisturbed(stream) {
      return (stream._duplexState & OPENING) !== OPENING || (stream._duplexState & DESTROYING) === DESTROYING || (stream._duplexState & ACTIVE_OR_TICKING) !== 0;
    }
    function isTypedArray(data) {
      return typeof data === "object" && data !== null && typeof data.byteLength === "number";
    }
    function defaultByteLength(data) {
      return isTypedArray(data) ? data.byteLength : 1024;
    }
    function noop() {
    }
    function abort() {
      this.destroy(StreamError.ABORTED());
    }
    function isWritev(s) {
      return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev;
    }
    module.exports = {
      pipeline,
      pipelinePromise,
      isStream,
      isStreamx,
      isEnding,
      isEnded,
      isFinishing,
      isFinished,
      isDisturbed,
      getStreamError,
      Stream,
      Writable,
      Readable: Readable5,
      Duplex,
      Transform: Transform2,
      // Export PassThrough for compatibility with Node.js core's stream module
      PassThrough: PassThrough4
    };
  }
});

// node_modules/tar-stream/headers.js
var require_headers = __commonJS({
  "node_modules/tar-stream/headers.js"(exports) {
    var b4a = require_b4a();
    var ZEROS = "0000000000000000000";
    var SEVENS = "7777777777777777777";
    var ZERO_OFFSET = "0".charCodeAt(0);
    var USTAR_MAGIC = b4a.from([117, 115, 116, 97, 114, 0]);
    var USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET]);
    var GNU_MAGIC = b4a.from([117, 115, 116, 97, 114, 32]);
    var GNU_VER = b4a.from([32, 0]);
    var MASK = 4095;
    var MAGIC_OFFSET = 257;
    var VERSION_OFFSET = 263;
    exports.decodeLongPath = function decodeLongPath(buf, encoding) {
      return decodeStr(buf, 0, buf.length, encoding);
    };
    exports.encodePax = function encodePax(opts) {
      let result = "";
      if (opts.name) result += addLength(" path=" + opts.name + "\n");
      if (opts.linkname) result += addLength(" linkpath=" + opts.linkname + "\n");
      const pax = opts.pax;
      if (pax) {
        for (const key in pax) {
          result += addLength(" " + key + "=" + pax[key] + "\n");
        }
      }
      return b4a.from(result);
    };
    exports.decodePax = function decodePax(buf) {
      const result = {};
      while (buf.length) {
        let i = 0;
        while (i < buf.length && buf[i] !== 32) i++;
        const len = parseInt(b4a.toString(buf.subarray(0, i)), 10);
        if (!len) return result;
        const b = b4a.toString(buf.subarray(i + 1, len - 1));
        const keyIndex = b.indexOf("=");
        if (keyIndex === -1) return result;
        result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1);
        buf = buf.subarray(len);
      }
      return result;
    };
    exports.encode = function encode(opts) {
      const buf = b4a.alloc(512);
      let name = opts.name;
      let prefix = "";
      if (opts.typeflag === 5 && name[name.length - 1] !== "/") name += "/";
      if (b4a.byteLength(name) !== name.length) return null;
      while (b4a.byteLength(name) > 100) {
        const i = name.indexOf("/");
        if (i === -1) return null;
        prefix += prefix ? "/" + name.slice(0, i) : name.slice(0, i);
        name = name.slice(i + 1);
      }
      if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null;
      if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null;
      b4a.write(buf, name);
      b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100);
      b4a.write(buf, encodeOct(opts.uid, 6), 108);
      b4a.write(buf, encodeOct(opts.gid, 6), 116);
      encodeSize(opts.size, buf, 124);
      b4a.write(buf, encodeOct(opts.mtime.getTime() / 1e3 | 0, 11), 136);
      buf[156] = ZERO_OFFSET + toTypeflag(opts.type);
      if (opts.linkname) b4a.write(buf, opts.linkname, 157);
      b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET);
      b4a.copy(USTAR_VER, buf, VERSION_OFFSET);
      if (opts.uname) b4a.write(buf, opts.uname, 265);
      if (opts.gname) b4a.write(buf, opts.gname, 297);
      b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329);
      b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337);
      if (prefix) b4a.write(buf, prefix, 345);
      b4a.write(buf, encodeOct(cksum(buf), 6), 148);
      return buf;
    };
    exports.decode = function decode2(buf, filenameEncoding, allowUnknownFormat) {
      let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET;
      let name = decodeStr(buf, 0, 100, filenameEncoding);
      const mode = decodeOct(buf, 100, 8);
      const uid = decodeOct(buf, 108, 8);
      const gid = decodeOct(buf, 116, 8);
      const size = decodeOct(buf, 124, 12);
      const mtime = decodeOct(buf, 136, 12);
      const type = toType(typeflag);
      const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding);
      const uname = decodeStr(buf, 265, 32);
      const gname = decodeStr(buf, 297, 32);
      const devmajor = decodeOct(buf, 329, 8);
      const devminor = decodeOct(buf, 337, 8);
      const c = cksum(buf);
      if (c === 8 * 32) return null;
      if (c !== decodeOct(buf, 148, 8)) throw new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
      if (isUSTAR(buf)) {
        if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + "/" + name;
      } else if (isGNU(buf)) {
      } else {
        if (!allowUnknownFormat) {
          throw new Error("Invalid tar header: unknown format.");
        }
      }
      if (typeflag === 0 && name && name[name.length - 1] === "/") typeflag = 5;
      return {
        name,
        mode,
        uid,
        gid,
        size,
        byteOffset: 0,
        mtime: new Date(1e3 * mtime),
        type,
        linkname,
        uname,
        gname,
        devmajor,
        devminor,
        pax: null
      };
    };
    function isUSTAR(buf) {
      return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6));
    }
    function isGNU(buf) {
      return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) && b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2));
    }
    function clamp(index, len, defaultValue) {
      if (typeof index !== "number") return defaultValue;
      index = ~~index;
      if (index >= len) return len;
      if (index >= 0) return index;
      index += len;
      if (index >= 0) return index;
      return 0;
    }
    function toType(flag) {
      switch (flag) {
        case 0:
          return "file";
        case 1:
          return "link";
        case 2:
          return "symlink";
        case 3:
          return "character-device";
        case 4:
          return "block-device";
        case 5:
          return "directory";
        case 6:
          return "fifo";
        case 7:
          return "contiguous-file";
        case 72:
          return "pax-header";
        case 55:
          return "pax-global-header";
        case 27:
          return "gnu-long-link-path";
        case 28:
        case 30:
          return "gnu-long-path";
      }
      return null;
    }
    function toTypeflag(flag) {
      switch (flag) {
        case "file":
          return 0;
        case "link":
          return 1;
        case "symlink":
          return 2;
        case "character-device":
          return 3;
        case "block-device":
          return 4;
        case "directory":
          return 5;
        case "fifo":
          return 6;
        case "contiguous-file":
          return 7;
        case "pax-header":
          return 72;
      }
      return 0;
    }
    function indexOf(block, num, offset, end) {
      for (; offset < end; offset++) {
        if (block[offset] === num) return offset;
      }
      return end;
    }
    function cksum(block) {
      let sum = 8 * 32;
      for (let i = 0; i < 148; i++) sum += block[i];
      for (let j = 156; j < 512; j++) sum += block[j];
      return sum;
    }
    function encodeOct(val, n) {
      val = val.toString(8);
      if (val.length > n) return SEVENS.slice(0, n) + " ";
      return ZEROS.slice(0, n - val.length) + val + " ";
    }
    function encodeSizeBin(num, buf, off) {
      buf[off] = 128;
      for (let i = 11; i > 0; i--) {
        buf[off + i] = num & 255;
        num = Math.floor(num / 256);
      }
    }
    function encodeSize(num, buf, off) {
      if (num.toString(8).length > 11) {
        encodeSizeBin(num, buf, off);
      } else {
        b4a.write(buf, encodeOct(num, 11), off);
      }
    }
    function parse256(buf) {
      let positive;
      if (buf[0] === 128) positive = true;
      else if (buf[0] === 255) positive = false;
      else return null;
      const tuple = [];
      let i;
      for (i = buf.length - 1; i > 0; i--) {
        const byte = buf[i];
        if (positive) tuple.push(byte);
        else tuple.push(255 - byte);
      }
      let sum = 0;
      const l = tuple.length;
      for (i = 0; i < l; i++) {
        sum += tuple[i] * Math.pow(256, i);
      }
      return positive ? sum : -1 * sum;
    }
    function decodeOct(val, offset, length) {
      val = val.subarray(offset, offset + length);
      offset = 0;
      if (val[offset] & 128) {
        return parse256(val);
      } else {
        while (offset < val.length && val[offset] === 32) offset++;
        const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length);
        while (offset < end && val[offset] === 0) offset++;
        if (end === offset) return 0;
        return parseInt(b4a.toString(val.subarray(offset, end)), 8);
      }
    }
    function decodeStr(val, offset, length, encoding) {
      return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding);
    }
    function addLength(str) {
      const len = b4a.byteLength(str);
      let digits2 = Math.floor(Math.log(len) / Math.log(10)) + 1;
      if (len + digits2 >= Math.pow(10, digits2)) digits2++;
      return len + digits2 + str;
    }
  }
});

// node_modules/tar-stream/extract.js
var require_extract = __commonJS({
  "node_modules/tar-stream/extract.js"(exports, module) {
    var { Writable, Readable: Readable5, getStreamError } = require_streamx();
    var FIFO = require_fast_fifo();
    var b4a = require_b4a();
    var headers = require_headers();
    var EMPTY = b4a.alloc(0);
    var MAX_HEADER_SIZE = 4 * 1024 * 1024;
    var BufferList = class {
      constructor() {
        this.buffered = 0;
        this.shifted = 0;
        this.queue = new FIFO();
        this._offset = 0;
      }
      push(buffer) {
        this.buffered += buffer.byteLength;
        this.queue.push(buffer);
      }
      shiftFirst(size) {
        return this.buffered === 0 ? null : this._next(size);
      }
      shift(size) {
        if (size > this.buffered) return null;
        if (size === 0) return EMPTY;
        let chunk = this._next(size);
        if (size === chunk.byteLength) return chunk;
        const chunks = [chunk];
        while ((size -= chunk.byteLength) > 0) {
          chunk = this._next(size);
          chunks.push(chunk);
        }
        return b4a.concat(chunks);
      }
      _next(size) {
        const buf = this.queue.peek();
        const rem = buf.byteLength - this._offset;
        if (size >= rem) {
          const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf;
          this.queue.shift();
          this._offset = 0;
          this.buffered -= rem;
          this.shifted += rem;
          return sub;
        }
        this.buffered -= size;
        this.shifted += size;
        return buf.subarray(this._offset, this._offset += size);
      }
    };
    var Source = class extends Readable5 {
      constructor(self, header, offset) {
        super();
        this.header = header;
        this.offset = offset;
        this._parent = self;
      }
      _read(cb) {
        if (this.header.size === 0) {
          this.push(null);
        }
        if (this._parent._stream === this) {
          this._parent._update();
        }
        cb(null);
      }
      _predestroy() {
        this._parent.destroy(getStreamError(this));
      }
      _detach() {
        if (this._parent._stream === this) {
          this._parent._stream = null;
          this._parent._missing = overflow(this.header.size);
          this._parent._update();
        }
      }
      _destroy(cb) {
        this._detach();
        cb(null);
      }
    };
    var Extract = class extends Writable {
      constructor(opts) {
        super(opts);
        if (!opts) opts = {};
        this._buffer = new BufferList();
        this._offset = 0;
        this._header = null;
        this._stream = null;
        this._missing = 0;
        this._longHeader = false;
        this._callback = noop;
        this._locked = false;
        this._finished = false;
        this._pax = null;
        this._paxGlobal = null;
        this._gnuLongPath = null;
        this._gnuLongLinkPath = null;
        this._filenameEncoding = opts.filenameEncoding || "utf-8";
        this._allowUnknownFormat = !!opts.allowUnknownFormat;
        this._unlockBound = this._unlock.bind(this);
      }
      _unlock(err2) {
        this._locked = false;
        if (err2) {
          this.destroy(err2);
          this._continueWrite(err2);
          return;
        }
        this._update();
      }
      _consumeHeader() {
        if (this._locked) return false;
        this._offset = this._buffer.shifted;
        try {
          this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat);
        } catch (err2) {
          this._continueWrite(err2);
          return false;
        }
        if (!this._header) return true;
        this._header.byteOffset = this._buffer.shifted;
        switch (this._header.type) {
          case "gnu-long-path":
          case "gnu-long-link-path":
          case "pax-global-header":
          case "pax-header":
            this._longHeader = true;
            this._missing = this._header.size;
            if (this._missing > MAX_HEADER_SIZE) {
              this._continueWrite(new Error("Header exceeds max size"));
              return false;
            }
            return true;
        }
        this._locked = true;
        this._applyLongHeaders();
        if (!(this._header.size >= 0)) {
          this._continueWrite(new Error("Invalid header"));
          return false;
        }
        if (this._header.size === 0 || this._header.type === "directory") {
          this.emit("entry", this._header, this._createStream(), this._unlockBound);
          return true;
        }
        this._stream = this._createStream();
        this._missing = this._header.size;
        this.emit("entry", this._header, this._stream, this._unlockBound);
        return true;
      }
      _applyLongHeaders() {
        if (this._gnuLongPath) {
          this._header.name = this._gnuLongPath;
          this._gnuLongPath = null;
        }
        if (this._gnuLongLinkPath) {
          this._header.linkname = this._gnuLongLinkPath;
          this._gnuLongLinkPath = null;
        }
        if (this._pax) {
          if (this._pax.path) this._header.name = this._pax.path;
          if (this._pax.linkpath) this._header.linkname = this._pax.linkpath;
          if (this._pax.size) this._header.size = parseInt(this._pax.size, 10);
          this._header.pax = this._pax;
          this._pax = null;
        }
      }
      _decodeLongHeader(buf) {
        switch (this._header.type) {
          case "gnu-long-path":
            this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "gnu-long-link-path":
            this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "pax-global-header":
            this._paxGlobal = headers.decodePax(buf);
            break;
          case "pax-header":
            this._pax = this._paxGlobal === null ? headers.decodePax(buf) : Object.assign({}, this._paxGlobal, headers.decodePax(buf));
            break;
        }
      }
      _consumeLongHeader() {
        this._longHeader = false;
        this._missing = overflow(this._header.size);
        const buf = this._buffer.shift(this._header.size);
        try {
          this._decodeLongHeader(buf);
        } catch (err2) {
          this._continueWrite(err2);
          return false;
        }
        return true;
      }
      _consumeStream() {
        const buf = this._buffer.shiftFirst(this._missing);
        if (buf === null) return false;
        this._missing -= buf.byteLength;
        const drained = this._stream.push(buf);
        if (this._missing === 0) {
          this._stream.push(null);
          if (drained) this._stream._detach();
          return drained && this._locked === false;
        }
        return drained;
      }
      _createStream() {
        return new Source(this, this._header, this._offset);
      }
      _update() {
        while (this._buffer.buffered > 0 && !this.destroying) {
          if (this._missing > 0) {
            if (this._stream !== null) {
              if (this._consumeStream() === false) return;
              continue;
            }
            if (this._longHeader === true) {
              if (this._missing > this._buffer.buffered) break;
              if (this._consumeLongHeader() === false) return false;
              continue;
            }
            const ignore2 = this._buffer.shiftFirst(this._missing);
            if (ignore2 !== null) this._missing -= ignore2.byteLength;
            continue;
          }
          if (this._buffer.buffered < 512) break;
          if (this._stream !== null || this._consumeHeader() === false) return;
        }
        this._continueWrite(null);
      }
      _continueWrite(err2) {
        const cb = this._callback;
        this._callback = noop;
        cb(err2);
      }
      _write(data, cb) {
        this._callback = cb;
        this._buffer.push(data);
        this._update();
      }
      _final(cb) {
        this._finished = this._missing === 0 && this._buffer.buffered === 0;
        cb(this._finished ? null : new Error("Unexpected end of data"));
      }
      _predestroy() {
        this._continueWrite(null);
      }
      _destroy(cb) {
        if (this._stream) this._stream.destroy(getStreamError(this));
        cb(null);
      }
      [Symbol.asyncIterator]() {
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        let entryStream = null;
        let entryCallback = null;
        const extract = this;
        this.on("entry", onentry);
        this.on("error", (err2) => {
          error = err2;
        });
        this.on("close", onclose);
        return {
          [Symbol.asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(onnext);
          },
          return() {
            return destroy(null);
          },
          throw(err2) {
            return destroy(err2);
          }
        };
        function consumeCallback(err2) {
          if (!entryCallback) return;
          const cb = entryCallback;
          entryCallback = null;
          cb(err2);
        }
        function onnext(resolve3, reject) {
          if (error) {
            return reject(error);
          }
          if (entryStream) {
            resolve3({ value: entryStream, done: false });
            entryStream = null;
            return;
          }
          promiseResolve = resolve3;
          promiseReject = reject;
          consumeCallback(null);
          if (extract._finished && promiseResolve) {
            promiseResolve({ value: void 0, done: true });
            promiseResolve = promiseReject = null;
          }
        }
        function onentry(header, stream, callback) {
          entryCallback = callback;
          stream.on("error", noop);
          if (promiseResolve) {
            promiseResolve({ value: stream, done: false });
            promiseResolve = promiseReject = null;
          } else {
            entryStream = stream;
          }
        }
        function onclose() {
          consumeCallback(error);
          if (!promiseResolve) return;
          if (error) promiseReject(error);
          else promiseResolve({ value: void 0, done: true });
          promiseResolve = promiseReject = null;
        }
        function destroy(err2) {
          extract.destroy(err2);
          consumeCallback(err2);
          return new Promise((resolve3, reject) => {
            if (extract.destroyed) return resolve3({ value: void 0, done: true });
            extract.once("close", function() {
              if (err2) reject(err2);
              else resolve3({ value: void 0, done: true });
            });
          });
        }
      }
    };
    module.exports = function extract(opts) {
      return new Extract(opts);
    };
    function noop() {
    }
    function overflow(size) {
      size &= 511;
      return size && 512 - size;
    }
  }
});

// node_modules/tar-stream/constants.js
var require_constants4 = __commonJS({
  "node_modules/tar-stream/constants.js"(exports, module) {
    var constants = {
      // just for envs without fs
      S_IFMT: 61440,
      S_IFDIR: 16384,
      S_IFCHR: 8192,
      S_IFBLK: 24576,
      S_IFIFO: 4096,
      S_IFLNK: 40960
    };
    try {
      module.exports = __require("fs").constants || constants;
    } catch {
      module.exports = constants;
    }
  }
});

// node_modules/tar-stream/pack.js
var require_pack = __commonJS({
  "node_modules/tar-stream/pack.js"(exports, module) {
    var { Readable: Readable5, Writable, getStreamError } = require_streamx();
    var b4a = require_b4a();
    var constants = require_constants4();
    var headers = require_headers();
    var DMODE = 493;
    var FMODE = 420;
    var END_OF_TAR = b4a.alloc(1024);
    var Sink = class extends Writable {
      constructor(pack, header, callback) {
        super({ mapWritable, eagerOpen: true });
        this.written = 0;
        this.header = header;
        this._callback = callback;
        this._linkname = null;
        this._isLinkname = header.type === "symlink" && !header.linkname;
        this._isVoid = header.type !== "file" && header.type !== "contiguous-file";
        this._finished = false;
        this._pack = pack;
        this._openCallback = null;
        if (this._pack._stream === null) this._pack._stream = this;
        else this._pack._pending.push(this);
      }
      _open(cb) {
        this._openCallback = cb;
        if (this._pack._stream === this) this._continueOpen();
      }
      _continuePack(err2) {
        if (this._callback === null) return;
        const callback = this._callback;
        this._callback = null;
        callback(err2);
      }
      _continueOpen() {
        if (this._pack._stream === null) this._pack._stream = this;
        const cb = this._openCallback;
        this._openCallback = null;
        if (cb === null) return;
        if (this._pack.destroying) return cb(new Error("pack stream destroyed"));
        if (this._pack._finalized) return cb(new Error("pack stream is already finalized"));
        this._pack._stream = this;
        if (!this._isLinkname) {
          this._pack._encode(this.header);
        }
        if (this._isVoid) {
          this._finish();
          this._continuePack(null);
        }
        cb(null);
      }
      _write(data, cb) {
        if (this._isLinkname) {
          this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data;
          return cb(null);
        }
        if (this._isVoid) {
          if (data.byteLength > 0) {
            return cb(new Error("No body allowed for this entry"));
          }
          return cb();
        }
        this.written += data.byteLength;
        if (this._pack.push(data)) return cb();
        this._pack._drain = cb;
      }
      _finish() {
        if (this._finished) return;
        this._finished = true;
        if (this._isLinkname) {
          this.header.linkname = this._linkname ? b4a.toString(this._linkname, "utf-8") : "";
          this._pack._encode(this.header);
        }
        overflow(this._pack, this.header.size);
        this._pack._done(this);
      }
      _final(cb) {
        if (this.written !== this.header.size) {
          return cb(new Error("Size mismatch"));
        }
        this._finish();
        cb(null);
      }
      _getError() {
        return getStreamError(this) || new Error("tar entry destroyed");
      }
      _predestroy() {
        this._pack.destroy(this._getError());
      }
      _destroy(cb) {
        this._pack._done(this);
        this._continuePack(this._finished ? null : this._getError());
        cb();
      }
    };
    var Pack = class extends Readable5 {
      constructor(opts) {
        super(opts);
        this._drain = noop;
        this._finalized = false;
        this._finalizing = false;
        this._pending = [];
        this._stream = null;
      }
      entry(header, buffer, callback) {
        if (this._finalized || this.destroying) throw new Error("already finalized or destroyed");
        if (typeof buffer === "function") {
          callback = buffer;
          buffer = null;
        }
        if (!callback) callback = noop;
        if (!header.size || header.type === "symlink") header.size = 0;
        if (!header.type) header.type = modeToType(header.mode);
        if (!header.mode) header.mode = header.type === "directory" ? DMODE : FMODE;
        if (!header.uid) header.uid = 0;
        if (!header.gid) header.gid = 0;
        if (!header.mtime) header.mtime = /* @__PURE__ */ new Date();
        if (typeof buffer === "string") buffer = b4a.from(buffer);
        const sink = new Sink(this, header, callback);
        if (b4a.isBuffer(buffer)) {
          header.size = buffer.byteLength;
          sink.write(buffer);
          sink.end();
          return sink;
        }
        if (sink._isVoid) {
          return sink;
        }
        return sink;
      }
      finalize() {
        if (this._stream || this._pending.length > 0) {
          this._finalizing = true;
          return;
        }
        if (this._finalized) return;
        this._finalized = true;
        this.push(END_OF_TAR);
        this.push(null);
      }
      _done(stream) {
        if (stream !== this._stream) return;
        this._stream = null;
        if (this._finalizing) this.finalize();
        if (this._pending.length) this._pending.shift()._continueOpen();
      }
      _encode(header) {
        if (!header.pax) {
          const buf = headers.encode(header);
          if (buf) {
            this.push(buf);
            return;
          }
        }
        this._encodePax(header);
      }
      _encodePax(header) {
        const paxHeader = headers.encodePax({
          name: header.name,
          linkname: header.linkname,
          pax: header.pax
        });
        const newHeader = {
          name: "PaxHeader",
          mode: header.mode,
          uid: header.uid,
          gid: header.gid,
          size: paxHeader.byteLength,
          mtime: header.mtime,
          type: "pax-header",
          linkname: header.linkname && "PaxHeader",
          uname: header.uname,
          gname: header.gname,
          devmajor: header.devmajor,
          devminor: header.devminor
        };
        this.push(headers.encode(newHeader));
        this.push(paxHeader);
        overflow(this, paxHeader.byteLength);
        newHeader.size = header.size;
        newHeader.type = header.type;
        this.push(headers.encode(newHeader));
      }
      _doDrain() {
        const drain2 = this._drain;
        this._drain = noop;
        drain2();
      }
      _predestroy() {
        const err2 = getStreamError(this);
        if (this._stream) this._stream.destroy(err2);
        while (this._pending.length) {
          const stream = this._pending.shift();
          stream.destroy(err2);
          stream._continueOpen();
        }
        this._doDrain();
      }
      _read(cb) {
        this._doDrain();
        cb();
      }
    };
    module.exports = function pack(opts) {
      return new Pack(opts);
    };
    function modeToType(mode) {
      switch (mode & constants.S_IFMT) {
        case constants.S_IFBLK:
          return "block-device";
        case constants.S_IFCHR:
          return "character-device";
        case constants.S_IFDIR:
          return "directory";
        case constants.S_IFIFO:
          return "fifo";
        case constants.S_IFLNK:
          return "symlink";
      }
      return "file";
    }
    function noop() {
    }
    function overflow(self, size) {
      size &= 511;
      if (size) self.push(END_OF_TAR.subarray(0, 512 - size));
    }
    function mapWritable(buf) {
      return b4a.isBuffer(buf) ? buf : b4a.from(buf);
    }
  }
});

// node_modules/tar-stream/index.js
var require_tar_stream = __commonJS({
  "node_modules/tar-stream/index.js"(exports) {
    exports.extract = require_extract();
    exports.pack = require_pack();
  }
});

// node_modules/pend/index.js
var require_pend = __commonJS({
  "node_modules/pend/index.js"(exports, module) {
    module.exports = Pend;
    function Pend() {
      this.pending = 0;
      this.max = Infinity;
      this.listeners = [];
      this.waiting = [];
      this.error = null;
    }
    Pend.prototype.go = function(fn) {
      if (this.pending < this.max) {
        pendGo(this, fn);
      } else {
        this.waiting.push(fn);
      }
    };
    Pend.prototype.wait = function(cb) {
      if (this.pending === 0) {
        cb(this.error);
      } else {
        this.listeners.push(cb);
      }
    };
    Pend.prototype.hold = function() {
      return pendHold(this);
    };
    function pendHold(self) {
      self.pending += 1;
      var called = false;
      return onCb;
      function onCb(err2) {
        if (called) throw new Error("callback called twice");
        called = true;
        self.error = self.error || err2;
        self.pending -= 1;
        if (self.waiting.length > 0 && self.pending < self.max) {
          pendGo(self, self.waiting.shift());
        } else if (self.pending === 0) {
          var listeners = self.listeners;
          self.listeners = [];
          listeners.forEach(cbListener);
        }
      }
      function cbListener(listener) {
        listener(self.error);
      }
    }
    function pendGo(self, fn) {
      fn(pendHold(self));
    }
  }
});

// node_modules/yauzl/fd-slicer.js
var require_fd_slicer = __commonJS({
  "node_modules/yauzl/fd-slicer.js"(exports) {
    var fs = __require("fs");
    var util = __require("util");
    var stream = __require("stream");
    var Readable5 = stream.Readable;
    var Writable = stream.Writable;
    var PassThrough4 = stream.PassThrough;
    var Pend = require_pend();
    var EventEmitter = __require("events").EventEmitter;
    exports.createFromBuffer = createFromBuffer;
    exports.createFromFd = createFromFd;
    exports.BufferSlicer = BufferSlicer;
    exports.FdSlicer = FdSlicer;
    util.inherits(FdSlicer, EventEmitter);
    function FdSlicer(fd, options2) {
      options2 = options2 || {};
      EventEmitter.call(this);
      this.fd = fd;
      this.pend = new Pend();
      this.pend.max = 1;
      this.refCount = 0;
      this.autoClose = !!options2.autoClose;
    }
    FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
      var self = this;
      self.pend.go(function(cb) {
        fs.read(self.fd, buffer, offset, length, position, function(err2, bytesRead, buffer2) {
          cb();
          callback(err2, bytesRead, buffer2);
        });
      });
    };
    FdSlicer.prototype.write = function(buffer, offset, length, position, callback) {
      var self = this;
      self.pend.go(function(cb) {
        fs.write(self.fd, buffer, offset, length, position, function(err2, written, buffer2) {
          cb();
          callback(err2, written, buffer2);
        });
      });
    };
    FdSlicer.prototype.createReadStream = function(options2) {
      return new ReadStream(this, options2);
    };
    FdSlicer.prototype.createWriteStream = function(options2) {
      return new WriteStream(this, options2);
    };
    FdSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    FdSlicer.prototype.unref = function() {
      var self = this;
      self.refCount -= 1;
      if (self.refCount > 0) return;
      if (self.refCount < 0) throw new Error("invalid unref");
      if (self.autoClose) {
        fs.close(self.fd, onCloseDone);
      }
      function onCloseDone(err2) {
        if (err2) {
          self.emit("error", err2);
        } else {
          self.emit("close");
        }
      }
    };
    util.inherits(ReadStream, Readable5);
    function ReadStream(context, options2) {
      options2 = options2 || {};
      Readable5.call(this, options2);
      this.context = context;
      this.context.ref();
      this.start = options2.start || 0;
      this.endOffset = options2.end;
      this.pos = this.start;
      this.destroyed = false;
    }
    ReadStream.prototype._read = function(n) {
      var self = this;
      if (self.destroyed) return;
      var toRead = Math.min(self._readableState.highWaterMark, n);
      if (self.endOffset != null) {
        toRead = Math.min(toRead, self.endOffset - self.pos);
      }
      if (toRead <= 0) {
        self.destroyed = true;
        self.push(null);
        self.context.unref();
        return;
      }
      self.context.pend.go(function(cb) {
        if (self.destroyed) return cb();
        var buffer = Buffer.allocUnsafe(toRead);
        fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err2, bytesRead) {
          if (err2) {
            self.destroy(err2);
          } else if (bytesRead === 0) {
            self.destroyed = true;
            self.push(null);
            self.context.unref();
          } else {
            self.pos += bytesRead;
            self.push(buffer.slice(0, bytesRead));
          }
          cb();
        });
      });
    };
    ReadStream.prototype.destroy = function(err2) {
      if (this.destroyed) return;
      err2 = err2 || new Error("stream destroyed");
      this.destroyed = true;
      this.emit("error", err2);
      this.context.unref();
    };
    util.inherits(WriteStream, Writable);
    function WriteStream(context, options2) {
      options2 = options2 || {};
      Writable.call(this, options2);
      this.context = context;
      this.context.ref();
      this.start = options2.start || 0;
      this.endOffset = options2.end == null ? Infinity : +options2.end;
      this.bytesWritten = 0;
      this.pos = this.start;
      this.destroyed = false;
      this.on("finish", this.destroy.bind(this));
    }
    WriteStream.prototype._write = function(buffer, encoding, callback) {
      var self = this;
      if (self.destroyed) return;
      if (self.pos + buffer.length > self.endOffset) {
        var err2 = new Error("maximum file length exceeded");
        err2.code = "ETOOBIG";
        self.destroy();
        callback(err2);
        return;
      }
      self.context.pend.go(function(cb) {
        if (self.destroyed) return cb();
        fs.write(self.context.fd, buffer, 0, buffer.length, self.pos, function(err3, bytes) {
          if (err3) {
            self.destroy();
            cb();
            callback(err3);
          } else {
            self.bytesWritten += bytes;
            self.pos += bytes;
            self.emit("progress");
            cb();
            callback();
          }
        });
      });
    };
    WriteStream.prototype.destroy = function() {
      if (this.destroyed) return;
      this.destroyed = true;
      this.context.unref();
    };
    util.inherits(BufferSlicer, EventEmitter);
    function BufferSlicer(buffer, options2) {
      EventEmitter.call(this);
      options2 = options2 || {};
      this.refCount = 0;
      this.buffer = buffer;
      this.maxChunkSize = options2.maxChunkSize || Number.MAX_SAFE_INTEGER;
    }
    BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
      if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
      if (position < 0) throw new RangeError("position is negative: " + position);
      if (offset + length > buffer.length) {
        length = buffer.length - offset;
      }
      if (position + length > this.buffer.length) {
        length = this.buffer.length - position;
      }
      if (length <= 0) {
        setImmediate(function() {
          callback(null, 0);
        });
        return;
      }
      this.buffer.copy(buffer, offset, position, position + length);
      setImmediate(function() {
        callback(null, length);
      });
    };
    BufferSlicer.prototype.write = function(buffer, offset, length, position, callback) {
      buffer.copy(this.buffer, position, offset, offset + length);
      setImmediate(function() {
        callback(null, length, buffer);
      });
    };
    BufferSlicer.prototype.createReadStream = function(options2) {
      options2 = options2 || {};
      var readStream = new PassThrough4(options2);
      readStream.destroyed = false;
      readStream.start = options2.start || 0;
      readStream.endOffset = options2.end;
      readStream.pos = readStream.endOffset || this.buffer.length;
      var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
      var offset = 0;
      while (true) {
        var nextOffset = offset + this.maxChunkSize;
        if (nextOffset >= entireSlice.length) {
          if (offset < entireSlice.length) {
            readStream.write(entireSlice.slice(offset, entireSlice.length));
          }
          break;
        }
        readStream.write(entireSlice.slice(offset, nextOffset));
        offset = nextOffset;
      }
      readStream.end();
      readStream.destroy = function() {
        readStream.destroyed = true;
      };
      return readStream;
    };
    BufferSlicer.prototype.createWriteStream = function(options2) {
      var bufferSlicer = this;
      options2 = options2 || {};
      var writeStream = new Writable(options2);
      writeStream.start = options2.start || 0;
      writeStream.endOffset = options2.end == null ? this.buffer.length : +options2.end;
      writeStream.bytesWritten = 0;
      writeStream.pos = writeStream.start;
      writeStream.destroyed = false;
      writeStream._write = function(buffer, encoding, callback) {
        if (writeStream.destroyed) return;
        var end = writeStream.pos + buffer.length;
        if (end > writeStream.endOffset) {
          var err2 = new Error("maximum file length exceeded");
          err2.code = "ETOOBIG";
          writeStream.destroyed = true;
          callback(err2);
          return;
        }
        buffer.copy(bufferSlicer.buffer, writeStream.pos, 0, buffer.length);
        writeStream.bytesWritten += buffer.length;
        writeStream.pos = end;
        writeStream.emit("progress");
        callback();
      };
      writeStream.destroy = function() {
        writeStream.destroyed = true;
      };
      return writeStream;
    };
    BufferSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    BufferSlicer.prototype.unref = function() {
      this.refCount -= 1;
      if (this.refCount < 0) {
        throw new Error("invalid unref");
      }
    };
    function createFromBuffer(buffer, options2) {
      return new BufferSlicer(buffer, options2);
    }
    function createFromFd(fd, options2) {
      return new FdSlicer(fd, options2);
    }
  }
});

// node_modules/buffer-crc32/index.js
var require_buffer_crc32 = __commonJS({
  "node_modules/buffer-crc32/index.js"(exports, module) {
    var Buffer2 = __require("buffer").Buffer;
    var CRC_TABLE3 = [
      0,
      1996959894,
      3993919788,
      2567524794,
      124634137,
      1886057615,
      3915621685,
      2657392035,
      249268274,
      2044508324,
      3772115230,
      2547177864,
      162941995,
      2125561021,
      3887607047,
      2428444049,
      498536548,
      1789927666,
      4089016648,
      2227061214,
      450548861,
      1843258603,
      4107580753,
      2211677639,
      325883990,
      1684777152,
      4251122042,
      2321926636,
      335633487,
      1661365465,
      4195302755,
      2366115317,
      997073096,
      1281953886,
      3579855332,
      2724688242,
      1006888145,
      1258607687,
      3524101629,
      2768942443,
      901097722,
      1119000684,
      3686517206,
      2898065728,
      853044451,
      1172266101,
      3705015759,
      2882616665,
      651767980,
      1373503546,
      3369554304,
      3218104598,
      565507253,
      1454621731,
      3485111705,
      3099436303,
      671266974,
      1594198024,
      3322730930,
      2970347812,
      795835527,
      1483230225,
      3244367275,
      3060149565,
      1994146192,
      31158534,
      2563907772,
      4023717930,
      1907459465,
      112637215,
      2680153253,
      3904427059,
      2013776290,
      251722036,
      2517215374,
      3775830040,
      2137656763,
      141376813,
      2439277719,
      3865271297,
      1802195444,
      476864866,
      2238001368,
      4066508878,
      1812370925,
      453092731,
      2181625025,
      4111451223,
      1706088902,
      314042704,
      2344532202,
      4240017532,
      1658658271,
      366619977,
      2362670323,
      4224994405,
      1303535960,
      984961486,
      2747007092,
      3569037538,
      1256170817,
      1037604311,
      2765210733,
      3554079995,
      1131014506,
      879679996,
      2909243462,
      3663771856,
      1141124467,
      855842277,
      2852801631,
      3708648649,
      1342533948,
      654459306,
      3188396048,
      3373015174,
      1466479909,
      544179635,
      3110523913,
      3462522015,
      1591671054,
      702138776,
      2966460450,
      3352799412,
      1504918807,
      783551873,
      3082640443,
      3233442989,
      3988292384,
      2596254646,
      62317068,
      1957810842,
      3939845945,
      2647816111,
      81470997,
      1943803523,
      3814918930,
      2489596804,
      225274430,
      2053790376,
      3826175755,
      2466906013,
      167816743,
      2097651377,
      4027552580,
      2265490386,
      503444072,
      1762050814,
      4150417245,
      2154129355,
      426522225,
      1852507879,
      4275313526,
      2312317920,
      282753626,
      1742555852,
      4189708143,
      2394877945,
      397917763,
      1622183637,
      3604390888,
      2714866558,
      953729732,
      1340076626,
      3518719985,
      2797360999,
      1068828381,
      1219638859,
      3624741850,
      2936675148,
      906185462,
      1090812512,
      3747672003,
      2825379669,
      829329135,
      1181335161,
      3412177804,
      3160834842,
      628085408,
      1382605366,
      3423369109,
      3138078467,
      570562233,
      1426400815,
      3317316542,
      2998733608,
      733239954,
      1555261956,
      3268935591,
      3050360625,
      752459403,
      1541320221,
      2607071920,
      3965973030,
      1969922972,
      40735498,
      2617837225,
      3943577151,
      1913087877,
      83908371,
      2512341634,
      3803740692,
      2075208622,
      213261112,
      2463272603,
      3855990285,
      2094854071,
      198958881,
      2262029012,
      4057260610,
      1759359992,
      534414190,
      2176718541,
      4139329115,
      1873836001,
      414664567,
      2282248934,
      4279200368,
      1711684554,
      285281116,
      2405801727,
      4167216745,
      1634467795,
      376229701,
      2685067896,
      3608007406,
      1308918612,
      956543938,
      2808555105,
      3495958263,
      1231636301,
      1047427035,
      2932959818,
      3654703836,
      1088359270,
      936918e3,
      2847714899,
      3736837829,
      1202900863,
      817233897,
      3183342108,
      3401237130,
      1404277552,
      615818150,
      3134207493,
      3453421203,
      1423857449,
      601450431,
      3009837614,
      3294710456,
      1567103746,
      711928724,
      3020668471,
      3272380065,
      1510334235,
      755167117
    ];
    if (typeof Int32Array !== "undefined") {
      CRC_TABLE3 = new Int32Array(CRC_TABLE3);
    }
    function ensureBuffer(input) {
      if (Buffer2.isBuffer(input)) {
        return input;
      }
      var hasNewBufferAPI = typeof Buffer2.alloc === "function" && typeof Buffer2.from === "function";
      if (typeof input === "number") {
        return hasNewBufferAPI ? Buffer2.alloc(input) : new Buffer2(input);
      } else if (typeof input === "string") {
        return hasNewBufferAPI ? Buffer2.from(input) : new Buffer2(input);
      } else {
        throw new Error("input must be buffer, number, or string, received " + typeof input);
      }
    }
    function bufferizeInt(num) {
      var tmp = ensureBuffer(4);
      tmp.writeInt32BE(num, 0);
      return tmp;
    }
    function _crc32(buf, previous) {
      buf = ensureBuffer(buf);
      if (Buffer2.isBuffer(previous)) {
        previous = previous.readUInt32BE(0);
      }
      var crc = ~~previous ^ -1;
      for (var n = 0; n < buf.length; n++) {
        crc = CRC_TABLE3[(crc ^ buf[n]) & 255] ^ crc >>> 8;
      }
      return crc ^ -1;
    }
    function crc324() {
      return bufferizeInt(_crc32.apply(null, arguments));
    }
    crc324.signed = function() {
      return _crc32.apply(null, arguments);
    };
    crc324.unsigned = function() {
      return _crc32.apply(null, arguments) >>> 0;
    };
    module.exports = crc324;
  }
});

// node_modules/yauzl/index.js
var require_yauzl = __commonJS({
  "node_modules/yauzl/index.js"(exports) {
    var fs = __require("fs");
    var zlib3 = __require("zlib");
    var fd_slicer = require_fd_slicer();
    var crc324 = require_buffer_crc32();
    var util = __require("util");
    var EventEmitter = __require("events").EventEmitter;
    var Transform2 = __require("stream").Transform;
    var PassThrough4 = __require("stream").PassThrough;
    var Writable = __require("stream").Writable;
    exports.open = open3;
    exports.fromFd = fromFd;
    exports.fromBuffer = fromBuffer;
    exports.fromRandomAccessReader = fromRandomAccessReader;
    exports.dosDateTimeToDate = dosDateTimeToDate;
    exports.getFileNameLowLevel = getFileNameLowLevel;
    exports.validateFileName = validateFileName;
    exports.parseExtraFields = parseExtraFields;
    exports.ZipFile = ZipFile;
    exports.Entry = Entry;
    exports.LocalFileHeader = LocalFileHeader;
    exports.RandomAccessReader = RandomAccessReader;
    function open3(path, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      fs.open(path, "r", function(err2, fd) {
        if (err2) return callback(err2);
        fromFd(fd, options2, function(err3, zipfile) {
          if (err3) fs.close(fd, defaultCallback);
          callback(err3, zipfile);
        });
      });
    }
    function fromFd(fd, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      fs.fstat(fd, function(err2, stats) {
        if (err2) return callback(err2);
        var reader = fd_slicer.createFromFd(fd, { autoClose: true });
        fromRandomAccessReader(reader, stats.size, options2, callback);
      });
    }
    function fromBuffer(buffer, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      var reader = fd_slicer.createFromBuffer(buffer, { maxChunkSize: 65536 });
      fromRandomAccessReader(reader, buffer.length, options2, callback);
    }
    function fromRandomAccessReader(reader, totalSize, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      var decodeStrings = !!options2.decodeStrings;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
      if (totalSize > Number.MAX_SAFE_INTEGER) {
        throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
      }
      reader.ref();
      var eocdrWithoutCommentSize = 22;
      var zip64EocdlSize = 20;
      var maxCommentSize = 65535;
      var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
      var buffer = newBuffer(bufferSize);
      var bufferReadStart = totalSize - buffer.length;
      readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err2) {
        if (err2) return callback(err2);
        for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
          if (buffer.readUInt32LE(i) !== 101010256) continue;
          var eocdrBuffer = buffer.subarray(i);
          var diskNumber = eocdrBuffer.readUInt16LE(4);
          var entryCount = eocdrBuffer.readUInt16LE(10);
          var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
          var commentLength = eocdrBuffer.readUInt16LE(20);
          var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
          if (commentLength !== expectedCommentLength) {
            return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK☺☻` in the comment?"));
          }
          var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false) : eocdrBuffer.subarray(22);
          if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 117853008) {
            var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
            var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
            var zip64EocdrBuffer = newBuffer(56);
            return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err3) {
              if (err3) return callback(err3);
              if (zip64EocdrBuffer.readUInt32LE(0) !== 101075792) {
                return callback(new Error("invalid zip64 end of central directory record signature"));
              }
              diskNumber = zip64EocdrBuffer.readUInt32LE(16);
              if (diskNumber !== 0) {
                return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
              }
              entryCount = readUInt64LE(zip64EocdrBuffer, 32);
              centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
              return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
            });
          }
          if (diskNumber !== 0) {
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
        }
        callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
      });
    }
    util.inherits(ZipFile, EventEmitter);
    function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
      var self = this;
      EventEmitter.call(self);
      self.reader = reader;
      self.reader.on("error", function(err2) {
        emitError(self, err2);
      });
      self.reader.once("close", function() {
        self.emit("close");
      });
      self.readEntryCursor = centralDirectoryOffset;
      self.fileSize = fileSize;
      self.entryCount = entryCount;
      self.comment = comment;
      self.entriesRead = 0;
      self.autoClose = !!autoClose;
      self.lazyEntries = !!lazyEntries;
      self.decodeStrings = !!decodeStrings;
      self.validateEntrySizes = !!validateEntrySizes;
      self.strictFileNames = !!strictFileNames;
      self.isOpen = true;
      self.emittedError = false;
      if (!self.lazyEntries) self._readEntry();
    }
    ZipFile.prototype.close = function() {
      if (!this.isOpen) return;
      this.isOpen = false;
      this.reader.unref();
    };
    function emitErrorAndAutoClose(self, err2) {
      if (self.autoClose) self.close();
      emitError(self, err2);
    }
    function emitError(self, err2) {
      if (self.emittedError) return;
      self.emittedError = true;
      self.emit("error", err2);
    }
    ZipFile.prototype.readEntry = function() {
      if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
      this._readEntry();
    };
    ZipFile.prototype._readEntry = function() {
      var self = this;
      if (self.entryCount === self.entriesRead) {
        setImmediate(function() {
          if (self.autoClose) self.close();
          if (self.emittedError) return;
          self.emit("end");
        });
        return;
      }
      if (self.emittedError) return;
      var buffer = newBuffer(46);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err2) {
        if (err2) return emitErrorAndAutoClose(self, err2);
        if (self.emittedError) return;
        var entry = new Entry();
        var signature = buffer.readUInt32LE(0);
        if (signature !== 33639248) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
        entry.versionMadeBy = buffer.readUInt16LE(4);
        entry.versionNeededToExtract = buffer.readUInt16LE(6);
        entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
        entry.compressionMethod = buffer.readUInt16LE(10);
        entry.lastModFileTime = buffer.readUInt16LE(12);
        entry.lastModFileDate = buffer.readUInt16LE(14);
        entry.crc32 = buffer.readUInt32LE(16);
        entry.compressedSize = buffer.readUInt32LE(20);
        entry.uncompressedSize = buffer.readUInt32LE(24);
        entry.fileNameLength = buffer.readUInt16LE(28);
        entry.extraFieldLength = buffer.readUInt16LE(30);
        entry.fileCommentLength = buffer.readUInt16LE(32);
        entry.internalFileAttributes = buffer.readUInt16LE(36);
        entry.externalFileAttributes = buffer.readUInt32LE(38);
        entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);
        if (entry.generalPurposeBitFlag & 64) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));
        self.readEntryCursor += 46;
        buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
        readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err3) {
          if (err3) return emitErrorAndAutoClose(self, err3);
          if (self.emittedError) return;
          entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
          var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
          entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
          entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);
          try {
            entry.extraFields = parseExtraFields(entry.extraFieldRaw);
          } catch (err4) {
            return emitErrorAndAutoClose(self, err4);
          }
          if (self.decodeStrings) {
            var isUtf8 = (entry.generalPurposeBitFlag & 2048) !== 0;
            entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
            entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
            var errorMessage = validateFileName(entry.fileName);
            if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
          } else {
            entry.fileComment = entry.fileCommentRaw;
            entry.fileName = entry.fileNameRaw;
          }
          entry.comment = entry.fileComment;
          self.readEntryCursor += buffer.length;
          self.entriesRead += 1;
          for (var i = 0; i < entry.extraFields.length; i++) {
            var extraField = entry.extraFields[i];
            if (extraField.id !== 1) continue;
            var zip64EiefBuffer = extraField.data;
            var index = 0;
            if (entry.uncompressedSize === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
              }
              entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            if (entry.compressedSize === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
              }
              entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            if (entry.relativeOffsetOfLocalHeader === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
              }
              entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            break;
          }
          if (self.validateEntrySizes && entry.compressionMethod === 0) {
            var expectedCompressedSize = entry.uncompressedSize;
            if (entry.isEncrypted()) {
              expectedCompressedSize += 12;
            }
            if (entry.compressedSize !== expectedCompressedSize) {
              var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
              return emitErrorAndAutoClose(self, new Error(msg));
            }
          }
          self.emit("entry", entry);
          if (!self.lazyEntries) self._readEntry();
        });
      });
    };
    ZipFile.prototype.openReadStream = function(entry, options2, callback) {
      var self = this;
      var relativeStart = 0;
      var relativeEnd = entry.compressedSize;
      if (callback == null) {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) {
        options2 = {};
      } else {
        if (options2.decrypt != null) {
          if (!entry.isEncrypted()) {
            throw new Error("options.decrypt can only be specified for encrypted entries");
          }
          if (options2.decrypt !== false) throw new Error("invalid options.decrypt value: " + options2.decrypt);
          if (entry.isCompressed()) {
            if (options2.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false");
          }
        }
        if (options2.decompress != null) {
          if (!entry.isCompressed()) {
            throw new Error("options.decompress can only be specified for compressed entries");
          }
          if (!(options2.decompress === false || options2.decompress === true)) {
            throw new Error("invalid options.decompress value: " + options2.decompress);
          }
        }
        if (options2.start != null || options2.end != null) {
          if (entry.isCompressed() && options2.decompress !== false) {
            throw new Error("start/end range not allowed for compressed entry without options.decompress === false");
          }
          if (entry.isEncrypted() && options2.decrypt !== false) {
            throw new Error("start/end range not allowed for encrypted entry without options.decrypt === false");
          }
        }
        if (options2.start != null) {
          relativeStart = options2.start;
          if (relativeStart < 0) throw new Error("options.start < 0");
          if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
        }
        if (options2.end != null) {
          relativeEnd = options2.end;
          if (relativeEnd < 0) throw new Error("options.end < 0");
          if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
          if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
        }
      }
      if (!self.isOpen) return callback(new Error("closed"));
      if (entry.isEncrypted()) {
        if (options2.decrypt !== false) return callback(new Error("entry is encrypted, and options.decrypt !== false"));
      }
      var decompress2;
      if (entry.compressionMethod === 0) {
        decompress2 = false;
      } else if (entry.compressionMethod === 8) {
        decompress2 = options2.decompress != null ? options2.decompress : true;
      } else {
        return callback(new Error("unsupported compression method: " + entry.compressionMethod));
      }
      self.readLocalFileHeader(entry, { minimal: true }, function(err2, localFileHeader) {
        if (err2) return callback(err2);
        self.openReadStreamLowLevel(
          localFileHeader.fileDataStart,
          entry.compressedSize,
          relativeStart,
          relativeEnd,
          decompress2,
          entry.uncompressedSize,
          callback
        );
      });
    };
    ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress2, uncompressedSize, callback) {
      var self = this;
      var fileDataEnd = fileDataStart + compressedSize;
      var readStream = self.reader.createReadStream({
        start: fileDataStart + relativeStart,
        end: fileDataStart + relativeEnd
      });
      var endpointStream = readStream;
      if (decompress2) {
        var destroyed = false;
        var inflateFilter = zlib3.createInflateRaw();
        readStream.on("error", function(err2) {
          setImmediate(function() {
            if (!destroyed) inflateFilter.emit("error", err2);
          });
        });
        readStream.pipe(inflateFilter);
        if (self.validateEntrySizes) {
          endpointStream = new AssertByteCountStream(uncompressedSize);
          inflateFilter.on("error", function(err2) {
            setImmediate(function() {
              if (!destroyed) endpointStream.emit("error", err2);
            });
          });
          inflateFilter.pipe(endpointStream);
        } else {
          endpointStream = inflateFilter;
        }
        installDestroyFn(endpointStream, function() {
          destroyed = true;
          if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
          readStream.unpipe(inflateFilter);
          readStream.destroy();
        });
      }
      callback(null, endpointStream);
    };
    ZipFile.prototype.readLocalFileHeader = function(entry, options2, callback) {
      var self = this;
      if (callback == null) {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      self.reader.ref();
      var buffer = newBuffer(30);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err2) {
        try {
          if (err2) return callback(err2);
          var signature = buffer.readUInt32LE(0);
          if (signature !== 67324752) {
            return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
          }
          var fileNameLength = buffer.readUInt16LE(26);
          var extraFieldLength = buffer.readUInt16LE(28);
          var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
          if (fileDataStart + entry.compressedSize > self.fileSize) {
            return callback(new Error("file data overflows file bounds: " + fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
          }
          if (options2.minimal) {
            return callback(null, { fileDataStart });
          }
          var localFileHeader = new LocalFileHeader();
          localFileHeader.fileDataStart = fileDataStart;
          localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
          localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
          localFileHeader.compressionMethod = buffer.readUInt16LE(8);
          localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
          localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
          localFileHeader.crc32 = buffer.readUInt32LE(14);
          localFileHeader.compressedSize = buffer.readUInt32LE(18);
          localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
          localFileHeader.fileNameLength = fileNameLength;
          localFileHeader.extraFieldLength = extraFieldLength;
          buffer = newBuffer(fileNameLength + extraFieldLength);
          self.reader.ref();
          readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err3) {
            try {
              if (err3) return callback(err3);
              localFileHeader.fileName = buffer.subarray(0, fileNameLength);
              localFileHeader.extraField = buffer.subarray(fileNameLength);
              return callback(null, localFileHeader);
            } finally {
              self.reader.unref();
            }
          });
        } finally {
          self.reader.unref();
        }
      });
    };
    function Entry() {
    }
    Entry.prototype.getLastModDate = function(options2) {
      if (options2 == null) options2 = {};
      if (!options2.forceDosFormat) {
        for (var i = 0; i < this.extraFields.length; i++) {
          var extraField = this.extraFields[i];
          if (extraField.id === 21589) {
            var data = extraField.data;
            if (data.length < 5) continue;
            var flags = data[0];
            var HAS_MTIME = 1;
            if (!(flags & HAS_MTIME)) continue;
            var posixTimestamp = data.readInt32LE(1);
            return new Date(posixTimestamp * 1e3);
          } else if (extraField.id === 10) {
            var data = extraField.data;
            var cursor = 4;
            while (cursor < data.length + 4) {
              var tag = data.readUInt16LE(cursor);
              cursor += 2;
              var size = data.readUInt16LE(cursor);
              cursor += 2;
              if (tag !== 1) {
                cursor += size;
                continue;
              }
              if (size < 8 || cursor + size > data.length) break;
              var hundredNanoSecondsSince1601 = 4294967296 * data.readInt32LE(cursor + 4) + data.readUInt32LE(cursor);
              var millisecondsSince1970 = hundredNanoSecondsSince1601 / 1e4 - 116444736e5;
              return new Date(millisecondsSince1970);
            }
          }
        }
      }
      return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options2.timezone);
    };
    Entry.prototype.isEncrypted = function() {
      return (this.generalPurposeBitFlag & 1) !== 0;
    };
    Entry.prototype.isCompressed = function() {
      return this.compressionMethod === 8;
    };
    function LocalFileHeader() {
    }
    function dosDateTimeToDate(date, time, timezone) {
      var day = date & 31;
      var month = (date >> 5 & 15) - 1;
      var year = (date >> 9 & 127) + 1980;
      var millisecond = 0;
      var second = (time & 31) * 2;
      var minute = time >> 5 & 63;
      var hour = time >> 11 & 31;
      if (timezone == null || timezone === "local") {
        return new Date(year, month, day, hour, minute, second, millisecond);
      } else if (timezone === "UTC") {
        return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
      } else {
        throw new Error("unrecognized options.timezone: " + options.timezone);
      }
    }
    function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
      var fileName = null;
      for (var i = 0; i < extraFields.length; i++) {
        var extraField = extraFields[i];
        if (extraField.id === 28789) {
          if (extraField.data.length < 6) {
            continue;
          }
          if (extraField.data.readUInt8(0) !== 1) {
            continue;
          }
          var oldNameCrc32 = extraField.data.readUInt32LE(1);
          if (crc324.unsigned(fileNameBuffer) !== oldNameCrc32) {
            continue;
          }
          fileName = decodeBuffer(extraField.data.subarray(5), true);
          break;
        }
      }
      if (fileName == null) {
        var isUtf8 = (generalPurposeBitFlag & 2048) !== 0;
        fileName = decodeBuffer(fileNameBuffer, isUtf8);
      }
      if (!strictFileNames) {
        fileName = fileName.replace(/\\/g, "/");
      }
      return fileName;
    }
    function validateFileName(fileName) {
      if (fileName.indexOf("\\") !== -1) {
        return "invalid characters in fileName: " + fileName;
      }
      if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
        return "absolute path: " + fileName;
      }
      if (fileName.split("/").indexOf("..") !== -1) {
        return "invalid relative path: " + fileName;
      }
      return null;
    }
    function parseExtraFields(extraFieldBuffer) {
      var extraFields = [];
      var i = 0;
      while (i < extraFieldBuffer.length - 3) {
        var headerId = extraFieldBuffer.readUInt16LE(i + 0);
        var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
        var dataStart = i + 4;
        var dataEnd = dataStart + dataSize;
        if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
        var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
        extraFields.push({
          id: headerId,
          data: dataBuffer
        });
        i = dataEnd;
      }
      return extraFields;
    }
    function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
      if (length === 0) {
        return setImmediate(function() {
          callback(null, newBuffer(0));
        });
      }
      reader.read(buffer, offset, length, position, function(err2, bytesRead) {
        if (err2) return callback(err2);
        if (bytesRead < length) {
          return callback(new Error("unexpected EOF"));
        }
        callback();
      });
    }
    util.inherits(AssertByteCountStream, Transform2);
    function AssertByteCountStream(byteCount) {
      Transform2.call(this);
      this.actualByteCount = 0;
      this.expectedByteCount = byteCount;
    }
    AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
      this.actualByteCount += chunk.length;
      if (this.actualByteCount > this.expectedByteCount) {
        var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb(null, chunk);
    };
    AssertByteCountStream.prototype._flush = function(cb) {
      if (this.actualByteCount < this.expectedByteCount) {
        var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb();
    };
    util.inherits(RandomAccessReader, EventEmitter);
    function RandomAccessReader() {
      EventEmitter.call(this);
      this.refCount = 0;
    }
    RandomAccessReader.prototype.ref = function() {
      this.refCount += 1;
    };
    RandomAccessReader.prototype.unref = function() {
      var self = this;
      self.refCount -= 1;
      if (self.refCount > 0) return;
      if (self.refCount < 0) throw new Error("invalid unref");
      self.close(onCloseDone);
      function onCloseDone(err2) {
        if (err2) return self.emit("error", err2);
        self.emit("close");
      }
    };
    RandomAccessReader.prototype.createReadStream = function(options2) {
      if (options2 == null) options2 = {};
      var start = options2.start;
      var end = options2.end;
      if (start === end) {
        var emptyStream = new PassThrough4();
        setImmediate(function() {
          emptyStream.end();
        });
        return emptyStream;
      }
      var stream = this._readStreamForRange(start, end);
      var destroyed = false;
      var refUnrefFilter = new RefUnrefFilter(this);
      stream.on("error", function(err2) {
        setImmediate(function() {
          if (!destroyed) refUnrefFilter.emit("error", err2);
        });
      });
      installDestroyFn(refUnrefFilter, function() {
        stream.unpipe(refUnrefFilter);
        refUnrefFilter.unref();
        stream.destroy();
      });
      var byteCounter = new AssertByteCountStream(end - start);
      refUnrefFilter.on("error", function(err2) {
        setImmediate(function() {
          if (!destroyed) byteCounter.emit("error", err2);
        });
      });
      installDestroyFn(byteCounter, function() {
        destroyed = true;
        refUnrefFilter.unpipe(byteCounter);
        refUnrefFilter.destroy();
      });
      return stream.pipe(refUnrefFilter).pipe(byteCounter);
    };
    RandomAccessReader.prototype._readStreamForRange = function(start, end) {
      throw new Error("not implemented");
    };
    RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
      var readStream = this.createReadStream({ start: position, end: position + length });
      var writeStream = new Writable();
      var written = 0;
      writeStream._write = function(chunk, encoding, cb) {
        chunk.copy(buffer, offset + written, 0, chunk.length);
        written += chunk.length;
        cb();
      };
      writeStream.on("finish", callback);
      readStream.on("error", function(error) {
        callback(error);
      });
      readStream.pipe(writeStream);
    };
    RandomAccessReader.prototype.close = function(callback) {
      setImmediate(callback);
    };
    util.inherits(RefUnrefFilter, PassThrough4);
    function RefUnrefFilter(context) {
      PassThrough4.call(this);
      this.context = context;
      this.context.ref();
      this.unreffedYet = false;
    }
    RefUnrefFilter.prototype._flush = function(cb) {
      this.unref();
      cb();
    };
    RefUnrefFilter.prototype.unref = function(cb) {
      if (this.unreffedYet) return;
      this.unreffedYet = true;
      this.context.unref();
    };
    var cp437 = "\0☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼ !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~⌂ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ";
    function decodeBuffer(buffer, isUtf8) {
      if (isUtf8) {
        return buffer.toString("utf8");
      } else {
        var result = "";
        for (var i = 0; i < buffer.length; i++) {
          result += cp437[buffer[i]];
        }
        return result;
      }
    }
    function readUInt64LE(buffer, offset) {
      var lower32 = buffer.readUInt32LE(offset);
      var upper32 = buffer.readUInt32LE(offset + 4);
      return upper32 * 4294967296 + lower32;
    }
    var newBuffer;
    if (typeof Buffer.allocUnsafe === "function") {
      newBuffer = function(len) {
        return Buffer.allocUnsafe(len);
      };
    } else {
      newBuffer = function(len) {
        return new Buffer(len);
      };
    }
    function installDestroyFn(stream, fn) {
      if (typeof stream.destroy === "function") {
        stream._destroy = function(err2, cb) {
          fn();
          if (cb != null) cb(err2);
        };
      } else {
        stream.destroy = fn;
      }
    }
    function defaultCallback(err2) {
      if (err2) throw err2;
    }
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
  const stop = (reason, at2 = i) => {
    throw new Stop(at2, at2 >= text.length ? "the file ends too early" : reason);
  };
  const show = (at2) => at2 < text.length ? `\`${text[at2]}\`` : "the end";
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
function looksLikeHash(token2) {
  const n = token2.length;
  if (n < 6 || n > 64 || !TOKEN.test(token2)) return false;
  if (/^\d+$/.test(token2)) return n >= 8;
  if (/^(?:[0-9a-f]+|[0-9A-F]+)$/.test(token2) && n >= 8) return /\d/.test(token2);
  const digit = /\d/.test(token2);
  const lower2 = /[a-z]/.test(token2);
  const upper2 = /[A-Z]/.test(token2);
  if (n === 8 && /^[-_]|[-_]$|[-_]{2}/.test(token2)) return digit || upper2;
  if (upper2 && digit && !lower2 && !/[-_]/.test(token2)) return n >= 8 && !/^[A-Z]{1,5}\d{2,4}$/.test(token2);
  if (Number(digit) + Number(lower2) + Number(upper2) < 2) return false;
  if (n < 8 && !digit) return false;
  const maxHumps = n <= 8 ? 3 : 6;
  return !token2.split(/[-_]/).filter((part) => part !== "").every((part) => readsAsWord(part, maxHumps));
}
function isBase32Hash(token2, nameBefore) {
  return /^[A-Z2-7]{8}$/.test(token2) && /[a-z]/.test(nameBefore);
}
function couldBeHash(token2) {
  if (token2.length !== 8 || !TOKEN.test(token2)) return false;
  if (/^[A-Z2-7]{8}$/.test(token2)) return true;
  const classes = Number(/\d/.test(token2)) + Number(/[a-z]/.test(token2)) + Number(/[A-Z]/.test(token2));
  return classes >= 2;
}

// src/engine/name-pattern.ts
var VERSION_DIR = /^v?\d+(?:\.\d+){1,3}(?:[-+][0-9A-Za-z.-]+)?$/;
var VERSIONED_FILE = /^(.*?[^\d.][-_.@])v?\d+(?:\.\d+)+(?:-(?:alpha|beta|rc|next|canary|pre|dev)(?:\.?\d+)*)?((?:\.[A-Za-z][A-Za-z0-9]{0,9}){0,3})$/;
var MAX_EXTENSIONS = 3;
var strict = {
  isHash: (token2, nameBefore) => looksLikeHash(token2) || isBase32Hash(token2, nameBefore),
  // A whole name is usually a word (`lroEngine`, `GenerateN`, `msvcp140`): only hex, or 8 chars
  // with a digit that are not a word and a number.
  isWholeHash: (stem) => /^(?:[0-9a-f]{8,}|[0-9A-F]{8,}|\d{8,})$/.test(stem) ? looksLikeHash(stem) : stem.length === 8 && /\d/.test(stem) && !/^[A-Za-z][a-z]*\d+$/.test(stem) && looksLikeHash(stem)
};
var loose = {
  isHash: (token2) => couldBeHash(token2),
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

// src/rules/secret/redact.ts
import { createHash } from "node:crypto";
function redact(value, prefixLength) {
  if (value.length < 20) return "***";
  const prefix = value.slice(0, Math.min(prefixLength, 4));
  return `${prefix}…${value.slice(-4)}`;
}
function valueDigest(value) {
  return createHash("sha256").update(value, "latin1").digest("hex").slice(0, 16);
}
function maskablePieces(value) {
  const lines = value.split(/\r?\n|\\(?:r\\)?n/).map((line) => line.trim()).filter((line) => line.length >= 8);
  return lines.length > 1 ? lines : [value];
}
var URL_USERINFO = /\b([a-z][a-z0-9+.-]{0,30}:\/\/)[^\s/?#@"'<>`]+@/gi;
var URL_SECRET_PARAM = /([?&](?:[a-z0-9_-]*(?:token|secret|password|passwd|pwd|key|sig|signature|credential|auth)[a-z0-9_-]*)=)[^&#\s"'<>`]+/gi;
function redactUrlCredentials(text) {
  if (!text.includes("://") && !text.includes("=")) return text;
  return text.replace(URL_USERINFO, "$1***@").replace(URL_SECRET_PARAM, "$1***");
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
function git(context, args, options2 = {}) {
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
        if (options2.allowFailure && typeof error.code === "number" && error.code === 1)
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
    const token2 = password ?? (userinfo && /^https?$/i.test(protocol) && userinfo.length >= 16 ? userinfo : void 0);
    const user = userinfo && !token2 ? `${userinfo}@` : token2 ? "***@" : "";
    return hosted(`${protocol}://${user}${host}${port ? `:${port}` : ""}${path2}`, host, path2, token2);
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
import { createHash as createHash2 } from "node:crypto";
function fingerprint(ruleId, identity, path, evidence = "") {
  return createHash2("sha256").update([ruleId, identity, path, evidence].join("\0")).digest("hex").slice(0, 32);
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
import { createReadStream as createReadStream5 } from "node:fs";
import { open as open2 } from "node:fs/promises";
import { basename } from "node:path";

// src/sources/byte-reader.ts
var TruncatedError = class extends Error {
  constructor(what) {
    super(`unexpected end of archive (truncated) while reading ${what}`);
  }
};
var ByteReader = class {
  iterator;
  buffered = Buffer.alloc(0);
  done = false;
  /** Bytes consumed so far (offset of the next byte). */
  offset = 0;
  constructor(input) {
    this.iterator = input[Symbol.asyncIterator]();
  }
  /** Whether the stream has no more bytes. */
  async atEnd() {
    await this.fill(1);
    return this.buffered.length === 0;
  }
  /** Exactly `length` bytes (for headers: small). */
  async read(length, what) {
    await this.fill(length);
    if (this.buffered.length < length) throw new TruncatedError(what);
    const out = this.buffered.subarray(0, length);
    this.buffered = this.buffered.subarray(length);
    this.offset += length;
    return out;
  }
  /** Up to `length` bytes that are there (fewer only at the end of the stream). */
  async peek(length) {
    await this.fill(length);
    return this.buffered.subarray(0, Math.min(length, this.buffered.length));
  }
  /** The next `length` bytes as chunks, streamed. */
  async *chunks(length, what) {
    let left = length;
    while (left > 0) {
      if (this.buffered.length === 0) {
        await this.fill(1);
        if (this.buffered.length === 0) throw new TruncatedError(what);
      }
      const take = Math.min(left, this.buffered.length);
      const chunk = this.buffered.subarray(0, take);
      this.buffered = this.buffered.subarray(take);
      this.offset += take;
      left -= take;
      yield chunk;
    }
  }
  async skip(length, what) {
    for await (const _ of this.chunks(length, what)) {
    }
  }
  /** Everything left, streamed (a payload that runs to the end of the stream). */
  async *rest() {
    if (this.buffered.length > 0) {
      const chunk = this.buffered;
      this.buffered = Buffer.alloc(0);
      this.offset += chunk.length;
      yield chunk;
    }
    while (!this.done) {
      const next = await this.iterator.next();
      if (next.done) {
        this.done = true;
        return;
      }
      this.offset += next.value.length;
      yield next.value;
    }
  }
  async fill(length) {
    if (this.buffered.length >= length || this.done) return;
    const chunks = [this.buffered];
    let have = this.buffered.length;
    while (have < length) {
      const next = await this.iterator.next();
      if (next.done) {
        this.done = true;
        break;
      }
      chunks.push(next.value);
      have += next.value.length;
    }
    this.buffered = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
  }
};
async function* contentOf(bytes) {
  if (bytes.length > 0) yield bytes;
}
async function* noContent() {
}

// src/sources/ar-reader.ts
var AR_MAGIC = Buffer.from("!<arch>\n", "latin1");
var MAX_NAME_TABLE = 1024 * 1024;
var AR_SYMBOL_TABLE = "(ar symbol table)";
var AR_NAME_TABLE = "(ar long-name table)";
async function* readAr(input) {
  const reader = new ByteReader(input);
  const magic = await reader.read(8, "the ar signature");
  if (!magic.equals(AR_MAGIC)) throw new Error("not an ar archive (bad signature)");
  let longNames = "";
  while (!await reader.atEnd()) {
    const header = await reader.read(60, "an ar member header");
    if (header[58] !== 96 || header[59] !== 10)
      throw new Error(`corrupt ar member header at offset ${reader.offset - 60}`);
    const field = (from, to) => header.subarray(from, to).toString("latin1").trim();
    let name = field(0, 16);
    const size = decimal(field(48, 58), "size");
    const mode = Number.parseInt(field(40, 48) || "644", 8) & 4095;
    let dataSize = size;
    if (name.startsWith("#1/")) {
      const length = decimal(name.slice(3), "BSD name length");
      if (length > dataSize) throw new Error("corrupt ar member: its name is longer than the member");
      name = (await reader.read(length, "a BSD long name")).toString("utf8").replace(/\0+$/, "");
      dataSize -= length;
    } else if (name === "//") {
      if (size > MAX_NAME_TABLE) throw new Error(`corrupt ar archive: a ${size}-byte long-name table`);
      const table2 = await reader.read(size, "the GNU long-name table");
      longNames = table2.toString("utf8");
      yield {
        name: AR_NAME_TABLE,
        type: "file",
        size,
        mode: 420,
        sealed: true,
        content: () => contentOf(table2)
      };
      await pad(reader, size);
      continue;
    } else if (name === "/" || name === "/SYM64/") {
      name = AR_SYMBOL_TABLE;
    } else if (/^\/\d+$/.test(name)) {
      const at2 = Number(name.slice(1));
      const end = longNames.indexOf("/\n", at2);
      if (at2 >= longNames.length || end === -1)
        throw new Error(`corrupt ar member: long name ${name} is not in the table`);
      name = longNames.slice(at2, end);
    } else if (name.endsWith("/")) {
      name = name.slice(0, -1);
    }
    let consumed = false;
    yield {
      name,
      type: "file",
      size: dataSize,
      mode: Number.isNaN(mode) ? 420 : mode,
      content: () => {
        consumed = true;
        return reader.chunks(dataSize, `ar member ${name}`);
      }
    };
    if (!consumed) await reader.skip(dataSize, `ar member ${name}`);
    await pad(reader, size);
  }
}
async function pad(reader, size) {
  if (size % 2 === 1 && !await reader.atEnd()) await reader.read(1, "ar padding");
}
function decimal(text, what) {
  if (!/^\d+$/.test(text)) throw new Error(`corrupt ar member header: ${what} is "${text}"`);
  return Number(text);
}

// src/sources/cpio-reader.ts
var TRAILER = "TRAILER!!!";
var MAX_LINK_TARGET = 64 * 1024;
async function* readCpio(input) {
  const reader = new ByteReader(input);
  for (; ; ) {
    const magic = (await reader.read(6, "a cpio header")).toString("latin1");
    const newc = magic === "070701" || magic === "070702";
    if (!newc && magic !== "070707")
      throw new Error(
        `corrupt cpio header at offset ${reader.offset - 6} (magic "${printableMagic(magic)}")`
      );
    const header = await reader.read(newc ? 104 : 70, "a cpio header");
    const hex2 = (index) => number2(header.subarray(index * 8, index * 8 + 8), 16);
    const octal = (offset, length) => number2(header.subarray(offset, offset + length), 8);
    const mode = newc ? hex2(1) : octal(12, 6);
    const nameSize = newc ? hex2(11) : octal(53, 6);
    const size = newc ? hex2(6) : octal(59, 11);
    if (nameSize === 0 || nameSize > 4096 * 4)
      throw new Error(`corrupt cpio header: name of ${nameSize} bytes`);
    const name = (await reader.read(nameSize, "a cpio name")).toString("utf8").replace(/\0.*$/s, "");
    if (newc) await align(reader, 110 + nameSize);
    if (name === TRAILER) {
      yield* afterTrailer(reader);
      return;
    }
    const kind = mode & 61440;
    if (kind === 40960) {
      if (size > MAX_LINK_TARGET)
        throw new Error(`corrupt cpio entry ${name}: a ${size}-byte symlink target`);
      const target = (await reader.read(size, `the link target of ${name}`)).toString("utf8");
      if (newc) await align(reader, size);
      yield { name, type: "symlink", size: 0, mode: mode & 4095, linkTarget: target, content: noContent };
      continue;
    }
    if ((kind === 16384 || kind !== 32768) && size === 0) {
      if (kind === 16384)
        yield { name, type: "directory", size: 0, mode: mode & 4095, content: noContent };
      continue;
    }
    let consumed = false;
    yield {
      name,
      type: "file",
      size,
      mode: mode & 4095,
      content: () => {
        consumed = true;
        return reader.chunks(size, `cpio entry ${name}`);
      }
    };
    if (!consumed) await reader.skip(size, `cpio entry ${name}`);
    if (newc) await align(reader, size);
  }
}
async function align(reader, length) {
  const pad2 = (4 - length % 4) % 4;
  if (pad2 > 0) await reader.read(pad2, "cpio padding");
}
async function* afterTrailer(reader) {
  for (; ; ) {
    const next = await reader.peek(64 * 1024);
    if (next.length === 0) return;
    const firstData = next.findIndex((byte) => byte !== 0);
    if (firstData === -1) {
      await reader.skip(next.length, "cpio padding");
      continue;
    }
    await reader.skip(firstData, "cpio padding");
    yield {
      name: "(data after the cpio trailer)",
      type: "file",
      size: -1,
      mode: 420,
      content: () => reader.rest()
    };
    return;
  }
}
function number2(bytes, radix) {
  const text = bytes.toString("latin1");
  const pattern = radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!pattern.test(text)) throw new Error(`corrupt cpio header field "${printableMagic(text)}"`);
  return Number.parseInt(text, radix);
}
function printableMagic(text) {
  return text.replace(/[^\x20-\x7e]/g, "?");
}

// src/sources/rpm-reader.ts
var RPM_MAGIC = [237, 171, 238, 219];
var HEADER_MAGIC = Buffer.from([142, 173, 232, 1]);
var MAX_HEADER_BYTES = 32 * 1024 * 1024;
var RPM_PAYLOAD = "(payload)";
async function* readRpm(input) {
  const reader = new ByteReader(input);
  const lead = await reader.read(96, "the rpm lead");
  if (!RPM_MAGIC.every((b, i) => lead[i] === b)) throw new Error("not an rpm package (bad lead)");
  const signature = await readHeader(reader, "the signature header", true);
  const main = await readHeader(reader, "the main header", false);
  const text = Buffer.from([...headerStrings(signature), ...headerStrings(main)].join("\n"), "utf8");
  yield {
    name: RPM_HEADER,
    type: "file",
    size: text.length,
    mode: 420,
    sealed: true,
    content: () => contentOf(text)
  };
  yield { name: RPM_PAYLOAD, type: "file", size: -1, mode: 420, content: () => reader.rest() };
}
var RPM_HEADER = "(header)";
async function readHeader(reader, what, padded) {
  const intro = await reader.read(16, what);
  if (!intro.subarray(0, 4).equals(HEADER_MAGIC)) throw new Error(`corrupt rpm: ${what} has a bad magic`);
  const entries = intro.readUInt32BE(8);
  const data = intro.readUInt32BE(12);
  const size = entries * 16 + data;
  if (size > MAX_HEADER_BYTES) throw new Error(`corrupt rpm: ${what} claims ${size} bytes`);
  const bytes = await reader.read(size, what);
  if (padded) {
    const pad2 = (8 - size % 8) % 8;
    if (pad2) await reader.skip(pad2, `${what} padding`);
  }
  return { index: bytes.subarray(0, entries * 16), store: bytes.subarray(entries * 16) };
}
function headerStrings({ index, store }) {
  const lines = [];
  for (let at2 = 0; at2 + 16 <= index.length; at2 += 16) {
    const tag = index.readUInt32BE(at2);
    const type = index.readUInt32BE(at2 + 4);
    let offset = index.readUInt32BE(at2 + 8);
    const count3 = type === 6 ? 1 : Math.min(index.readUInt32BE(at2 + 12), 1e5);
    if (type !== 6 && type !== 8 && type !== 9) continue;
    for (let n = 0; n < count3 && offset < store.length; n++) {
      const end = store.indexOf(0, offset);
      const stop = end === -1 ? store.length : end;
      lines.push(`tag ${tag}: ${store.subarray(offset, stop).toString("utf8")}`);
      offset = stop + 1;
    }
  }
  return lines;
}

// src/sources/sevenzip-reader.ts
import { Readable } from "node:stream";
import { createInflateRaw } from "node:zlib";

// src/sources/bzip2-decoder.ts
var BLOCK_MAGIC = 54156738319193;
var END_MAGIC = 25779555029136;
var PIECE = 64 * 1024;
var MAX_BLOCK_INPUT = 1024 * 1024 + 64 * 1024;
var GROUP_SIZE = 50;
var MAX_GROUPS = 6;
var MAX_CODE_LENGTH = 20;
var Bzip2Error = class extends Error {
};
var NeedMore = class {
};
var NEED_MORE = new NeedMore();
var CRC_TABLE = Array.from({ length: 256 }, (_, byte) => {
  let crc = byte << 24;
  for (let bit = 0; bit < 8; bit++) crc = crc & 2147483648 ? crc << 1 ^ 79764919 : crc << 1;
  return crc >>> 0;
});
var BitReader = class {
  constructor(bytes, start) {
    this.bytes = bytes;
    this.next = start >>> 3;
    const skip = start & 7;
    if (skip > 0) {
      this.read(0);
      this.take(skip);
    }
  }
  /** Bits read ahead from `bytes`, most recent in the low bits; `have` of them are unread. */
  acc = 0;
  have = 0;
  next;
  get position() {
    return this.next * 8 - this.have;
  }
  read(count3) {
    if (count3 > 24) return this.read(count3 - 24) * 16777216 + this.read(24);
    return this.take(count3);
  }
  take(count3) {
    while (this.have < count3) {
      if (this.next >= this.bytes.length) throw NEED_MORE;
      this.acc = (this.acc << 8 | this.bytes[this.next++]) >>> 0;
      this.have += 8;
    }
    this.have -= count3;
    return count3 === 0 ? 0 : this.acc >>> this.have & (1 << count3) - 1;
  }
};
function huffmanTable(lengths, alphabetSize) {
  let minLength = MAX_CODE_LENGTH;
  let maxLength = 0;
  for (let i = 0; i < alphabetSize; i++) {
    minLength = Math.min(minLength, lengths[i]);
    maxLength = Math.max(maxLength, lengths[i]);
  }
  const perm = new Int32Array(alphabetSize);
  let p = 0;
  for (let length = minLength; length <= maxLength; length++)
    for (let symbol = 0; symbol < alphabetSize; symbol++) if (lengths[symbol] === length) perm[p++] = symbol;
  const count3 = new Int32Array(MAX_CODE_LENGTH + 2);
  for (let i = 0; i < alphabetSize; i++) count3[lengths[i]]++;
  const limit = new Int32Array(MAX_CODE_LENGTH + 2).fill(-1);
  const base = new Int32Array(MAX_CODE_LENGTH + 2);
  let code = 0;
  let index = 0;
  for (let length = minLength; length <= maxLength; length++) {
    base[length] = code - index;
    code += count3[length];
    index += count3[length];
    limit[length] = code - 1;
    code <<= 1;
  }
  return { minLength, limit, base, perm };
}
function decodeSymbol(bits, table2) {
  let length = table2.minLength;
  let code = bits.read(length);
  while (length <= MAX_CODE_LENGTH) {
    if (code <= table2.limit[length]) {
      const index = code - table2.base[length];
      if (index < 0 || index >= table2.perm.length) break;
      return table2.perm[index];
    }
    code = code * 2 + bits.read(1);
    length++;
  }
  throw new Bzip2Error("bzip2 data is corrupt (a Huffman code that no table has)");
}
function readBlock(bits, maxBlock) {
  const crc = bits.read(32);
  if (bits.read(1))
    throw new Bzip2Error("bzip2 randomised blocks (from bzip2 before 0.9.5) are not supported");
  const origin = bits.read(24);
  const used = bits.read(16);
  const symbols = [];
  for (let i = 0; i < 16; i++) {
    if (!(used & 32768 >> i)) continue;
    const row = bits.read(16);
    for (let j = 0; j < 16; j++) if (row & 32768 >> j) symbols.push(i * 16 + j);
  }
  if (symbols.length === 0) throw new Bzip2Error("bzip2 data is corrupt (a block uses no symbols)");
  const alphabetSize = symbols.length + 2;
  const groups = bits.read(3);
  if (groups < 2 || groups > MAX_GROUPS) throw new Bzip2Error("bzip2 data is corrupt (bad table count)");
  const selectorCount = bits.read(15);
  if (selectorCount < 1) throw new Bzip2Error("bzip2 data is corrupt (no selectors)");
  const order = Array.from({ length: groups }, (_, i) => i);
  const selectors = new Uint8Array(selectorCount);
  for (let i = 0; i < selectorCount; i++) {
    let j = 0;
    while (bits.read(1)) {
      j++;
      if (j >= groups) throw new Bzip2Error("bzip2 data is corrupt (bad selector)");
    }
    const value = order[j];
    order.splice(j, 1);
    order.unshift(value);
    selectors[i] = value;
  }
  const tables = [];
  for (let t = 0; t < groups; t++) {
    const lengths = new Uint8Array(alphabetSize);
    let length2 = bits.read(5);
    for (let i = 0; i < alphabetSize; i++) {
      for (; ; ) {
        if (length2 < 1 || length2 > MAX_CODE_LENGTH)
          throw new Bzip2Error("bzip2 data is corrupt (bad code length)");
        if (!bits.read(1)) break;
        length2 += bits.read(1) ? -1 : 1;
      }
      lengths[i] = length2;
    }
    tables.push(huffmanTable(lengths, alphabetSize));
  }
  const tt = new Uint32Array(maxBlock);
  const mtf = new Uint8Array(256).map((_, i) => i);
  const endOfBlock = alphabetSize - 1;
  let length = 0;
  let group2 = -1;
  let left = 0;
  let table2 = tables[0];
  let run2 = 0;
  let runWeight = 1;
  for (; ; ) {
    if (left === 0) {
      group2++;
      if (group2 >= selectorCount) throw new Bzip2Error("bzip2 data is corrupt (more groups than selectors)");
      table2 = tables[selectors[group2]];
      left = GROUP_SIZE;
    }
    left--;
    const symbol = decodeSymbol(bits, table2);
    if (symbol <= 1) {
      run2 += (symbol + 1) * runWeight;
      runWeight *= 2;
      if (run2 > maxBlock) throw new Bzip2Error("bzip2 data is corrupt (a run longer than the block)");
      continue;
    }
    if (run2 > 0) {
      if (length + run2 > maxBlock)
        throw new Bzip2Error("bzip2 data is corrupt (a block longer than its size)");
      tt.fill(symbols[mtf[0]], length, length + run2);
      length += run2;
      run2 = 0;
      runWeight = 1;
    }
    if (symbol === endOfBlock) break;
    if (length >= maxBlock) throw new Bzip2Error("bzip2 data is corrupt (a block longer than its size)");
    const index = symbol - 1;
    if (index >= symbols.length) throw new Bzip2Error("bzip2 data is corrupt (a symbol out of range)");
    const value = mtf[index];
    for (let k = index; k > 0; k--) mtf[k] = mtf[k - 1];
    mtf[0] = value;
    tt[length++] = symbols[value];
  }
  if (origin >= length) throw new Bzip2Error("bzip2 data is corrupt (origin pointer past the block)");
  const cumulative = new Int32Array(256);
  for (let i = 0; i < length; i++) cumulative[tt[i] & 255]++;
  for (let i = 0, sum = 0; i < 256; i++) {
    const count3 = cumulative[i];
    cumulative[i] = sum;
    sum += count3;
  }
  for (let i = 0; i < length; i++) {
    const byte = tt[i] & 255;
    tt[cumulative[byte]] = (tt[cumulative[byte]] | i << 8) >>> 0;
    cumulative[byte]++;
  }
  return { crc, tt, length, origin };
}
function* blockBytes(block) {
  const { tt, length } = block;
  let position = tt[block.origin] >>> 8;
  let crc = 4294967295;
  let out = Buffer.allocUnsafe(PIECE);
  let used = 0;
  let previous = -1;
  let same = 0;
  const table2 = CRC_TABLE;
  for (let i = 0; i < length; i++) {
    const entry = tt[position];
    const byte = entry & 255;
    position = entry >>> 8;
    const repeat = same === 4 ? byte : 1;
    const value = same === 4 ? previous : byte;
    if (same === 4) {
      same = 0;
      previous = -1;
    } else {
      same = byte === previous ? same + 1 : 1;
      previous = byte;
    }
    for (let k = 0; k < repeat; k++) {
      out[used++] = value;
      crc = (crc << 8 ^ table2[(crc >>> 24 ^ value) & 255]) >>> 0;
      if (used === PIECE) {
        yield out;
        out = Buffer.allocUnsafe(PIECE);
        used = 0;
      }
    }
  }
  if (used > 0) yield out.subarray(0, used);
  if (~crc >>> 0 !== block.crc) throw new Bzip2Error("bzip2 data is corrupt (block checksum mismatch)");
}
async function* decodeBzip2(input, onOutput = () => {
}) {
  const source = input[Symbol.asyncIterator]();
  let buffer = Buffer.alloc(0);
  let ended = false;
  let bit = 0;
  const more = async () => {
    if (ended) return false;
    const next = await source.next();
    if (next.done) {
      ended = true;
      return false;
    }
    const drop = bit >>> 3;
    const parts = [buffer.subarray(drop), Buffer.from(next.value)];
    bit -= drop * 8;
    let size = parts[1].length;
    while (size < 256 * 1024) {
      const extra = await source.next();
      if (extra.done) {
        ended = true;
        break;
      }
      parts.push(Buffer.from(extra.value));
      size += extra.value.length;
    }
    buffer = Buffer.concat(parts);
    return true;
  };
  const withInput = async (read, limit) => {
    for (; ; ) {
      const bits = new BitReader(buffer, bit);
      try {
        const value = read(bits);
        bit = bits.position;
        return value;
      } catch (error) {
        if (error !== NEED_MORE) throw error;
        if (buffer.length - (bit >>> 3) > limit)
          throw new Bzip2Error("bzip2 data is corrupt (a block longer than any valid one)");
        if (!await more()) throw new Bzip2Error("bzip2 data is truncated (unexpected end of file)");
      }
    }
  };
  let streams = 0;
  for (; ; ) {
    while (buffer.length - (bit >>> 3) < 4 && await more()) ;
    const rest = buffer.length - (bit >>> 3);
    if (rest === 0 && streams > 0) return;
    const head = buffer.subarray(bit >>> 3, (bit >>> 3) + 4);
    if (rest < 4 || head[0] !== 66 || head[1] !== 90 || head[2] !== 104 || head[3] < 49 || head[3] > 57) {
      if (streams > 0 && head.every((byte) => byte === 0)) return;
      throw new Bzip2Error(
        streams === 0 ? "not a bzip2 stream" : "bzip2 data is corrupt (garbage after a stream)"
      );
    }
    const maxBlock = (head[3] - 48) * 1e5;
    bit += 32;
    streams++;
    for (; ; ) {
      const magic = await withInput((bits) => bits.read(48), 16);
      if (magic === END_MAGIC) {
        await withInput((bits) => bits.read(32), 16);
        bit = Math.ceil(bit / 8) * 8;
        break;
      }
      if (magic !== BLOCK_MAGIC) throw new Bzip2Error("bzip2 data is corrupt (bad block header)");
      while (buffer.length - (bit >>> 3) < MAX_BLOCK_INPUT && await more()) ;
      const block = await withInput((bits) => readBlock(bits, maxBlock), MAX_BLOCK_INPUT);
      for (const piece of blockBytes(block)) {
        onOutput(piece.length);
        yield piece;
      }
    }
  }
}

// src/sources/crc32.ts
import * as zlib from "node:zlib";
var native = zlib.crc32;
var table;
function tableCrc32(data, value) {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = ~value;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 255] ^ crc >>> 8;
  return ~crc >>> 0;
}
function crc322(data, value = 0) {
  return native ? native(data, value) : tableCrc32(data, value);
}

// src/sources/lzma-decoder.ts
var LzmaError = class extends Error {
};
var LzmaUnsupported = class extends LzmaError {
};
var PIECE2 = 64 * 1024;
var SYMBOL_INPUT_MARGIN = 256;
var END_MARKER = 4294967295;
var STATES = 12;
var IS_MATCH = 0;
var IS_REP = IS_MATCH + STATES * 16;
var IS_REP_G0 = IS_REP + STATES;
var IS_REP_G1 = IS_REP_G0 + STATES;
var IS_REP_G2 = IS_REP_G1 + STATES;
var IS_REP0_LONG = IS_REP_G2 + STATES;
var POS_SLOT = IS_REP0_LONG + STATES * 16;
var SPEC_POS = POS_SLOT + 4 * 64;
var ALIGN = SPEC_POS + 115;
var LEN_CODER = ALIGN + 16;
var LEN_CODER_SIZE = 2 + 128 + 128 + 256;
var REP_LEN_CODER = LEN_CODER + LEN_CODER_SIZE;
var LITERAL = REP_LEN_CODER + LEN_CODER_SIZE;
var LzmaCore = class {
  window;
  /** Next write position in the window. */
  pos = 0;
  /** Bytes in the window that matches may reach (saturates at its size). */
  filled = 0;
  /** Bytes decoded since the dictionary was last reset (position bits come from it). */
  processed = 0;
  probs = new Uint16Array(0);
  lc = 0;
  lpMask = 0;
  pbMask = 0;
  state = 0;
  rep0 = 0;
  rep1 = 0;
  rep2 = 0;
  rep3 = 0;
  /** Bytes of the current match still to copy (the output limit fell inside it). */
  pending = 0;
  // Range decoder.
  input = new Uint8Array(0);
  inPos = 0;
  range = 0;
  code = 0;
  constructor(windowSize2) {
    this.window = new Uint8Array(windowSize2);
  }
  setProperties({ lc, lp, pb }) {
    const size = LITERAL + (768 << lc + lp);
    if (this.probs.length !== size) this.probs = new Uint16Array(size);
    this.lc = lc;
    this.lpMask = (1 << lp) - 1;
    this.pbMask = (1 << pb) - 1;
  }
  resetState() {
    this.probs.fill(1024);
    this.state = 0;
    this.rep0 = this.rep1 = this.rep2 = this.rep3 = 0;
    this.pending = 0;
  }
  resetDictionary() {
    this.filled = 0;
    this.processed = 0;
  }
  /** Starts the range decoder on `input` at `start` (the five bytes it begins with). */
  startRange(input, start) {
    if (input.length - start < 5) throw new LzmaError("LZMA data is truncated");
    if (input[start] !== 0) throw new LzmaError("LZMA data is corrupt (bad range coder start)");
    this.input = input;
    this.code = (input[start + 1] << 24 | input[start + 2] << 16 | input[start + 3] << 8 | input[start + 4]) >>> 0;
    this.range = 4294967295;
    this.inPos = start + 5;
    if (this.code === this.range) throw new LzmaError("LZMA data is corrupt (bad range coder start)");
  }
  /** Whether the range decoder ended cleanly (LZMA2 chunks must). */
  rangeFinished() {
    return this.code === 0;
  }
  /** Whether a match is still being copied. */
  get midMatch() {
    return this.pending > 0;
  }
  /** Copies stored bytes into the window (an LZMA2 uncompressed chunk). */
  putBytes(bytes, start, end) {
    this.window.set(bytes.subarray(start, end), this.pos);
    this.advance(end - start);
  }
  advance(count3) {
    this.pos += count3;
    this.processed += count3;
    this.filled = Math.min(this.filled + count3, this.window.length);
  }
  /**
   * Decodes until the window position reaches `outLimit`, the input position passes
   * `inputLimit` (ask for more input before going on), or an end marker.
   */
  decode(outLimit, inputLimit) {
    const window2 = this.window;
    const size = window2.length;
    if (this.pending > 0) this.copyMatch(outLimit);
    while (this.pos < outLimit) {
      if (this.inPos > inputLimit) return 1 /* NeedInput */;
      const posState = this.processed & this.pbMask;
      const state = this.state;
      if (this.bit(IS_MATCH + (state << 4) + posState) === 0) {
        this.literal(state);
        continue;
      }
      let length;
      if (this.bit(IS_REP + state) === 0) {
        length = this.length(LEN_CODER, posState);
        this.state = state < 7 ? 7 : 10;
        const distance = this.distance(length);
        if (distance === END_MARKER) return 2 /* EndMarker */;
        this.rep3 = this.rep2;
        this.rep2 = this.rep1;
        this.rep1 = this.rep0;
        this.rep0 = distance;
      } else {
        if (this.filled === 0) throw new LzmaError("LZMA data is corrupt (a repeat before any data)");
        if (this.bit(IS_REP_G0 + state) === 0) {
          if (this.bit(IS_REP0_LONG + (state << 4) + posState) === 0) {
            this.state = state < 7 ? 9 : 11;
            let from = this.pos - this.rep0 - 1;
            if (from < 0) from += size;
            window2[this.pos] = window2[from];
            this.advance(1);
            continue;
          }
        } else {
          let distance;
          if (this.bit(IS_REP_G1 + state) === 0) {
            distance = this.rep1;
          } else {
            if (this.bit(IS_REP_G2 + state) === 0) {
              distance = this.rep2;
            } else {
              distance = this.rep3;
              this.rep3 = this.rep2;
            }
            this.rep2 = this.rep1;
          }
          this.rep1 = this.rep0;
          this.rep0 = distance;
        }
        length = this.length(REP_LEN_CODER, posState);
        this.state = state < 7 ? 8 : 11;
      }
      if (this.rep0 >= this.filled) {
        throw new LzmaError("LZMA data is corrupt (a match reaches before the start of the data)");
      }
      this.pending = length + 2;
      this.copyMatch(outLimit);
    }
    return 0 /* OutputLimit */;
  }
  copyMatch(outLimit) {
    const window2 = this.window;
    const count3 = Math.min(this.pending, outLimit - this.pos);
    let from = this.pos - this.rep0 - 1;
    if (from < 0) from += window2.length;
    let to = this.pos;
    for (let i = 0; i < count3; i++) {
      window2[to++] = window2[from++];
      if (from === window2.length) from = 0;
    }
    this.pending -= count3;
    this.advance(count3);
  }
  literal(state) {
    const window2 = this.window;
    const previous = this.filled > 0 ? window2[this.pos === 0 ? window2.length - 1 : this.pos - 1] : 0;
    const base = LITERAL + 768 * (((this.processed & this.lpMask) << this.lc) + (previous >>> 8 - this.lc));
    let symbol = 1;
    if (state >= 7) {
      let from = this.pos - this.rep0 - 1;
      if (from < 0) from += window2.length;
      let matchByte = window2[from];
      do {
        const matchBit = matchByte >>> 7 & 1;
        matchByte <<= 1;
        const bit = this.bit(base + (1 + matchBit << 8) + symbol);
        symbol = symbol << 1 | bit;
        if (matchBit !== bit) break;
      } while (symbol < 256);
    }
    while (symbol < 256) symbol = symbol << 1 | this.bit(base + symbol);
    window2[this.pos] = symbol & 255;
    this.advance(1);
    this.state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
  }
  /** A match length minus 2 (0–271). */
  length(coder, posState) {
    if (this.bit(coder) === 0) return this.tree(coder + 2 + posState * 8, 3);
    if (this.bit(coder + 1) === 0) return 8 + this.tree(coder + 2 + 128 + posState * 8, 3);
    return 16 + this.tree(coder + 2 + 256, 8);
  }
  distance(length) {
    const slot = this.tree(POS_SLOT + Math.min(length, 3) * 64, 6);
    if (slot < 4) return slot;
    const directBits = (slot >>> 1) - 1;
    let distance = (2 | slot & 1) * 2 ** directBits;
    if (slot < 14) return distance + this.reverseTree(SPEC_POS + distance - slot, directBits);
    let direct = 0;
    for (let i = directBits - 4; i > 0; i--) {
      this.range >>>= 1;
      let bit = 0;
      if (this.code >= this.range) {
        this.code -= this.range;
        bit = 1;
      }
      direct = direct * 2 + bit;
      this.normalise();
    }
    distance += direct * 16 + this.reverseTree(ALIGN, 4);
    return distance;
  }
  tree(base, bits) {
    let m = 1;
    for (let i = 0; i < bits; i++) m = m << 1 | this.bit(base + m);
    return m - (1 << bits);
  }
  reverseTree(base, bits) {
    let m = 1;
    let symbol = 0;
    for (let i = 0; i < bits; i++) {
      const bit = this.bit(base + m);
      m = m << 1 | bit;
      symbol |= bit << i;
    }
    return symbol;
  }
  bit(index) {
    const probs = this.probs;
    const p = probs[index];
    const bound = (this.range >>> 11) * p;
    let bit;
    if (this.code < bound) {
      this.range = bound;
      probs[index] = p + (2048 - p >>> 5);
      bit = 0;
    } else {
      this.range -= bound;
      this.code -= bound;
      probs[index] = p - (p >>> 5);
      bit = 1;
    }
    this.normalise();
    return bit;
  }
  normalise() {
    if (this.range < 16777216) {
      if (this.inPos >= this.input.length) throw new LzmaError("LZMA data is truncated");
      this.range *= 256;
      this.code = this.code * 256 + this.input[this.inPos++];
    }
  }
};
function windowSize(dictionary, size, maxWindow) {
  const needed = Math.max(4096, Math.min(dictionary, size ?? dictionary));
  if (needed > maxWindow) {
    throw new LzmaUnsupported(
      `LZMA dictionary of ${Math.ceil(dictionary / 1048576)} MiB is larger than the ${maxWindow / 1048576} MiB leakgate allows`
    );
  }
  return needed;
}
function parseLc(byte) {
  if (byte >= 9 * 5 * 5) throw new LzmaError("LZMA properties are invalid");
  return { lc: byte % 9, lp: Math.floor(byte / 9) % 5, pb: Math.floor(byte / 45) };
}
function* drain(core, from) {
  if (core.pos > from) yield Buffer.from(core.window.subarray(from, core.pos));
  if (core.pos === core.window.length) core.pos = 0;
}
async function* decodeLzma(input, properties, size, maxWindow) {
  if (properties.length < 5) throw new LzmaError("LZMA properties are invalid");
  const dictionary = (properties[1] | properties[2] << 8 | properties[3] << 16 | properties[4] << 24) >>> 0;
  const core = new LzmaCore(windowSize(dictionary, size, maxWindow));
  core.setProperties(parseLc(properties[0]));
  core.resetState();
  const source = input[Symbol.asyncIterator]();
  let buffer = new Uint8Array(0);
  let ended = false;
  const more = async () => {
    if (ended) return false;
    const next = await source.next();
    if (next.done) {
      ended = true;
      return false;
    }
    const rest = buffer.subarray(core.inPos);
    buffer = Buffer.concat([rest, next.value]);
    core.input = buffer;
    core.inPos = 0;
    return true;
  };
  while (buffer.length < 5 && await more()) ;
  if (size === 0) return;
  core.startRange(buffer, 0);
  let left = size;
  while (left > 0) {
    const start = core.pos;
    const outLimit = Math.min(core.window.length, start + PIECE2, start + left);
    const stop = core.decode(
      outLimit,
      ended ? Number.POSITIVE_INFINITY : buffer.length - SYMBOL_INPUT_MARGIN
    );
    left -= core.pos - start;
    yield* drain(core, start);
    if (stop === 2 /* EndMarker */ && left > 0) throw new LzmaError("LZMA data ends before its declared size");
    if (stop === 1 /* NeedInput */) await more();
  }
}
function lzma2Dictionary(byte) {
  if (byte > 40) throw new LzmaError("LZMA2 properties are invalid");
  return byte === 40 ? 4294967295 : (2 | byte & 1) * 2 ** (Math.floor(byte / 2) + 11);
}
async function* decodeLzma2(input, property, size, maxWindow) {
  const core = new LzmaCore(windowSize(lzma2Dictionary(property), size, maxWindow));
  const reader = new ByteReader(input);
  let total = 0;
  let needDictionaryReset = true;
  let needProperties = true;
  const read = async (length, what) => {
    try {
      return await reader.read(length, what);
    } catch (error) {
      if (error instanceof TruncatedError) throw new LzmaError("LZMA2 data is truncated");
      throw error;
    }
  };
  for (; ; ) {
    const control = (await read(1, "an LZMA2 chunk header"))[0];
    if (control === 0) break;
    if (control >= 3 && control < 128) throw new LzmaError("LZMA2 data is corrupt (bad chunk header)");
    const resetsDictionary = control === 1 || control >= 224;
    if (needDictionaryReset && !resetsDictionary) {
      throw new LzmaError("LZMA2 data is corrupt (first chunk does not reset the dictionary)");
    }
    if (resetsDictionary) {
      core.resetDictionary();
      needDictionaryReset = false;
    }
    let unpacked;
    let chunk;
    let dataStart = 0;
    if (control < 128) {
      const header = await read(2, "an LZMA2 chunk header");
      unpacked = header.readUInt16BE(0) + 1;
      chunk = await read(unpacked, "an LZMA2 chunk");
    } else {
      const header = await read(4, "an LZMA2 chunk header");
      unpacked = (control & 31) * 65536 + header.readUInt16BE(0) + 1;
      const packed = header.readUInt16BE(2) + 1;
      const reset = control >>> 5 & 3;
      if (reset >= 2) {
        const properties = parseLc((await read(1, "LZMA2 properties"))[0]);
        if (properties.lc + properties.lp > 4) throw new LzmaError("LZMA2 properties are invalid");
        core.setProperties(properties);
        needProperties = false;
      } else if (needProperties) {
        throw new LzmaError("LZMA2 data is corrupt (a chunk before any properties)");
      }
      if (reset >= 1) core.resetState();
      chunk = await read(packed, "an LZMA2 chunk");
      core.startRange(chunk, 0);
      dataStart = -1;
    }
    total += unpacked;
    if (size !== void 0 && total > size)
      throw new LzmaError("LZMA2 data is longer than its declared size");
    let left = unpacked;
    while (left > 0) {
      const start = core.pos;
      const count3 = Math.min(core.window.length - start, PIECE2, left);
      if (dataStart >= 0) {
        core.putBytes(chunk, dataStart, dataStart + count3);
        dataStart += count3;
      } else if (core.decode(start + count3, Number.POSITIVE_INFINITY) === 2 /* EndMarker */) {
        throw new LzmaError("LZMA2 data is corrupt (an end marker inside a chunk)");
      }
      left -= count3;
      yield* drain(core, start);
    }
    if (dataStart < 0 && (core.midMatch || core.inPos !== chunk.length || !core.rangeFinished())) {
      throw new LzmaError("LZMA2 data is corrupt (a chunk does not end where it says)");
    }
  }
  if (size !== void 0 && total !== size) throw new LzmaError("LZMA2 data ends before its declared size");
}

// src/sources/random-access.ts
import { createReadStream as createReadStream2 } from "node:fs";
import { open } from "node:fs/promises";
var STREAM_CHUNK = 256 * 1024;
async function sizeOf(location) {
  if ("buffer" in location) return location.buffer.length;
  const handle = await open(location.path, "r");
  try {
    return (await handle.stat()).size;
  } finally {
    await handle.close();
  }
}
async function readAt(location, position, length, what) {
  if ("buffer" in location) {
    if (position + length > location.buffer.length) throw new TruncatedError(what);
    return location.buffer.subarray(position, position + length);
  }
  const handle = await open(location.path, "r");
  try {
    const bytes = Buffer.alloc(length);
    const { bytesRead } = await handle.read(bytes, 0, length, position);
    if (bytesRead < length) throw new TruncatedError(what);
    return bytes;
  } finally {
    await handle.close();
  }
}
async function* readRange(location, start, end) {
  if (end <= start) return;
  if ("buffer" in location) {
    for (let at2 = start; at2 < end; at2 += STREAM_CHUNK)
      yield location.buffer.subarray(at2, Math.min(end, at2 + STREAM_CHUNK));
    return;
  }
  yield* createReadStream2(location.path, {
    start,
    end: end - 1,
    highWaterMark: STREAM_CHUNK
  });
}

// src/sources/raw-entry.ts
var DEFAULT_FILE_MODE = 420;

// src/sources/x86-bcj-filter.ts
var ALLOWED = [true, true, true, false, true, false, false, false];
var BIT_NUMBER = [0, 1, 2, 2, 3, 3, 3, 3];
var isMsByte = (byte) => byte === 0 || byte === 255;
async function* x86BcjFilter(input) {
  let held = Buffer.alloc(0);
  let position = 0;
  let previousMask = 0;
  let previousPosition = -5 >>> 0;
  for await (const chunk of input) {
    const buffer = held.length > 0 ? Buffer.concat([held, chunk]) : Buffer.from(chunk);
    if (buffer.length < 5) {
      held = buffer;
      continue;
    }
    if (position - previousPosition >>> 0 > 5) previousPosition = position - 5 >>> 0;
    const limit = buffer.length - 5;
    let at2 = 0;
    while (at2 <= limit) {
      const opcode = buffer[at2];
      if (opcode !== 232 && opcode !== 233) {
        at2++;
        continue;
      }
      const here = position + at2 >>> 0;
      const offset = here - previousPosition >>> 0;
      previousPosition = here;
      if (offset > 5) previousMask = 0;
      else for (let i = 0; i < offset; i++) previousMask = (previousMask & 119) << 1;
      const high = buffer[at2 + 4];
      if (isMsByte(high) && ALLOWED[previousMask >>> 1 & 7] && previousMask >>> 1 < 16) {
        let source = buffer.readUInt32LE(at2 + 1);
        let target;
        for (; ; ) {
          target = source - (here + 5) >>> 0;
          if (previousMask === 0) break;
          const i = BIT_NUMBER[previousMask >>> 1];
          if (!isMsByte(target >>> 24 - i * 8 & 255)) break;
          source = (target ^ 2 ** (32 - i * 8) - 1) >>> 0;
        }
        buffer[at2 + 4] = target >>> 24 & 1 ? 255 : 0;
        buffer[at2 + 3] = target >>> 16 & 255;
        buffer[at2 + 2] = target >>> 8 & 255;
        buffer[at2 + 1] = target & 255;
        at2 += 5;
        previousMask = 0;
      } else {
        at2++;
        previousMask |= 1;
        if (isMsByte(high)) previousMask |= 16;
      }
    }
    held = buffer.subarray(at2);
    position = position + at2 >>> 0;
    yield buffer.subarray(0, at2);
  }
  if (held.length > 0) yield held;
}

// src/sources/sevenzip-reader.ts
var SEVEN_ZIP_MAGIC = [55, 122, 188, 175, 39, 28];
var MAX_HEADER_BYTES2 = 64 * 1024 * 1024;
var MAX_WINDOW_BYTES = 64 * 1024 * 1024;
var MAX_CODERS = 32;
var MAX_LINK_TARGET2 = 4096;
var S_IFMT = 61440;
var S_IFLNK = 40960;
var S_IFDIR = 16384;
var ATTRIBUTE_DIRECTORY = 16;
var ATTRIBUTE_UNIX_EXTENSION = 32768;
var END = 0;
var HEADER = 1;
var ARCHIVE_PROPERTIES = 2;
var ADDITIONAL_STREAMS = 3;
var MAIN_STREAMS = 4;
var FILES = 5;
var PACK_INFO = 6;
var UNPACK_INFO = 7;
var SUBSTREAMS = 8;
var SIZE = 9;
var CRC = 10;
var FOLDER = 11;
var UNPACK_SIZES = 12;
var UNPACK_STREAM_COUNTS = 13;
var EMPTY_STREAM = 14;
var EMPTY_FILE = 15;
var NAME2 = 17;
var ATTRIBUTES = 21;
var ENCODED_HEADER = 23;
var SevenZipError = class extends Error {
};
var SevenZipUnsupported = class extends SevenZipError {
};
var corrupt = (what) => new SevenZipError(`7z: ${what}`);
var HeaderReader = class {
  constructor(bytes) {
    this.bytes = bytes;
  }
  pos = 0;
  get left() {
    return this.bytes.length - this.pos;
  }
  byte() {
    if (this.pos >= this.bytes.length) throw corrupt("header ends early");
    return this.bytes[this.pos++];
  }
  take(length) {
    if (length > this.left) throw corrupt("header ends early");
    const out = this.bytes.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }
  uint32() {
    return this.take(4).readUInt32LE(0);
  }
  /** 7z's NUMBER: the first byte's leading one bits say how many bytes follow. */
  number() {
    const first = this.byte();
    let mask = 128;
    let value = 0;
    for (let i = 0; i < 8; i++) {
      if ((first & mask) === 0) return value + (first & mask - 1) * 2 ** (8 * i);
      value += this.byte() * 2 ** (8 * i);
      if (value > Number.MAX_SAFE_INTEGER) throw corrupt("a number too large");
      mask >>>= 1;
    }
    return value;
  }
  /** A number that counts things held in the header: each needs at least a bit of it. */
  count(what) {
    const value = this.number();
    if (value > this.bytes.length * 8) throw corrupt(`${what} count ${value} is impossible`);
    return value;
  }
  bits(count3) {
    const out = [];
    let byte = 0;
    for (let i = 0; i < count3; i++) {
      if (i % 8 === 0) byte = this.byte();
      out.push((byte & 128 >>> i % 8) !== 0);
    }
    return out;
  }
  /** A bit vector led by an "all defined" byte. */
  definedBits(count3) {
    return this.byte() !== 0 ? new Array(count3).fill(true) : this.bits(count3);
  }
  expect(id, where) {
    const found = this.byte();
    if (found !== id) throw corrupt(`unexpected property ${found} in ${where}`);
  }
};
var METHODS = {
  "00": { name: "Copy", decode: (input) => input },
  "21": {
    name: "LZMA2",
    decode: (input, properties, size) => {
      if (properties.length < 1) throw corrupt("LZMA2 without properties");
      return decodeLzma2(input, properties[0], size, MAX_WINDOW_BYTES);
    }
  },
  "030101": {
    name: "LZMA",
    decode: (input, properties, size) => decodeLzma(input, properties, size, MAX_WINDOW_BYTES)
  },
  "040108": {
    name: "Deflate",
    decode: (input) => Readable.from(input).pipe(createInflateRaw())
  },
  "040202": { name: "BZip2", decode: (input) => decodeBzip2(input) },
  "03": {
    name: "Delta",
    decode: (input, properties) => deltaFilter(input, (properties[0] ?? 0) + 1)
  },
  "03030103": { name: "BCJ (x86)", decode: (input) => x86BcjFilter(input) },
  "0303011b": { name: "BCJ2" },
  "03030205": { name: "PPC filter" },
  "03030401": { name: "IA64 filter" },
  "03030501": { name: "ARM filter" },
  "03030701": { name: "ARM Thumb filter" },
  "03030805": { name: "SPARC filter" },
  "0a": { name: "ARM64 filter" },
  "030401": { name: "PPMd" },
  "04f71101": { name: "Zstandard" },
  "06f10701": { name: "AES-256 encryption" }
};
async function* readSevenZip(location) {
  const archive = await readArchive(location);
  const files = archive.files;
  let next = 0;
  const emitEmpty = function* () {
    while (next < files.length && !files[next].hasStream) yield entryOf(files[next++], 0, noContent);
  };
  yield* emitEmpty();
  for (const folder of archive.folders) {
    if (folder.files.length === 0) continue;
    const output = exactly(decodeFolder(location, folder), folderSize(folder), "a folder")[Symbol.asyncIterator]();
    const pieces = new Pieces(output);
    const packed = folder.packs.reduce((sum, pack) => sum + pack.size, 0);
    const unpacked = folderSize(folder);
    for (const stream of folder.files) {
      const file = files[next++];
      if (!file?.hasStream) throw corrupt("files and streams disagree");
      const compressedSize = unpacked > 0 ? Math.ceil(packed * stream.size / unpacked) : 0;
      const content = () => pieces.take(stream.size, stream.crc, file.name);
      if (file.unixType === S_IFLNK) {
        if (stream.size > MAX_LINK_TARGET2)
          throw corrupt(`link target of ${JSON.stringify(file.name)} is too long`);
        const target = [];
        for await (const piece of content()) target.push(piece);
        yield entryOf(file, stream.size, noContent, Buffer.concat(target).toString("utf8"));
      } else {
        yield { ...entryOf(file, stream.size, content), compressedSize };
      }
      yield* emitEmpty();
    }
    await pieces.finish();
  }
  if (next !== files.length) throw corrupt("more files than streams");
}
function entryOf(file, size, content, linkTarget) {
  const unixMode = file.attributes !== void 0 && file.attributes & ATTRIBUTE_UNIX_EXTENSION ? file.attributes >>> 16 : 0;
  let type = "file";
  if (linkTarget !== void 0) type = "symlink";
  else if (file.unixType === S_IFDIR || file.attributes !== void 0 && file.attributes & ATTRIBUTE_DIRECTORY || !file.hasStream && !file.isEmptyFile) {
    type = "directory";
  }
  const mode = unixMode & 4095 || (type === "directory" ? 493 : DEFAULT_FILE_MODE);
  return {
    name: file.name,
    type,
    size: type === "file" ? size : 0,
    mode,
    ...linkTarget !== void 0 ? { linkTarget } : {},
    content: type === "file" ? content : noContent
  };
}
var Pieces = class {
  constructor(source) {
    this.source = source;
  }
  held = Buffer.alloc(0);
  async *take(length, expected, name) {
    let left = length;
    let crc = 0;
    while (left > 0) {
      if (this.held.length === 0) {
        const next = await this.source.next();
        if (next.done) throw corrupt(`data of ${JSON.stringify(name)} ends early`);
        this.held = next.value;
      }
      const piece = this.held.subarray(0, Math.min(left, this.held.length));
      this.held = this.held.subarray(piece.length);
      left -= piece.length;
      if (expected !== void 0) crc = crc322(piece, crc);
      yield piece;
    }
    if (expected !== void 0 && crc !== expected) throw corrupt(`CRC mismatch in ${JSON.stringify(name)}`);
  }
  /** The folder must end exactly where its last file does (the decoder checks the total). */
  async finish() {
    if (this.held.length > 0 || !(await this.source.next()).done)
      throw corrupt("a folder holds more than its files");
  }
};
async function* exactly(input, size, what) {
  let seen = 0;
  for await (const piece of input) {
    seen += piece.length;
    if (seen > size) throw corrupt(`${what} decodes to more than its declared ${size} bytes`);
    yield piece;
  }
  if (seen < size) throw corrupt(`${what} decodes to ${seen} bytes, not its declared ${size}`);
}
function folderSize(folder) {
  return folder.unpackSizes[mainOutput(folder)];
}
function mainOutput(folder) {
  const total = folder.unpackSizes.length;
  for (let i = 0; i < total; i++) if (!folder.bindPairs.some((pair2) => pair2.outIndex === i)) return i;
  throw corrupt("a folder without output");
}
function decodeFolder(location, folder) {
  for (const coder of folder.coders) {
    const method = METHODS[coder.method];
    if (!method?.decode) {
      const name = method?.name ?? `method ${coder.method}`;
      throw new SevenZipUnsupported(
        method?.name.startsWith("AES") ? "7z archive is encrypted; its contents cannot be checked" : `7z coder ${name} is not supported`
      );
    }
    if (coder.inStreams !== 1 || coder.outStreams !== 1)
      throw new SevenZipUnsupported(`7z coder ${method.name} is not supported`);
  }
  const decodeOutput = (outIndex, depth) => {
    if (depth > folder.coders.length) throw corrupt("a loop of coders");
    const coder = folder.coders[outIndex];
    if (!coder) throw corrupt("a coder that does not exist");
    const bound = folder.bindPairs.find((pair2) => pair2.inIndex === outIndex);
    let input;
    if (bound) {
      input = exactly(
        decodeOutput(bound.outIndex, depth + 1),
        folder.unpackSizes[bound.outIndex],
        "a coder"
      );
    } else {
      const packIndex = folder.packedInputs.indexOf(outIndex);
      const pack = folder.packs[packIndex];
      if (!pack) throw corrupt("a coder without input");
      input = readRange(location, pack.start, pack.start + pack.size);
    }
    return METHODS[coder.method].decode(input, coder.properties, folder.unpackSizes[outIndex]);
  };
  return decodeOutput(mainOutput(folder), 0);
}
async function readArchive(location) {
  const size = await sizeOf(location);
  const start = await readAt(location, 0, 32, "the 7z start header").catch((error) => {
    throw error instanceof TruncatedError ? corrupt("truncated start header") : error;
  });
  if (!SEVEN_ZIP_MAGIC.every((byte, i) => start[i] === byte)) throw corrupt("no 7z signature");
  if (start[6] !== 0)
    throw new SevenZipUnsupported(`7z format version ${start[6]}.${start[7]} is not supported`);
  if (crc322(start.subarray(12, 32)) !== start.readUInt32LE(8)) throw corrupt("start header CRC mismatch");
  const nextOffset = Number(start.readBigUInt64LE(12));
  const nextSize = Number(start.readBigUInt64LE(20));
  const nextCrc = start.readUInt32LE(28);
  if (nextSize === 0) return { folders: [], files: [] };
  if (nextSize > MAX_HEADER_BYTES2) throw corrupt("a header larger than 64 MiB");
  if (32 + nextOffset + nextSize > size)
    throw corrupt("truncated: the header lies beyond the end of the file");
  let header = await readAt(location, 32 + nextOffset, nextSize, "the 7z header");
  if (crc322(header) !== nextCrc) throw corrupt("header CRC mismatch");
  for (let round = 0; ; round++) {
    const reader = new HeaderReader(header);
    const id = reader.byte();
    if (id === HEADER) return parseHeader(reader, size);
    if (id !== ENCODED_HEADER || round > 4) throw corrupt(`unexpected header type ${id}`);
    const folders = parseStreamsInfo(reader, size);
    if (folders.length !== 1) throw corrupt("an encoded header that is not one folder");
    const folder = folders[0];
    const length = folderSize(folder);
    if (length > MAX_HEADER_BYTES2) throw corrupt("a header larger than 64 MiB");
    const parts = [];
    for await (const piece of exactly(decodeFolder(location, folder), length, "the header"))
      parts.push(piece);
    header = Buffer.concat(parts);
    if (folder.crc !== void 0 && crc322(header) !== folder.crc) throw corrupt("header CRC mismatch");
  }
}
function parseHeader(reader, archiveSize) {
  let id = reader.byte();
  if (id === ARCHIVE_PROPERTIES) {
    for (let type = reader.byte(); type !== END; type = reader.byte()) reader.take(reader.number());
    id = reader.byte();
  }
  if (id === ADDITIONAL_STREAMS)
    throw new SevenZipUnsupported("7z archives with additional streams are not supported");
  let folders = [];
  if (id === MAIN_STREAMS) {
    folders = parseStreamsInfo(reader, archiveSize);
    id = reader.byte();
  }
  let files = [];
  if (id === FILES) {
    files = parseFiles(reader);
    id = reader.byte();
  }
  if (id !== END) throw corrupt(`unexpected property ${id} in the header`);
  const streams = folders.reduce((sum, folder) => sum + folder.files.length, 0);
  if (files.filter((file) => file.hasStream).length !== streams) throw corrupt("files and streams disagree");
  return { folders, files };
}
function parseStreamsInfo(reader, archiveSize) {
  let id = reader.byte();
  let packPosition = 0;
  let packSizes = [];
  if (id === PACK_INFO) {
    packPosition = reader.number();
    const count3 = reader.count("pack stream");
    for (let type = reader.byte(); type !== END; type = reader.byte()) {
      if (type === SIZE) packSizes = Array.from({ length: count3 }, () => reader.number());
      else if (type === CRC) {
        const defined = reader.definedBits(count3);
        for (const isDefined of defined) if (isDefined) reader.uint32();
      } else throw corrupt(`unexpected property ${type} in pack info`);
    }
    if (packSizes.length !== count3) throw corrupt("pack sizes missing");
    id = reader.byte();
  }
  let folders = [];
  if (id === UNPACK_INFO) {
    folders = parseUnpackInfo(reader);
    id = reader.byte();
  }
  let at2 = 32 + packPosition;
  let packIndex = 0;
  for (const folder of folders) {
    for (let i = 0; i < folder.packedInputs.length; i++) {
      const packSize = packSizes[packIndex++];
      if (packSize === void 0) throw corrupt("a folder without its packed stream");
      if (at2 + packSize > archiveSize)
        throw corrupt("truncated: packed data lies beyond the end of the file");
      folder.packs.push({ start: at2, size: packSize });
      at2 += packSize;
    }
    folder.files = [{ size: folderSize(folder), ...folder.crc !== void 0 ? { crc: folder.crc } : {} }];
  }
  if (id === SUBSTREAMS) {
    parseSubstreams(reader, folders);
    id = reader.byte();
  }
  if (id !== END) throw corrupt(`unexpected property ${id} in streams info`);
  return folders;
}
function parseUnpackInfo(reader) {
  reader.expect(FOLDER, "unpack info");
  const count3 = reader.count("folder");
  if (reader.byte() !== 0)
    throw new SevenZipUnsupported("7z archives with external folder records are not supported");
  const folders = Array.from({ length: count3 }, () => parseFolder(reader));
  reader.expect(UNPACK_SIZES, "unpack info");
  for (const folder of folders) {
    const outputs = folder.coders.reduce((sum, coder) => sum + coder.outStreams, 0);
    folder.unpackSizes = Array.from({ length: outputs }, () => reader.number());
  }
  let id = reader.byte();
  if (id === CRC) {
    const defined = reader.definedBits(count3);
    defined.forEach((isDefined, i) => {
      if (isDefined) folders[i].crc = reader.uint32();
    });
    id = reader.byte();
  }
  if (id !== END) throw corrupt(`unexpected property ${id} in unpack info`);
  return folders;
}
function parseFolder(reader) {
  const coderCount = reader.number();
  if (coderCount === 0 || coderCount > MAX_CODERS) throw corrupt(`a folder of ${coderCount} coders`);
  const coders = [];
  for (let i = 0; i < coderCount; i++) {
    const flags = reader.byte();
    if (flags & 128) throw new SevenZipUnsupported("7z alternative coder methods are not supported");
    const method = reader.take(flags & 15).toString("hex");
    const complex = (flags & 16) !== 0;
    const inStreams = complex ? reader.number() : 1;
    const outStreams = complex ? reader.number() : 1;
    if (inStreams > MAX_CODERS || outStreams > MAX_CODERS) throw corrupt("a coder with too many streams");
    const properties = flags & 32 ? reader.take(reader.number()) : new Uint8Array(0);
    coders.push({ method, properties, inStreams, outStreams });
  }
  const totalOut = coders.reduce((sum, coder) => sum + coder.outStreams, 0);
  const totalIn = coders.reduce((sum, coder) => sum + coder.inStreams, 0);
  if (totalOut === 0 || totalIn < totalOut - 1) throw corrupt("a folder whose coders do not connect");
  const bindPairs = Array.from({ length: totalOut - 1 }, () => ({
    inIndex: reader.number(),
    outIndex: reader.number()
  }));
  const packedCount = totalIn - bindPairs.length;
  let packedInputs;
  if (packedCount === 1) {
    const free = Array.from({ length: totalIn }, (_, i) => i).find(
      (i) => !bindPairs.some((pair2) => pair2.inIndex === i)
    );
    if (free === void 0) throw corrupt("a folder without input");
    packedInputs = [free];
  } else {
    packedInputs = Array.from({ length: packedCount }, () => reader.number());
  }
  return { coders, bindPairs, packedInputs, unpackSizes: [], packs: [], files: [] };
}
function parseSubstreams(reader, folders) {
  const counts = folders.map(() => 1);
  let id = reader.byte();
  if (id === UNPACK_STREAM_COUNTS) {
    for (let i = 0; i < folders.length; i++) counts[i] = reader.count("stream");
    id = reader.byte();
  }
  folders.forEach((folder, i) => {
    const count3 = counts[i];
    const total = folderSize(folder);
    if (count3 === 0) folder.files = [];
    else if (count3 === 1) folder.files = [{ size: total }];
    else {
      if (id !== SIZE) throw corrupt("stream sizes missing");
      const sizes = Array.from({ length: count3 - 1 }, () => reader.number());
      const last = total - sizes.reduce((sum, size) => sum + size, 0);
      if (last < 0) throw corrupt("streams larger than their folder");
      folder.files = [...sizes, last].map((size) => ({ size }));
    }
  });
  if (id === SIZE) id = reader.byte();
  const needing = [];
  folders.forEach((folder, i) => {
    if (counts[i] === 1 && folder.crc !== void 0) folder.files[0].crc = folder.crc;
    else needing.push(...folder.files);
  });
  if (id === CRC) {
    const defined = reader.definedBits(needing.length);
    defined.forEach((isDefined, i) => {
      if (isDefined) needing[i].crc = reader.uint32();
    });
    id = reader.byte();
  }
  if (id !== END) throw corrupt(`unexpected property ${id} in substreams info`);
}
function parseFiles(reader) {
  const count3 = reader.count("file");
  let emptyStream = new Array(count3).fill(false);
  let emptyFile = [];
  let names;
  let attributes = [];
  for (let type = reader.byte(); type !== END; type = reader.byte()) {
    const data = new HeaderReader(reader.take(reader.number()));
    if (type === EMPTY_STREAM) emptyStream = data.bits(count3);
    else if (type === EMPTY_FILE) emptyFile = data.bits(emptyStream.filter(Boolean).length);
    else if (type === NAME2) {
      if (data.byte() !== 0)
        throw new SevenZipUnsupported("7z archives with external names are not supported");
      names = parseNames(data.take(data.left), count3);
    } else if (type === ATTRIBUTES) {
      const defined = data.definedBits(count3);
      if (data.byte() !== 0)
        throw new SevenZipUnsupported("7z archives with external attributes are not supported");
      attributes = defined.map((isDefined) => isDefined ? data.uint32() : void 0);
    }
  }
  if (!names) throw corrupt("no file names");
  let emptyIndex = 0;
  return names.map((name, i) => {
    const hasStream = !emptyStream[i];
    const isEmptyFile = !hasStream && emptyFile[emptyIndex++] === true;
    const attribute = attributes[i];
    const unixType = attribute !== void 0 && attribute & ATTRIBUTE_UNIX_EXTENSION ? attribute >>> 16 & S_IFMT : void 0;
    return {
      name,
      hasStream,
      isEmptyFile,
      ...attribute !== void 0 ? { attributes: attribute } : {},
      ...unixType !== void 0 ? { unixType } : {}
    };
  });
}
function parseNames(bytes, count3) {
  const names = [];
  let start = 0;
  for (let at2 = 0; at2 + 1 < bytes.length && names.length < count3; at2 += 2) {
    if (bytes[at2] === 0 && bytes[at2 + 1] === 0) {
      names.push(bytes.subarray(start, at2).toString("utf16le"));
      start = at2 + 2;
    }
  }
  if (names.length !== count3) throw corrupt("file names missing");
  return names;
}
async function* deltaFilter(input, distance) {
  const history = new Uint8Array(256);
  let position = 0;
  for await (const chunk of input) {
    const out = Buffer.from(chunk);
    for (let i = 0; i < out.length; i++) {
      const value = out[i] + history[position - distance & 255] & 255;
      out[i] = value;
      history[position & 255] = value;
      position++;
    }
    yield out;
  }
}

// src/sources/tar-reader.ts
var import_tar_stream = __toESM(require_tar_stream(), 1);
var TYPES = {
  file: "file",
  "contiguous-file": "file",
  symlink: "symlink",
  link: "hardlink",
  directory: "directory"
};
async function* readTar(input) {
  const extract = import_tar_stream.default.extract({ allowUnknownFormat: true });
  input.on("error", (error) => extract.destroy(error));
  input.pipe(extract);
  try {
    for await (const entry of extract) {
      const header = entry.header;
      const type = TYPES[header.type ?? "file"];
      if (type !== "file") {
        entry.resume();
        if (type) {
          yield {
            name: header.name,
            type,
            size: 0,
            mode: header.mode ?? DEFAULT_FILE_MODE,
            ...header.linkname != null ? { linkTarget: header.linkname } : {},
            content: emptyContent
          };
        }
        continue;
      }
      yield {
        name: header.name,
        type: "file",
        size: header.size ?? 0,
        mode: header.mode ?? DEFAULT_FILE_MODE,
        content: () => entry
      };
    }
  } finally {
    input.unpipe(extract);
    input.destroy();
    extract.destroy();
  }
}
async function* emptyContent() {
}

// src/sources/zip-reader.ts
var import_yauzl = __toESM(require_yauzl(), 1);
import { createReadStream as createReadStream3 } from "node:fs";
import { open as openFile } from "node:fs/promises";
import { PassThrough, Readable as Readable2 } from "node:stream";
import { TextDecoder } from "node:util";
import { createInflateRaw as createInflateRaw2 } from "node:zlib";

// src/sources/zip-end.ts
var ZIP_TAIL_BYTES = 22 + 65535 + 20;
var EOCD_BYTES = Buffer.of(80, 75, 5, 6);
var CENTRAL_HEADER = 33639248;
var ZIP64_MARK = 4294967295;
function findZipEnd(tail, fileSize) {
  return findEnd(tail, fileSize, true) ?? findEnd(tail, fileSize, false);
}
function findEnd(tail, fileSize, exact) {
  const tailStart = fileSize - tail.length;
  if (tail.length < 22) return void 0;
  for (let i = tail.lastIndexOf(EOCD_BYTES, tail.length - 22); i >= 0; i = i > 0 ? tail.lastIndexOf(EOCD_BYTES, i - 1) : -1) {
    const commentLength = tail.readUInt16LE(i + 20);
    const recordEnd = i + 22 + commentLength;
    if (exact ? recordEnd !== tail.length : recordEnd > tail.length) continue;
    const entryCount = tail.readUInt16LE(i + 10);
    const directorySize = tail.readUInt32LE(i + 12);
    const directoryOffset = tail.readUInt32LE(i + 16);
    const endOffset = tailStart + i;
    const end = tailStart + recordEnd;
    if (directoryOffset === ZIP64_MARK || directorySize === ZIP64_MARK || entryCount === 65535) {
      if (!exact) continue;
      return { endOffset, end, shift: 0, entryCount };
    }
    const shift = endOffset - directorySize - directoryOffset;
    if (shift < 0) continue;
    const directoryStart = endOffset - directorySize;
    if (entryCount === 0) {
      if (!exact || directorySize !== 0) continue;
      return { endOffset, end, shift, entryCount, directoryStart };
    }
    const at2 = directoryStart - tailStart;
    const inTail = at2 >= 0 && at2 + 4 <= tail.length;
    if (inTail && tail.readUInt32LE(at2) !== CENTRAL_HEADER) continue;
    if (!exact && !inTail) continue;
    return { endOffset, end, shift, entryCount, directoryStart };
  }
  return void 0;
}

// src/sources/zip-reader.ts
var S_IFMT2 = 61440;
var S_IFLNK2 = 40960;
var S_IFDIR2 = 16384;
var UNIX_MADE_BY = 3;
var UTF8_FLAG = 2048;
var utf8 = new TextDecoder("utf-8", { fatal: true });
var MAX_LINK_TARGET3 = 4096;
var YAUZL_OPTIONS = { lazyEntries: true, decodeStrings: false, autoClose: false, validateEntrySizes: true };
async function layoutOf(location) {
  let size;
  let tail;
  if ("path" in location) {
    const handle = await openFile(location.path, "r");
    try {
      size = (await handle.stat()).size;
      const length = Math.min(size, ZIP_TAIL_BYTES);
      tail = Buffer.alloc(length);
      await handle.read(tail, 0, length, size - length);
    } finally {
      await handle.close();
    }
  } else {
    size = location.buffer.length;
    tail = location.buffer.subarray(Math.max(0, size - ZIP_TAIL_BYTES));
  }
  const end = findZipEnd(tail, size);
  if (!end) throw new Error("no zip end-of-central-directory record found");
  return {
    location,
    size,
    end: end.end,
    shift: end.shift,
    ...end.directoryStart !== void 0 ? { directoryStart: end.directoryStart } : {}
  };
}
var ShiftedReader = class extends import_yauzl.default.RandomAccessReader {
  constructor(layout) {
    super();
    this.layout = layout;
  }
  _readStreamForRange(start, end) {
    const { location, shift } = this.layout;
    if (end <= start) return Readable2.from([]);
    if ("buffer" in location) return Readable2.from([location.buffer.subarray(shift + start, shift + end)]);
    return createReadStream3(location.path, { start: shift + start, end: shift + end - 1 });
  }
};
function openZip(layout) {
  const { location, shift, size } = layout;
  return new Promise((resolve3, reject) => {
    const done = (error, zip) => error || !zip ? reject(error) : resolve3(zip);
    if (shift > 0 || layout.end < size) {
      import_yauzl.default.fromRandomAccessReader(new ShiftedReader(layout), layout.end - shift, YAUZL_OPTIONS, done);
    } else if ("path" in location) import_yauzl.default.open(location.path, YAUZL_OPTIONS, done);
    else import_yauzl.default.fromBuffer(location.buffer, YAUZL_OPTIONS, done);
  });
}
function decodeName(raw, flags) {
  if (typeof raw === "string") return raw;
  if (flags & UTF8_FLAG) return raw.toString("utf8");
  try {
    return utf8.decode(raw);
  } catch {
    return raw.toString("latin1");
  }
}
function entryKind(entry, name) {
  const unixMode = entry.versionMadeBy >> 8 === UNIX_MADE_BY ? entry.externalFileAttributes >>> 16 & 65535 : 0;
  const format = unixMode & S_IFMT2;
  if (format === S_IFLNK2) return { type: "symlink", mode: unixMode & 4095 };
  if (format === S_IFDIR2 || name.endsWith("/"))
    return { type: "directory", mode: unixMode & 4095 || 493 };
  return { type: "file", mode: unixMode & 4095 || DEFAULT_FILE_MODE };
}
function nextEntry(zip) {
  return new Promise((resolve3, reject) => {
    const onEntry = (entry) => settle(() => resolve3(entry));
    const onEnd = () => settle(() => resolve3(void 0));
    const onError = (error) => settle(() => reject(error));
    const settle = (fn) => {
      zip.off("entry", onEntry).off("end", onEnd).off("error", onError);
      fn();
    };
    zip.on("entry", onEntry).on("end", onEnd).on("error", onError);
    zip.readEntry();
  });
}
function readLocalHeader(zip, entry) {
  const reader = zip;
  return new Promise((resolve3, reject) => {
    reader.readLocalFileHeader(entry, (error, header) => error ? reject(error) : resolve3(header));
  });
}
var ENCRYPTED = 1;
var DATA_DESCRIPTOR = 8;
var STRONG_ENCRYPTION = 64;
var ZIP64_SIZE = 4294967295;
function headerDisagreements(entry, local) {
  const problems = [];
  const differ = (what, localValue, centralValue) => {
    if (localValue !== centralValue) problems.push(`${what} (local ${localValue}, central ${centralValue})`);
  };
  differ("compression method", local.compressionMethod, entry.compressionMethod);
  const flags = ENCRYPTED | DATA_DESCRIPTOR | STRONG_ENCRYPTION;
  differ("flags", local.generalPurposeBitFlag & flags, entry.generalPurposeBitFlag & flags);
  if (!(local.generalPurposeBitFlag & DATA_DESCRIPTOR)) {
    differ("CRC-32", local.crc32, entry.crc32);
    if (local.compressedSize !== ZIP64_SIZE)
      differ("compressed size", local.compressedSize, entry.compressedSize);
    if (local.uncompressedSize !== ZIP64_SIZE)
      differ("uncompressed size", local.uncompressedSize, entry.uncompressedSize);
  }
  return problems;
}
var ExtentCheck = class {
  extents = [];
  /**
   * Overlapping entries are how a small zip expands to gigabytes at a harmless ratio per
   * entry (unzip: "overlapped components, possible zip bomb"); no tool writes them.
   */
  add(start, end, index) {
    let at2 = this.extents.length;
    while (at2 > 0 && this.extents[at2 - 1].start > start) at2--;
    const before = this.extents[at2 - 1];
    const after = this.extents[at2];
    const clash = before && before.end > start ? before : after && after.start < end ? after : void 0;
    if (clash) {
      throw new ZipStructureError(
        `entries #${clash.index + 1} and #${index + 1} of the central directory share the same bytes (overlapping entries, a zip bomb)`
      );
    }
    this.extents.splice(at2, 0, { start, end, index });
  }
  /** Where the first entry starts: what lies before it is not part of any entry. */
  get firstStart() {
    return this.extents[0]?.start;
  }
};
var ZipStructureError = class extends Error {
};
function openEntry(zip, entry) {
  const options2 = entry.compressionMethod === DEFLATE ? { decompress: false } : {};
  return new Promise((resolve3, reject) => {
    zip.openReadStream(entry, options2, (error, stream) => error ? reject(error) : resolve3(stream));
  });
}
var DEFLATE = 8;
async function* entryContent(zip, entry, name) {
  const compressed = lazyStream(() => openEntry(zip, entry));
  let produced = 0;
  const count3 = (chunk) => {
    produced += chunk.length;
    if (produced > entry.uncompressedSize) {
      throw new ZipStructureError(
        `entry "${name}" holds more than the ${entry.uncompressedSize} bytes its header declares`
      );
    }
    return chunk;
  };
  if (entry.compressionMethod !== DEFLATE) {
    for await (const chunk of compressed) yield count3(chunk);
  } else {
    const inflater = createInflateRaw2();
    const input = Readable2.from(compressed);
    input.on("error", (error) => inflater.destroy(error));
    input.pipe(inflater);
    for await (const chunk of inflater) yield count3(chunk);
    if (inflater.bytesWritten !== entry.compressedSize) {
      throw new ZipStructureError(
        `entry "${name}" ends its deflate stream after ${inflater.bytesWritten} of its ${entry.compressedSize} compressed bytes: the rest is hidden data that streaming extractors read as more entries`
      );
    }
  }
  if (produced !== entry.uncompressedSize) {
    throw new Error(
      `entry "${name}" is ${produced} bytes, not the ${entry.uncompressedSize} its header declares`
    );
  }
}
async function readLinkTarget(zip, entry, name) {
  const chunks = [];
  let length = 0;
  for await (const chunk of entryContent(zip, entry, name)) {
    length += chunk.length;
    if (length > MAX_LINK_TARGET3) throw new Error(`symlink entry is longer than ${MAX_LINK_TARGET3} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
var BEFORE_ZIP = "(data before the zip)";
async function* readZip(location) {
  const layout = await layoutOf(location);
  const firstStart = await checkExtents(layout);
  const before = firstStart !== void 0 ? layout.shift + firstStart : layout.directoryStart ?? 0;
  if (before > 0) yield rangeEntry(BEFORE_ZIP, layout.location, 0, before, { beforeZip: true });
  const zip = await openZip(layout);
  const covered = [];
  const comments = [];
  try {
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      const local = await readLocalHeader(zip, entry);
      covered.push([entry.relativeOffsetOfLocalHeader, local.fileDataStart + entry.compressedSize]);
      const comment = entry.fileCommentRaw ?? Buffer.alloc(0);
      if (comment.length > 0) comments.push(Buffer.from(comment));
      yield await toRawEntry(zip, entry, local);
    }
    const archiveComment = zip.comment;
    if (archiveComment.length > 0) comments.push(Buffer.from(archiveComment));
  } finally {
    zip.close();
  }
  yield* uncoveredBytes(layout, covered);
  if (comments.length > 0) {
    yield {
      name: ZIP_COMMENTS,
      type: "file",
      size: comments.reduce((sum, c) => sum + c.length + 1, 0),
      mode: DEFAULT_FILE_MODE,
      sealed: true,
      content: () => toAsync(comments.map((c) => Buffer.concat([c, Buffer.from("\n")])))
    };
  }
  if (layout.end < layout.size) yield rangeEntry(AFTER_ZIP, layout.location, layout.end, layout.size);
}
var ZIP_COMMENTS = "(zip comments)";
var AFTER_ZIP = "(data after the zip)";
var BETWEEN_ENTRIES = "(data between zip entries)";
var DATA_DESCRIPTOR_SIZES = /* @__PURE__ */ new Set([12, 16, 20, 24]);
async function* uncoveredBytes(layout, covered) {
  if (covered.length === 0) return;
  covered.sort((a, b) => a[0] - b[0]);
  const directoryStart = layout.directoryStart !== void 0 ? layout.directoryStart - layout.shift : void 0;
  const gaps = [];
  for (let i = 0; i < covered.length; i++) {
    const end = covered[i][1];
    const next = i + 1 < covered.length ? covered[i + 1][0] : directoryStart;
    if (next === void 0 || next <= end) continue;
    if (DATA_DESCRIPTOR_SIZES.has(next - end)) continue;
    gaps.push([layout.shift + end, layout.shift + next]);
  }
  if (gaps.length === 0) return;
  const bytes = await Promise.all(gaps.map(([from, to]) => readRange2(layout.location, from, to)));
  const all = Buffer.concat(bytes);
  yield {
    name: BETWEEN_ENTRIES,
    type: "file",
    size: all.length,
    mode: DEFAULT_FILE_MODE,
    sealed: true,
    ...all.includes(LOCAL_HEADER) ? { hiddenEntry: true } : {},
    content: () => toAsync([all])
  };
}
var LOCAL_HEADER = Buffer.of(80, 75, 3, 4);
async function readRange2(location, from, to) {
  if ("buffer" in location) return location.buffer.subarray(from, to);
  const handle = await openFile(location.path, "r");
  try {
    const buffer = Buffer.alloc(to - from);
    await handle.read(buffer, 0, buffer.length, from);
    return buffer;
  } finally {
    await handle.close();
  }
}
async function checkExtents(layout) {
  const zip = await openZip(layout);
  const extents = new ExtentCheck();
  try {
    let index = 0;
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      const start = entry.relativeOffsetOfLocalHeader;
      extents.add(
        start,
        start + 30 + entry.fileName.length + entry.compressedSize,
        index++
      );
    }
  } finally {
    zip.close();
  }
  return extents.firstStart;
}
function rangeEntry(name, location, from, to, flags = {}) {
  return {
    name,
    type: "file",
    size: to - from,
    mode: DEFAULT_FILE_MODE,
    ...flags,
    content: () => "buffer" in location ? toAsync([location.buffer.subarray(from, to)]) : createReadStream3(location.path, { start: from, end: to - 1, highWaterMark: 256 * 1024 })
  };
}
async function toRawEntry(zip, entry, local) {
  const name = decodeName(entry.fileName, entry.generalPurposeBitFlag);
  const { type, mode } = entryKind(entry, name);
  if (entry.isEncrypted()) {
    throw new Error(`entry "${name}" is encrypted; its contents cannot be checked`);
  }
  const centralRaw = entry.fileName;
  const localName = local.fileName.equals(centralRaw) ? void 0 : decodeName(local.fileName, entry.generalPurposeBitFlag);
  const disagreements = headerDisagreements(entry, local);
  const views = {
    ...localName !== void 0 ? { localName } : {},
    ...disagreements.length > 0 ? { headerMismatch: disagreements } : {}
  };
  if (type === "symlink") {
    const target = await readLinkTarget(zip, entry, name);
    return { name, type, size: 0, mode, linkTarget: target, content: emptyContent2, ...views };
  }
  return {
    name: type === "directory" ? name.replace(/\/+$/, "") : name,
    type,
    size: type === "file" ? entry.uncompressedSize : 0,
    compressedSize: entry.compressedSize,
    mode,
    ...views,
    content: () => type === "file" ? entryContent(zip, entry, name) : emptyContent2()
  };
}
async function* toAsync(items) {
  yield* items;
}
async function* lazyStream(open3) {
  const source = await open3();
  const stream = source.pipe(new PassThrough());
  source.on("error", (error) => stream.destroy(error));
  try {
    for await (const chunk of stream) yield chunk;
  } finally {
    source.unpipe(stream);
    source.destroy();
    stream.destroy();
  }
}
async function* emptyContent2() {
}

// src/sources/formats.ts
var SNIFF_BYTES = 512;
var at = (head, bytes, offset = 0) => head.length >= offset + bytes.length && bytes.every((b, i) => head[offset + i] === b);
var ascii = (text) => [...Buffer.from(text, "latin1")];
var FORMATS = [
  { id: "gzip", kind: "compression", describes: ".gz, .tgz", sniff: (h) => at(h, [31, 139]) },
  {
    id: "zip",
    kind: "random-access",
    describes: ".zip, .jar, .war, .whl, .nupkg, .vsix, .apk, …",
    // A local file header, or the end-of-central-directory record of an empty zip.
    sniff: (h) => at(h, [80, 75, 3, 4]) || at(h, [80, 75, 5, 6]),
    read: readZip
  },
  {
    id: "tar",
    kind: "archive",
    describes: ".tar (POSIX, GNU, pre-POSIX v7); .gem",
    // "ustar" (POSIX and GNU); pre-POSIX (v7) tars have no magic: trust the name and a checksum.
    sniff: (h, name) => at(h, ascii("ustar"), 257) || /\.tar$/i.test(name) && h.length >= 512 && tarHeaderChecksumValid(h),
    read: readTar
  },
  {
    id: "xz",
    kind: "compression",
    describes: ".xz, .txz",
    sniff: (h) => at(h, [253, 55, 122, 88, 90, 0])
  },
  {
    id: "zstd",
    kind: "compression",
    describes: ".zst, .tzst",
    sniff: (h) => at(h, [40, 181, 47, 253])
  },
  {
    id: "bzip2",
    kind: "compression",
    describes: ".bz2, .tbz2",
    sniff: (h) => at(h, ascii("BZh")) && h[3] !== void 0 && h[3] >= 49 && h[3] <= 57
  },
  { id: "ar", kind: "archive", describes: ".deb, .a", sniff: (h) => at(h, [...AR_MAGIC]), read: readAr },
  {
    id: "cpio",
    kind: "archive",
    describes: "cpio (newc, odc): .rpm payloads, initramfs",
    sniff: (h) => at(h, ascii("070701")) || at(h, ascii("070702")) || at(h, ascii("070707")),
    read: readCpio
  },
  {
    id: "rpm",
    kind: "archive",
    describes: ".rpm (its compressed cpio payload)",
    sniff: (h) => at(h, RPM_MAGIC),
    read: readRpm
  },
  {
    id: "7z",
    kind: "random-access",
    describes: ".7z (LZMA, LZMA2, Deflate, BZip2, Copy; BCJ and Delta filters)",
    sniff: (h) => at(h, SEVEN_ZIP_MAGIC),
    read: readSevenZip
  },
  {
    id: "rar",
    kind: "opaque",
    describes: ".rar (not opened)",
    sniff: (h) => at(h, [82, 97, 114, 33, 26, 7])
  }
];
var BY_ID = new Map(FORMATS.map((format) => [format.id, format]));
function formatInfo(id) {
  return BY_ID.get(id);
}
function detectFormat(head, name) {
  return FORMATS.find((format) => format.sniff(head, name))?.id;
}
function isOpaqueFormat(format) {
  return formatInfo(format).kind === "opaque";
}
function tarHeaderChecksumValid(head) {
  const stored = Number.parseInt(head.subarray(148, 156).toString("latin1").replace(/[\0 ]/g, ""), 8);
  if (!Number.isFinite(stored)) return false;
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : head[i] ?? 0;
  return sum === stored;
}
function decompressedName(name, format) {
  const base = name.slice(name.lastIndexOf("/") + 1);
  const suffix = { gzip: /\.(gz|gzip)$/i, xz: /\.xz$/i, zstd: /\.(zst|zstd)$/i, bzip2: /\.(bz2|bzip2)$/i }[format];
  const tarred = { gzip: /\.tgz$/i, xz: /\.txz$/i, zstd: /\.tzst$/i, bzip2: /\.(tbz2|tbz)$/i }[format];
  if (tarred.test(base)) return base.replace(tarred, ".tar");
  const stripped = base.replace(suffix, "");
  return stripped && stripped !== base ? stripped : `${base}.decompressed`;
}

// src/rules/secret/content-kind.ts
var SNIFF_BYTES2 = 8e3;
function contentKind(head, path) {
  if (detectFormat(Buffer.from(head.slice(0, 512), "latin1"), path ?? "") !== void 0) return "archive";
  if (path !== void 0 && isKnownTextPath(path)) return "text";
  return looksBinary(head) ? "binary" : "text";
}
var TEXT_EXTENSIONS = new Set(
  "js mjs cjs jsx ts mts cts tsx json jsonc json5 map md markdown txt text csv tsv html htm xml svg css scss sass less vue svelte astro yml yaml toml ini cfg conf config properties env envrc npmrc yarnrc py rb go rs java kt kts scala groovy gradle swift php pl sh bash zsh fish ps1 psm1 bat cmd sql graphql gql tf tfvars hcl pem key crt cer pub asc cs fs vb c h cc cpp hpp m mm r lua dart ex exs erl clj elm hs ml tex rst adoc lock gitignore dockerignore editorconfig".split(" ")
);
function isKnownTextPath(path) {
  const name = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  const dot = name.lastIndexOf(".");
  return dot !== -1 && TEXT_EXTENSIONS.has(name.slice(dot + 1));
}
function looksBinary(head) {
  const end = Math.min(head.length, SNIFF_BYTES2);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const code = head.charCodeAt(i);
    if (code === 0) return true;
    if (code < 32 && (code < 9 || code > 13) && code !== 27 || code === 127) control++;
  }
  return control * 10 > end;
}

// src/rules/secret/family.ts
var CONTEXT_CHARS = 2048;
var ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
var BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
var BASE64 = `${ALNUM}+/`;
var URLSAFE = `${ALNUM}-_`;
function randomFrom(alphabet, count3, random) {
  let out = "";
  while (out.length < count3) {
    for (const c of random()) {
      out += alphabet[c.charCodeAt(0) % alphabet.length];
      if (out.length === count3) break;
    }
  }
  return out;
}
var P = (...parts) => parts.join("");
function matchValue(match) {
  for (let group2 = 1; group2 < match.length; group2++) {
    const value = match[group2];
    if (value !== void 0) return value;
  }
  return match[0];
}

// src/rules/secret/families/ai.ts
var AI = [
  {
    id: "anthropic-api-key",
    title: "Anthropic API key",
    provider: "Anthropic",
    severity: "error",
    keywords: ["sk-"],
    regex: /(?<![A-Za-z0-9_-])sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{80,120}(?![A-Za-z0-9_-])/g,
    maxLength: 140,
    prefixLength: 4,
    sample: (r) => P("sk-", "ant-api03-", randomFrom(URLSAFE, 93, r), "AA"),
    nearMisses: ["sk-ant-api03-short", "sk-ant-xyz", P("sk-ant-api03-", "your-key-here-".repeat(7))]
  },
  {
    id: "openai-api-key",
    title: "OpenAI API key",
    provider: "OpenAI",
    severity: "error",
    keywords: ["sk-"],
    // Project/service/admin keys by prefix; legacy `sk-` keys only with the `T3BlbkFJ` marker.
    regex: /(?<![A-Za-z0-9_-])sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,300}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})(?![A-Za-z0-9_-])/g,
    maxLength: 320,
    prefixLength: 4,
    sample: (r) => P("sk-", "proj-", randomFrom(URLSAFE, 120, r)),
    nearMisses: ["sk-proj-short", "sk-1234", P("sk-", "q8Rv2Lm0ZtX4bWc7Ny5Pk1Hs9Dg3Jf6Ae0Ui2Ko4Tn7Yb5We3Ma")]
  }
];

// src/rules/secret/placeholder.ts
var PLACEHOLDER_TEXT = /example|dummy|placeholder|sample|changeme|change_me|your[_-]|redacted|test[_-]?(?:key|token|secret)|<[^>]*>|\$\{|\{\{|%\(|\$\(/i;
var MASK_RUN = /[xX*.#]{6}|0{8}|(.)\1{9}/;
var EXAMPLE_MARKER = /(?:@example\b|\bexamples?["']?\s{0,4}[:=])[^;{}\n]{0,40}$/i;
function isDocumentationExample(textBefore) {
  return EXAMPLE_MARKER.test(textBefore.slice(-120));
}
function entropy(value) {
  let bits = 0;
  countCharacters(value, (n) => {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  });
  return bits;
}
var COUNTS = new Uint32Array(256);
function countCharacters(value, each) {
  for (let i = 0; i < value.length; i++) COUNTS[value.charCodeAt(i) & 255]++;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i) & 255;
    const count3 = COUNTS[code];
    if (count3 === 0) continue;
    each(count3, code);
    COUNTS[code] = 0;
  }
}
function isPlaceholder(value) {
  if (PLACEHOLDER_TEXT.test(value) || MASK_RUN.test(value)) return true;
  if (mostlyMaskCharacters(value) || mostlySequential(value)) return true;
  return endsInRepetition(value);
}
function mostlyMaskCharacters(value) {
  let most = 0;
  let mask = 0;
  countCharacters(value, (count3, code) => {
    most = Math.max(most, count3);
    if (code === 120 || code === 88 || code === 42 || code === 48) mask += count3;
  });
  return most > value.length * 0.6 || value.length >= 16 && mask * 2 >= value.length;
}
function mostlySequential(value) {
  let inRuns = 0;
  let run2 = 1;
  let direction = 0;
  const close = () => {
    if (run2 >= 6) inRuns = Number.POSITIVE_INFINITY;
    else if (run2 >= 3) inRuns += run2;
  };
  for (let i = 1; i < value.length; i++) {
    const step = value.charCodeAt(i) - value.charCodeAt(i - 1);
    const alnum2 = isAlnum(value.charCodeAt(i)) && isAlnum(value.charCodeAt(i - 1));
    if (alnum2 && (step === 1 || step === -1) && (run2 === 1 || step === direction)) {
      run2++;
      direction = step;
    } else {
      close();
      run2 = alnum2 && (step === 1 || step === -1) ? 2 : 1;
      direction = step;
    }
  }
  close();
  return inRuns * 2 >= value.length;
}
function endsInRepetition(value) {
  for (let period = 1; period <= 8; period++) {
    let run2 = 0;
    for (let i = value.length - 1; i >= period && value[i] === value[i - period]; i--) run2++;
    if (run2 + period >= value.length * 0.6 && run2 >= period * 2) return true;
  }
  return false;
}
function isAlnum(code) {
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122;
}

// src/rules/secret/bigram-frequency.ts
var RARE_BELOW_PPM = 80;
var BIGRAM_PPM = [
  ["  ", 89190],
  ["\n ", 14064],
  ["on", 9090],
  [": ", 8632],
  ["re", 8396],
  ["in", 8370],
  ["er", 8291],
  ["e ", 7786],
  ["at", 7520],
  ["or", 7286],
  ["st", 6992],
  ["es", 6905],
  ["ti", 6709],
  ["te", 6659],
  ["ri", 6416],
  ["en", 6324],
  [' "', 6166],
  ["de", 5648],
  ["th", 5599],
  ["io", 5475],
  [";\n", 5464],
  ["le", 5018],
  [" *", 4802],
  ["nt", 4637],
  ["se", 4526],
  ["n ", 4520],
  [" t", 4494],
  ["ng", 4476],
  ["it", 4430],
  [" s", 4281],
  ["he", 4131],
  ["is", 4076],
  ["me", 4075],
  ["et", 4045],
  ["e_", 4017],
  ["ur", 4010],
  ["an", 3960],
  ["* ", 3923],
  ["co", 3887],
  ["tr", 3858],
  ["po", 3788],
  ["ar", 3765],
  ["pe", 3758],
  ["s ", 3494],
  ["ed", 3390],
  ["t ", 3384],
  ["to", 3366],
  ["ns", 3353],
  [" a", 3298],
  ["ra", 3132],
  [" /", 3016],
  ["s_", 2987],
  ['":', 2890],
  ["		", 2826],
  ["al", 2773],
  ["/*", 2765],
  ["si", 2760],
  ["*/", 2758],
  [",\n", 2747],
  ['",', 2684],
  ["ct", 2666],
  ["ro", 2648],
  ["od", 2605],
  ["la", 2603],
  ["ne", 2595],
  ["om", 2595],
  ["**", 2593],
  [" c", 2588],
  ["am", 2586],
  ["ec", 2530],
  ["as", 2485],
  ["ma", 2480],
  ["t_", 2478],
  ["nd", 2477],
  ["ul", 2463],
  ["r ", 2429],
  [" n", 2405],
  [", ", 2402],
  [" i", 2394],
  ["/\n", 2355],
  ["ll", 2322],
  ["ta", 2306],
  ["ss", 2278],
  [" r", 2261],
  [" p", 2220],
  ["ea", 2198],
  [" d", 2193],
  [" u", 2187],
  ["ts", 2185],
  ["ac", 2184],
  ["mp", 2147],
  ["\\u", 2129],
  ["us", 2109],
  ["no", 2107],
  [" {", 2074],
  ["li", 2061],
  ["ge", 2059],
  ["ve", 2051],
  [" o", 2032],
  ["rt", 1984],
  ["ca", 1982],
  ["na", 1978],
  ["_a", 1950],
  ["pa", 1949],
  ["ty", 1942],
  ["ce", 1919],
  ["yp", 1910],
  ["n_", 1908],
  ["_i", 1879],
  ["ch", 1842],
  ["il", 1838],
  ["pt", 1828],
  ["d_", 1826],
  ["o ", 1823],
  ["pr", 1811],
  ["em", 1808],
  ["fi", 1793],
  ["nc", 1777],
  ["g;", 1748],
  ["un", 1745],
  ["lo", 1744],
  ["ex", 1740],
  ["ic", 1740],
  ["os", 1712],
  ["_t", 1705],
  ["ep", 1695],
  [" e", 1694],
  ["?:", 1693],
  ["ol", 1682],
  ["be", 1676],
  ["d ", 1668],
  ["cr", 1647],
  [" f", 1589],
  ["ue", 1587],
  ["sc", 1583],
  ["a ", 1564],
  ["hi", 1551],
  ["ie", 1548],
  ["rm", 1548],
  ["t:", 1542],
  ["rs", 1514],
  ["nu", 1512],
  ["pl", 1495],
  ["fo", 1488],
  ["el", 1486],
  ["\n	", 1481],
  ["s.", 1448],
  ["{\n", 1433],
  ["di", 1428],
  ["ot", 1424],
  ["op", 1403],
  ["rl", 1391],
  ["id", 1385],
  [" @", 1383],
  ["if", 1380],
  ["_u", 1375],
  ["ou", 1364],
  ["s/", 1364],
  ["ip", 1356],
  ["tu", 1353],
  [" m", 1345],
  ["AA", 1331],
  [" =", 1323],
  ["mi", 1321],
  ["r_", 1317],
  [" }", 1314],
  ["ut", 1314],
  ["ad", 1296],
  ["ni", 1296],
  [" b", 1285],
  ["rg", 1284],
  ["ag", 1262],
  [" |", 1253],
  ["= ", 1252],
  ["ha", 1250],
  ["ef", 1237],
  ["Fo", 1233],
  ["um", 1229],
  ["va", 1228],
  [") ", 1223],
  ["so", 1217],
  ["| ", 1205],
  ['["', 1204],
  [" F", 1200],
  ["ow", 1197],
  ['"]', 1195],
  ["f ", 1182],
  ['s"', 1182],
  ["_c", 1172],
  ["cl", 1171],
  ["_o", 1161],
  ["rn", 1142],
  ["ub", 1130],
  ["oc", 1119],
  ["of", 1111],
  ["im", 1099],
  ["gi", 1081],
  ['."', 1080],
  ["mo", 1058],
  ["==", 1053],
  ["qu", 1027],
  ["i ", 1020],
  ["e.", 1013],
  [" '", 1011],
  ["ry", 1e3],
  ["mb", 999],
  ["ig", 974],
  ["bl", 955],
  [" w", 954],
  ["tt", 950],
  ["_m", 946],
  ["ab", 938],
  ["*\n", 929],
  ["fa", 924],
  ["au", 921],
  ["bo", 918],
  ["l ", 895],
  ["y ", 892],
  ["sp", 888],
  [");", 878],
  ["do", 878],
  ["_f", 870],
  ["y_", 870],
  [". ", 865],
  ["\\n", 863],
  ["s:", 863],
  ["su", 858],
  ["oo", 846],
  ["ke", 842],
  ["lu", 841],
  ['\\"', 838],
  [" l", 837],
  ["ap", 835],
  [" (", 832],
  ["wi", 828],
  ["ck", 827],
  ["ir", 825],
  [" h", 818],
  ["m ", 817],
  ["xp", 817],
  ["_s", 814],
  ["t.", 811],
  ["ho", 809],
  ["_e", 804],
  ["_n", 803],
  ["rr", 802],
  ["pu", 790],
  ["Re", 784],
  ["ru", 780],
  ['" ', 777],
  ["da", 776],
  [" `", 775],
  ["ia", 770],
  ["g ", 768],
  ["/{", 766],
  ["du", 764],
  ["0}", 762],
  ["ht", 750],
  ["_1", 744],
  ["lt", 744],
  ["_b", 736],
  ["iv", 736],
  ["' ", 735],
  ["_0", 734],
  ["0_", 729],
  [".\n", 727],
  ["ci", 726],
  ["iz", 725],
  ["Co", 716],
  ["{0", 716],
  ["ai", 713],
  ["Th", 711],
  ["_p", 711],
  [" T", 705],
  ["s[", 704],
  ["l?", 691],
  [".c", 690],
  ["ev", 690],
  ["mm", 684],
  ["@d", 680],
  ["ok", 679],
  ["eq", 677],
  ['e"', 676],
  [" v", 666],
  ["nn", 662],
  ["oi", 658],
  ["/r", 647],
  ["g_", 640],
  ["}/", 636],
  ["e(", 635],
  ["()", 633],
  ["//", 633],
  ["fu", 633],
  ["_r", 626],
  ["];", 623],
  ["tp", 614],
  ["je", 613],
  ["e,", 608],
  ["}'", 603],
  [" g", 598],
  ["ps", 597],
  ["h ", 595],
  ["};", 595],
  ["e-", 593],
  ["'{", 587],
  ["-t", 587],
  ["vi", 586],
  ["}\n", 582],
  ["hu", 581],
  ["ly", 581],
  ["xt", 579],
  ["ls", 568],
  ["),", 555],
  ["pp", 555],
  ["_d", 554],
  ["} ", 552],
  ["e:", 551],
  ["l:", 544],
  ["gn", 541],
  ["l_", 538],
  ["sa", 537],
  ["a_", 530],
  ["fe", 530],
  ["ee", 523],
  ["EA", 522],
  ["` ", 522],
  ["][", 518],
  ["_2", 516],
  ["0,", 512],
  ["we", 510],
  ["za", 508],
  ["Ty", 502],
  ["sh", 500],
  ["av", 499],
  ["ld", 499],
  ["ga", 494],
  ["up", 493],
  ["AC", 492],
  ["e)", 492],
  ["wa", 489],
  ["o_", 488],
  ["@e", 485],
  ['n"', 484],
  ["rc", 484],
  ["nf", 480],
  ["pi", 477],
  ["_w", 471],
  [":/", 469],
  ["cc", 466],
  ["wn", 460],
  ["ui", 459],
  ["Pr", 457],
  ["t-", 457],
  ["w ", 456],
  [".g", 452],
  ["/d", 450],
  ["bu", 449],
  ["ew", 447],
  ['"s', 446],
  ["De", 445],
  ["In", 445],
  [",E", 441],
  ['t"', 441],
  ["gs", 437],
  ["tc", 433],
  ["CA", 432],
  ["Pa", 429],
  ["))", 428],
  ["f_", 428],
  ["b.", 427],
  ["m/", 424],
  ["bi", 423],
  ["-a", 421],
  ["r.", 420],
  ["t(", 418],
  ["u ", 416],
  ["fr", 410],
  ["cu", 409],
  ["&&", 405],
  ["t/", 402],
  ["js", 398],
  ["ov", 398],
  [" E", 397],
  ["(t", 396],
  ["Op", 396],
  [" \\", 395],
  ['"r', 394],
  ["--", 389],
  ["_6", 386],
  ["_h", 384],
  ["dp", 379],
  ["ze", 379],
  ["No", 377],
  ['"\n', 375],
  ["ob", 374],
  ["cs", 372],
  ["n;", 372],
  ["\n\n", 369],
  ["nl", 369],
  ["00", 367],
  [" [", 365],
  ['";', 362],
  ["En", 362],
  ["}\\", 360],
  ["ka", 359],
  ["ib", 356],
  ["l;", 355],
  ["br", 354],
  ["mu", 353],
  ["ba", 351],
  ["1}", 350],
  ["},", 348],
  [" R", 346],
  ["gu", 346],
  ["g}", 346],
  ["u6", 346],
  ["){", 344],
  ["r;", 343],
  ["r(", 342],
  ['"p', 341],
  ["ey", 341],
  ["i-", 339],
  ["nv", 339],
  ["u5", 338],
  ["1_", 335],
  ["ay", 335],
  ["h_", 334],
  ["s,", 334],
  ["{r", 334],
  ["|0", 334],
  ["=>", 333],
  [" A", 332],
  ['"A', 332],
  ["s)", 332],
  ["{1", 332],
  ['d"', 329],
  ["ei", 329],
  ["wh", 328],
  ["Ex", 325],
  ['	"', 323],
  ["t,", 323],
  [" -", 321],
  ['")', 321],
  ["xa", 321],
  ["m_", 320],
  ["yo", 319],
  ["IA", 318],
  ["{o", 318],
  ["Di", 317],
  [".s", 316],
  ["gr", 315],
  ["d:", 312],
  ["eb", 312],
  ["u7", 312],
  ["/a", 311],
  [" O", 305],
  ["-s", 305],
  ["n(", 305],
  ["n.", 305],
  ["u8", 304],
  ["vo", 304],
  ["10", 301],
  ["St", 300],
  ["ki", 299],
  [".t", 295],
  ["Mo", 295],
  [".p", 294],
  ["12", 294],
  ["_l", 293],
  ["ym", 293],
  ["e?", 292],
  ["{s", 291],
  ['"T', 290],
  ["20", 290],
  [" G", 287],
  ["-r", 286],
  ["sy", 285],
  ['0"', 283],
  ["Li", 282],
  ["dd", 281],
  ["rk", 281],
  [" S", 279],
  [" k", 279],
  ["(e", 278],
  ["d.", 278],
  [" 1", 277],
  ["- ", 277],
  ["nk", 277],
  ["ks", 276],
  [" P", 275],
  ["01", 275],
  ['"a', 274],
  ["bj", 273],
  ["e\n", 272],
  ["11", 269],
  [">>", 269],
  ["eg", 269],
  ["t)", 267],
  ["uc", 267],
  ["||", 267],
  ["	}", 266],
  ['"P', 266],
  ["yn", 266],
  ["n-", 264],
  ["> ", 263],
  ['r"', 263],
  ["r-", 262],
  ["s-", 261],
  ['"d', 260],
  ["](", 260],
  ["(n", 259],
  ["Na", 259],
  ["eS", 259],
  [" C", 258],
  ['"C', 256],
  ["n:", 256],
  ["wo", 256],
  ["Fi", 255],
  ["r}", 255],
  ["e=", 254],
  ["JS", 253],
  ["/c", 252],
  ["u9", 252],
  ["(c", 248],
  ["bs", 248],
  ["/o", 244],
  ["ny", 243],
  ["rd", 242],
  ["k ", 241],
  [",C", 240],
  ["p ", 240],
  ['1"', 238],
  ["y.", 238],
  ["50", 235],
  ["oj", 235],
  [" I", 233],
  ["aw", 233],
  [" &", 232],
  ["og", 231],
  ["AI", 230],
  [".l", 228],
  [")}", 227],
  ["/g", 227],
  ["25", 227],
  ["ak", 227],
  [" y", 226],
  ['("', 225],
  ["Ca", 225],
  ["})", 225],
  ['"D', 224],
  ["(h", 224],
  ['="', 224],
  ["tH", 224],
  ["/ ", 222],
  ["Sc", 222],
  [" 0", 221],
  ["& ", 221],
  ["Se", 221],
  [" U", 220],
  ['"{', 220],
  ["ds", 220],
  ["dy", 220],
  ["ua", 219],
  ["Gi", 218],
  [").", 217],
  ["r)", 217],
  ["2]", 216],
  ["AK", 216],
  ["KA", 216],
  ["Sy", 216],
  ["fl", 216],
  ["95", 215],
  ["_v", 215],
  ["b ", 215],
  [".e", 214],
  ["s?", 213],
  ["wr", 213],
  [".i", 212],
  ["tl", 212],
  ['2"', 211],
  ["{ ", 211],
  ["Ma", 210],
  ["Me", 210],
  ["lv", 210],
  ['"/', 209],
  ["51", 209],
  ["Us", 209],
  ["ug", 209],
  [".r", 207],
  ["40", 207],
  ["C,", 206],
  ["To", 205],
  ["ms", 205],
  ["s(", 205],
  ["AE", 204],
  ["_9", 204],
  ["n[", 203],
  ["ud", 202],
  [" D", 201],
  ['"E', 201],
  ['"n', 201],
  ["r,", 201],
  [" M", 198],
  ['4"', 198],
  ["T ", 198],
  ["f(", 198],
  ["ff", 198],
  ["-c", 197],
  [">2", 197],
  ["hr", 196],
  ["04", 195],
  ["24", 195],
  ["c ", 195],
  ["d?", 195],
  ["rf", 195],
  ['"t', 194],
  ["Hu", 194],
  ["-p", 193],
  ["by", 193],
  ["``", 192],
  ["n\\", 192],
  ["0)", 190],
  ["GA", 190],
  ["ml", 190],
  [" 2", 189],
  [',"', 189],
  ["..", 189],
  ["pd", 189],
  ["14", 188],
  ["n,", 188],
  ["-f", 187],
  ["/s", 187],
  ["Un", 187],
  ["] ", 187],
  ['"c', 186],
  ["eP", 186],
  [".d", 185],
  [">;", 185],
  ["(s", 184],
  ["23", 184],
  ['3"', 184],
  [",G", 183],
  ['5"', 182],
  ['6"', 182],
  ['8"', 182],
  ["ET", 182],
  [".a", 181],
  [".m", 181],
  ["13", 181],
  [",K", 180],
  ["Ag", 180],
  ["],", 180],
  ["az", 180],
  ["gt", 180],
  [" W", 179],
  ["02", 179],
  ["r:", 179],
  ["Er", 178],
  ["o}", 178],
  ["/p", 177],
  ["26", 177],
  ["GE", 177],
  ["ek", 177],
  ["27", 176],
  ["60", 176],
  ["80", 176],
  ["nm", 176],
  ["s\n", 176],
  ["t=", 176],
  ["c_", 175],
  ["(o", 174],
  ["Do", 174],
  ['9"', 173],
  ["ys", 172],
  ["66", 171],
  [":\n", 170],
  ["=0", 170],
  [",n", 167],
  ["=n", 167],
  ['"o', 166],
  ["61", 166],
  ['7"', 166],
  ["B,", 166],
  ["d-", 166],
  ["!=", 165],
  ["16", 165],
  ["g(", 165],
  ['"O', 164],
  ["h(", 164],
  [")\n", 163],
  [".0", 163],
  ["e;", 163],
  ["rv", 163],
  ["/t", 162],
  ["OA", 162],
  ["g-", 162],
  ["(r", 161],
  ["62", 161],
  ['">', 160],
  ['"I', 160],
  ["e}", 160],
  ["oa", 160],
  ["ws", 160],
  ["\n}", 159],
  ["'s", 159],
  ["Ar", 158],
  ["eo", 158],
  ["w_", 158],
  ["tm", 157],
  ["##", 156],
  ["(p", 156],
  [",t", 156],
  ["d}", 156],
  ['"U', 155],
  ["70", 154],
  ["]=", 154],
  ['".', 153],
  ['"G', 153],
  ["03", 153],
  ["Cl", 153],
  ["D\\", 153],
  ["[]", 153],
  ["zi", 153],
  ["):", 152],
  ["Ch", 152],
  ["-i", 151],
  ["64", 151],
  ["	c", 150],
  ['}"', 150],
  [" j", 149],
  ['"S', 149],
  [",I", 149],
  [".f", 149],
  ["18", 149],
  ["{2", 149],
  ["])", 148],
  ["uf", 148],
  ["15", 147],
  ['"w', 146],
  ["Au", 146],
  [" L", 145],
  ["n?", 145],
  [" z", 144],
  ["A,", 144],
  ["	i", 143],
  ['f"', 143],
  ['"R', 142],
  ["0\\", 142],
  ["An", 142],
  ["eF", 142],
  ["eN", 142],
  ["s#", 142],
  [`"'`, 141],
  ["AM", 141],
  ["ES", 141],
  ["'.", 139],
  ["-w", 139],
  ["gA", 139],
  ["Im", 138],
  ["__", 138],
  ["n/", 138],
  ['"N', 137],
  ["63", 137],
  ["90", 137],
  ["He", 137],
  ["MA", 137],
  ["eC", 137],
  ["tE", 137],
  ['"e', 136],
  ["28", 136],
  ['"\\', 135],
  [",1", 135],
  ["C\\", 135],
  ["Or", 135],
  ["dm", 135],
  ["ft", 135],
  ["g.", 135],
  ["0;", 134],
  ["1\\", 134],
  ["4\\", 134],
  ["Of", 134],
  ["Wh", 134],
  ["kt", 134],
  ['l"', 134],
  ["l.", 134],
  [",e", 133],
  ["? ", 133],
  ["As", 133],
  ["\\x", 133],
  ["bh", 133],
  [".j", 132],
  ["8\\", 132],
  ["9\\", 132],
  ["AS", 132],
  ["K,", 132],
  ["_T", 132],
  ["e/", 132],
  [",r", 131],
  ["-u", 131],
  ["05", 131],
  ["2\\", 131],
  ["Ge", 131],
  ["Va", 131],
  ["np", 131],
  [".o", 129],
  ["eE", 129],
  [" ?", 128],
  ["22", 128],
  ["3\\", 128],
  ["6\\", 128],
  ["B\\", 128],
  ["E\\", 128],
  ["-o", 127],
  ["32", 127],
  ["7\\", 127],
  ["@s", 127],
  ["A\\", 127],
  ["a-", 127],
  ["n)", 127],
  ["y-", 127],
  ["${", 126],
  ["5\\", 126],
  ["ax", 126],
  ["u0", 126],
  ['"M', 125],
  ["17", 125],
  ["F\\", 125],
  ["t'", 125],
  [" !", 124],
  ['"i', 124],
  ["dl", 124],
  ["tI", 124],
  ['y"', 124],
  ['"L', 123],
  ["_C", 123],
  ["d(", 123],
  ["d)", 123],
  ["gl", 123],
  [" N", 122],
  ['<"', 122],
  ["`\n", 122],
  ["i.", 122],
  ["rp", 122],
  ["sl", 122],
  ["tS", 122],
  ["y:", 122],
  ["0.", 121],
  ["IT", 121],
  ["Te", 121],
  ["eu", 121],
  ["ik", 121],
  [" J", 120],
  ["n<", 120],
  ["1 ", 119],
  ["=t", 119],
  ["Fl", 119],
  ["fy", 119],
  [" :", 118],
  ["/b", 118],
  ["eT", 118],
  ["tM", 118],
  ['"l', 117],
  ["d,", 117],
  ["gh", 117],
  ["l)", 117],
  [",c", 116],
  ["/u", 116],
  ["41", 116],
  ["69", 116],
  ["Le", 116],
  ["SD", 116],
  [" q", 115],
  ['"g', 115],
  ['g"', 115],
  ["oy", 115],
  ["19", 114],
  ["AQ", 114],
  ["09", 113],
  ["30", 113],
  ["BA", 113],
  ["So", 113],
  [" <", 112],
  ["0 ", 112],
  ["Po", 112],
  ["ej", 112],
  ["._", 111],
  ["/i", 111],
  ["06", 111],
  ["1,", 111],
  ["67", 111],
  ["Si", 111],
  ["xi", 111],
  [",s", 110],
  ["/l", 110],
  ["21", 110],
  ["DE", 110],
  ["go", 110],
  ["Ac", 109],
  ["(i", 108],
  ["Bu", 108],
  ["Ob", 108],
  ["dT", 108],
  ["eI", 108],
  ["Id", 107],
  ["Sp", 107],
  ["UR", 107],
  ["eA", 107],
  ["e`", 107],
  ["o-", 107],
  ["{\\", 107],
  ['"u', 106],
  [")=", 106],
  [",O", 106],
  ["/m", 106],
  ["08", 106],
  ["AG", 106],
  ["_g", 106],
  ["',", 105],
  ["2.", 105],
  ["55", 105],
  ["A_", 105],
  ["s=", 105],
  ["tT", 105],
  ["R_", 104],
  ["e'", 104],
  ["y(", 104],
  ["{t", 104],
  ["56", 103],
  ["EC", 103],
  ["LE", 103],
  ["a.", 103],
  ["t\n", 103],
  ["tC", 103],
  ["(a", 102],
  ["2}", 102],
  ["65", 102],
  ["Wi", 102],
  ["`.", 102],
  ["ix", 102],
  ["((", 101],
  ["eR", 101],
  ["kl", 101],
  ["l(", 101],
  ["tP", 101],
  [" 3", 100],
  ['"_', 100],
  ["Ad", 100],
  ["\\t", 100],
  ["]\n", 100],
  [" B", 99],
  ["(l", 99],
  ["/,", 99],
  ["ER", 99],
  ["eM", 99],
  ["ko", 99],
  ["ya", 99],
  ["yw", 99],
  [">\n", 98],
  ["RE", 98],
  ["eO", 98],
  ["h.", 98],
  ["\n`", 97],
  ["(!", 97],
  ["(f", 97],
  [",0", 97],
  ["07", 97],
  ["53", 97],
  ["AO", 97],
  ["SA", 97],
  ["af", 97],
  ["# ", 96],
  [".n", 96],
  ["/)", 96],
  ["42", 96],
  ["68", 96],
  ["I,", 96],
  ["Ta", 96],
  ["cy", 96],
  ["e<", 96],
  ["r=", 96],
  ['"B', 95],
  ["-g", 95],
  ["52", 95],
  ["dr", 95],
  ["h-", 95],
  ["h:", 95],
  ['"F', 94],
  [")\\", 94],
  ["ON", 94],
  ["QA", 94],
  ["Wo", 94],
  ["AB", 93],
  ["Ru", 93],
  ["o.", 93],
  ["}f", 93],
  ['"^', 92],
  ['"f', 92],
  ["2_", 92],
  ["SX", 92],
  ["eD", 92],
  ["l,", 92],
  ["FF", 91],
  ["_4", 91],
  ["u2", 91],
  ["\nf", 90],
  ["1.", 90],
  ["43", 90],
  ["Al", 90],
  ["Ke", 90],
  ["kf", 90],
  ['"m', 89],
  ["('", 89],
  ["/:", 89],
  ["71", 89],
  ["El", 89],
  ["\nc", 88],
  ["')", 88],
  ["-m", 88],
  ["2,", 88],
  ["AD", 88],
  ["iq", 88],
  ["oe", 88],
  ["y,", 88],
  ["z ", 88],
  [" 4", 87],
  ["54", 87],
  ["59", 87],
  [':"', 87],
  ["ST", 87],
  ["TI", 87],
  ["_y", 87],
  ["c)", 87],
  ["n'", 87],
  ["p_", 87],
  ["sk", 87],
  ["&(", 86],
  ["35", 86],
  ["36", 86],
  ["39", 86],
  ["72", 86],
  ["sC", 86],
  ["tD", 86],
  ["(m", 85],
  [";r", 85],
  ["t?", 85],
  ["x_", 85],
  [".h", 84],
  ["38", 84],
  ["78", 84],
  ["	r", 83],
  ["34", 83],
  ["Ba", 83],
  ["E,", 83],
  ["If", 83],
  ["gg", 83],
  ["x ", 83],
  ["\n#", 82],
  ["/e", 82],
  ["76", 82],
  ["84", 82],
  ["La", 82],
  ["g,", 82],
  ["h)", 82],
  ["tO", 82],
  [",a", 81],
  ["-e", 81],
  ["31", 81],
  ["44", 81],
  ["58", 81],
  ["75", 81],
  ["92", 81],
  ["A ", 81],
  ["RL", 81],
  ["`r", 81],
  ["n\n", 81],
  ["o,", 81],
  ["Bo", 80],
  ["ME", 80],
  ["tA", 80]
];

// src/rules/secret/prefilter.ts
var PAIR_PPM = new Float64Array(65536).fill(RARE_BELOW_PPM / 2);
for (const [pair2, ppm] of BIGRAM_PPM) PAIR_PPM[pair2.charCodeAt(0) << 8 | pair2.charCodeAt(1)] = ppm;
function pairCost(keyword, at2) {
  return PAIR_PPM[keyword.charCodeAt(at2) << 8 | keyword.charCodeAt(at2 + 1)];
}
function anchorOffset(keyword) {
  let best = 0;
  for (let j = 1; j + 2 < keyword.length; j++) {
    if (pairCost(keyword, j) + pairCost(keyword, j + 1) < pairCost(keyword, best) + pairCost(keyword, best + 1))
      best = j;
  }
  return best;
}
var TRIGRAM_BITS = 1 << 18;
function trigramHash(first, rest) {
  return (first << 10 ^ rest ^ rest >>> 9) & TRIGRAM_BITS - 1;
}
var OFFSET_BITS = 4;
var ExactIndex = class {
  /** `ids[i]` is the number keyword i is reported as. */
  constructor(keywords, ids) {
    this.ids = ids;
    this.bytes = keywords.map((keyword) => Buffer.from(keyword, "latin1"));
    for (const bytes of this.bytes) {
      for (let at2 = 0; at2 + 2 < bytes.length; at2++) {
        const trigram = trigramHash(bytes[at2], bytes[at2 + 1] << 8 | bytes[at2 + 2]);
        this.trigrams[trigram >>> 3] |= 1 << (trigram & 7);
      }
    }
    const byBigram = /* @__PURE__ */ new Map();
    keywords.forEach((keyword, index) => {
      const anchor = anchorOffset(keyword);
      for (const offset of [anchor, anchor + 1]) {
        const bigram = keyword.charCodeAt(offset) << 8 | keyword.charCodeAt(offset + 1);
        byBigram.set(bigram, [...byBigram.get(bigram) ?? [], index << OFFSET_BITS | offset]);
      }
    });
    for (const [bigram, list2] of byBigram) {
      this.table[bigram] = this.entries.length + 1;
      if (list2.length > 255) throw new Error("more than 255 secret keywords share one byte pair");
      this.counts[bigram] = list2.length;
      this.entries.push(...list2);
    }
  }
  /** Bigram → 1 + index of its first entry in `entries`, or 0 when no keyword uses it. */
  table = new Uint16Array(65536);
  /** Per bigram: how many entries follow in `entries`. */
  counts = new Uint8Array(65536);
  /** Packed (keyword index << OFFSET_BITS | offset of the bigram in the keyword). */
  entries = [];
  bytes;
  /** One bit per 3-byte sequence that occurs in some keyword (2 MiB). */
  trigrams = new Uint8Array(TRIGRAM_BITS >>> 3);
  /**
   * Appends to `hits` a (start, keyword index) pair per keyword found in `chunk`, which
   * begins at absolute offset `base`; `previous` is the byte before it (-1 at the start).
   * Starts are absolute and may lie before `base` (a keyword straddling the boundary).
   * Pairs are appended in order of the bigram that found them, so starts are sorted to
   * within a keyword's length.
   */
  scan(chunk, base, previous, hits) {
    const table2 = this.table;
    const n = chunk.length;
    if (n === 0) return;
    if (previous >= 0 && (base - 1) % 2 === 0) {
      const bigram = previous << 8 | chunk[0];
      if (table2[bigram] !== 0) this.collect(chunk, base, -1, bigram, hits);
    }
    const trigrams = this.trigrams;
    for (let i = base % 2; i + 1 < n; i += 2) {
      const bigram = chunk[i] << 8 | chunk[i + 1];
      if (table2[bigram] === 0) continue;
      if (i > 0 && i + 2 < n) {
        const before = trigramHash(chunk[i - 1], bigram);
        const after = trigramHash(chunk[i], chunk[i + 1] << 8 | chunk[i + 2]);
        if ((trigrams[before >>> 3] & 1 << (before & 7)) === 0 && (trigrams[after >>> 3] & 1 << (after & 7)) === 0)
          continue;
      }
      this.collect(chunk, base, i, bigram, hits);
    }
  }
  collect(chunk, base, at2, bigram, hits) {
    const first = this.table[bigram] - 1;
    const last = first + this.counts[bigram];
    for (let e = first; e < last; e++) {
      const packed = this.entries[e];
      const keyword = packed >>> OFFSET_BITS;
      const start = at2 - (packed & (1 << OFFSET_BITS) - 1);
      if (base + start >= 0 && this.matchesAt(chunk, start, this.bytes[keyword]))
        hits.push(base + start, this.ids[keyword]);
    }
  }
  /** False only when the bytes at hand contradict the keyword; bytes outside the chunk are checked later. */
  matchesAt(chunk, start, keyword) {
    const from = Math.max(0, start);
    const to = Math.min(chunk.length, start + keyword.length);
    for (let at2 = from; at2 < to; at2++) if (chunk[at2] !== keyword[at2 - start]) return false;
    return true;
  }
};
function keywordSpellings(forms) {
  const spellings = /* @__PURE__ */ new Set();
  for (const form of forms) {
    spellings.add(form.toLowerCase());
    spellings.add(form.toUpperCase());
    spellings.add(form[0].toUpperCase() + form.slice(1).toLowerCase());
    spellings.add(form);
    spellings.add(form[0].toLowerCase() + form.slice(1));
    spellings.add(form[0].toUpperCase() + form.slice(1));
  }
  return [...spellings];
}
var KeywordIndex = class {
  /**
   * `caseless[i]`: keyword i is found in the spellings `spellings[i]` (default: every spelling
   * of the keyword as given, keywordSpellings) rather than exactly.
   */
  constructor(keywords, caseless = [], spellings = []) {
    this.keywords = keywords;
    for (const keyword of keywords) {
      if (keyword.length < 3 || keyword.length > 16 || !/^[\x20-\x7e]+$/.test(keyword)) {
        throw new Error(`secret keyword must be 3-16 printable ASCII chars: ${keyword}`);
      }
    }
    const exactWords = [];
    const exactIds = [];
    keywords.forEach((keyword, index) => {
      const spelled = caseless[index] === true ? spellings[index] ?? keywordSpellings([keyword]) : [keyword];
      for (const spelling of spelled) {
        exactWords.push(spelling);
        exactIds.push(index);
      }
    });
    this.exact = new ExactIndex(exactWords, exactIds);
  }
  exact;
  /**
   * Appends to `hits` a (start, keyword index) pair per keyword found in `chunk`, which
   * begins at absolute offset `base`; `previous` is the byte before it (-1 at the start).
   * Starts are absolute and may lie before `base` (a keyword straddling the boundary), and
   * are not in order: the caller sorts what it judges.
   */
  scan(chunk, base, previous, hits) {
    this.exact.scan(chunk, base, previous, hits);
  }
};

// src/rules/secret/shape.ts
var range = (from, to) => Array.from(
  { length: to.charCodeAt(0) - from.charCodeAt(0) + 1 },
  (_, i) => String.fromCharCode(from.charCodeAt(0) + i)
).join("");
var DIGITS = range("0", "9");
var LOWER = range("a", "z");
var UPPER = range("A", "Z");
var SETS = {
  digits: { pattern: "0-9", alphabet: DIGITS },
  hex: { pattern: "0-9a-f", alphabet: `${DIGITS}abcdef` },
  HEX: { pattern: "0-9A-F", alphabet: `${DIGITS}ABCDEF` },
  anyHex: { pattern: "0-9a-fA-F", alphabet: `${DIGITS}abcdefABCDEF` },
  lower: { pattern: "a-z0-9", alphabet: `${LOWER}${DIGITS}` },
  upper: { pattern: "A-Z0-9", alphabet: `${UPPER}${DIGITS}` },
  alnum: { pattern: "A-Za-z0-9", alphabet: `${UPPER}${LOWER}${DIGITS}` },
  /** Letters, digits, `_` and `-` (base64url). */
  urlsafe: { pattern: "A-Za-z0-9_-", alphabet: `${UPPER}${LOWER}${DIGITS}_-` },
  /** Lowercase letters, digits, `_` and `-`. */
  lowerUrlsafe: { pattern: "a-z0-9_-", alphabet: `${LOWER}${DIGITS}_-` },
  base64: { pattern: "A-Za-z0-9+/", alphabet: `${UPPER}${LOWER}${DIGITS}+/` },
  /** base64 and base64url together, with `=`: formats whose docs only say "base64". */
  anyBase64: { pattern: "A-Za-z0-9+/_=-", alphabet: `${UPPER}${LOWER}${DIGITS}+/_-` },
  base32: { pattern: "A-Z2-7", alphabet: `${UPPER}234567` }
};
function chars(alphabet) {
  return { pattern: alphabet.replace(/[\\\]^-]/g, (c) => `\\${c}`), alphabet };
}
var runOf = (set) => (min, max = min) => ({ set, min, max });
var digits = runOf(SETS.digits);
var hex = runOf(SETS.hex);
var HEX = runOf(SETS.HEX);
var anyHex = runOf(SETS.anyHex);
var lower = runOf(SETS.lower);
var upper = runOf(SETS.upper);
var alnum = runOf(SETS.alnum);
var urlsafe = runOf(SETS.urlsafe);
var base64 = runOf(SETS.base64);
var base32 = runOf(SETS.base32);
var run = (set, min, max = min) => ({ set, min, max });
var loose2 = runOf(chars(`${SETS.alnum.alphabet}_-=`));
var UUID = [anyHex(8), "-", anyHex(4), "-", anyHex(4), "-", anyHex(4), "-", anyHex(12)];
function shapeSource(shape) {
  return shape.map(
    (part) => typeof part === "string" ? escapeRegex(part) : `[${part.set.pattern}]${part.min === part.max ? `{${part.min}}` : `{${part.min},${part.max}}`}`
  ).join("");
}
function shapeSample(shape, random) {
  return shape.map(
    (part) => typeof part === "string" ? part : randomFrom(part.set.alphabet, Math.min(part.max, Math.max(part.min, 8)), random)
  ).join("");
}
function shapeMaxLength(shape) {
  return shape.reduce((sum, part) => sum + (typeof part === "string" ? part.length : part.max), 0);
}
function leadingLiteral(shape) {
  return typeof shape[0] === "string" ? shape[0] : "";
}
function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

// src/rules/secret/text.ts
function countNewlines(text, from, to) {
  let count3 = 0;
  for (let at2 = text.indexOf("\n", from); at2 !== -1 && at2 < to; at2 = text.indexOf("\n", at2 + 1)) count3++;
  return count3;
}
var IDENTIFIER = new Uint8Array(256).map(
  (_, c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 46 || c === 45 ? 1 : 0
);
function identifierStart(text, end, limit = 64) {
  let from = end;
  while (from > 0 && end - from < limit && IDENTIFIER[text.charCodeAt(from - 1) & 255] === 1) from--;
  return from;
}

// src/rules/secret/define.ts
var QUOTE = String.raw`(?:\\{0,3}["'\x60]|&quot;)`;
var BIND_OPERATOR = String.raw`${QUOTE}?(?:[ \t]{1,4}[A-Za-z][\w.<>[\]]{0,24})?[ \t]{0,4}(?:[:?.+|]{0,3}=>?|:|,(?=[ \t]{0,4}${QUOTE})|>(?=\s))[ \t]{0,4}(?:(?:\r?\n|\\r?\\n)[ \t]{0,16})?`;
var BINDING = `${BIND_OPERATOR}${QUOTE}?`;
var VALUE_END = String.raw`(?=\\{0,3}["'\x60]|&quot;|[\s;,)<}\]]|\\[nrt]|$)`;
var NAME_REST = String.raw`[\w.-]{0,40}`;
function caselessSource(word) {
  return [...word].map((c) => /[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : escapeRegex(c)).join("");
}
function token(spec) {
  const literal = leadingLiteral(spec.shape);
  const keywords = spec.keywords ?? [literal.slice(0, 16)];
  if (keywords.some((keyword) => keyword.length < 3))
    throw new Error(`${spec.id}: a keyword of 3+ chars is needed`);
  const last = spec.shape.at(-1);
  const after = spec.after ?? `A-Za-z0-9_${typeof last === "string" ? "" : last?.set.pattern}`;
  const before = spec.before ?? "A-Za-z0-9_";
  return {
    id: spec.id,
    title: spec.title,
    provider: spec.provider,
    severity: spec.severity ?? "error",
    keywords,
    ...spec.caseless ? { caseless: true } : {},
    regex: new RegExp(`(?<![${before}])${spec.source ?? shapeSource(spec.shape)}(?![${after}])`, "g"),
    maxLength: spec.maxLength ?? shapeMaxLength(spec.shape),
    prefixLength: spec.prefixLength ?? Math.min(literal.length, 8),
    ...spec.validate ? { validate: spec.validate } : {},
    ...spec.grade ? { grade: spec.grade } : {},
    ...spec.gradedWhen ? { gradedWhen: spec.gradedWhen } : {},
    sample: (random) => shapeSample(spec.shape, random),
    nearMisses: spec.nearMisses ?? []
  };
}
var KEYED_ENTROPY_SHARE = 0.6;
function looksRandom(value) {
  const alphabet = /^[0-9]+$/.test(value) ? 10 : /^[0-9a-fA-F]+$/.test(value) ? 16 : 62;
  return entropy(value) >= KEYED_ENTROPY_SHARE * Math.log2(Math.min(value.length, alphabet));
}
var PUBLIC_NAME = /client[_-]?id|(?:^|[_.-])id$|[a-z]Id$|public|publishable|pub[_-]?key|site[_-]?key/;
function keyed(spec) {
  const names = spec.names.map(caselessSource).join("|");
  return {
    id: spec.id,
    title: spec.title,
    provider: spec.provider,
    severity: spec.severity ?? "error",
    kind: "keyed",
    caseless: true,
    providerNames: true,
    textOnly: true,
    keywords: spec.names,
    regex: new RegExp(
      `(?:${names})${NAME_REST}${BINDING}(${spec.valueSource ?? shapeSource(spec.value)})${VALUE_END}`,
      "g"
    ),
    maxLength: 40 + 16 + 60 + shapeMaxLength(spec.value),
    prefixLength: spec.prefixLength ?? 0,
    validate: (value, context) => startsName(spec.names, context) && looksRandom(value) && (spec.validate ? spec.validate(value, context) : true),
    grade: (value, context) => spec.grade?.(value, context) ?? publicByName(context),
    gradedWhen: [spec.gradedWhen, "when its name says it is an id or a public key"].filter(Boolean).join("; "),
    sample: (random) => {
      let value = shapeSample(spec.value, random);
      for (let attempt = 0; attempt < 20 && !looksRandom(value); attempt++)
        value = shapeSample(spec.value, random);
      return `${spec.names[0]}_token = "${value}"`;
    },
    nearMisses: spec.nearMisses ?? []
  };
}
function startsName(names, context) {
  const name = names.find((word) => context.match.slice(0, word.length).toLowerCase() === word.toLowerCase());
  if (name === void 0) return false;
  const text = context.match.slice(0, name.length);
  if (!keywordSpellings([name]).includes(text)) return false;
  const previous = context.before.at(-1) ?? "";
  if (!/[A-Za-z]/.test(previous)) return true;
  return /[a-z]/.test(previous) && /[A-Z]/.test(text[0]);
}
function boundName(context) {
  const head = context.before.slice(identifierStart(context.before, context.before.length));
  const tail = /^[\w.-]*/.exec(context.match)?.[0] ?? "";
  return head + tail;
}
function publicByName(context) {
  const name = boundName(context);
  if (!PUBLIC_NAME.test(name) && !PUBLIC_NAME.test(name.toLowerCase())) return void 0;
  return {
    severity: "warning",
    reason: "its name says it is an id or a public key, which are shipped to clients by design"
  };
}

// src/rules/secret/families/ci-and-infrastructure.ts
var CI_AND_INFRASTRUCTURE = [
  keyed({
    id: "droneci-token",
    title: "Drone CI access token",
    provider: "Drone",
    names: ["droneci", "drone_token"],
    value: [alnum(32)]
  }),
  keyed({
    id: "travisci-token",
    title: "Travis CI access token",
    provider: "Travis CI",
    names: ["travis"],
    value: [alnum(22)]
  }),
  keyed({
    id: "codecov-token",
    title: "Codecov upload token",
    provider: "Codecov",
    names: ["codecov"],
    value: [alnum(32)],
    // The UUID form of the upload token.
    nearMisses: ["codecovToken = $CODECOV_TOKEN"]
  }),
  keyed({
    id: "harness-api-key",
    title: "Harness API key",
    provider: "Harness",
    // `pat.` or `sat.`, the account id, the token id, the secret, joined by dots: prefixes too
    // common in text (`pat.`, `sat.`) to search for, so found by Harness's name.
    names: ["harness"],
    value: ["pat.", urlsafe(22), ".", alnum(24), ".", alnum(20)],
    valueSource: "(?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.[a-zA-Z0-9]{24}\\.[a-zA-Z0-9]{20}",
    prefixLength: 4
  }),
  token({
    id: "jfrog-api-key",
    title: "JFrog Artifactory API key",
    provider: "JFrog",
    shape: ["AKCp", alnum(69)]
  }),
  token({
    id: "jfrog-reference-token",
    title: "JFrog Artifactory reference token",
    provider: "JFrog",
    // base64 of "ref…", the token format's own marker.
    shape: ["cmVmd", alnum(59)]
  }),
  keyed({
    id: "jfrog-identity-token",
    title: "JFrog identity token",
    provider: "JFrog",
    names: ["jfrog", "artifactory", "bintray", "xray"],
    value: [alnum(64)]
  }),
  keyed({
    id: "jfrog-password",
    title: "JFrog password or API key",
    provider: "JFrog",
    names: ["jfrog"],
    value: [alnum(73)]
  }),
  token({
    id: "octopus-deploy-api-key",
    title: "Octopus Deploy API key",
    provider: "Octopus Deploy",
    shape: ["API-", upper(26)]
  }),
  keyed({
    id: "pulumi-token",
    title: "Pulumi access token",
    provider: "Pulumi",
    names: ["pulumi"],
    value: ["pul-", anyHex(40)],
    prefixLength: 4
  }),
  token({
    id: "terraform-cloud-token",
    title: "Terraform Cloud / HCP token",
    provider: "HashiCorp",
    // `<14 chars>.atlasv1.<60-70 chars>`: found from its fixed middle, reported from there.
    shape: [alnum(14), ".atlasv1.", loose2(64)],
    keywords: [".atlasv1."],
    source: String.raw`(?<=[A-Za-z0-9]{14})\.atlasv1\.[A-Za-z0-9_=-]{60,70}`,
    maxLength: 79,
    before: "",
    prefixLength: 9
  }),
  token({
    id: "doppler-token",
    title: "Doppler API token",
    provider: "Doppler",
    shape: ["dp.pt.", alnum(43)],
    keywords: ["dp.pt.", "dp.st.", "dp.ct.", "dp.sa.", "dp.scim.", "dp.audit."],
    source: String.raw`dp\.(?:pt|st|ct|sa|scim|audit)\.[A-Za-z0-9]{40,44}`,
    maxLength: 53
  }),
  token({
    id: "vault-service-token",
    title: "HashiCorp Vault service token",
    provider: "HashiCorp",
    shape: ["hvs.", urlsafe(90, 120)]
  }),
  token({
    id: "vault-batch-token",
    title: "HashiCorp Vault batch token",
    provider: "HashiCorp",
    shape: ["hvb.", urlsafe(138, 300)]
  }),
  keyed({
    id: "vault-legacy-token",
    title: "HashiCorp Vault token",
    provider: "HashiCorp",
    names: ["vault"],
    value: ["s.", alnum(24)]
  }),
  keyed({
    id: "infracost-token",
    title: "Infracost API token",
    provider: "Infracost",
    // `ico-` is also a file name's hash (`box.ico-7a38…png`): found by the name that holds it.
    names: ["infracost", "ico_", "icoToken", "icoKey", "icoApi"],
    value: ["ico-", alnum(32)],
    prefixLength: 4
  }),
  token({
    id: "prefect-token",
    title: "Prefect API token",
    provider: "Prefect",
    shape: ["pnu_", alnum(36)]
  }),
  token({
    id: "defined-networking-token",
    title: "Defined Networking API token",
    provider: "Defined Networking",
    shape: ["dnkey-", loose2(26), "-", loose2(52)],
    source: "dnkey-[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52}"
  }),
  token({
    id: "settlemint-token",
    title: "SettleMint access token",
    provider: "SettleMint",
    shape: ["sm_pat_", lower(16)],
    keywords: ["sm_pat_", "sm_aat_", "sm_sat_"],
    source: "sm_[aps]at_[a-zA-Z0-9]{16}"
  }),
  token({
    id: "scalingo-token",
    title: "Scalingo API token",
    provider: "Scalingo",
    shape: ["tk-us-", urlsafe(48)]
  }),
  keyed({
    id: "netlify-token",
    title: "Netlify access token",
    provider: "Netlify",
    names: ["netlify"],
    value: [loose2(40, 46)]
  }),
  token({
    id: "flyio-token",
    title: "Fly.io access token",
    provider: "Fly.io",
    // `fo1_` tokens, and macaroon tokens `fm1r_`/`fm1a_`/`fm2_` (base64).
    shape: ["fo1_", urlsafe(43)],
    keywords: ["fo1_", "fm1r_", "fm1a_", "fm2_"],
    source: "(?:fo1_[A-Za-z0-9_-]{43}|fm(?:1[ar]|2)_[A-Za-z0-9+/]{100,}={0,3})",
    maxLength: 2048
  }),
  keyed({
    id: "flyio-macaroon-legacy",
    title: "Fly.io access token",
    provider: "Fly.io",
    names: ["fly"],
    value: ["FlyV1 ", run(chars(`${SETS.base64.alphabet}=,_`), 100, 1024)]
  }),
  token({
    id: "heroku-api-key-v2",
    title: "Heroku API key",
    provider: "Heroku",
    shape: ["HRKU-AA", urlsafe(58)]
  }),
  keyed({
    id: "heroku-api-key",
    title: "Heroku API key",
    provider: "Heroku",
    names: ["heroku"],
    value: [anyHex(8), "-", anyHex(4), "-", anyHex(4), "-", anyHex(4), "-", anyHex(12)]
  }),
  token({
    id: "openshift-token",
    title: "OpenShift user token",
    provider: "Red Hat",
    shape: ["sha256~", urlsafe(43)]
  }),
  token({
    id: "onepassword-secret-key",
    title: "1Password account secret key",
    provider: "1Password",
    // A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX (the middle group may be 6 or 11).
    shape: ["A3-", upper(6), "-", upper(11), "-", upper(5), "-", upper(5), "-", upper(5)],
    source: "A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}",
    maxLength: 40
  }),
  token({
    id: "onepassword-service-account-token",
    title: "1Password service account token",
    provider: "1Password",
    // `ops_` and base64 JSON: `eyJ` is `{"`.
    shape: ["ops_eyJ", base64(250)],
    source: "ops_eyJ[A-Za-z0-9+/]{250,}={0,3}",
    maxLength: 2048
  }),
  token({
    id: "age-secret-key",
    title: "age secret key",
    provider: "age",
    shape: ["AGE-SECRET-KEY-1", run(chars("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"), 58)],
    prefixLength: 16
  }),
  token({
    id: "readme-token",
    title: "ReadMe API token",
    provider: "ReadMe",
    shape: ["rdme_", lower(70)]
  }),
  token({
    id: "clojars-token",
    title: "Clojars deploy token",
    provider: "Clojars",
    shape: ["CLOJARS_", alnum(60)]
  }),
  token({
    id: "rubygems-token",
    title: "RubyGems API key",
    provider: "RubyGems",
    shape: ["rubygems_", anyHex(48)]
  }),
  token({
    id: "pypi-upload-token",
    title: "PyPI upload token",
    provider: "PyPI",
    // A macaroon whose first bytes say "pypi.org".
    shape: ["pypi-AgEIcHlwaS5vcmc", urlsafe(64)],
    source: "pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000}",
    maxLength: 1020,
    prefixLength: 5
  }),
  keyed({
    id: "nuget-api-key",
    title: "NuGet API key",
    provider: "NuGet",
    names: ["nuget"],
    value: ["oy2", lower(43)]
  }),
  keyed({
    id: "snyk-token",
    title: "Snyk API token",
    provider: "Snyk",
    names: ["snyk"],
    value: [anyHex(8), "-", anyHex(4), "-", anyHex(4), "-", anyHex(4), "-", anyHex(12)]
  }),
  keyed({
    id: "sonar-token",
    title: "SonarQube / SonarCloud token",
    provider: "Sonar",
    names: ["sonar"],
    value: [run(chars(`${SETS.alnum.alphabet}_`), 40, 44)]
  }),
  token({
    id: "sonar-prefixed-token",
    title: "SonarQube token",
    provider: "Sonar",
    shape: ["squ_", hex(40)],
    keywords: ["squ_", "sqp_", "sqa_"],
    source: "sq[upa]_[a-f0-9]{40}"
  }),
  keyed({
    id: "launchdarkly-token",
    title: "LaunchDarkly access token",
    provider: "LaunchDarkly",
    names: ["launchDarkly"],
    value: [loose2(40)]
  }),
  keyed({
    id: "okta-token",
    title: "Okta API token",
    provider: "Okta",
    names: ["okta"],
    value: ["00", loose2(40)]
  }),
  keyed({
    id: "atlassian-token",
    title: "Atlassian API token",
    provider: "Atlassian",
    names: ["atlassian", "confluence", "jira"],
    value: [alnum(24)]
  }),
  token({
    id: "atlassian-api-token",
    title: "Atlassian API token",
    provider: "Atlassian",
    shape: ["ATATT3", urlsafe(186)],
    source: "ATATT3[A-Za-z0-9_=-]{186}"
  }),
  token({
    id: "databricks-token",
    title: "Databricks access token",
    provider: "Databricks",
    shape: ["dapi", hex(32)],
    source: String.raw`dapi[a-f0-9]{32}(?:-\d)?`,
    maxLength: 38
  }),
  keyed({
    id: "confluent-secret",
    title: "Confluent Cloud API secret",
    provider: "Confluent",
    names: ["confluent"],
    value: [alnum(64)]
  }),
  keyed({
    id: "confluent-key",
    title: "Confluent Cloud API key",
    provider: "Confluent",
    names: ["confluent"],
    value: [alnum(16)]
  }),
  keyed({
    id: "sidekiq-secret",
    title: "Sidekiq Enterprise credentials",
    provider: "Sidekiq",
    names: ["contribsys"],
    value: [anyHex(8), ":", anyHex(8)]
  })
];

// src/rules/secret/families/cloud.ts
var CLOUD = [
  token({
    id: "alibaba-access-key-id",
    title: "Alibaba Cloud AccessKey ID",
    provider: "Alibaba Cloud",
    shape: ["LTAI", alnum(20)]
  }),
  keyed({
    id: "alibaba-secret-key",
    title: "Alibaba Cloud AccessKey secret",
    provider: "Alibaba Cloud",
    names: ["alibaba", "aliyun"],
    value: [alnum(30)]
  }),
  token({
    id: "digitalocean-pat",
    title: "DigitalOcean personal access token",
    provider: "DigitalOcean",
    shape: ["dop_v1_", hex(64)]
  }),
  token({
    id: "digitalocean-oauth-token",
    title: "DigitalOcean OAuth token",
    provider: "DigitalOcean",
    shape: ["doo_v1_", hex(64)]
  }),
  token({
    id: "digitalocean-refresh-token",
    title: "DigitalOcean refresh token",
    provider: "DigitalOcean",
    shape: ["dor_v1_", hex(64)]
  }),
  keyed({
    id: "cloudflare-api-token",
    title: "Cloudflare API token",
    provider: "Cloudflare",
    names: ["cloudflare"],
    value: [urlsafe(40)]
  }),
  keyed({
    id: "cloudflare-global-api-key",
    title: "Cloudflare global API key",
    provider: "Cloudflare",
    names: ["cloudflare"],
    value: [anyHex(37)]
  }),
  token({
    id: "cloudflare-origin-ca-key",
    title: "Cloudflare Origin CA key",
    provider: "Cloudflare",
    shape: ["v1.0-", hex(24), "-", hex(146)]
  }),
  token({
    id: "yandex-iam-token",
    title: "Yandex Cloud IAM token",
    provider: "Yandex",
    shape: ["t1.", run(chars("A-Z0-9"), 1), ".", urlsafe(86)],
    source: String.raw`t1\.[A-Z0-9a-z_-]+[=]{0,2}\.[A-Z0-9a-z_-]{86}[=]{0,2}`,
    maxLength: 200,
    keywords: ["t1."],
    validate: (value) => value.length <= 200
  }),
  token({
    id: "yandex-api-key",
    title: "Yandex Cloud API key",
    provider: "Yandex",
    shape: ["AQVN", urlsafe(35, 38)]
  }),
  keyed({
    id: "yandex-access-key",
    title: "Yandex Cloud static access key",
    provider: "Yandex",
    // `YC` and 38 characters: two letters are too common a start to find it anywhere else.
    names: ["yandex"],
    value: ["YC", urlsafe(38)]
  }),
  token({
    id: "azure-ad-client-secret",
    title: "Azure AD (Entra ID) client secret",
    provider: "Microsoft",
    // Three characters, a digit, `Q~`, then 31-34 characters: found from the `Q~` marker.
    shape: ["abc", "8Q~", run(chars(`${SETS.alnum.alphabet}_~.-`), 34)],
    keywords: [..."0123456789"].map((digit) => `${digit}Q~`),
    source: "(?<=[A-Za-z0-9_~.]{3})[0-9]Q~[A-Za-z0-9_~.-]{31,34}",
    maxLength: 37,
    before: "",
    prefixLength: 0
  }),
  token({
    id: "bedrock-api-key",
    title: "Amazon Bedrock API key",
    provider: "Amazon",
    // base64 of "BedrockAPIKey-".
    shape: ["ABSKQmVkcm9ja0FQSUtleS", base64(110)],
    source: "ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{110,1000}={0,2}",
    maxLength: 1024,
    prefixLength: 4
  }),
  token({
    id: "bedrock-short-term-key",
    title: "Amazon Bedrock short-term API key",
    provider: "Amazon",
    // base64 of "bedrock.amazonaws.com".
    shape: ["bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t", base64(40)],
    source: "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=]{20,1500}",
    maxLength: 1560,
    prefixLength: 16
  }),
  keyed({
    id: "fastly-token",
    title: "Fastly API token",
    provider: "Fastly",
    names: ["fastly"],
    value: [loose2(32)]
  }),
  token({
    id: "dynatrace-token",
    title: "Dynatrace API token",
    provider: "Dynatrace",
    shape: ["dt0c01.", alnum(24), ".", alnum(64)]
  }),
  keyed({
    id: "clickhouse-cloud-key",
    title: "ClickHouse Cloud API secret",
    provider: "ClickHouse",
    names: ["ClickHouse"],
    value: ["4b1d", alnum(38)]
  }),
  keyed({
    id: "cisco-meraki-key",
    title: "Cisco Meraki API key",
    provider: "Cisco",
    names: ["meraki"],
    value: [hex(40)]
  }),
  keyed({
    id: "scaleway-key",
    title: "Scaleway secret key",
    provider: "Scaleway",
    names: ["scaleway", "scw_secret"],
    value: [anyHex(8), "-", anyHex(4), "-", anyHex(4), "-", anyHex(4), "-", anyHex(12)]
  })
];

// src/rules/secret/families/credentials-in-config.ts
var LOCAL_HOST = /^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[?::1\]?|[\w.-]*example\.(?:com|org|net)|[\w-]+)(?:[:/]|$)/i;
var NOT_A_PASSWORD = /^(?:pass(?:word|wd)?|pwd|secret|token|changeme|admin|root|test|guest|user(?:name)?|x+|\*+)$/i;
var TEMPLATE = /[$%{}<>[\]]|^:/;
var URL_TEMPLATE = /\$\{|\$\(|\{\{|%\(|%s\b|<[^>]*>|^\$[A-Za-z_]/;
var WEAK = {
  severity: "warning",
  reason: "it points at a local or example host, or its password is too short or simple to be a real one"
};
function decodeBase64(value) {
  try {
    return Buffer.from(value, "base64").toString("latin1");
  } catch {
    return void 0;
  }
}
function isUserPassword(encoded) {
  const decoded = decodeBase64(encoded);
  if (decoded === void 0 || !/^[\x20-\x7e]+$/.test(decoded)) return false;
  const colon = decoded.indexOf(":");
  return colon > 0 && isPasswordValue(decoded.slice(colon + 1));
}
function isPasswordValue(password) {
  return password.length >= 3 && !TEMPLATE.test(password) && !NOT_A_PASSWORD.test(password);
}
var CREDENTIALS_IN_CONFIG = [
  {
    id: "url-credentials",
    title: "Password in a URL",
    provider: "(any)",
    severity: "error",
    // Judged after the formats: a known token after `_authToken=` is reported as itself.
    kind: "keyed",
    keywords: ["://"],
    // scheme://user:password@host: the password is the value; the user may be empty.
    regex: /:\/\/[^\s:@/"'`<>\\]{0,64}:([^\s@/"'`<>\\]{1,128})@(?=[A-Za-z0-9[])/g,
    maxLength: 200,
    prefixLength: 0,
    validate: (value) => value.length >= 3 && !URL_TEMPLATE.test(value) && !NOT_A_PASSWORD.test(value),
    gradedWhen: "for local and example hosts and short or simple passwords",
    grade: (value, context) => LOCAL_HOST.test(context.after) || value.length < 8 || entropy(value) < 2 ? WEAK : void 0,
    sample: () => `postgres://app:${"Zq8".concat("v2LmT0xRw4")}@db.internal.acme.io:5432/app`,
    nearMisses: [
      `https://user:$${"{PASSWORD}"}@example.com`,
      "postgres://user:password@localhost/db",
      "https://github.com/acme/repo",
      "mailto:someone@example.com"
    ]
  },
  {
    id: "npmrc-auth-token",
    title: "npm registry auth token (.npmrc)",
    provider: "npm",
    severity: "error",
    // Judged after the formats: a known token after `_authToken=` is reported as itself.
    kind: "keyed",
    keywords: [":_authToken=", ":_auth=", ":_password="],
    // Tokens and base64: a value of other characters (`:_authToken=:_authToken=…`) is no token.
    regex: /:_(?:authToken|auth|password)\s{0,4}=\s{0,4}["']?([A-Za-z0-9+/=._~-]{8,512})/g,
    maxLength: 540,
    prefixLength: 0,
    validate: (value) => !TEMPLATE.test(value),
    sample: () => `//registry.npmjs.org/:_authToken=${"3f2b9c1e".concat("-7d4a-4c8e-9b1f-0a6e5d3c2b1a")}`,
    nearMisses: [`//registry.npmjs.org/:_authToken=$${"{NPM_TOKEN}"}`]
  },
  {
    id: "docker-config-auth",
    title: "Registry credentials (docker config.json)",
    provider: "Docker",
    severity: "error",
    // Judged after the formats: a known token after `_authToken=` is reported as itself.
    kind: "keyed",
    keywords: ['"auth"'],
    regex: /"auth"\s{0,4}:\s{0,4}"([A-Za-z0-9+/]{8,400}={0,2})"/g,
    maxLength: 420,
    prefixLength: 0,
    validate: isUserPassword,
    sample: () => `{"auths":{"ghcr.io":{"auth":"${Buffer.from("ci-bot:".concat("Tq7vR2mX9pL4")).toString("base64")}"}}}`,
    nearMisses: ['{"auths":{"ghcr.io":{"auth":"dXNlcjo="}}}']
  },
  {
    id: "basic-auth-header",
    title: "HTTP Basic credentials",
    provider: "(any)",
    severity: "error",
    // Judged after the formats: a known token after `_authToken=` is reported as itself.
    kind: "keyed",
    keywords: ["Basic "],
    regex: /[Bb]asic\s{1,4}([A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])/g,
    maxLength: 420,
    prefixLength: 0,
    validate: (value, context) => /authorization/i.test(context.before.slice(-80)) && isUserPassword(value),
    sample: () => `Authorization: Basic ${Buffer.from("deploy:".concat("Xw3kP9rT2vQ8")).toString("base64")}`,
    nearMisses: ["Authorization: Basic YnJvd3Nlcjo=", "Basic authentication is supported"]
  },
  {
    id: "bearer-token",
    title: "Bearer token in an Authorization header",
    provider: "(any)",
    severity: "error",
    // Judged after the formats: a known token after `_authToken=` is reported as itself.
    kind: "keyed",
    keywords: ["Bearer "],
    regex: /[Bb]earer\s{1,4}([A-Za-z0-9+/_.~-]{20,2000}={0,2})(?![A-Za-z0-9+/=_.~-])/g,
    maxLength: 2020,
    prefixLength: 0,
    // Only a literal header value with a random-looking token, not `Bearer ${token}` or docs prose.
    validate: (value, context) => /authorization["']?\s{0,4}[:=,]\s{0,4}["'`]?$/i.test(context.before.slice(-60)) && /[0-9]/.test(value) && entropy(value) >= 3.5,
    sample: () => `Authorization: Bearer ${"cfc4bd11c7ed9a41".concat("b1a3e063c32d5114")}`,
    nearMisses: [
      `Authorization: Bearer $${"{token}"}`,
      "Authorization: Bearer <token>",
      "the Bearer scheme is used"
    ]
  },
  {
    id: "curl-credentials",
    title: "Password on a curl command line",
    provider: "(any)",
    severity: "error",
    // Judged after the formats: a known token after `_authToken=` is reported as itself.
    kind: "keyed",
    keywords: ["curl "],
    regex: /curl\s(?:[^\n]{0,200}?\s)?(?:-u|--user)\s{1,4}["']?[^\s"':]{0,64}:([^\s"']{3,128})/g,
    maxLength: 420,
    prefixLength: 0,
    validate: isPasswordValue,
    grade: (value) => value.length < 8 ? WEAK : void 0,
    gradedWhen: "for passwords under 8 characters",
    sample: () => `curl -u deploy:${"Rf9x".concat("Q2mTz7Lp")} https://repo.acme.io/upload`,
    nearMisses: ['curl -u "$USER:$PASS" https://x', "curl -u username:password https://x"]
  }
];

// src/rules/secret/checksum.ts
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
var CRC_TABLE2 = Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 3988292384 ^ crc >>> 1 : crc >>> 1;
  return crc >>> 0;
});
function crc323(text) {
  let crc = 4294967295;
  for (let i = 0; i < text.length; i++) crc = CRC_TABLE2[(crc ^ text.charCodeAt(i)) & 255] ^ crc >>> 8;
  return (crc ^ 4294967295) >>> 0;
}
function base62(value, width) {
  let out = "";
  for (let rest = value; rest > 0; rest = Math.floor(rest / 62)) out = BASE62[rest % 62] + out;
  return out.padStart(width, "0");
}
function hasValidCrc32Suffix(value, prefixLength) {
  const body = value.slice(prefixLength);
  if (body.length !== 36) return false;
  return base62(crc323(body.slice(0, 30)), 6) === body.slice(30);
}
var FAILED_CHECKSUM = {
  severity: "warning",
  reason: "its checksum does not match, so it was made up (a test value), not issued"
};
function gradeByCrc32(prefixLength) {
  return (value) => hasValidCrc32Suffix(value, prefixLength) ? void 0 : FAILED_CHECKSUM;
}

// src/rules/secret/families/github-and-npm.ts
function withCrc32(prefix, random30) {
  return prefix + random30 + base62(crc323(random30), 6);
}
var GITHUB_AND_NPM = [
  {
    id: "github-token",
    title: "GitHub token",
    provider: "GitHub",
    severity: "error",
    keywords: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"],
    regex: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
    maxLength: 40,
    prefixLength: 4,
    grade: gradeByCrc32(4),
    gradedWhen: "when its checksum does not match (a made-up value)",
    sample: (r) => withCrc32(P("gh", "p_"), randomFrom(ALNUM, 30, r)),
    nearMisses: [
      "ghp_short",
      P("ghx_", "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"),
      P("ghp_", "x".repeat(36)),
      P("ghp_", "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8", "9")
    ]
  },
  {
    id: "github-fine-grained-token",
    title: "GitHub fine-grained personal access token",
    provider: "GitHub",
    severity: "error",
    keywords: ["github_pat_"],
    regex: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{82}(?![A-Za-z0-9_])/g,
    maxLength: 93,
    prefixLength: 4,
    sample: (r) => P("github", "_pat_", randomFrom(ALNUM, 22, r), "_", randomFrom(ALNUM, 59, r)),
    nearMisses: ["github_pat_tooShort", "github_pat_<your token here>"]
  },
  {
    id: "npm-token",
    title: "npm access token",
    provider: "npm",
    severity: "error",
    keywords: ["npm_"],
    regex: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
    maxLength: 40,
    prefixLength: 4,
    grade: gradeByCrc32(4),
    gradedWhen: "when its checksum does not match (a made-up value)",
    sample: (r) => withCrc32(P("np", "m_"), randomFrom(ALNUM, 30, r)),
    nearMisses: ["npm_config_registry", "process.env.npm_package_version", "npm_lifecycle_event"]
  }
];

// src/rules/secret/families/keys.ts
var NL = String.raw`(?:\r?\n|\\(?:r\\)?n)`;
var PEM_BODY = String.raw`([A-Za-z0-9+/]{40,80}(?:${NL}[ \t]{0,8}[A-Za-z0-9+/=]{1,80}){0,3})`;
var ARMOR_HEADERS = String.raw`(?:[A-Za-z][A-Za-z-]{0,39}:[^\r\n\\]{0,200}${NL}){0,4}(?:[ \t]{0,8}${NL}){0,2}[ \t]{0,8}`;
var JSON_PRIVATE_KEY_FIELD = /"private_key"\s{0,4}:\s{0,4}"$/;
var SERVICE_ACCOUNT_TYPE = /"type"\s{0,4}:\s{0,4}"service_account"/;
function pemBlock(label, base642, width = 64, armor = "") {
  const lines = base642.match(new RegExp(`.{1,${width}}`, "g")) ?? [];
  return [P("-----BEGIN ", label, "-----"), ...armor ? [armor, ""] : [], ...lines, `-----END ${label}-----`].join("\n").concat("\n");
}
var randomBase64 = (bytes, random) => Buffer.from(randomFrom(BASE64, bytes, random), "latin1").toString("base64");
function isServiceAccountField(context) {
  return JSON_PRIVATE_KEY_FIELD.test(context.before) && SERVICE_ACCOUNT_TYPE.test(context.before + context.after);
}
var KEYS = [
  {
    id: "gcp-service-account",
    title: "Google Cloud service-account key",
    provider: "Google",
    severity: "error",
    keywords: ['"private_key"'],
    regex: new RegExp(
      String.raw`"private_key"\s{0,4}:\s{0,4}"-----BEGIN (?:RSA )?PRIVATE KEY-----\\n${PEM_BODY}`,
      "g"
    ),
    maxLength: 512,
    prefixLength: 0,
    validate: (_value, context) => SERVICE_ACCOUNT_TYPE.test(context.before + context.after),
    sample: (r) => JSON.stringify(
      {
        type: P("service", "_account"),
        project_id: "demo-project",
        private_key_id: randomFrom("0123456789abcdef", 40, r),
        private_key: pemBlock(P("PRIVATE", " KEY"), randomBase64(900, r)),
        client_email: "deploy@demo-project.iam.gserviceaccount.com"
      },
      null,
      2
    ),
    nearMisses: [
      '{"type": "service_account", "project_id": "demo", "private_key": ""}',
      P('{"type": "authorized_user", "client_secret": "', "d-FL95Q19q7MQmFpd7hHD0Ty", '"}')
    ]
  },
  {
    id: "private-key",
    title: "Private key",
    provider: "(any)",
    severity: "error",
    keywords: ["-----BEGIN"],
    // The body's first lines are required: crypto libraries carry the bare header as a constant.
    regex: new RegExp(
      String.raw`-----BEGIN (?:(?:RSA|EC|DSA|ENCRYPTED) )?PRIVATE KEY-----[ \t]{0,8}${NL}${ARMOR_HEADERS}${PEM_BODY}`,
      "g"
    ),
    maxLength: 1536,
    prefixLength: 0,
    validate: (_value, context) => !isServiceAccountField(context),
    sample: (r) => pemBlock(P("RSA PRIVATE", " KEY"), randomBase64(1190, r)),
    nearMisses: [
      "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n",
      "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
      'const HEADER = "-----BEGIN PRIVATE KEY-----";'
    ]
  },
  {
    id: "openssh-private-key",
    title: "OpenSSH private key",
    provider: "(any)",
    severity: "error",
    keywords: ["-----BEGIN"],
    regex: new RegExp(
      String.raw`-----BEGIN OPENSSH PRIVATE KEY-----[ \t]{0,8}${NL}[ \t]{0,8}${PEM_BODY}`,
      "g"
    ),
    maxLength: 512,
    prefixLength: 0,
    // Every OpenSSH key starts with the base64 of "openssh-key-v1\0".
    validate: (value) => value.startsWith("b3BlbnNzaC1rZXktdjEA"),
    sample: (r) => pemBlock(
      P("OPENSSH PRIVATE", " KEY"),
      Buffer.concat([
        Buffer.from("openssh-key-v1\0", "latin1"),
        Buffer.from(randomFrom(BASE64, 380, r), "latin1")
      ]).toString("base64"),
      70
    ),
    nearMisses: [
      "-----BEGIN OPENSSH PRIVATE KEY-----\n<paste your key here>\n-----END OPENSSH PRIVATE KEY-----",
      P(
        "-----BEGIN OPENSSH PRIVATE KEY-----\n",
        "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9w\n"
      )
    ]
  },
  {
    id: "pgp-private-key",
    title: "PGP private key block",
    provider: "(any)",
    severity: "error",
    keywords: ["-----BEGIN"],
    regex: new RegExp(
      String.raw`-----BEGIN PGP PRIVATE KEY BLOCK-----[ \t]{0,8}${NL}${ARMOR_HEADERS}${PEM_BODY}`,
      "g"
    ),
    maxLength: 1536,
    prefixLength: 0,
    sample: (r) => pemBlock(P("PGP PRIVATE", " KEY BLOCK"), randomBase64(700, r), 64, "Version: Demo 1.0"),
    nearMisses: [
      "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGNvYWxhIGJhbGFuY2UgaXMgYSBwdWJsaWMga2V5IGJsb2Nr\n",
      "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n[key]\n"
    ]
  },
  {
    id: "jwt",
    title: "JSON Web Token",
    provider: "(any)",
    severity: "warning",
    keywords: ["eyJ"],
    regex: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,1000}\.eyJ[A-Za-z0-9_-]{10,2500}\.(?:[A-Za-z0-9_-]{16,700})?(?![A-Za-z0-9_-])/g,
    maxLength: 4224,
    prefixLength: 3,
    // The header must decode to a JSON object with an algorithm: base64 that merely starts
    // with `eyJ` is any JSON. An unsigned token (`alg: none`) ends at its second dot: anyone
    // can forge one, but a service that accepts it accepts this one.
    validate: (value) => {
      const header = decodeJsonSegment(value.slice(0, value.indexOf(".")));
      if (header === void 0 || !("alg" in header)) return false;
      return !value.endsWith(".") || String(header.alg).toLowerCase() === "none";
    },
    sample: (r) => [
      Buffer.from('{"alg":"HS256","typ":"JWT"}').toString("base64url"),
      Buffer.from(`{"sub":"${randomFrom(ALNUM, 12, r)}","iat":1700000000}`).toString("base64url"),
      randomFrom(URLSAFE, 43, r)
    ].join("."),
    nearMisses: [
      "eyJhbGciOi.notajwt",
      // Valid JWT shape whose header has no algorithm: {"not":"jwt"}.
      P("eyJub3QiOiJqd3QifQ", ".eyJub3QiOiJqd3QifQ", ".c2lnbmF0dXJlc2lnbmF0dXJl")
    ]
  }
];
function decodeJsonSegment(segment) {
  try {
    const parsed = JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
    return typeof parsed === "object" && parsed !== null ? parsed : void 0;
  } catch {
    return void 0;
  }
}

// src/rules/secret/families/major-clouds.ts
var AWS_KEY_ID = /(?:AKIA|ASIA)[A-Z2-7]{16}/;
var MAJOR_CLOUDS = [
  {
    id: "aws-access-key-id",
    title: "AWS access key ID",
    provider: "Amazon",
    severity: "error",
    keywords: ["AKIA", "ASIA", "ABIA", "ACCA"],
    regex: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])/g,
    maxLength: 20,
    prefixLength: 4,
    sample: (r) => P("AK", "IA", randomFrom(BASE32, 16, r)),
    nearMisses: [
      P("AKIAIOSFODNN7", "EXAMPLE"),
      "AKIA1234",
      P("XAKIA", "Q7RZT2MWP5LKV3HN"),
      P("AKIA", "Q7RZT2MWP5LKV3HNB"),
      P("AKIA", "XXXXXXXXXXXXXXXX")
    ]
  },
  {
    id: "aws-secret-access-key",
    title: "AWS secret access key",
    provider: "Amazon",
    severity: "error",
    keywords: ["secret"],
    caseless: true,
    // The name starts the match; `aws_` before it, or an access key ID nearby, makes it AWS's.
    regex: /secret[_-]?(?:access[_-]?)?key["']?\s{0,4}(?::=|=>|=|:)\s{0,4}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
    maxLength: 80,
    prefixLength: 0,
    validate: (value, context) => /[0-9]/.test(value) && /[A-Z]/.test(value) && /[a-z]/.test(value) && (/aws[_-]?$/i.test(context.before) || AWS_KEY_ID.test(context.before + context.after)),
    sample: (r) => P("aws_secret_", "access_key = ", randomFrom(BASE64, 38, r), "A1"),
    nearMisses: [
      P("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/", "bPxRfiCYEXAMPLEKEY"),
      P("aws_secret_access_key = $", "{AWS_SECRET}"),
      // Without an AWS name or key ID around, a 40-char base64 value could be anything.
      P("secret_access_key = ", "q8Rv2Lm0ZtX4bWc7Ny5Pk1Hs9Dg3Jf6Ae0Ui2Ko4")
    ]
  },
  {
    id: "google-api-key",
    title: "Google API key",
    provider: "Google",
    severity: "error",
    keywords: ["AIza"],
    regex: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g,
    maxLength: 39,
    prefixLength: 4,
    // Most Google API keys in a release are browser keys (Firebase config, Maps), public by
    // design and restricted by referrer; a Gemini key is a bill waiting to happen.
    gradedWhen: "unless the text around it says Gemini or Vertex: browser keys are public by design",
    grade: (_value, context) => /gemini|generativelanguage|genai|vertex/i.test(context.before.slice(-300) + context.after.slice(0, 100)) ? void 0 : {
      severity: "warning",
      reason: "Google API keys in browser code (Firebase, Maps) are public by design; check it is restricted to your apps"
    },
    sample: (r) => P("AI", "za", randomFrom(URLSAFE, 35, r)),
    nearMisses: ["AIzaShort", P("AIza", "X".repeat(35)), P("AIza", "Sy", "d".repeat(34))]
  },
  {
    id: "azure-storage-connection-string",
    title: "Azure storage connection string",
    provider: "Microsoft",
    severity: "error",
    keywords: ["AccountKey="],
    regex: /AccountKey=([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/g,
    maxLength: 100,
    prefixLength: 0,
    // Same connection string: `AccountName=…;` shortly before. devstoreaccount1 is the storage
    // emulator (Azurite): its key is public and documented.
    validate: (_value, context) => {
      const name = /AccountName=([A-Za-z0-9]{1,64});[^\s"'`]{0,300}$/.exec(context.before.slice(-400))?.[1];
      return name !== void 0 && name !== "devstoreaccount1";
    },
    sample: (r) => P(
      "DefaultEndpointsProtocol=https;AccountName=acme",
      "store;Account",
      "Key=",
      randomFrom(BASE64, 86, r),
      "==;EndpointSuffix=core.windows.net"
    ),
    nearMisses: [
      "DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=<key>",
      P(
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;Account",
        "Key=",
        "Q1w2E3r4T5y6U7i8O9p0".repeat(4),
        "Zx9Kq7",
        "=="
      ),
      P("Account", "Key=", "Q1w2E3r4T5y6U7i8O9p0".repeat(4), "Zx9Kq7", "=="),
      "UseDevelopmentStorage=true"
    ]
  }
];

// src/rules/secret/families/messaging.ts
var MESSAGING = [
  token({
    id: "slack-webhook-url",
    title: "Slack incoming webhook URL",
    provider: "Slack",
    shape: ["hooks.slack.com/services/", alnum(44)],
    keywords: ["hooks.slack.com/"],
    source: String.raw`hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{43,56}`,
    maxLength: 90,
    before: "",
    prefixLength: 25
  }),
  token({
    id: "microsoft-teams-webhook",
    title: "Microsoft Teams incoming webhook URL",
    provider: "Microsoft",
    shape: [
      "webhook.office.com/webhookb2/",
      ...UUID,
      "@",
      ...UUID,
      "/IncomingWebhook/",
      hex(32),
      "/",
      ...UUID
    ],
    keywords: ["webhook.office.c"],
    // The path after webhookb2 carries the secret: two ids, then (current URLs) a hex key and an id.
    source: String.raw`webhook\.office\.com/webhookb2/[a-zA-Z0-9-]{36}@[a-zA-Z0-9-]{36}(?:/IncomingWebhook/[a-zA-Z0-9]{32}/[a-zA-Z0-9-]{36})?`,
    maxLength: 200,
    before: "",
    prefixLength: 29
  }),
  keyed({
    id: "discord-bot-token",
    title: "Discord bot token or secret",
    provider: "Discord",
    names: ["discord"],
    value: [anyHex(64)]
  }),
  keyed({
    id: "discord-client-secret",
    title: "Discord client secret",
    provider: "Discord",
    names: ["discord"],
    value: [urlsafe(32)]
  }),
  keyed({
    id: "discord-client-id",
    title: "Discord client id",
    provider: "Discord",
    severity: "warning",
    names: ["discord"],
    value: [digits(18)]
  }),
  keyed({
    id: "telegram-bot-token",
    title: "Telegram bot token",
    provider: "Telegram",
    names: ["telegram", "tgbot", "bot_token"],
    value: [digits(5, 16), ":A", urlsafe(34)]
  }),
  keyed({
    id: "mattermost-token",
    title: "Mattermost access token",
    provider: "Mattermost",
    names: ["mattermost"],
    value: [lower(26)]
  }),
  keyed({
    id: "twitch-token",
    title: "Twitch API token",
    provider: "Twitch",
    names: ["twitch"],
    value: [lower(30)]
  }),
  keyed({
    id: "twitter-bearer-token",
    title: "X / Twitter bearer token",
    provider: "X",
    // 22 `A`s then the token: runs of `A` fill source map mappings, so found by X's name.
    names: ["twitter", "bearer"],
    value: ["A".repeat(22), run(chars(`${SETS.alnum.alphabet}%`), 81)],
    valueSource: "A{22}[A-Za-z0-9%]{80,100}",
    prefixLength: 22
  }),
  keyed({
    id: "twitter-access-token",
    title: "X / Twitter access token",
    provider: "X",
    names: ["twitter"],
    value: [digits(15, 25), "-", alnum(20, 40)]
  }),
  keyed({
    id: "twitter-secret",
    title: "X / Twitter API key or secret",
    provider: "X",
    names: ["twitter"],
    value: [alnum(25, 50)]
  }),
  keyed({
    id: "facebook-page-token",
    title: "Facebook access token",
    provider: "Meta",
    // `EAA…` is common base64 (source map mappings): found by the name that holds it.
    names: ["facebook", "fb_access", "fb_page", "fb_token"],
    value: ["EAAM", alnum(120)],
    valueSource: "EAA[MC][A-Za-z0-9]{100,900}"
  }),
  token({
    id: "facebook-app-token",
    title: "Facebook app access token",
    provider: "Meta",
    // `app id|app secret`, in a context that says Facebook.
    shape: ["facebook ", digits(15, 16), "|", urlsafe(27)],
    keywords: ["facebook"],
    caseless: true,
    source: String.raw`[fF][aA][cC][eE][bB][oO][oO][kK][^\n]{0,40}?\b(\d{15,16}\|[A-Za-z0-9_-]{27})`,
    maxLength: 90,
    before: "",
    prefixLength: 0
  }),
  keyed({
    id: "facebook-secret",
    title: "Facebook app secret",
    provider: "Meta",
    names: ["facebook"],
    value: [anyHex(32)]
  }),
  keyed({
    id: "linkedin-secret",
    title: "LinkedIn client secret",
    provider: "LinkedIn",
    names: ["linkedin", "linked-in"],
    value: [alnum(14, 16)]
  }),
  keyed({
    id: "intercom-token",
    title: "Intercom access token",
    provider: "Intercom",
    names: ["intercom"],
    value: [loose2(60)]
  }),
  keyed({
    id: "sendbird-token",
    title: "Sendbird API token",
    provider: "Sendbird",
    names: ["sendBird"],
    value: [anyHex(40)]
  }),
  keyed({
    id: "sendbird-app-id",
    title: "Sendbird application id",
    provider: "Sendbird",
    names: ["sendBird"],
    value: [...UUID]
  }),
  keyed({
    id: "messagebird-token",
    title: "MessageBird API token",
    provider: "MessageBird",
    names: ["messageBird", "message-bird", "message_bird"],
    value: [alnum(25)]
  }),
  keyed({
    id: "messagebird-client-id",
    title: "MessageBird client id",
    provider: "MessageBird",
    severity: "warning",
    names: ["messageBird", "message-bird", "message_bird"],
    value: [...UUID]
  }),
  token({
    id: "sendgrid-api-key",
    title: "SendGrid API key",
    provider: "Twilio SendGrid",
    // `SG.`, a 22-char key id, `.`, a 43-char secret (base64url); older samples mix in `=`.
    shape: ["SG.", urlsafe(22), ".", urlsafe(43)],
    source: String.raw`SG\.[A-Za-z0-9=_.-]{66}`,
    maxLength: 69
  }),
  token({
    id: "sendinblue-api-key",
    title: "Brevo (Sendinblue) API key",
    provider: "Brevo",
    shape: ["xkeysib-", anyHex(64), "-", alnum(16)]
  }),
  token({
    id: "mailgun-api-key",
    title: "Mailgun API key",
    provider: "Mailgun",
    shape: ["key-", anyHex(32)]
  }),
  token({
    id: "mailgun-public-key",
    title: "Mailgun public validation key",
    provider: "Mailgun",
    severity: "warning",
    shape: ["pubkey-", anyHex(32)]
  }),
  keyed({
    id: "mailgun-signing-key",
    title: "Mailgun webhook signing key",
    provider: "Mailgun",
    names: ["mailgun"],
    value: [anyHex(32), "-", anyHex(8), "-", anyHex(8)]
  }),
  keyed({
    id: "mailchimp-api-key",
    title: "Mailchimp API key",
    provider: "Mailchimp",
    names: ["mailchimp", "mc_api"],
    value: [anyHex(32), "-us", digits(1, 2)]
  }),
  keyed({
    id: "twilio-api-key",
    title: "Twilio API key",
    provider: "Twilio",
    names: ["twilio"],
    value: ["SK", anyHex(32)]
  }),
  keyed({
    id: "zendesk-token",
    title: "Zendesk API token",
    provider: "Zendesk",
    names: ["zendesk"],
    value: [alnum(40)]
  })
];

// src/rules/secret/families/payments.ts
var STRIPE_TEST_MODE = {
  severity: "warning",
  reason: "it is a Stripe test-mode key, which cannot move money but still reads the account's test data"
};
var LOB_NAMES = ["lob_", "lob-", "lobToken", "lobKey", "lobApi", "lobSecret"];
var PAYMENTS = [
  token({
    id: "stripe-secret-key",
    title: "Stripe secret key",
    provider: "Stripe",
    shape: ["sk_live_", alnum(24)],
    keywords: ["sk_live_", "rk_live_", "sk_prod_", "rk_prod_", "sk_test_", "rk_test_"],
    source: "[sr]k_(?:live|prod|test)_[0-9A-Za-z]{10,247}",
    maxLength: 260,
    grade: (value) => value.slice(3, 7) === "test" ? STRIPE_TEST_MODE : void 0,
    gradedWhen: "for test-mode keys",
    nearMisses: ["sk_live_short", "pk_live_notasecretatall0000"]
  }),
  token({
    id: "square-access-token",
    title: "Square access token",
    provider: "Square",
    shape: ["sq0atp-", urlsafe(22)]
  }),
  keyed({
    id: "square-token",
    title: "Square access token",
    provider: "Square",
    // `EAAA` starts half the segments of a source map's mappings: found by Square's name.
    names: ["square"],
    value: ["EAAA", urlsafe(60)],
    valueSource: "EAAA[A-Za-z0-9_+=-]{22,60}"
  }),
  token({
    id: "square-oauth-secret",
    title: "Square OAuth secret",
    provider: "Square",
    shape: ["sq0csp-", urlsafe(43)]
  }),
  token({
    id: "plaid-access-token",
    title: "Plaid access token",
    provider: "Plaid",
    shape: ["access-production-", ...UUID],
    keywords: ["access-producti", "access-developm", "access-sandbox-"],
    source: "access-(?:sandbox|development|production)-[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}",
    maxLength: 55,
    prefixLength: 7
  }),
  keyed({
    id: "plaid-secret",
    title: "Plaid secret",
    provider: "Plaid",
    names: ["plaid"],
    value: [alnum(30)]
  }),
  keyed({
    id: "plaid-client-id",
    title: "Plaid client id",
    provider: "Plaid",
    names: ["plaid"],
    value: [alnum(24)]
  }),
  token({
    id: "shopify-access-token",
    title: "Shopify access token",
    provider: "Shopify",
    shape: ["shpat_", anyHex(32)],
    keywords: ["shpat_", "shpca_", "shppa_", "shpss_"],
    source: "shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}"
  }),
  keyed({
    id: "gocardless-token",
    title: "GoCardless access token",
    provider: "GoCardless",
    names: ["gocardless", "GoCardless"],
    value: ["live_", loose2(40)]
  }),
  token({
    id: "flutterwave-secret-key",
    title: "Flutterwave secret key",
    provider: "Flutterwave",
    shape: ["FLWSECK_TEST-", anyHex(32), "-X"],
    keywords: ["FLWSECK"],
    source: "FLWSECK(?:_TEST)?-[a-fA-F0-9]{32}-X",
    maxLength: 47
  }),
  token({
    id: "flutterwave-encryption-key",
    title: "Flutterwave encryption key",
    provider: "Flutterwave",
    shape: ["FLWSECK_TEST", anyHex(12)],
    keywords: ["FLWSECK"],
    source: "FLWSECK(?:_TEST)?[-_]?[a-fA-F0-9]{12}",
    maxLength: 25
  }),
  token({
    id: "flutterwave-public-key",
    title: "Flutterwave public key",
    provider: "Flutterwave",
    severity: "warning",
    shape: ["FLWPUBK_TEST-", anyHex(32), "-X"],
    keywords: ["FLWPUBK"],
    source: "FLWPUBK(?:_TEST)?-[a-fA-F0-9]{32}-X",
    maxLength: 47
  }),
  keyed({
    id: "coinbase-token",
    title: "Coinbase access token",
    provider: "Coinbase",
    names: ["coinbase"],
    value: [urlsafe(64)]
  }),
  keyed({
    id: "kraken-token",
    title: "Kraken API key",
    provider: "Kraken",
    names: ["kraken"],
    value: [run(chars(`${SETS.alnum.alphabet}/=_+-`), 80, 90)]
  }),
  keyed({
    id: "kucoin-key",
    title: "KuCoin API key",
    provider: "KuCoin",
    names: ["kucoin", "KuCoin"],
    value: [anyHex(24)]
  }),
  keyed({
    id: "kucoin-secret",
    title: "KuCoin API secret",
    provider: "KuCoin",
    names: ["kucoin", "KuCoin"],
    value: [...UUID]
  }),
  keyed({
    id: "bittrex-key",
    title: "Bittrex API key or secret",
    provider: "Bittrex",
    names: ["bittrex"],
    value: [alnum(32)]
  }),
  token({
    id: "duffel-token",
    title: "Duffel API token",
    provider: "Duffel",
    shape: ["duffel_live_", loose2(43)],
    keywords: ["duffel_live_", "duffel_test_"],
    source: "duffel_(?:test|live)_[A-Za-z0-9_=-]{43}"
  }),
  token({
    id: "easypost-key",
    title: "EasyPost API key",
    provider: "EasyPost",
    shape: ["EZAK", alnum(54)],
    keywords: ["EZAK", "EZTK"],
    source: "EZ[AT]K[A-Za-z0-9]{54}"
  }),
  token({
    id: "shippo-token",
    title: "Shippo API token",
    provider: "Shippo",
    shape: ["shippo_live_", anyHex(40)],
    keywords: ["shippo_"],
    source: "shippo_(?:live|test)_[a-fA-F0-9]{40}"
  }),
  keyed({
    id: "lob-key",
    title: "Lob API key",
    provider: "Lob",
    names: LOB_NAMES,
    value: ["live_", anyHex(35)],
    valueSource: "(?:live|test)_[a-fA-F0-9]{35}"
  }),
  keyed({
    id: "lob-publishable-key",
    title: "Lob publishable key",
    provider: "Lob",
    severity: "warning",
    names: LOB_NAMES,
    value: ["live_pub_", anyHex(31)],
    valueSource: "(?:live|test)_pub_[a-fA-F0-9]{31}"
  }),
  keyed({
    id: "finicity-key",
    title: "Finicity API key",
    provider: "Finicity",
    names: ["finicity"],
    value: [anyHex(32)]
  }),
  keyed({
    id: "finicity-secret",
    title: "Finicity client secret",
    provider: "Finicity",
    names: ["finicity"],
    value: [alnum(20)]
  }),
  keyed({
    id: "squarespace-token",
    title: "Squarespace API key",
    provider: "Squarespace",
    names: ["squarespace"],
    value: [...UUID]
  }),
  keyed({
    id: "etsy-token",
    title: "Etsy API key",
    provider: "Etsy",
    names: ["etsy"],
    value: [alnum(24)]
  }),
  keyed({
    id: "freemius-secret",
    title: "Freemius secret key",
    provider: "Freemius",
    names: ["secret_key"],
    value: ["sk_", run(chars(`${SETS.alnum.alphabet}!#$%&*+@^`), 29)]
  }),
  keyed({
    id: "adyen-key",
    title: "Adyen API key",
    provider: "Adyen",
    names: ["adyen"],
    value: ["AQE", urlsafe(40, 400)]
  })
];

// src/rules/secret/families/saas.ts
var ALGOLIA_SEARCH_ONLY = {
  severity: "warning",
  reason: "its name says it is a search-only key, which Algolia means to be shipped to browsers"
};
var SAAS = [
  // AI
  token({
    id: "huggingface-token",
    title: "Hugging Face access token",
    provider: "Hugging Face",
    shape: ["hf_", run(chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"), 34)],
    source: "hf_[A-Za-z]{34}",
    nearMisses: ["hf_hub_download_function_name_long"]
  }),
  token({
    id: "huggingface-org-token",
    title: "Hugging Face organization API token",
    provider: "Hugging Face",
    shape: ["api_org_", run(chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"), 34)],
    source: "api_org_[A-Za-z]{34}"
  }),
  keyed({
    id: "cohere-token",
    title: "Cohere API key",
    provider: "Cohere",
    names: ["cohere", "CO_API_KEY"],
    value: [alnum(40)]
  }),
  token({
    id: "perplexity-key",
    title: "Perplexity API key",
    provider: "Perplexity",
    shape: ["pplx-", alnum(48)]
  }),
  keyed({
    id: "privateai-token",
    title: "Private AI API key",
    provider: "Private AI",
    names: ["privateAi", "private-ai", "private_ai", "PrivateAI"],
    value: [alnum(32)]
  }),
  // Observability
  token({
    id: "sentry-org-token",
    title: "Sentry organization token",
    provider: "Sentry",
    shape: ["sntrys_eyJpYXQiO", base64(100)],
    source: "sntrys_eyJpYXQiO[A-Za-z0-9+/]{10,2000}={0,2}(?:_[A-Za-z0-9+/]{43})?",
    maxLength: 2100,
    prefixLength: 7
  }),
  token({
    id: "sentry-user-token",
    title: "Sentry user auth token",
    provider: "Sentry",
    shape: ["sntryu_", hex(64)]
  }),
  keyed({
    id: "sentry-legacy-token",
    title: "Sentry auth token",
    provider: "Sentry",
    names: ["sentry"],
    value: [anyHex(64)]
  }),
  keyed({
    id: "datadog-key",
    title: "Datadog API or application key",
    provider: "Datadog",
    names: ["datadog", "DataDog", "DD_API_KEY", "DD_APP_KEY", "DD_APPLICATION"],
    value: [alnum(32, 40)]
  }),
  token({
    id: "new-relic-user-key",
    title: "New Relic user API key",
    provider: "New Relic",
    shape: ["NRAK-", upper(27)],
    source: "NRAK-[A-Za-z0-9]{27}"
  }),
  token({
    id: "new-relic-insert-key",
    title: "New Relic insert key",
    provider: "New Relic",
    shape: ["NRII-", urlsafe(32)]
  }),
  token({
    id: "new-relic-browser-key",
    title: "New Relic browser API key",
    provider: "New Relic",
    severity: "warning",
    shape: ["NRJS-", anyHex(19)],
    // Browser agent keys are embedded in web pages by design.
    grade: () => ({ severity: "warning", reason: "browser ingest keys are embedded in web pages by design" })
  }),
  keyed({
    id: "new-relic-user-key-id",
    title: "New Relic user API key",
    provider: "New Relic",
    names: ["new-relic", "newRelic", "new_relic"],
    value: [alnum(64)]
  }),
  token({
    id: "grafana-api-key",
    title: "Grafana API key",
    provider: "Grafana",
    // base64 of `{"k":"`.
    shape: ["eyJrIjoi", alnum(70)],
    source: "eyJrIjoi[A-Za-z0-9]{70,400}={0,3}",
    maxLength: 412,
    prefixLength: 8
  }),
  token({
    id: "grafana-cloud-token",
    title: "Grafana Cloud API token",
    provider: "Grafana",
    shape: ["glc_", base64(32)],
    source: "glc_[A-Za-z0-9+/]{32,400}={0,3}",
    maxLength: 408
  }),
  token({
    id: "grafana-service-account-token",
    title: "Grafana service account token",
    provider: "Grafana",
    shape: ["glsa_", alnum(32), "_", anyHex(8)]
  }),
  keyed({
    id: "sumologic-access-id",
    title: "Sumo Logic access id",
    provider: "Sumo Logic",
    names: ["sumo"],
    value: ["su", alnum(12)]
  }),
  keyed({
    id: "sumologic-access-key",
    title: "Sumo Logic access key",
    provider: "Sumo Logic",
    names: ["sumo"],
    value: [alnum(64)]
  }),
  // Productivity, content, data
  keyed({
    id: "adafruit-key",
    title: "Adafruit IO key",
    provider: "Adafruit",
    names: ["adafruit"],
    value: [urlsafe(32)]
  }),
  keyed({
    id: "adobe-client-id",
    title: "Adobe client id",
    provider: "Adobe",
    names: ["adobe"],
    value: [anyHex(32)]
  }),
  token({
    id: "adobe-client-secret",
    title: "Adobe client secret",
    provider: "Adobe",
    shape: ["p8e-", anyHex(32)]
  }),
  keyed({
    id: "airtable-key",
    title: "Airtable API key",
    provider: "Airtable",
    names: ["airtable"],
    value: [alnum(17)]
  }),
  keyed({
    id: "airtable-pat",
    title: "Airtable personal access token",
    provider: "Airtable",
    // `pat` is too common a start (path, pattern) for the prefilter: found by Airtable's name.
    names: ["airtable"],
    value: ["pat", alnum(14), ".", anyHex(64)]
  }),
  keyed({
    id: "algolia-key",
    title: "Algolia API key",
    provider: "Algolia",
    names: ["algolia"],
    value: [anyHex(32)],
    grade: (_value, context) => /search/i.test(boundName(context)) ? ALGOLIA_SEARCH_ONLY : void 0,
    gradedWhen: "for search-only keys"
  }),
  keyed({
    id: "asana-secret",
    title: "Asana client secret",
    provider: "Asana",
    names: ["asana"],
    value: [alnum(32)]
  }),
  keyed({
    id: "asana-client-id",
    title: "Asana client id",
    provider: "Asana",
    names: ["asana"],
    value: [digits(16)]
  }),
  keyed({
    id: "authress-key",
    title: "Authress service client access key",
    provider: "Authress",
    names: ["authress"],
    value: ["sc_", lower(10), ".", lower(4), ".acc_", lower(10), ".", urlsafe(40)],
    valueSource: "(?:sc|ext|scauth|authress)_[a-zA-Z0-9]{5,30}\\.[a-zA-Z0-9]{4,6}\\.acc[_-][a-zA-Z0-9-]{10,32}\\.[a-zA-Z0-9+/_=-]{30,120}"
  }),
  keyed({
    id: "beamer-key",
    title: "Beamer API key",
    provider: "Beamer",
    names: ["beamer"],
    value: ["b_", loose2(44)]
  }),
  keyed({
    id: "contentful-token",
    title: "Contentful delivery API token",
    provider: "Contentful",
    names: ["contentful"],
    value: [urlsafe(43)]
  }),
  keyed({
    id: "dropbox-token",
    title: "Dropbox API token",
    provider: "Dropbox",
    names: ["dropbox"],
    value: [alnum(15)]
  }),
  token({
    id: "dropbox-short-lived-token",
    title: "Dropbox short-lived token",
    provider: "Dropbox",
    shape: ["sl.B", urlsafe(135)],
    keywords: ["sl.B", "sl.u."],
    source: String.raw`sl\.(?:u\.)?[A-Za-z0-9_=-]{130,1100}`,
    maxLength: 1110
  }),
  keyed({
    id: "finnhub-token",
    title: "Finnhub access token",
    provider: "Finnhub",
    names: ["finnhub"],
    value: [alnum(20)]
  }),
  keyed({
    id: "flickr-token",
    title: "Flickr API key",
    provider: "Flickr",
    names: ["flickr"],
    value: [alnum(32)]
  }),
  token({
    id: "frameio-token",
    title: "Frame.io API token",
    provider: "Adobe",
    shape: ["fio-u-", loose2(64)]
  }),
  keyed({
    id: "freshbooks-token",
    title: "FreshBooks access token",
    provider: "FreshBooks",
    names: ["freshbooks", "FreshBooks"],
    value: [alnum(64)]
  }),
  keyed({
    id: "hubspot-key",
    title: "HubSpot API key",
    provider: "HubSpot",
    names: ["hubspot", "HubSpot"],
    value: [...UUID]
  }),
  token({
    id: "hubspot-private-app-token",
    title: "HubSpot private app token",
    provider: "HubSpot",
    shape: ["pat-na1-", ...UUID],
    keywords: ["pat-na1-", "pat-eu1-"],
    source: "pat-(?:na|eu)1-[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}",
    maxLength: 44
  }),
  token({
    id: "linear-api-key",
    title: "Linear API key",
    provider: "Linear",
    shape: ["lin_api_", alnum(40)]
  }),
  keyed({
    id: "linear-secret",
    title: "Linear client secret",
    provider: "Linear",
    names: ["linear"],
    value: [anyHex(32)]
  }),
  keyed({
    id: "looker-secret",
    title: "Looker client secret",
    provider: "Looker",
    names: ["looker"],
    value: [alnum(20, 24)]
  }),
  token({
    id: "mapbox-secret-token",
    title: "Mapbox secret token",
    provider: "Mapbox",
    shape: ["sk.eyJ1Ijoi", alnum(60), ".", urlsafe(22)],
    source: String.raw`sk\.eyJ1Ijoi[A-Za-z0-9_-]{20,200}\.[A-Za-z0-9_-]{22}`,
    maxLength: 240,
    prefixLength: 3
  }),
  keyed({
    id: "mapbox-token",
    title: "Mapbox access token",
    provider: "Mapbox",
    severity: "warning",
    names: ["mapbox"],
    value: ["pk.", alnum(60), ".", alnum(22)],
    // Public (`pk.`) tokens are meant for browsers, but are tied to the account's billing.
    grade: () => ({
      severity: "warning",
      reason: "Mapbox public tokens are meant for browsers; restrict it to your URLs"
    })
  }),
  keyed({
    id: "maxmind-key",
    title: "MaxMind license key",
    provider: "MaxMind",
    names: ["maxmind", "geoip"],
    value: [urlsafe(40)]
  }),
  token({
    id: "notion-token",
    title: "Notion integration token",
    provider: "Notion",
    shape: ["ntn_", digits(11), alnum(35)],
    source: "ntn_[0-9]{11}[A-Za-z0-9]{35}"
  }),
  keyed({
    id: "nytimes-key",
    title: "New York Times API key",
    provider: "New York Times",
    names: ["nytimes", "new-york-times", "newyorktimes"],
    value: [urlsafe(32)]
  }),
  token({
    id: "planetscale-token",
    title: "PlanetScale token or password",
    provider: "PlanetScale",
    shape: ["pscale_tkn_", loose2(43)],
    keywords: ["pscale_tkn_", "pscale_oauth_", "pscale_pw_"],
    source: "pscale_(?:tkn|oauth|pw)_[A-Za-z0-9=._-]{32,64}",
    maxLength: 77
  }),
  token({
    id: "postman-token",
    title: "Postman API key",
    provider: "Postman",
    shape: ["PMAK-", anyHex(24), "-", anyHex(34)]
  }),
  keyed({
    id: "rapidapi-key",
    title: "RapidAPI key",
    provider: "RapidAPI",
    names: ["rapidApi", "RapidAPI"],
    value: [urlsafe(50)]
  }),
  token({
    id: "typeform-token",
    title: "Typeform personal access token",
    provider: "Typeform",
    shape: ["tfp_", loose2(59)],
    source: "tfp_[A-Za-z0-9_.=-]{59}"
  }),
  token({
    id: "intra42-client-secret",
    title: "42 Intra client secret",
    provider: "42",
    shape: ["s-s4t2ud-", hex(64)],
    keywords: ["s-s4t2"],
    source: "s-s4t2(?:ud|af)-[a-f0-9]{64}"
  }),
  token({
    id: "zapier-webhook",
    title: "Zapier webhook URL",
    provider: "Zapier",
    shape: ["hooks.zapier.com/hooks/catch/", digits(7), "/", lower(6)],
    source: String.raw`hooks\.zapier\.com/hooks/catch/\d{5,10}/[a-z0-9]{5,8}`,
    maxLength: 60,
    before: ""
  })
];

// src/rules/secret/families/slack.ts
var SLACK = [
  {
    id: "slack-token",
    title: "Slack token",
    provider: "Slack",
    severity: "error",
    keywords: ["xox", "xapp-"],
    // Bot, user, workspace and legacy tokens (`xoxb-`, `xoxp-`, `xoxa-2-`, `xoxs-`: groups of
    // digits then a random part), app-level tokens (`xapp-1-`), and the rotating
    // configuration tokens (`xoxe.xoxp-1-…`, `xoxe-1-…`). A `#`/`*` run after it is a mask.
    regex: /(?<![A-Za-z0-9])(?:xox[abposr]-(?:\d-)?[0-9]{8,14}-[0-9A-Za-z-]{10,250}|xapp-\d-[A-Z0-9]{9,12}-\d{10,16}-[a-zA-Z0-9]{32,80}|xoxe(?:\.xox[bp])?-\d-[0-9A-Za-z-]{60,250})(?![A-Za-z0-9#*-])/g,
    maxLength: 280,
    prefixLength: 4,
    sample: (r) => shapeSample([P("xo", "xb-"), digits(12), "-", digits(13), "-", alnum(24)], r),
    nearMisses: [
      "xoxb-not-a-token",
      "xoxq-123456789012-abcdefghijkl",
      P("xoxb-", "1234567890-xxxxxxxxxxxxxxxx")
    ]
  }
];

// src/rules/secret/families/source-control.ts
var gitlab = (id, title, prefix, length) => token({ id, title, provider: "GitLab", shape: [prefix, urlsafe(length)] });
var ROUTABLE_TAIL = [".", lower(9)];
var SOURCE_CONTROL = [
  gitlab("gitlab-pat", "GitLab personal access token", "glpat-", 20),
  token({
    id: "gitlab-pat-routable",
    title: "GitLab personal access token",
    provider: "GitLab",
    shape: ["glpat-", urlsafe(27, 300), ...ROUTABLE_TAIL]
  }),
  token({
    id: "gitlab-pipeline-trigger-token",
    title: "GitLab pipeline trigger token",
    provider: "GitLab",
    shape: ["glptt-", anyHex(40)]
  }),
  gitlab("gitlab-runner-token", "GitLab runner authentication token", "glrt-", 20),
  token({
    id: "gitlab-runner-token-routable",
    title: "GitLab runner authentication token",
    provider: "GitLab",
    shape: ["glrt-", urlsafe(27, 300), ...ROUTABLE_TAIL]
  }),
  gitlab("gitlab-runner-registration-token", "GitLab runner registration token", "GR1348941", 20),
  token({
    id: "gitlab-ci-job-token",
    title: "GitLab CI/CD job token",
    provider: "GitLab",
    // `glcbt-`, a short partition id, `_`, then 20 random characters.
    shape: ["glcbt-", alnum(5), "_", urlsafe(20)],
    source: "glcbt-[A-Za-z0-9]{1,5}_[A-Za-z0-9_-]{20}",
    maxLength: 32
  }),
  gitlab("gitlab-deploy-token", "GitLab deploy token", "gldt-", 20),
  gitlab("gitlab-feature-flag-token", "GitLab feature flag client token", "glffct-", 20),
  gitlab("gitlab-feed-token", "GitLab feed token", "glft-", 20),
  gitlab("gitlab-incoming-mail-token", "GitLab incoming mail token", "glimt-", 25),
  gitlab("gitlab-agent-token", "GitLab Kubernetes agent token", "glagent-", 50),
  gitlab("gitlab-oauth-app-secret", "GitLab OAuth application secret", "gloas-", 64),
  gitlab("gitlab-scim-token", "GitLab SCIM token", "glsoat-", 20),
  token({
    id: "gitlab-session-cookie",
    title: "GitLab session cookie",
    provider: "GitLab",
    shape: ["_gitlab_session=", lower(32)],
    prefixLength: 16
  }),
  keyed({
    id: "bitbucket-client-secret",
    title: "Bitbucket OAuth client secret",
    provider: "Bitbucket",
    names: ["bitbucket"],
    value: [alnum(32, 64)]
  }),
  keyed({
    id: "gitter-token",
    title: "Gitter access token",
    provider: "Gitter",
    names: ["gitter"],
    value: [urlsafe(40)]
  }),
  token({
    id: "sourcegraph-token",
    title: "Sourcegraph access token",
    provider: "Sourcegraph",
    // `sgp_`, an optional 16-hex instance id and `_`, then 40 hex characters.
    shape: ["sgp_", hex(40)],
    source: "sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40}",
    maxLength: 61
  }),
  keyed({
    id: "sourcegraph-legacy-token",
    title: "Sourcegraph access token",
    provider: "Sourcegraph",
    names: ["sourcegraph"],
    value: [anyHex(40)]
  })
];

// src/rules/secret/generic.ts
var WORDS = ["password", "passwd", "passPhrase", "secret", "token", "api_key", "api-key", "apiKey"];
var KEY_WORDS = ["access_key", "access-key", "accessKey", "auth_key", "auth-key", "authKey"];
var NAME_TAIL = "(?:(?:[_.-]|(?=[A-Z0-9]))[A-Za-z0-9]{1,24}){0,3}";
var QUOTED = String.raw`[^\s"'\x60\\\x00-\x1f\x7f-\xff]{12,128}`;
var BARE = String.raw`[^\s"'\x60\\(),;.{}[\]<>&\x00-\x1f\x7f-\xff]{12,128}`;
var BARE_END = String.raw`(?=[ \t]{0,64}(?:\r?\n|\\[rn]|$)|<\/)`;
var GENERIC_ASSIGNMENT = {
  id: "generic-assignment",
  title: "Password or token assignment",
  provider: "(any)",
  severity: "warning",
  kind: "generic",
  caseless: true,
  textOnly: true,
  keywords: [...WORDS, ...KEY_WORDS],
  // Starts at the word, so `GITHUB_TOKEN`, `clientSecret` and `db_password` all qualify.
  regex: new RegExp(
    `(?:${[...WORDS, ...KEY_WORDS].map(caselessSource).join("|")})${NAME_TAIL}${BIND_OPERATOR}(?:${QUOTE}(${QUOTED})${VALUE_END}|(${BARE})${BARE_END})`,
    "g"
  ),
  maxLength: 320,
  prefixLength: 0,
  validate: (value, context) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !namesACredential(value) && /[0-9]/.test(value) && characterClasses(value) >= 2 && entropy(value) >= context.entropyThreshold,
  // 26 random characters: at 18, one sample in a few thousand fell under the entropy threshold.
  sample: (r) => `const password = "${randomFrom(`${ALNUM}!#%&*+-`, 26, r)}7q";`,
  nearMisses: [
    'password = "correcthorsebattery"',
    `const token = "$${"{process.env.TOKEN}"}";`,
    'secret = "aaaaaaaaaaaaaaaa1"',
    'password = "password123password123"',
    "password: string;",
    "const token = getToken(request.headers.authorization2);",
    "PASSWORD=process.env.DB_PASSWORD_2",
    'tokenizer = "Xq7pL2v9Rz1mK4wB"'
  ]
};
function namesACredential(value) {
  return value.split(/[-_.:/]/).some((part) => /^(?:token|secret|password|passwd|key|auth)s?$/i.test(part));
}
function characterClasses(value) {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
}

// src/rules/secret/patterns.ts
function withRealisticSamples(family) {
  const draw = family.sample;
  const regex = new RegExp(family.regex.source, family.regex.flags.replace("g", ""));
  return {
    ...family,
    sample(random) {
      for (let attempt = 0; ; attempt++) {
        const sample = draw(random);
        const match = regex.exec(sample);
        if (attempt >= 20 || match && !isPlaceholder(matchValue(match).slice(family.prefixLength)))
          return sample;
      }
    }
  };
}
var SECRET_FAMILIES = [
  ...MAJOR_CLOUDS,
  ...GITHUB_AND_NPM,
  ...SLACK,
  ...KEYS,
  ...AI,
  ...SOURCE_CONTROL,
  ...CI_AND_INFRASTRUCTURE,
  ...CLOUD,
  ...MESSAGING,
  ...PAYMENTS,
  ...SAAS,
  ...CREDENTIALS_IN_CONFIG,
  GENERIC_ASSIGNMENT
].map(withRealisticSamples);
var MAX_MATCH_LENGTH = Math.max(...SECRET_FAMILIES.map((family) => family.maxLength));

// src/rules/secret/stream-scanner.ts
var HORIZON = MAX_MATCH_LENGTH + CONTEXT_CHARS;
var OVERLAP = HORIZON + CONTEXT_CHARS + 16;
var BATCH = 32 * 1024;
var KEYWORDS = [];
var CASELESS = [];
var FORMS = [];
var OWNERS = [];
var keywordKeys = [];
function keywordIndex(keyword, caseless) {
  const key = caseless ? `i:${keyword.toLowerCase()}` : `=:${keyword}`;
  let index = keywordKeys.indexOf(key);
  if (index === -1) {
    index = keywordKeys.push(key) - 1;
    KEYWORDS.push(keyword);
    CASELESS.push(caseless);
    FORMS.push([]);
    OWNERS.push([]);
  }
  if (caseless && !FORMS[index].includes(keyword)) FORMS[index].push(keyword);
  return index;
}
for (const family of SECRET_FAMILIES) {
  for (const keyword of family.keywords) {
    const index = keywordIndex(keyword, family.caseless === true);
    if (!OWNERS[index].includes(family)) OWNERS[index].push(family);
  }
}
var KEYED = KEYWORDS.map(
  (_, index) => OWNERS[index].length > 0 && OWNERS[index].every((family) => family.providerNames === true)
);
var SPELLINGS = KEYWORDS.map((_, index) => {
  if (!CASELESS[index]) return void 0;
  const all = keywordSpellings(FORMS[index]);
  return KEYED[index] ? all.filter((spelling) => /[A-Z]/.test(spelling.slice(1)) || !/[a-z]/.test(spelling)) : all;
});
var TRIGGER_WORDS = ["Key", "_key", "-key", "ClientId", "CLIENT_ID"];
var TRIGGERS = /* @__PURE__ */ new Set();
for (const [index, owners] of OWNERS.entries())
  if (owners.some((f) => f.kind === "generic")) TRIGGERS.add(index);
for (const word of TRIGGER_WORDS) TRIGGERS.add(keywordIndex(word, false));
var PROVIDER_NAMES = /* @__PURE__ */ new Map();
for (const [index, keyed2] of KEYED.entries()) {
  if (!keyed2) continue;
  const name = KEYWORDS[index].toLowerCase();
  const list2 = PROVIDER_NAMES.get(name.slice(0, 3)) ?? [];
  list2.push({ name, keyword: index });
  PROVIDER_NAMES.set(name.slice(0, 3), list2);
}
var INDEX = new KeywordIndex(KEYWORDS, CASELESS, SPELLINGS);
var LOWER_KEYWORDS = KEYWORDS.map((keyword) => keyword.toLowerCase());
var PREFILTER_SPELLINGS = [
  ...new Set(KEYWORDS.flatMap((keyword, index) => CASELESS[index] ? SPELLINGS[index] : [keyword]))
];
var isLower = (code) => code >= 97 && code <= 122;
var isUpper = (code) => code >= 65 && code <= 90;
function lowerKey(text, at2) {
  return text.slice(at2, at2 + 3).toLowerCase();
}
var STICKY = new Map(
  SECRET_FAMILIES.map((f) => [f, new RegExp(f.regex.source, `${f.regex.flags.replace("g", "")}y`)])
);
var SEARCH = new Map(SECRET_FAMILIES.map((f) => [f, new RegExp(f.regex.source, f.regex.flags)]));
var SPECIFIC = SECRET_FAMILIES.filter((family) => (family.kind ?? "token") === "token");
var KIND_ORDER = ["token", "keyed", "generic"];
var SecretStreamScanner = class {
  constructor(options2) {
    this.options = options2;
  }
  /** Text kept from earlier chunks (at most OVERLAP chars), starting at absolute `tailStart`. */
  tail = "";
  tailStart = 0;
  /** Newlines before `tailStart`. */
  linesBeforeTail = 0;
  /** Decoded chunks not yet added to the window. */
  pending = [];
  pendingBytes = 0;
  /** Absolute offset of the next byte to arrive, and the byte before it (-1 at the start). */
  received = 0;
  previousByte = -1;
  /** (absolute start, keyword index) pairs not judged yet. */
  hits = [];
  kind = "unknown";
  /** Per family, the absolute end of its last match (one match found from two keywords counts once). */
  lastEnd = /* @__PURE__ */ new Map();
  /** [start, end) of recent specific matches: a generic assignment of the same value is not reported again. */
  specificRanges = [];
  /** The first `maxMatches` matches, in the order they were judged. */
  matches = [];
  /** Every accepted match, collected or not. */
  total = 0;
  /** Whether the content was judged binary (only high-confidence formats are searched then). */
  get binary() {
    return this.kind === "binary";
  }
  /** Whether the content is an archive (not searched: the engine opens it, or it is compressed). */
  get archive() {
    return this.kind === "archive";
  }
  write(chunk) {
    if (chunk.length === 0 || this.kind === "archive") return;
    INDEX.scan(chunk, this.received, this.previousByte, this.hits);
    this.received += chunk.length;
    this.previousByte = chunk[chunk.length - 1];
    this.pending.push(chunk.toString("latin1"));
    this.pendingBytes += chunk.length;
    const sniffed = this.kind !== "unknown" || this.received >= SNIFF_BYTES2;
    if (sniffed && this.pendingBytes >= (this.options.batchBytes ?? BATCH)) this.flush(false);
  }
  end() {
    this.flush(true);
  }
  flush(final) {
    const window2 = this.tail + this.pending.join("");
    this.pending = [];
    this.pendingBytes = 0;
    if (this.kind === "unknown") this.kind = contentKind(window2, this.options.path);
    if (this.kind === "archive") {
      this.tail = "";
      this.hits = [];
      return;
    }
    this.judge(window2, final ? Number.POSITIVE_INFINITY : this.received - HORIZON);
    if (final) return;
    const drop = Math.max(0, window2.length - OVERLAP);
    this.linesBeforeTail += countNewlines(window2, 0, drop);
    this.tailStart += drop;
    this.tail = window2.slice(drop);
    const kept = [];
    for (let i = 0; i < this.specificRanges.length; i += 2) {
      if (this.specificRanges[i + 1] > this.tailStart)
        kept.push(this.specificRanges[i], this.specificRanges[i + 1]);
    }
    this.specificRanges = kept;
  }
  /** Judges every keyword that starts before `limit` (absolute); keeps the others for later. */
  judge(window2, limit) {
    const ready = [];
    const later = [];
    for (let i = 0; i < this.hits.length; i += 2) {
      const start = this.hits[i];
      if (start < limit) ready.push([start, this.hits[i + 1]]);
      else later.push(start, this.hits[i + 1]);
    }
    this.hits = later;
    if (ready.length === 0) return;
    this.addProviderNames(window2, ready);
    ready.sort((a, b) => a[0] - b[0]);
    for (const kind of KIND_ORDER) {
      for (const [start, keyword] of ready) {
        for (const family of OWNERS[keyword]) {
          if ((family.kind ?? "token") === kind) this.tryAt(window2, start, keyword, family);
        }
      }
    }
  }
  /**
   * For every credential word among the hits, the provider names at word starts of the same
   * identifier, before the word (see TRIGGERS). They are judged like prefilter hits.
   */
  addProviderNames(window2, ready) {
    let seen;
    const count3 = ready.length;
    for (let r = 0; r < count3; r++) {
      const [start, keyword] = ready[r];
      if (!TRIGGERS.has(keyword)) continue;
      const end = start - this.tailStart;
      const from = identifierStart(window2, end);
      for (let at2 = from; at2 + 3 <= end; at2++) {
        const here = window2.charCodeAt(at2);
        const before = at2 > from ? window2.charCodeAt(at2 - 1) : 0;
        const wordStart = at2 === from || before === 95 || before === 45 || before === 46 || isLower(before) && isUpper(here);
        if (!wordStart) continue;
        const names = PROVIDER_NAMES.get(lowerKey(window2, at2));
        if (names === void 0) continue;
        for (const { name, keyword: named } of names) {
          if (window2.slice(at2, at2 + name.length).toLowerCase() !== name) continue;
          const absolute = at2 + this.tailStart;
          seen ??= new Set(ready.map(([s, k]) => `${s}:${k}`));
          if (seen.has(`${absolute}:${named}`)) continue;
          seen.add(`${absolute}:${named}`);
          ready.push([absolute, named]);
        }
      }
    }
  }
  tryAt(window2, start, keyword, family) {
    if (family.textOnly && this.kind === "binary") return;
    const at2 = start - this.tailStart;
    if (at2 < 0 || !startsWithKeyword(window2, at2, keyword)) return;
    const regex = STICKY.get(family);
    regex.lastIndex = at2;
    const match = regex.exec(window2);
    if (!match) return;
    const end = start + match[0].length;
    if (end <= (this.lastEnd.get(family) ?? -1)) return;
    const value = matchValue(match);
    if (isPlaceholder(value.slice(family.prefixLength))) return;
    const context = {
      before: window2.slice(Math.max(0, at2 - CONTEXT_CHARS), at2),
      after: window2.slice(at2 + match[0].length, at2 + match[0].length + CONTEXT_CHARS),
      entropyThreshold: this.options.entropyThreshold,
      match: match[0]
    };
    if (isDocumentationExample(context.before)) return;
    if (family.validate && !family.validate(value, context)) return;
    const kind = family.kind ?? "token";
    if (kind !== "token" && (this.overlapsSpecific(start, end) || containsSpecific(value))) return;
    this.lastEnd.set(family, end);
    if (kind !== "generic") this.specificRanges.push(start, end);
    const grade = family.grade?.(value, context);
    this.total++;
    const copy = Buffer.from(value, "latin1").toString("latin1");
    this.options.onValue?.(copy);
    if (this.matches.length < this.options.maxMatches) {
      const line = this.linesBeforeTail + countNewlines(window2, 0, at2) + 1;
      this.matches.push({
        family,
        value: copy,
        line,
        severity: grade?.severity ?? family.severity,
        ...grade ? { gradeReason: grade.reason } : {}
      });
    }
  }
  overlapsSpecific(start, end) {
    for (let i = 0; i < this.specificRanges.length; i += 2) {
      if (start < this.specificRanges[i + 1] && this.specificRanges[i] < end) return true;
    }
    return false;
  }
};
function containsSpecific(value) {
  for (const family of SPECIFIC) {
    if (!family.keywords.some((keyword) => value.includes(keyword))) continue;
    const regex = SEARCH.get(family);
    regex.lastIndex = 0;
    if (regex.test(value)) return true;
  }
  return false;
}
function startsWithKeyword(window2, at2, keyword) {
  const text = KEYWORDS[keyword];
  if (!CASELESS[keyword]) return window2.startsWith(text, at2);
  return window2.slice(at2, at2 + text.length).toLowerCase() === LOWER_KEYWORDS[keyword];
}

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
  for (let at2 = dir; ; at2 = dirname(at2)) {
    const field = await packageManagerField(at2);
    if (field)
      return {
        manager: field.manager,
        wanted: field.value,
        reason: `packageManager: ${field.value}${at2 === dir ? "" : ` in ${at2}`}`
      };
    if (existsSync2(join4(at2, "pnpm-workspace.yaml")))
      return { manager: "pnpm", reason: `pnpm-workspace.yaml in ${at2}` };
    for (const [file, manager] of LOCKFILES) {
      if (existsSync2(join4(at2, file))) return { manager, reason: `${file} in ${at2}` };
    }
    if (existsSync2(join4(at2, ".git")) || dirname(at2) === at2) break;
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
import { createHash as createHash3 } from "node:crypto";
import { createReadStream as createReadStream4 } from "node:fs";
import { Readable as Readable4 } from "node:stream";

// src/sources/decompress.ts
import { PassThrough as PassThrough2, Readable as Readable3, Transform } from "node:stream";
import * as zlib2 from "node:zlib";

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
      return compressed.pipe(zlib2.createGunzip({ chunkSize: GZIP_CHUNK }));
    case "zstd": {
      const native2 = zlib2.createZstdDecompress;
      return compressed.pipe(native2 ? native2({ chunkSize: CHUNK }) : fzstdTransform(onOutput));
    }
    case "bzip2":
      return Readable3.from(decodeBzip2(compressed.pipe(new PassThrough2({ highWaterMark: CHUNK })), onOutput));
    case "xz":
      return Readable3.fromWeb(
        new import_xz_decompress.default.XzReadableStream(
          Readable3.toWeb(compressed)
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
      const at2 = 5 + dictionaryBytes;
      window2 = contentSizeBytes === 1 ? data[at2] : contentSizeBytes === 2 ? data.readUInt16LE(at2) + 256 : contentSizeBytes === 4 ? data.readUInt32LE(at2) : Number(data.readBigUInt64LE(at2));
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

// src/engine/nested-sink.ts
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { join as join5 } from "node:path";
import { PassThrough as PassThrough3 } from "node:stream";
function streamingSink(walk) {
  const input = new PassThrough3({ highWaterMark: 256 * 1024 });
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
  return {
    async write(chunk) {
      if (spill) {
        if (!spill.stream.write(chunk)) await once(spill.stream, "drain");
        return;
      }
      chunks.push(chunk);
      held += chunk.length;
      if (held > IN_MEMORY_LIMIT) {
        const dir = await makeTempDir(`leakgate-${format}-`);
        const path = join5(dir, `nested.${format}`);
        spill = { dir, path, stream: createWriteStream(path) };
        for (const held2 of chunks) spill.stream.write(held2);
        chunks = [];
      }
    },
    async finish() {
      try {
        if (spill) {
          spill.stream.end();
          await once(spill.stream, "finish");
          await walk({ path: spill.path });
        } else {
          await walk({ buffer: Buffer.concat(chunks) });
        }
        return void 0;
      } catch (error) {
        return error;
      } finally {
        chunks = [];
        if (spill) await removeTempDir(spill.dir);
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
      await this.walkEntries(info.read(input.file), context);
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
        await this.walkEntries(toAsync2([single]), context);
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
      content: () => createReadStream4(path, { highWaterMark: FILE_READ_CHUNK }),
      sealed: true
    };
    await this.walkEntries(toAsync2([entry]), context);
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
    const hash = createHash3("sha256");
    let size = 0;
    const iterator = raw.content()[Symbol.asyncIterator]();
    const { chunks: headChunks, ended } = await readAtLeast(iterator, SNIFF_BYTES);
    const head = Buffer.concat(headChunks).subarray(0, SNIFF_BYTES);
    const format = raw.sealed ? void 0 : detectFormat(head, entry.innerPath);
    if (format && beforeZip) this.reportAmbiguous(entry, `a ${format} archive with a zip after it`);
    const nested = format ? this.nestedSink(format, entry, head) : void 0;
    const tail = raw.sealed || format === "zip" ? void 0 : new TailKeeper(ZIP_TAIL_BYTES);
    const feed = async (chunk) => {
      size += chunk.length;
      this.hooks.limits.countBytes(chunk.length, entry.path);
      this.hooks.progress?.(chunk.length);
      hash.update(chunk);
      tail?.push(chunk);
      if (observers.length > 0) {
        for (let at2 = 0; at2 < chunk.length; at2 += OBSERVED_PIECE) {
          const piece = chunk.length <= OBSERVED_PIECE ? chunk : chunk.subarray(at2, at2 + OBSERVED_PIECE);
          for (const observer of observers) observer.onChunk(piece);
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
  reportAmbiguous(entry, what) {
    this.hooks.report({
      ruleId: "ambiguous-archive",
      severity: "error",
      path: entry.path,
      message: `This file is ${what}: zip readers and other tools extract different contents from it.`,
      fix: "Ship each archive on its own, made by a standard tool; if this is a self-extracting installer, gate its contents before they are packed.",
      details: { problem: what },
      evidence: what
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
  return { head: Buffer.concat(chunks), stream: Readable4.from(replay(), { objectMode: false }) };
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
async function* toAsync2(items) {
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
async function scanArtifact(spec, options2) {
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
  if (plan?.url.credential) options2.onSecret?.(plan.url.credential);
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
    for (const finding of refFindings2(plan, options2.internalRefs ?? DEFAULT_INTERNAL_REFS))
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
  const runs = options2.rules.map((rule) => rule.start(info, (finding) => inputs.add(finding)));
  const packageJson = new PackageJsonCapture();
  const imageMetadata = new ImageMetadataCapture();
  const walker = new Walker({
    limits: new LimitTracker(options2.limits),
    observe(entry) {
      const observers = [];
      for (const run2 of runs) {
        const observer = run2.onEntry?.(entry);
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
      options2.onRecord?.(entry);
      options2.progress?.(0, 1);
      if (depth === 0) topLevelBytes += entry.size;
    },
    report: (finding) => inputs.add(finding),
    redactName: (name, pathOf) => redactNameSecrets(name, pathOf, inputs, options2.onSecret),
    unopened: (container) => unopened.push(container),
    openedArchiveInCompression(prefix, archive) {
      if (prefix === "" && (archive === "tar" || archive === "cpio" || archive === "ar")) kind = archive;
    },
    ...options2.progress ? { progress: (bytes) => options2.progress?.(bytes, 0) } : {}
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
      const stream = createReadStream5(spec.absolutePath, { highWaterMark: FILE_READ_CHUNK2 });
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
  const destination = await destinationOf(spec, plan, packageInfo, options2);
  if (destination?.credential) {
    options2.onSecret?.(destination.credential);
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
  for (const run2 of runs) run2.onArtifactEnd?.(manifestOf(), identity);
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
    const stream = createReadStream5(tarball, { highWaterMark: FILE_READ_CHUNK2 });
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
async function destinationOf(spec, plan, packageInfo, options2) {
  if (plan) return { name: `git:${plan.url.location}` };
  if (!spec.destination) return void 0;
  return resolveDestination(spec.destination, {
    cwd: spec.npm ? spec.absolutePath : options2.cwd ?? process.cwd(),
    ...packageInfo.name ? { packageName: packageInfo.name } : {},
    ...packageInfo.publishRegistry ? { publishRegistry: packageInfo.publishRegistry } : {},
    ...packageInfo.publishScopeRegistry ? { publishScopeRegistry: packageInfo.publishScopeRegistry } : {},
    ...options2.repository ? { repository: options2.repository } : {}
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
    const handle = await open2(spec.absolutePath, "r");
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
  for (let at2 = destination.lastIndexOf("/"); at2 > destination.indexOf("//") + 1; at2 = destination.lastIndexOf("/", at2 - 1)) {
    out.push(destination.slice(0, at2));
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
  const options2 = { dot: true, nocase: true };
  const include = (0, import_picomatch6.default)(pattern.globs, options2);
  const exclude = pattern.except ? (0, import_picomatch6.default)(pattern.except, options2) : NEVER;
  const keep = pattern.keep ? (0, import_picomatch6.default)(pattern.keep, options2) : NEVER;
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

// src/rules/secret/imported-rules.ts
var WINDOW = 1024 * 1024;
var OVERLAP2 = 16 * 1024;
var compile2 = (regex, global2 = false) => new RegExp(regex.source, regex.flags + (global2 ? "g" : ""));
function compileAllowlist(list2) {
  return {
    ...list2.targetRules ? { targetRules: list2.targetRules } : {},
    condition: list2.condition,
    regexTarget: list2.regexTarget,
    regexes: list2.regexes.map((regex) => compile2(regex)),
    paths: list2.paths.map((regex) => compile2(regex)),
    stopwords: list2.stopwords
  };
}
var ImportedRules = class {
  constructor(imported) {
    this.imported = imported;
    this.global = imported.allowlists.map(compileAllowlist);
    this.rules = imported.rules.map((rule) => ({
      rule,
      ...rule.regex ? { regex: compile2(rule.regex, true) } : {},
      ...rule.path ? { path: compile2(rule.path) } : {},
      allowlists: rule.allowlists.map(compileAllowlist)
    }));
  }
  rules;
  global;
  /** A scanner for one file, or undefined when no rule applies to its path. */
  forFile(path) {
    const applicable = this.rules.filter((rule) => !rule.path || rule.path.test(path));
    if (applicable.length === 0) return void 0;
    return new ImportedFileScanner(path, applicable, this.global);
  }
};
var ImportedFileScanner = class {
  constructor(path, rules, global2) {
    this.path = path;
    this.rules = rules;
    this.global = global2;
    for (const rule of rules) {
      if (!rule.regex && !this.allowed(rule, { secret: "", match: "", line: "" }))
        this.matches.push({ rule: rule.rule, value: "", line: 0 });
    }
  }
  window = "";
  /** Absolute offset of `window[0]`, and the newlines before it. */
  windowStart = 0;
  linesBefore = 0;
  /** Per rule: the absolute offset before which matches were already judged. */
  judgedUpTo = /* @__PURE__ */ new Map();
  matches = [];
  write(chunk) {
    this.window += chunk.toString("latin1");
    if (this.window.length >= WINDOW + OVERLAP2) this.search(false);
  }
  end() {
    this.search(true);
  }
  search(final) {
    const limit = final ? Number.POSITIVE_INFINITY : this.window.length - OVERLAP2;
    const lower2 = this.window.toLowerCase();
    for (const rule of this.rules) {
      if (!rule.regex) continue;
      if (rule.rule.keywords.length > 0 && !rule.rule.keywords.some((keyword) => lower2.includes(keyword)))
        continue;
      const from = Math.max(0, (this.judgedUpTo.get(rule) ?? 0) - this.windowStart);
      rule.regex.lastIndex = from;
      let judgedTo = from;
      for (let match = rule.regex.exec(this.window); match; match = rule.regex.exec(this.window)) {
        if (match[0].length === 0) rule.regex.lastIndex++;
        if (match.index >= limit) break;
        judgedTo = match.index + Math.max(1, match[0].length);
        this.judge(rule, match);
      }
      this.judgedUpTo.set(rule, this.windowStart + (final ? this.window.length : Math.max(judgedTo, limit)));
    }
    if (final) return;
    const drop = this.window.length - OVERLAP2;
    this.linesBefore += countNewlines(this.window, 0, drop);
    this.windowStart += drop;
    this.window = this.window.slice(drop);
  }
  judge(rule, match) {
    const value = secretOf(match, rule.rule.secretGroup);
    if (!value) return;
    if (rule.rule.entropy !== void 0 && entropy(value) < rule.rule.entropy) return;
    const lineStart = this.window.lastIndexOf("\n", match.index - 1) + 1;
    const lineEnd = this.window.indexOf("\n", match.index + match[0].length);
    const line = this.window.slice(lineStart, lineEnd === -1 ? void 0 : lineEnd);
    if (this.allowed(rule, { secret: value, match: match[0], line })) return;
    const copy = Buffer.from(value, "latin1").toString("latin1");
    this.matches.push({
      rule: rule.rule,
      value: copy,
      line: this.linesBefore + countNewlines(this.window, 0, match.index) + 1
    });
  }
  allowed(rule, targets) {
    return [...this.global, ...rule.allowlists].some((list2) => {
      if (list2.targetRules && !list2.targetRules.includes(rule.rule.id)) return false;
      const checks = [];
      if (list2.regexes.length > 0)
        checks.push(list2.regexes.some((regex) => regex.test(targets[list2.regexTarget])));
      if (list2.paths.length > 0) checks.push(list2.paths.some((regex) => regex.test(this.path)));
      if (list2.stopwords.length > 0) {
        const secret = targets.secret.toLowerCase();
        checks.push(list2.stopwords.some((word) => secret.includes(word)));
      }
      if (checks.length === 0) return false;
      return list2.condition === "AND" ? checks.every(Boolean) : checks.some(Boolean);
    });
  }
};
function secretOf(match, group2) {
  if (group2 > 0) return match[group2];
  for (let i = 1; i < match.length; i++) if (match[i]) return match[i];
  return match[0];
}

// src/rules/secret/utf16.ts
var SNIFF_PAIRS = 512;
function detectUtf16(head) {
  if (head.length >= 2 && head[0] === 255 && head[1] === 254) return "le";
  if (head.length >= 2 && head[0] === 254 && head[1] === 255) return "be";
  const pairs = Math.min(SNIFF_PAIRS, head.length >> 1);
  if (pairs < 8) return void 0;
  let le = 0;
  let be = 0;
  for (let i = 0; i < pairs; i++) {
    const first = head[2 * i];
    const second = head[2 * i + 1];
    if (second === 0 && first !== 0) le++;
    else if (first === 0 && second !== 0) be++;
  }
  if (le * 10 >= pairs * 9) return "le";
  if (be * 10 >= pairs * 9) return "be";
  return void 0;
}
var Utf16Narrower = class {
  constructor(order) {
    this.order = order;
  }
  carry;
  first = true;
  narrow(chunk) {
    let bytes = chunk;
    if (this.carry !== void 0) {
      bytes = Buffer.concat([Buffer.of(this.carry), chunk]);
      this.carry = void 0;
    }
    let start = 0;
    if (this.first && bytes.length >= 2) {
      this.first = false;
      const bom = this.order === "le" ? bytes[0] === 255 && bytes[1] === 254 : bytes[0] === 254 && bytes[1] === 255;
      if (bom) start = 2;
    }
    const units = bytes.length - start >> 1;
    const out = Buffer.allocUnsafe(units);
    const [low, high] = this.order === "le" ? [0, 1] : [1, 0];
    for (let i = 0; i < units; i++) {
      const at2 = start + 2 * i;
      out[i] = bytes[at2 + high] === 0 ? bytes[at2 + low] : 63;
    }
    if ((bytes.length - start) % 2 === 1) this.carry = bytes[bytes.length - 1];
    return out;
  }
};

// src/rules/secret.ts
var FIX = "Remove the file or the value from the release and rotate the token: anyone who downloads the release can use it.";
function reportImported(matches, path, options2, report) {
  const cap = options2.maxPerFile ?? 20;
  for (const { value } of matches) for (const piece of maskablePieces(value)) options2.onSecret?.(piece);
  for (const { rule, value, line } of matches.slice(0, cap)) {
    const family = `gitleaks:${rule.id}`;
    const source = options2.imported?.file ?? "the gitleaks config";
    const redacted = value ? redact(value, 0) : "";
    report({
      ruleId: "secret",
      severity: "error",
      path,
      message: value ? `${rule.description} (${redacted}) at line ${line} would be published (rule ${rule.id} of ${source}).` : `${rule.description}: the file's name matches rule ${rule.id} of ${source}.`,
      fix: FIX,
      details: {
        family,
        ...value ? { redacted, line } : {},
        ...matches.length > cap ? { moreInFile: matches.length - cap } : {}
      },
      evidence: value ? `${family}:${valueDigest(value)}` : family
    });
  }
}
function createSecretRule(options2) {
  const imported = options2.imported ? new ImportedRules(options2.imported) : void 0;
  return {
    id: "secret",
    start(_artifact, report) {
      return {
        onEntry(entry) {
          if (entry.type !== "file") return void 0;
          const scanner = new SecretStreamScanner({
            entropyThreshold: options2.genericEntropy,
            maxMatches: options2.maxPerFile ?? 20,
            path: entry.innerPath,
            // Masked as soon as found, including values past the per-file cap.
            onValue: (value) => {
              for (const piece of maskablePieces(value)) options2.onSecret?.(piece);
            }
          });
          let narrower;
          const custom = imported?.forFile(entry.innerPath);
          return {
            onChunk(chunk) {
              if (narrower === void 0) {
                const order = detectUtf16(chunk);
                narrower = order ? new Utf16Narrower(order) : null;
              }
              const text = narrower ? narrower.narrow(chunk) : chunk;
              scanner.write(text);
              custom?.write(text);
            },
            onEnd() {
              scanner.end();
              if (custom && !scanner.archive) {
                custom.end();
                reportImported(custom.matches, entry.path, options2, report);
              }
              const more = scanner.total - scanner.matches.length;
              for (const { family, value, line, severity, gradeReason } of scanner.matches) {
                const redacted = redact(value, family.prefixLength);
                const lowered = gradeReason ? ` It is a ${severity} only: ${gradeReason}.` : "";
                report({
                  ruleId: "secret",
                  severity,
                  path: entry.path,
                  message: `${family.title} (${redacted}) at line ${line} would be published.${lowered}`,
                  fix: FIX,
                  details: {
                    family: family.id,
                    redacted,
                    line,
                    ...scanner.binary ? { binary: true } : {},
                    ...more > 0 ? { moreInFile: more } : {}
                  },
                  evidence: `${family.id}:${valueDigest(value)}`
                });
              }
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
var QUOTE2 = 34;
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
        case QUOTE2:
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
    let quote = chunk.indexOf(QUOTE2, i);
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
        if (quote !== -1 && quote < i) quote = chunk.indexOf(QUOTE2, i);
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
var OVERLAP3 = MARKER.length + 4;
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
      this.tail = (this.tail + chunk.toString("latin1", Math.max(0, chunk.length - OVERLAP3))).slice(-OVERLAP3);
      return;
    }
    let text = chunk.toString("latin1");
    let position = 0;
    while (position < text.length) {
      if (this.state.mode === "search") {
        const haystack = position === 0 ? this.tail + text : text.slice(position);
        const at2 = findMarker(haystack);
        if (at2 === -1) {
          this.tail = haystack.slice(-OVERLAP3);
          return;
        }
        const block = haystack.startsWith("/*", at2 - 4);
        text = haystack;
        position = at2 + MARKER.length;
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
  for (let at2 = text.indexOf(MARKER); at2 !== -1; at2 = text.indexOf(MARKER, at2 + 1)) {
    if (PREFIXES.some((prefix) => text.startsWith(prefix, at2 - prefix.length))) return at2;
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
    createSecretRule({
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
function groupFindings(findings, at2 = GROUP_AT) {
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
    if (group2.length < at2) units.push([finding]);
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
  redactUrlCredentials,
  noContent,
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
