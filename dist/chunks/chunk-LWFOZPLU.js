import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);
import {
  prettyJson
} from "./chunk-FZCE7NH5.js";
import {
  code,
  prose
} from "./chunk-4BAKHTGU.js";
import {
  isInsideOrganisation,
  parseRemoteUrl,
  splitDestination
} from "./chunk-274TRL2H.js";
import {
  count
} from "./chunk-Q7PGW6GP.js";
import {
  require_picomatch
} from "./chunk-IQR333G7.js";
import {
  require_dist
} from "./chunk-LBXB57PG.js";
import {
  __toESM
} from "./chunk-7IC7CSNP.js";

// src/inventory/inventory.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var import_yaml = __toESM(require_dist(), 1);
import { readdir, readFile } from "node:fs/promises";
import { join, posix } from "node:path";

// src/inventory/egress-actions.ts
var text = (value, fallback) => value === void 0 || value === null || value === "" ? fallback : String(value).trim().split("\n").join(" ");
var ACTIONS = {
  "actions/upload-artifact": (w) => ({
    tool: "actions/upload-artifact",
    source: text(w.path, "?"),
    destination: "github-actions-artifact"
  }),
  "actions/upload-pages-artifact": (w) => ({
    tool: "actions/upload-pages-artifact",
    source: text(w.path, "_site/"),
    destination: "github-pages"
  }),
  "softprops/action-gh-release": (w) => ({
    tool: "softprops/action-gh-release",
    source: text(w.files, "(notes only)"),
    destination: "github-release"
  }),
  "ncipollo/release-action": (w) => ({
    tool: "ncipollo/release-action",
    source: text(w.artifacts, "(notes only)"),
    destination: "github-release"
  }),
  "docker/build-push-action": (w) => String(w.push) === "true" ? { tool: "docker/build-push-action", source: text(w.context, "."), destination: text(w.tags, "?") } : void 0,
  "peaceiris/actions-gh-pages": (w) => ({
    tool: "peaceiris/actions-gh-pages",
    source: text(w.publish_dir, "./public"),
    destination: w.external_repository ? `github.com/${text(w.external_repository, "?")}` : "github-pages"
  }),
  "js-devtools/npm-publish": (w) => ({
    tool: "JS-DevTools/npm-publish",
    source: text(w.package, "."),
    destination: w.registry ? `npm registry ${text(w.registry, "")}` : "npm registry"
  }),
  "changesets/action": (w) => w.publish ? { tool: "changesets/action", source: ".", destination: `npm registry (${text(w.publish, "")})` } : void 0
};
var AWS_SETUP = ["aws-actions/configure-aws-credentials", "aws-actions/amazon-ecr-login"];
function actionEgress(uses, input) {
  const name = uses.replace(/@.*$/, "").toLowerCase();
  const known = ACTIONS[name];
  if (known) return known(input);
  if (name.startsWith("aws-actions/") && !AWS_SETUP.includes(name)) {
    return {
      tool: uses.replace(/@.*$/, ""),
      source: text(input["task-definition"] ?? input.path ?? input.image, "?"),
      destination: "aws"
    };
  }
  return void 0;
}

// src/inventory/egress-commands.ts
function shellWords(line) {
  const words = [];
  const pattern = /\$\{\{.*?\}\}\S*|"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (const match of line.matchAll(pattern)) words.push(match[1] ?? match[2] ?? match[3] ?? match[0]);
  return words;
}
function positionals(words, valueFlags = []) {
  const out = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word.startsWith("-")) {
      if (valueFlags.includes(word)) i++;
      continue;
    }
    out.push(word);
  }
  return out;
}
function flag(words, ...names) {
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    for (const name of names) {
      if (word === name) return words[i + 1];
      if (word.startsWith(`${name}=`)) return word.slice(name.length + 1);
    }
  }
  return void 0;
}
var npmLike = (tool, start) => (words) => {
  const args = words.slice(start);
  const registry = flag(args, "--registry");
  const [source = "."] = positionals(args, [
    "--registry",
    "--tag",
    "--access",
    "--otp",
    "--workspace",
    "-w"
  ]);
  return { tool, source, destination: registry ? `npm registry ${registry}` : "npm registry" };
};
var COMMANDS = [
  [["npm", "publish"], npmLike("npm publish", 2)],
  [["pnpm", "publish"], npmLike("pnpm publish", 2)],
  [["yarn", "npm", "publish"], npmLike("yarn npm publish", 3)],
  [["yarn", "publish"], npmLike("yarn publish", 2)],
  [
    ["git", "push"],
    (words) => {
      const args = words.slice(2);
      const mode = args.find((w) => ["--mirror", "--all", "--tags"].includes(w));
      const [remote = "(default remote)", ...refspecs] = positionals(args, ["--repo", "-o", "--push-option"]);
      return {
        tool: `git push${mode ? ` ${mode}` : ""}`,
        source: mode ?? (refspecs.join(" ") || "(push.default)"),
        destination: remote
      };
    }
  ],
  [["aws", "s3", "sync"], (w) => fromTo("aws s3 sync", positionals(w.slice(3), S3_VALUE_FLAGS))],
  [["aws", "s3", "cp"], (w) => fromTo("aws s3 cp", positionals(w.slice(3), S3_VALUE_FLAGS))],
  [["gsutil", "-m", "rsync"], (w) => fromTo("gsutil rsync", positionals(w.slice(3)))],
  [["gsutil", "-m", "cp"], (w) => fromTo("gsutil cp", positionals(w.slice(3)))],
  [["gsutil", "rsync"], (w) => fromTo("gsutil rsync", positionals(w.slice(2)))],
  [["gsutil", "cp"], (w) => fromTo("gsutil cp", positionals(w.slice(2)))],
  [["gcloud", "storage", "cp"], (w) => fromTo("gcloud storage cp", positionals(w.slice(3)))],
  [["gcloud", "storage", "rsync"], (w) => fromTo("gcloud storage rsync", positionals(w.slice(3)))],
  [["az", "storage", "blob", "upload-batch"], (w) => azure("az storage blob upload-batch", w)],
  [["az", "storage", "blob", "upload"], (w) => azure("az storage blob upload", w)],
  [
    ["docker", "push"],
    (w) => ({
      tool: "docker push",
      source: positionals(w.slice(2))[0] ?? "?",
      destination: registryOf(positionals(w.slice(2))[0])
    })
  ],
  [
    ["docker", "buildx", "build"],
    (w) => w.includes("--push") || flag(w, "--output")?.includes("push=true") ? image("docker buildx build --push", w) : void 0
  ],
  [
    ["gh", "release", "create"],
    (w) => ghRelease("gh release create", positionals(w.slice(3), GH_VALUE_FLAGS).slice(1))
  ],
  [
    ["gh", "release", "upload"],
    (w) => ghRelease("gh release upload", positionals(w.slice(3), GH_VALUE_FLAGS).slice(1))
  ],
  [["rsync"], (w) => remoteCopy("rsync", positionals(w.slice(1), ["-e", "--rsh", "--exclude", "--include"]))],
  [["scp"], (w) => remoteCopy("scp", positionals(w.slice(1), ["-P", "-i", "-o", "-F"]))],
  [["curl"], curlUpload],
  [
    ["twine", "upload"],
    (w) => ({
      tool: "twine upload",
      source: positionals(w.slice(2), ["-r", "--repository", "--repository-url", "-u", "-p"]).join(" ") || "dist/*",
      destination: flag(w, "--repository-url", "-r", "--repository") ?? "PyPI"
    })
  ],
  [
    ["cargo", "publish"],
    (w) => ({
      tool: "cargo publish",
      source: flag(w, "--manifest-path") ?? ".",
      destination: flag(w, "--registry") ?? "crates.io"
    })
  ],
  [
    ["vsce", "publish"],
    (w) => ({
      tool: "vsce publish",
      source: flag(w, "--packagePath", "-i") ?? ".",
      destination: "Visual Studio Marketplace"
    })
  ],
  [
    ["npx", "vsce", "publish"],
    (w) => ({
      tool: "vsce publish",
      source: flag(w, "--packagePath", "-i") ?? ".",
      destination: "Visual Studio Marketplace"
    })
  ]
];
var S3_VALUE_FLAGS = [
  "--exclude",
  "--include",
  "--acl",
  "--region",
  "--profile",
  "--cache-control",
  "--content-type",
  "--storage-class",
  "--endpoint-url"
];
var GH_VALUE_FLAGS = ["-t", "--title", "-n", "--notes", "-F", "--notes-file", "-R", "--repo", "--target"];
function fromTo(tool, args) {
  if (args.length < 2) return void 0;
  return { tool, source: args.slice(0, -1).join(" "), destination: args[args.length - 1] };
}
function azure(tool, words) {
  const account = flag(words, "--account-name");
  const container = flag(words, "--destination", "-d", "--container-name", "-c") ?? "?";
  return {
    tool,
    source: flag(words, "--source", "-s", "--file", "-f") ?? "?",
    destination: `azure blob ${account ? `${account}/` : ""}${container}`
  };
}
function registryOf(image2) {
  if (!image2) return "?";
  const first = image2.split("/")[0];
  return first.includes(".") || first.includes(":") || first === "localhost" ? image2.replace(/:[^/:]*$/, "") : `docker.io/${image2.replace(/:[^/:]*$/, "")}`;
}
function image(tool, words) {
  const tag = flag(words, "-t", "--tag");
  return {
    tool,
    source: positionals(words.slice(3), [
      "-t",
      "--tag",
      "-f",
      "--file",
      "--platform",
      "--build-arg",
      "--output",
      "-o",
      "--cache-from",
      "--cache-to",
      "--target"
    ])[0] ?? ".",
    destination: registryOf(tag)
  };
}
function ghRelease(tool, files) {
  return { tool, source: files.join(" ") || "(notes only)", destination: "github-release" };
}
function remoteCopy(tool, args) {
  const target = args[args.length - 1];
  if (!target || !/^[^/\s]+:/.test(target) || args.length < 2) return void 0;
  return { tool, source: args.slice(0, -1).join(" "), destination: target };
}
function curlUpload(words) {
  const file = flag(words, "-T", "--upload-file") ?? words.find(
    (w, i) => /^@/.test(w.split("=")[1] ?? "") && ["-F", "--form", "--data-binary", "-d"].includes(words[i - 1] ?? "")
  )?.split("@")[1];
  const form = words.findIndex((w) => w === "-F" || w === "--form" || w === "--data-binary");
  const attached = form !== -1 ? words[form + 1]?.match(/@([^;]+)/)?.[1] : void 0;
  const source = file ?? attached;
  if (!source) return void 0;
  const url = words.find((w) => /^https?:\/\//.test(w)) ?? positionals(words.slice(1), [
    "-T",
    "--upload-file",
    "-F",
    "--form",
    "-H",
    "--header",
    "-u",
    "--user",
    "-X",
    "--request",
    "-d",
    "--data-binary",
    "-o"
  ]).pop() ?? "?";
  return { tool: "curl upload", source, destination: url };
}
function commandEgress(command) {
  const words = shellWords(command.trim()).filter((w) => !/^[A-Z_][A-Z0-9_]*=/.test(w));
  while (["sudo", "time", "exec", "command"].includes(words[0] ?? "")) words.shift();
  for (const [prefix, recognise] of COMMANDS) {
    if (prefix.every((word, i) => words[i] === word)) return recognise(words);
  }
  return void 0;
}
function scriptCommands(script) {
  const out = [];
  const lines = script.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let text2 = lines[i];
    while (/\\\s*$/.test(text2) && i + 1 < lines.length) text2 = `${text2.replace(/\\\s*$/, " ")}${lines[++i]}`;
    const code2 = text2.replace(/(^|\s)#.*$/, "");
    const parts = code2.split(/(&&|\|\||;|\|(?!\|))/);
    for (let p = 0; p < parts.length; p += 2) {
      const command = parts[p].trim();
      if (command) out.push({ command, line: start, fallible: parts[p + 1] === "||" });
    }
  }
  return out;
}

// src/inventory/inventory.ts
var WORKFLOW_DIR = ".github/workflows";
async function inventory(root, organisation) {
  const result = { egress: [], errors: [], reusable: [], files: [] };
  let names;
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
function readWorkflow(file, text2, organisation, result) {
  const lines = new import_yaml.LineCounter();
  const document = (0, import_yaml.parseDocument)(text2, { lineCounter: lines, prettyErrors: false });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    result.errors.push({
      file,
      line: lines.linePos(error.pos[0]).line,
      message: error.message.split("\n")[0]
    });
    return;
  }
  const lineOf = (node) => node?.range ? lines.linePos(node.range[0]).line : 0;
  const root = document.contents;
  if (!(0, import_yaml.isMap)(root)) return;
  const defaultsDir = workingDirectoryOf(root.getIn(["defaults", "run", "working-directory"]));
  const jobs = root.get("jobs", true);
  if (!(0, import_yaml.isMap)(jobs)) return;
  for (const pair of jobs.items) {
    const job = String((0, import_yaml.isScalar)(pair.key) ? pair.key.value : pair.key);
    const body = pair.value;
    if (!(0, import_yaml.isMap)(body)) continue;
    const uses = body.get("uses");
    if (typeof uses === "string") {
      result.reusable.push({ file, line: lineOf(body), job, uses });
      continue;
    }
    const jobDir = workingDirectoryOf(body.getIn(["defaults", "run", "working-directory"])) ?? defaultsDir;
    const steps = body.get("steps", true);
    if (!(0, import_yaml.isSeq)(steps)) continue;
    const scanned = [];
    const remotes = /* @__PURE__ */ new Map();
    steps.items.forEach((item, index) => {
      if (!(0, import_yaml.isMap)(item)) return;
      const step = item;
      const name = typeof step.get("name") === "string" ? String(step.get("name")) : `#${index + 1}`;
      const dir = workingDirectoryOf(step.get("working-directory")) ?? jobDir;
      const usesAction = step.get("uses");
      const run = step.get("run", true);
      const found = [];
      const canBlock = String(step.get("continue-on-error")) !== "true" && String(step.get("if")) !== "false";
      if (typeof usesAction === "string" && /^\.\//.test(usesAction)) {
        result.reusable.push({ file, line: lineOf(step), job, uses: usesAction });
      }
      if (typeof usesAction === "string") {
        const input = step.get("with")?.toJSON?.() ?? {};
        if (/leakgate/i.test(usesAction) && canBlock && String(input["fail-on"]) !== "never")
          scanned.push(...leakgateInputSources(input));
        found.push({
          egress: actionEgress(usesAction, input),
          line: lineOf(step),
          run: false
        });
      }
      if ((0, import_yaml.isScalar)(run) && typeof run.value === "string") {
        const block = run.type === "BLOCK_LITERAL" || run.type === "BLOCK_FOLDED";
        let runDir = dir;
        for (const { command, line, fallible } of scriptCommands(run.value)) {
          const leakgate = leakgateCommandSources(command);
          if (leakgate && canBlock && !fallible && !/--fail-on[ =]never/.test(command)) {
            scanned.push(...leakgate.map((s) => inDir(s, runDir)));
          }
          const cd = /^cd\s+(\S+)$/.exec(command);
          if (cd) runDir = inDir(cd[1], runDir);
          const added = /^git\s+remote\s+add\s+(?:-\S+\s+)*(\S+)\s+(\S+)/.exec(command);
          if (added) remotes.set(added[1], added[2]);
          found.push({
            egress: commandEgress(command),
            line: lineOf(run) + (block ? 1 : 0) + line,
            run: true,
            dir: runDir
          });
        }
      }
      for (const { egress, line, run: isRun, dir: commandDir } of found) {
        if (!egress) continue;
        const source = !isRun || /^(docker|git push)/.test(egress.tool) ? normalise(egress.source) : inDir(egress.source, commandDir);
        const remote = egress.tool.startsWith("git push") ? remotes.get(egress.destination) : void 0;
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
          covered: isCovered(source, egress, scanned)
        });
      }
    });
  }
}
function workingDirectoryOf(value) {
  return typeof value === "string" && value.trim() ? value.trim() : void 0;
}
function inDir(source, dir) {
  if (!dir || !isPath(source)) return normalise(source);
  return (source.match(/\$\{\{.*?\}\}\S*|\S+/g) ?? []).map((one) => normalise(posix.join(dir, one))).join(" ");
}
function isPath(source) {
  return !(source.startsWith("/") || source.startsWith("(") || source.startsWith("-") || source.includes("${{") || /^[^/\s]+:/.test(source));
}
function normalise(path) {
  if (!isPath(path) && !path.startsWith("/")) return path.replace(/\/+$/, "") || path;
  const cleaned = posix.normalize(path).replace(/\/+$/, "");
  return cleaned === "" || cleaned === "./" ? "." : cleaned.replace(/^\.\//, "");
}
function leakgateInputSources(input) {
  if (String(input.mode ?? "scan") !== "scan") return [];
  const dir = workingDirectoryOf(input["working-directory"]);
  const lines = typeof input.artifacts === "string" ? input.artifacts.split("\n").filter((l) => l.trim()) : ["npm:."];
  return lines.map((line) => inDir(specPath(line.trim()), dir));
}
function leakgateCommandSources(command) {
  const words = shellWords(command);
  const at = words.findIndex((w, i) => /(^|\/)leakgate(\.js)?$/.test(w) && words[i + 1] === "scan");
  if (at === -1) return void 0;
  const args = [];
  const rest = words.slice(at + 2);
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i];
    if (word.startsWith("-")) {
      if ([
        "-f",
        "--format",
        "-o",
        "--output",
        "-b",
        "--baseline",
        "-c",
        "--config",
        "--fail-on",
        "--cwd"
      ].includes(word))
        i++;
      continue;
    }
    args.push(specPath(word));
  }
  return args.length > 0 ? args : ["."];
}
function specPath(spec) {
  const { spec: bare } = splitDestination(spec);
  const named = /^[A-Za-z0-9][\w.@-]*=(.+)$/.exec(bare);
  const path = (named ? named[1] : bare).replace(/^npm:/, "");
  return normalise(path || ".");
}
function isCovered(source, egress, scanned) {
  if (scanned.length === 0) return false;
  if (egress.tool.startsWith("git push")) {
    return scanned.some(
      (s) => s === `git:${egress.destination}` || s.startsWith(`git:${egress.destination}?`)
    );
  }
  const sources = source.match(/\$\{\{.*?\}\}\S*|\S+/g) ?? [];
  return sources.every(
    (one) => scanned.some(
      (s) => s === one || (0, import_picomatch.default)(s, { dot: true })(one) || (0, import_picomatch.default)(one, { dot: true })(s) || one.startsWith(`${s}/`)
    )
  );
}
function insideOf(destination, organisation) {
  if (destination.includes("${{")) return {};
  if (/^github-(release|pages|actions-artifact)$/.test(destination)) return { inside: true };
  if (destination.startsWith("npm registry") || destination === "?" || destination === "(default remote)")
    return {};
  const inside2 = isInsideOrganisation(destination, organisation);
  return inside2 === void 0 ? {} : { inside: inside2 };
}

// src/reporters/inventory.ts
var where = (e) => `${e.file}:${e.line}`;
var inside = (e) => e.inside === void 0 ? "unknown" : e.inside ? "inside" : "OUTSIDE";
function renderInventoryText(result, newEgress = []) {
  const lines = [];
  const uncovered = result.egress.filter((e) => !e.covered);
  lines.push(
    `leakgate inventory: ${count(result.egress.length, "egress step")} in ${count(result.files.length, "workflow")}; ${uncovered.length} not checked by a leakgate step before them`
  );
  for (const e of result.egress) {
    const flags = [
      e.covered ? "checked" : "NOT CHECKED",
      inside(e),
      ...newEgress.includes(e) ? ["NEW"] : []
    ];
    lines.push(
      "",
      `  ${where(e)}  ${e.job} › ${e.step}`,
      `    ${e.tool}: ${e.source} → ${e.destination}`,
      `    ${flags.join(", ")}`
    );
  }
  for (const r of result.reusable)
    lines.push(
      "",
      `  ${r.file}:${r.line}  ${r.job}: calls ${r.uses} (a reusable workflow or local action: not followed)`
    );
  for (const error of result.errors)
    lines.push("", `  ${error.file}:${error.line}: not valid YAML: ${error.message}`);
  return `${lines.join("\n")}
`;
}
function renderInventoryMarkdown(result, newEgress = []) {
  const uncovered = result.egress.filter((e) => !e.covered).length;
  const lines = [
    `## leakgate inventory: ${count(result.egress.length, "egress step")}, ${uncovered} not checked`,
    "",
    "| Where | Job › step | Tool | Sends | To | Organisation | Checked by leakgate |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...result.egress.map(
      (e) => `| ${code(where(e))} | ${prose(`${e.job} › ${e.step}`)} | ${code(e.tool)} | ${code(e.source)} | ${code(e.destination)} | ${inside(e)} | ${e.covered ? "✅" : "❌"}${newEgress.includes(e) ? " **new**" : ""} |`
    ),
    ""
  ];
  for (const r of result.reusable)
    lines.push(
      `- ${code(`${r.file}:${r.line}`)} ${prose(r.job)} calls ${code(r.uses)}: a reusable workflow or local action, not followed.`
    );
  for (const error of result.errors)
    lines.push(`- ❌ ${code(`${error.file}:${error.line}`)}: not valid YAML (${prose(error.message)}).`);
  return `${lines.join("\n")}
`;
}
function* renderInventoryJson(result, newEgress = []) {
  yield* prettyJson({ ...result, newEgress }, "");
  yield "\n";
}

export {
  inventory,
  renderInventoryText,
  renderInventoryMarkdown,
  renderInventoryJson
};
