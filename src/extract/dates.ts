/**
 * Dates in running text that cannot be read: "(ngày 27-2021)" (month
 * missing) or an impossible day. Never guessed: reported as diagnostics.
 */
import { groups, type Grammar } from "../grammar/index.js";
import type { Diagnostic } from "../model/schema.js";
import { spanOf, type View } from "../util/text.js";
import { isoDate } from "../util/dates.js";
import type { ScanText } from "./citations.js";

const FULL = /(?<![\p{L}\p{N}])ngày\s+(\d{1,2})(?:\s?[/-]\s?|\s+tháng\s+)(\d{1,2})(?:\s?[/-]\s?|\s+năm\s+)(\d{4})(?!\d)/gu;

const globals = new WeakMap<RegExp, RegExp>();

/** A global copy of a grammar pattern, compiled once (`lastIndex` is reset by the caller's scan). */
function global(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) {
    g = new RegExp(re.source, "giu");
    globals.set(re, g);
  }
  g.lastIndex = 0;
  return g;
}

/** Malformed-date diagnostics for the texts. */
export function findDateProblems(texts: ScanText[], g: Grammar, view: View): Diagnostic[] {
  const out: Diagnostic[] = [];
  const p = g.patterns.malformedDate!;
  for (const t of texts) {
    const re = global(p.re);
    for (let m = re.exec(t.text); m; m = re.exec(t.text)) {
      const gr = groups(p, m);
      out.push({
        rule: "malformed-citation",
        severity: "warning",
        message: `date "${m[0]}" has a day (${gr.d}) and a year (${gr.y}) but no month`,
        span: spanOf(view, t.at(m.index), t.at(m.index + m[0].length)),
      });
    }
    for (const m of t.text.matchAll(FULL)) {
      if (isoDate(Number(m[3]), Number(m[2]), Number(m[1]))) continue;
      out.push({
        rule: "impossible-date",
        severity: "warning",
        message: `date "${m[0]}" does not exist`,
        span: spanOf(view, t.at(m.index), t.at(m.index + m[0].length)),
      });
    }
  }
  return out;
}
