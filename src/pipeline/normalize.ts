/**
 * Stage 2: decoded text → normalised view.
 *
 * NFC per grapheme cluster, `Ð`/`ð` (Icelandic eth, a common mis-encoding)
 * read as `Đ`/`đ`, tabs and NBSP as spaces, CRLF and CR as LF, zero-width
 * characters and soft hyphens dropped. Offsets map back to the decoded text.
 */
import { identityView, ViewBuilder, type Source, type View } from "../util/text.js";

const REPLACE: Record<string, string> = {
  "\u00d0": "\u0110",
  "\u00f0": "\u0111",
  "\t": " ",
  "\u00a0": " ",
  "\u2007": " ",
  "\u202f": " ",
  "\r": "\n",
};
const DROP = new Set(["\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\u2060"]);
const COMBINING = /\p{M}/u;
/** Anything this stage changes; text without it is returned as is. */
const NEEDS_WORK = /[\r\t\u00a0\u2007\u202f\u00d0\u00f0\u200b-\u200d\ufeff\u00ad\u2060\p{M}]/u;

/** Normalises the decoded source into a view whose offsets map back to it. */
export function normalize(source: Source): View {
  const from = identityView(source);
  const text = source.text;
  if (!NEEDS_WORK.test(text)) return from;
  const out = new ViewBuilder(from);
  let kept = 0;
  const flush = (i: number): void => {
    out.keep(kept, i);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === "\r" && text[i + 1] === "\n") {
      flush(i);
      kept = i + 1;
      continue;
    }
    const rep = REPLACE[c];
    if (rep !== undefined) {
      flush(i);
      out.replace(i, rep);
      kept = i + 1;
      continue;
    }
    if (DROP.has(c)) {
      flush(i);
      kept = i + 1;
      continue;
    }
    // A base letter followed by combining marks: compose to NFC.
    const nextCode = text.charCodeAt(i + 1);
    if (nextCode >= 0x300 && COMBINING.test(text[i + 1] as string)) {
      let j = i + 1;
      while (j < text.length && COMBINING.test(text[j] as string)) j++;
      const cluster = text.slice(i, j);
      const nfc = cluster.normalize("NFC");
      if (nfc !== cluster) {
        flush(i);
        out.replace(i, nfc.replace(/[\u00d0\u00f0]/g, (x) => REPLACE[x] as string));
        kept = j;
      }
      i = j - 1;
    }
  }
  flush(text.length);
  return out.build();
}
