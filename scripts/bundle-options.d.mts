import type { BuildOptions } from "esbuild";
export declare const ENTRIES: Record<string, string>;
export declare function bundleOptions(entry: string): BuildOptions;
