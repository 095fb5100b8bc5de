import { createRequire as __leakgateCreateRequire } from "node:module";
import { fileURLToPath as __leakgateFileURLToPath } from "node:url";
import { dirname as __leakgateDirname } from "node:path";
const require = __leakgateCreateRequire(import.meta.url);
const __filename = __leakgateFileURLToPath(import.meta.url);
const __dirname = __leakgateDirname(__filename);

// src/core/rule-catalogue.ts
var DOCS_URL = "https://github.com/leakgate/leakgate";
var RULE_CATALOGUE = [
  {
    id: "internal-path",
    securitySeverity: 7.5,
    cwe: [538],
    precision: "high",
    name: "InternalFileShipped",
    title: "Internal file in the release",
    summary: "A file that should not ship, known by its path: env files, keys, credentials, VCS and editor state, logs.",
    fix: "Remove it from the release: `.npmignore`, or narrow `files` in package.json (or the upload step's include list).",
    defaultSeverity: "error",
    tags: ["security", "leak"],
    readme: [
      {
        catches: "files that should not ship, by path: env files (`.env`, `.env.*`, not `.env.example`/`.sample`/`.template`), private keys and keystores (`*.pem` except certificates, `*.key`, `id_rsa`…, `*.p12`, `*.pfx`, `*.jks`, `*.kdbx`), credentials (`.npmrc`, `.pypirc`, `.netrc`, `.aws/`, `.ssh/`, `.docker/config.json`, `credentials.json`, `*.tfstate`, `.terraform/`), VCS state (`.git/`, `.svn/`, `.hg/`); your own `internal` globs",
        severity: "error",
        fix: "remove the file: `.npmignore`, or narrow `files`"
      },
      {
        catches: "editor and workstation state (`.idea/`, `.vscode/`, `*.swp`, `.DS_Store`), logs and dumps (`*.log`, `*.sqlite`, `*.dump`, `*.heapsnapshot`, `core`), TypeScript sources under `src/` shipped next to their build (one finding per artifact)",
        severity: "warning"
      }
    ]
  },
  {
    id: "source-map",
    securitySeverity: 7.5,
    cwe: [540],
    precision: "high",
    name: "SourceMapExposesSources",
    title: "Source map exposes sources",
    summary: "A source map embeds original sources that are not shipped, or discloses build paths and hosts.",
    fix: "Build with `sourcesContent: false`, or leave source maps out of the release.",
    defaultSeverity: "error",
    tags: ["security", "leak"],
    readme: [
      {
        catches: "`.map` files and inline `sourceMappingURL=data:` maps in `.js/.mjs/.cjs/.css`: **embedded `sourcesContent` of the publisher's own sources that are not shipped** (the incident)",
        severity: "error",
        fix: "build with `sourcesContent: false`, or leave maps out"
      },
      {
        catches: "sources outside the package or absolute (`/home/runner/…`, `C:\\Users\\…`) without content (path disclosure); a `sourceMappingURL` pointing at a host; a map that cannot be parsed",
        severity: "warning",
        fix: "relative source roots; no host URLs in released files"
      },
      {
        catches: "maps of shipped files only, or embedding only third-party (`node_modules`) sources",
        severity: "note"
      }
    ]
  },
  {
    id: "secret",
    securitySeverity: 9,
    cwe: [798],
    precision: "high",
    name: "SecretInReleasedFile",
    title: "Secret in a released file",
    summary: "A credential in file contents: about 200 token formats, private keys, passwords in URLs and config files, JWTs.",
    fix: "Remove the value from the file and the release, and rotate it.",
    defaultSeverity: "error",
    tags: ["security", "leak", "secret"],
    readme: [
      {
        catches: "credentials, by their own format or by the provider name bound to them: about 200 families of cloud, source control, CI/CD, package registry, chat, mail, payment, observability, AI and SaaS tokens (see [Secret families](#secret-families)); PEM, OpenSSH and PGP private keys; passwords in URLs, `.npmrc` auth tokens, docker `auths`, `Authorization` headers",
        severity: "error",
        fix: "remove the value and **rotate it**"
      },
      {
        catches: "JWTs; keys public by design (browser Google keys, publishable and public keys, client ids), Stripe test keys, GitHub and npm tokens whose checksum fails; generic `password`/`secret`/`token`/`api_key` assignments whose value looks random (entropy ≥ `thresholds.genericSecretEntropy`, mixed character classes)",
        severity: "warning"
      }
    ]
  },
  {
    id: "large-file",
    securitySeverity: 2,
    cwe: [538],
    precision: "medium",
    name: "LargeFile",
    title: "Large file",
    summary: "A single file larger than thresholds.maxFileSize.",
    fix: "Check that it is meant to ship; if so, record it in the baseline or raise the threshold.",
    defaultSeverity: "warning",
    tags: ["size"],
    readme: [
      {
        catches: "a single file over `thresholds.maxFileSize` (10 MiB)",
        severity: "warning",
        fix: "check it is meant to ship"
      }
    ]
  },
  {
    id: "unexpected-large-file",
    securitySeverity: 5,
    cwe: [538],
    precision: "medium",
    name: "UnexpectedLargeFile",
    title: "Unexpected large file",
    summary: "A file that is not in the baseline and is at least thresholds.newFileSize.",
    fix: "Remove it, or refresh the baseline if it is meant to ship.",
    defaultSeverity: "error",
    tags: ["baseline", "size"],
    readme: [
      {
        catches: "(baseline) a new file of `thresholds.newFileSize` (1 MiB) or more",
        severity: "error",
        fix: "remove it, or refresh the baseline"
      }
    ]
  },
  {
    id: "unexpected-file",
    securitySeverity: 4,
    cwe: [538],
    precision: "medium",
    name: "UnexpectedFile",
    title: "Unexpected file",
    summary: "A file that is not in the baseline.",
    fix: "Remove it, or refresh the baseline if it is meant to ship.",
    defaultSeverity: "warning",
    tags: ["baseline"],
    readme: [
      {
        catches: "(baseline) any other new file that no rule already reports",
        severity: "warning (error with `strict`)",
        fix: "remove it, or refresh the baseline"
      }
    ]
  },
  {
    id: "file-growth",
    securitySeverity: 4,
    cwe: [538],
    precision: "medium",
    name: "FileGrowth",
    title: "File grew since the baseline",
    summary: "A file grew by more than growthFactor and growthBytes since the baseline.",
    fix: "Find out what the build started adding; refresh the baseline if the growth is intended.",
    defaultSeverity: "error",
    tags: ["baseline", "size"],
    readme: [
      {
        catches: "(baseline) a file grown more than `growthFactor` (2×) **and** more than `growthBytes` (512 KiB)",
        severity: "error",
        fix: "find out what the build started adding"
      }
    ]
  },
  {
    id: "artifact-growth",
    securitySeverity: 4,
    cwe: [538],
    precision: "medium",
    name: "ArtifactGrowth",
    title: "Artifact grew since the baseline",
    summary: "The artifact grew by more than totalGrowth since the baseline.",
    fix: "Look at the added and grown files; refresh the baseline if the growth is intended.",
    defaultSeverity: "error",
    tags: ["baseline", "size"],
    readme: [
      {
        catches: "(baseline) the artifact grown by more than `totalGrowth` (50%)",
        severity: "error",
        fix: "look at the added and grown files"
      }
    ]
  },
  {
    id: "archive-limit",
    securitySeverity: 5,
    cwe: [409],
    precision: "high",
    name: "SafetyLimitReached",
    title: "Safety limit stopped the scan",
    summary: "A safety limit (size, entries, depth, compression ratio) stopped the scan.",
    fix: "Find out why the artifact is so large or deep, or raise the limit.",
    defaultSeverity: "error",
    tags: ["security", "archive"],
    readme: [
      {
        catches: "a safety limit stopped the scan (see [Safety limits](#safety-limits))",
        severity: "error",
        fix: "find out why, or raise the limit"
      }
    ]
  },
  {
    id: "suspicious-path",
    securitySeverity: 7,
    cwe: [22],
    precision: "high",
    name: "SuspiciousEntryName",
    title: "Suspicious entry name",
    summary: "An entry name or link escapes the archive (`..`, absolute, backslash, NUL).",
    fix: "Rebuild the archive from a clean directory.",
    defaultSeverity: "error",
    tags: ["security", "archive"],
    readme: [
      {
        catches: "entry names with `..`, absolute paths, drive letters, backslashes, NUL or other control characters, Unicode bidirectional controls; links pointing outside the archive; zip entries whose local and central names differ",
        severity: "error",
        fix: "rebuild the archive from a clean directory"
      }
    ]
  },
  {
    id: "archive-unreadable",
    securitySeverity: 5,
    cwe: [],
    precision: "high",
    name: "UnreadableArchive",
    title: "Unreadable archive",
    summary: "A nested archive is corrupt, encrypted or unreadable, so its contents were not checked.",
    fix: "Rebuild it, or `allow` its path if it is test data.",
    defaultSeverity: "error",
    tags: ["archive"],
    readme: [
      {
        catches: "a nested archive that is corrupt, encrypted or unreadable",
        severity: "error",
        fix: "rebuild it, or `allow` its path if it is test data"
      }
    ]
  },
  {
    id: "ambiguous-archive",
    securitySeverity: 7,
    cwe: [436],
    precision: "high",
    name: "AmbiguousArchive",
    title: "Archive that reads two ways",
    summary: "A file that different tools read as different archives: a tar/zip polyglot, a zip or 7z behind other data, or a zip whose entries overlap.",
    fix: "Ship each archive on its own, made by a standard tool.",
    defaultSeverity: "error",
    tags: ["security", "archive"],
    readme: [
      {
        catches: "a file that different tools read as different archives: a tar/zip polyglot, a zip with data in front of it that is itself an archive, a file inside a release that ends like a zip but does not start like one (self-extracting), a file with a 7z behind other data in its first 16 MiB (a self-extracting installer), a zip whose entries overlap (a zip bomb at a harmless ratio)",
        severity: "error",
        fix: "ship each archive on its own, made by a standard tool"
      }
    ]
  },
  {
    id: "internal-ref",
    securitySeverity: 7,
    cwe: [538],
    precision: "high",
    name: "InternalRefPushed",
    title: "Internal ref pushed",
    summary: "A git push would send a ref in an internal namespace (remote-tracking branches, stash, pull requests, rewritten history, internal/private/security/wip branches).",
    fix: "Push an explicit refspec of the branches and tags meant to be public; never mirror-push a working clone.",
    defaultSeverity: "error",
    tags: ["security", "git"],
    readme: [
      {
        catches: "a git push would send a ref in an internal namespace: `refs/remotes/**`, `refs/pull/**`, `refs/original/**`, `refs/heads/{internal,private,security,wip}/**` (`internalRefs` in the config replaces the list)",
        severity: "error",
        fix: "push an explicit refspec of what is public; never mirror-push a working clone"
      }
    ]
  },
  {
    id: "unexpected-ref",
    securitySeverity: 5,
    cwe: [538],
    precision: "medium",
    name: "UnexpectedRef",
    title: "Ref not in the baseline",
    summary: "A git push would send a ref that the baseline does not record for this destination.",
    fix: "Leave the ref out of the push, or record it with `leakgate baseline --write` if it is meant to be published.",
    defaultSeverity: "error",
    tags: ["baseline", "git"],
    readme: [
      {
        catches: "(baseline) a git push would send a ref the baseline does not record for that destination",
        severity: "error",
        fix: "leave it out of the push, or record it"
      }
    ]
  },
  {
    id: "destination-outside-org",
    securitySeverity: 7.5,
    cwe: [200],
    precision: "high",
    name: "DestinationOutsideOrganisation",
    title: "Destination outside the organisation",
    summary: "An artifact goes to a registry, bucket or remote that the organisation does not own.",
    fix: "Publish to a destination the organisation owns, or add it to organisation.inside.",
    defaultSeverity: "error",
    tags: ["security", "destination"],
    readme: [
      {
        catches: "an artifact goes to a destination outside the organisation (see [Destinations](#destinations-on-artifacts-and-the-organisation))",
        severity: "error",
        fix: "publish where the organisation owns, or add it to `organisation.inside`"
      }
    ]
  },
  {
    id: "new-destination",
    securitySeverity: 5,
    cwe: [200],
    precision: "medium",
    name: "NewDestination",
    title: "New destination since the baseline",
    summary: "An artifact goes somewhere the baseline does not record for it.",
    fix: "Fix the publish step, or record the destination with `leakgate baseline --write`.",
    defaultSeverity: "error",
    tags: ["baseline", "destination"],
    readme: [
      {
        catches: "(baseline) an artifact goes somewhere the baseline does not record for it",
        severity: "error",
        fix: "fix the publish step, or record the destination"
      }
    ]
  },
  {
    id: "image-integrity",
    securitySeverity: 8,
    cwe: [345],
    precision: "high",
    name: "ImageIntegrityBroken",
    title: "Container image tampered with or incomplete",
    summary: "A blob of a container image whose content does not match its digest, or a blob its manifest names that it does not hold.",
    fix: "Do not publish the image: rebuild it from source, push it again, and find out how it changed.",
    defaultSeverity: "error",
    tags: ["security", "supply-chain"],
    readme: [
      {
        catches: "a container image blob whose sha256 is not its digest, or a blob a manifest names that the image does not hold",
        severity: "error",
        fix: "do not publish it; rebuild and push it again"
      }
    ]
  },
  {
    id: "published-differs",
    securitySeverity: 8,
    cwe: [345],
    precision: "high",
    name: "PublishedVersionDiffers",
    title: "Published version differs from its record",
    summary: "(audit) The version the baseline recorded is on the registry with other files than the ones recorded.",
    fix: "Find out who published or replaced it; deprecate it and publish a clean version. If the record is stale, refresh it with `leakgate baseline --write`.",
    defaultSeverity: "error",
    tags: ["security", "supply-chain", "baseline"],
    readme: [
      {
        catches: "(audit) the version the baseline recorded is on the registry with other files than it recorded: republished elsewhere, or altered",
        severity: "error",
        fix: "find out who published it; deprecate it; refresh a stale record"
      }
    ]
  },
  {
    id: "unscanned-archive",
    securitySeverity: 3,
    cwe: [],
    precision: "medium",
    name: "ArchiveNotOpened",
    title: "Archive not opened",
    summary: "An archive in a format leakgate does not open (rar).",
    fix: "Ship zip, tar or gzip, or check it another way.",
    defaultSeverity: "warning",
    tags: ["archive"],
    readme: [
      {
        catches: "an archive inside an artifact in a format leakgate does not open (rar)",
        severity: "warning",
        fix: "ship another format of the table in [Artifacts](#artifacts), or check it another way"
      },
      {
        catches: "an artifact that is itself such an archive: nothing in it could be checked",
        severity: "error",
        fix: "gate the release before that compression step"
      }
    ]
  }
];
var RULE_IDS = RULE_CATALOGUE.map((rule) => rule.id);

export {
  DOCS_URL,
  RULE_CATALOGUE,
  RULE_IDS
};
