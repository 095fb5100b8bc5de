/**
 * Scans one artifact: opens it (directory, package, or archive by its magic bytes), runs the
 * single-pass walk with every rule watching, and returns its manifest and findings.
 */

import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { basename } from "node:path";
import { inputError, UserError } from "../core/errors.js";
import type {
  ArtifactKind,
  ArtifactManifest,
  Finding,
  ManifestEntry,
  ScanLimits,
  UnopenedContainer,
} from "../core/model.js";
import { PACKAGE_JSON_LIMIT, PackageJsonProblem, parsePackageJsonText } from "../core/package-json.js";
import { printableDeep } from "../core/printable.js";
import type { ArtifactInfo, ArtifactRun, EntryObserver, Rule } from "../rules/rule.js";
import { secretsInName } from "../rules/secret/names.js";
import { type ArtifactSpec, artifactId } from "../sources/artifact-spec.js";
import { type Destination, resolveDestination } from "../sources/destination.js";
import { detectFormat, formatInfo, isOpaqueFormat, SNIFF_BYTES } from "../sources/detect-format.js";
import { readDirectory } from "../sources/directory-reader.js";
import { type PushPlan, planPush } from "../sources/git/push-refs.js";
import { LzmaUnsupported } from "../sources/lzma-decoder.js";
import {
  type PackageJsonSummary,
  readNpmPackage,
  readPackageJson,
  summarisePackageJson,
} from "../sources/npm-package-reader.js";
import {
  detectPackageManager,
  type PackingManager,
  packsItself,
  packWith,
} from "../sources/package-manager.js";
import { SevenZipUnsupported } from "../sources/sevenzip-reader.js";
import { XzUnsupported } from "../sources/xz-decoder.js";
import { findZipEnd, ZIP_TAIL_BYTES } from "../sources/zip-end.js";
import { ZipStructureError } from "../sources/zip-reader.js";
import { artifactIdentity } from "./artifact-identity.js";
import {
  describeLayer,
  ImageMetadataCapture,
  isWhiteoutPathFinding,
  readImageLayout,
} from "./container-image.js";
import { normaliseEntryPath } from "./entry-path.js";
import { FindingBudget } from "./finding-budget.js";
import { fingerprint } from "./fingerprint.js";
import {
  DEFAULT_INTERNAL_REFS,
  refFindings,
  uncheckedParts,
  urlCredentialFinding,
  walkPushedTrees,
} from "./git-destination.js";
import { LimitExceeded, LimitTracker } from "./limits.js";
import { namePattern } from "./name-pattern.js";
import { makeTempDir, removeTempDir } from "./temp-dirs.js";
import { type ContainerContext, Walker, zipStructureFinding } from "./walker.js";

export interface ArtifactScan {
  /** Its entries are empty when the artifact streamed (see `keepsEntries`); the counts are not. */
  manifest: ArtifactManifest;
  /** Regular files seen, kept or not. */
  fileCount: number;
  /** A container image: the final filesystem and layer digests, which the baseline records. */
  image?: { entries: ManifestEntry[]; layers: string[] };
  findings: Finding[];
  /** Stable identity used for fingerprints and the baseline. */
  identity: string;
}

export interface ScanArtifactOptions {
  rules: readonly Rule[];
  limits: ScanLimits;
  /** Called as bytes are read and as entries are recorded, for progress display. */
  progress?: (bytes: number, entries: number) => void;
  /** Ref globs that are internal on a git destination (default DEFAULT_INTERNAL_REFS). */
  internalRefs?: readonly string[];
  /** Receives raw credentials found outside file contents (a remote URL's token), for masking. */
  onSecret?: (value: string) => void;
  /** The working directory (for `.npmrc`) and this repository's `owner/repo`, to resolve destinations. */
  cwd?: string;
  repository?: string;
  /** Receives every entry as it is recorded (a streaming baseline diff). */
  onRecord?: (entry: ManifestEntry) => void;
}

/**
 * A bucket is listed, not packed: it can hold 100,000 objects. Its entries are judged and
 * diffed as they stream and not kept, so memory does not grow with the bucket.
 */
export function keepsEntries(spec: ArtifactSpec): boolean {
  return spec.published?.kind !== "bucket";
}

/** The identity of an artifact that keeps no entries: nothing read from inside can change it. */
export function streamedIdentity(spec: ArtifactSpec): string {
  return spec.identity ?? artifactIdentity({ source: spec.source });
}

const FILE_READ_CHUNK = 256 * 1024;

export async function scanArtifact(spec: ArtifactSpec, options: ScanArtifactOptions): Promise<ArtifactScan> {
  const id = artifactId(spec);
  const entries: ManifestEntry[] = [];
  const unopened: UnopenedContainer[] = [];
  const inputs = new FindingBudget();
  let topLevelBytes = 0;
  let entryCount = 0;
  let fileCount = 0;
  const keep = keepsEntries(spec);
  let kind: ArtifactKind;
  let packageInfo: PackageJsonSummary = {};

  const published = spec.published;
  const plan =
    published?.kind === "git"
      ? published.plan
      : spec.git
        ? await planPush({ cwd: spec.absolutePath, artifact: id }, spec.git.target)
        : undefined;
  if (plan?.url.credential) options.onSecret?.(plan.url.credential);
  // Published sources are streams or listings: their format is known, there is nothing to sniff.
  const { head, endsLikeZip } =
    spec.isDirectory || plan || published
      ? { head: Buffer.alloc(0), endsLikeZip: false }
      : await sniff(spec, id);
  const headFormat =
    spec.isDirectory || plan || published ? undefined : detectFormat(head, spec.absolutePath);
  // Zip readers find a zip by its end, whatever is in front of it (a launch script, a
  // tarball): read it the way they do. Whatever is in front is checked as well.
  const format = endsLikeZip ? "zip" : headFormat;
  if (!spec.isDirectory && !plan && !published && !format && ARCHIVE_NAME.test(spec.absolutePath)) {
    throw inputError(
      id,
      head.length === 0
        ? "is empty, although its name says it is an archive"
        : "is not an archive, although its name says it is one (its first bytes match no archive format)",
    );
  }
  // pnpm and yarn packages are packed by their own manager: their rules are not npm's.
  const choice = spec.npm ? await detectPackageManager(spec.absolutePath) : undefined;
  const packer = packsItself(choice) ? choice : undefined;
  if (plan) {
    kind = "git";
    unopened.push(...uncheckedParts(plan, published?.kind === "git" && !published.repository));
    for (const finding of refFindings(plan, options.internalRefs ?? DEFAULT_INTERNAL_REFS))
      inputs.add(finding);
  } else if (published?.kind === "npm-tarball") {
    kind = "npm-tarball";
  } else if (published?.kind === "bucket") {
    kind = "bucket";
    if (!published.deep) {
      unopened.push({
        path: "",
        format: "listing",
        reason:
          "contents: only the listing (paths and sizes) was read; secrets, source maps and archives inside objects need --deep",
      });
    }
  } else if (spec.isDirectory) {
    kind = spec.npm ? "npm-package" : "directory";
    if (spec.npm) packageInfo = printableDeep(await packageJsonOf(spec, id));
  } else if (format && !isOpaqueFormat(format)) {
    kind = format;
  } else {
    kind = "file";
  }

  const info: ArtifactInfo = {
    id,
    kind,
    source: spec.source,
    ...(packageInfo.name ? { packageName: packageInfo.name } : {}),
    ...(keep ? {} : { streamed: { identity: streamedIdentity(spec) } }),
  };
  const runs: ArtifactRun[] = options.rules.map((rule) => rule.start(info, (finding) => inputs.add(finding)));
  const packageJson = new PackageJsonCapture();
  const imageMetadata = new ImageMetadataCapture();
  const walker = new Walker({
    limits: new LimitTracker(options.limits),
    observe(entry) {
      const observers: EntryObserver[] = [];
      for (const run of runs) {
        const observer = run.onEntry?.(entry);
        if (observer) observers.push(observer);
      }
      if (entry.depth === 0 && entry.path === "package/package.json" && entry.type === "file") {
        observers.push(packageJson);
      }
      const imageDocument = imageMetadata.observe(entry);
      if (imageDocument) observers.push(imageDocument);
      return observers;
    },
    record(entry, depth) {
      if (keep) entries.push(entry);
      entryCount++;
      if (entry.type === "file") fileCount++;
      options.onRecord?.(entry);
      options.progress?.(0, 1);
      if (depth === 0) topLevelBytes += entry.size;
    },
    report: (finding) => inputs.add(finding),
    redactName: (name, pathOf) => redactNameSecrets(name, pathOf, inputs, options.onSecret),
    unopened: (container) => unopened.push(container),
    openedArchiveInCompression(prefix, archive) {
      if (prefix === "" && (archive === "tar" || archive === "cpio" || archive === "ar")) kind = archive;
    },
    ...(options.progress ? { progress: (bytes: number) => options.progress?.(bytes, 0) } : {}),
  });

  const context = { prefix: "", depth: 0, name: basename(spec.absolutePath), head };
  try {
    if (published?.kind === "git") {
      if (published.repository) await walkPushedTrees(walker, plan!, published.repository, id);
    } else if (plan) {
      await walkPushedTrees(walker, plan, spec.absolutePath, id);
    } else if (published?.kind === "npm-tarball") {
      await walker.walkContainer("gzip", { stream: published.stream }, context);
    } else if (published?.kind === "bucket") {
      await walker.walkEntries(published.entries, context);
    } else if (spec.npm && packer) {
      await walkPacked(walker, packer, spec.absolutePath, id, context);
      kind = "npm-package";
    } else if (spec.isDirectory) {
      await walker.walkEntries(
        spec.npm ? readNpmPackage(spec.absolutePath, spec.workspaceRoot) : readDirectory(spec.absolutePath),
        context,
      );
    } else if (format && formatInfo(format).kind === "random-access") {
      await walker.walkContainer(format, { file: { path: spec.absolutePath } }, context);
    } else if (format && !isOpaqueFormat(format)) {
      const stream = createReadStream(spec.absolutePath, { highWaterMark: FILE_READ_CHUNK });
      await walker.walkContainer(format, { stream }, context);
    } else {
      if (format && isOpaqueFormat(format)) {
        // The user asked for this archive to be checked and it cannot be: that blocks.
        unopened.push({ path: context.name, format, reason: `${format} archives are not supported` });
        inputs.add({
          ruleId: "unscanned-archive",
          severity: "error",
          path: "",
          message: `The artifact is a ${format} archive, which leakgate cannot open: nothing inside it was checked.`,
          fix: "Gate the release before it is compressed this way (scan the directory or a tar/zip of it), or publish tar, tar.gz or zip.",
          details: { format },
          evidence: format,
        });
      }
      await walker.walkSingleFile(spec.absolutePath, context);
    }
  } catch (error) {
    if (error instanceof ZipStructureError) {
      inputs.add(zipStructureFinding(error, ""));
    } else {
      if (!(error instanceof LimitExceeded)) throw describeReadError(error, id);
      inputs.add({
        ruleId: "archive-limit",
        severity: "error",
        path: error.path,
        message: `Scanning stopped: ${error.message}. The rest of the artifact was not checked.`,
        fix: "If the release really is this large, raise the limit in .leakgate.yml (limits); otherwise find out what blew up its size.",
        details: { limit: error.limit },
        evidence: error.limit,
      });
    }
  }

  const captured = printableDeep(packageJson.parse());
  if (captured && kind === "tar") {
    kind = "npm-tarball";
    packageInfo = captured;
  }
  const destination = await destinationOf(spec, plan, packageInfo, options);
  if (destination?.credential) {
    options.onSecret?.(destination.credential);
    inputs.add(urlCredentialFinding(destination.name, destination.credential));
  }
  // A container image: layers in order, whiteouts, digests, and its repository as identity.
  const image = readImageLayout(imageMetadata, entries);
  if (spec.image && !image) {
    throw inputError(
      id,
      "is not a container image: it holds neither a manifest.json (docker save) nor an oci-layout",
    );
  }
  if (image) {
    kind = "image";
    for (const finding of image.findings) inputs.add(finding);
  }
  // A git destination is known by where it pushes, whichever remote name points there.
  const identity = spec.identity
    ? spec.identity
    : image?.identity && !spec.name
      ? image.identity
      : plan && !spec.name
        ? `git:${plan.url.location}`
        : artifactIdentity({
            ...(spec.name ? { name: spec.name } : {}),
            ...(packageInfo.name ? { packageName: packageInfo.name } : {}),
            source: spec.source,
          });
  // Rules working in another thread report what they still hold; then rules that judge the
  // whole file list see it last, with the identity the config may key them by.
  await Promise.all(runs.map((run) => run.settle?.()));
  for (const run of runs) run.onArtifactEnd?.(manifestOf(), identity);
  const findings = inputs
    .findings()
    .filter((finding) => !image || !isWhiteoutPathFinding(finding, image))
    .map((finding) => (image ? describeLayer(finding, image) : finding))
    .map(({ evidence, ...finding }) => ({
      ...finding,
      artifact: id,
      // The name pattern, not the name: a content hash in a file name must not change the fingerprint.
      fingerprint: fingerprint(finding.ruleId, identity, namePattern(finding.path), evidence),
    }));
  return {
    manifest: manifestOf(),
    fileCount,
    findings,
    identity,
    ...(image ? { image: image.filesystem } : {}),
  };

  function manifestOf(): ArtifactManifest {
    entries.sort(byPath);
    unopened.sort(byPath);
    return {
      id,
      kind,
      source: spec.source,
      ...(packageInfo.name ? { packageName: packageInfo.name } : {}),
      ...(packageInfo.version ? { packageVersion: packageInfo.version } : {}),
      entryCount,
      totalBytes: topLevelBytes,
      entries,
      unopened,
      ...(plan ? { refs: plan.refs.map((ref) => ({ name: ref.name, sha: ref.sha })) } : {}),
      ...(destination ? { destination: destination.name } : {}),
      ...(packer ? { packedWith: `${packer.manager} (${packer.reason})` } : {}),
    };
  }
}

/** Packs a package directory with its own manager into a temporary directory and walks the tarball. */
async function walkPacked(
  walker: Walker,
  packer: PackingManager,
  dir: string,
  id: string,
  context: ContainerContext,
): Promise<void> {
  const into = await makeTempDir("leakgate-pack-");
  try {
    const tarball = await packWith(packer.manager, dir, into, id, packer.wanted);
    const stream = createReadStream(tarball, { highWaterMark: FILE_READ_CHUNK });
    await walker.walkContainer("gzip", { stream }, context);
  } finally {
    await removeTempDir(into);
  }
}

/** Tokens in an entry's name: each a secret finding; the name comes back redacted. */
function redactNameSecrets(
  name: string,
  pathOf: (inner: string) => string,
  inputs: FindingBudget,
  onSecret: ((value: string) => void) | undefined,
): string {
  const found = secretsInName(name);
  for (const secret of found.secrets) {
    onSecret?.(secret.value);
    inputs.add({
      ruleId: "secret",
      severity: secret.severity,
      path: pathOf(normaliseEntryPath(found.name).path),
      message: `${secret.title} (${secret.redacted}) in the file's name would be published: the name is shown redacted.`,
      fix: "Rename the file (and rotate the token): anyone who lists the release sees its name.",
      details: { family: secret.family, redacted: secret.redacted, inName: true },
      evidence: `${secret.family}:${secret.digest}`,
    });
  }
  return found.name;
}

/** Where the artifact goes: a git destination's remote, or what the spec names after `->`. */
async function destinationOf(
  spec: ArtifactSpec,
  plan: PushPlan | undefined,
  packageInfo: PackageJsonSummary,
  options: ScanArtifactOptions,
): Promise<Destination | undefined> {
  if (plan) return { name: `git:${plan.url.location}` };
  if (!spec.destination) return undefined;
  return resolveDestination(spec.destination, {
    cwd: spec.npm ? spec.absolutePath : (options.cwd ?? process.cwd()),
    ...(packageInfo.name ? { packageName: packageInfo.name } : {}),
    ...(packageInfo.publishRegistry ? { publishRegistry: packageInfo.publishRegistry } : {}),
    ...(packageInfo.publishScopeRegistry ? { publishScopeRegistry: packageInfo.publishScopeRegistry } : {}),
    ...(options.repository ? { repository: options.repository } : {}),
  });
}

/** A package directory's package.json; without a readable one, `npm publish` would refuse too. */
async function packageJsonOf(spec: ArtifactSpec, id: string): Promise<PackageJsonSummary> {
  try {
    return await readPackageJson(spec.absolutePath);
  } catch (error) {
    if (!(error instanceof PackageJsonProblem)) throw error;
    throw inputError(
      id,
      error.reason === "missing"
        ? "not a package directory (no package.json)"
        : `package.json cannot be read (${error.message})`,
    );
  }
}

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Names that promise an archive: such a file that is not one is a broken build, not a pass. */
const ARCHIVE_NAME =
  /\.(?:tgz|tar|tar\.gz|gz|zip|jar|war|ear|aar|apk|whl|nupkg|vsix|xpi|crx|xz|txz|zst|tzst|bz2|tbz2|deb|rpm|gem|7z)$/i;

/** The artifact's first bytes, and whether it ends with a zip's end record. */
async function sniff(spec: ArtifactSpec, id: string): Promise<{ head: Buffer; endsLikeZip: boolean }> {
  try {
    const handle = await open(spec.absolutePath, "r");
    try {
      const size = (await handle.stat()).size;
      const head = Buffer.alloc(Math.min(size, SNIFF_BYTES));
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      const tail = Buffer.alloc(Math.min(size, ZIP_TAIL_BYTES));
      await handle.read(tail, 0, tail.length, size - tail.length);
      return { head: head.subarray(0, bytesRead), endsLikeZip: findZipEnd(tail, size) !== undefined };
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw describeReadError(error, id);
  }
}

/**
 * Turns what a reader threw into a message naming the artifact and the cause. Readers
 * (zlib, tar-stream, yauzl, the file system) throw plain Errors for bad bytes; programming
 * errors (TypeError and friends) stay bugs and keep their stack.
 */
function describeReadError(error: unknown, id: string): Error {
  if (error instanceof UserError) return error;
  if (error instanceof TypeError || error instanceof ReferenceError || error instanceof SyntaxError)
    return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === "EACCES" || code === "EPERM") return inputError(id, `cannot be read: permission denied`);
  if (
    error instanceof SevenZipUnsupported ||
    error instanceof LzmaUnsupported ||
    error instanceof XzUnsupported
  )
    return inputError(id, `cannot be checked: ${message}`);
  if (code === "EISDIR" || code === "ENOENT") return inputError(id, `cannot be read (${message})`);
  if (code === "Z_BUF_ERROR" || /unexpected end|EOF|truncated/i.test(message)) {
    return inputError(id, `the archive is truncated or corrupt (${message})`);
  }
  return inputError(id, `the archive is corrupt (${message})`);
}

/** Keeps the bytes of `package/package.json` as they stream by, to learn the package's name. */
class PackageJsonCapture implements EntryObserver {
  private chunks: Buffer[] = [];
  private length = 0;
  private seen = false;

  onChunk(chunk: Buffer): void {
    this.seen = true;
    this.length += chunk.length;
    if (this.length <= PACKAGE_JSON_LIMIT) this.chunks.push(Buffer.from(chunk));
  }

  onEnd(): void {
    this.seen = true;
  }

  parse(): PackageJsonSummary | undefined {
    if (!this.seen || this.length > PACKAGE_JSON_LIMIT) return undefined;
    try {
      return summarisePackageJson(
        parsePackageJsonText(Buffer.concat(this.chunks).toString("utf8")) as Record<string, unknown>,
      );
    } catch {
      return {};
    }
  }
}
