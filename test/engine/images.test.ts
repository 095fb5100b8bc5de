/**
 * Container images, built in code without a daemon (helpers/images.ts): every file of every
 * layer is checked, files deleted by a later layer are said to still ship, the config's Env
 * is read, digests are verified, and the repository is the identity.
 */
import { execFileSync } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { recordBaseline } from "../../src/baseline/record.js";
import { defaultConfig } from "../../src/config/types.js";
import { scan as runScan } from "../../src/pipeline/scan.js";
import { allRules, fakeGithubToken } from "../hardening/hostile.js";
import { tarBuffer, tempDir, writeTemp, writeTree } from "../helpers/archives.js";
import { dockerSave, layer, ociLayout, sha256 } from "../helpers/images.js";
import { findingsOf, scanPath } from "../helpers/scan.js";

const base = () =>
  layer({ "app/index.js": "console.log(1);\n", "app/.env": "DATABASE_PASSWORD=hunter2hunter2\n" });
const removesEnv = () => layer({ "app/.wh..env": "" }, "zstd");

describe("container images", () => {
  it("an OCI layout tarball: a .env deleted by a later layer still ships, and the finding says where", async () => {
    const l1 = await base();
    const image = ociLayout(
      [{ layers: [l1, await removesEnv()], config: { config: { Env: ["PATH=/usr/bin"] } } }],
      "ghcr.io/acme/api:1.2.3",
    );
    const scan = await scanPath(await writeTemp("api.tar", await tarBuffer(image)), { rules: allRules() });
    expect(scan.manifest.kind).toBe("image");
    expect(scan.identity).toBe("image:ghcr.io/acme/api");
    const env = findingsOf(scan, "internal-path");
    expect(env.map((f) => f.path)).toEqual([`blobs/sha256/${sha256(l1)}!app/.env`]);
    expect(env[0]!.message).toContain(
      "It is deleted in layer 2, but still in layer 1 of 2: anyone who pulls the image gets it.",
    );
    expect(env[0]!.details).toMatchObject({ layer: 1, layers: 2, deletedInLayer: 2 });
    expect(findingsOf(scan, "image-integrity")).toEqual([]);
  });

  it("a secret in the config's Env is a secret finding, never printed", async () => {
    const token = fakeGithubToken();
    const image = ociLayout([
      {
        layers: [await base()],
        config: {
          config: { Env: [`GITHUB_TOKEN=${token}`] },
          history: [{ created_by: "ENV GITHUB_TOKEN=…" }],
        },
      },
    ]);
    const scan = await scanPath(await writeTemp("env.tar", await tarBuffer(image)), { rules: allRules() });
    const secrets = findingsOf(scan, "secret");
    expect(secrets).toHaveLength(1);
    expect(JSON.stringify(scan.findings)).not.toContain(token);
  });

  it("docker save: layers by manifest.json, an opaque directory deletes what is below it, and the tag is not part of the identity", async () => {
    const l1 = await layer(
      { "root/.ssh/id_rsa": "-----BEGIN OPENSSH PRIVATE KEY-----\nxx\n", "root/.profile": "x\n" },
      "none",
    );
    const l2 = await layer({ "root/.ssh/.wh..wh..opq": "", "root/.ssh/config": "Host *\n" });
    const scan = await scanPath(
      await writeTemp(
        "api-1.2.4.tar",
        await tarBuffer(dockerSave({ layers: [l1, l2], config: {} }, "ghcr.io/acme/api:1.2.4")),
      ),
      {
        rules: allRules(),
      },
    );
    expect(scan.identity).toBe("image:ghcr.io/acme/api");
    const key = findingsOf(scan, "internal-path").find((f) => f.path.endsWith("!root/.ssh/id_rsa"))!;
    expect(key.details).toMatchObject({ layer: 1, deletedInLayer: 2 });
  });

  it("a multi-platform index: every platform's layers, named by platform", async () => {
    const amd = await base();
    const arm = await layer({ "app/.env.production": "X=1\n" });
    const image = ociLayout(
      [
        { layers: [amd], config: {}, platform: { os: "linux", architecture: "amd64" } },
        { layers: [arm], config: {}, platform: { os: "linux", architecture: "arm64", variant: "v8" } },
      ],
      "ghcr.io/acme/api:2",
    );
    const scan = await scanPath(await writeTemp("multi.tar", await tarBuffer(image)), { rules: allRules() });
    const messages = findingsOf(scan, "internal-path").map((f) => f.message);
    expect(messages.some((m) => m.includes("(In layer 1 of 1 (linux/amd64).)"))).toBe(true);
    expect(messages.some((m) => m.includes("(In layer 1 of 1 (linux/arm64/v8).)"))).toBe(true);
  });

  it("a blob whose content is not its digest, and a layer that is missing, are image-integrity", async () => {
    const l1 = await base();
    const image = ociLayout([{ layers: [l1], config: {} }]);
    image[`blobs/sha256/${sha256(l1)}`] = await layer({ "app/index.js": "console.log('swapped');\n" });
    let scan = await scanPath(await writeTemp("tampered.tar", await tarBuffer(image)), { rules: allRules() });
    expect(findingsOf(scan, "image-integrity").map((f) => f.path)).toEqual([`blobs/sha256/${sha256(l1)}`]);
    delete image[`blobs/sha256/${sha256(l1)}`];
    scan = await scanPath(await writeTemp("missing.tar", await tarBuffer(image)), { rules: allRules() });
    expect(findingsOf(scan, "image-integrity")[0]!.message).toContain("which it does not hold");
  });

  it("an OCI layout directory reads like its tarball", async () => {
    const image = ociLayout(
      [{ layers: [await base(), await removesEnv()], config: {} }],
      "ghcr.io/acme/api:3",
    );
    const dir = await tempDir("leakgate-oci-");
    await writeTree(dir, image);
    const fromDir = await scanPath(dir, { rules: allRules() });
    const fromTar = await scanPath(await writeTemp("api3.tar", await tarBuffer(image)), {
      rules: allRules(),
    });
    expect(fromDir.manifest.kind).toBe("image");
    expect(fromDir.findings.map((f) => f.message)).toEqual(fromTar.findings.map((f) => f.message));
  });

  it("oci: and docker-archive: insist on an image", async () => {
    const image = ociLayout([{ layers: [await base()], config: {} }], "ghcr.io/acme/api:4");
    const dir = await tempDir("leakgate-oci-");
    await writeTree(dir, image);
    expect((await scanPath(dir, { prefix: "oci:" })).manifest.kind).toBe("image");
    const notImage = await writeTemp("plain.tar", await tarBuffer({ "a.txt": "a" }));
    await expect(scanPath(notImage, { prefix: "docker-archive:" })).rejects.toThrow(
      /plain\.tar: is not a container image/,
    );
  });

  // A real image, written by Debian's umoci without a daemon (.ci/run installs it).
  const umoci = (() => {
    try {
      execFileSync("umoci", ["--version"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();
  it.skipIf(!umoci)(
    "a real OCI layout made by umoci: the .env a later layer removed is found and said to ship",
    async () => {
      const dir = await tempDir("leakgate-umoci-");
      const run = (...args: string[]) => execFileSync("umoci", args, { cwd: dir, stdio: "ignore" });
      run("init", "--layout", "img");
      run("new", "--image", "img:1.0");
      run("unpack", "--rootless", "--image", "img:1.0", "b1");
      await mkdir(join(dir, "b1/rootfs/app"), { recursive: true });
      await writeFile(join(dir, "b1/rootfs/app/.env"), "DB_PASSWORD=not-a-real-one\n");
      await writeFile(join(dir, "b1/rootfs/app/index.js"), "console.log(1);\n");
      run("repack", "--image", "img:1.0", "b1");
      run("unpack", "--rootless", "--image", "img:1.0", "b2");
      await rm(join(dir, "b2/rootfs/app/.env"));
      run("repack", "--image", "img:1.0", "b2");
      run("gc", "--layout", "img");
      const scan = await scanPath(join(dir, "img"), { rules: allRules(), prefix: "oci:" });
      const env = findingsOf(scan, "internal-path");
      expect(env).toHaveLength(1);
      expect(env[0]!.path).toMatch(/^blobs\/sha256\/[0-9a-f]{64}!app\/\.env$/);
      expect(env[0]!.details).toMatchObject({ layer: 1, layers: 2, deletedInLayer: 2 });
      expect(findingsOf(scan, "image-integrity")).toEqual([]);
    },
  );

  it("the baseline records the final filesystem and the layer digests; a rebuilt image with new layers but the same files passes", async () => {
    const dir = await tempDir("leakgate-image-baseline-");
    const build = async (tag: string, extra: Record<string, string> = {}) =>
      tarBuffer(
        ociLayout(
          [
            {
              layers: [
                await layer({ "app/index.js": `console.log("${tag}");\n`, "app/.env": "X=1\n", ...extra }),
                await removesEnv(),
              ],
              config: {},
            },
          ],
          `ghcr.io/acme/api:${tag}`,
        ),
      );
    await writeFile(join(dir, "api-1.tar"), await build("1"));
    const first = await runScan({ specs: ["api-1.tar"], cwd: dir, config: defaultConfig() });
    const baseline = recordBaseline(first.artifacts);
    expect(baseline.artifacts[0]).toMatchObject({ identity: "image:ghcr.io/acme/api", kind: "image" });
    expect(baseline.artifacts[0]!.entries.map((e) => e.path)).toEqual(["app/index.js"]);
    expect(baseline.artifacts[0]!.layers).toHaveLength(2);

    await writeFile(join(dir, "api-2.tar"), await build("2"));
    const same = await runScan({
      specs: ["api-2.tar"],
      cwd: dir,
      config: defaultConfig(),
      baseline: { file: "b.json", content: baseline },
    });
    expect(same.baseline?.diffs.get("api-2.tar")).toMatchObject({ added: [], removed: [] });

    await writeFile(join(dir, "api-3.tar"), await build("3", { "app/debug.log": "trace\n" }));
    const grown = await runScan({
      specs: ["api-3.tar"],
      cwd: dir,
      config: defaultConfig(),
      baseline: { file: "b.json", content: baseline },
    });
    expect(grown.findings.filter((f) => f.ruleId === "unexpected-file").map((f) => f.path)).toEqual([
      "app/debug.log",
    ]);
  });

  it("a file a later layer overwrites is said to be replaced, not deleted; a layer listed twice is applied once", async () => {
    const l1 = await layer({ "app/.env": "A=1\n" });
    const l2 = await layer({ "app/.env": "A=2\n" });
    const image = dockerSave({ layers: [l1, l2, l2], config: {} }, "ghcr.io/acme/api:5");
    const scan = await scanPath(await writeTemp("over.tar", await tarBuffer(image)), { rules: allRules() });
    const first = findingsOf(scan, "internal-path").find((f) =>
      f.path.startsWith(`blobs/sha256/${sha256(l1)}`),
    )!;
    expect(first.message).toContain("Layer 2 replaces it, but this copy is still in layer 1 of 2");
    expect(first.details).toMatchObject({ overwrittenInLayer: 2 });
  });

  it("an index that lists the next one many times, several deep, is read once per document", async () => {
    const image = ociLayout([{ layers: [await base()], config: {} }]);
    let inner = JSON.parse(image["index.json"] as string).manifests[0];
    for (let depth = 0; depth < 6; depth++) {
      const text = JSON.stringify({ schemaVersion: 2, manifests: Array.from({ length: 30 }, () => inner) });
      image[`blobs/sha256/${sha256(text)}`] = text;
      inner = {
        mediaType: "application/vnd.oci.image.index.v1+json",
        digest: `sha256:${sha256(text)}`,
        size: text.length,
      };
    }
    image["index.json"] = `  ${JSON.stringify({ schemaVersion: 2, manifests: [inner] })}`; // leading spaces: still JSON
    const started = Date.now();
    const scan = await scanPath(await writeTemp("fan.tar", await tarBuffer(image)), { rules: allRules() });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(scan.manifest.kind).toBe("image");
  });

  it("a digest that is not a verifiable sha256 is image-integrity, not skipped", async () => {
    const image = ociLayout([{ layers: [await base()], config: {} }]);
    const index = JSON.parse(image["index.json"] as string);
    index.manifests.push({
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      digest: "sha256:../../etc/passwd",
      size: 1,
    });
    image["index.json"] = JSON.stringify(index);
    const scan = await scanPath(await writeTemp("bad-digest.tar", await tarBuffer(image)), {
      rules: allRules(),
    });
    expect(
      findingsOf(scan, "image-integrity")
        .map((f) => f.message)
        .join(),
    ).toContain("not a sha256 leakgate can verify");
  });

  it("a whiteout with .. in it is a suspicious path, never applied outside the layer", async () => {
    const l2 = await layer({ "app/../../.wh.etc": "" });
    const image = ociLayout([{ layers: [await base(), l2], config: {} }]);
    const scan = await scanPath(await writeTemp("dots.tar", await tarBuffer(image)), { rules: allRules() });
    expect(findingsOf(scan, "suspicious-path")).toHaveLength(1);
  });
});
