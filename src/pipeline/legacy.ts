/**
 * Stage 1b: the font encodings of the 1990s and 2000s. Bytes that are not
 * UTF-8 are decoded under each candidate (windows-1258, TCVN3, VNI) and the
 * most Vietnamese result wins; UTF-8 text made only of Latin-1 look-alikes
 * ("Céng hßa X· héi", "Xin chaøo") is a legacy text read with the wrong font
 * and is converted back. Per file: batches mix eras. The tables are data
 * (./legacy/tcvn3.ts, ./legacy/vni.ts); this module only runs them.
 */
import { TCVN3 } from "./legacy/tcvn3.js";
import { VNI_BASES, VNI_MARKS, VNI_SINGLE } from "./legacy/vni.js";

/** A text and the encoding it was decoded from. */
export interface Reading {
  text: string;
  encoding: "windows-1258" | "tcvn3" | "vni";
}

/** TCVN3 bytes as text. */
export function decodeTcvn3(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += TCVN3[b] ?? String.fromCharCode(b);
  return out;
}

const CIRCUMFLEX = new Set([0xe2, 0xc2, 0xe1, 0xc1, 0xe0, 0xc0, 0xe5, 0xc5, 0xe3, 0xc3, 0xe4, 0xc4]);
const BREVE = new Set([0xea, 0xca, 0xe9, 0xc9, 0xe8, 0xc8, 0xfa, 0xda, 0xfc, 0xdc, 0xeb, 0xcb]);

/** VNI bytes as text: a base letter and the mark byte after it are one letter (read greedily). */
export function decodeVni(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    const ch = VNI_SINGLE[b] ?? String.fromCharCode(b);
    const kind = VNI_BASES[ch];
    const next = bytes[i + 1];
    const marks = next === undefined ? undefined : VNI_MARKS[next];
    const fits = kind !== undefined && marks !== undefined && (CIRCUMFLEX.has(next!) ? kind !== "tone" : BREVE.has(next!) ? kind === "a" : true);
    if (fits) {
      out += (ch + marks).normalize("NFC");
      i++;
    } else out += ch;
  }
  return out;
}

/** Letters only Vietnamese uses (outside ASCII and the Latin-1 vowels it shares). */
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/gu;
/** Latin-1 characters no Vietnamese text has: what a wrong reading leaves. */
const FOREIGN = /[\u0080-\u00BF\u00C4-\u00C7\u00CB\u00CE\u00CF\u00D0\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE\u00DF\u00E4-\u00E7\u00EB\u00EE\u00EF\u00F0\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE\u00FF]/gu;

/** Frequent syllables of administrative Vietnamese: a right reading is full of them, a wrong one has none. */
const COMMON = new Set(
  ("của và các được ngày tháng năm có không cho chào bạn với những này là người một trong để theo về tỉnh huyện xã số " +
    "thực hiện công hội nghĩa việt nam đảng cộng sản ủy ban nhân dân tác phòng chống dịch đã đến tại trên kết luận thông báo " +
    "quyết định chỉ thị kế hoạch sở y tế giao chủ trì phối hợp đồng chí nơi nhận lưu độc lập tự do hạnh phúc").split(" "),
);
const WORD = /[\p{L}]+/gu;

/** How Vietnamese a text looks: frequent syllables (three points each) and Vietnamese letters, minus twice the foreign letters. */
export function vietnameseScore(text: string): number {
  let common = 0;
  for (const w of text.match(WORD) ?? []) if (COMMON.has(w.toLowerCase())) common++;
  return 3 * common + (text.match(VIETNAMESE)?.length ?? 0) - 2 * (text.match(FOREIGN)?.length ?? 0);
}

/** The best reading of bytes that are not UTF-8. */
export function readLegacyBytes(bytes: Uint8Array): Reading {
  const candidates: Reading[] = [
    { text: new TextDecoder("windows-1258").decode(bytes), encoding: "windows-1258" },
    { text: decodeTcvn3(bytes), encoding: "tcvn3" },
    { text: decodeVni(bytes), encoding: "vni" },
  ];
  let best = candidates[0] as Reading;
  let bestScore = vietnameseScore(best.text.normalize("NFC"));
  for (const c of candidates.slice(1)) {
    const s = vietnameseScore(c.text);
    if (s > bestScore) [best, bestScore] = [c, s];
  }
  return best;
}

/** CP1252's characters for the bytes 0x80–0x9F (a Latin-1 look-alike text may hold them). */
const CP1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/**
 * A UTF-8 text that is TCVN3 or VNI read through a Latin-1 font, converted
 * back; null when the text is not one (it has a character outside Latin-1
 * and CP1252, or no Latin-1 letters, or converting does not make it more Vietnamese).
 */
export function readLookalikes(text: string): Reading | null {
  if (!/[\u0080-\u00FF]/u.test(text)) return null;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x100) bytes[i] = c;
    else {
      const k = CP1252.indexOf(text[i] as string);
      if (k < 0) return null;
      bytes[i] = 0x80 + k;
    }
  }
  const as = vietnameseScore(text);
  let best: Reading | null = null;
  let bestScore = as;
  for (const c of [{ text: decodeTcvn3(bytes), encoding: "tcvn3" as const }, { text: decodeVni(bytes), encoding: "vni" as const }]) {
    const s = vietnameseScore(c.text);
    if (s > bestScore + 2) [best, bestScore] = [c, s];
  }
  return best;
}

/** The encodings `--encoding` accepts. */
export const ENCODINGS = ["utf-8", "utf-16le", "utf-16be", "windows-1258", "tcvn3", "vni", "viqr"] as const;
export type EncodingName = (typeof ENCODINGS)[number];

/** Bytes (or, for tcvn3/vni/viqr, text already read as Latin-1 or ASCII) decoded as the named encoding. */
export function decodeAs(input: string | Uint8Array, encoding: EncodingName): string {
  if (typeof input === "string") {
    if (encoding === "viqr") return decodeViqr(input);
    if (encoding !== "tcvn3" && encoding !== "vni") return input;
    input = Uint8Array.from(input, (c) => (c.charCodeAt(0) < 0x100 ? c.charCodeAt(0) : 0x3f));
  }
  switch (encoding) {
    case "tcvn3":
      return decodeTcvn3(input);
    case "vni":
      return decodeVni(input);
    case "viqr":
      return decodeViqr(new TextDecoder("utf-8").decode(input));
    default:
      return new TextDecoder(encoding).decode(input).replace(/^\uFEFF/u, "");
  }
}

const VIQR_SHAPE: Record<string, string> = { "^": "\u0302", "(": "\u0306", "+": "\u031B" };
const VIQR_TONE: Record<string, string> = { "'": "\u0301", "`": "\u0300", "?": "\u0309", "~": "\u0303", ".": "\u0323" };
const VIQR = /\\([\^(+'`?~.])|([aAeEiIoOuUyY])([\^(+])?(['`?~.])?|(dd|DD|Dd)/gu;

/** VIQR ("Vie^.t Nam") as Unicode: a vowel and its shape and tone marks, "dd" for đ; a backslash keeps a mark literal. */
export function decodeViqr(text: string): string {
  return text.replace(VIQR, (all, escaped?: string, vowel?: string, shape?: string, tone?: string, d?: string) => {
    if (escaped) return escaped;
    if (d) return d === "dd" ? "đ" : "Đ";
    const fits = !shape || (shape === "(" ? /[aA]/u.test(vowel!) : shape === "^" ? /[aAeEoO]/u.test(vowel!) : /[oOuU]/u.test(vowel!));
    if (!fits) return all;
    return (vowel! + (shape ? VIQR_SHAPE[shape] : "") + (tone ? VIQR_TONE[tone] : "")).normalize("NFC");
  });
}
