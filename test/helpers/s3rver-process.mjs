// Runs s3rver in a child process and prints its port. A child, because s3rver makes
// ListObjectsV2 continuation tokens with DES, which Node 17+ only has with
// --openssl-legacy-provider: without it every listing longer than one page fails with a 500.
// Used by test/helpers/s3.ts and bench/audit.mjs.
//
//   node --openssl-legacy-provider test/helpers/s3rver-process.mjs <directory>
import S3rver from "s3rver";

const server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: process.argv[2] });
const { port } = await server.run();
process.stdout.write(`${port}\n`);
process.on("SIGTERM", async () => {
  await server.close();
  process.exit(0);
});
