// The floor of the npm audit bench: every version's tarball fetched from the registry,
// gunzipped and written to stdout (piped into sha256sum), one after another. No parsing, no
// rules: the least work any audit of those versions must do.
//
//   node bench/fetch-floor.mjs <registry-url> <package> | sha256sum

import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";

const [registry, name] = process.argv.slice(2);
const packument = await (await fetch(`${registry}${name}`)).json();
const out = new Writable({
  write(chunk, _encoding, done) {
    if (process.stdout.write(chunk)) done();
    else process.stdout.once("drain", done);
  },
});
for (const version of Object.values(packument.versions)) {
  const response = await fetch(version.dist.tarball);
  await pipeline(Readable.fromWeb(response.body), createGunzip(), out, { end: false });
}
