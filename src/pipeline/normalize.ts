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
/** What this stage changes: CRLF, a replaced or dropped character, a base character with combining marks. */
const WORK = /\r\n|[\r\t\u00a0\u2007\u202f\u00d0\u00f0\u200b-\u200d\ufeff\u00ad\u2060]|[^\p{M}]\p{M}+/gu;
/** Anything this stage changes; text without it is returned as is. */
const NEEDS_WORK = /[\r\t\u00a0\u2007\u202f\u00d0\u00f0\u200b-\u200d\ufeff\u00ad\u2060\p{M}]/u;

/** Normalises the decoded source into a view whose offsets map back to it. */
export function normalize(source: Source): View {
  const from = identityView(source);
  const text = source.text;
  if (!NEEDS_WORK.test(text)) return from;
  const out = new ViewBuilder(from);
  // Visit only what changes (a native regex scan), keeping the runs between.
  let kept = 0;
  for (const m of text.matchAll(WORK)) {
    const i = m.index;
    const hit = m[0];
    if (hit === "\r\n") {
      out.keep(kept, i);
      kept = i + 1; // the CR goes, the LF stays
      continue;
    }
    if (hit.length === 1) {
      out.keep(kept, i);
      const rep = REPLACE[hit];
      if (rep !== undefined) out.replace(i, rep);
      kept = i + 1; // replaced, or dropped (zero-width, soft hyphen)
      continue;
    }
    // A base character with combining marks: compose to NFC.
    const nfc = hit.normalize("NFC");
    if (nfc === hit) continue;
    out.keep(kept, i);
    out.replace(i, nfc.replace(/[\u00d0\u00f0]/g, (x) => REPLACE[x] as string));
    kept = i + hit.length;
  }
  out.keep(kept, text.length);
  return out.build();
}
