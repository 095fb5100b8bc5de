/**
 * How to leave a file out of a release, in the terms of the artifact it is in: `.npmignore`
 * and `files` only mean something to an npm package; a directory, an archive, an image, a
 * bucket or a git push each have their own way.
 */
import type { ArtifactKind } from "../core/model.js";

/** "add `*.map` to `.npmignore` or narrow `files` in package.json", and so on per kind. */
export function leaveOutAdvice(kind: ArtifactKind, what: string): string {
  switch (kind) {
    case "npm-package":
    case "npm-tarball":
      return `add \`${what}\` to \`.npmignore\` or narrow \`files\` in package.json`;
    case "directory":
      return `delete it from the directory before it is uploaded or synced, or exclude \`${what}\` in that step`;
    case "bucket":
      return `delete it from the bucket, and exclude \`${what}\` from the step that syncs to it`;
    case "image":
      return `keep it out of the image: add \`${what}\` to \`.dockerignore\`, or delete it in the same layer that creates it (a later layer only hides it)`;
    case "git":
      return "remove it from the pushed branches (and rewrite their history if it was ever committed there)";
    default:
      return `exclude \`${what}\` from the step that builds the archive`;
  }
}
