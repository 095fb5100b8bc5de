/**
 * Drives a rule the way the engine does, without archives: entries with their bytes in
 * chunks, then the manifest. For unit tests of a rule's judgement.
 */
import type { ArtifactManifest, FindingInput, ManifestEntry } from "../../src/core/model.js";
import type { ArtifactInfo, Rule } from "../../src/rules/rule.js";

export interface FakeEntry {
  path: string;
  content: string | Buffer;
}

export function runRule(
  rule: Rule,
  entries: FakeEntry[],
  options: { chunkSize?: number; artifact?: Partial<ArtifactInfo>; identity?: string } = {},
): FindingInput[] {
  const findings: FindingInput[] = [];
  const info: ArtifactInfo = {
    id: "release.tgz",
    kind: "npm-tarball",
    source: "release.tgz",
    ...options.artifact,
  };
  const run = rule.start(info, (finding) => findings.push(finding));
  const manifestEntries: ManifestEntry[] = [];
  for (const { path, content } of entries) {
    const bytes = typeof content === "string" ? Buffer.from(content) : content;
    const innerPath = path.slice(path.lastIndexOf("!") + 1);
    const observer = run.onEntry?.({
      path,
      innerPath,
      size: bytes.length,
      mode: 0o644,
      type: "file",
      depth: path.split("!").length - 1,
    });
    const size = options.chunkSize ?? 64 * 1024;
    for (let at = 0; at < bytes.length; at += size) observer?.onChunk(bytes.subarray(at, at + size));
    observer?.onEnd();
    manifestEntries.push({ path, size: bytes.length, mode: 0o644, type: "file", sha256: "" });
  }
  const manifest: ArtifactManifest = {
    id: info.id,
    kind: info.kind,
    source: info.source,
    entryCount: manifestEntries.length,
    totalBytes: 0,
    entries: manifestEntries.sort((a, b) => (a.path < b.path ? -1 : 1)),
    unopened: [],
  };
  run.onArtifactEnd?.(manifest, options.identity ?? info.id);
  return findings;
}
