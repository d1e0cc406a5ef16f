/** `date-in-future`: the document is dated after today (`--today`, else the clock). */
import type { Rule } from "./types.js";

export const dateInFuture: Rule = {
  id: "date-in-future",
  description: "the document is dated after today (--today, default the clock)",
  severity: "error",
  check: (ctx) => {
    const date = ctx.doc.date;
    return date?.iso && date.iso > ctx.today ? [{ message: `the document is dated ${date.iso}, after today (${ctx.today})`, span: date.span }] : [];
  },
};
