/**
 * Which refs a `git push` to a destination would send, computed from the repository's own
 * configuration, the way git decides it:
 *
 *   remote.<name>.mirror = true, or `git:<remote>?mirror`   every ref under refs/ (what
 *                                                            `git push --mirror` sends)
 *   remote.<name>.push refspecs                              the refs they match, under the
 *                                                            names they map to
 *   neither                                                  push.default (simple, current,
 *                                                            upstream: the current branch;
 *                                                            matching: branches the remote has
 *                                                            too; nothing: none)
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { inputError } from "../../core/errors.js";
import { type GitContext, git } from "./git-command.js";
import { parseRemoteUrl, type RemoteUrl } from "./remote-url.js";

export interface PushedRef {
  /** The ref's name where it arrives (`refs/heads/main`). */
  name: string;
  /** The local ref it comes from. */
  source: string;
  /** The object it points at. */
  sha: string;
  /** The commit (or tree, or blob) whose content ships: annotated tags are peeled. */
  tip: string;
  tipType: string;
  /** An annotated tag: its message ships too (`sha` is the tag object). */
  annotated?: boolean;
}

export interface PushPlan {
  /** The remote's name, when the destination is a configured remote. */
  remote?: string;
  url: RemoteUrl;
  mirror: boolean;
  /** How the refs were decided, for the report. */
  rule: string;
  /** Sorted: the current branch first (its files are listed under it), then by name. */
  refs: PushedRef[];
  /** A shallow clone: history (and refs the remote has) is missing here. */
  shallow: boolean;
}

interface LocalRef {
  name: string;
  sha: string;
  type: string;
  peeled: string;
}

/** `origin`, `origin?mirror`, `https://…`, `/srv/mirror.git?mirror`. */
export async function planPush(context: GitContext, target: string): Promise<PushPlan> {
  const plan = await decidePush(context, target);
  plan.shallow = (await git(context, ["rev-parse", "--is-shallow-repository"]))?.trim() === "true";
  const head = (await git(context, ["symbolic-ref", "-q", "HEAD"], { allowFailure: true }))?.trim();
  const rank = (ref: PushedRef) => (ref.source === head ? 0 : 1);
  plan.refs.sort((a, b) => rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return plan;
}

async function decidePush(context: GitContext, target: string): Promise<PushPlan> {
  const mirrorFlag = /\?mirror$/.test(target);
  const destination = target.replace(/\?mirror$/, "");
  await requireRepository(context);
  const remotes = ((await git(context, ["remote"])) ?? "").split("\n").filter(Boolean);
  const remote = remotes.includes(destination) ? destination : undefined;
  if (!remote && !looksLikeUrl(destination) && !existsSync(resolve(context.cwd, destination))) {
    throw inputError(
      context.artifact,
      `"${destination}" is neither a remote of this repository (${remotes.join(", ") || "it has none"}) nor a URL or path`,
    );
  }
  // `ls-remote --get-url` applies url.<base>.insteadOf/pushInsteadOf rewriting, as a push would.
  const rawUrl = remote
    ? ((await git(context, ["remote", "get-url", "--push", remote])) ?? "").trim()
    : ((await git(context, ["ls-remote", "--get-url", destination])) ?? destination).trim();
  const url = parseRemoteUrl(rawUrl);
  const configured = async (key: string) =>
    ((await git(context, ["config", "--get-all", key], { allowFailure: true })) ?? "")
      .split("\n")
      .filter(Boolean);
  const mirror =
    mirrorFlag || (remote !== undefined && (await configured(`remote.${remote}.mirror`))[0] === "true");
  const locals = await localRefs(context);
  if (locals.length === 0) {
    throw inputError(
      context.artifact,
      "the repository has no refs (no commits yet): there is nothing a push would send",
    );
  }
  const base = { ...(remote ? { remote } : {}), url, mirror, shallow: false };
  // Configured push refspecs win over remote.<name>.mirror (git does the same); `?mirror` wins over both.
  const refspecs = remote && !mirrorFlag ? await configured(`remote.${remote}.push`) : [];
  if (refspecs.length > 0) {
    const head = await headRef(context);
    return {
      ...base,
      mirror: false,
      rule: `remote.${remote}.push ${refspecs.join(" ")}`,
      refs: await followTags(context, applyRefspecs(refspecs, head ? [...locals, head] : locals), locals),
    };
  }
  if (mirror) {
    return {
      ...base,
      rule: "mirror: every ref under refs/",
      refs: locals.map((ref) => pushed(ref, ref.name)),
    };
  }
  const mode = (await configured("push.default"))[0] ?? "simple";
  return {
    ...base,
    rule: `push.default=${mode}`,
    refs: await followTags(context, await pushDefault(context, mode, destination, locals), locals),
  };
}

/**
 * What a remote has, as a push plan over a temporary mirror of it (`leakgate audit git: --deep`):
 * every ref fetched into `context.cwd`, named where it lives on the remote.
 */
export async function remoteStatePlan(context: GitContext, url: string): Promise<PushPlan> {
  const refs = (await localRefs(context)).map((ref) => pushed(ref, ref.name));
  refs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    url: parseRemoteUrl(url),
    mirror: true,
    rule: "what the remote has (git ls-remote)",
    refs,
    shallow: false,
  };
}

/** `https://…`, `ssh://…`, `file://…`, or scp-like `git@host:owner/repo`. */
function looksLikeUrl(text: string): boolean {
  return (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ||
    /^[^/:\s]+@[^/:\s]+:/.test(text) ||
    /^[^/:\s]+\.[^/:\s]+:[^/]/.test(text)
  );
}

async function requireRepository(context: GitContext): Promise<void> {
  try {
    await git(context, ["rev-parse", "--git-dir"]);
  } catch {
    throw inputError(context.artifact, `${context.cwd} is not a git repository`);
  }
}

async function localRefs(context: GitContext): Promise<LocalRef[]> {
  const out =
    (await git(context, [
      "for-each-ref",
      "--format=%(refname)%00%(objectname)%00%(objecttype)%00%(*objectname)",
    ])) ?? "";
  return (
    out
      .split("\n")
      .filter(Boolean)
      .map((line) => {
        const [name, sha, type, peeled] = line.split("\0") as [string, string, string, string];
        return { name, sha, type, peeled: peeled || sha };
      })
      // git push never sends one-level refs such as refs/stash, not even with --mirror.
      .filter((ref) => ref.name.indexOf("/", "refs/".length) !== -1)
  );
}

function pushed(ref: LocalRef, name: string): PushedRef {
  return {
    name,
    source: ref.name,
    sha: ref.sha,
    tip: ref.peeled,
    tipType: ref.type === "tag" ? "commit" : ref.type,
    ...(ref.type === "tag" ? { annotated: true } : {}),
  };
}

/** `[+]src[:dst]`, globs with one `*`, and negative `^src` refspecs, as git applies them. */
export function applyRefspecs(
  refspecs: readonly string[],
  locals: readonly { name: string; sha: string; type: string; peeled: string }[],
): PushedRef[] {
  const negative = refspecs
    .filter((r) => r.startsWith("^"))
    .map((r) => r.slice(1))
    .map(
      (pattern) => (name: string) => (pattern.includes("*") ? globMatch(pattern, name) : name === pattern),
    );
  const out = new Map<string, PushedRef>();
  for (const spec of refspecs.filter((r) => !r.startsWith("^"))) {
    const [written = "", dst = written] = spec.replace(/^\+/, "").split(":");
    if (!written) continue; // `:dst` deletes a remote ref: nothing is sent
    // `@` is HEAD; HEAD (the current commit) is matched by the HEAD entry of `locals`.
    const src = written === "@" ? "HEAD" : written;
    const full = src.startsWith("refs/") || src === "HEAD" ? src : `refs/heads/${src}`;
    for (const ref of locals) {
      if (negative.some((match) => match(ref.name))) continue;
      const star = full.indexOf("*");
      if (star === -1 ? ref.name !== full : !globMatch(full, ref.name)) continue;
      const captured = star === -1 ? "" : ref.name.slice(star, ref.name.length - (full.length - star - 1));
      const target = (dst.startsWith("refs/") ? dst : `refs/heads/${dst}`).replace("*", captured);
      out.set(target, pushed(ref, target));
    }
  }
  return [...out.values()];
}

function globMatch(pattern: string, name: string): boolean {
  const star = pattern.indexOf("*");
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  return name.length >= prefix.length + suffix.length && name.startsWith(prefix) && name.endsWith(suffix);
}

/** The current commit as a pseudo-ref named HEAD, for `HEAD:refs/heads/x` refspecs. */
async function headRef(context: GitContext): Promise<LocalRef | undefined> {
  const sha = (await git(context, ["rev-parse", "--verify", "-q", "HEAD"], { allowFailure: true }))?.trim();
  return sha ? { name: "HEAD", sha, type: "commit", peeled: sha } : undefined;
}

/**
 * push.followTags: annotated tags that point at commits the push sends go too. Computed
 * with `git tag --merged <tip>` for each pushed tip.
 */
async function followTags(
  context: GitContext,
  refs: PushedRef[],
  locals: readonly LocalRef[],
): Promise<PushedRef[]> {
  const setting = (
    await git(context, ["config", "--get", "push.followTags"], { allowFailure: true })
  )?.trim();
  if (setting !== "true") return refs;
  const out = new Map(refs.map((ref) => [ref.name, ref]));
  for (const tip of new Set(refs.map((ref) => ref.tip))) {
    const merged = (
      (await git(context, ["for-each-ref", "--merged", tip, "--format=%(refname)", "refs/tags"])) ?? ""
    )
      .split("\n")
      .filter(Boolean);
    for (const name of merged) {
      const tag = locals.find((ref) => ref.name === name && ref.type === "tag");
      if (tag && !out.has(name)) out.set(name, pushed(tag, name));
    }
  }
  return [...out.values()];
}

async function pushDefault(
  context: GitContext,
  mode: string,
  destination: string,
  locals: LocalRef[],
): Promise<PushedRef[]> {
  if (mode === "nothing") return [];
  const branches = locals.filter((r) => r.name.startsWith("refs/heads/"));
  if (mode === "matching") {
    const remote = ((await git(context, ["ls-remote", "--heads", destination])) ?? "")
      .split("\n")
      .map((line) => line.split("\t")[1])
      .filter(Boolean);
    return branches.filter((b) => remote.includes(b.name)).map((b) => pushed(b, b.name));
  }
  const head = (await git(context, ["symbolic-ref", "-q", "HEAD"], { allowFailure: true }))?.trim();
  const current = branches.find((b) => b.name === head);
  if (!current) return []; // detached HEAD: git push would refuse
  if (mode === "upstream") {
    const short = current.name.slice("refs/heads/".length);
    const merge = (
      await git(context, ["config", "--get", `branch.${short}.merge`], { allowFailure: true })
    )?.trim();
    return [pushed(current, merge || current.name)];
  }
  return [pushed(current, current.name)];
}
