/**
 * A published git remote: `git ls-remote` lists its refs (judged against the baseline and the
 * internal namespaces like a push would be); `--deep` fetches the tips, only the tips
 * (`--depth=1`), into a temporary bare repository, and the trees at them are walked like the
 * `git:` artifact's. Credentials in the URL are used, never shown.
 */
import { resolve } from "node:path";
import picomatch from "picomatch";
import { UserError } from "../core/errors.js";
import { makeTempDir, removeTempDir } from "../engine/temp-dirs.js";
import { redactUrlCredentials } from "../rules/secret/redact.js";
import { git } from "../sources/git/git-command.js";
import { type PushedRef, type PushPlan, remoteStatePlan } from "../sources/git/push-refs.js";
import { parseRemoteUrl } from "../sources/git/remote-url.js";

/**
 * Refs a hosting service makes itself, which nobody pushed: every pull request on GitHub
 * leaves `refs/pull/<n>/head`, GitLab keeps merge-request and pipeline refs. They are not
 * leaks of the organisation, and they cannot be deleted: they are left out.
 */
const SERVER_MADE: Record<string, string[]> = {
  "github.com": ["refs/pull/**"],
  "gitlab.com": [
    "refs/merge-requests/**",
    "refs/pipelines/**",
    "refs/environments/**",
    "refs/keep-around/**",
  ],
};

export interface RemoteState {
  plan: PushPlan;
  /** Server-made refs left out, for the report. */
  skipped: number;
  /** With --deep: the temporary mirror holding the tips, and how to remove it. */
  mirror?: { path: string; remove(): Promise<void> };
}

export async function readRemote(url: string, key: string, cwd: string, deep: boolean): Promise<RemoteState> {
  const location = fetchableUrl(url, cwd);
  const listed = await redacted(() => git({ cwd, artifact: key }, ["ls-remote", "--", location]));
  const serverMade = serverMadeRefs(url);
  const all = parseLsRemote(listed ?? "");
  const kept = all.filter((ref) => !serverMade(ref.name));
  const skipped = all.length - kept.length;
  // A credential in an audited URL is how the audit logs in (a CI secret), not something
  // published: it is masked, not reported.
  const remote = { ...parseRemoteUrl(url), hasCredentials: false };
  if (!deep) {
    return {
      plan: {
        url: remote,
        mirror: true,
        rule: "what the remote has (git ls-remote)",
        refs: kept,
        shallow: false,
      },
      skipped,
    };
  }
  const path = await makeTempDir("leakgate-mirror-");
  const remove = () => removeTempDir(path);
  try {
    const mirror = { cwd: path, artifact: key };
    await git(mirror, ["init", "--bare", "--quiet"]);
    if (kept.length > 0) {
      const excluded = (SERVER_MADE[remote.host ?? ""] ?? []).map((glob) => `^${glob.replace("**", "*")}`);
      await redacted(() =>
        git(mirror, [
          "fetch",
          "--quiet",
          "--no-tags",
          "--depth=1",
          "--no-write-fetch-head",
          "--",
          location,
          "+refs/*:refs/*",
          ...excluded,
        ]),
      );
    }
    const plan = await remoteStatePlan(mirror, url);
    plan.url = remote;
    plan.refs = plan.refs.filter((ref) => !serverMade(ref.name));
    return { plan, skipped, mirror: { path, remove } };
  } catch (error) {
    await remove();
    throw error;
  }
}

/** `sha<TAB>ref` lines; a `ref^{}` line gives the commit an annotated tag points at. */
export function parseLsRemote(text: string): PushedRef[] {
  const peeled = new Map<string, string>();
  const refs: { name: string; sha: string }[] = [];
  for (const line of text.split("\n")) {
    const [sha, name] = line.split("\t");
    if (!sha || !name || name === "HEAD") continue;
    if (name.endsWith("^{}")) peeled.set(name.slice(0, -3), sha);
    else refs.push({ name, sha });
  }
  return refs
    .map(({ name, sha }) => {
      const tip = peeled.get(name);
      return {
        name,
        source: name,
        sha,
        tip: tip ?? sha,
        tipType: "commit",
        ...(tip ? { annotated: true } : {}),
      };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function serverMadeRefs(url: string): (ref: string) => boolean {
  const globs = SERVER_MADE[parseRemoteUrl(url).host ?? ""] ?? [];
  return globs.length ? picomatch(globs, { dot: true }) : () => false;
}

/** A local path becomes a file:// URL, so that `--depth` applies to it as to any remote. */
function fetchableUrl(url: string, cwd: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) || /^[^/:\s]+@[^/:\s]+:/.test(url)) return url;
  return `file://${resolve(cwd, url.replace(/^file:/, ""))}`;
}

/** git's own messages may repeat the URL it was given: credentials come out of them. */
async function redacted<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UserError) throw new UserError(error.kind, redactUrlCredentials(error.message));
    throw error;
  }
}
