/** One line that says what an acceptance in the baseline is about, for reports and commands. */
import type { Acceptance } from "../baseline/baseline-file.js";

export function describeAcceptance(acceptance: Acceptance): string {
  const what = acceptance.fingerprint
    ? `${acceptance.rule ?? "finding"} ${acceptance.fingerprint}`
    : `${acceptance.rule}${acceptance.path ? ` on ${acceptance.path}` : ""}`;
  const where = acceptance.artifact ? ` in ${acceptance.artifact}` : "";
  const summary = acceptance.summary ? `: ${acceptance.summary}` : "";
  const until = acceptance.expires ? `, until ${acceptance.expires}` : "";
  return `${what}${where}${summary} (reason: "${acceptance.reason}"${until})`;
}
