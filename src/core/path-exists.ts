import { access } from "node:fs/promises";

/** Whether something exists at `path` (a file, a directory, a `.git` file of a worktree). */
export async function pathExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
