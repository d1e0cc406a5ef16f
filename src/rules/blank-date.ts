/** `blank-date`: "ngày tháng năm": the date is left blank (a draft or an unfilled form). */
import type { Rule } from "./types.js";
import { foundAs } from "./util.js";

export const blankDate: Rule = {
  id: "blank-date",
  description: "the date is blank (\"ngày    tháng    năm\"): a draft or an unfilled form",
  severity: "error",
  check: (ctx) => foundAs(ctx, "blank-date"),
};
