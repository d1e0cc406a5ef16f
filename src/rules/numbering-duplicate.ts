/** `numbering-duplicate`: an item repeats the number of the one before it ("2.", "2."). */
import type { Rule } from "./types.js";
import { foundAs } from "./util.js";

export const numberingDuplicate: Rule = {
  id: "numbering-duplicate",
  description: "an item repeats the number of the item before it (2., 2.)",
  severity: "warning",
  check: (ctx) => foundAs(ctx, "numbering-duplicate"),
};
