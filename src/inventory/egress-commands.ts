/**
 * The shell commands that send something out of CI, and what each sends where. One table:
 * a command is recognised by its words, and its source and destination are read from its
 * arguments as written (`${{ }}` expressions are kept, never evaluated).
 */

export interface CommandEgress {
  tool: string;
  /** What is sent (a path, a glob, an image), as written; "." when it is the working directory. */
  source: string;
  /** Where it goes, as written. */
  destination: string;
}

/** Splits a command line into words: quotes grouped, `${{ … }}` kept whole. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  const pattern = /\$\{\{.*?\}\}\S*|"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (const match of line.matchAll(pattern)) words.push(match[1] ?? match[2] ?? match[3] ?? match[0]);
  return words;
}

/** Positional arguments (words that are not flags, nor values of flags that take one). */
function positionals(words: readonly string[], valueFlags: readonly string[] = []): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.startsWith("-")) {
      if (valueFlags.includes(word)) i++;
      continue;
    }
    out.push(word);
  }
  return out;
}

function flag(words: readonly string[], ...names: string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    for (const name of names) {
      if (word === name) return words[i + 1];
      if (word.startsWith(`${name}=`)) return word.slice(name.length + 1);
    }
  }
  return undefined;
}

type Recogniser = (words: string[]) => CommandEgress | undefined;

const npmLike =
  (tool: string, start: number): Recogniser =>
  (words) => {
    const args = words.slice(start);
    const registry = flag(args, "--registry");
    const [source = "."] = positionals(args, [
      "--registry",
      "--tag",
      "--access",
      "--otp",
      "--workspace",
      "-w",
    ]);
    return { tool, source, destination: registry ? `npm registry ${registry}` : "npm registry" };
  };

/** `[command words] → recogniser`, most specific first. */
const COMMANDS: [string[], Recogniser][] = [
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
        destination: remote,
      };
    },
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
      destination: registryOf(positionals(w.slice(2))[0]),
    }),
  ],
  [
    ["docker", "buildx", "build"],
    (w) =>
      w.includes("--push") || flag(w, "--output")?.includes("push=true")
        ? image("docker buildx build --push", w)
        : undefined,
  ],
  [
    ["gh", "release", "create"],
    (w) => ghRelease("gh release create", positionals(w.slice(3), GH_VALUE_FLAGS).slice(1)),
  ],
  [
    ["gh", "release", "upload"],
    (w) => ghRelease("gh release upload", positionals(w.slice(3), GH_VALUE_FLAGS).slice(1)),
  ],
  [["rsync"], (w) => remoteCopy("rsync", positionals(w.slice(1), ["-e", "--rsh", "--exclude", "--include"]))],
  [["scp"], (w) => remoteCopy("scp", positionals(w.slice(1), ["-P", "-i", "-o", "-F"]))],
  [["curl"], curlUpload],
  [
    ["twine", "upload"],
    (w) => ({
      tool: "twine upload",
      source:
        positionals(w.slice(2), ["-r", "--repository", "--repository-url", "-u", "-p"]).join(" ") || "dist/*",
      destination: flag(w, "--repository-url", "-r", "--repository") ?? "PyPI",
    }),
  ],
  [
    ["cargo", "publish"],
    (w) => ({
      tool: "cargo publish",
      source: flag(w, "--manifest-path") ?? ".",
      destination: flag(w, "--registry") ?? "crates.io",
    }),
  ],
  [
    ["vsce", "publish"],
    (w) => ({
      tool: "vsce publish",
      source: flag(w, "--packagePath", "-i") ?? ".",
      destination: "Visual Studio Marketplace",
    }),
  ],
  [
    ["npx", "vsce", "publish"],
    (w) => ({
      tool: "vsce publish",
      source: flag(w, "--packagePath", "-i") ?? ".",
      destination: "Visual Studio Marketplace",
    }),
  ],
];

const S3_VALUE_FLAGS = [
  "--exclude",
  "--include",
  "--acl",
  "--region",
  "--profile",
  "--cache-control",
  "--content-type",
  "--storage-class",
  "--endpoint-url",
];
const GH_VALUE_FLAGS = ["-t", "--title", "-n", "--notes", "-F", "--notes-file", "-R", "--repo", "--target"];

function fromTo(tool: string, args: string[]): CommandEgress | undefined {
  if (args.length < 2) return undefined;
  return { tool, source: args.slice(0, -1).join(" "), destination: args[args.length - 1]! };
}

function azure(tool: string, words: string[]): CommandEgress {
  const account = flag(words, "--account-name");
  const container = flag(words, "--destination", "-d", "--container-name", "-c") ?? "?";
  return {
    tool,
    source: flag(words, "--source", "-s", "--file", "-f") ?? "?",
    destination: `azure blob ${account ? `${account}/` : ""}${container}`,
  };
}

function registryOf(image: string | undefined): string {
  if (!image) return "?";
  const first = image.split("/")[0]!;
  return first.includes(".") || first.includes(":") || first === "localhost"
    ? image.replace(/:[^/:]*$/, "")
    : `docker.io/${image.replace(/:[^/:]*$/, "")}`;
}

function image(tool: string, words: string[]): CommandEgress {
  const tag = flag(words, "-t", "--tag");
  return {
    tool,
    source:
      positionals(words.slice(3), [
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
        "--target",
      ])[0] ?? ".",
    destination: registryOf(tag),
  };
}

function ghRelease(tool: string, files: string[]): CommandEgress {
  return { tool, source: files.join(" ") || "(notes only)", destination: "github-release" };
}

function remoteCopy(tool: string, args: string[]): CommandEgress | undefined {
  const target = args[args.length - 1];
  if (!target || !/^[^/\s]+:/.test(target) || args.length < 2) return undefined; // a local copy
  return { tool, source: args.slice(0, -1).join(" "), destination: target };
}

function curlUpload(words: string[]): CommandEgress | undefined {
  const file =
    flag(words, "-T", "--upload-file") ??
    words
      .find(
        (w, i) =>
          /^@/.test(w.split("=")[1] ?? "") &&
          ["-F", "--form", "--data-binary", "-d"].includes(words[i - 1] ?? ""),
      )
      ?.split("@")[1];
  const form = words.findIndex((w) => w === "-F" || w === "--form" || w === "--data-binary");
  const attached = form !== -1 ? words[form + 1]?.match(/@([^;]+)/)?.[1] : undefined;
  const source = file ?? attached;
  if (!source) return undefined;
  const url =
    words.find((w) => /^https?:\/\//.test(w)) ??
    positionals(words.slice(1), [
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
      "-o",
    ]).pop() ??
    "?";
  return { tool: "curl upload", source, destination: url };
}

/** The egress a single command (one line, continuations joined) performs, if any. */
export function commandEgress(command: string): CommandEgress | undefined {
  const words = shellWords(command.trim()).filter((w) => !/^[A-Z_][A-Z0-9_]*=/.test(w));
  // `sudo x`, `time x`, `npx x`, `pnpm exec x`: the command is what follows.
  while (["sudo", "time", "exec", "command"].includes(words[0] ?? "")) words.shift();
  for (const [prefix, recognise] of COMMANDS) {
    if (prefix.every((word, i) => words[i] === word)) return recognise(words);
  }
  return undefined;
}

/**
 * The commands of a `run:` script: continuations joined, split on newlines, `&&`, `||`, `;`
 * and pipes. `fallible` marks a command whose failure the script ignores (`cmd || true`).
 */
export function scriptCommands(script: string): { command: string; line: number; fallible: boolean }[] {
  const out: { command: string; line: number; fallible: boolean }[] = [];
  const lines = script.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let text = lines[i]!;
    while (/\\\s*$/.test(text) && i + 1 < lines.length) text = `${text.replace(/\\\s*$/, " ")}${lines[++i]}`;
    const code = text.replace(/(^|\s)#.*$/, "");
    const parts = code.split(/(&&|\|\||;|\|(?!\|))/);
    for (let p = 0; p < parts.length; p += 2) {
      const command = parts[p]!.trim();
      if (command) out.push({ command, line: start, fallible: parts[p + 1] === "||" });
    }
  }
  return out;
}
