/**
 * Runs the rules over one parsed document: each enabled rule's findings
 * become diagnostics with the rule's id and its configured (or default)
 * level, in document order.
 */
import type { Diagnostic } from "../model/schema.js";
import type { Level, Rule, RuleContext } from "./types.js";

/** Per-rule settings from a configuration: a level and options. */
export type RuleSettings = Readonly<Record<string, { level?: Level; options?: Record<string, unknown> }>>;

/** What the engine needs besides the rules: the context without a rule's options. */
export type EngineContext = Omit<RuleContext, "options">;

const NO_OPTIONS: Readonly<Record<string, unknown>> = Object.freeze({});

/** The diagnostics of every enabled rule, ordered by position (spanless ones first), then by rule id. */
export function runRules(rules: readonly Rule[], ctx: EngineContext, settings: RuleSettings = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const full: RuleContext = { ...ctx, options: NO_OPTIONS };
  for (const rule of rules) {
    const set = settings[rule.id];
    const level = set?.level ?? rule.severity;
    if (level === "off") continue;
    if (rule.documentsOnly && ctx.doc.genre !== "document") continue;
    full.options = set?.options ?? NO_OPTIONS;
    for (const f of rule.check(full)) {
      out.push({ rule: rule.id, severity: level, message: f.message, span: f.span });
    }
  }
  return out.sort((a, b) => (a.span?.start.offset ?? -1) - (b.span?.start.offset ?? -1) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
