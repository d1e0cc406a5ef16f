/** `missing-number`: no "Số …" line in the header at all. */
import type { Rule } from "./types.js";

export const missingNumber: Rule = {
  id: "missing-number",
  description: "the header has no document number (\"Số: …\")",
  severity: "error",
  documentsOnly: true,
  check: (ctx) =>
    // A blank or unreadable number is reported by blank-number and number-format.
    ctx.doc.number || ctx.found.some((d) => d.rule === "number-format" || d.rule === "blank-number")
      ? []
      : [{ message: "the header has no document number (\"Số: …\")", span: ctx.doc.issuer?.span ?? null }],
};
