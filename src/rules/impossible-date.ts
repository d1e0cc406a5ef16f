/** `impossible-date`: a date that cannot exist (31/02, month 13), in the header or the text. */
import type { Rule } from "./types.js";
import { foundAs } from "./util.js";

export const impossibleDate: Rule = {
  id: "impossible-date",
  description: "a date that cannot exist (31 tháng 2, tháng 13)",
  severity: "error",
  check: (ctx) => foundAs(ctx, "impossible-date"),
};
