// Minimal typings for the parts of npm's own libraries leakgate uses (they ship none).
declare module "@npmcli/arborist" {
  export default class Arborist {
    constructor(options: { path: string });
    loadActual(): Promise<unknown>;
  }
}

declare module "npm-packlist" {
  export default function packlist(tree: unknown): Promise<string[]>;
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
