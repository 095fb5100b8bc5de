/**
 * Streams blobs out of a repository with one long-running `git cat-file --batch`: ask for an
 * object by name, get `<sha> <type> <size>\n`, then exactly `size` bytes and a newline. The
 * bytes are yielded chunk by chunk as git writes them, so a large blob is never held whole.
 */
import { type ChildProcessByStdio, spawn } from "node:child_process";
import type { Readable, Writable } from "node:stream";
import { GIT_ENV } from "./git-command.js";

export class GitObjectReader {
  private readonly child: ChildProcessByStdio<Writable, Readable, null>;
  private readonly iterator: AsyncIterator<Buffer>;
  private pending: Buffer = Buffer.alloc(0);
  private failure: Error | undefined;

  constructor(cwd: string) {
    this.child = spawn("git", ["cat-file", "--batch"], {
      cwd,
      env: GIT_ENV,
      stdio: ["pipe", "pipe", "ignore"],
    });
    this.child.on("error", (error) => {
      this.failure = error;
    });
    this.iterator = this.child.stdout[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  }

  /** The object's type and size, then its bytes (the caller must read them all before asking for the next). */
  async open(sha: string): Promise<{ type: string; size: number; content: AsyncGenerator<Buffer> }> {
    this.child.stdin.write(`${sha}\n`);
    const header = await this.readLine();
    const [, type, size] = header.split(" ");
    if (type === undefined || size === undefined || header.endsWith(" missing")) {
      throw new Error(`object ${sha} is missing from the repository (a shallow or partial clone?)`);
    }
    return { type, size: Number(size), content: this.body(Number(size)) };
  }

  close(): void {
    this.child.stdin.end();
    this.child.kill();
  }

  private async *body(size: number): AsyncGenerator<Buffer> {
    let left = size;
    while (left > 0) {
      if (this.pending.length === 0) await this.fill();
      const take = this.pending.subarray(0, Math.min(left, this.pending.length));
      this.pending = this.pending.subarray(take.length);
      left -= take.length;
      yield take;
    }
    // The newline git writes after every object.
    if (this.pending.length === 0) await this.fill();
    this.pending = this.pending.subarray(1);
  }

  private async readLine(): Promise<string> {
    for (;;) {
      const end = this.pending.indexOf(10);
      if (end !== -1) {
        const line = this.pending.subarray(0, end).toString("utf8");
        this.pending = this.pending.subarray(end + 1);
        return line;
      }
      await this.fill();
    }
  }

  private async fill(): Promise<void> {
    if (this.failure) throw this.failure;
    const next = await this.iterator.next();
    if (next.done) throw this.failure ?? new Error("git cat-file ended early");
    this.pending = this.pending.length === 0 ? next.value : Buffer.concat([this.pending, next.value]);
  }
}
