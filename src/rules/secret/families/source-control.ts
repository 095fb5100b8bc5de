/**
 * Source control hosts: GitLab's prefixed tokens, Bitbucket, Gitter, Sourcegraph.
 * (GitHub's tokens, with their checksum, are in github-and-npm.ts.)
 */

import { keyed, token } from "../define.js";
import type { SecretFamily } from "../family.js";
import { alnum, anyHex, hex, lower, urlsafe } from "../shape.js";

const gitlab = (id: string, title: string, prefix: string, length: number): SecretFamily =>
  token({ id, title, provider: "GitLab", shape: [prefix, urlsafe(length)] });

/** GitLab 16+ "routable" tokens: a longer random part, then `.`, a version char and a 7-char base36 id. */
const ROUTABLE_TAIL = [".", lower(9)] as const;

export const SOURCE_CONTROL: SecretFamily[] = [
  gitlab("gitlab-pat", "GitLab personal access token", "glpat-", 20),
  token({
    id: "gitlab-pat-routable",
    title: "GitLab personal access token",
    provider: "GitLab",
    shape: ["glpat-", urlsafe(27, 300), ...ROUTABLE_TAIL],
  }),
  token({
    id: "gitlab-pipeline-trigger-token",
    title: "GitLab pipeline trigger token",
    provider: "GitLab",
    shape: ["glptt-", anyHex(40)],
  }),
  gitlab("gitlab-runner-token", "GitLab runner authentication token", "glrt-", 20),
  token({
    id: "gitlab-runner-token-routable",
    title: "GitLab runner authentication token",
    provider: "GitLab",
    shape: ["glrt-", urlsafe(27, 300), ...ROUTABLE_TAIL],
  }),
  gitlab("gitlab-runner-registration-token", "GitLab runner registration token", "GR1348941", 20),
  token({
    id: "gitlab-ci-job-token",
    title: "GitLab CI/CD job token",
    provider: "GitLab",
    // `glcbt-`, a short partition id, `_`, then 20 random characters.
    shape: ["glcbt-", alnum(5), "_", urlsafe(20)],
    source: "glcbt-[A-Za-z0-9]{1,5}_[A-Za-z0-9_-]{20}",
    maxLength: 32,
  }),
  gitlab("gitlab-deploy-token", "GitLab deploy token", "gldt-", 20),
  gitlab("gitlab-feature-flag-token", "GitLab feature flag client token", "glffct-", 20),
  gitlab("gitlab-feed-token", "GitLab feed token", "glft-", 20),
  gitlab("gitlab-incoming-mail-token", "GitLab incoming mail token", "glimt-", 25),
  gitlab("gitlab-agent-token", "GitLab Kubernetes agent token", "glagent-", 50),
  gitlab("gitlab-oauth-app-secret", "GitLab OAuth application secret", "gloas-", 64),
  gitlab("gitlab-scim-token", "GitLab SCIM token", "glsoat-", 20),
  token({
    id: "gitlab-session-cookie",
    title: "GitLab session cookie",
    provider: "GitLab",
    shape: ["_gitlab_session=", lower(32)],
    prefixLength: 16,
  }),
  keyed({
    id: "bitbucket-client-secret",
    title: "Bitbucket OAuth client secret",
    provider: "Bitbucket",
    names: ["bitbucket"],
    value: [alnum(32, 64)],
  }),
  keyed({
    id: "gitter-token",
    title: "Gitter access token",
    provider: "Gitter",
    names: ["gitter"],
    value: [urlsafe(40)],
  }),
  token({
    id: "sourcegraph-token",
    title: "Sourcegraph access token",
    provider: "Sourcegraph",
    // `sgp_`, an optional 16-hex instance id and `_`, then 40 hex characters.
    shape: ["sgp_", hex(40)],
    source: "sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40}",
    maxLength: 61,
  }),
  keyed({
    id: "sourcegraph-legacy-token",
    title: "Sourcegraph access token",
    provider: "Sourcegraph",
    names: ["sourcegraph"],
    value: [anyHex(40)],
  }),
];
