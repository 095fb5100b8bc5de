// leakgate checks leakgate: packs this repository the way `npm publish` would (npm pack)
// and scans the tarball with the committed CLI bundle.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const out = mkdtempSync(join(tmpdir(), "leakgate-dogfood-"));
try {
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", out], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }),
  );
  const tarball = join(out, packed[0].filename);
  const extra = process.argv.slice(2);
  const { status } = spawnSync(process.execPath, ["dist/cli.js", "scan", `leakgate=${tarball}`, ...extra], {
    stdio: "inherit",
  });
  process.exitCode = status ?? 2;
} finally {
  rmSync(out, { recursive: true, force: true });
}
