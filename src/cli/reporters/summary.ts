/**
 * The `summary` reporter: problems per rule, most frequent first, then totals.
 *
 * ```text
 *   3  missing-date
 *   1  date-format
 *
 * 2 files checked, 1 with problems, 3 errors, 1 warning
 * ```
 */
import type { Diagnostic } from "../../model/schema.js";
import type { FileResult, Reporter } from "./types.js";

/** How many diagnostics of each severity. */
export interface Tally {
  errors: number;
  warnings: number;
  infos: number;
}

/** Counts diagnostics by severity. */
export function tally(diagnostics: readonly Diagnostic[]): Tally {
  const t: Tally = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === "error") t.errors++;
    else if (d.severity === "warning") t.warnings++;
    else t.infos++;
  }
  return t;
}

/** `n` and a noun, with an "s" unless `n` is 1 ("1 error", "2 errors"). */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** Counts per rule id, sorted by count (descending) then id. */
export function countByRule(results: readonly FileResult[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const file of results) {
    for (const d of file.diagnostics) counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Per-rule counts, a blank line, then `N files checked, F with problems, E errors, W warnings` (", I infos" when any). */
export const summary: Reporter = (results) => {
  const rows = countByRule(results);
  const width = Math.max(0, ...rows.map(([, n]) => String(n).length));
  const lines = rows.map(([rule, n]) => `  ${String(n).padStart(width)}  ${rule}`);
  if (lines.length > 0) lines.push("");

  const total = tally(results.flatMap((file) => file.diagnostics));
  const withProblems = results.filter((file) => file.diagnostics.length > 0).length;
  let totals = `${plural(results.length, "file")} checked, ${withProblems} with problems, ${plural(total.errors, "error")}, ${plural(total.warnings, "warning")}`;
  if (total.infos > 0) totals += `, ${plural(total.infos, "info")}`;
  lines.push(totals);
  return `${lines.join("\n")}\n`;
};
