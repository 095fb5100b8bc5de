/**
 * The seam between the engine and the rules.
 *
 * The engine reads every entry's bytes exactly once. A rule never reads an entry itself:
 * it is started once per artifact (`start`), asked per entry whether it wants to watch the
 * bytes (`onEntry` → an `EntryObserver`), fed each chunk as it streams by (`onChunk`),
 * told when the entry ends (`onEnd`), and finally shown the whole manifest (`onArtifactEnd`)
 * for judgements that need the full list of paths (e.g. "is this source shipped?").
 */
import type { ArtifactKind, ArtifactManifest, EntryType, FindingInput } from "../core/model.js";
import type { RuleId } from "../core/rule-catalogue.js";

/** What a rule knows about an entry before its bytes arrive. */
export interface EntryInfo {
  /** Full path inside the artifact, nested levels joined with `!`. */
  path: string;
  /** The path inside the innermost container (the part after the last `!`). */
  innerPath: string;
  /** Declared uncompressed size; may be -1 when the container does not say (bare gzip). */
  size: number;
  mode: number;
  type: EntryType;
  linkTarget?: string;
  /** How many archive levels deep the entry is (0 = directly in the artifact). */
  depth: number;
  /**
   * Listed without its bytes (a bucket listing): no observer is fed; a rule that judges
   * sizes uses the declared `size`.
   */
  unread?: boolean;
}

/** What a rule knows about the artifact being scanned. */
export interface ArtifactInfo {
  id: string;
  kind: ArtifactKind;
  source: string;
  /** package.json `name`/`version` for npm artifacts, when known before the entries stream. */
  packageName?: string;
  /**
   * Set when the engine keeps no entries (a bucket of any size): the manifest at the end is
   * empty, so a rule that needs every path must judge them as they stream. The identity is
   * known up front.
   */
  streamed?: { identity: string };
}

/** Watches one entry's bytes. Chunks arrive in order; `onEnd` is called once, after the last. */
export interface EntryObserver {
  /** The chunk's memory may be reused once this returns (RawEntry.lentChunks): copy what you keep. */
  onChunk(chunk: Buffer): void;
  onEnd(): void;
  /**
   * An observer that hands bytes to another thread returns a promise while that thread is
   * behind; the engine waits on it before reading on, so memory stays bounded.
   */
  backlog?(): Promise<void> | undefined;
}

/** How a rule reports. The engine adds the artifact id and the fingerprint. */
export type FindingSink = (finding: FindingInput) => void;

/** A rule's run over one artifact. */
export interface ArtifactRun {
  /** Called for every entry (files, links, directories). Return an observer to see a file's bytes. */
  onEntry?(entry: EntryInfo): EntryObserver | undefined;
  /** Resolves once every finding about the entries seen so far was reported (work in another thread). */
  settle?(): Promise<void>;
  /** Called once all entries were read, with the complete, sorted manifest. */
  /** `identity` is the artifact's stable identity (`npm:@acme/cli`, `web`), as the config and baseline know it. */
  onArtifactEnd?(manifest: ArtifactManifest, identity: string): void;
}

/** A leak rule. One file per rule under `src/rules/`, registered in `src/rules/registry.ts`. */
export interface Rule {
  /**
   * Its finding code, used in config (`rules: { <id>: off }`): an id of the rule catalogue
   * (core/rule-catalogue.ts), which holds its title, summary, severity and docs.
   */
  id: RuleId;
  start(artifact: ArtifactInfo, report: FindingSink): ArtifactRun;
}
