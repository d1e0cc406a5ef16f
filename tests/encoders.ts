/**
 * Encoders into the legacy encodings, the decoders' tables inverted: for
 * making fixtures (scripts/encode-fixtures.ts) and for round-trip
 * tests. The pipeline itself only decodes.
 *
 * A legacy file cannot hold every character of a Unicode text; what the
 * typist of the time would have typed instead is `toLegacyRepertoire`.
 * Punctuation Word typed (“ ” – … •) sits in the CP1252 bytes every one of
 * them leaves free of letters, so it is kept.
 */
import { restoreCapitals } from "../src/pipeline/encodings/capitals.js";
import { WINDOWS_LATIN } from "../src/pipeline/encodings/latin.js";
import { TCVN3_LETTERS } from "../src/pipeline/encodings/tcvn3.js";
import { VNI_MARKS, VNI_SINGLE } from "../src/pipeline/encodings/vni.js";

/** The 134 letters of Vietnamese (67 lowercase, 67 capitals), precomposed. */
export const VIETNAMESE_LETTERS: ReadonlySet<string> = (() => {
  const lower = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ";
  return new Set([...lower, ...lower.toUpperCase()].filter((c) => c.charCodeAt(0) >= 0x80));
})();

/** What a typist wrote for a character the encoding has no byte for: typographic quotes, dashes and ellipsis as ASCII, NBSP as a space, the eth look-alike as Đ/đ. */
export const LEGACY_SUBSTITUTES: Readonly<Record<string, string>> = Object.freeze({
  "“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "...", "\u00a0": " ", "Ð": "Đ", "ð": "đ",
});

/** The legacy encodings the encoders write. */
export type Legacy = "tcvn3" | "vni" | "windows-1258";

/**
 * Characters other than letters each encoding has a byte for: the Windows
 * Latin background (CP1252 punctuation in 0x80–0x9F, Latin-1 above) where
 * the font puts no letter or mark there; all of windows-1258's own characters.
 */
const OTHER_BYTES: Record<Legacy, ReadonlyMap<string, number>> = (() => {
  const latin = (taken: Set<number>) => new Map(WINDOWS_LATIN.flatMap((c, b) => (b >= 0x80 && !taken.has(b) ? [[c, b] as [string, number]] : [])));
  const w1258 = new TextDecoder("windows-1258").decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  return {
    tcvn3: latin(new Set(Object.keys(TCVN3_LETTERS).map(Number))),
    vni: latin(new Set([...Object.keys(VNI_SINGLE), ...Object.keys(VNI_MARKS)].map(Number))),
    "windows-1258": new Map([...w1258].map((c, i) => [c, i])),
  };
})();

/** True when the encoding can write `c` (NFC): ASCII, a Vietnamese letter (TCVN3's toned capitals as their lowercase), or one of its other bytes. */
const holds = (c: string, encoding: Legacy): boolean => c.charCodeAt(0) < 0x80 || VIETNAMESE_LETTERS.has(c) || OTHER_BYTES[encoding].has(c);

/** A text (NFC) as a file in `encoding` can hold it: what it has no byte for is LEGACY_SUBSTITUTES' replacement if it can hold that, else "?". */
export function toLegacyRepertoire(text: string, encoding: Legacy): string {
  let out = "";
  for (const c of text.normalize("NFC")) {
    if (holds(c, encoding)) out += c;
    else {
      const s = LEGACY_SUBSTITUTES[c];
      out += s !== undefined && [...s].every((x) => holds(x, encoding)) ? s : "?";
    }
  }
  return out;
}

const TCVN3_OF = new Map(Object.entries(TCVN3_LETTERS).map(([b, c]) => [c, Number(b)]));

/** TCVN3 has no toned capitals: the text as a .VnTimeH document reads back, those capitals lowercase. */
export function tcvn3Lossy(text: string): string {
  let out = "";
  for (const c of text) out += VIETNAMESE_LETTERS.has(c) && !TCVN3_OF.has(c) && c !== c.toLowerCase() ? c.toLowerCase() : c;
  return out;
}

/** What a TCVN3 file of a text reads back as: its toned capitals lowercased, then restored where the decoder can tell. */
export function tcvn3Reads(text: string): string {
  return restoreCapitals(tcvn3Lossy(toLegacyRepertoire(text, "tcvn3"))).text;
}

/** TCVN3 bytes of a text: toLegacyRepertoire, then tcvn3Lossy; anything else unencodable is "?". */
export function encodeTcvn3(text: string): Uint8Array {
  const other = OTHER_BYTES.tcvn3;
  return Uint8Array.from(tcvn3Lossy(toLegacyRepertoire(text, "tcvn3")), (c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : (TCVN3_OF.get(c) ?? other.get(c) ?? 0x3f)));
}

const SHAPES = new Set(["\u0302", "\u0306"]);
const HORN = "\u031b";
const VNI_SINGLE_OF = new Map(Object.entries(VNI_SINGLE).map(([b, c]) => [c, Number(b)]));
/** "l" or "u" (the case of the mark byte) and the marks, shape first: the mark byte. */
const VNI_MARK_OF = new Map(Object.entries(VNI_MARKS).map(([b, m]) => [`${Number(b) >= 0xe0 ? "l" : "u"}${m.marks}`, Number(b)]));

/** VNI bytes of a text (toLegacyRepertoire applied): a base byte and a mark byte, or the single byte the letter has. */
export function encodeVni(text: string): Uint8Array {
  const out: number[] = [];
  for (const c of toLegacyRepertoire(text, "vni")) {
    const single = c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : (VNI_SINGLE_OF.get(c) ?? (VIETNAMESE_LETTERS.has(c) ? undefined : OTHER_BYTES.vni.get(c)));
    if (single !== undefined) {
      out.push(single);
      continue;
    }
    const [first = "", ...marks] = c.normalize("NFD");
    const base = marks.includes(HORN) ? (first + HORN).normalize("NFC") : first; // ơ, ư are single bytes
    const shape = marks.find((x) => SHAPES.has(x)) ?? "";
    const tone = marks.find((x) => x !== HORN && !SHAPES.has(x)) ?? "";
    out.push(base.charCodeAt(0) < 0x80 ? base.charCodeAt(0) : (VNI_SINGLE_OF.get(base) ?? 0x3f));
    if (shape || tone) out.push(VNI_MARK_OF.get(`${base === base.toLowerCase() ? "l" : "u"}${shape}${tone}`) ?? 0x3f);
  }
  return Uint8Array.from(out);
}

const W1258_OF = (() => {
  const chars = new TextDecoder("windows-1258").decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  return new Map([...chars].map((c, i) => [c, i]));
})();

/**
 * windows-1258 bytes of a text (toLegacyRepertoire applied): a letter the
 * code page has precomposed as its byte, else the base with its shape
 * (â, ơ, ă…) as one byte and the tone as a combining byte, as Windows wrote it.
 */
export function encodeWindows1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const c of toLegacyRepertoire(text, "windows-1258")) {
    const direct = W1258_OF.get(c);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const [first = "", ...marks] = c.normalize("NFD");
    const shaped = (first + marks.filter((x) => x === HORN || SHAPES.has(x)).join("")).normalize("NFC");
    out.push(W1258_OF.get(shaped) ?? 0x3f);
    for (const x of marks) if (x !== HORN && !SHAPES.has(x)) out.push(W1258_OF.get(x) ?? 0x3f);
  }
  return Uint8Array.from(out);
}
