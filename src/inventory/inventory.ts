/**
 * The inventory: every step of the repository's workflows that sends something out, where
 * it sends it, whether that is inside the organisation, and whether a leakgate step earlier
 * in the same job checks what it sends. Workflows are read with `yaml` (keeping line
 * numbers); nothing is evaluated: `${{ }}` expressions are shown as written.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, posix } from "node:path";
import picomatch from "picomatch";
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type YAMLMap } from "yaml";
import { isInsideOrganisation, type Organisation } from "../rules/destination-policy.js";
import { splitDestination } from "../sources/destination.js";
import { parseRemoteUrl } from "../sources/git/remote-url.js";
import { actionEgress } from "./egress-actions.js";
import { commandEgress, scriptCommands, shellWords } from "./egress-commands.js";

export interface Egress {
  /** The workflow file, relative to the repository root. */
  file: string;
  line: number;
  job: string;
  /** The step's name, or `#<n>` (1-based). */
  step: string;
  tool: string;
  source: string;
  destination: string;
  /** true inside, false outside, undefined when it cannot be told (an expression, an unknown registry). */
  inside?: boolean;
  /** A leakgate step earlier in the same job scans the source. */
  covered: boolean;
}

export interface InventoryResult {
  egress: Egress[];
  /** Workflow files that could not be read, with where and why. */
  errors: { file: string; line: number; message: string }[];
  /** Jobs that call reusable workflows in other repositories: listed, not followed. */
  reusable: { file: string; line: number; job: string; uses: string }[];
  files: string[];
}

const WORKFLOW_DIR = ".github/workflows";

export async function inventory(root: string, organisation: Organisation): Promise<InventoryResult> {
  const result: InventoryResult = { egress: [], errors: [], reusable: [], files: [] };
  let names: string[];
  try {
    names = (await readdir(join(root, WORKFLOW_DIR))).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    return result;
  }
  for (const name of names) {
    const file = `${WORKFLOW_DIR}/${name}`;
    result.files.push(file);
    readWorkflow(file, await readFile(join(root, file), "utf8"), organisation, result);
  }
  return result;
}

function readWorkflow(file: string, text: string, organisation: Organisation, result: InventoryResult): void {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    result.errors.push({
      file,
      line: lines.linePos(error.pos[0]).line,
      message: error.message.split("\n")[0]!,
    });
    return;
  }
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 0);
  const root = document.contents;
  if (!isMap(root)) return;
  const defaultsDir = workingDirectoryOf(root.getIn(["defaults", "run", "working-directory"]));
  const jobs = root.get("jobs", true);
  if (!isMap(jobs)) return;
  for (const pair of jobs.items) {
    const job = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const body = pair.value;
    if (!isMap(body)) continue;
    const uses = body.get("uses");
    if (typeof uses === "string") {
      result.reusable.push({ file, line: lineOf(body), job, uses });
      continue;
    }
    const jobDir = workingDirectoryOf(body.getIn(["defaults", "run", "working-directory"])) ?? defaultsDir;
    const steps = body.get("steps", true);
    if (!isSeq(steps)) continue;
    const scanned: string[] = [];
    const remotes = new Map<string, string>();
    steps.items.forEach((item, index) => {
      if (!isMap(item)) return;
      const step = item as YAMLMap;
      const name = typeof step.get("name") === "string" ? String(step.get("name")) : `#${index + 1}`;
      const dir = workingDirectoryOf(step.get("working-directory")) ?? jobDir;
      const usesAction = step.get("uses");
      const run = step.get("run", true);
      const found: {
        egress: ReturnType<typeof commandEgress>;
        line: number;
        run: boolean;
        dir?: string | undefined;
      }[] = [];
      // A leakgate step that cannot fail the job (continue-on-error, `if: false`, fail-on
      // never, `|| true`) checks nothing: what follows it is not covered.
      const canBlock = String(step.get("continue-on-error")) !== "true" && String(step.get("if")) !== "false";
      if (typeof usesAction === "string" && /^\.\//.test(usesAction)) {
        result.reusable.push({ file, line: lineOf(step), job, uses: usesAction });
      }
      if (typeof usesAction === "string") {
        const input = (step.get("with") as YAMLMap | undefined)?.toJSON?.() ?? {};
        if (
          /leakgate/i.test(usesAction) &&
          canBlock &&
          String((input as Record<string, unknown>)["fail-on"]) !== "never"
        )
          scanned.push(...leakgateInputSources(input as Record<string, unknown>));
        found.push({
          egress: actionEgress(usesAction, input as Record<string, unknown>),
          line: lineOf(step),
          run: false,
        });
      }
      if (isScalar(run) && typeof run.value === "string") {
        const block = run.type === "BLOCK_LITERAL" || run.type === "BLOCK_FOLDED";
        let runDir = dir;
        for (const { command, line, fallible } of scriptCommands(run.value)) {
          const leakgate = leakgateCommandSources(command);
          if (leakgate && canBlock && !fallible && !/--fail-on[ =]never/.test(command)) {
            scanned.push(...leakgate.map((s) => inDir(s, runDir)));
          }
          // `cd x` moves what later commands of the script send.
          const cd = /^cd\s+(\S+)$/.exec(command);
          if (cd) runDir = inDir(cd[1]!, runDir);
          const added = /^git\s+remote\s+add\s+(?:-\S+\s+)*(\S+)\s+(\S+)/.exec(command);
          if (added) remotes.set(added[1]!, added[2]!);
          found.push({
            egress: commandEgress(command),
            line: lineOf(run) + (block ? 1 : 0) + line,
            run: true,
            dir: runDir,
          });
        }
      }
      for (const { egress, line, run: isRun, dir: commandDir } of found) {
        if (!egress) continue;
        // working-directory applies to run: steps only; images and git refs are not paths.
        const source =
          !isRun || /^(docker|git push)/.test(egress.tool)
            ? normalise(egress.source)
            : inDir(egress.source, commandDir);
        // A remote added earlier in the job is known by its URL.
        const remote = egress.tool.startsWith("git push") ? remotes.get(egress.destination) : undefined;
        const destination = remote ? `git:${parseRemoteUrl(remote).location}` : egress.destination;
        result.egress.push({
          file,
          line,
          job,
          step: name,
          tool: egress.tool,
          source,
          destination,
          ...insideOf(destination, organisation),
          covered: isCovered(source, egress, scanned),
        });
      }
    });
  }
}

function workingDirectoryOf(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

/** A source path as seen from the repository root, given the step's working directory. */
function inDir(source: string, dir: string | undefined): string {
  if (!dir || !isPath(source)) return normalise(source);
  return (source.match(/\$\{\{.*?\}\}\S*|\S+/g) ?? [])
    .map((one) => normalise(posix.join(dir, one)))
    .join(" ");
}

/** A source that names files: not a URL or `host:path`, an expression, a flag or a `(placeholder)`. */
function isPath(source: string): boolean {
  return !(
    source.startsWith("/") ||
    source.startsWith("(") ||
    source.startsWith("-") ||
    source.includes("${{") ||
    /^[^/\s]+:/.test(source)
  );
}

/** `./dist/`, `dist/../secrets` → `dist`, `secrets`: paths compared as the file system resolves them. */
function normalise(path: string): string {
  if (!isPath(path) && !path.startsWith("/")) return path.replace(/\/+$/, "") || path;
  const cleaned = posix.normalize(path).replace(/\/+$/, "");
  return cleaned === "" || cleaned === "./" ? "." : cleaned.replace(/^\.\//, "");
}

/** The sources a leakgate action step scans: its `artifacts` input, or what npm would publish. */
function leakgateInputSources(input: Record<string, unknown>): string[] {
  if (String(input.mode ?? "scan") !== "scan") return [];
  const dir = workingDirectoryOf(input["working-directory"]);
  const lines =
    typeof input.artifacts === "string" ? input.artifacts.split("\n").filter((l) => l.trim()) : ["npm:."];
  return lines.map((line) => inDir(specPath(line.trim()), dir));
}

/** `leakgate scan …` or `npx leakgate scan …` in a run script: the specs it scans. */
function leakgateCommandSources(command: string): string[] | undefined {
  const words = shellWords(command);
  const at = words.findIndex((w, i) => /(^|\/)leakgate(\.js)?$/.test(w) && words[i + 1] === "scan");
  if (at === -1) return undefined;
  const args: string[] = [];
  const rest = words.slice(at + 2);
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i]!;
    if (word.startsWith("-")) {
      if (
        [
          "-f",
          "--format",
          "-o",
          "--output",
          "-b",
          "--baseline",
          "-c",
          "--config",
          "--fail-on",
          "--cwd",
        ].includes(word)
      )
        i++;
      continue;
    }
    args.push(specPath(word));
  }
  return args.length > 0 ? args : ["."];
}

/** `web=dist/ -> s3://x` → `dist`; `npm:.` → `.`; `git:public` stays. */
function specPath(spec: string): string {
  const { spec: bare } = splitDestination(spec);
  const named = /^[A-Za-z0-9][\w.@-]*=(.+)$/.exec(bare);
  const path = (named ? named[1]! : bare).replace(/^npm:/, "");
  return normalise(path || ".");
}

function isCovered(
  source: string,
  egress: NonNullable<ReturnType<typeof commandEgress>>,
  scanned: readonly string[],
): boolean {
  if (scanned.length === 0) return false;
  if (egress.tool.startsWith("git push")) {
    return scanned.some(
      (s) => s === `git:${egress.destination}` || s.startsWith(`git:${egress.destination}?`),
    );
  }
  // Several paths are separated by spaces; a `${{ … }}` expression is one path.
  const sources = source.match(/\$\{\{.*?\}\}\S*|\S+/g) ?? [];
  return sources.every((one) =>
    scanned.some(
      (s) =>
        s === one ||
        picomatch(s, { dot: true })(one) ||
        picomatch(one, { dot: true })(s) ||
        one.startsWith(`${s}/`),
    ),
  );
}

function insideOf(destination: string, organisation: Organisation): { inside?: boolean } {
  if (destination.includes("${{")) return {};
  if (/^github-(release|pages|actions-artifact)$/.test(destination)) return { inside: true };
  if (destination.startsWith("npm registry") || destination === "?" || destination === "(default remote)")
    return {};
  const inside = isInsideOrganisation(destination, organisation);
  return inside === undefined ? {} : { inside };
}
