/** `citation-after-document`: a cited document is dated after this one (a wrong number or date in one of them). */
import type { Rule } from "./types.js";

export const citationAfterDocument: Rule = {
  id: "citation-after-document",
  description: "a cited document is dated after this document",
  severity: "warning",
  check: (ctx) => {
    const own = ctx.doc.date?.iso;
    if (!own) return [];
    return ctx.doc.citations
      .filter((c) => c.date !== null && c.date > own)
      .map((c) => ({ message: `cites ${c.id ?? c.title ?? "a document"} dated ${c.date}, after this document's date (${own})`, span: c.mentions[0]?.span ?? null }));
  },
};
