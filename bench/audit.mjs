// The audit cases of `npm run bench`:
//   1. 50 versions of a 5 MB package on a local registry (Verdaccio on 127.0.0.1, storage kept
//      in .bench/), audited with `leakgate audit npm:bench-audit-pkg@*` at concurrency 1 and 4,
//      against the floor: fetching every tarball, gunzip and sha256 (bench/fetch-floor.mjs).
//   2. A bucket listing of 10,000 and of 100,000 objects on s3rver (objects written straight
//      into its directory layout), audited without --deep: seconds and peak RSS as the count grows.
//
//   node bench/audit.mjs [--runs N]     (run by bench/run.mjs; writes .bench/audit-results.json)

import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import tar from "tar-stream";
import { bestOf, measureCommand, measurePipeline } from "./measure.mjs";

const PACKAGE = "bench-audit-pkg";
const VERSIONS = 50;
const PACKAGE_BYTES = 5 * 1024 * 1024;
const LISTINGS = [10_000, 100_000];
const LISTING_HEAP_MB = 32;

export async function benchAudit({ dir, cli, node = process.execPath, runs = 3, log = () => {} }) {
  const root = join(dir, "audit");
  mkdirSync(root, { recursive: true });
  const registry = await startVerdaccio(join(root, "verdaccio"), log);
  let s3;
  try {
    const token = await login(registry.url);
    await publishVersions(registry.url, token, log);
    const project = join(root, "project");
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, ".npmrc"), `registry=${registry.url}\n`);
    const audit = (concurrency) => [
      node,
      cli,
      "audit",
      "--cwd",
      project,
      `npm:${PACKAGE}@*`,
      "--concurrency",
      String(concurrency),
      "--format",
      "json",
      "--output",
      "/dev/null",
    ];
    const floor = [process.execPath, join(import.meta.dirname, "fetch-floor.mjs"), registry.url, PACKAGE];
    const npm = { floor: [], serial: [], concurrent: [] };
    for (let run = 0; run < runs; run++) {
      log(`audit: ${VERSIONS} versions × 5 MB from the local registry (run ${run + 1}/${runs})\n`);
      npm.floor.push(await measurePipeline(floor, ["sha256sum"]));
      npm.serial.push(await measureCommand(audit(1)));
      npm.concurrent.push(await measureCommand(audit(4)));
    }

    const buckets = [];
    for (const count of LISTINGS) await fillBucket(join(root, "s3rver"), `list-${count}`, count, log);
    s3 = await startS3rver(join(root, "s3rver"));
    const port = s3.port;
    process.env.AWS_ENDPOINT_URL_S3 = `http://127.0.0.1:${port}`;
    process.env.AWS_ACCESS_KEY_ID = "S3RVER";
    process.env.AWS_SECRET_ACCESS_KEY = "S3RVER";
    process.env.AWS_REGION = "us-east-1";
    // Peak RSS rises with the count even when nothing is kept: V8 lets garbage pile up before
    // it collects. What is *kept* is measured by running again in a 32 MB heap: the audit
    // finishes there at every count only if its memory does not grow with the bucket.
    const listing = (count, heap) => [
      node,
      ...(heap ? [`--max-old-space-size=${heap}`] : []),
      cli,
      "audit",
      `s3://list-${count}`,
      "--max-entries",
      "10000000",
      "--format",
      "json",
      "--output",
      "/dev/null",
    ];
    for (const count of LISTINGS) {
      const samples = [];
      for (let run = 0; run < runs; run++) {
        log(`audit: listing ${count.toLocaleString("en-US")} objects (run ${run + 1}/${runs})\n`);
        samples.push(await measureCommand(listing(count)));
      }
      log(`audit: listing ${count.toLocaleString("en-US")} objects in a ${LISTING_HEAP_MB} MB heap\n`);
      const capped = await measureCommand(listing(count, LISTING_HEAP_MB));
      buckets.push({
        objects: count,
        ...bestOf(samples),
        cappedHeap: { heapMB: LISTING_HEAP_MB, exitCode: capped.exitCode, rssMB: capped.rssMB },
      });
    }
    const result = {
      npm: {
        versions: VERSIONS,
        packageBytes: PACKAGE_BYTES,
        floor: bestOf(npm.floor),
        serial: bestOf(npm.serial),
        concurrent: bestOf(npm.concurrent),
      },
      buckets,
    };
    writeFileSync(join(dir, "audit-results.json"), `${JSON.stringify(result, null, 2)}\n`);
    return result;
  } finally {
    s3?.child.kill("SIGTERM");
    registry.stop();
  }
}

/** s3rver in a child process with the legacy OpenSSL provider (see test/helpers/s3rver-process.mjs). */
export async function startS3rver(directory) {
  mkdirSync(directory, { recursive: true });
  const script = join(import.meta.dirname, "../test/helpers/s3rver-process.mjs");
  const child = spawn(process.execPath, ["--openssl-legacy-provider", script, directory], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  process.on("exit", () => child.kill("SIGKILL"));
  const port = await new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`s3rver exited with ${code}`)));
    child.stdout.once("data", (chunk) => resolve(Number(String(chunk).trim())));
  });
  return { child, port };
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startVerdaccio(storage, log) {
  mkdirSync(storage, { recursive: true });
  const config = join(storage, "config.yaml");
  writeFileSync(
    config,
    `storage: ${join(storage, "storage")}\nauth:\n  htpasswd:\n    file: ${join(storage, "htpasswd")}\n    max_users: 100\nuplinks: {}\npackages:\n  "**":\n    access: $all\n    publish: $authenticated\nweb:\n  enable: false\nmax_body_size: 100mb\nlog: { type: stdout, format: pretty, level: error }\n`,
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(
    join(import.meta.dirname, "../node_modules/.bin/verdaccio"),
    ["--config", config, "--listen", `127.0.0.1:${port}`],
    {
      stdio: "ignore",
    },
  );
  process.on("exit", () => child.kill("SIGKILL"));
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}-/ping`)).ok) return { url, stop: () => child.kill("SIGTERM") };
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  log("verdaccio did not start\n");
  throw new Error("verdaccio did not start");
}

async function login(url) {
  const name = "bench";
  const body = JSON.stringify({ name, password: "bench-password", type: "user", roles: [] });
  const headers = { "content-type": "application/json" };
  let response = await fetch(`${url}-/user/org.couchdb.user:${name}`, { method: "PUT", headers, body });
  if (response.status === 409) {
    // Already registered in the kept storage: log in instead.
    response = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
      method: "PUT",
      headers: {
        ...headers,
        authorization: `Basic ${Buffer.from(`${name}:bench-password`).toString("base64")}`,
      },
      body,
    });
  }
  const json = await response.json();
  if (!json.token) throw new Error(`verdaccio login failed: ${JSON.stringify(json)}`);
  return json.token;
}

/** Publishes the versions the way `npm publish` does (one PUT with the tarball attached), once. */
async function publishVersions(url, token, log) {
  const existing = await fetch(`${url}${PACKAGE}`);
  if (existing.ok && Object.keys((await existing.json()).versions ?? {}).length >= VERSIONS) return;
  log(`publishing ${VERSIONS} versions of ${PACKAGE} (5 MB each) to the local registry…\n`);
  for (let i = 0; i < VERSIONS; i++) {
    const version = `1.0.${i}`;
    const tarball = await packageTarball(version);
    const integrity = `sha512-${createHash("sha512").update(tarball).digest("base64")}`;
    const file = `${PACKAGE}-${version}.tgz`;
    const manifest = {
      name: PACKAGE,
      version,
      _id: `${PACKAGE}@${version}`,
      dist: {
        integrity,
        shasum: createHash("sha1").update(tarball).digest("hex"),
        tarball: `${url}${PACKAGE}/-/${file}`,
      },
    };
    const response = await fetch(`${url}${PACKAGE}`, {
      method: "PUT",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({
        _id: PACKAGE,
        name: PACKAGE,
        "dist-tags": { latest: version },
        versions: { [version]: manifest },
        _attachments: {
          [file]: {
            content_type: "application/octet-stream",
            data: tarball.toString("base64"),
            length: tarball.length,
          },
        },
      }),
    });
    if (!response.ok)
      throw new Error(`publish ${version} failed: ${response.status} ${await response.text()}`);
  }
}

/** A package of ~5 MB of JavaScript-like text (compresses about 4:1, like real bundles). */
async function packageTarball(version) {
  const pack = tar.pack();
  const chunks = [];
  pack.on("data", (chunk) => chunks.push(chunk));
  const done = new Promise((resolve) => pack.on("end", resolve));
  pack.entry({ name: "package/package.json" }, JSON.stringify({ name: PACKAGE, version }));
  const per = PACKAGE_BYTES / 20;
  for (let f = 0; f < 20; f++) {
    let text = "";
    while (text.length < per) {
      text += `export function f${text.length}(a, b) { return a * ${randomBytes(3).toString("hex").length} + "${randomBytes(12).toString("base64")}"; }\n`;
    }
    pack.entry({ name: `package/dist/chunk-${f}.js` }, text.slice(0, per));
  }
  pack.finalize();
  await done;
  return gzipSync(Buffer.concat(chunks));
}

/** Objects written straight into s3rver's directory layout: PUTting 100,000 takes minutes. */
export async function fillBucket(directory, bucket, count, log) {
  const marker = join(directory, `${bucket}.filled`);
  if (existsSync(marker)) return;
  log(`writing ${count.toLocaleString("en-US")} objects into s3rver's directory for ${bucket}…\n`);
  for (let i = 0; i < count; i++) {
    const folder = join(directory, bucket, `site/section-${i % 100}`);
    if (i < 100) await mkdir(folder, { recursive: true });
    const name = `page-${i}.html`;
    const body = `<p>${i}</p>\n`;
    await writeFile(join(folder, `${name}._S3rver_object`), body);
    await writeFile(join(folder, `${name}._S3rver_object.md5`), createHash("md5").update(body).digest("hex"));
    await writeFile(join(folder, `${name}._S3rver_metadata.json`), '{"content-type":"text/html"}');
  }
  writeFileSync(marker, "");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, "..");
  const runsAt = process.argv.indexOf("--runs");
  const result = await benchAudit({
    dir: join(root, ".bench"),
    cli: join(root, "dist/cli.js"),
    runs: runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 3,
    log: (text) => process.stderr.write(text),
  });
  console.log(JSON.stringify(result, null, 2));
  process.exit(0);
}
