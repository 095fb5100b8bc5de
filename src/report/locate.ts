/**
 * Where a person finds what a finding is about. A file of a directory artifact is on disk:
 * its path is one they can open (`dist/assets/app.js.map`, not `dist!assets/app.js.map`).
 * A file inside an archive has no such path: it is written `archive!inner`, and `!` then
 * always means "inside".
 */
import { posix } from "node:path";

interface Located {
  artifact: string;
  path: string;
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
  // A package directory is read the way npm packs it, under `package/`.
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
