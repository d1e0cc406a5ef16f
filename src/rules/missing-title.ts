/** `missing-title`: no trích yếu (the line saying what the document is about). */
import type { Rule } from "./types.js";

export const missingTitle: Rule = {
  id: "missing-title",
  description: "the document has no trích yếu (title line, or V/v for a công văn)",
  severity: "warning",
  documentsOnly: true,
  check: (ctx) => (ctx.doc.title ? [] : [{ message: "the document has no trích yếu (title, or V/v for a công văn)", span: ctx.doc.date?.span ?? ctx.doc.number?.span ?? null }]),
};
