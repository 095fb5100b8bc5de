/**
 * The content a push would send, as entries: for each pushed tip, every file of its tree
 * (`git ls-tree -r`), with bytes streamed from `git cat-file --batch`, never checked out. A
 * blob that several tips hold at the same path is read once, under the first tip that has
 * it (the current branch first, then the others in name order).
 */
import { DEFAULT_FILE_MODE, type RawEntry } from "../raw-entry.js";
import { type GitContext, git } from "./git-command.js";
import type { GitObjectReader } from "./object-reader.js";
import type { PushedRef } from "./push-refs.js";

/** The pseudo-entry holding an annotated tag's object (tagger and message). */
export const TAG_MESSAGE = "(tag message)";

interface TreeEntry {
  mode: string;
  type: string;
  object: string;
  size: number;
  path: string;
}

async function listTree(context: GitContext, tip: string): Promise<TreeEntry[]> {
  const out = (await git(context, ["ls-tree", "-r", "-z", "-l", "--full-tree", tip])) ?? "";
  return out
    .split("\0")
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf("\t");
      const [mode = "", type = "", object = "", size = "0"] = line.slice(0, tab).split(/ +/);
      return { mode, type, object, size: size === "-" ? 0 : Number(size), path: line.slice(tab + 1) };
    });
}

/** Yields the entries of one pushed ref's tip that no earlier tip already yielded. */
export async function* readTip(
  context: GitContext,
  ref: PushedRef,
  objects: GitObjectReader,
  seen: Set<string>,
): AsyncGenerator<RawEntry> {
  if (ref.annotated && !seen.has(`tag\0${ref.sha}`)) {
    // An annotated tag's message is pushed with it: read like a file of the tag.
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
      },
    };
  }
  if (ref.tipType === "blob") {
    yield* entriesOf(
      [{ mode: "100644", type: "blob", object: ref.tip, size: -1, path: "(blob)" }],
      objects,
      seen,
    );
    return;
  }
  yield* entriesOf(await listTree(context, ref.tip), objects, seen);
}

async function* entriesOf(
  tree: TreeEntry[],
  objects: GitObjectReader,
  seen: Set<string>,
): AsyncGenerator<RawEntry> {
  for (const entry of tree) {
    // Submodules are references to other repositories: nothing of theirs is sent.
    if (entry.type !== "blob") continue;
    const key = `${entry.path}\0${entry.object}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (entry.mode === "120000") {
      const { content } = await objects.open(entry.object);
      const chunks: Buffer[] = [];
      for await (const chunk of content) chunks.push(chunk);
      yield {
        name: entry.path,
        type: "symlink",
        size: 0,
        mode: 0o777,
        linkTarget: Buffer.concat(chunks).toString("utf8"),
        content: async function* () {},
      };
      continue;
    }
    yield {
      name: entry.path,
      type: "file",
      size: entry.size,
      mode: entry.mode === "100755" ? 0o755 : DEFAULT_FILE_MODE,
      content: async function* () {
        const { content } = await objects.open(entry.object);
        yield* content;
      },
    };
  }
}
