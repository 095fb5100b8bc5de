/**
 * Progress on stderr for long scans: files, bytes and MB/s, redrawn in place at most a few
 * times a second. Only on a TTY (or when asked), so CI logs stay quiet.
 */
import { formatBytes } from "../format-bytes.js";

export interface Progress {
  add(bytes: number, entries: number): void;
  done(): void;
}

export function createProgress(stream: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled) return { add() {}, done() {} };
  const started = Date.now();
  let total = 0;
  let files = 0;
  let lastDraw = 0;
  const draw = () => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const rate = total / 1024 / 1024 / seconds;
    const line = `leakgate: ${files.toLocaleString("en-US")} files, ${formatBytes(total)} read, ${rate.toFixed(1)} MB/s`;
    stream.write(stream.isTTY ? `\r\u001b[2K${line}` : `${line}\n`);
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
      if (lastDraw === 0) return;
      draw();
      stream.write(stream.isTTY ? "\r\u001b[2K" : "");
    },
  };
}
