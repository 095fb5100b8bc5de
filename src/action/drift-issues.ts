/**
 * Drift notification: one issue per audit target, opened when the target drifts, updated
 * (never duplicated) while it stays drifted, and closed with a comment when a later audit
 * is clean. Issues are found again by a hidden marker in their body, so renaming one or
 * editing its labels does not make the next run open a second.
 */
import { createHash } from "node:crypto";
import { getOctokit } from "@actions/github";
import type { AuditReport } from "../audit/audit-report.js";
import { summariseAudit, type TargetHistory } from "../audit/history.js";
import { UserError } from "../core/errors.js";
import { targetSection } from "../reporters/audit-markdown.js";
import { text } from "../reporters/markdown.js";

export const DRIFT_LABEL = "leakgate-drift";

export interface DriftOutcome {
  target: string;
  action: "opened" | "updated" | "closed" | "none";
  number?: number;
}

interface Issue {
  number: number;
  body?: string | null;
  state: string;
}

/** `owner/repo` of the repository the issues go to, and where its API is (GITHUB_API_URL). */
export async function reportDrift(
  audit: AuditReport,
  options: { token: string; repository: string; runUrl?: string },
): Promise<DriftOutcome[]> {
  try {
    return await updateIssues(audit, options);
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (typeof status !== "number") throw error;
    const why = (error as { response?: { data?: { message?: string } } }).response?.data?.message ?? "";
    throw new UserError(
      "input",
      `GitHub refused the drift issue request (${status}${why ? ` ${why}` : ""}): check input "github-token" and that the job has permissions: issues: write`,
    );
  }
}

async function updateIssues(
  audit: AuditReport,
  options: { token: string; repository: string; runUrl?: string },
): Promise<DriftOutcome[]> {
  const [owner = "", repo = ""] = options.repository.split("/");
  const octokit = getOctokit(options.token);
  const open = (await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    state: "open",
    labels: DRIFT_LABEL,
    per_page: 100,
  })) as Issue[];
  const summary = summariseAudit(audit);
  const outcomes: DriftOutcome[] = [];
  for (const target of summary.targets) {
    const marker = markerOf(target.target);
    const existing = open.find((issue) => issue.body?.includes(marker));
    const drifted =
      target.rows.some((row) => row.verdict !== "pass") ||
      audit.errors.some((e) => e.target === target.target);
    if (drifted) {
      const body = issueBody(target, audit, marker, options.runUrl);
      if (existing) {
        await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, body });
        outcomes.push({ target: target.target, action: "updated", number: existing.number });
      } else {
        const created = await octokit.rest.issues.create({
          owner,
          repo,
          title: `leakgate audit: ${target.target} drifted from its baseline`,
          body,
          labels: [DRIFT_LABEL],
        });
        outcomes.push({ target: target.target, action: "opened", number: created.data.number });
      }
    } else if (existing) {
      await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: existing.number,
        body: `The audit is clean again${options.runUrl ? ` ([run](${options.runUrl}))` : ""}: closing.`,
      });
      await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: existing.number,
        state: "closed",
        state_reason: "completed",
      });
      outcomes.push({ target: target.target, action: "closed", number: existing.number });
    } else {
      outcomes.push({ target: target.target, action: "none" });
    }
  }
  return outcomes;
}

/** A hidden, stable marker per target: a hash, so no URL or name is repeated in it. */
function markerOf(target: string): string {
  return `<!-- leakgate-audit-target: ${createHash("sha256").update(target).digest("hex").slice(0, 32)} -->`;
}

function issueBody(
  target: TargetHistory,
  audit: AuditReport,
  marker: string,
  runUrl: string | undefined,
): string {
  const errors = audit.errors.filter((e) => e.target === target.target);
  return [
    marker,
    "The nightly audit found that what is published differs from the committed baseline.",
    runUrl ? `Latest run: ${runUrl}` : "",
    "",
    ...errors.map((e) => `⛔ ${text(e.message)}`),
    ...targetSection(target),
    "",
    "This issue is updated by every audit while the drift lasts, and closed when an audit is clean.",
  ].join("\n");
}
