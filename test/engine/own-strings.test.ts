/**
 * What a scan keeps to the end of an artifact (findings, sourceMappingURLs) must not keep the
 * file text it was cut from: V8 substrings are views into their parent. A heap snapshot is
 * the one place that shows which strings are alive.
 */
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { writeHeapSnapshot } from "node:v8";
import { describe, expect, it } from "vitest";
import { ownString } from "../../src/core/own-string.js";
import { FindingBudget } from "../../src/engine/finding-budget.js";
import { InlineMapDetector } from "../../src/rules/source-map/inline-url.js";
import { tempDir } from "../helpers/archives.js";

/** A 1 MB string starting with a unique marker, as the text of a chunk would be. */
function fileText(): { text: string; marker: string } {
  const marker = `M${randomUUID().replaceAll("-", "")}`;
  return { text: `${marker}${"y".repeat(1_000_000)}`, marker };
}

/** Whether a string starting with `marker` followed by many y is alive in this heap. */
async function alive(marker: string): Promise<boolean> {
  const file = writeHeapSnapshot(join(await tempDir(), "heap.heapsnapshot"));
  return (await readFile(file, "utf8")).includes(`${marker}${"y".repeat(64)}`);
}

describe("strings kept past their file", () => {
  it("a plain substring keeps its parent alive (the control: the snapshot sees it)", async () => {
    const { text, marker } = fileText();
    const kept = text.slice(20, 80);
    expect(await alive(marker)).toBe(true);
    expect(kept).toHaveLength(60);
  });

  it("ownString keeps only its own characters", async () => {
    let { text, marker } = fileText();
    const kept = ownString(text.slice(20, 80));
    text = "";
    expect(await alive(marker)).toBe(false);
    expect(kept).toHaveLength(60);
    expect(kept.slice(13)).toBe("y".repeat(47));
  }, 30_000);

  it("a kept finding holds no file text", async () => {
    let { text, marker } = fileText();
    const budget = new FindingBudget();
    budget.add({
      ruleId: "secret",
      severity: "error",
      path: "a.js",
      message: `found ${text.slice(10, 60)}`,
      fix: "remove it",
      evidence: text.slice(30, 90),
      details: { lines: [text.slice(40, 100)] },
    });
    text = "";
    expect(await alive(marker)).toBe(false);
    expect(budget.findings()[0]?.evidence).toHaveLength(60);
  }, 30_000);

  it("a sourceMappingURL kept to the end of the artifact holds no file text", async () => {
    const marker = `M${randomUUID().replaceAll("-", "")}`;
    const detector = new InlineMapDetector();
    detector.write(
      Buffer.from(
        `${marker}${"y".repeat(60_000)}\n//# sourceMappingURL=https://cdn.example.com/app.js.map\n`,
      ),
    );
    const found = detector.end();
    expect(found.urls).toEqual(["https://cdn.example.com/app.js.map"]);
    expect(await alive(marker)).toBe(false);
  }, 30_000);
});
