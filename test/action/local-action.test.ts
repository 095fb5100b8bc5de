import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { tempDir, tgzBuffer } from "../helpers/archives.js";

const run = promisify(execFile);
const repo = join(import.meta.dirname, "../..");

/**
 * @github/local-action runs an action's TypeScript entry (`run()` in src/action/main.ts)
 * with a .env file of inputs. It cannot run the bundle, and it stubs only @actions/core 2,
 * so with core 3 the outputs arrive as workflow commands on stdout rather than in its table.
 */
async function localAction(inputs: Record<string, string>) {
  const dir = await tempDir("leakgate-local-action-");
  const summary = join(dir, "summary.md");
  await writeFile(summary, "");
  const env = Object.entries({ ...inputs, "WORKING-DIRECTORY": dir })
    .map(([name, value]) => `INPUT_${name.toUpperCase()}=${value}`)
    .concat([`GITHUB_STEP_SUMMARY=${summary}`]);
  await writeFile(join(dir, ".env"), `${env.join("\n")}\n`);
  await writeFile(
    join(dir, "clean-1.0.0.tgz"),
    await tgzBuffer({ "package/package.json": '{"name":"clean","version":"1.0.0"}', "package/a.js": "1" }),
  );
  await writeFile(
    join(dir, "leaky-1.0.0.tgz"),
    await tgzBuffer({ "package/package.json": '{"name":"leaky","version":"1.0.0"}', "package/.env": "A=1" }),
  );
  const bin = join(repo, "node_modules/.bin/local-action");
  const result = await run(bin, ["run", repo, "src/action/main.ts", join(dir, ".env")], {
    cwd: repo,
    env: { ...process.env, CI: "true" },
  }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
  return { ...result, summary: await readFile(summary, "utf8") };
}

describe("the action under @github/local-action", () => {
  it("passes a clean release and writes the summary", async () => {
    const result = await localAction({ artifacts: "clean-1.0.0.tgz" });
    expect(result.code).toBe(0);
    expect(result.summary).toContain("## ✅ leakgate: release may ship");
    expect(result.stdout).toContain("::set-output name=verdict::pass");
  });

  it("fails a leaking release", async () => {
    const result = await localAction({ artifacts: "leaky-1.0.0.tgz" });
    // local-action reports the failure (it does not always turn it into its own exit code).
    expect(result.stdout).toContain("::error::leakgate: 1 blocking finding;");
    expect(result.summary).toContain("## ❌ leakgate: release blocked — 1 blocking finding");
    expect(result.stdout).toContain("::set-output name=verdict::fail");
  });
});
