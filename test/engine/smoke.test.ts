import { createHash } from "node:crypto";
import { basename, dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { scanArtifact } from "../../src/engine/scan-artifact.js";
import { DEFAULT_LIMITS } from "../../src/model.js";
import { resolveArtifactSpecs } from "../../src/sources/artifact-spec.js";
import { gzBuffer, tarBuffer, tgzBuffer, writeTemp, zipBuffer } from "../helpers/archives.js";

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

async function scanFile(path: string) {
  const [spec] = await resolveArtifactSpecs([basename(path)], dirname(path));
  return scanArtifact(spec!, { rules: [], limits: DEFAULT_LIMITS });
}

describe("smoke", () => {
  it("nested", async () => {
    const inner = await zipBuffer({ "lib/index.js": "console.log(1)\n", "deep.tar.gz": await tgzBuffer({ "a.txt": "A" }) });
    const path = await writeTemp(
      "release.tgz",
      await tgzBuffer({ "package/package.json": '{"name":"x","version":"1.0.0"}', "package/vendor/plugin.zip": inner, "package/x.gz": gzBuffer("hello") }),
    );
    const result = await scanFile(path);
    console.log(JSON.stringify(result, null, 1));
    expect(result.manifest.entries.map((e) => e.path)).toContain("package/vendor/plugin.zip!lib/index.js");
    expect(result.manifest.entries.find((e) => e.path === "package/vendor/plugin.zip!lib/index.js")?.sha256).toBe(sha("console.log(1)\n"));
    expect(await tarBuffer({})).toBeTruthy();
  });
});
