/** The JSON report: the stable machine contract, pretty-printed with a trailing newline. */
import type { Report } from "../report/report.js";

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
