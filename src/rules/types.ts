/**
 * The shape of a lint rule: one rule per file in this folder, each with an
 * id, a one-line description, a default severity and a check over the parsed
 * document (textlint/markdownlint style). `vanban validate` and `vanban
 * parse` run the same rules, so both print the same diagnostics.
 */
import type { Grammar } from "../grammar/index.js";
import type { Diagnostic, Document, Span } from "../model/schema.js";

/** A rule's level as configured: `off` disables it. */
export type Level = "off" | "warning" | "error" | "info";

/** What a rule sees. */
export interface RuleContext {
  /** The parsed document (its `diagnostics` are not filled yet). */
  doc: Document;
  /** The decoded text; every span's offsets index into it. */
  text: string;
  /** Facts the extractors noted while parsing, by rule id (a blank number, a numbering gap, …). */
  found: readonly Diagnostic[];
  /** The rule's options from the configuration (empty without one). */
  options: Readonly<Record<string, unknown>>;
  /** Today as YYYY-MM-DD (`--today`, else the clock). */
  today: string;
  grammar: Grammar;
  /** The span of `text.slice(start, end)`. */
  span(start: number, end: number): Span;
}

/** One problem a rule reports; the engine adds the rule id and severity. */
export interface Finding {
  message: string;
  span: Span | null;
}

/** A lint rule. */
export interface Rule {
  /** kebab-case, stable: users configure rules by it. */
  id: string;
  /** One line for README's rule table and `--print-config`. */
  description: string;
  /** The level when the configuration says nothing. */
  severity: Exclude<Level, "off">;
  /** Rules about a document's header and closing do not apply to news articles. */
  documentsOnly?: boolean;
  check(ctx: RuleContext): Finding[];
}
