/**
 * Reading a package.json from disk, once, for everyone who needs one (the package reader,
 * the package-manager detection, the config's `leakgate` key): real ones are a few KiB, so
 * one larger than PACKAGE_JSON_LIMIT is refused rather than parsed.
 */
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";

/** package.json files larger than this are not read (the streamed capture in the engine uses it too). */
export const PACKAGE_JSON_LIMIT = 1024 * 1024;

/** Why a package.json could not be read: its absence, its size, or its JSON. */
export class PackageJsonProblem extends Error {
  constructor(
    readonly reason: "missing" | "too-large" | "not-json" | "not-an-object" | "unreadable",
    message: string,
  ) {
    super(message);
  }
}

/**
 * JSON.parse of a package.json's text, a leading byte-order mark allowed: npm reads such
 * files (Windows PowerShell 5 writes UTF-8 with one), so leakgate must too.
 */
export function parsePackageJsonText(text: string): unknown {
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/** The parsed package.json object of `dir`; throws PackageJsonProblem. */
export async function readPackageJsonObject(dir: string): Promise<Record<string, unknown>> {
  const path = join(dir, "package.json");
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw error.code === "ENOENT"
      ? new PackageJsonProblem("missing", "no package.json")
      : new PackageJsonProblem("unreadable", error.message);
  });
  if (!info.isFile()) throw new PackageJsonProblem("unreadable", "package.json is not a file");
  if (info.size > PACKAGE_JSON_LIMIT)
    throw new PackageJsonProblem(
      "too-large",
      `package.json is larger than ${PACKAGE_JSON_LIMIT / 1024 / 1024} MiB`,
    );
  let parsed: unknown;
  try {
    parsed = parsePackageJsonText(await readFile(path, "utf8"));
  } catch (error) {
    throw new PackageJsonProblem("not-json", (error as Error).message);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
    throw new PackageJsonProblem("not-an-object", "package.json is not a JSON object");
  return parsed as Record<string, unknown>;
}
