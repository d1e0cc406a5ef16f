/**
 * `malformed-citation`: a citation that cannot be resolved as written: a
 * date with a day and a year but no month ("ngày 27-2021"), or a numbered
 * document without its symbol ("Công văn số 1234" with no "/UBND-…").
 */
import type { Grammar } from "../grammar/index.js";
import type { Rule } from "./types.js";
import { foundAs } from "./util.js";

/** "số 1234" not followed by a symbol (a slash or hyphen after the digits would start one). */
const NUMBER = /(?<![\p{L}])số\s+\d{1,5}(?![\p{L}\p{N}]|\s?[/-])/gu;
const typeBefore = new WeakMap<Grammar, RegExp>();

/** A type name of the grammar ending right at the end of a text ("… theo Công văn "). */
function typeNameAtEnd(g: Grammar): RegExp {
  let re = typeBefore.get(g);
  if (!re) {
    const names = [...new Set(g.data.types.flatMap((t) => [t.name, ...t.aliases]))].sort((a, b) => b.length - a.length);
    const alt = names.map((n) => (n[0] as string).toUpperCase() + n.slice(1)).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"));
    re = new RegExp(`(?<![\\p{L}])(?:${alt.join("|")})\\s+$`, "u");
    typeBefore.set(g, re);
  }
  return re;
}

export const malformedCitation: Rule = {
  id: "malformed-citation",
  description: "a citation that cannot be resolved: a date without its month (\"ngày 27-2021\"), a number without its symbol",
  severity: "warning",
  check: (ctx) => {
    const out = foundAs(ctx, "malformed-citation");
    // Anchored on "số": only the few numbers in a text are looked at, each with the words before it.
    for (const m of ctx.text.matchAll(NUMBER)) {
      const before = ctx.text.slice(Math.max(0, m.index - 40), m.index);
      const t = typeNameAtEnd(ctx.grammar).exec(before);
      if (!t) continue;
      const start = m.index - before.length + t.index;
      const end = m.index + m[0].length;
      const own = ctx.doc.number?.span;
      if (own && start >= own.start.offset && start < own.end.offset) continue;
      const raw = ctx.text.slice(start, end);
      out.push({ message: `"${raw}" has a number but no symbol: the cited document cannot be identified`, span: ctx.span(start, end) });
    }
    return out.sort((a, b) => (a.span?.start.offset ?? 0) - (b.span?.start.offset ?? 0));
  },
};
