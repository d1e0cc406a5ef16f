/**
 * Legacy font encodings: TCVN3 (ABC) and VNI, as raw bytes and as text read
 * through a Latin-1 font; plain UTF-8 is never mistaken for them. Encoders
 * below are built from the same tables, inverted, to make fixtures here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { decode } from "../src/pipeline/decode.js";
import { readLegacyBytes, readLookalikes } from "../src/pipeline/legacy.js";
import { TCVN3 } from "../src/pipeline/legacy/tcvn3.js";
import { VNI_MARKS, VNI_SINGLE } from "../src/pipeline/legacy/vni.js";
import { fixtureBytes, fixtureNames } from "./helpers.js";

const ROOT = join(import.meta.dirname, "..");

/** What no legacy font holds, as the typist would have written it. */
const ASCII_FOR: Record<string, string> = { "“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "...", "\u00a0": " ", Ð: "Đ", ð: "đ" };
const plain = (text: string): string =>
  [...text.normalize("NFC")].map((c) => ASCII_FOR[c] ?? c).join("").replace(/[^\x00-\x7fÀ-ỹĂăÂâĐđÊêÔôƠơƯư\u1ea0-\u1ef9]/gu, "?");

const TCVN3_OF = new Map(Object.entries(TCVN3).map(([b, c]) => [c, Number(b)]));
/** TCVN3 has no toned capitals: .VnTimeH documents read back as the lowercase letter. */
const tcvn3Lossy = (text: string): string => [...plain(text)].map((c) => (c.charCodeAt(0) < 0x80 || TCVN3_OF.has(c) ? c : c.toLowerCase())).join("");
function encodeTcvn3(text: string): Uint8Array {
  return Uint8Array.from([...tcvn3Lossy(text)].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : (TCVN3_OF.get(c) ?? 0x3f))));
}

const sortMarks = (m: string): string => [...m].sort().join("");
const VNI_MARK_OF = new Map<string, number>();
for (const [b, m] of Object.entries(VNI_MARKS)) VNI_MARK_OF.set(`${Number(b) >= 0xe0 ? "l" : "u"}${sortMarks(m)}`, Number(b));
const VNI_SINGLE_OF = new Map(Object.entries(VNI_SINGLE).map(([b, c]) => [c, Number(b)]));
function encodeVni(text: string): Uint8Array {
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

describe("text read through a Latin-1 font", () => {
  const cases: { input: string; text: string; encoding: string; why: string }[] = [
    { input: "Céng hßa X· héi chñ nghÜa ViÖt Nam", text: "Cộng hòa Xã hội chủ nghĩa Việt Nam", encoding: "tcvn3", why: "TCVN3 (.VnTime) read as Latin-1: the reference's own example" },
    { input: "Xin chaøo caùc baïn", text: "Xin chào các bạn", encoding: "vni", why: "VNI read as Latin-1: a base letter and its mark byte" },
    { input: "ÑAÛNG COÄNG SAÛN VIEÄT NAM", text: "ĐẢNG CỘNG SẢN VIỆT NAM", encoding: "vni", why: "VNI capitals take capital mark bytes" },
  ];
  it.each(cases)("$why", ({ input, text, encoding }) => {
    expect(readLookalikes(input)).toEqual({ text, encoding });
    expect(parse(input).source.encoding).toBe(encoding);
  });

  it("plain ASCII and ordinary UTF-8 Vietnamese are never read as a legacy encoding: every seed is utf-8", () => {
    expect(readLookalikes("Hello, world. Số 12/TB-UBND")).toBeNull();
    for (const name of fixtureNames()) {
      const d = decode(fixtureBytes(name));
      if (d.encoding !== "utf-8") continue; // the UTF-16 and windows-1258 fixtures are checked elsewhere
      expect(readLookalikes(d.text), name).toBeNull();
      expect(parse(fixtureBytes(name)).source.encoding, name).toBe("utf-8");
    }
  });
});

describe("raw bytes of the old fonts", () => {
  const alphabet = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ";

  it("VNI: the whole alphabet, both cases, round-trips", () => {
    const text = `${alphabet} ${alphabet.toUpperCase()}`;
    expect(readLegacyBytes(encodeVni(text))).toEqual({ text, encoding: "vni" });
  });

  it("TCVN3: the whole lowercase alphabet and the untoned capitals round-trip", () => {
    const text = `${alphabet} ĂÂÊÔƠƯĐ của các ngày`;
    expect(readLegacyBytes(encodeTcvn3(text))).toEqual({ text, encoding: "tcvn3" });
  });

  it("windows-1258 bytes (base letters and combining tone bytes) stay windows-1258", () => {
    const decoded = new TextDecoder("windows-1258").decode(Uint8Array.from({ length: 256 }, (_, i) => i));
    const byteOf = new Map([...decoded].map((c, i) => [c, i]));
    // Greedy: the largest precomposed letter windows-1258 has ("ô", "ơ"), then combining tone bytes.
    const encodeChar = (c: string): number[] => {
      if (byteOf.has(c)) return [byteOf.get(c)!];
      let base = c.normalize("NFD")[0] as string;
      let marks = [...c.normalize("NFD").slice(1)];
      for (let again = true; again; ) {
        again = false;
        for (const m of marks) {
          const joined = (base + m).normalize("NFC");
          if (joined.length === 1 && byteOf.has(joined)) {
            base = joined;
            marks = marks.filter((x) => x !== m);
            again = true;
            break;
          }
        }
      }
      return [byteOf.get(base) ?? 0x3f, ...marks.map((m) => byteOf.get(m) ?? 0x3f)];
    };
    const encode = (t: string) => Uint8Array.from([...t.normalize("NFC")].flatMap(encodeChar));
    const text = plain(readFileSync(join(ROOT, "fixtures", "own-cd-ttg-2021.txt"), "utf8"));
    const r = readLegacyBytes(encode(text));
    expect(r.encoding).toBe("windows-1258");
    expect(r.text.normalize("NFC")).toBe(text);
  });

  // Whole documents: each parses to the model of its UTF-8 original with the same substitutions, apart from `source`.
  const docs = ["tb-283-tu-kon-tum-2021-08-27", "own-cd-ttg-2021"].map((n) => ({ name: n, text: readFileSync(join(ROOT, "fixtures", `${n}.txt`), "utf8") }));
  const withoutSource = (d: ReturnType<typeof parse>) => JSON.stringify({ ...d, source: null });
  it.each(docs)("$name as VNI bytes parses like the original", ({ text }) => {
    const doc = parse(encodeVni(text));
    expect(doc.source.encoding).toBe("vni");
    expect(withoutSource(doc)).toBe(withoutSource(parse(plain(text))));
  });
  it.each(docs)("$name as TCVN3 bytes parses like the original with its capitals' tones lowercased", ({ text }) => {
    const doc = parse(encodeTcvn3(text));
    expect(doc.source.encoding).toBe("tcvn3");
    expect(withoutSource(doc)).toBe(withoutSource(parse(tcvn3Lossy(text))));
  });
});
