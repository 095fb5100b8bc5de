/**
 * Loads `.leakgate.yml` (or an explicit file) and `.leakgateignore` into a LeakgateConfig.
 * Provisional loader: reads the file and merges the known sections over the defaults.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parse } from "yaml";
import { UserError } from "../errors.js";
import { defaultConfig, type LeakgateConfig } from "./types.js";

const CANDIDATES = [".leakgate.yml", ".leakgate.yaml"];

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

export async function loadConfig(options: { cwd: string; file?: string }): Promise<LeakgateConfig> {
  const config = defaultConfig();
  let file: string | undefined;
  let text: string | undefined;
  if (options.file) {
    file = resolve(options.cwd, options.file);
    text = await readIfExists(file);
    if (text === undefined) throw new UserError("config", `${options.file}: config file not found`);
  } else {
    for (const name of CANDIDATES) {
      text = await readIfExists(resolve(options.cwd, name));
      if (text !== undefined) {
        file = resolve(options.cwd, name);
        break;
      }
    }
  }
  const ignore = await readIfExists(resolve(options.cwd, ".leakgateignore"));
  if (ignore) config.ignoreFileLines = ignore.split(/\r?\n/);
  if (text === undefined || !file) return config;
  const parsed = parse(text) as Partial<LeakgateConfig> | null;
  return { ...config, ...(parsed ?? {}), file };
}
