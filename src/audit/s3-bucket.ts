/**
 * A published bucket, through the AWS SDK: credentials come from its standard chain (the
 * environment, `aws-actions/configure-aws-credentials` with OIDC, profiles, instance roles),
 * and an S3-compatible store (MinIO, R2, Ceph) from `AWS_ENDPOINT_URL_S3` or
 * `AWS_ENDPOINT_URL`, addressed path-style. The listing is read page by page; with `--deep`
 * each object's body is streamed through the engine, a few requests ahead of the scan.
 */
import type { Readable } from "node:stream";
import { GetObjectCommand, paginateListObjectsV2, S3Client } from "@aws-sdk/client-s3";
import { inputError } from "../core/errors.js";
import { noContent } from "../sources/byte-reader.js";
import type { RawEntry } from "../sources/raw-entry.js";
import type { AuditTarget } from "./target.js";

type S3Target = Extract<AuditTarget, { kind: "s3" }>;

export function createS3Client(env: NodeJS.ProcessEnv = process.env): S3Client {
  // The SDK warns on Node 20 that its *future* releases will need Node 22. leakgate bundles a
  // pinned SDK, so the warning says nothing to its users: it would only clutter every report.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const endpoint = env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL;
  return new S3Client({
    region: env.AWS_REGION || env.AWS_DEFAULT_REGION || "us-east-1",
    // A custom endpoint is a local or third-party store: they rarely serve virtual-host buckets.
    ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
  });
}

/** The target's prefix as a folder: `s3://b/site` covers `site/…`, not `site-old/…`. */
export function folderPrefix(target: S3Target): string {
  return target.prefix === "" || target.prefix.endsWith("/") ? target.prefix : `${target.prefix}/`;
}

/**
 * The objects under the prefix as entries, in the store's order. With `deep`, bodies are
 * requested up to `window` objects ahead of the one being read, so the scan never waits for
 * a round trip; requests still pending when the walk stops are cancelled.
 */
export async function* bucketEntries(
  client: S3Client,
  target: S3Target,
  deep: boolean,
  window: number,
): AsyncGenerator<RawEntry> {
  const prefix = folderPrefix(target);
  const ahead: { key: string; size: number; body?: Promise<Readable> }[] = [];
  const entryOf = (item: (typeof ahead)[number]): RawEntry => {
    const name = item.key.slice(prefix.length);
    if (name.endsWith("/") && item.size === 0) {
      return { name, type: "directory", size: 0, mode: 0o755, content: noContent };
    }
    return {
      name,
      type: "file",
      size: item.size,
      mode: 0o644,
      ...(deep ? {} : { listedOnly: true }),
      content: () => (item.body ? bodyChunks(item.body, target) : noContent()),
    };
  };
  try {
    const pages = paginateListObjectsV2(
      { client, pageSize: 1000 },
      { Bucket: target.bucket, Prefix: prefix },
    );
    for await (const page of pages) {
      for (const object of page.Contents ?? []) {
        if (!object.Key) continue;
        const item = {
          key: object.Key,
          size: object.Size ?? 0,
          ...(deep ? { body: fetchBody(client, target.bucket, object.Key) } : {}),
        };
        ahead.push(item);
        if (ahead.length > window) yield entryOf(ahead.shift()!);
      }
    }
    while (ahead.length > 0) yield entryOf(ahead.shift()!);
  } catch (error) {
    throw s3Error(error, target);
  } finally {
    for (const item of ahead)
      item.body?.then(
        (body) => body.destroy(),
        () => {},
      );
  }
}

function fetchBody(client: S3Client, bucket: string, key: string): Promise<Readable> {
  const body = client.send(new GetObjectCommand({ Bucket: bucket, Key: key })).then((response) => {
    if (!response.Body) throw new Error(`no body for ${key}`);
    return response.Body as Readable;
  });
  // Awaited later, in order: until then a failure must not count as unhandled.
  body.catch(() => {});
  return body;
}

async function* bodyChunks(body: Promise<Readable>, target: S3Target): AsyncGenerator<Buffer> {
  try {
    const stream = await body;
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (error) {
    throw s3Error(error, target);
  }
}

/** What the store's answer means for the person reading the report. Keys and secrets never appear. */
export function s3Error(error: unknown, target: S3Target): Error {
  const e = error as { name?: string; Code?: string; $metadata?: { httpStatusCode?: number }; code?: string };
  const name = e?.name ?? "";
  const status = e?.$metadata?.httpStatusCode;
  if (name === "NoSuchBucket") return inputError(target.text, `the bucket "${target.bucket}" does not exist`);
  if (
    [
      "InvalidAccessKeyId",
      "SignatureDoesNotMatch",
      "AccessDenied",
      "Forbidden",
      "ExpiredToken",
      "InvalidToken",
    ].includes(name) ||
    status === 403
  ) {
    return inputError(
      target.text,
      `the store refused the credentials (${name || status}): check AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or the role given by aws-actions/configure-aws-credentials`,
    );
  }
  if (name === "CredentialsProviderError") {
    return inputError(
      target.text,
      "no AWS credentials were found (environment, profile, web identity or instance role)",
    );
  }
  if (e?.code === "ECONNREFUSED" || e?.code === "ENOTFOUND") {
    return inputError(target.text, `the store cannot be reached (${e.code})`);
  }
  if (status) return inputError(target.text, `the store answered ${status} (${name})`);
  return error instanceof Error ? error : new Error(String(error));
}
