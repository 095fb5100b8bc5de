/**
 * Where a finding is, in the one place that knows: for people (`locate`: a file of a
 * directory artifact is a path they can open, `dist/assets/app.js.map`, not
 * `dist!assets/app.js.map`; a file inside an archive is `archive!inner`, and `!` always
 * means "inside") and for GitHub (`workspaceLocation`: the repository file that SARIF
 * results and annotations point at; see reporters/sarif.ts for the rules).
 */
import { posix } from "node:path";

interface Located {
  artifact: string;
  path: string;
  details?: Record<string, unknown>;
}

interface ArtifactPlace {
  id: string;
  kind: string;
  source: string;
}

const ON_DISK = new Set(["directory", "npm-package"]);

export function locate(finding: Located, artifact: ArtifactPlace | undefined): string {
  if (!finding.path) return finding.artifact;
  if (!artifact || !ON_DISK.has(artifact.kind)) return `${finding.artifact}!${finding.path}`;
  // A package directory is read the way npm packs it, under `package/`. The name is kept as
  // it is (a `\\` in a Linux file name is a character, not a separator).
  const inner =
    artifact.kind === "npm-package" && finding.path.startsWith("package/")
      ? finding.path.slice("package/".length)
      : finding.path;
  return posix.join(artifact.source, inner);
}

/** `locate`, with the report's artifacts looked up by id. */
export function locator(artifacts: readonly ArtifactPlace[]): (finding: Located) => string {
  const byId = new Map(artifacts.map((artifact) => [artifact.id, artifact]));
  return (finding) => locate(finding, byId.get(finding.artifact));
}

/** Where a finding is in the workspace: a path from the repository root (or absolute). */
export interface WorkspaceLocation {
  path: string;
  /** The line in that file, when the finding is about one line of a real text file. */
  line?: number;
  /** Whether `path` is the very file the finding is about (not an archive or directory holding it). */
  exact: boolean;
}

/**
 * The file in the workspace that holds a finding: the real file for directory artifacts,
 * else the artifact itself (see the module comment). Shared with the annotations.
 */
export function workspaceLocation(
  finding: Located,
  artifact: Pick<ArtifactPlace, "kind" | "source"> | undefined,
  pathPrefix = "",
  /** For an npm tarball built from this repository: the package's directory. */
  packageSource?: string,
): WorkspaceLocation {
  const source = artifact?.source ?? finding.artifact;
  const cut = finding.path.indexOf("!");
  const nested = cut !== -1;
  const outer = nested ? finding.path.slice(0, cut) : finding.path;
  const line =
    !nested && typeof finding.details?.line === "number" && Number.isInteger(finding.details.line)
      ? finding.details.line
      : undefined;
  let path = source;
  let exact = false;
  if (artifact?.kind === "directory" || artifact?.kind === "npm-package") {
    const npm = artifact.kind === "npm-package";
    if (outer) {
      path = joinPath(source, npm ? outer.replace(/^package\//, "") : outer);
      exact = !nested;
    } else if (npm) {
      // What an npm package ships is decided by its package.json: the natural file to point at.
      path = joinPath(source, "package.json");
    }
  } else if (
    artifact?.kind === "npm-tarball" &&
    packageSource !== undefined &&
    outer.startsWith("package/")
  ) {
    // The tarball was packed from this directory: its file is the one under it.
    path = joinPath(packageSource, outer.slice("package/".length));
    exact = !nested;
  } else if (artifact?.kind === "file") {
    exact = finding.path !== "" && !nested;
  }
  const located = isAbsolutePath(path) ? normaliseSlashes(path) : joinPath(pathPrefix, path);
  return { path: located, ...(exact && line && line > 0 ? { line } : {}), exact };
}

export function normaliseSlashes(path: string): string {
  return path.replace(/\\/g, "/");
}

function isAbsolutePath(path: string): boolean {
  return /^(?:[A-Za-z]:)?[\\/]/.test(path);
}

function joinPath(base: string, path: string): string {
  const joined = posix.normalize(posix.join(normaliseSlashes(base), normaliseSlashes(path)));
  return joined.replace(/\/+$/, "") || ".";
}
