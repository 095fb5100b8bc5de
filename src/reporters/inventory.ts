/** The inventory as text, markdown (job summary) and JSON. */

import { count } from "../core/words.js";
import type { Egress, InventoryResult } from "../inventory/inventory.js";
import { prettyJson } from "./json.js";
import { code, prose } from "./markdown.js";

const where = (e: Egress) => `${e.file}:${e.line}`;
const inside = (e: Egress) => (e.inside === undefined ? "unknown" : e.inside ? "inside" : "OUTSIDE");

export function renderInventoryText(result: InventoryResult, newEgress: readonly Egress[] = []): string {
  const lines: string[] = [];
  const uncovered = result.egress.filter((e) => !e.covered);
  lines.push(
    `leakgate inventory: ${count(result.egress.length, "egress step")} in ${count(result.files.length, "workflow")}; ${uncovered.length} not checked by a leakgate step before them`,
  );
  for (const e of result.egress) {
    const flags = [
      e.covered ? "checked" : "NOT CHECKED",
      inside(e),
      ...(newEgress.includes(e) ? ["NEW"] : []),
    ];
    lines.push(
      "",
      `  ${where(e)}  ${e.job} › ${e.step}`,
      `    ${e.tool}: ${e.source} → ${e.destination}`,
      `    ${flags.join(", ")}`,
    );
  }
  for (const r of result.reusable)
    lines.push(
      "",
      `  ${r.file}:${r.line}  ${r.job}: calls ${r.uses} (a reusable workflow or local action: not followed)`,
    );
  for (const error of result.errors)
    lines.push("", `  ${error.file}:${error.line}: not valid YAML: ${error.message}`);
  return `${lines.join("\n")}\n`;
}

export function renderInventoryMarkdown(result: InventoryResult, newEgress: readonly Egress[] = []): string {
  const uncovered = result.egress.filter((e) => !e.covered).length;
  const lines = [
    `## leakgate inventory: ${count(result.egress.length, "egress step")}, ${uncovered} not checked`,
    "",
    "| Where | Job › step | Tool | Sends | To | Organisation | Checked by leakgate |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...result.egress.map(
      (e) =>
        `| ${code(where(e))} | ${prose(`${e.job} › ${e.step}`)} | ${code(e.tool)} | ${code(e.source)} | ${code(e.destination)} | ${inside(e)} | ${e.covered ? "✅" : "❌"}${newEgress.includes(e) ? " **new**" : ""} |`,
    ),
    "",
  ];
  for (const r of result.reusable)
    lines.push(
      `- ${code(`${r.file}:${r.line}`)} ${prose(r.job)} calls ${code(r.uses)}: a reusable workflow or local action, not followed.`,
    );
  for (const error of result.errors)
    lines.push(`- ❌ ${code(`${error.file}:${error.line}`)}: not valid YAML (${prose(error.message)}).`);
  return `${lines.join("\n")}\n`;
}

export function* renderInventoryJson(
  result: InventoryResult,
  newEgress: readonly Egress[] = [],
): Generator<string> {
  yield* prettyJson({ ...result, newEgress }, "");
  yield "\n";
}
