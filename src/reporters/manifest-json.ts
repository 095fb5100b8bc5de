/**
 * The manifest as JSON, produced piece by piece: a release with a hundred thousand entries
 * would otherwise need its whole JSON text in memory at once. Entries are one compact object
 * per line, which also keeps large manifests readable and diffable.
 */
import type { ArtifactManifest } from "../core/model.js";

export type ManifestWithIdentity = ArtifactManifest & { identity: string };

function* one(manifest: ManifestWithIdentity, indent: string): Generator<string> {
  const { entries, unopened, identity, ...rest } = manifest;
  const fields = Object.entries({ identity, ...rest });
  yield `${indent}{\n`;
  for (const [key, value] of fields) yield `${indent}  ${JSON.stringify(key)}: ${JSON.stringify(value)},\n`;
  yield `${indent}  "entries": [`;
  for (let i = 0; i < entries.length; i++)
    yield `${i ? "," : ""}\n${indent}    ${JSON.stringify(entries[i])}`;
  yield `${entries.length ? `\n${indent}  ` : ""}],\n`;
  yield `${indent}  "unopened": ${JSON.stringify(unopened)}\n${indent}}`;
}

/** One manifest as an object, several as an array. */
export function* renderManifestJson(manifests: readonly ManifestWithIdentity[]): Generator<string> {
  if (manifests.length === 1) {
    yield* one(manifests[0]!, "");
  } else {
    yield "[\n";
    for (let i = 0; i < manifests.length; i++) {
      if (i) yield ",\n";
      yield* one(manifests[i]!, "  ");
    }
    yield "\n]";
  }
  yield "\n";
}
