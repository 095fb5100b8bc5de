/**
 * Git remote URLs in every form people write them: `https://host/owner/repo.git`,
 * `ssh://git@host:22/owner/repo`, scp-like `git@host:owner/repo.git`, `file:///srv/x.git`
 * and plain paths; with credentials (`https://user:token@host/…`), which are taken out
 * before anything shows the URL.
 */

export interface RemoteUrl {
  /** The URL with credentials replaced by `***`. */
  shown: string;
  /** `host/owner/repo` (no scheme, user, port or `.git`), or the path for local remotes. */
  location: string;
  host?: string;
  /** `owner/repo` on a hosted remote. */
  repository?: string;
  /** Whether the URL carried a password or token (a secret in its own right). */
  hasCredentials: boolean;
  /** The credential itself, for masking in logs only. */
  credential?: string;
}

export function parseRemoteUrl(url: string): RemoteUrl {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\/(?:([^@/]*)@)?([^/:]*)(?::(\d+))?(\/.*)?$/i.exec(url);
  if (scheme && scheme[1]!.toLowerCase() !== "file") {
    const [, protocol, userinfo, host, port, path = ""] = scheme;
    const password = userinfo?.includes(":") ? userinfo.slice(userinfo.indexOf(":") + 1) : undefined;
    // A user name alone is a credential on https (`https://TOKEN@github.com/…`), not on ssh (`git@`).
    const token =
      password ?? (userinfo && /^https?$/i.test(protocol!) && userinfo.length >= 16 ? userinfo : undefined);
    const user = userinfo && !token ? `${userinfo}@` : token ? "***@" : "";
    return hosted(`${protocol}://${user}${host}${port ? `:${port}` : ""}${path}`, host!, path, token);
  }
  const scp = /^(?:([^@/]+)@)?([^/:]+):(?!\/\/)(.+)$/.exec(url);
  if (scp && !/^[A-Za-z]$/.test(scp[2]!)) {
    return hosted(url, scp[2]!, `/${scp[3]}`, undefined);
  }
  const path = url.replace(/^file:\/\//i, "");
  return { shown: url, location: path.replace(/\/+$/, "").replace(/\.git$/, ""), hasCredentials: false };
}

function hosted(shown: string, host: string, path: string, credential: string | undefined): RemoteUrl {
  const repository = path
    .replace(/^\/+/, "")
    .replace(/\/+$/, "")
    .replace(/\.git$/, "");
  return {
    shown,
    location: `${host.toLowerCase()}/${repository}`,
    host: host.toLowerCase(),
    repository,
    hasCredentials: credential !== undefined,
    ...(credential ? { credential } : {}),
  };
}
