// leakgate checks leakgate: packs this repository the way `npm publish` would (npm pack)
// and scans the tarball with the committed CLI bundle, against the committed baseline.
//   node scripts/dogfood.mjs            # the gate (CI)
//   node scripts/dogfood.mjs --record   # refresh leakgate.baseline.json after an intended change
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
  const command = process.argv.includes("--record")
    ? ["baseline", "--write", "leakgate.baseline.json", `leakgate=${tarball}`]
    : ["scan", "--baseline", "leakgate.baseline.json", `leakgate=${tarball}`];
  const { status } = spawnSync(process.execPath, ["dist/cli.js", ...command], { stdio: "inherit" });
  process.exitCode = status ?? 2;
} finally {
  rmSync(out, { recursive: true, force: true });
}
