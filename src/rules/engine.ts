/**
 * Runs the rules over one parsed document: each enabled rule's findings
 * become diagnostics with the rule's id and its configured (or default)
 * level, in document order.
 */
import type { Diagnostic } from "../model/schema.js";
import type { Level, Rule, RuleContext } from "./types.js";
import { listed, looksLikeDirective } from "./util.js";

/** Per-rule settings from a configuration: a level and options. */
export type RuleSettings = Readonly<Record<string, { level?: Level; options?: Record<string, unknown> }>>;

/** What the engine needs besides the rules: the context without a rule's options. */
export type EngineContext = Omit<RuleContext, "options">;

/** Findings of one rule in one document beyond this are counted, not listed (a pathological text cannot flood a report). */
export const MAX_PER_RULE = 1000;

const NO_OPTIONS: Readonly<Record<string, unknown>> = Object.freeze({});

/** The diagnostics of every enabled rule, ordered by position (spanless ones first), then by rule id. */
export function runRules(rules: readonly Rule[], ctx: EngineContext, settings: RuleSettings = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const full: RuleContext = { ...ctx, options: NO_OPTIONS };
  const directive = looksLikeDirective(ctx.doc);
  for (const rule of rules) {
    const set = settings[rule.id];
    const level = set?.level ?? rule.severity;
    if (level === "off") continue;
    // Header and closing rules apply to a directive document, not to news, nor to a text that is no directive at all.
    if (rule.documentsOnly && (ctx.doc.genre !== "document" || (!directive && rule.id !== "not-a-directive"))) continue;
    full.options = set?.options ?? NO_OPTIONS;
    for (const f of listed(rule.check(full), MAX_PER_RULE, (n) => `${n} more like these not listed`)) {
      out.push({ rule: rule.id, severity: level, message: f.message, span: f.span });
    }
  }
  return out.sort((a, b) => (a.span?.start.offset ?? -1) - (b.span?.start.offset ?? -1) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
