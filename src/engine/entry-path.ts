/**
 * Normalises an entry name from a container into a POSIX path, and says whether the name is
 * hostile. leakgate never writes entries to disk, but the names end up in reports, baselines
 * and in other tools' hands (someone will extract the release), so a name that would escape
 * the extraction directory is itself a finding.
 */
import { printable } from "../core/printable.js";

export interface NormalisedPath {
  /** A printable POSIX path (control characters shown as \xNN). */
  path: string;
  /** Why the original name is dangerous, or undefined when it is ordinary. */
  problem?: string;
}

/** Bidirectional controls reorder how a name is displayed (`evil\u202Egpj.exe` reads as `evilexe.jpg`). */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/;

export function normaliseEntryPath(name: string): NormalisedPath {
  let problem: string | undefined;
  if (name.includes("\0")) problem = "contains a NUL byte";
  else if (name.includes("\\")) problem = "contains a backslash (a Windows path separator)";
  else if (name.startsWith("/")) problem = "is an absolute path";
  else if (/^[A-Za-z]:/.test(name)) problem = "starts with a drive letter";
  else if (BIDI.test(name)) problem = "contains Unicode bidirectional controls that disguise how it reads";
  else if (/[\x01-\x1f\x7f]/.test(name))
    problem = "contains control characters (terminal escapes, line breaks)";
  const segments = printable(name)
    .split("/")
    .filter((segment) => segment !== "" && segment !== ".");
  if (!problem && segments.includes("..")) problem = "climbs out of the archive with `..`";
  // Keep `..` segments as written: the report must show the attack, not a tidied path.
  const path = segments.join("/");
  return {
    path: path === "" ? "." : name.startsWith("/") ? `/${path}` : path,
    ...(problem ? { problem } : {}),
  };
}

/**
 * Whether a link at `linkPath` pointing at `target` resolves outside the container root.
 * Absolute targets always do.
 */
export function linkEscapesRoot(linkPath: string, target: string): boolean {
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
