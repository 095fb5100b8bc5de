/**
 * Which repository is being released (`owner/repo`): GITHUB_REPOSITORY on a runner (what
 * `@actions/github`'s context reads), else the `origin` remote of the working directory.
 * The organisation's default owner comes from it.
 */
import { git } from "./git-command.js";
import { parseRemoteUrl } from "./remote-url.js";

export async function detectRepository(
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | undefined> {
  if (env.GITHUB_REPOSITORY && /^[^/]+\/[^/]+$/.test(env.GITHUB_REPOSITORY)) return env.GITHUB_REPOSITORY;
  try {
    const url = (
      await git({ cwd, artifact: "origin" }, ["remote", "get-url", "origin"], { allowFailure: true })
    )?.trim();
    if (!url) return undefined;
    const { repository } = parseRemoteUrl(url);
    return repository?.includes("/") ? repository : undefined;
  } catch {
    return undefined; // not a repository, or git missing: the owner is then unknown
  }
}
