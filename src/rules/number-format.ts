/**
 * `number-format`: the number is unreadable, or written in the other system's
 * form: a Party document numbers "Số 283-TB/TU" (Hướng dẫn 36-HD/VPTW), a
 * state one "Số: 15/2021/QĐ-UBND" (Nghị định 30/2020/NĐ-CP). The system is the
 * issuer's (from the grammar's issuers), else the motto's.
 */
import type { Rule } from "./types.js";
import { foundAs, issuerSystem, mottoSystem } from "./util.js";

const FORM = { party: "\"Số 283-TB/TU\" (Hướng dẫn 36-HD/VPTW)", state: "\"Số: 15/2021/QĐ-UBND\" (Nghị định 30/2020/NĐ-CP)" };

export const numberFormat: Rule = {
  id: "number-format",
  description: "the number is unreadable, or in the other system's form (Party 283-TB/TU, state 15/2021/QĐ-UBND)",
  severity: "error",
  check: (ctx) => {
    const out = foundAs(ctx, "number-format");
    const n = ctx.doc.number;
    if (!n?.system || !n.seq) return out;
    const expected = issuerSystem(ctx.doc, ctx.grammar) ?? mottoSystem(ctx.doc);
    if (expected && expected !== n.system) {
      const who = expected === "party" ? "a Party document" : "a state document";
      out.push({ message: `"${n.raw}" is in the ${n.system === "party" ? "Party" : "state"} form; ${who} numbers as ${FORM[expected]}`, span: n.span });
    }
    return out;
  },
};
