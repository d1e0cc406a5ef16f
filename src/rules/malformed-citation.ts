/**
 * `malformed-citation`: a citation that cannot be resolved as written: a
 * date with a day and a year but no month ("ngày 27-2021"), or a numbered
 * document without its symbol ("Công văn số 1234" with no "/UBND-…").
 */
import type { Grammar } from "../grammar/index.js";
import type { Rule } from "./types.js";
import { foundAs } from "./util.js";

const patterns = new WeakMap<Grammar, RegExp>();

/** "<type name> số <digits>" not followed by a symbol, for every type name of the grammar. */
function numberWithoutSymbol(g: Grammar): RegExp {
  let re = patterns.get(g);
  if (!re) {
    const names = [...new Set(g.data.types.flatMap((t) => [t.name, ...t.aliases]))].sort((a, b) => b.length - a.length);
    const alt = names.map((n) => (n[0] as string).toUpperCase() + n.slice(1)).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"));
    re = new RegExp(`(?<![\\p{L}])(?:${alt.join("|")})\\s+số\\s+(\\d{1,5})(?![\\p{L}\\p{N}]|\\s?[/-])`, "gu");
    patterns.set(g, re);
  }
  re.lastIndex = 0;
  return re;
}

export const malformedCitation: Rule = {
  id: "malformed-citation",
  description: "a citation that cannot be resolved: a date without its month (\"ngày 27-2021\"), a number without its symbol",
  severity: "warning",
  check: (ctx) => {
    const out = foundAs(ctx, "malformed-citation");
    // Only lines that hold "số" and a digit can hold such a citation: most of the text is skipped.
    if (!/số\s+\d/u.test(ctx.text)) return out;
    for (const m of ctx.text.matchAll(numberWithoutSymbol(ctx.grammar))) {
      const own = ctx.doc.number?.span;
      if (own && m.index >= own.start.offset && m.index < own.end.offset) continue;
      out.push({ message: `"${m[0]}" has a number but no symbol: the cited document cannot be identified`, span: ctx.span(m.index, m.index + m[0].length) });
    }
    return out.sort((a, b) => (a.span?.start.offset ?? 0) - (b.span?.start.offset ?? 0));
  },
};
