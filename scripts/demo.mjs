// `npm run demo`: leakgate's main job on the bundled example release (fixtures/demo), using
// the committed bundle exactly as a user would. The example is meant to fail the gate, so
// this script succeeds when leakgate blocks it (exit 1) and fails on anything else.
import { spawnSync } from "node:child_process";

const release = "fixtures/demo/acme-cli-2.0.0.tgz";
const baseline = "fixtures/demo/leakgate.baseline.json"; // recorded from release 1.9.0
const args = ["dist/cli.js", "scan", "--baseline", baseline, release];
console.log(`$ leakgate scan --baseline ${baseline} ${release}\n`);
const { status } = spawnSync(process.execPath, args, { stdio: "inherit" });
if (status === 1) {
  console.log("\nleakgate exited 1: this release would have been stopped before `npm publish`.");
  process.exit(0);
}
console.error(`\nThe demo expected leakgate to block this release (exit 1), but it exited ${status}.`);
process.exit(1);
