/**
 * Progress on stderr for long scans: files, bytes and MB/s, redrawn in place at most a few
 * times a second. Only on a TTY (or when asked), so CI logs stay quiet.
 */
import { formatBytes } from "../core/format-bytes.js";
import { count } from "../core/words.js";

export interface Progress {
  add(bytes: number, entries: number): void;
  done(): void;
}

export function createProgress(stream: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled) return { add() {}, done() {} };
  const started = Date.now();
  let total = 0;
  let files = 0;
  // The first frame waits a quarter second: drawn at once, it would divide the first chunk by
  // a millisecond and show a rate no disk reaches.
  let lastDraw = started;
  let drawn = false;
  const draw = () => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const rate = total / 1024 / 1024 / seconds;
    const line = `leakgate: ${count(files, "file")}, ${formatBytes(total)} read, ${rate.toFixed(1)} MB/s`;
    stream.write(stream.isTTY ? `\r\u001b[2K${line}` : `${line}\n`);
    drawn = true;
  };
  return {
    add(bytes, entries) {
      total += bytes;
      files += entries;
      const now = Date.now();
      if (now - lastDraw > 250) {
        lastDraw = now;
        draw();
      }
    },
    done() {
      // The last frame is the whole run's rate; a run that read nothing has nothing to say.
      if (!drawn && total === 0 && files === 0) return;
      draw();
      stream.write(stream.isTTY ? "\r\u001b[2K" : "");
    },
  };
}
