import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  PackageJsonProblem,
  defaultConfig,
  pathExists,
  readPackageJsonObject
} from "./chunk-YYFTXOGM.js";
import {
  UserError
} from "./chunk-IOKVKF7I.js";

// src/core/stalled.ts
var STALLED_MESSAGE = "leakgate: internal error, please report it: the scan stopped making progress, every stream waiting on another (if an archive nested in another caused it, take the inner one out and scan it on its own)";
async function untilSettled(work, report) {
  const stalled = () => {
    report(STALLED_MESSAGE);
    process.exit(2);
  };
  process.once("beforeExit", stalled);
  try {
    return await work;
  } finally {
    process.off("beforeExit", stalled);
  }
}

// src/config/load.ts
import { readFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
var CONFIG_FILE_NAMES = [".leakgate.yml", ".leakgate.yaml"];
var IGNORE_FILE_NAME = ".leakgateignore";
async function readIfExists(path) {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw new UserError("config", `${path}: cannot be read (${error.message})`);
  }
}
async function loadConfig(options) {
  const config = defaultConfig();
  const ignore = await readIfExists(resolve(options.cwd, IGNORE_FILE_NAME));
  if (ignore !== void 0) config.ignoreFileLines = ignore.split(/\r?\n/);
  let file;
  let text;
  if (options.file) {
    file = resolve(options.cwd, options.file);
    text = await readIfExists(file);
    if (text === void 0) throw new UserError("config", `${options.file}: config file not found`);
  } else {
    const found = await discoverConfig(options.cwd);
    if (found) ({ file, text } = found);
  }
  let loaded = config;
  let gitleaks = options.gitleaksConfig ? resolve(options.cwd, options.gitleaksConfig) : void 0;
  if (text !== void 0 && file !== void 0) {
    const shown = relative(options.cwd, file) || file;
    const { parseConfigText } = await import("./parse-config-RUL2OZE6.js");
    const parsed = parseConfigText(text, shown);
    loaded = { ...applyConfigFile(config, parsed), file };
    if (!gitleaks && parsed.gitleaksConfig) gitleaks = resolve(dirname(file), parsed.gitleaksConfig);
  }
  if (gitleaks) {
    const { loadGitleaksConfig } = await import("./gitleaks-config-CE6NSJP3.js");
    loaded.importedSecretRules = await loadGitleaksConfig(
      gitleaks,
      relative(options.cwd, gitleaks) || gitleaks
    );
  }
  return loaded;
}
async function discoverConfig(cwd) {
  const directories = await upToRepositoryRoot(cwd);
  for (const directory of directories) {
    const found = [];
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = resolve(directory, name);
      const text = await readIfExists(candidate);
      if (text !== void 0) found.push({ file: candidate, text });
    }
    const fromPackage = await packageJsonConfig(directory);
    if (fromPackage) found.push(fromPackage);
    if (found.length > 1) {
      const names = found.map(
        (f) => f.file.endsWith("#leakgate") ? `the \`leakgate\` key of ${relative(cwd, f.file.slice(0, -"#leakgate".length)) || "package.json"}` : relative(cwd, f.file) || f.file
      );
      throw new UserError("config", `${names.join(" and ")} both configure leakgate; keep one of them`);
    }
    if (found[0]) return found[0];
  }
  return void 0;
}
async function upToRepositoryRoot(cwd) {
  const chain = [];
  for (let directory = resolve(cwd); ; directory = dirname(directory)) {
    chain.push(directory);
    if (await pathExists(resolve(directory, ".git"))) return chain;
    if (dirname(directory) === directory) return [resolve(cwd)];
  }
}
async function packageJsonConfig(directory) {
  let manifest;
  try {
    manifest = await readPackageJsonObject(directory);
  } catch (error) {
    if (!(error instanceof PackageJsonProblem)) throw error;
    if (error.reason === "not-json" || error.reason === "too-large") {
      const text = await readFile(resolve(directory, "package.json"), "utf8").catch(() => "");
      if (text.includes('"leakgate"')) {
        throw new UserError(
          "config",
          `${resolve(directory, "package.json")}: has a \`leakgate\` key but cannot be read (${error.message})`
        );
      }
    }
    return void 0;
  }
  if (!("leakgate" in manifest)) return void 0;
  const value = manifest.leakgate;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new UserError(
      "config",
      `${resolve(directory, "package.json")}#leakgate: must be an object of settings, like .leakgate.yml`
    );
  }
  return {
    file: `${resolve(directory, "package.json")}#leakgate`,
    text: JSON.stringify(manifest.leakgate, null, 2)
  };
}
function applyConfigFile(base, file) {
  return {
    ...base,
    internal: file.internal ?? base.internal,
    allow: file.allow ?? base.allow,
    rules: { ...base.rules, ...file.rules },
    thresholds: { ...base.thresholds, ...definedOnly(file.thresholds) },
    limits: { ...base.limits, ...definedOnly(file.limits) },
    strict: file.strict ?? base.strict,
    failOn: file.failOn ?? base.failOn,
    artifacts: {
      ...base.artifacts,
      ...Object.fromEntries(
        Object.entries(file.artifacts ?? {}).map(([key, overrides]) => [key, definedOnly(overrides)])
      )
    },
    ...optional("internalRefs", file.internalRefs ?? base.internalRefs),
    ...optional("organisation", file.organisation ? definedOnly(file.organisation) : base.organisation)
  };
}
function optional(key, value) {
  return value === void 0 ? {} : { [key]: value };
}
function definedOnly(value) {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== void 0));
}

export {
  loadConfig,
  untilSettled
};
