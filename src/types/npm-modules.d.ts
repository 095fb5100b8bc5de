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
