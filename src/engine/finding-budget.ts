/**
 * A ceiling on how many findings one artifact can produce. A hostile (or just huge) file can
 * hold a million `sourceMappingURL` comments or tiny inline maps; listing each would make the
 * report, and the memory behind it, grow without bound, and bury the finding that matters.
 * Past the ceiling, findings are counted instead of kept, and the count is itself a finding
 * with the severity of the worst one left out, so a flood can never turn a block into a pass.
 */
import type { FindingInput, Severity } from "../core/model.js";
import { ownStrings } from "../core/own-string.js";
import type { RuleId } from "../core/rule-catalogue.js";
import { formatNumber } from "../core/words.js";

/** Findings of one rule about one file (rules with their own cap, like secret's 20, stay under it). */
export const MAX_FINDINGS_PER_FILE = 50;
/** Findings of one rule in one artifact. */
export const MAX_FINDINGS_PER_RULE = 1000;

const RANK: Record<Severity, number> = { note: 0, warning: 1, error: 2 };

interface Omitted {
  ruleId: RuleId;
  path: string;
  count: number;
  severity: Severity;
}

export class FindingBudget {
  private readonly kept: FindingInput[] = [];
  private readonly perFile = new Map<string, number>();
  private readonly perRule = new Map<string, number>();
  private readonly omitted = new Map<string, Omitted>();

  add(finding: FindingInput): void {
    const fileKey = `${finding.ruleId}\0${finding.path}`;
    const inFile = this.perFile.get(fileKey) ?? 0;
    const inRule = this.perRule.get(finding.ruleId) ?? 0;
    if (inFile >= MAX_FINDINGS_PER_FILE) {
      this.omit(fileKey, finding, finding.path);
      return;
    }
    if (inRule >= MAX_FINDINGS_PER_RULE) {
      this.omit(`${finding.ruleId}\0`, finding, "");
      return;
    }
    this.perFile.set(fileKey, inFile + 1);
    this.perRule.set(finding.ruleId, inRule + 1);
    // Kept to the end of the artifact: a message or evidence cut from a file's text must not
    // keep that text alive (own-string.ts).
    this.kept.push(ownStrings(finding));
  }

  /** The findings kept, then one finding per file or rule that overflowed, saying how many were left out. */
  findings(): FindingInput[] {
    const summaries = [...this.omitted.values()].map(
      ({ ruleId, path, count, severity }): FindingInput => ({
        ruleId,
        severity,
        path,
        message: path
          ? `… and ${formatNumber(count)} more ${ruleId} findings in this file, not listed (at most ${MAX_FINDINGS_PER_FILE} per file are).`
          : `… and ${formatNumber(count)} more ${ruleId} findings in this artifact, not listed (at most ${MAX_FINDINGS_PER_RULE} per rule are).`,
        fix: "Fix the findings listed first: the ones left out are of the same kind. A flood of findings usually has one cause.",
        details: { omitted: count },
        // The count is part of what was reviewed: more of them is a different finding.
        evidence: `omitted ${count} ${severity}`,
      }),
    );
    return [...this.kept, ...summaries];
  }

  private omit(key: string, finding: FindingInput, path: string): void {
    const entry = this.omitted.get(key);
    if (!entry) {
      this.omitted.set(key, { ruleId: finding.ruleId, path, count: 1, severity: finding.severity });
      return;
    }
    entry.count++;
    if (RANK[finding.severity] > RANK[entry.severity]) entry.severity = finding.severity;
  }
}
