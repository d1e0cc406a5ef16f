/** `number-type-mismatch`: the number's type code names another type than the document's ("283-TB/TU" on a Kết luận). */
import type { Rule } from "./types.js";
import { typeForCode } from "../grammar/index.js";
import { numberTypeCode } from "./util.js";

export const numberTypeMismatch: Rule = {
  id: "number-type-mismatch",
  description: "the number's type code is not the document's type (a TB symbol on a Kết luận)",
  severity: "error",
  documentsOnly: true,
  check: (ctx) => {
    const { doc, grammar } = ctx;
    const written = numberTypeCode(doc, grammar);
    if (!written?.known || !doc.type?.code || !doc.number) return [];
    if (written.code.toLowerCase() === doc.type.code.toLowerCase()) return [];
    const named = typeForCode(grammar, written.code, doc.number.system);
    return [{ message: `the number "${doc.number.raw}" has the code ${written.code} (${named?.name ?? "?"}) but the document is a ${doc.type.name} (${doc.type.code})`, span: doc.number.span }];
  },
};
