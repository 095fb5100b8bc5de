/**
 * Well-known actions that send something out, and what each sends where, read from its
 * `with:` inputs as written.
 */
import type { CommandEgress } from "./egress-commands.js";

type With = Record<string, unknown>;
const text = (value: unknown, fallback: string): string =>
  value === undefined || value === null || value === ""
    ? fallback
    : String(value).trim().split("\n").join(" ");

/** `owner/name` (without `@ref`) → what the step sends, or undefined when this use sends nothing. */
const ACTIONS: Record<string, (input: With) => CommandEgress | undefined> = {
  "actions/upload-artifact": (w) => ({
    tool: "actions/upload-artifact",
    source: text(w.path, "?"),
    destination: "github-actions-artifact",
  }),
  "actions/upload-pages-artifact": (w) => ({
    tool: "actions/upload-pages-artifact",
    source: text(w.path, "_site/"),
    destination: "github-pages",
  }),
  "softprops/action-gh-release": (w) => ({
    tool: "softprops/action-gh-release",
    source: text(w.files, "(notes only)"),
    destination: "github-release",
  }),
  "ncipollo/release-action": (w) => ({
    tool: "ncipollo/release-action",
    source: text(w.artifacts, "(notes only)"),
    destination: "github-release",
  }),
  "docker/build-push-action": (w) =>
    String(w.push) === "true"
      ? { tool: "docker/build-push-action", source: text(w.context, "."), destination: text(w.tags, "?") }
      : undefined,
  "peaceiris/actions-gh-pages": (w) => ({
    tool: "peaceiris/actions-gh-pages",
    source: text(w.publish_dir, "./public"),
    destination: w.external_repository ? `github.com/${text(w.external_repository, "?")}` : "github-pages",
  }),
  "js-devtools/npm-publish": (w) => ({
    tool: "JS-DevTools/npm-publish",
    source: text(w.package, "."),
    destination: w.registry ? `npm registry ${text(w.registry, "")}` : "npm registry",
  }),
  "changesets/action": (w) =>
    w.publish
      ? { tool: "changesets/action", source: ".", destination: `npm registry (${text(w.publish, "")})` }
      : undefined,
};

/** AWS actions that only log in or configure send nothing. */
const AWS_SETUP = ["aws-actions/configure-aws-credentials", "aws-actions/amazon-ecr-login"];

export function actionEgress(uses: string, input: With): CommandEgress | undefined {
  const name = uses.replace(/@.*$/, "").toLowerCase();
  const known = ACTIONS[name];
  if (known) return known(input);
  if (name.startsWith("aws-actions/") && !AWS_SETUP.includes(name)) {
    return {
      tool: uses.replace(/@.*$/, ""),
      source: text(input["task-definition"] ?? input.path ?? input.image, "?"),
      destination: "aws",
    };
  }
  return undefined;
}
