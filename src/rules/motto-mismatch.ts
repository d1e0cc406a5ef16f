/** `motto-mismatch`: a Party document under the state motto, or a state document under the Party's. */
import type { Rule } from "./types.js";
import { issuerSystem, mottoSystem } from "./util.js";

export const mottoMismatch: Rule = {
  id: "motto-mismatch",
  description: "a Party document under the state motto (quốc hiệu) or a state document under \"ĐẢNG CỘNG SẢN VIỆT NAM\"",
  severity: "error",
  documentsOnly: true,
  check: (ctx) => {
    const motto = mottoSystem(ctx.doc);
    const issuer = issuerSystem(ctx.doc, ctx.grammar) ?? ctx.doc.number?.system ?? null;
    if (!motto || !issuer || motto === issuer) return [];
    const line = (ctx.doc.motto ?? "").split("\n")[0] as string;
    const at = line ? ctx.text.indexOf(line) : -1;
    const what = issuer === "party" ? "a Party document (issuer or number) under the state motto" : "a state document under the Party's motto";
    return [{ message: what, span: at >= 0 ? ctx.span(at, at + line.length) : (ctx.doc.issuer?.span ?? null) }];
  },
};
