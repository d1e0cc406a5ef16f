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
const MARK = /\p{M}/u;
const PLAIN = 0;
const SPECIAL = 1;
const COMBINING = 2;
/** Code units below U+2070 (Latin, combining marks, Vietnamese, punctuation) by class, built on first use. */
let CLASSES: Uint8Array | null = null;

function classes(): Uint8Array {
  if (!CLASSES) {
    CLASSES = new Uint8Array(0x2070);
    for (let c = 0; c < 0x2070; c++) CLASSES[c] = isSpecial(c) ? SPECIAL : c >= 0x300 && MARK.test(String.fromCharCode(c)) ? COMBINING : PLAIN;
  }
  return CLASSES;
}

/** The class of the code point at `i`. */
function classAt(text: string, i: number, table: Uint8Array): number {
  const c = text.charCodeAt(i);
  if (c < 0x2070) return table[c] as number;
  if (isSpecial(c)) return SPECIAL;
  return MARK.test(String.fromCodePoint(text.codePointAt(i) as number)) ? COMBINING : PLAIN;
}

/** True for a code unit this stage replaces or drops. */
function isSpecial(c: number): boolean {
  return c === 13 || c === 9 || c === 0xa0 || c === 0xd0 || c === 0xf0 || c === 0xad ||
    (c >= 0x200b && c <= 0x200d) || c === 0x2007 || c === 0x202f || c === 0x2060 || c === 0xfeff;
}

/** Normalises the decoded source (or a view of it: an HTML page's text) into a view whose offsets map back to it. */
export function normalize(input: Source | View): View {
  const from = "map" in input ? input : identityView(input);
  const text = from.text;
  const n = text.length;
  let out: ViewBuilder | null = null;
  let table: Uint8Array | null = null;
  // One pass over the code units; only what changes is visited twice, the runs between are kept whole.
  let kept = 0;
  let crlf = -1; // the LF of the last CRLF: read with its CR, it is no base for marks
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x7f && c !== 13 && c !== 9) continue; // ASCII, most of any text
    table ??= classes();
    const k = classAt(text, i, table);
    if (k === PLAIN) continue;
    if (k === SPECIAL) {
      out ??= new ViewBuilder(from);
      out.keep(kept, i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) {
        kept = i + 1; // CRLF: the CR goes, the LF stays
        crlf = i + 1;
        continue;
      }
      const rep = REPLACE[text[i] as string];
      if (rep !== undefined) out.replace(i, rep);
      kept = i + 1; // replaced, or dropped (zero-width, soft hyphen)
      continue;
    }
    // Combining marks after a base character (one not replaced above): compose the cluster to NFC.
    const low = text.charCodeAt(i - 1);
    const base = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
    let j = i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
    while (j < n && classAt(text, j, table) === COMBINING) j += text.charCodeAt(j) >= 0xd800 && text.charCodeAt(j) <= 0xdbff ? 2 : 1;
    if (base >= kept && base >= 0 && base !== crlf) {
      const hit = text.slice(base, j);
      const nfc = hit.normalize("NFC");
      if (nfc !== hit) {
        out ??= new ViewBuilder(from);
        out.keep(kept, base);
        out.replace(base, nfc.replace(/[\u00d0\u00f0]/g, (x) => REPLACE[x] as string));
        kept = j;
      }
    }
    i = j - 1;
  }
  if (!out) return from;
  out.keep(kept, n);
  return out.build();
}
