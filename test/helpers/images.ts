/**
 * Container images built in code, without a daemon: OCI image layouts (`oci-layout`,
 * `index.json`, `blobs/sha256/…`) and `docker save`-shaped tarballs (`manifest.json` with
 * RepoTags), with layers as tar, tar.gz or tar.zst.
 */
import { createHash } from "node:crypto";
import { type Tree, tarBuffer } from "./archives.js";
import { compress } from "./packages.js";

export const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest("hex");

export async function layer(tree: Tree, compression: "gzip" | "zstd" | "none" = "gzip"): Promise<Buffer> {
  const tar = await tarBuffer(tree);
  return compression === "none" ? tar : compress(compression, tar);
}

export interface ImageSpec {
  layers: Buffer[];
  config: Record<string, unknown>;
  platform?: { os: string; architecture: string; variant?: string };
}

/** An OCI layout as a tree (write it as a directory, or tar it). */
export function ociLayout(images: ImageSpec[], name?: string): Tree {
  const tree: Tree = { "oci-layout": '{"imageLayoutVersion":"1.0.0"}' };
  const put = (data: Buffer | string) => {
    const digest = sha256(data);
    tree[`blobs/sha256/${digest}`] = data;
    return { digest: `sha256:${digest}`, size: Buffer.byteLength(data) };
  };
  const manifests = images.map((image) => {
    const config = put(JSON.stringify(image.config));
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      config: { mediaType: "application/vnd.oci.image.config.v1+json", ...config },
      layers: image.layers.map((data) => ({
        mediaType: "application/vnd.oci.image.layer.v1.tar+gzip",
        ...put(data),
      })),
    });
    return {
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      ...put(manifest),
      ...(image.platform ? { platform: image.platform } : {}),
    };
  });
  const annotations = name
    ? { "io.containerd.image.name": name, "org.opencontainers.image.ref.name": name.split(":").pop() }
    : undefined;
  const top =
    manifests.length === 1
      ? [{ ...manifests[0], ...(annotations ? { annotations } : {}) }]
      : [
          {
            mediaType: "application/vnd.oci.image.index.v1+json",
            ...put(
              JSON.stringify({
                schemaVersion: 2,
                mediaType: "application/vnd.oci.image.index.v1+json",
                manifests,
              }),
            ),
            ...(annotations ? { annotations } : {}),
          },
        ];
  tree["index.json"] = JSON.stringify({ schemaVersion: 2, manifests: top });
  return tree;
}

/** A `docker save` tarball's tree (the current format: blobs/sha256 plus manifest.json). */
export function dockerSave(image: ImageSpec, repoTag: string): Tree {
  const tree: Tree = {};
  const put = (data: Buffer | string) => {
    const digest = sha256(data);
    tree[`blobs/sha256/${digest}`] = data;
    return `blobs/sha256/${digest}`;
  };
  const config = put(JSON.stringify(image.config));
  const layers = image.layers.map(put);
  tree["manifest.json"] = JSON.stringify([{ Config: config, RepoTags: [repoTag], Layers: layers }]);
  return tree;
}
