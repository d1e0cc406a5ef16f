/** `confusable-character`: Ð/ð (Icelandic eth, U+00D0/U+00F0) typed for Đ/đ; read as Đ/đ, but searches and sorts see another letter. */
import type { Rule } from "./types.js";
import { listed } from "./util.js";

const ETH = /[\u00D0\u00F0]/gu;
const MAX = 5;

export const confusableCharacter: Rule = {
  id: "confusable-character",
  description: "Ð/ð (eth, U+00D0/U+00F0) written for Đ/đ (U+0110/U+0111)",
  severity: "warning",
  check: (ctx) => {
    const out = [];
    for (const m of ctx.text.matchAll(ETH)) {
      const fix = m[0] === "\u00D0" ? "Đ (U+0110)" : "đ (U+0111)";
      out.push({ message: `"${m[0]}" (U+00${m[0] === "\u00D0" ? "D0" : "F0"}, eth) stands for ${fix}`, span: ctx.span(m.index, m.index + 1) });
    }
    return listed(out, MAX, (n) => `${n} more eth characters not listed`);
  },
};
