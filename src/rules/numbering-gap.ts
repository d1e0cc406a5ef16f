/** `numbering-gap`: a numbered list skips an item ("1.", "2.", "4."). */
import type { Rule } from "./types.js";
import { foundAs } from "./util.js";

export const numberingGap: Rule = {
  id: "numbering-gap",
  description: "a numbered list skips an item (1., 2., 4.)",
  severity: "warning",
  check: (ctx) => foundAs(ctx, "numbering-gap"),
};
