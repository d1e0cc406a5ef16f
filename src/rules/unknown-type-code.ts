/** `unknown-type-code`: the number's type code is not a type the grammar knows ("283-TX/TU"). */
import type { Rule } from "./types.js";
import { numberTypeCode } from "./util.js";

export const unknownTypeCode: Rule = {
  id: "unknown-type-code",
  description: "the number's type code is not a known document type (grammars/types.yaml)",
  severity: "warning",
  check: (ctx) => {
    const written = numberTypeCode(ctx.doc, ctx.grammar);
    if (!written || written.known || !ctx.doc.number) return [];
    return [{ message: `"${written.code}" in "${ctx.doc.number.raw}" is not a known type code`, span: ctx.doc.number.span }];
  },
};
