/** `missing-signature`: no signature block (authority, position, signer) at the end. */
import type { Rule } from "./types.js";

export const missingSignature: Rule = {
  id: "missing-signature",
  description: "the document has no signature block (position and signer)",
  severity: "warning",
  documentsOnly: true,
  check: (ctx) => (ctx.doc.signature ? [] : [{ message: "the document has no signature block (position and signer)", span: null }]),
};
