// Minimal typings for the parts of npm's own libraries leakgate uses (they ship none).
declare module "@npmcli/arborist" {
  export default class Arborist {
    constructor(options: { path: string });
    loadActual(): Promise<unknown>;
    /** A package in Arborist's tree; given no parent, it is the root of a tree of its own. */
    static Node: new (options: {
      path: string;
      realpath: string;
      pkg: Record<string, unknown>;
    }) => unknown;
  }
}

declare module "@npmcli/package-json" {
  export default class PackageJson {
    /** package.json in `dir`, normalised as Arborist reads it (`bin`, `bundleDependencies`, …). */
    static normalize(dir: string): Promise<{ content: Record<string, unknown> }>;
  }
}

declare module "@npmcli/map-workspaces" {
  /** Workspace package name → its directory (`cwd` joined with the match, not a real path). */
  export default function mapWorkspaces(options: {
    cwd: string;
    pkg: Record<string, unknown>;
  }): Promise<Map<string, string>>;
}

declare module "npm-packlist" {
  /**
   * `prefix` and `workspaces` are what npm passes when it packs workspace members: for `path`
   * among `workspaces`, the ignore files from `prefix` down to it apply.
   */
  export default function packlist(
    tree: unknown,
    options?: { path: string; prefix: string; workspaces: string[] },
  ): Promise<string[]>;
}

declare module "pacote" {
  import type { Readable } from "node:stream";
  /** npm's flat options: registry, `@scope:registry`, `//host/:_authToken`, integrity, … */
  export type PacoteOptions = Record<string, unknown>;
  export interface Packument {
    name: string;
    "dist-tags"?: Record<string, string>;
    versions: Record<string, Record<string, unknown>>;
    time?: Record<string, string>;
  }
  const pacote: {
    packument(spec: string, options?: PacoteOptions): Promise<Packument>;
    tarball: {
      stream<T>(spec: string, handler: (stream: Readable) => Promise<T>, options?: PacoteOptions): Promise<T>;
    };
  };
  export default pacote;
}

declare module "xz-decompress" {
  const xz: {
    XzReadableStream: new (compressed: ReadableStream<Uint8Array>) => ReadableStream<Uint8Array>;
  };
  export default xz;
}
