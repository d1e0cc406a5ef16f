/** `missing-issuer`: no issuing body (cơ quan ban hành) at the top left of the header. */
import type { Rule } from "./types.js";

export const missingIssuer: Rule = {
  id: "missing-issuer",
  description: "the header names no issuing body (cơ quan ban hành)",
  severity: "warning",
  documentsOnly: true,
  check: (ctx) => (ctx.doc.issuer ? [] : [{ message: "the header names no issuing body (cơ quan ban hành)", span: null }]),
};
