/** `missing-recipients`: no "Nơi nhận:" list. */
import type { Rule } from "./types.js";

export const missingRecipients: Rule = {
  id: "missing-recipients",
  description: "the document has no \"Nơi nhận:\" list",
  severity: "warning",
  documentsOnly: true,
  check: (ctx) => (ctx.doc.recipients.length ? [] : [{ message: "the document has no \"Nơi nhận:\" list", span: ctx.doc.signature?.span ?? null }]),
};
