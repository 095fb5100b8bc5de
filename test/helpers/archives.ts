/**
 * Builds real archives from small `{ path: content }` trees at test time, with the same
 * libraries and formats the tools that make releases use (tar-stream, zlib, yazl).
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import tar from "tar-stream";
import yazl from "yazl";

export type Content = string | Buffer;
/** A tree: file contents by path, or `{ symlink: target }`. */
export type Tree = Record<string, Content | { symlink: string } | { hardlink: string }>;

function bytes(content: Content): Buffer {
  return typeof content === "string" ? Buffer.from(content) : content;
}

export async function tarBuffer(tree: Tree): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on("data", (chunk) => {
    chunks.push(chunk as Buffer);
  });
  const ended = new Promise<void>((resolve, reject) => {
    pack.on("end", () => resolve());
    pack.on("error", reject);
  });
  for (const [name, content] of Object.entries(tree)) {
    if (typeof content === "object" && !Buffer.isBuffer(content)) {
      if ("symlink" in content) pack.entry({ name, type: "symlink", linkname: content.symlink });
      else pack.entry({ name, type: "link", linkname: content.hardlink });
    } else {
      pack.entry({ name, mode: 0o644, mtime: new Date(0) }, bytes(content));
    }
  }
  pack.finalize();
  await ended;
  return Buffer.concat(chunks);
}

export async function tgzBuffer(tree: Tree): Promise<Buffer> {
  return gzipSync(await tarBuffer(tree));
}

export async function zipBuffer(tree: Tree, options: { compress?: boolean } = {}): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(tree)) {
    if (typeof content === "object" && !Buffer.isBuffer(content)) {
      const target = "symlink" in content ? content.symlink : content.hardlink;
      zip.addBuffer(Buffer.from(target), name, { mode: 0o120777, compress: options.compress ?? false });
    } else {
      zip.addBuffer(bytes(content), name, { compress: options.compress ?? true, mtime: new Date(0) });
    }
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function gzBuffer(content: Content): Buffer {
  return gzipSync(bytes(content));
}

const created: string[] = [];

/** A fresh temporary directory, removed after the test file finishes (see test/setup.ts). */
export async function tempDir(prefix = "leakgate-test-"): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  const dirs = created.splice(0);
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Writes a tree as real files (and symlinks) below `root`. */
export async function writeTree(root: string, tree: Tree): Promise<void> {
  for (const [name, content] of Object.entries(tree)) {
    const path = join(root, name);
    await mkdir(dirname(path), { recursive: true });
    if (typeof content === "object" && !Buffer.isBuffer(content)) {
      if ("symlink" in content) await symlink(content.symlink, path);
    } else {
      await writeFile(path, bytes(content));
    }
  }
}

/** Writes `data` to a new file in a fresh temp directory and returns its path. */
export async function writeTemp(name: string, data: Content): Promise<string> {
  const dir = await tempDir();
  const path = join(dir, name);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes(data));
  return path;
}
