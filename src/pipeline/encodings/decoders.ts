/**
 * The font encodings' decoders, run over code units: bytes (< 0x100), or the
 * characters of a text that was read through a Latin-1 font, mapped back to
 * their bytes (CP1252 for 0x80–0x9F) with what no byte holds kept as it is.
 * TCVN3 and VNI give precomposed letters (one per byte, or per base and mark
 * byte); VIQR is text already. The tables are data (./tcvn3.ts, ./vni.ts, ./viqr.ts).
 */
import { CP1252_HIGH, WINDOWS_LATIN } from "./latin.js";
import { TCVN3 } from "./tcvn3.js";
import { VNI_BASES, VNI_MARKS, VNI_SINGLE } from "./vni.js";
import { VIQR_SHAPES, VIQR_TONES } from "./viqr.js";

/** Code units to decode: a byte below 0x100, any other value a character kept as it is. */
export type Units = ArrayLike<number>;

const CP1252_BYTE = new Map([...CP1252_HIGH].map((c, i) => [c, 0x80 + i]));

/** A text's characters as the bytes a Latin-1 (CP1252) font showed them as; a character no byte holds is kept as it is. */
export function textUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    units[i] = c < 0x100 ? c : (CP1252_BYTE.get(text[i] as string) ?? c);
  }
  return units;
}

/** Code units (every Vietnamese letter is one) as a string, in chunks the argument list can take; lone surrogates stay as they are. */
function toText(out: Uint16Array): string {
  const parts: string[] = [];
  for (let i = 0; i < out.length; i += 0x2000) parts.push(String.fromCharCode(...out.subarray(i, i + 0x2000)));
  return parts.join("");
}

/** TCVN3's table as code units. */
const TCVN3_UNITS = Uint16Array.from(TCVN3, (c) => c.charCodeAt(0));

/** TCVN3 (.VnTime) as text: one character per byte. */
export function decodeTcvn3(units: Units): string {
  const out = new Uint16Array(units.length);
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as number;
    out[i] = u < 0x100 ? (TCVN3_UNITS[u] as number) : u;
  }
  return toText(out);
}

/** VNI's single bytes (and the other bytes as Windows Latin) as code units. */
const VNI_UNITS = Uint16Array.from(WINDOWS_LATIN, (c, b) => (VNI_SINGLE[b] ?? c).charCodeAt(0));
/** A base letter's code unit × 0x100 + a mark byte → the precomposed letter's code unit, for the pairs that join. */
const VNI_JOIN = new Map<number, number>();
for (const [base, kind] of Object.entries(VNI_BASES)) {
  for (const [byte, mark] of Object.entries(VNI_MARKS)) {
    if (mark.on === "tone" || (mark.on === "aeo" ? kind !== "uy" : kind === "a")) {
      VNI_JOIN.set(base.charCodeAt(0) * 0x100 + Number(byte), (base + mark.marks).normalize("NFC").charCodeAt(0));
    }
  }
}

/** VNI (VNI-Times) as text: a base letter and the mark byte after it are one letter, read greedily. */
export function decodeVni(units: Units): string {
  const out = new Uint16Array(units.length);
  let n = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as number;
    const ch = u < 0x100 ? (VNI_UNITS[u] as number) : u;
    const next = units[i + 1];
    const letter = next !== undefined && next < 0x100 ? VNI_JOIN.get(ch * 0x100 + next) : undefined;
    if (letter !== undefined) {
      out[n++] = letter;
      i++;
    } else out[n++] = ch;
  }
  return toText(out.subarray(0, n));
}

const VIQR = /\\([\^(+'`?~.\\])|([aAeEiIoOuUyY])([\^(+])?(['`?~.])?|(dd|DD|Dd)/gu;

/** VIQR ("Vie^.t Nam") as Unicode: each vowel with its shape and tone marks composed, dd/DD as đ/Đ, a backslash keeping the next mark literal. */
export function decodeViqr(text: string): string {
  return text.replace(VIQR, (all, escaped?: string, vowel?: string, shape?: string, tone?: string, d?: string) => {
    if (escaped) return escaped;
    if (d) return d === "dd" ? "đ" : "Đ";
    const s = shape ? VIQR_SHAPES[shape] : undefined;
    if (s && !s.on.includes(vowel as string)) return all;
    return `${vowel}${s ? s.mark : ""}${tone ? VIQR_TONES[tone] : ""}`.normalize("NFC");
  });
}
