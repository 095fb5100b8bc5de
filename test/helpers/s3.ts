/**
 * A real S3-compatible server for tests: s3rver (a Node implementation of the S3 REST API
 * over a directory) on 127.0.0.1 and a random port, in a child process (see
 * s3rver-process.mjs) that is killed when the tests end, however they end. It accepts the
 * fixed credentials S3RVER/S3RVER; clients reach it path-style through AWS_ENDPOINT_URL_S3,
 * the way users point leakgate at MinIO, R2 or Ceph.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { CreateBucketCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { tempDir } from "./archives.js";

export interface S3Server {
  endpoint: string;
  /** The environment the CLI needs to reach it. */
  env: NodeJS.ProcessEnv;
  put(bucket: string, key: string, body: string | Buffer): Promise<void>;
  createBucket(bucket: string): Promise<void>;
  /**
   * Writes objects straight into s3rver's directory layout (`<key>._S3rver_object` and its
   * metadata), for buckets too large to fill over HTTP in a test.
   */
  seed(bucket: string, objects: Iterable<[key: string, body: string]>): Promise<void>;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

export async function startS3(): Promise<S3Server> {
  const directory = await tempDir("leakgate-s3rver-");
  const child = spawn(
    process.execPath,
    ["--openssl-legacy-provider", join(import.meta.dirname, "s3rver-process.mjs"), directory],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  running.add(child);
  const port = await new Promise<number>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`s3rver exited with ${code}`)));
    child.stdout!.once("data", (chunk) => resolve(Number(String(chunk).trim())));
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const env = {
    AWS_ENDPOINT_URL_S3: endpoint,
    AWS_ACCESS_KEY_ID: "S3RVER",
    AWS_SECRET_ACCESS_KEY: "S3RVER",
    AWS_REGION: "us-east-1",
  };
  const client = new S3Client({
    endpoint,
    forcePathStyle: true,
    region: "us-east-1",
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  });
  return {
    endpoint,
    env,
    async put(bucket, key, body) {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
    },
    async createBucket(bucket) {
      await client.send(new CreateBucketCommand({ Bucket: bucket }));
    },
    async seed(bucket, objects) {
      for (const [key, body] of objects) {
        const path = join(directory, bucket, key);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(`${path}._S3rver_object`, body);
        await writeFile(`${path}._S3rver_object.md5`, createHash("md5").update(body).digest("hex"));
        await writeFile(`${path}._S3rver_metadata.json`, '{"content-type":"text/plain"}');
      }
    },
    async stop() {
      client.destroy();
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      running.delete(child);
    },
  };
}
