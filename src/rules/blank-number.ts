/** `blank-number`: "Số: /UBND-KGVX": the number is left blank (a draft or an unfilled form). */
import type { Rule } from "./types.js";
import { foundAs } from "./util.js";

export const blankNumber: Rule = {
  id: "blank-number",
  description: "the document number is blank (\"Số: /UBND-KGVX\"): a draft or an unfilled form",
  severity: "error",
  check: (ctx) => foundAs(ctx, "blank-number"),
};
