import { describe, expect, it } from "vitest";
import { artifactIdentity } from "../../src/engine/artifact-identity.js";

describe("artifact identity", () => {
  it.each([
    ["dist/my-pkg-1.4.2.tgz", "dist/my-pkg.tgz"],
    ["dist/my-pkg-1.4.3.tgz", "dist/my-pkg.tgz"],
    ["release/app-2.3.0-linux.zip", "release/app-linux.zip"],
    ["out/v1.2.3/site", "out/site"],
    ["build/ext-0.9.1-rc.2.vsix", "build/ext.vsix"],
    ["dist/", "dist"],
    ["./web", "web"],
    ["bundle.3f2a9c1b.zip", "bundle.zip"],
    ["tool_2024.05.01.tar.gz", "tool.tar.gz"],
  ])("%s → %s", (source, identity) => {
    expect(artifactIdentity({ source })).toBe(identity);
  });

  it("prefers an explicit name, then the npm package name", () => {
    expect(artifactIdentity({ source: "x-1.0.0.tgz", name: "web" })).toBe("web");
    expect(artifactIdentity({ source: "x-1.0.0.tgz", packageName: "@acme/x" })).toBe("npm:@acme/x");
  });

  it("never strips a name down to nothing", () => {
    expect(artifactIdentity({ source: "1.2.3" })).toBe("1.2.3");
  });
});
