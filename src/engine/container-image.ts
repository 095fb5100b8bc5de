/**
 * Container images: a `docker save` tarball or an OCI image layout (a directory or a tar of
 * one). The engine already reads every blob, and every layer is a nested archive, so every
 * file of every layer is checked like any other, including files a later layer deletes
 * (`COPY .env` then `RUN rm .env` still ships `.env` to anyone who pulls the image).
 * What this module adds, after the walk, from the image's own JSON:
 *
 * - which blobs are layers, in which order, for which platform (multi-platform indexes:
 *   every platform), and the final filesystem after whiteouts (`.wh.<name>`) and opaque
 *   directories (`.wh..wh..opq`), so a finding in a layer says "layer 3 of 7" and, when a
 *   later layer deletes the file, that it is deleted there but still shipped;
 * - integrity: a blob whose sha256 is not its name, or a blob a manifest names that the
 *   image does not hold, is `image-integrity` (tampered with, or corrupted);
 * - identity: the repository from `RepoTags` or the OCI ref annotations without the tag, so
 *   the baseline of `ghcr.io/acme/api` survives `:1.2.3` → `:1.2.4`.
 *
 * The image config (`Env`, `history[].created_by`, labels) is a blob like any other: the
 * secret rule reads it. Metadata is captured while the walk streams by (small JSON only).
 */
import type { FindingInput, ManifestEntry } from "../core/model.js";
import type { EntryInfo, EntryObserver } from "../rules/rule.js";

/** Image JSON (index, manifests, configs) is small; anything larger is a layer, never parsed. */
const MAX_JSON_BYTES = 4 * 1024 * 1024;
const BLOB = /^blobs\/sha256\/([0-9a-f]{64})$/;

/** Collects the top-level JSON documents an image is described by, as the walk streams by. */
export class ImageMetadataCapture {
  private readonly documents = new Map<string, Buffer>();

  /** An observer for the entry when it may be image metadata, else undefined. */
  observe(entry: EntryInfo): EntryObserver | undefined {
    if (entry.depth !== 0 || entry.type !== "file") return undefined;
    const named =
      entry.path === "manifest.json" || entry.path === "index.json" || entry.path === "oci-layout";
    if (!named && !BLOB.test(entry.path) && !/^[0-9a-f]{64}\.json$/.test(entry.path)) return undefined;
    const chunks: Buffer[] = [];
    let length = 0;
    let json: boolean | undefined;
    return {
      onChunk: (chunk) => {
        // "{" or "[" after optional whitespace: layers are tar/gzip/zstd, never JSON.
        json ??= /^\s*[[{]/.test(chunk.subarray(0, 64).toString("latin1"));
        if (!json || length > MAX_JSON_BYTES) return;
        length += chunk.length;
        if (length <= MAX_JSON_BYTES) chunks.push(Buffer.from(chunk));
      },
      onEnd: () => {
        if (json && length <= MAX_JSON_BYTES) this.documents.set(entry.path, Buffer.concat(chunks));
      },
    };
  }

  get(path: string): unknown {
    const bytes = this.documents.get(path);
    if (!bytes) return undefined;
    try {
      return JSON.parse(bytes.toString("utf8"));
    } catch {
      return undefined;
    }
  }

  has(path: string): boolean {
    return this.documents.has(path);
  }
}

export interface ImageLayout {
  /** `image:<repository>` when the image names one. */
  identity?: string;
  /** Per image (platform), its layers in order, as entry paths. */
  images: { platform?: string; config?: string; layers: string[] }[];
  findings: FindingInput[];
  /** Entry path of a layer → its position, for findings. */
  layerOf: Map<string, { index: number; count: number; platform?: string }>;
  /** `layerPath!file` → the layer (1-based) that deletes or replaces it, for files hidden later. */
  hidden: Map<string, { layer: number; how: "deleted" | "overwritten" }>;
  /**
   * What the baseline records for an image: the final filesystem (platform-prefixed when the
   * image has several) and the layer digests. Per-layer files change with every rebuild;
   * what a container sees is what a reviewer can judge.
   */
  filesystem: { entries: ManifestEntry[]; layers: string[] };
}

/** Recognises an image among the walked entries; undefined when the artifact is not one. */
export function readImageLayout(
  capture: ImageMetadataCapture,
  entries: readonly ManifestEntry[],
): ImageLayout | undefined {
  const docker = capture.get("manifest.json");
  const oci = capture.has("oci-layout") ? capture.get("index.json") : undefined;
  if (!Array.isArray(docker) && !isObject(oci)) return undefined;
  const present = new Map(entries.filter((e) => e.type === "file").map((e) => [e.path, e]));
  const findings: FindingInput[] = [];
  const images: ImageLayout["images"] = [];
  let repository: string | undefined;
  const blobPath = (digest: unknown) => {
    if (typeof digest === "string" && /^sha256:[0-9a-f]{64}$/.test(digest))
      return `blobs/sha256/${digest.slice(7)}`;
    // A digest leakgate cannot check (another algorithm, uppercase, a path) must not pass unseen.
    const shown = typeof digest === "string" ? digest.slice(0, 80) : typeof digest;
    findings.push(
      integrityFinding(
        "",
        `The image names a blob by a digest that is not a sha256 leakgate can verify (${JSON.stringify(shown)}): that blob was not checked against its name.`,
        `digest ${shown}`,
      ),
    );
    return undefined;
  };
  const missing = (path: string, what: string) => {
    if (present.has(path)) return false;
    findings.push(
      integrityFinding(
        path,
        `The image names ${what} ${path}, which it does not hold: it is incomplete or was tampered with.`,
        `missing ${path}`,
      ),
    );
    return true;
  };

  if (Array.isArray(docker)) {
    for (const item of docker) {
      if (!isObject(item)) continue;
      const layers = uniqueLayers(
        Array.isArray(item.Layers) ? item.Layers.filter((l): l is string => typeof l === "string") : [],
        findings,
      );
      const config = typeof item.Config === "string" ? item.Config : undefined;
      if (config) missing(config, "a config");
      for (const layer of layers) missing(layer, "a layer");
      images.push({ ...(config ? { config } : {}), layers });
      const tag = Array.isArray(item.RepoTags)
        ? item.RepoTags.find((t): t is string => typeof t === "string")
        : undefined;
      repository ??= tag ? withoutTag(tag) : undefined;
    }
  } else if (isObject(oci)) {
    // Each manifest or index is visited once: an index that lists the next one thirty times,
    // six deep, must not become thirty to the sixth visits.
    const visited = new Set<string>();
    const visit = (index: Record<string, unknown>, depth: number) => {
      if (depth > 4) return; // an index of indexes of …: real ones are one or two deep
      for (const descriptor of Array.isArray(index.manifests) ? index.manifests : []) {
        if (!isObject(descriptor)) continue;
        const path = blobPath(descriptor.digest);
        if (!path || visited.has(path) || missing(path, "a manifest")) continue;
        visited.add(path);
        const annotations = isObject(descriptor.annotations) ? descriptor.annotations : {};
        const name =
          annotations["io.containerd.image.name"] ?? annotations["org.opencontainers.image.ref.name"];
        if (typeof name === "string" && name.includes("/")) repository ??= withoutTag(name);
        const document = capture.get(path);
        if (!isObject(document)) continue;
        if (Array.isArray(document.manifests)) {
          visit(document, depth + 1);
          continue;
        }
        const platform = isObject(descriptor.platform)
          ? [descriptor.platform.os, descriptor.platform.architecture, descriptor.platform.variant]
              .filter(Boolean)
              .join("/")
          : undefined;
        const config = isObject(document.config) ? blobPath(document.config.digest) : undefined;
        if (config) missing(config, "a config");
        const layers = uniqueLayers(
          (Array.isArray(document.layers) ? document.layers : [])
            .map((layer) => (isObject(layer) ? blobPath(layer.digest) : undefined))
            .filter((layer): layer is string => layer !== undefined && !missing(layer, "a layer")),
          findings,
        );
        images.push({ ...(platform ? { platform } : {}), ...(config ? { config } : {}), layers });
      }
    };
    visit(oci, 0);
  }

  // Content addressing: a blob's name is the sha256 of its bytes.
  for (const entry of present.values()) {
    const match = BLOB.exec(entry.path);
    if (match && entry.sha256 && entry.sha256 !== match[1]) {
      findings.push(
        integrityFinding(
          entry.path,
          `This blob's content does not match its digest (its sha256 is ${entry.sha256.slice(0, 12)}…): the image was tampered with or corrupted.`,
          `digest ${entry.path}`,
        ),
      );
    }
  }

  const layerOf = new Map<string, { index: number; count: number; platform?: string }>();
  const hidden = new Map<string, { layer: number; how: "deleted" | "overwritten" }>();
  // Each layer's own entries, grouped once (not filtered from every entry per layer).
  const byLayer = new Map<string, ManifestEntry[]>();
  for (const entry of entries) {
    const bang = entry.path.indexOf("!");
    if (bang === -1 || entry.path.indexOf("!", bang + 1) !== -1) continue;
    const layer = entry.path.slice(0, bang);
    const list = byLayer.get(layer);
    if (list) list.push(entry);
    else byLayer.set(layer, [entry]);
  }
  const filesystem: ManifestEntry[] = [];
  const byPath = new Map(entries.map((e) => [e.path, e]));
  for (const image of images) {
    image.layers.forEach((layer, i) => {
      const platform = image.platform ? { platform: image.platform } : {};
      layerOf.set(layer, { index: i + 1, count: image.layers.length, ...platform });
    });
    const live = applyLayers(image.layers, byLayer, hidden);
    const platform = images.length > 1 ? `${image.platform ?? "unknown"}/` : "";
    for (const [path, origin] of live) {
      const entry = byPath.get(origin);
      if (entry) filesystem.push({ ...entry, path: `${platform}${path}` });
    }
  }
  const layers = [...new Set(images.flatMap((image) => image.layers))].map((layer) =>
    layer.replace(/^blobs\/sha256\//, "sha256:"),
  );
  return {
    ...(repository ? { identity: `image:${repository}` } : {}),
    images,
    findings,
    layerOf,
    hidden,
    filesystem: { entries: filesystem, layers },
  };
}

/**
 * Applies the layers in order as a container runtime does, recording for every file of an
 * earlier layer the layer that deletes it (a whiteout of it or of a directory above it, or
 * an opaque directory marker).
 */
function applyLayers(
  layers: readonly string[],
  byLayer: ReadonlyMap<string, readonly ManifestEntry[]>,
  hidden: Map<string, { layer: number; how: "deleted" | "overwritten" }>,
): Map<string, string> {
  /** Path in the filesystem → where it came from (`layer!path`). */
  const live = new Map<string, string>();
  layers.forEach((layer, i) => {
    const prefix = `${layer}!`;
    const own = byLayer.get(layer) ?? [];
    const hide = (origin: string, how: "deleted" | "overwritten") => {
      if (!hidden.has(origin)) hidden.set(origin, { layer: i + 1, how });
    };
    const remove = (predicate: (path: string) => boolean) => {
      for (const [path, origin] of live) {
        if (!predicate(path)) continue;
        hide(origin, "deleted");
        live.delete(path);
      }
    };
    for (const entry of own) {
      const path = entry.path.slice(prefix.length);
      const slash = path.lastIndexOf("/");
      const dir = slash === -1 ? "" : path.slice(0, slash + 1);
      const name = path.slice(slash + 1);
      if (name === ".wh..wh..opq") remove((p) => p.startsWith(dir) && p !== dir.replace(/\/$/, ""));
      else if (name.startsWith(".wh.")) {
        const target = `${dir}${name.slice(4)}`;
        const exact = live.get(target);
        if (exact !== undefined) {
          hide(exact, "deleted");
          live.delete(target);
        }
        // A whole directory: only then is every live path looked at.
        if (entry.type === "file" && [...live.keys()].some((p) => p.startsWith(`${target}/`)))
          remove((p) => p.startsWith(`${target}/`));
      }
    }
    for (const entry of own) {
      const path = entry.path.slice(prefix.length);
      if (path.slice(path.lastIndexOf("/") + 1).startsWith(".wh.")) continue;
      // Overwritten: the older copy is hidden from containers but still ships in its layer.
      const older = live.get(path);
      if (older !== undefined) hide(older, "overwritten");
      live.set(path, entry.path);
    }
  });
  return live;
}

/**
 * A whiteout (`.wh.<name>`) is a deletion marker, not a file anyone receives: a path rule's
 * finding on it (`.wh..env` looks like an env file) says nothing. Suspicious names still count.
 */
export function isWhiteoutPathFinding(finding: FindingInput, layout: ImageLayout): boolean {
  if (finding.ruleId !== "internal-path") return false;
  const parts = finding.path.split("!");
  return parts.length === 2 && layout.layerOf.has(parts[0]!) && /(^|\/)\.wh\.[^/]*$/.test(parts[1]!);
}

/** Says, on a finding inside a layer, which layer it is and whether a later layer deletes it. */
export function describeLayer(finding: FindingInput, layout: ImageLayout): FindingInput {
  const bang = finding.path.indexOf("!");
  if (bang === -1) return finding;
  const layer = layout.layerOf.get(finding.path.slice(0, bang));
  if (!layer) return finding;
  const file = finding.path.split("!").slice(0, 2).join("!");
  const hidden = layout.hidden.get(file);
  const where = `layer ${layer.index} of ${layer.count}${layer.platform ? ` (${layer.platform})` : ""}`;
  const message =
    hidden?.how === "deleted"
      ? `${finding.message} It is deleted in layer ${hidden.layer}, but still in ${where}: anyone who pulls the image gets it.`
      : hidden?.how === "overwritten"
        ? `${finding.message} Layer ${hidden.layer} replaces it, but this copy is still in ${where}: anyone who pulls the image gets it.`
        : `${finding.message} (In ${where}.)`;
  return {
    ...finding,
    message,
    details: {
      ...finding.details,
      layer: layer.index,
      layers: layer.count,
      ...(hidden?.how === "deleted" ? { deletedInLayer: hidden.layer } : {}),
      ...(hidden?.how === "overwritten" ? { overwrittenInLayer: hidden.layer } : {}),
    },
  };
}

function integrityFinding(path: string, message: string, evidence: string): FindingInput {
  return {
    ruleId: "image-integrity",
    severity: "error",
    path,
    message,
    fix: "Do not publish this image: rebuild it from source and push it again, and find out how it changed.",
    evidence,
  };
}

/** `ghcr.io/acme/api:1.2.3` → `ghcr.io/acme/api`; a digest reference loses its digest. */
function withoutTag(reference: string): string {
  const digestless = reference.replace(/@sha256:[0-9a-f]+$/, "");
  const slash = digestless.lastIndexOf("/");
  const colon = digestless.lastIndexOf(":");
  return colon > slash ? digestless.slice(0, colon) : digestless;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** At most this many layers per image (Docker refuses more than 127). */
const MAX_LAYERS = 1000;

/** A layer listed twice is applied once; an image with absurdly many layers is cut, with a finding. */
function uniqueLayers(layers: readonly string[], findings: FindingInput[]): string[] {
  const unique = [...new Set(layers)];
  if (unique.length <= MAX_LAYERS) return unique;
  findings.push({
    ruleId: "archive-limit",
    severity: "error",
    path: "",
    message: `The image lists ${unique.length} layers, more than the ${MAX_LAYERS} leakgate orders: the layers past them are still scanned, but not placed in the image's filesystem.`,
    fix: "Rebuild the image with fewer layers; no real image has this many.",
    details: { limit: "image layers", layers: unique.length },
    evidence: "image layers",
  });
  return unique.slice(0, MAX_LAYERS);
}
