/**
 * `encoding-suspect`: characters left by a wrong decoding: U+FFFD (bytes
 * that were not text), UTF-8 read as Latin-1 ("Ã¡", "Ä‘", "á»‡"), or the
 * symbols of a legacy font encoding inside words (TCVN3 "C«ng", "h\u00a7a").
 */
import type { Rule } from "./types.js";

/** Each alternative is a mis-decoding no Vietnamese text contains. */
const SUSPECT = new RegExp(
  [
    "\\uFFFD", // a replacement character: bytes the decoder could not read
    "[ÃÄÆ][\\u0080-\\u00BF]", // a UTF-8 lead byte read as Latin-1, then a continuation byte
    "á[»º][\\u0080-\\u00BF]", // a three-byte UTF-8 letter (U+1Exx) read as Latin-1
    "\\p{L}[\\u00A1-\\u00BF\\u00D7\\u00F7]\\p{L}", // a Latin-1 symbol inside a word: a TCVN3/VNI letter
  ].join("|"),
  "gu",
);
const MAX = 5;

export const encodingSuspect: Rule = {
  id: "encoding-suspect",
  description: "characters left by a wrong decoding: U+FFFD, UTF-8 read as Latin-1 (\"Ã¡\"), legacy font symbols inside words",
  severity: "error",
  check: (ctx) => {
    const out = [];
    let count = 0;
    for (const m of ctx.text.matchAll(SUSPECT)) {
      if (++count > MAX) continue;
      out.push({ message: `"${m[0]}" looks like a wrong decoding (a legacy font encoding or mojibake)`, span: ctx.span(m.index, m.index + m[0].length) });
    }
    if (count > MAX) out.push({ message: `${count - MAX} more suspect characters not listed`, span: null });
    return out;
  },
};
