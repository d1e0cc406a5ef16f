/**
 * `encoding-suspect`: characters left by a wrong decoding: U+FFFD (bytes
 * that were not text), UTF-8 read as Latin-1 ("Ã¡", "Ä‘", "á»‡"), or the
 * symbols of a legacy font encoding inside words (TCVN3 "C«ng", "h\u00a7a").
 */
import { isLetterAt } from "../util/chars.js";
import type { Rule } from "./types.js";
import { listed } from "./util.js";

/** Every suspect sequence holds one of these: most texts have none and are passed over by one native scan. */
const MARKER = /[\u0080-\u00BF\u00D7\u00F7\uFFFD]/g;
const MAX = 5;

/**
 * The suspect sequence around the marker at `i`, as [start, end), or null.
 * Each case is a mis-decoding no Vietnamese text contains:
 * - U+FFFD: bytes the decoder could not read;
 * - "Ã¡", "Ä‘": a UTF-8 lead byte read as Latin-1, then a continuation byte;
 * - "á»‡": a three-byte UTF-8 letter (U+1Exx) read as Latin-1;
 * - "C«ng", "h§a": a Latin-1 symbol inside a word, a TCVN3/VNI letter.
 */
function suspectAt(text: string, i: number): [number, number] | null {
  const c = text.charCodeAt(i);
  if (c === 0xfffd) return [i, i + 1];
  const prev = text[i - 1] ?? "";
  if (c <= 0xbf && /[ÃÄÆ]/u.test(prev)) return [i - 1, i + 1];
  if (c <= 0xbf && /[»º]/u.test(prev) && text[i - 2] === "á") return [i - 2, i + 1];
  if (c >= 0xa1 && i > 0 && isLetterAt(text, i - 1) && isLetterAt(text, i + 1)) return [i - 1, i + 2];
  return null;
}

export const encodingSuspect: Rule = {
  id: "encoding-suspect",
  description: "characters left by a wrong decoding: U+FFFD, UTF-8 read as Latin-1 (\"Ã¡\"), legacy font symbols inside words",
  severity: "error",
  check: (ctx) => {
    const out = [];
    let covered = -1;
    for (const m of ctx.text.matchAll(MARKER)) {
      const at = suspectAt(ctx.text, m.index);
      if (!at || at[0] < covered) continue;
      covered = at[1];
      const seq = ctx.text.slice(at[0], at[1]);
      out.push({ message: `"${seq}" looks like a wrong decoding (a legacy font encoding or mojibake)`, span: ctx.span(at[0], at[1]) });
    }
    return listed(out, MAX, (n) => `${n} more suspect characters not listed`);
  },
};
