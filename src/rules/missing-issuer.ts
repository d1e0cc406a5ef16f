/**
 * `missing-issuer`: no issuing body (cơ quan ban hành) at the top left of the
 * header. Option `expected` (a name or a list): a repository of one agency
 * also reports a document issued by another ("Ủy ban nhân dân tỉnh Kon Tum").
 */
import type { Rule } from "./types.js";

/** The `expected` option as a list of names, lowercased. */
function expectedNames(options: Readonly<Record<string, unknown>>): string[] {
  const e = options.expected;
  const list = typeof e === "string" ? [e] : Array.isArray(e) ? e.filter((x): x is string => typeof x === "string") : [];
  return list.map((n) => n.toLowerCase().replace(/\s+/gu, " ").trim());
}

export const missingIssuer: Rule = {
  id: "missing-issuer",
  description: "the header names no issuing body (cơ quan ban hành), or not the one expected (option expected)",
  severity: "warning",
  documentsOnly: true,
  check: (ctx) => {
    const issuer = ctx.doc.issuer;
    if (!issuer) return [{ message: "the header names no issuing body (cơ quan ban hành)", span: null }];
    const expected = expectedNames(ctx.options);
    if (!expected.length || expected.includes(issuer.name.toLowerCase())) return [];
    const list = Array.isArray(ctx.options.expected) ? (ctx.options.expected as unknown[]).join(", ") : String(ctx.options.expected);
    return [{ message: `issued by ${issuer.name}, not by the expected ${list}`, span: issuer.span }];
  },
};
