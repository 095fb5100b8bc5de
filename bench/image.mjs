// The container image case of `npm run bench`: the bench's big tar.gz (1 GB of package trees
// uncompressed, 100 MB with --quick) as the one layer of an OCI image layout tarball, built
// once in .bench/ (the layer's bytes are copied, not recompressed). `leakgate scan` (all
// rules) against the floor: `tar -xOf image.tar <layer blob> | gzip -dc | sha256sum`.
//
//   imported by bench/run.mjs; writes .bench/image-results.json

import { createHash } from "node:crypto";
import {
  createReadStream,
  createWriteStream,
  existsSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, join } from "node:path";
import { pipeline } from "node:stream/promises";
import tar from "tar-stream";
import { bestOf, measureCommand, measurePipeline } from "./measure.mjs";

export async function benchImage({
  dir,
  cli,
  node = process.execPath,
  layerPath,
  uncompressedBytes,
  runs = 3,
  log = () => {},
}) {
  const image = join(dir, `image-${basename(layerPath, ".tar.gz")}.tar`);
  const layerDigest = await sha256Of(layerPath);
  const metaFile = `${image}.json`;
  const current =
    existsSync(metaFile) && JSON.parse(readFileSync(metaFile, "utf8")).layerDigest === layerDigest;
  if (!current || !existsSync(image)) {
    log(`building ${image} (one layer: ${basename(layerPath)})…\n`);
    await buildImage(image, layerPath, layerDigest);
    writeFileSync(metaFile, JSON.stringify({ layerDigest }));
  }
  const floor = [];
  const scan = [];
  for (let run = 0; run < runs; run++) {
    log(`image: floor and scan (run ${run + 1}/${runs})\n`);
    floor.push(
      await measurePipeline(
        ["sh", "-c", `tar -xOf '${image}' blobs/sha256/${layerDigest} | gzip -dc`],
        ["sha256sum"],
      ),
    );
    scan.push(
      await measureCommand([
        node,
        cli,
        "scan",
        image,
        "--format",
        "json",
        "--output",
        "/dev/null",
        "--max-entries",
        "10000000",
      ]),
    );
  }
  const result = { bytes: uncompressedBytes, floor: bestOf(floor), scan: bestOf(scan) };
  writeFileSync(join(dir, "image-results.json"), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

async function sha256Of(path) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk);
  return hash.digest("hex");
}

async function buildImage(image, layerPath, layerDigest) {
  const pack = tar.pack();
  const done = pipeline(pack, createWriteStream(image));
  const blobs = {};
  const add = (data) => {
    const digest = createHash("sha256").update(data).digest("hex");
    blobs[digest] = data;
    return { digest: `sha256:${digest}`, size: Buffer.byteLength(data) };
  };
  const config = add(
    JSON.stringify({ architecture: "amd64", os: "linux", config: { Env: ["PATH=/usr/bin"] } }),
  );
  const manifest = add(
    JSON.stringify({
      schemaVersion: 2,
      config: { mediaType: "application/vnd.oci.image.config.v1+json", ...config },
      layers: [
        {
          mediaType: "application/vnd.oci.image.layer.v1.tar+gzip",
          digest: `sha256:${layerDigest}`,
          size: statSync(layerPath).size,
        },
      ],
    }),
  );
  const entry = (name, data) =>
    new Promise((resolve, reject) =>
      pack.entry({ name }, data, (error) => (error ? reject(error) : resolve())),
    );
  await entry("oci-layout", '{"imageLayoutVersion":"1.0.0"}');
  await entry(
    "index.json",
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: "application/vnd.oci.image.manifest.v1+json",
          ...manifest,
          annotations: { "io.containerd.image.name": "bench.example.com/acme/big:1" },
        },
      ],
    }),
  );
  for (const [digest, data] of Object.entries(blobs)) await entry(`blobs/sha256/${digest}`, data);
  const layer = pack.entry({ name: `blobs/sha256/${layerDigest}`, size: statSync(layerPath).size });
  await pipeline(createReadStream(layerPath), layer);
  pack.finalize();
  await done;
}
