import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/model.js";
import { renderMarkdown } from "../../src/reporters/markdown.js";
import type { Report } from "../../src/reporters/report.js";
import {
  acceptedNotice,
  baselineExtra,
  incidentReport,
  largeFileFinding,
  secretFinding,
  sourceMapFinding,
  TARBALL,
} from "./incident-report.js";

const repo = join(import.meta.dirname, "../..");

async function golden(name: string, actual: string) {
  const path = join(repo, "test/golden", name);
  if (process.env.UPDATE_GOLDEN) await writeFile(path, actual);
  expect(actual).toBe(await readFile(path, "utf8"));
}

/** The cells of a GFM table row, split the way GitHub does: on pipes not escaped by `\`. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = "";
  for (let i = 0; i < row.length; i++) {
    if (row[i] === "\\") {
      cell += row[i]! + (row[i + 1] ?? "");
      i++;
    } else if (row[i] === "|") {
      out.push(cell);
      cell = "";
    } else cell += row[i];
  }
  out.push(cell);
  return out.slice(1, -1);
}

/** Every table in the markdown has as many cells in each row as in its header. */
function expectWellFormedTables(markdown: string) {
  let width = 0;
  for (const line of markdown.split("\n")) {
    if (!line.startsWith("|")) {
      width = 0;
      continue;
    }
    if (width === 0) width = cells(line).length;
    else expect(cells(line), line).toHaveLength(width);
  }
}

/** The markdown without its fenced code blocks (whose content GitHub shows literally). */
function outsideFences(markdown: string): string {
  return markdown.replace(/^( *)(`{3,})sh\n[\s\S]*?\n\1\2$/gm, "");
}

/** Strings made mostly of what markdown and HTML give meaning to. */
const nasty = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string({
    unit: fc.constantFrom(
      "<",
      ">",
      "|",
      "`",
      "\\",
      "&",
      "*",
      "_",
      "[",
      "]",
      "(",
      ")",
      "\n",
      "a",
      "/",
      "!",
      " ",
      "#",
      ":",
    ),
  }),
);

const many = (count: number, make: (i: number) => Partial<Finding>): Finding[] =>
  Array.from({ length: count }, (_, i) => ({ ...sourceMapFinding, fingerprint: `f${i}`, ...make(i) }));

function withFindings(findings: Finding[], change: Partial<Report> = {}): Report {
  const blocking = findings.filter((f) => f.severity === "error").length;
  return { ...incidentReport(), findings, verdict: blocking ? "fail" : "pass", ...change };
}

describe("job summary markdown", () => {
  it("golden: the incident, without a baseline (reviewed by eye)", async () => {
    await golden("acme-cli-incident.summary.md", renderMarkdown(incidentReport()));
  });

  it("golden: the incident against a baseline, with an accepted finding and the exact commands", async () => {
    await golden("acme-cli-incident-baseline.summary.md", renderMarkdown(incidentReport(), baselineExtra));
  });

  it("leads with a one-line verdict: ❌ with the count when blocked, ✅ when it may ship", () => {
    expect(renderMarkdown(incidentReport()).split("\n")[0]).toBe(
      "## ❌ leakgate: release blocked — 2 blocking findings",
    );
    const passing = renderMarkdown(withFindings([largeFileFinding]));
    expect(passing.split("\n")[0]).toBe("## ✅ leakgate: release may ship — no blocking findings");
    expect(passing).toContain("1 finding for information below");
    expect(passing).not.toContain("### Blocking findings");
  });

  it("lists secrets first among blocking findings, and tells to rotate them", () => {
    const markdown = renderMarkdown(incidentReport());
    const table = markdown.slice(markdown.indexOf("### Blocking findings"));
    expect(table.indexOf("telemetry.js")).toBeLessThan(table.indexOf("cli.js.map"));
    expect(markdown).toContain("rotate it");
  });

  it("folds warnings and accepted findings away, and shows the change since the baseline", () => {
    const markdown = renderMarkdown(incidentReport(), baselineExtra);
    expect(markdown).toContain("<details><summary><strong>1 warning</strong> (not blocking)</summary>");
    expect(markdown).toContain("<details><summary><strong>1 accepted finding</strong>");
    expect(markdown).toContain("licence notices must ship | 2026-12-31 |");
    expect(markdown).toContain("| 2 added, 1 changed; 1.3 MiB → 58.6 MiB (×46) |");
  });

  it("prints the caller's commands verbatim, one accept command per blocking finding", () => {
    const markdown = renderMarkdown(incidentReport(), baselineExtra);
    expect(markdown).toContain(
      `npx leakgate accept --reason "why this may ship" ${secretFinding.fingerprint}`,
    );
    expect(markdown).toContain(
      `npx leakgate accept --reason "why this may ship" ${sourceMapFinding.fingerprint}`,
    );
    expect(markdown).toContain(`npx leakgate baseline --write leakgate.baseline.json ${TARBALL}`);
  });

  it("builds the commands from the report's baseline and quotes specs for the shell", () => {
    const report: Report = {
      ...incidentReport(),
      baseline: {
        file: "release base.json",
        artifacts: [{ artifact: TARBALL, status: "unbaselined", added: [], removed: [], changed: [] }],
        accepted: [{ ...acceptedNotice, acceptedReason: "notices ship" }],
        unusedAcceptances: [],
      },
    };
    const markdown = renderMarkdown(report, { specs: ["release/*.tgz"] });
    expect(markdown).toContain(
      // --artifact: accept checks the id against a scan of the artifact it names.
      `npx leakgate accept --baseline 'release base.json' --artifact ${TARBALL} --reason "why this may ship" ${secretFinding.fingerprint}`,
    );
    expect(markdown).toContain("npx leakgate baseline --write 'release base.json' 'release/*.tgz'");
    expect(markdown).toContain("| **not in the baseline** |");
    expect(markdown).toContain("notices ship");
  });

  it("escapes what would break a table or inject HTML, and keeps the rules' code spans", () => {
    const hostile: Finding = {
      ...secretFinding,
      path: "a|b<script>alert(1)</script>`x`_y_*z*.js",
      message: "pipe | and <b>html</b> &amp; [link](http://x) and `code|span`",
    };
    const markdown = renderMarkdown(withFindings([hostile, largeFileFinding]));
    expect(outsideFences(markdown)).not.toContain("<script>");
    expect(outsideFences(markdown)).not.toContain("<b>");
    expect(markdown).toContain(
      "<code>a\\|b&lt;script&gt;alert(1)&lt;/script&gt;\\`x\\`\\_y\\_\\*z\\*.js</code>",
    );
    expect(markdown).toContain("&amp;amp; \\[link\\](http://x) and <code>code\\|span</code>");
    expect(markdown).toContain("<code>cli.js.map</code> is 57.3 MiB");
    expectWellFormedTables(markdown);
  });

  it("never breaks a table, never lets HTML through and never throws, whatever a path says (property)", () => {
    fc.assert(
      fc.property(nasty, nasty, fc.boolean(), (path, message, extra) => {
        const finding = { ...secretFinding, path, message, fix: message };
        const markdown = renderMarkdown(
          withFindings([finding, { ...largeFileFinding, path, message }], {
            artifacts: [{ ...incidentReport().artifacts[0]!, id: path, source: path }],
          }),
          extra ? { ...baselineExtra, accepted: [{ finding, reason: message }] } : {},
        );
        expectWellFormedTables(markdown);
        expect(outsideFences(markdown)).not.toMatch(/<(?!\/?(?:code|details|summary|strong)>)/);
      }),
      { numRuns: 300 },
    );
  });

  it("one rule's many findings in one artifact are one row: the count, the directories, an example", () => {
    const findings = many(994, (i) => ({
      path: `package/dist/${i % 3 ? "server" : "esm"}/f${i}.js.map`,
      severity: "error",
      ruleId: "source-map",
    }));
    const markdown = renderMarkdown(withFindings(findings), baselineExtra);
    const rows = markdown.split("\n").filter((line) => line.includes("#rule-source-map"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(
      "994 files: <code>package/dist/server/</code> (662), <code>package/dist/esm/</code> (332)",
    );
    expectWellFormedTables(markdown);
  });

  it("stays under 512 KiB with 10,000 findings, and says how many it left out", () => {
    // Each in its own artifact, so that none is grouped: the budget is what is tested.
    const findings = many(10_000, (i) => ({
      artifact: `pkg-${i}.tgz`,
      path: `package/generated/${"deep/".repeat(20)}file-${i}.js`,
      severity: i % 2 ? "error" : "warning",
      ruleId: i % 3 ? "source-map" : "unexpected-file",
    }));
    const markdown = renderMarkdown(withFindings(findings), baselineExtra);
    expect(Buffer.byteLength(markdown)).toBeLessThan(512 * 1024);
    expect(markdown).toMatch(
      /\*… and 4,900 more blocking findings \(source-map [\d,]+, unexpected-file [\d,]+\)/,
    );
    expect(markdown).toMatch(/\*… and [\d,]+ more \(/);
    expect(markdown).toContain("### What to do");
    expect(markdown).toContain("# … and 4,990 more:");
    expectWellFormedTables(markdown);
  });

  it("keeps to a small byte budget too, with huge paths, messages and baseline sections (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 4096, max: 64 * 1024 }), fc.integer({ min: 0, max: 300 }), (max, n) => {
        const findings = many(n, (i) => ({
          path: `${"x".repeat(5000)}${i}`,
          message: "m".repeat(20_000),
          severity: i % 2 ? "error" : "note",
        }));
        const long = (i: number) => `${"y".repeat(3000)}${i}`;
        const report = withFindings(findings, {
          baseline: {
            file: "leakgate.baseline.json",
            artifacts: [
              {
                artifact: TARBALL,
                status: "compared",
                added: Array.from({ length: n }, (_, i) => ({ path: long(i), pattern: long(i), size: i })),
                removed: [],
                changed: [],
              },
            ],
            accepted: findings.map((f) => ({ ...f, acceptedReason: "m".repeat(5000) })),
          },
        });
        const markdown = renderMarkdown(report, { maxBytes: max });
        expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(max);
        expect(markdown.split("\n")[0]).toMatch(/^## (❌|✅) leakgate/);
      }),
      { numRuns: 40 },
    );
  });

  it("names the artifact in each row only when there are several", () => {
    const second = {
      ...incidentReport().artifacts[0]!,
      id: "web",
      source: "dist",
      kind: "directory" as const,
    };
    const markdown = renderMarkdown(
      withFindings([secretFinding, { ...secretFinding, artifact: "web", path: "config.js" }], {
        artifacts: [incidentReport().artifacts[0]!, second],
      }),
    );
    expect(markdown).toContain(`<code>${TARBALL}!package/dist/telemetry.js</code>`);
    expect(markdown).toContain("<code>web!config.js</code>");
    expect(markdown).toContain("| <code>web</code> (<code>dist</code>) · directory |");
  });
});
