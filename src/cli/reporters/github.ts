/**
 * The `github` reporter: one GitHub Actions workflow command per diagnostic,
 * which GitHub shows as an annotation on the file.
 *
 * ```text
 * ::error file=a.txt,line=3,col=1,endLine=3,endColumn=9,title=missing-date::Thiếu ngày ban hành
 * ```
 */
import type { Diagnostic } from "../../model/schema.js";
import { posixPath } from "./sarif.js";
import type { Reporter } from "./types.js";

/** Escapes a command's message (data): `%`, CR and LF, as @actions/core does. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a command's property value: as data, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

const COMMAND = { error: "error", warning: "warning", info: "notice" } as const;

/** The workflow command for one diagnostic; without line/col properties when it has no span. */
export function command(path: string, d: Diagnostic): string {
  const props: [string, string | number][] = [["file", posixPath(path)]];
  if (d.span !== null) {
    props.push(
      ["line", d.span.start.line],
      ["col", d.span.start.column],
      ["endLine", d.span.end.line],
      ["endColumn", d.span.end.column],
    );
  }
  props.push(["title", d.rule]);
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${COMMAND[d.severity]} ${list}::${escapeData(d.message)}`;
}

/** One workflow command per diagnostic, each on its own line; "" when there are none. */
export const github: Reporter = (results) => {
  const lines = results.flatMap((file) => file.diagnostics.map((d) => command(file.path, d)));
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
};
