/** `not-a-directive`: a text with no part of a directive document (a recipe, a novel chapter): parsed, every field null. */
import type { Rule } from "./types.js";
import { looksLikeDirective } from "./util.js";

export const notADirective: Rule = {
  id: "not-a-directive",
  description: "the text has no part of a directive document (no number, date, issuer, type, numbered items, signature or recipients)",
  severity: "warning",
  documentsOnly: true,
  check: (ctx) =>
    looksLikeDirective(ctx.doc)
      ? []
      : [{ message: "this text has no part of a directive document (number, date, issuer, type, numbered items, signature, recipients)", span: null }],
};
