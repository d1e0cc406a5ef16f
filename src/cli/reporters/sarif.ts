/**
 * The `sarif` reporter: a SARIF 2.1.0 log with one run, for GitHub code
 * scanning and other SARIF viewers.
 *
 * Columns are UTF-16 code units (`columnKind`), as vanban counts them; a
 * region's `endColumn` is exclusive, like a span's end.
 */
import { isAbsolute, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { Diagnostic } from "../../model/schema.js";
import type { FileResult, ReportContext, Reporter } from "./types.js";

/** The SARIF result level of a severity. */
export function level(severity: Diagnostic["severity"]): "error" | "warning" | "note" {
  return severity === "info" ? "note" : severity;
}

/** A path with forward slashes (backslashes are separators only on Windows). */
export function posixPath(path: string): string {
  return sep === "\\" ? path.replace(/\\/g, "/") : path;
}

/** A path as a URI reference: `file:` URL when absolute, else percent-encoded relative segments. */
export function pathToUri(path: string): string {
  // encodeURIComponent throws on a lone surrogate.
  const text = path.replace(/[\uD800-\uDFFF]/gu, "\uFFFD");
  if (isAbsolute(text)) return pathToFileURL(text).href;
  return posixPath(text).split("/").map(encodeURIComponent).join("/");
}

/** The rule a file that could not be read or decoded is reported under. */
const FATAL = { id: "fatal", description: "The file could not be read or decoded.", severity: "error" } as const;

type Rule = ReportContext["rules"][number];

/** The known rules (first of each id), then any rule used but not known ("fatal" among them). */
function ruleList(results: readonly FileResult[], known: readonly Rule[]): Rule[] {
  const rules = new Map<string, Rule>();
  for (const rule of known) if (!rules.has(rule.id)) rules.set(rule.id, rule);
  for (const file of results) {
    for (const d of file.diagnostics) {
      if (rules.has(d.rule)) continue;
      rules.set(d.rule, d.rule === FATAL.id ? FATAL : { id: d.rule, description: d.rule, severity: d.severity });
    }
  }
  return [...rules.values()];
}

function location(path: string, d: Diagnostic): Record<string, unknown> {
  const physicalLocation: Record<string, unknown> = { artifactLocation: { uri: pathToUri(path) } };
  if (d.span !== null) {
    const { start, end } = d.span;
    physicalLocation.region = {
      startLine: start.line,
      startColumn: start.column,
      endLine: end.line,
      endColumn: end.column,
      charOffset: start.offset,
      charLength: Math.max(0, end.offset - start.offset),
    };
  }
  return { physicalLocation };
}

/** The SARIF log as an object (see `sarif` for the text). */
export function sarifLog(results: readonly FileResult[], ctx: ReportContext): Record<string, unknown> {
  const rules = ruleList(results, ctx.rules);
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "vanban",
            version: ctx.version,
            informationUri: "https://github.com/vanban/vanban",
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id,
              shortDescription: { text: rule.description || rule.id },
              defaultConfiguration: { level: level(rule.severity) },
            })),
          },
        },
        columnKind: "utf16CodeUnits",
        results: results.flatMap((file) =>
          file.diagnostics.map((d) => ({
            ruleId: d.rule,
            ruleIndex: index.get(d.rule) as number,
            level: level(d.severity),
            message: { text: d.message },
            locations: [location(file.path, d)],
          })),
        ),
      },
    ],
  };
}

/** A SARIF 2.1.0 log (one run, every diagnostic a result), pretty-printed, ending with a newline. */
export const sarif: Reporter = (results, ctx) => `${JSON.stringify(sarifLog(results, ctx), null, 2)}\n`;
