/**
 * The YAML parser behind a module of its own, for code that loads it only when it needs it
 * (`await import("./yaml-text.js")`): a bundled CommonJS package imported directly that way
 * has only a default export, while this static import keeps the named one.
 */
export { parse as parseYaml } from "yaml";
