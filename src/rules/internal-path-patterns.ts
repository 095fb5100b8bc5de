/**
 * The built-in catalogue of paths that should not ship, as data. Each pattern carries
 * samples that must and must not match; one test runs them all (as gitleaks does with its
 * rules), so a pattern cannot silently drift.
 *
 * Globs are picomatch globs matched case-insensitively against an entry's path inside its
 * innermost container, with a leading `package/` (npm tarballs) removed. A path matches a
 * pattern when it matches one of `globs` and either none of `except` or one of `keep`.
 *
 * Choices a reviewer might question:
 * - `*.pem` holds certificates as often as keys. A `.pem` whose name says certificate or
 *   public (`cert`, `chain`, `bundle`, `public`, `pubkey`, `rootCA`, or `ca`/`pub` as a word:
 *   `ca.pem`, `my-ca.pem`) is not reported, unless the name also says private (`priv`,
 *   `secret`, `ca-key`, `cert-key`: mkcert's `rootCA-key.pem`, cfssl's `ca-key.pem`).
 *   Any other `.pem` is an error: a wrongly flagged certificate costs one `allow` line; a
 *   missed key costs a rotation.
 * - Public SSH keys (`id_rsa.pub`) are not reported: publishing them is harmless.
 * - `.env.example`, `.env.sample`, `.env.template`, `.env.defaults`, `.env.dist` are
 *   templates meant to be shared; every other `.env*` (`.env.test` included) is an error.
 * - `*.gpg` is not in the catalogue: it is as often a public keyring (`archive-keyring.gpg`)
 *   or an encrypted file as a secret keyring; `secring.*` and `.gnupg/` are.
 */
import type { Severity } from "../core/model.js";

export interface InternalPathPattern {
  id: string;
  globs: string[];
  /** Globs that exempt otherwise matching paths (`.env.example`, certificates). */
  except?: string[];
  /** Globs that match even when an `except` glob does (`rootCA-key.pem` is a key, not a certificate). */
  keep?: string[];
  severity: Severity;
  /** What such a file is and why it matters; `{name}` is replaced by the file name. */
  what: string;
  /**
   * How to stop it. `{ignore}` is replaced by a line for `.npmignore`: a directory from
   * `dirs` the path is in (`.git/`), else `ignoreLine` when it matches the name, else the name.
   */
  fix: string;
  /** Directory names this pattern is about, suggested as `<dir>/` in the fix. */
  dirs?: string[];
  /** A broader ignore line to suggest when it matches the file name (`.env*`). */
  ignoreLine?: string;
  samples: { match: string[]; noMatch: string[] };
}

/** `{leaveOut}` becomes the advice for the artifact's kind (rules/leave-out.ts), about `{ignore}`. */
const REMOVE = "Remove it from the release: {leaveOut}.";

export const INTERNAL_PATH_PATTERNS: readonly InternalPathPattern[] = [
  {
    id: "env-file",
    globs: ["**/.env", "**/.env.*", "**/*.env", "**/.envrc"],
    except: [
      "**/.env.example",
      "**/.env.sample",
      "**/.env.template",
      "**/.env.defaults",
      "**/.env.dist",
      "**/*.example.env",
      "**/*.sample.env",
    ],
    severity: "error",
    what: "`{name}` is an environment file; such files usually hold credentials and internal endpoints",
    fix: REMOVE,
    ignoreLine: ".env*",
    samples: {
      match: [
        ".env",
        "files/.env.prod",
        "config/.env.production.local",
        "app/prod.env",
        ".envrc",
        "test/.env.test",
        "DIST/.ENV.LOCAL",
      ],
      noMatch: [
        ".env.example",
        "docs/.env.sample",
        ".env.template",
        ".env.defaults",
        "app/prod.example.env",
        ".environment.md",
        "envelope.js",
        "lib/env.js",
        "src/env/index.js",
      ],
    },
  },
  {
    id: "private-key",
    globs: ["**/*.pem", "**/*.key", "**/id_{rsa,dsa,ecdsa,ed25519}*", "**/*.ppk"],
    except: [
      "**/*.pub",
      "**/*{cert,chain,bundle,public,pubkey,rootca}*.pem",
      "**/{ca,pub}.pem",
      "**/{ca,pub}[-_.]*.pem",
      "**/*[-_.]{ca,pub}.pem",
      "**/*[-_.]{ca,pub}[-_.]*.pem",
    ],
    keep: ["**/*{priv,secret}*.pem", "**/*{ca,cert,crt}[-_.]key*.pem"],
    severity: "error",
    what: "`{name}` looks like a private key; anyone who downloads the release could impersonate its owner",
    fix: `${REMOVE} Then rotate the key.`,
    samples: {
      match: [
        "server.key",
        "certs/private.pem",
        "local.pem",
        "tls/server.pem",
        "deploy/id_rsa",
        "home/.ssh/id_ed25519",
        "keys/id_rsa_github",
        "backup/id_ecdsa.old",
        "putty.ppk",
        "mkcert/rootCA-key.pem",
        "cfssl/ca-key.pem",
        "letsencrypt/live/example.com/privkey.pem",
        "tls/cert-key.pem",
      ],
      noMatch: [
        "cert.pem",
        "certs/ca-bundle.pem",
        "ca.pem",
        "mkcert/rootCA.pem",
        "letsencrypt/live/example.com/fullchain.pem",
        "tls/my-ca.pem",
        "public-key.pem",
        "id_rsa.pub",
        "keys/id_ed25519.pub",
        "keyboard.js",
        "monkey.json",
        "src/key.ts",
      ],
    },
  },
  {
    id: "keystore",
    globs: ["**/*.p12", "**/*.pfx", "**/*.jks", "**/*.jceks", "**/*.keystore", "**/*.kdbx", "**/secring.*"],
    severity: "error",
    what: "`{name}` is a keystore or password database",
    fix: `${REMOVE} Then rotate what it protects.`,
    samples: {
      match: [
        "android/release.keystore",
        "cert.p12",
        "win/sign.pfx",
        "java/keys.jks",
        "vault.kdbx",
        "gnupg/secring.gpg",
      ],
      noMatch: ["p12.js", "keystore.md", "keys/archive-keyring.gpg", "pubring.gpg", "src/keystore.ts"],
    },
  },
  {
    id: "credentials",
    globs: [
      "**/.npmrc",
      "**/.yarnrc.yml",
      "**/.pypirc",
      "**/.netrc",
      "**/_netrc",
      "**/.git-credentials",
      "**/.htpasswd",
      "**/.aws/**",
      "**/.ssh/**",
      "**/.gnupg/**",
      "**/.docker/config.json",
      "**/.kube/config",
      "**/credentials.json",
      "**/service-account*.json",
      "**/*.tfstate",
      "**/*.tfstate.backup",
      "**/.terraform/**",
      "**/.vault-token",
    ],
    severity: "error",
    what: "`{name}` is a credentials or infrastructure-state file",
    fix: `${REMOVE} Then rotate any credential it held.`,
    dirs: [".aws", ".ssh", ".gnupg", ".docker", ".kube", ".terraform"],
    samples: {
      match: [
        ".npmrc",
        "x/.aws/credentials",
        ".ssh/config",
        ".ssh/known_hosts",
        ".docker/config.json",
        ".kube/config",
        "gcp/credentials.json",
        "gcp/service-account-prod.json",
        "infra/prod.tfstate",
        "infra/terraform.tfstate.backup",
        ".terraform/modules/m.json",
        ".git-credentials",
      ],
      noMatch: [
        "docs/npmrc.md",
        "aws.js",
        "credentials.ts",
        "terraform.md",
        "lib/aws/credentials.js",
        ".docker/daemon.md",
        "docker/config.json",
      ],
    },
  },
  {
    id: "vcs-state",
    globs: ["**/.git/**", "**/.git", "**/.svn/**", "**/.hg/**", "**/.bzr/**"],
    severity: "error",
    what: "`{name}` is version-control state; it can hold the full history of the repository, including deleted files",
    fix: "Build the release from a clean export, or exclude `{ignore}` from the archive step.",
    dirs: [".git", ".svn", ".hg", ".bzr"],
    samples: {
      match: [".git/config", "vendor/lib/.git/HEAD", ".git", ".svn/entries", ".hg/store/data"],
      noMatch: [".gitignore", ".github/workflows/ci.yml", ".gitattributes", ".gitkeep", "git/config.js"],
    },
  },
  {
    id: "editor-state",
    globs: ["**/.idea/**", "**/.vscode/**", "**/*.swp", "**/.DS_Store"],
    except: ["**/.vscode/extensions.json"],
    severity: "warning",
    what: "`{name}` is editor or workstation state; it reveals local paths and settings",
    fix: REMOVE,
    dirs: [".idea", ".vscode"],
    samples: {
      match: [".idea/workspace.xml", ".vscode/settings.json", "src/.main.ts.swp", "assets/.DS_Store"],
      noMatch: ["idea.md", "vscode.js", ".vscode/extensions.json", "src/swp.js"],
    },
  },
  {
    id: "logs-and-dumps",
    globs: [
      "**/*.log",
      "**/*.sqlite",
      "**/*.sqlite3",
      "**/*.dump",
      "**/*.hprof",
      "**/*.heapsnapshot",
      "**/core",
      "**/core.+([0-9])",
    ],
    severity: "warning",
    what: "`{name}` is a log, database or memory dump; such files capture data from the machine that made them",
    fix: REMOVE,
    samples: {
      match: [
        "npm-debug.log",
        "logs/app.log",
        "data/cache.sqlite",
        "data/app.sqlite3",
        "db.dump",
        "java_pid123.hprof",
        "core",
        "core.12345",
        "heap.heapsnapshot",
      ],
      noMatch: ["core.js", "core.2.js", "logger.ts", "dialog.js", "lib/core/index.js", "log/index.js"],
    },
  },
];
