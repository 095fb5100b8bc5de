/**
 * The built-in catalogue of paths that should not ship, as data. Each pattern carries
 * samples that must and must not match; one test runs them all (as gitleaks does with its
 * rules), so a pattern cannot silently drift.
 *
 * Globs are picomatch globs matched case-insensitively against an entry's path inside its
 * innermost container, with a leading `package/` (npm tarballs) removed.
 */
import type { Severity } from "../model.js";

export interface InternalPathPattern {
  id: string;
  globs: string[];
  /** Globs that exempt otherwise matching paths (`.env.example`, public certificates). */
  except?: string[];
  severity: Severity;
  /** What such a file is and why it matters; `{name}` is replaced by the file name. */
  what: string;
  fix: string;
  samples: { match: string[]; noMatch: string[] };
}

const REMOVE =
  "Remove it from the release: add it to `.npmignore` or narrow `files` in package.json (or the upload step's include list).";

export const INTERNAL_PATH_PATTERNS: readonly InternalPathPattern[] = [
  {
    id: "env-file",
    globs: ["**/.env", "**/.env.*", "**/*.env"],
    except: [
      "**/.env.example",
      "**/.env.sample",
      "**/.env.template",
      "**/.env.defaults",
      "**/.env.dist",
      "**/*.example.env",
    ],
    severity: "error",
    what: "`{name}` is an environment file; such files usually hold credentials and internal endpoints",
    fix: REMOVE,
    samples: {
      match: [".env", "files/.env.prod", "config/.env.production.local", "app/prod.env"],
      noMatch: [".env.example", "docs/.env.sample", ".environment.md", "envelope.js", "lib/env.js"],
    },
  },
  {
    id: "private-key",
    globs: ["**/*.pem", "**/*.key", "**/id_rsa", "**/id_dsa", "**/id_ecdsa", "**/id_ed25519", "**/*.ppk"],
    except: ["**/*{cert,pub,public,chain,ca,bundle}*.pem", "**/*.pub"],
    severity: "error",
    what: "`{name}` looks like a private key; anyone who downloads the release could impersonate its owner",
    fix: `${REMOVE} Then rotate the key.`,
    samples: {
      match: [
        "server.key",
        "certs/private.pem",
        "deploy/id_rsa",
        "home/.ssh/id_ed25519",
        "tls/tls.key",
        "putty.ppk",
      ],
      noMatch: ["certs/ca-bundle.pem", "cert.pem", "id_rsa.pub", "keyboard.js", "monkey.json"],
    },
  },
  {
    id: "keystore",
    globs: ["**/*.p12", "**/*.pfx", "**/*.jks", "**/*.keystore", "**/*.kdbx", "**/*.gpg", "**/secring.*"],
    severity: "error",
    what: "`{name}` is a keystore or password database",
    fix: `${REMOVE} Then rotate what it protects.`,
    samples: {
      match: ["android/release.keystore", "cert.p12", "win/sign.pfx", "java/keys.jks", "vault.kdbx"],
      noMatch: ["p12.js", "keystore.md"],
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
    samples: {
      match: [
        ".npmrc",
        "x/.aws/credentials",
        ".ssh/config",
        ".docker/config.json",
        "gcp/credentials.json",
        "infra/prod.tfstate",
        ".terraform/modules/m.json",
      ],
      noMatch: ["docs/npmrc.md", "aws.js", "credentials.ts", "terraform.md"],
    },
  },
  {
    id: "vcs-state",
    globs: ["**/.git/**", "**/.git", "**/.svn/**", "**/.hg/**", "**/.bzr/**"],
    severity: "error",
    what: "`{name}` is version-control state; it can hold the full history of the repository, including deleted files",
    fix: "Build the release from a clean export, or exclude VCS directories from the archive step.",
    samples: {
      match: [".git/config", "vendor/lib/.git/HEAD", ".svn/entries", ".hg/store/data"],
      noMatch: [".gitignore", ".github/workflows/ci.yml", ".gitattributes"],
    },
  },
  {
    id: "editor-state",
    globs: ["**/.idea/**", "**/.vscode/**", "**/*.swp", "**/.DS_Store"],
    except: ["**/.vscode/extensions.json"],
    severity: "warning",
    what: "`{name}` is editor or workstation state; it reveals local paths and settings",
    fix: REMOVE,
    samples: {
      match: [".idea/workspace.xml", ".vscode/settings.json", "src/.main.ts.swp", "assets/.DS_Store"],
      noMatch: ["idea.md", "vscode.js", ".vscode/extensions.json"],
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
      "**/core.[0-9]*",
    ],
    severity: "warning",
    what: "`{name}` is a log, database or memory dump; such files capture data from the machine that made them",
    fix: REMOVE,
    samples: {
      match: [
        "npm-debug.log",
        "logs/app.log",
        "data/cache.sqlite",
        "db.dump",
        "core",
        "core.12345",
        "heap.heapsnapshot",
      ],
      noMatch: ["core.js", "logger.ts", "dialog.js", "lib/core/index.js"],
    },
  },
];
