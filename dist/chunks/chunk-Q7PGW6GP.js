import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-7IC7CSNP.js";

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
    function alloc(size, fill2, encoding) {
      return Buffer.alloc(size, fill2, encoding);
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
    function compare(a, b) {
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
    function fill(buffer, value, offset, end, encoding) {
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
      compare,
      concat,
      copy,
      equals,
      fill,
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
      static isStreamDestroyed(err) {
        return err && err.code === "STREAM_DESTROYED";
      }
      static isPrematureClose(err) {
        return err && err.code === "PREMATURE_CLOSE";
      }
      static isAborted(err) {
        return err && err.code === "ABORTED";
      }
      static isBadArgument(err) {
        return err && err.code === "BAD_ARGUMENT";
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
      done(stream, err) {
        if (err) this.error = err;
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
    function afterFinal(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
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
    function afterDestroy(err) {
      const stream = this.stream;
      if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error;
      if (err) stream.emit("error", err);
      stream._duplexState |= DESTROYED;
      stream.emit("close");
      const rs = stream._readableState;
      const ws = stream._writableState;
      if (rs !== null && rs.pipeline !== null) {
        rs.pipeline.done(stream, err);
      }
      if (ws !== null) {
        while (ws.drains !== null && ws.drains.length > 0) {
          ws.drains.shift().resolve(false);
        }
        if (ws.pipeline !== null) {
          ws.pipeline.done(stream, err);
        }
      }
    }
    function afterWrite(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
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
    function afterRead(err) {
      if (err) this.stream.destroy(err);
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
    function afterOpen(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
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
    function afterTransform(err, data) {
      if (data !== void 0 && data !== null) this.push(data);
      this._writableState.afterWrite(err);
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
      destroy(err) {
        if ((this._duplexState & DESTROY_STATUS) === 0) {
          if (!err) err = StreamError.STREAM_DESTROYED();
          this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY;
          if (this._readableState !== null) {
            this._readableState.highWaterMark = 0;
            this._readableState.error = err;
          }
          if (this._writableState !== null) {
            this._writableState.highWaterMark = 0;
            this._writableState.error = err;
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
    var Readable2 = class _Readable extends Stream {
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
        const out = new PassThrough2(opts);
        fn().then((src) => {
          if (src === null) return out.end();
          if (out.destroying) return;
          pipeline(src, out, noop);
        }).catch((err) => out.destroy(err));
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
        this.on("error", (err) => {
          error = err;
        });
        this.on("readable", onreadable);
        this.on("close", onclose);
        return {
          [asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(function(resolve, reject) {
              promiseResolve = resolve;
              promiseReject = reject;
              const data = stream.read();
              if (data !== null) ondata(data);
              else if ((stream._duplexState & DESTROYED) !== 0) ondata(null);
            });
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
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
        function destroy(err) {
          stream.destroy(err);
          return new Promise((resolve, reject) => {
            if (stream._duplexState & DESTROYED) return resolve({ value: void 0, done: true });
            stream.once("close", function() {
              if (err) reject(err);
              else resolve({ value: void 0, done: true });
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
        return new Promise((resolve) => {
          state.drains.push({ writes, resolve });
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
    var Duplex = class extends Readable2 {
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
    var Transform = class extends Duplex {
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
      destroy(err) {
        super.destroy(err);
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
    var PassThrough2 = class extends Transform {
    };
    function transformAfterFlush(err, data) {
      const cb = this._transformState.afterFinal;
      if (err) return cb(err);
      if (data !== null && data !== void 0) this.push(data);
      this.push(null);
      cb(null);
    }
    function pipelinePromise(...streams) {
      return new Promise((resolve, reject) => {
        return pipeline(...streams, (err) => {
          if (err) return reject(err);
          resolve();
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
        dest.on("error", (err) => {
          if (error === null) error = err;
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
      function onerror(err) {
        if (!err || error) return;
        error = err;
        for (const s of all) {
          s.destroy(err);
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
      const err = stream._readableState && stream._readableState.error || stream._writableState && stream._writableState.error;
      return !opts.all && StreamError.isStreamDestroyed(err) ? null : err;
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
      Readable: Readable2,
      Duplex,
      Transform,
      // Export PassThrough for compatibility with Node.js core's stream module
      PassThrough: PassThrough2
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
    exports.decode = function decode(buf, filenameEncoding, allowUnknownFormat) {
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
    var { Writable, Readable: Readable2, getStreamError } = require_streamx();
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
    var Source = class extends Readable2 {
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
      _unlock(err) {
        this._locked = false;
        if (err) {
          this.destroy(err);
          this._continueWrite(err);
          return;
        }
        this._update();
      }
      _consumeHeader() {
        if (this._locked) return false;
        this._offset = this._buffer.shifted;
        try {
          this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat);
        } catch (err) {
          this._continueWrite(err);
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
        } catch (err) {
          this._continueWrite(err);
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
            const ignore = this._buffer.shiftFirst(this._missing);
            if (ignore !== null) this._missing -= ignore.byteLength;
            continue;
          }
          if (this._buffer.buffered < 512) break;
          if (this._stream !== null || this._consumeHeader() === false) return;
        }
        this._continueWrite(null);
      }
      _continueWrite(err) {
        const cb = this._callback;
        this._callback = noop;
        cb(err);
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
        this.on("error", (err) => {
          error = err;
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
          throw(err) {
            return destroy(err);
          }
        };
        function consumeCallback(err) {
          if (!entryCallback) return;
          const cb = entryCallback;
          entryCallback = null;
          cb(err);
        }
        function onnext(resolve, reject) {
          if (error) {
            return reject(error);
          }
          if (entryStream) {
            resolve({ value: entryStream, done: false });
            entryStream = null;
            return;
          }
          promiseResolve = resolve;
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
        function destroy(err) {
          extract.destroy(err);
          consumeCallback(err);
          return new Promise((resolve, reject) => {
            if (extract.destroyed) return resolve({ value: void 0, done: true });
            extract.once("close", function() {
              if (err) reject(err);
              else resolve({ value: void 0, done: true });
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
var require_constants = __commonJS({
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
    var { Readable: Readable2, Writable, getStreamError } = require_streamx();
    var b4a = require_b4a();
    var constants = require_constants();
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
      _continuePack(err) {
        if (this._callback === null) return;
        const callback = this._callback;
        this._callback = null;
        callback(err);
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
    var Pack = class extends Readable2 {
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
        const err = getStreamError(this);
        if (this._stream) this._stream.destroy(err);
        while (this._pending.length) {
          const stream = this._pending.shift();
          stream.destroy(err);
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
      function onCb(err) {
        if (called) throw new Error("callback called twice");
        called = true;
        self.error = self.error || err;
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
    var Readable2 = stream.Readable;
    var Writable = stream.Writable;
    var PassThrough2 = stream.PassThrough;
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
        fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer2) {
          cb();
          callback(err, bytesRead, buffer2);
        });
      });
    };
    FdSlicer.prototype.write = function(buffer, offset, length, position, callback) {
      var self = this;
      self.pend.go(function(cb) {
        fs.write(self.fd, buffer, offset, length, position, function(err, written, buffer2) {
          cb();
          callback(err, written, buffer2);
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
      function onCloseDone(err) {
        if (err) {
          self.emit("error", err);
        } else {
          self.emit("close");
        }
      }
    };
    util.inherits(ReadStream, Readable2);
    function ReadStream(context, options2) {
      options2 = options2 || {};
      Readable2.call(this, options2);
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
        fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
          if (err) {
            self.destroy(err);
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
    ReadStream.prototype.destroy = function(err) {
      if (this.destroyed) return;
      err = err || new Error("stream destroyed");
      this.destroyed = true;
      this.emit("error", err);
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
        var err = new Error("maximum file length exceeded");
        err.code = "ETOOBIG";
        self.destroy();
        callback(err);
        return;
      }
      self.context.pend.go(function(cb) {
        if (self.destroyed) return cb();
        fs.write(self.context.fd, buffer, 0, buffer.length, self.pos, function(err2, bytes) {
          if (err2) {
            self.destroy();
            cb();
            callback(err2);
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
      var readStream = new PassThrough2(options2);
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
          var err = new Error("maximum file length exceeded");
          err.code = "ETOOBIG";
          writeStream.destroyed = true;
          callback(err);
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
    var CRC_TABLE2 = [
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
      CRC_TABLE2 = new Int32Array(CRC_TABLE2);
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
        crc = CRC_TABLE2[(crc ^ buf[n]) & 255] ^ crc >>> 8;
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
    var zlib2 = __require("zlib");
    var fd_slicer = require_fd_slicer();
    var crc324 = require_buffer_crc32();
    var util = __require("util");
    var EventEmitter = __require("events").EventEmitter;
    var Transform = __require("stream").Transform;
    var PassThrough2 = __require("stream").PassThrough;
    var Writable = __require("stream").Writable;
    exports.open = open2;
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
    function open2(path, options2, callback) {
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
      fs.open(path, "r", function(err, fd) {
        if (err) return callback(err);
        fromFd(fd, options2, function(err2, zipfile) {
          if (err2) fs.close(fd, defaultCallback);
          callback(err2, zipfile);
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
      fs.fstat(fd, function(err, stats) {
        if (err) return callback(err);
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
      readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
        if (err) return callback(err);
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
            return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err2) {
              if (err2) return callback(err2);
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
      self.reader.on("error", function(err) {
        emitError(self, err);
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
    function emitErrorAndAutoClose(self, err) {
      if (self.autoClose) self.close();
      emitError(self, err);
    }
    function emitError(self, err) {
      if (self.emittedError) return;
      self.emittedError = true;
      self.emit("error", err);
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
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
        if (err) return emitErrorAndAutoClose(self, err);
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
        readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err2) {
          if (err2) return emitErrorAndAutoClose(self, err2);
          if (self.emittedError) return;
          entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
          var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
          entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
          entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);
          try {
            entry.extraFields = parseExtraFields(entry.extraFieldRaw);
          } catch (err3) {
            return emitErrorAndAutoClose(self, err3);
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
      var decompress;
      if (entry.compressionMethod === 0) {
        decompress = false;
      } else if (entry.compressionMethod === 8) {
        decompress = options2.decompress != null ? options2.decompress : true;
      } else {
        return callback(new Error("unsupported compression method: " + entry.compressionMethod));
      }
      self.readLocalFileHeader(entry, { minimal: true }, function(err, localFileHeader) {
        if (err) return callback(err);
        self.openReadStreamLowLevel(
          localFileHeader.fileDataStart,
          entry.compressedSize,
          relativeStart,
          relativeEnd,
          decompress,
          entry.uncompressedSize,
          callback
        );
      });
    };
    ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
      var self = this;
      var fileDataEnd = fileDataStart + compressedSize;
      var readStream = self.reader.createReadStream({
        start: fileDataStart + relativeStart,
        end: fileDataStart + relativeEnd
      });
      var endpointStream = readStream;
      if (decompress) {
        var destroyed = false;
        var inflateFilter = zlib2.createInflateRaw();
        readStream.on("error", function(err) {
          setImmediate(function() {
            if (!destroyed) inflateFilter.emit("error", err);
          });
        });
        readStream.pipe(inflateFilter);
        if (self.validateEntrySizes) {
          endpointStream = new AssertByteCountStream(uncompressedSize);
          inflateFilter.on("error", function(err) {
            setImmediate(function() {
              if (!destroyed) endpointStream.emit("error", err);
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
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
        try {
          if (err) return callback(err);
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
          readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err2) {
            try {
              if (err2) return callback(err2);
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
      reader.read(buffer, offset, length, position, function(err, bytesRead) {
        if (err) return callback(err);
        if (bytesRead < length) {
          return callback(new Error("unexpected EOF"));
        }
        callback();
      });
    }
    util.inherits(AssertByteCountStream, Transform);
    function AssertByteCountStream(byteCount) {
      Transform.call(this);
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
      function onCloseDone(err) {
        if (err) return self.emit("error", err);
        self.emit("close");
      }
    };
    RandomAccessReader.prototype.createReadStream = function(options2) {
      if (options2 == null) options2 = {};
      var start = options2.start;
      var end = options2.end;
      if (start === end) {
        var emptyStream = new PassThrough2();
        setImmediate(function() {
          emptyStream.end();
        });
        return emptyStream;
      }
      var stream = this._readStreamForRange(start, end);
      var destroyed = false;
      var refUnrefFilter = new RefUnrefFilter(this);
      stream.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) refUnrefFilter.emit("error", err);
        });
      });
      installDestroyFn(refUnrefFilter, function() {
        stream.unpipe(refUnrefFilter);
        refUnrefFilter.unref();
        stream.destroy();
      });
      var byteCounter = new AssertByteCountStream(end - start);
      refUnrefFilter.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) byteCounter.emit("error", err);
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
    util.inherits(RefUnrefFilter, PassThrough2);
    function RefUnrefFilter(context) {
      PassThrough2.call(this);
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
        stream._destroy = function(err, cb) {
          fn();
          if (cb != null) cb(err);
        };
      } else {
        stream.destroy = fn;
      }
    }
    function defaultCallback(err) {
      if (err) throw err;
    }
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
function noun(amount, singular, plural) {
  if (RULES.select(amount) === "one") return singular;
  if (plural) return plural;
  const last = singular.split(" ").at(-1);
  const head = singular.slice(0, singular.length - last.length);
  return `${head}${IRREGULAR[last] ?? `${last}s`}`;
}
function count(amount, singular, plural) {
  return `${formatNumber(amount)} ${noun(amount, singular, plural)}`;
}
function formatNumber(value) {
  if (!Number.isFinite(value)) return value.toLocaleString("en-US");
  const magnitude = Math.abs(value);
  const rounded = Number.isInteger(magnitude) ? magnitude : Math.round(magnitude * 1e3) / 1e3;
  if (rounded >= 1e21) return value.toLocaleString("en-US");
  const [whole, fraction] = String(rounded).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  const sign = value < 0 || Object.is(value, -0) ? "-" : "";
  return `${sign}${grouped}${fraction ? `.${fraction}` : ""}`;
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

// src/core/own-string.ts
function ownString(text) {
  return text.length < 13 ? text : Buffer.from(text, "utf16le").toString("utf16le");
}
function ownStrings(value) {
  if (typeof value === "string") return ownString(value);
  if (Array.isArray(value)) return value.map((item) => ownStrings(item));
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, ownStrings(item)]));
  }
  return value;
}

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
    const count2 = COUNTS[code];
    if (count2 === 0) continue;
    each(count2, code);
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
  countCharacters(value, (count2, code) => {
    most = Math.max(most, count2);
    if (code === 120 || code === 88 || code === 42 || code === 48) mask += count2;
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

// src/rules/secret/text.ts
function countNewlines(text, from, to) {
  let count2 = 0;
  for (let at2 = text.indexOf("\n", from); at2 !== -1 && at2 < to; at2 = text.indexOf("\n", at2 + 1)) count2++;
  return count2;
}
var IDENTIFIER = new Uint8Array(256).map(
  (_, c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 46 || c === 45 ? 1 : 0
);
function identifierStart(text, end, limit = 64) {
  let from = end;
  while (from > 0 && end - from < limit && IDENTIFIER[text.charCodeAt(from - 1) & 255] === 1) from--;
  return from;
}
function identifierEnd(text, start, limit = 64) {
  const stop = Math.min(text.length, start + limit);
  let end = start;
  while (end < stop) {
    const code = text.charCodeAt(end);
    if (code > 255 || IDENTIFIER[code] !== 1) break;
    end++;
  }
  return end;
}

// src/rules/secret/imported-rules.ts
var WINDOW = 1024 * 1024;
var OVERLAP = 16 * 1024;
var compile = (regex, global2 = false) => new RegExp(regex.source, regex.flags + (global2 ? "g" : ""));
function compileAllowlist(list) {
  return {
    ...list.targetRules ? { targetRules: list.targetRules } : {},
    condition: list.condition,
    regexTarget: list.regexTarget,
    regexes: list.regexes.map((regex) => compile(regex)),
    paths: list.paths.map((regex) => compile(regex)),
    stopwords: list.stopwords
  };
}
var ImportedRules = class {
  constructor(imported) {
    this.imported = imported;
    this.global = imported.allowlists.map(compileAllowlist);
    this.rules = imported.rules.map((rule) => ({
      rule,
      ...rule.regex ? { regex: compile(rule.regex, true) } : {},
      ...rule.path ? { path: compile(rule.path) } : {},
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
    if (this.window.length >= WINDOW + OVERLAP) this.search(false);
  }
  end() {
    this.search(true);
  }
  search(final) {
    const limit = final ? Number.POSITIVE_INFINITY : this.window.length - OVERLAP;
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
    const drop = this.window.length - OVERLAP;
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
    const copy = ownString(value);
    this.matches.push({
      rule: rule.rule,
      value: copy,
      line: this.linesBefore + countNewlines(this.window, 0, match.index) + 1
    });
  }
  allowed(rule, targets) {
    return [...this.global, ...rule.allowlists].some((list) => {
      if (list.targetRules && !list.targetRules.includes(rule.rule.id)) return false;
      const checks = [];
      if (list.regexes.length > 0)
        checks.push(list.regexes.some((regex) => regex.test(targets[list.regexTarget])));
      if (list.paths.length > 0) checks.push(list.paths.some((regex) => regex.test(this.path)));
      if (list.stopwords.length > 0) {
        const secret = targets.secret.toLowerCase();
        checks.push(list.stopwords.some((word) => secret.includes(word)));
      }
      if (checks.length === 0) return false;
      return list.condition === "AND" ? checks.every(Boolean) : checks.some(Boolean);
    });
  }
};
function secretOf(match, group) {
  if (group > 0) return match[group];
  for (let i = 1; i < match.length; i++) if (match[i]) return match[i];
  return match[0];
}

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
    const hex2 = (index) => number(header.subarray(index * 8, index * 8 + 8), 16);
    const octal = (offset, length) => number(header.subarray(offset, offset + length), 8);
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
function number(bytes, radix) {
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
    const count2 = type === 6 ? 1 : Math.min(index.readUInt32BE(at2 + 12), 1e5);
    if (type !== 6 && type !== 8 && type !== 9) continue;
    for (let n = 0; n < count2 && offset < store.length; n++) {
      const end = store.indexOf(0, offset);
      const stop = end === -1 ? store.length : end;
      lines.push(`tag ${tag}: ${store.subarray(offset, stop).toString("utf8")}`);
      offset = stop + 1;
    }
  }
  return lines;
}

// src/sources/sevenzip-reader.ts
import { once } from "node:events";
import { createInflateRaw } from "node:zlib";

// src/core/crc32.ts
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
  read(count2) {
    if (count2 > 24) return this.read(count2 - 24) * 16777216 + this.read(24);
    return this.take(count2);
  }
  take(count2) {
    while (this.have < count2) {
      if (this.next >= this.bytes.length) throw NEED_MORE;
      this.acc = (this.acc << 8 | this.bytes[this.next++]) >>> 0;
      this.have += 8;
    }
    this.have -= count2;
    return count2 === 0 ? 0 : this.acc >>> this.have & (1 << count2) - 1;
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
  const count2 = new Int32Array(MAX_CODE_LENGTH + 2);
  for (let i = 0; i < alphabetSize; i++) count2[lengths[i]]++;
  const limit = new Int32Array(MAX_CODE_LENGTH + 2).fill(-1);
  const base = new Int32Array(MAX_CODE_LENGTH + 2);
  let code = 0;
  let index = 0;
  for (let length = minLength; length <= maxLength; length++) {
    base[length] = code - index;
    code += count2[length];
    index += count2[length];
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
  let group = -1;
  let left = 0;
  let table2 = tables[0];
  let run2 = 0;
  let runWeight = 1;
  for (; ; ) {
    if (left === 0) {
      group++;
      if (group >= selectorCount) throw new Bzip2Error("bzip2 data is corrupt (more groups than selectors)");
      table2 = tables[selectors[group]];
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
    const count2 = cumulative[i];
    cumulative[i] = sum;
    sum += count2;
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

// src/sources/lzma-decoder.ts
var LzmaError = class extends Error {
};
var LzmaUnsupported = class extends LzmaError {
};
var PIECE2 = 64 * 1024;
var SYMBOL_INPUT_MARGIN = 256;
var END_MARKER = 4294967295;
var TRAILER_BYTES = 64;
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
  advance(count2) {
    this.pos += count2;
    this.processed += count2;
    this.filled = Math.min(this.filled + count2, this.window.length);
  }
  /**
   * Decodes until the window position reaches `outLimit`, the input position passes
   * `inputLimit` (ask for more input before going on), or an end marker.
   */
  decode(outLimit, inputLimit) {
    const window = this.window;
    const size = window.length;
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
            window[this.pos] = window[from];
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
    const window = this.window;
    const count2 = Math.min(this.pending, outLimit - this.pos);
    let from = this.pos - this.rep0 - 1;
    if (from < 0) from += window.length;
    let to = this.pos;
    for (let i = 0; i < count2; i++) {
      window[to++] = window[from++];
      if (from === window.length) from = 0;
    }
    this.pending -= count2;
    this.advance(count2);
  }
  literal(state) {
    const window = this.window;
    const previous = this.filled > 0 ? window[this.pos === 0 ? window.length - 1 : this.pos - 1] : 0;
    const base = LITERAL + 768 * (((this.processed & this.lpMask) << this.lc) + (previous >>> 8 - this.lc));
    let symbol = 1;
    if (state >= 7) {
      let from = this.pos - this.rep0 - 1;
      if (from < 0) from += window.length;
      let matchByte = window[from];
      do {
        const matchBit = matchByte >>> 7 & 1;
        matchByte <<= 1;
        const bit = this.bit(base + (1 + matchBit << 8) + symbol);
        symbol = symbol << 1 | bit;
        if (matchBit !== bit) break;
      } while (symbol < 256);
    }
    while (symbol < 256) symbol = symbol << 1 | this.bit(base + symbol);
    window[this.pos] = symbol & 255;
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
  while (!ended && buffer.length - core.inPos <= TRAILER_BYTES) await more();
  const trailing = () => new LzmaError("LZMA data is corrupt (data after its declared size)");
  if (buffer.length - core.inPos > TRAILER_BYTES) throw trailing();
  if (core.inPos === buffer.length && core.rangeFinished()) return;
  if (core.decode(core.pos + 1, Number.POSITIVE_INFINITY) !== 2 /* EndMarker */) throw trailing();
  if (core.inPos !== buffer.length || !core.rangeFinished()) throw trailing();
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
    if (control === 0) {
      if (!await reader.atEnd()) throw new LzmaError("LZMA2 data is corrupt (data after its end)");
      break;
    }
    if (control >= 3 && control < 128) throw new LzmaError("LZMA2 data is corrupt (bad chunk header)");
    const resetsDictionary = control === 1 || control >= 224;
    if (needDictionaryReset && !resetsDictionary) {
      throw new LzmaError("LZMA2 data is corrupt (first chunk does not reset the dictionary)");
    }
    if (resetsDictionary) {
      core.resetDictionary();
      needDictionaryReset = false;
      needProperties = true;
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
      const count2 = Math.min(core.window.length - start, PIECE2, left);
      if (dataStart >= 0) {
        core.putBytes(chunk, dataStart, dataStart + count2);
        dataStart += count2;
      } else if (core.decode(start + count2, Number.POSITIVE_INFINITY) === 2 /* EndMarker */) {
        throw new LzmaError("LZMA2 data is corrupt (an end marker inside a chunk)");
      }
      left -= count2;
      yield* drain(core, start);
    }
    if (dataStart < 0 && (core.midMatch || core.inPos !== chunk.length || !core.rangeFinished())) {
      throw new LzmaError("LZMA2 data is corrupt (a chunk does not end where it says)");
    }
  }
  if (size !== void 0 && total !== size) throw new LzmaError("LZMA2 data ends before its declared size");
}

// src/sources/random-access.ts
import { createReadStream } from "node:fs";
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
  yield* createReadStream(location.path, {
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
var MAX_CODERS = 4;
var WINDOWED = /* @__PURE__ */ new Set(["21", "030101"]);
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
var NAME = 17;
var ATTRIBUTES = 21;
var ENCODED_HEADER = 23;
var DUMMY = 25;
var SevenZipError = class extends Error {
};
var SevenZipUnsupported = class extends SevenZipError {
};
var SevenZipTooManyEntries = class extends SevenZipError {
  constructor(count2, what) {
    super(`the 7z header lists ${formatNumber(count2)} ${what}s`);
    this.count = count2;
    this.what = what;
  }
};
var corrupt = (what) => new SevenZipError(`7z: ${what}`);
var HeaderReader = class {
  constructor(bytes, maxEntries = Number.POSITIVE_INFINITY) {
    this.bytes = bytes;
    this.maxEntries = maxEntries;
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
  /**
   * A number that counts things the header describes. Each needs at least a byte of it (a
   * name, a size), and the archive may not list more than maxEntries: checked before
   * anything is allocated per item.
   */
  count(what) {
    const value = this.number();
    if (value > this.bytes.length + 1) throw corrupt(`${what} count ${value} is impossible`);
    if (value > this.maxEntries) throw new SevenZipTooManyEntries(value, what);
    return value;
  }
  /** `count` bits, most significant first, one byte each. */
  bits(count2) {
    const bytes = this.take(Math.ceil(count2 / 8));
    const out = new Uint8Array(count2);
    for (let i = 0; i < count2; i++) out[i] = bytes[i >>> 3] >>> 7 - (i & 7) & 1;
    return out;
  }
  /** A bit vector led by an "all defined" byte. */
  definedBits(count2) {
    return this.byte() !== 0 ? new Uint8Array(count2).fill(1) : this.bits(count2);
  }
  expect(id, where) {
    const found = this.byte();
    if (found !== id) throw corrupt(`unexpected property ${found} in ${where}`);
  }
};
var METHODS = {
  "00": { name: "Copy", properties: 0, decode: (input) => input },
  "21": {
    name: "LZMA2",
    properties: 1,
    decode: (input, properties, size) => decodeLzma2(input, properties[0], size, MAX_WINDOW_BYTES)
  },
  "030101": {
    name: "LZMA",
    properties: 5,
    decode: (input, properties, size) => decodeLzma(input, properties, size, MAX_WINDOW_BYTES)
  },
  "040108": { name: "Deflate", properties: 0, decode: (input) => inflateAll(input) },
  "040202": { name: "BZip2", properties: 0, decode: (input) => decodeBzip2(input) },
  "03": {
    name: "Delta",
    properties: 1,
    decode: (input, properties) => deltaFilter(input, properties[0] + 1)
  },
  "03030103": { name: "BCJ (x86)", properties: 0, decode: (input) => x86BcjFilter(input) },
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
async function* readSevenZip(location, options2 = {}) {
  const archive = await readArchive(location, options2.maxEntries);
  const files = archive.files;
  let next = 0;
  const emitEmpty = function* () {
    while (next < files.length && !files[next].hasStream) yield entryOf(files[next++], 0, noContent);
  };
  yield* emitEmpty();
  for (const folder of archive.folders) {
    if (folder.files.length === 0) continue;
    const unpacked = folderSize(folder);
    const output = new ByteReader(exactly(decodeFolder(location, folder), unpacked, "a folder"));
    const packed = folder.packs.reduce((sum, pack) => sum + pack.size, 0);
    for (const stream of folder.files) {
      const file = files[next++];
      if (!file?.hasStream) throw corrupt("files and streams disagree");
      const compressedSize = unpacked > 0 ? Math.ceil(packed * stream.size / unpacked) : 0;
      const content = () => checked(output.chunks(stream.size, file.name), stream.crc, file.name);
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
    if (!await output.atEnd()) throw corrupt("a folder holds more than its files");
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
async function* checked(pieces, expected, name) {
  let crc = 0;
  for await (const piece of pieces) {
    if (expected !== void 0) crc = crc322(piece, crc);
    yield piece;
  }
  if (expected !== void 0 && crc !== expected) throw corrupt(`CRC mismatch in ${JSON.stringify(name)}`);
}
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
  for (let i = 0; i < total; i++) if (!folder.bindPairs.some((pair) => pair.outIndex === i)) return i;
  throw corrupt("a folder without output");
}
function decodeFolder(location, folder) {
  for (const coder of folder.coders) {
    const method = METHODS[coder.method];
    if (method?.decode) continue;
    throw new SevenZipUnsupported(
      method?.name.startsWith("AES") ? "7z archive is encrypted; its contents cannot be checked" : `7z coder ${method?.name ?? `method ${coder.method}`} is not supported`
    );
  }
  let windowed = 0;
  for (const coder of folder.coders) {
    const method = METHODS[coder.method];
    if (coder.inStreams !== 1 || coder.outStreams !== 1)
      throw new SevenZipUnsupported(`7z coder ${method.name} is not supported`);
    if (coder.properties.length !== method.properties) {
      throw method.name.startsWith("BCJ") && coder.properties.length === 4 ? new SevenZipUnsupported("7z coder BCJ with a start offset is not supported") : corrupt(`${method.name} with ${coder.properties.length} property bytes`);
    }
    if (WINDOWED.has(coder.method) && ++windowed > 1)
      throw new SevenZipUnsupported("7z folders with more than one LZMA coder are not supported");
  }
  const coders = folder.coders.length;
  const boundInputs = new Set(folder.bindPairs.map((pair) => pair.inIndex));
  const boundOutputs = new Set(folder.bindPairs.map((pair) => pair.outIndex));
  if (boundInputs.size !== folder.bindPairs.length || boundOutputs.size !== folder.bindPairs.length || folder.bindPairs.some((pair) => pair.inIndex >= coders || pair.outIndex >= coders) || folder.packedInputs.some((input) => input >= coders || boundInputs.has(input)) || new Set(folder.packedInputs).size !== folder.packedInputs.length) {
    throw corrupt("a folder whose coders are not connected as one chain");
  }
  const used = /* @__PURE__ */ new Set();
  const decodeOutput = (outIndex, depth) => {
    if (depth > folder.coders.length) throw corrupt("a loop of coders");
    const coder = folder.coders[outIndex];
    if (!coder) throw corrupt("a coder that does not exist");
    used.add(outIndex);
    const bound = folder.bindPairs.find((pair) => pair.inIndex === outIndex);
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
  const output = decodeOutput(mainOutput(folder), 0);
  if (used.size !== coders) throw corrupt("a folder with a coder outside its chain");
  return output;
}
async function* inflateAll(input) {
  const inflater = createInflateRaw();
  const stop = new AbortController();
  let fed = 0;
  const feeding = (async () => {
    for await (const chunk of input) {
      fed += chunk.length;
      if (stop.signal.aborted) return;
      if (!inflater.write(chunk)) await once(inflater, "drain", { signal: stop.signal });
    }
    inflater.end();
  })().catch((error) => {
    if (!stop.signal.aborted) inflater.destroy(error);
  });
  try {
    for await (const piece of inflater) yield piece;
  } finally {
    stop.abort();
  }
  await feeding;
  if (inflater.bytesWritten !== fed) throw corrupt("data after the end of a Deflate stream");
}
async function readArchive(location, maxEntries) {
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
    const reader = new HeaderReader(header, maxEntries);
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
    const count2 = reader.count("pack stream");
    for (let type = reader.byte(); type !== END; type = reader.byte()) {
      if (type === SIZE) packSizes = Array.from({ length: count2 }, () => reader.number());
      else if (type === CRC) {
        const defined = reader.definedBits(count2);
        for (const isDefined of defined) if (isDefined) reader.uint32();
      } else throw corrupt(`unexpected property ${type} in pack info`);
    }
    if (packSizes.length !== count2) throw corrupt("pack sizes missing");
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
  const count2 = reader.count("folder");
  if (reader.byte() !== 0)
    throw new SevenZipUnsupported("7z archives with external folder records are not supported");
  const folders = Array.from({ length: count2 }, () => parseFolder(reader));
  reader.expect(UNPACK_SIZES, "unpack info");
  for (const folder of folders) {
    const outputs = folder.coders.reduce((sum, coder) => sum + coder.outStreams, 0);
    folder.unpackSizes = Array.from({ length: outputs }, () => reader.number());
  }
  let id = reader.byte();
  if (id === CRC) {
    const defined = reader.definedBits(count2);
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
      (i) => !bindPairs.some((pair) => pair.inIndex === i)
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
    const count2 = counts[i];
    const total = folderSize(folder);
    if (count2 === 0) folder.files = [];
    else if (count2 === 1) folder.files = [{ size: total }];
    else {
      if (id !== SIZE) throw corrupt("stream sizes missing");
      const sizes = Array.from({ length: count2 - 1 }, () => reader.number());
      const last = total - sizes.reduce((sum, size) => sum + size, 0);
      if (last < 0) throw corrupt("streams larger than their folder");
      folder.files = [...sizes, last].map((size) => ({ size }));
    }
  });
  if (id === SIZE) id = reader.byte();
  const needing = [];
  folders.forEach((folder, i) => {
    if (counts[i] === 1 && folder.crc !== void 0) folder.files[0].crc = folder.crc;
    else for (const file of folder.files) needing.push(file);
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
  const count2 = reader.count("file");
  let emptyStream = new Uint8Array(count2);
  let emptyStreams = 0;
  let emptyFile = new Uint8Array(0);
  let names;
  let attributes = [];
  const seen = /* @__PURE__ */ new Set();
  for (let type = reader.byte(); type !== END; type = reader.byte()) {
    const data = new HeaderReader(reader.take(reader.number()));
    if (seen.has(type) && type !== DUMMY) throw corrupt(`file property ${type} given twice`);
    seen.add(type);
    if (type === EMPTY_STREAM) {
      emptyStream = data.bits(count2);
      emptyStreams = emptyStream.reduce((sum, bit) => sum + bit, 0);
    } else if (type === EMPTY_FILE) emptyFile = data.bits(emptyStreams);
    else if (type === NAME) {
      if (data.byte() !== 0)
        throw new SevenZipUnsupported("7z archives with external names are not supported");
      names = parseNames(data.take(data.left), count2);
    } else if (type === ATTRIBUTES) {
      const defined = data.definedBits(count2);
      if (data.byte() !== 0)
        throw new SevenZipUnsupported("7z archives with external attributes are not supported");
      attributes = Array.from(defined, (isDefined) => isDefined ? data.uint32() : void 0);
    }
  }
  if (!names) throw corrupt("no file names");
  let emptyIndex = 0;
  return names.map((name, i) => {
    const hasStream = !emptyStream[i];
    const isEmptyFile = !hasStream && emptyFile[emptyIndex++] === 1;
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
function parseNames(bytes, count2) {
  const names = [];
  let start = 0;
  for (let at2 = 0; at2 + 1 < bytes.length && names.length < count2; at2 += 2) {
    if (bytes[at2] === 0 && bytes[at2 + 1] === 0) {
      names.push(bytes.subarray(start, at2).toString("utf16le"));
      start = at2 + 2;
    }
  }
  if (names.length !== count2) throw corrupt("file names missing");
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
import { createReadStream as createReadStream2 } from "node:fs";
import { PassThrough, Readable } from "node:stream";
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
  const size = await sizeOf(location);
  const length = Math.min(size, ZIP_TAIL_BYTES);
  const tail = await readAt(location, size - length, length, "the zip's end");
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
    if (end <= start) return Readable.from([]);
    if ("buffer" in location) return Readable.from([location.buffer.subarray(shift + start, shift + end)]);
    return createReadStream2(location.path, { start: shift + start, end: shift + end - 1 });
  }
};
function openZip(layout) {
  const { location, shift, size } = layout;
  return new Promise((resolve, reject) => {
    const done = (error, zip) => error || !zip ? reject(error) : resolve(zip);
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
  return new Promise((resolve, reject) => {
    const onEntry = (entry) => settle(() => resolve(entry));
    const onEnd = () => settle(() => resolve(void 0));
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
  return new Promise((resolve, reject) => {
    reader.readLocalFileHeader(entry, (error, header) => error ? reject(error) : resolve(header));
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
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, options2, (error, stream) => error ? reject(error) : resolve(stream));
  });
}
var DEFLATE = 8;
async function* entryContent(zip, entry, name) {
  const compressed = lazyStream(() => openEntry(zip, entry));
  let produced = 0;
  const count2 = (chunk) => {
    produced += chunk.length;
    if (produced > entry.uncompressedSize) {
      throw new ZipStructureError(
        `entry "${name}" holds more than the ${entry.uncompressedSize} bytes its header declares`
      );
    }
    return chunk;
  };
  if (entry.compressionMethod !== DEFLATE) {
    for await (const chunk of compressed) yield count2(chunk);
  } else {
    const inflater = createInflateRaw2();
    const input = Readable.from(compressed);
    input.on("error", (error) => inflater.destroy(error));
    input.pipe(inflater);
    for await (const chunk of inflater) yield count2(chunk);
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
  const bytes = await Promise.all(
    gaps.map(([from, to]) => readAt(layout.location, from, to - from, "bytes between entries"))
  );
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
    content: () => readRange(location, from, to)
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
async function* lazyStream(open2) {
  const source = await open2();
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
var USTAR = ascii("ustar");
var BZIP2 = ascii("BZh");
var CPIO = [ascii("070701"), ascii("070702"), ascii("070707")];
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
    sniff: (h, name) => at(h, USTAR, 257) || /\.tar$/i.test(name) && h.length >= 512 && tarHeaderChecksumValid(h),
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
    sniff: (h) => at(h, BZIP2) && h[3] !== void 0 && h[3] >= 49 && h[3] <= 57
  },
  { id: "ar", kind: "archive", describes: ".deb, .a", sniff: (h) => at(h, [...AR_MAGIC]), read: readAr },
  {
    id: "cpio",
    kind: "archive",
    describes: "cpio (newc, odc): .rpm payloads, initramfs",
    sniff: (h) => CPIO.some((magic) => at(h, magic)),
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
for (const [pair, ppm] of BIGRAM_PPM) PAIR_PPM[pair.charCodeAt(0) << 8 | pair.charCodeAt(1)] = ppm;
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
var LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
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
    for (const [bigram, list] of byBigram) {
      this.wordTable[LITTLE_ENDIAN ? (bigram & 255) << 8 | bigram >>> 8 : bigram] = 1;
      this.table[bigram] = this.entries.length + 1;
      if (list.length > 255) throw new Error("more than 255 secret keywords share one byte pair");
      this.counts[bigram] = list.length;
      this.entries.push(...list);
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
  /** `table` by the pair as a 16-bit load of its two bytes reads it on this machine (see scan). */
  wordTable = new Uint8Array(65536);
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
    const first = base % 2;
    if ((chunk.byteOffset + first & 1) === 0 && n - first >= 2) {
      const pairs = n - first >>> 1;
      const words = new Uint16Array(chunk.buffer, chunk.byteOffset + first, pairs);
      const wordTable = this.wordTable;
      for (let j = 0; j < pairs; j++) {
        if (wordTable[words[j]] === 0) continue;
        this.tryPair(chunk, base, first + 2 * j, hits);
      }
      return;
    }
    for (let i = first; i + 1 < n; i += 2) {
      const bigram = chunk[i] << 8 | chunk[i + 1];
      if (table2[bigram] === 0) continue;
      this.tryPair(chunk, base, i, hits);
    }
  }
  /** A pair at `i` that some keyword registered: the trigram test, then the byte compare. */
  tryPair(chunk, base, i, hits) {
    const n = chunk.length;
    const bigram = chunk[i] << 8 | chunk[i + 1];
    if (i > 0 && i + 2 < n) {
      const trigrams = this.trigrams;
      const before = trigramHash(chunk[i - 1], bigram);
      const after = trigramHash(chunk[i], chunk[i + 1] << 8 | chunk[i + 2]);
      if ((trigrams[before >>> 3] & 1 << (before & 7)) === 0 && (trigrams[after >>> 3] & 1 << (after & 7)) === 0)
        return;
    }
    this.collect(chunk, base, i, bigram, hits);
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

// src/rules/secret/family.ts
var CONTEXT_CHARS = 2048;
var ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
var BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
var BASE64 = `${ALNUM}+/`;
var URLSAFE = `${ALNUM}-_`;
function randomFrom(alphabet, count2, random) {
  let out = "";
  while (out.length < count2) {
    for (const c of random()) {
      out += alphabet[c.charCodeAt(0) % alphabet.length];
      if (out.length === count2) break;
    }
  }
  return out;
}
var P = (...parts) => parts.join("");
function matchValue(match) {
  for (let group = 1; group < match.length; group++) {
    const value = match[group];
    if (value !== void 0) return value;
  }
  return match[0];
}

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
var loose = runOf(chars(`${SETS.alnum.alphabet}_-=`));
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

// src/rules/secret/define.ts
var QUOTE = String.raw`(?:\\{0,3}["'\x60]|&quot;)`;
var BIND_OPERATOR = String.raw`${QUOTE}?(?:[ \t]{1,4}[A-Za-z][\w.<>[\]]{0,24})?[ \t]{0,4}(?:[:?.+|]{0,3}=>?|:|,(?=[ \t]{0,4}${QUOTE})|>(?=\s))[ \t]{0,4}(?:(?:\r?\n|\\r?\\n)[ \t]{0,16})?`;
var BINDING = `${BIND_OPERATOR}${QUOTE}?`;
var AFTER_NAME = new Uint8Array(128).map(
  (_, c) => "\\\"'`& 	:?.+|=,>".includes(String.fromCharCode(c)) ? 1 : 0
);
var MAX_NAME = 96;
function followedByBinding(text, at2) {
  const end = identifierEnd(text, at2, MAX_NAME);
  if (end === text.length || end === at2 + MAX_NAME) return true;
  const code = text.charCodeAt(end);
  return code < 128 && AFTER_NAME[code] === 1;
}
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
    mayStartAt: followedByBinding,
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
    shape: [alnum(14), ".atlasv1.", loose(64)],
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
    shape: ["dnkey-", loose(26), "-", loose(52)],
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
    value: [loose(40, 46)]
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
    value: [loose(40)]
  }),
  keyed({
    id: "okta-token",
    title: "Okta API token",
    provider: "Okta",
    names: ["okta"],
    value: ["00", loose(40)]
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
    value: [loose(32)]
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
function crc323(text) {
  return crc322(Buffer.from(text, "latin1"));
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
    value: [loose(60)]
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
    value: ["live_", loose(40)]
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
    shape: ["duffel_live_", loose(43)],
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
    value: ["b_", loose(44)]
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
    shape: ["fio-u-", loose(64)]
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
    shape: ["pscale_tkn_", loose(43)],
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
    shape: ["tfp_", loose(59)],
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
  mayStartAt: followedByBinding,
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
  let regex;
  return {
    ...family,
    sample(random) {
      regex ??= new RegExp(family.regex.source, family.regex.flags.replace("g", ""));
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
var OVERLAP2 = HORIZON + CONTEXT_CHARS + 16;
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
  const list = PROVIDER_NAMES.get(name.slice(0, 3)) ?? [];
  list.push({ name, keyword: index });
  PROVIDER_NAMES.set(name.slice(0, 3), list);
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
    const window = this.tail + this.pending.join("");
    this.pending = [];
    this.pendingBytes = 0;
    if (this.kind === "unknown") this.kind = contentKind(window, this.options.path);
    if (this.kind === "archive") {
      this.tail = "";
      this.hits = [];
      return;
    }
    this.judge(window, final ? Number.POSITIVE_INFINITY : this.received - HORIZON);
    if (final) return;
    const drop = Math.max(0, window.length - OVERLAP2);
    this.linesBeforeTail += countNewlines(window, 0, drop);
    this.tailStart += drop;
    this.tail = window.slice(drop);
    const kept = [];
    for (let i = 0; i < this.specificRanges.length; i += 2) {
      if (this.specificRanges[i + 1] > this.tailStart)
        kept.push(this.specificRanges[i], this.specificRanges[i + 1]);
    }
    this.specificRanges = kept;
  }
  /** Judges every keyword that starts before `limit` (absolute); keeps the others for later. */
  judge(window, limit) {
    const ready = [];
    const later = [];
    for (let i = 0; i < this.hits.length; i += 2) {
      const start = this.hits[i];
      if (start < limit) ready.push([start, this.hits[i + 1]]);
      else later.push(start, this.hits[i + 1]);
    }
    this.hits = later;
    if (ready.length === 0) return;
    this.addProviderNames(window, ready);
    ready.sort((a, b) => a[0] - b[0]);
    for (const kind of KIND_ORDER) {
      for (const [start, keyword] of ready) {
        for (const family of OWNERS[keyword]) {
          if ((family.kind ?? "token") === kind) this.tryAt(window, start, keyword, family);
        }
      }
    }
  }
  /**
   * For every credential word among the hits, the provider names at word starts of the same
   * identifier, before the word (see TRIGGERS). They are judged like prefilter hits.
   */
  addProviderNames(window, ready) {
    let seen;
    const count2 = ready.length;
    for (let r = 0; r < count2; r++) {
      const [start, keyword] = ready[r];
      if (!TRIGGERS.has(keyword)) continue;
      const end = start - this.tailStart;
      if (!followedByBinding(window, end)) continue;
      const from = identifierStart(window, end);
      for (let at2 = from; at2 + 3 <= end; at2++) {
        const here = window.charCodeAt(at2);
        const before = at2 > from ? window.charCodeAt(at2 - 1) : 0;
        const wordStart = at2 === from || before === 95 || before === 45 || before === 46 || isLower(before) && isUpper(here);
        if (!wordStart) continue;
        const names = PROVIDER_NAMES.get(lowerKey(window, at2));
        if (names === void 0) continue;
        for (const { name, keyword: named } of names) {
          if (window.slice(at2, at2 + name.length).toLowerCase() !== name) continue;
          const absolute = at2 + this.tailStart;
          seen ??= new Set(ready.map(([s, k]) => `${s}:${k}`));
          if (seen.has(`${absolute}:${named}`)) continue;
          seen.add(`${absolute}:${named}`);
          ready.push([absolute, named]);
        }
      }
    }
  }
  tryAt(window, start, keyword, family) {
    if (family.textOnly && this.kind === "binary") return;
    const at2 = start - this.tailStart;
    if (at2 < 0 || !startsWithKeyword(window, at2, keyword)) return;
    if (family.mayStartAt && !family.mayStartAt(window, at2)) return;
    const regex = STICKY.get(family);
    regex.lastIndex = at2;
    const match = regex.exec(window);
    if (!match) return;
    const end = start + match[0].length;
    if (end <= (this.lastEnd.get(family) ?? -1)) return;
    const value = matchValue(match);
    if (isPlaceholder(value.slice(family.prefixLength))) return;
    const context = {
      before: window.slice(Math.max(0, at2 - CONTEXT_CHARS), at2),
      after: window.slice(at2 + match[0].length, at2 + match[0].length + CONTEXT_CHARS),
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
    const copy = ownString(value);
    this.options.onValue?.(copy);
    if (this.matches.length < this.options.maxMatches) {
      const line = this.linesBeforeTail + countNewlines(window, 0, at2) + 1;
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
function startsWithKeyword(window, at2, keyword) {
  const text = KEYWORDS[keyword];
  if (!CASELESS[keyword]) return window.startsWith(text, at2);
  return window.slice(at2, at2 + text.length).toLowerCase() === LOWER_KEYWORDS[keyword];
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

export {
  noun,
  count,
  formatNumber,
  redact,
  valueDigest,
  redactUrlCredentials,
  ownString,
  ownStrings,
  noContent,
  crc322 as crc32,
  decodeBzip2,
  LzmaUnsupported,
  DEFAULT_FILE_MODE,
  SEVEN_ZIP_MAGIC,
  SevenZipUnsupported,
  SevenZipTooManyEntries,
  ZIP_TAIL_BYTES,
  findZipEnd,
  ZipStructureError,
  SNIFF_BYTES,
  formatInfo,
  detectFormat,
  isOpaqueFormat,
  decompressedName,
  SecretStreamScanner,
  createSecretRule
};
