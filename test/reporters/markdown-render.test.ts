/**
 * The job summary as GitHub shows it: rendered by a real CommonMark renderer (markdown-it,
 * with HTML on, as GitHub allows <code> and <details>), then checked on the HTML. Escaping
 * that is right in the source can still be wrong on screen: `&lt;` inside a code span shows
 * as the five characters `&lt;`, not as `<`.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/reporters/markdown.js";
import type { Report } from "../../src/reporters/report.js";
import { incidentReport } from "./incident-report.js";

const md = new MarkdownIt({ html: true });
const golden = join(import.meta.dirname, "../golden");

/** The text people read in each <code> element (entities decoded once, as a browser does). */
function codeTexts(html: string): string[] {
  return [...html.matchAll(/<code[^>]*>([\s\S]*?)<\/code>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&"),
  );
}

describe("the job summary, rendered", () => {
  it.each(["incident.summary.md", "acme-cli-incident.summary.md", "acme-cli-incident-baseline.summary.md"])(
    "%s: tables, commands, and no entity shown literally",
    async (file) => {
      const html = md.render(await readFile(join(golden, file), "utf8"));
      expect(html).toContain("<table>");
      expect(html).toMatch(/<pre><code class="language-sh">[\s\S]*npx leakgate (accept|baseline)/);
      // Double escaping shows entities as text.
      expect(html).not.toMatch(/&amp;(lt|gt|amp|quot|#\d+);/);
      for (const text of codeTexts(html)) expect(text).not.toMatch(/&(lt|gt|amp|quot|#\d+);/);
    },
  );

  it("names with markdown and HTML characters show as written, in code spans and in commands", () => {
    const base = incidentReport();
    const hostile = "w&b<1>/x_y*z`q|r.js";
    const report: Report = {
      ...base,
      artifacts: base.artifacts.map((a) => ({ ...a, id: "w&b<1>.tgz", source: "w&b<1>.tgz" })),
      findings: base.findings.map((f) => ({ ...f, artifact: "w&b<1>.tgz", path: hostile })),
    };
    const html = md.render(renderMarkdown(report, { specs: ["w&b<1>.tgz"] }));
    const texts = codeTexts(html);
    expect(texts.some((t) => t.includes(`w&b<1>.tgz!${hostile}`))).toBe(true);
    expect(
      texts.some((t) => t.includes("npx leakgate baseline --write leakgate.baseline.json 'w&b<1>.tgz'")),
    ).toBe(true);
    for (const text of texts) expect(text).not.toMatch(/&(lt|gt|amp);/);
    // No injected element survives: the name's `<1>` is text, not a tag.
    expect(html).not.toContain("<1>");
  });
});
