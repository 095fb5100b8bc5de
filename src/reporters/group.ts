/**
 * Many findings of one rule, at one severity, in one artifact (a framework's 994 source
 * maps) are one unit in the reports people read: a count, where they are, a few of them.
 * The JSON and SARIF reports keep every finding.
 */
import type { Finding } from "../core/model.js";

/** This many findings of one rule, severity and artifact, or more, are one block in the text report. */
export const GROUP_AT = 6;
/** A table row is compact: the job summary lists more of them before it groups. */
export const TABLE_GROUP_AT = 25;

/** Findings in order; those of a large group gathered at the place of its first. */
export function groupFindings(findings: readonly Finding[], at = GROUP_AT): Finding[][] {
  const key = (f: Finding) => `${f.artifact}\0${f.ruleId}\0${f.severity}`;
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(key(finding));
    if (group) group.push(finding);
    else groups.set(key(finding), [finding]);
  }
  const units: Finding[][] = [];
  const placed = new Set<string>();
  for (const finding of findings) {
    const group = groups.get(key(finding))!;
    if (group.length < at) units.push([finding]);
    else if (!placed.has(key(finding))) {
      placed.add(key(finding));
      units.push(group);
    }
  }
  return units;
}

/** The directories holding `paths`, most populated first: `[["dist/server/", 903], …]`. */
export function topDirectories(paths: readonly string[]): [string, number][] {
  const directories = new Map<string, number>();
  for (const path of paths) {
    const cut = Math.max(path.lastIndexOf("/"), path.lastIndexOf("!"));
    const directory = cut === -1 ? "./" : path.slice(0, cut + 1);
    directories.set(directory, (directories.get(directory) ?? 0) + 1);
  }
  return [...directories].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** A group's paths, from the root of its artifact when it is an archive (the group names it once). */
export function pathsInGroup(group: readonly Finding[], where: (f: Finding) => string): string[] {
  const inside = `${group[0]!.artifact}!`;
  return group.map(where).map((path) => (path.startsWith(inside) ? path.slice(inside.length) : path));
}
