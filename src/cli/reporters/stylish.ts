/**
 * The `stylish` reporter (the default), after ESLint's and vfile-reporter:
 * each file with problems, its diagnostics in aligned columns, then totals.
 *
 * ```text
 * fixtures/a.txt
 *   3:1    error    Thiếu ngày ban hành  missing-date
 *   12:14  warning  Ngày sai định dạng   date-format
 *
 * ✖ 2 problems (1 error, 1 warning)
 * ```
 */
import type { Diagnostic } from "../../model/schema.js";
import { styles, type Styles } from "./color.js";
import { plural, tally } from "./summary.js";
import type { Reporter } from "./types.js";

/** Width of text in code points (so "ngày" is 4 wide, not 5 bytes). */
export function width(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** `text` padded with spaces to `size` code points. */
function pad(text: string, size: number): string {
  return text + " ".repeat(Math.max(0, size - width(text)));
}

/** `LINE:COL` of the start of a diagnostic, or `-` when it has no span. */
export function position(d: Diagnostic): string {
  return d.span === null ? "-" : `${d.span.start.line}:${d.span.start.column}`;
}

function severityStyle(s: Styles, severity: Diagnostic["severity"]): (t: string) => string {
  if (severity === "error") return s.red;
  if (severity === "warning") return s.yellow;
  return (t) => t;
}

/** One file's block: its path, then one aligned row per diagnostic. */
function block(path: string, diagnostics: readonly Diagnostic[], s: Styles): string {
  const rows = diagnostics.map((d) => [position(d), d.severity, d.message] as const);
  const widths = [0, 1, 2].map((i) => rows.reduce((max, r) => Math.max(max, width(r[i] as string)), 0));
  const lines = diagnostics.map((d, i) => {
    const [pos, sev, msg] = rows[i] as readonly [string, string, string];
    return (
      `  ${pad(pos, widths[0] as number)}  ` +
      severityStyle(s, d.severity)(sev) +
      " ".repeat((widths[1] as number) - width(sev)) +
      `  ${pad(msg, widths[2] as number)}  ${s.dim(d.rule)}`
    );
  });
  return [s.underline(path), ...lines].join("\n");
}

/** Files with problems and a `✖ N problems (E errors, W warnings)` line; "" when there are none. */
export const stylish: Reporter = (results, ctx) => {
  const s = styles(ctx.color);
  const files = results.filter((file) => file.diagnostics.length > 0);
  if (files.length === 0) return "";

  const all = files.flatMap((file) => file.diagnostics);
  const t = tally(all);
  let totals = `✖ ${plural(all.length, "problem")} (${plural(t.errors, "error")}, ${plural(t.warnings, "warning")}`;
  totals += t.infos > 0 ? `, ${plural(t.infos, "info")})` : ")";
  const paint = t.errors > 0 ? s.red : t.warnings > 0 ? s.yellow : (x: string) => x;

  const blocks = files.map((file) => block(file.path, file.diagnostics, s));
  return `${blocks.join("\n\n")}\n\n${s.bold(paint(totals))}\n`;
};
