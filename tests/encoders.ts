/**
 * Encoders for test fixtures, built from the decoders' own tables inverted:
 * TCVN3, VNI and windows-1258 bytes from Unicode text, as the old fonts and
 * code pages wrote them. Test code: the library only decodes.
 */
import { TCVN3 } from "../src/pipeline/legacy/tcvn3.js";
import { VNI_MARKS, VNI_SINGLE } from "../src/pipeline/legacy/vni.js";

/** What no legacy font holds, as the typist would have written it. */
export const ASCII_FOR: Record<string, string> = { "“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "...", "\u00a0": " ", Ð: "Đ", ð: "đ" };
export const plain = (text: string): string =>
  [...text.normalize("NFC")].map((c) => ASCII_FOR[c] ?? c).join("").replace(/[^\x00-\x7fÀ-ỹĂăÂâĐđÊêÔôƠơƯư\u1ea0-\u1ef9]/gu, "?");

const TCVN3_OF = new Map(Object.entries(TCVN3).map(([b, c]) => [c, Number(b)]));
/** TCVN3 has no toned capitals: .VnTimeH documents read back as the lowercase letter. */
export const tcvn3Lossy = (text: string): string => [...plain(text)].map((c) => (c.charCodeAt(0) < 0x80 || TCVN3_OF.has(c) ? c : c.toLowerCase())).join("");
export function encodeTcvn3(text: string): Uint8Array {
  return Uint8Array.from([...tcvn3Lossy(text)].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : (TCVN3_OF.get(c) ?? 0x3f))));
}

const sortMarks = (m: string): string => [...m].sort().join("");
const VNI_MARK_OF = new Map<string, number>();
for (const [b, m] of Object.entries(VNI_MARKS)) VNI_MARK_OF.set(`${Number(b) >= 0xe0 ? "l" : "u"}${sortMarks(m)}`, Number(b));
const VNI_SINGLE_OF = new Map(Object.entries(VNI_SINGLE).map(([b, c]) => [c, Number(b)]));
export function encodeVni(text: string): Uint8Array {
  const out: number[] = [];
  for (const c of plain(text)) {
    if (c.charCodeAt(0) < 0x80) out.push(c.charCodeAt(0));
    else if (VNI_SINGLE_OF.has(c)) out.push(VNI_SINGLE_OF.get(c)!);
    else {
      const d = c.normalize("NFD");
      let base = d[0] as string;
      let marks = d.slice(1);
      if (marks.includes("\u031b")) {
        base = (base + "\u031b").normalize("NFC"); // ơ, ư are single bytes in VNI
        marks = marks.replace("\u031b", "");
      }
      const head = VNI_SINGLE_OF.get(base) ?? base.charCodeAt(0);
      out.push(head);
      if (marks) out.push(VNI_MARK_OF.get(`${base === base.toLowerCase() ? "l" : "u"}${sortMarks(marks)}`) ?? 0x3f);
    }
  }
  return Uint8Array.from(out);
}


const W1258 = new TextDecoder("windows-1258").decode(Uint8Array.from({ length: 256 }, (_, i) => i));
const W1258_OF = new Map([...W1258].map((c, i) => [c, i]));

/** windows-1258 bytes: the largest precomposed letter the code page has ("ô", "ơ"), then combining tone bytes. */
export function encodeW1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const c of plain(text)) {
    if (W1258_OF.has(c)) {
      out.push(W1258_OF.get(c)!);
      continue;
    }
    let base = c.normalize("NFD")[0] as string;
    let marks = [...c.normalize("NFD").slice(1)];
    for (let again = true; again; ) {
      again = false;
      for (const m of marks) {
        const joined = (base + m).normalize("NFC");
        if (joined.length === 1 && W1258_OF.has(joined)) {
          base = joined;
          marks = marks.filter((x) => x !== m);
          again = true;
          break;
        }
      }
    }
    out.push(W1258_OF.get(base) ?? 0x3f, ...marks.map((m) => W1258_OF.get(m) ?? 0x3f));
  }
  return Uint8Array.from(out);
}
