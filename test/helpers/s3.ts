/**
 * A real S3-compatible server for tests: s3rver (a Node implementation of the S3 REST API
 * over a directory) on 127.0.0.1, a random port, in this process. It accepts the fixed
 * credentials S3RVER/S3RVER; clients address it path-style through AWS_ENDPOINT_URL_S3, the
 * way users point leakgate at MinIO, R2 or Ceph.
 */
import { CreateBucketCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { tempDir } from "./archives.js";

export interface S3Server {
  endpoint: string;
  /** The environment the CLI needs to reach it. */
  env: NodeJS.ProcessEnv;
  put(bucket: string, key: string, body: string | Buffer): Promise<void>;
  createBucket(bucket: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startS3(): Promise<S3Server> {
  const server = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory: await tempDir("leakgate-s3rver-"),
  });
  const { port } = (await server.run()) as { port: number };
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
    async stop() {
      client.destroy();
      await server.close();
    },
  };
}
