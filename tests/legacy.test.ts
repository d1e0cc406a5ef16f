/**
 * Legacy font encodings end to end: TCVN3 (ABC) and VNI, as raw bytes and
 * as text read through a Latin-1 font, through `parse`; plain UTF-8 is never
 * mistaken for them; VIQR only when forced. The decoder's own cases are in
 * tests/unit/decode.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { decode } from "../src/pipeline/decode.js";
import { decodeViqr } from "../src/pipeline/encodings/decoders.js";
import { readLookalikes } from "../src/pipeline/encodings/detect.js";
import { encodeTcvn3, encodeVni, encodeWindows1258, tcvn3Reads, toLegacyRepertoire } from "./encoders.js";
import { fixtureBytes, fixtureNames } from "./helpers.js";

const ROOT = join(import.meta.dirname, "..");

describe("text read through a Latin-1 font", () => {
  const cases: { input: string; text: string; encoding: string; why: string }[] = [
    { input: "Céng hßa X· héi chñ nghÜa ViÖt Nam", text: "Cộng hòa Xã hội chủ nghĩa Việt Nam", encoding: "tcvn3", why: "TCVN3 (.VnTime) read as Latin-1: the reference's own example" },
    { input: "Xin chaøo caùc baïn", text: "Xin chào các bạn", encoding: "vni", why: "VNI read as Latin-1: a base letter and its mark byte" },
    { input: "ÑAÛNG COÄNG SAÛN VIEÄT NAM", text: "ĐẢNG CỘNG SẢN VIỆT NAM", encoding: "vni", why: "VNI capitals take capital mark bytes" },
  ];
  it.each(cases)("$why", ({ input, text, encoding }) => {
    expect(readLookalikes(input)).toMatchObject({ text, encoding });
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

  it("VNI: the whole alphabet, both cases, letter by letter, is detected and round-trips", () => {
    const text = [...`${alphabet}${alphabet.toUpperCase()}`].join(" ");
    expect(decode(encodeVni(text))).toMatchObject({ text, encoding: "vni" });
  });

  it("TCVN3: the whole lowercase alphabet and the untoned capitals, letter by letter, are detected and round-trip", () => {
    const text = [...`${alphabet}ĂÂÊÔƠƯĐ`].join(" ");
    expect(decode(encodeTcvn3(text))).toMatchObject({ text, encoding: "tcvn3", notes: [] });
  });

  it("windows-1258 bytes (base letters and combining tone bytes) stay windows-1258", () => {
    const text = toLegacyRepertoire(readFileSync(join(ROOT, "fixtures", "own-cd-ttg-2021.txt"), "utf8"), "windows-1258");
    const d = decode(encodeWindows1258(text));
    expect(d.encoding).toBe("windows-1258");
    expect(d.text.normalize("NFC")).toBe(text);
  });

  // Whole documents: each parses to the model of its UTF-8 original with the same substitutions, apart from `source`.
  const docs = ["tb-283-tu-kon-tum-2021-08-27", "own-cd-ttg-2021"].map((n) => ({ name: n, text: readFileSync(join(ROOT, "fixtures", `${n}.txt`), "utf8") }));
  const withoutSource = (d: ReturnType<typeof parse>) => JSON.stringify({ ...d, source: null });
  it.each(docs)("$name as VNI bytes parses like the original", ({ text }) => {
    const doc = parse(encodeVni(text), { today: "2026-11-23" });
    expect(doc.source.encoding).toBe("vni");
    expect(withoutSource(doc)).toBe(withoutSource(parse(toLegacyRepertoire(text, "vni"), { today: "2026-11-23" })));
  });
  it.each(docs)("$name as TCVN3 bytes parses like the text TCVN3 reads back as, with the encoding-lossy warning first", ({ text }) => {
    const doc = parse(encodeTcvn3(text), { today: "2026-11-23" });
    expect(doc.source.encoding).toBe("tcvn3");
    const [lossy, ...rest] = doc.diagnostics;
    expect(lossy).toMatchObject({ rule: "encoding-lossy", severity: "warning", span: null });
    expect(withoutSource({ ...doc, diagnostics: rest })).toBe(withoutSource(parse(tcvn3Reads(text), { today: "2026-11-23" })));
  });
});

describe("headings typed in lowercase for the .VnTimeH font", () => {
  // The H font shows every byte as a capital, so a heading could be typed all in lowercase:
  // its bytes read back with no capital at all. Each cell in capitals in the seed is written so.
  const lowercaseHeadings = (text: string): string =>
    text.split("\n").map((line) => line.split("\t").map((cell) => (/\p{L}.*\p{L}/u.test(cell) && !/\p{Ll}/u.test(cell) ? cell.toLowerCase() : cell)).join("\t")).join("\n");
  const fields = (d: ReturnType<typeof parse>) => ({
    type: d.type?.name, number: d.number?.id, date: d.date?.iso, issuer: d.issuer?.name, title: d.title,
    signature: d.signature && [d.signature.authority, d.signature.onBehalfOf, d.signature.position, d.signature.signer],
    directives: d.directives.length, recipients: d.recipients, citations: d.citations.map((c) => c.id),
  });
  it.each(["tb-283-tu-kon-tum-2021-08-27", "own-cd-ttg-2021", "own-qd-ubnd-kem-ke-hoach-2021", "cv-ubnd-kon-tum-draft-2020", "tb-bi-thu-to-cong-tac-5081-2021-11-09"])(
    "%s: the header, title and signature read as from the capitals",
    (name) => {
      const text = readFileSync(join(ROOT, "fixtures", `${name}.txt`), "utf8");
      const typed = lowercaseHeadings(toLegacyRepertoire(text, "tcvn3"));
      expect(typed).not.toBe(toLegacyRepertoire(text, "tcvn3"));
      const doc = parse(encodeTcvn3(typed), { today: "2026-11-23" });
      expect(doc.source.encoding).toBe("tcvn3");
      expect(fields(doc)).toEqual(fields(parse(text, { today: "2026-11-23" })));
    },
  );
});

describe("forced encodings (--encoding)", () => {
  const viqr: { input: string; expected: string; why: string }[] = [
    { input: "Co^.ng ho`a xa~ ho^.i chu? nghi~a Vie^.t Nam", expected: "Cộng hòa xã hội chủ nghĩa Việt Nam", why: "shape and tone marks after the vowel" },
    { input: "DDa?ng bo^.; dda'nh gia'", expected: "Đảng bộ; đánh giá", why: "DD and dd are Đ and đ" },
    { input: "tru+o+`ng, o+n, a(n", expected: "trường, ơn, ăn", why: "horn (+) and breve (()" },
    { input: "Vie^.t Nam\\.", expected: "Việt Nam.", why: "a backslash keeps a mark literal (a full stop after a vowel)" },
  ];
  it.each(viqr)("VIQR: $why", ({ input, expected }) => {
    expect(decodeViqr(input)).toBe(expected);
  });

  it("VIQR only when asked: detection never reads it", () => {
    expect(parse("Vie^.t Nam").source.encoding).toBe("utf-8");
    const d = parse("THO^NG BA'O\n\nCo^ng ta'c pho`ng, cho^'ng di.ch", { encoding: "viqr" });
    expect([d.source.encoding, d.type?.name]).toEqual(["viqr", "Thông báo"]);
  });

  it("a forced encoding replaces detection", () => {
    const bytes = encodeVni("Số 283-TB/TU");
    expect(parse(bytes, { encoding: "vni" }).number?.id).toBe("283-TB/TU");
    expect(parse(bytes, { encoding: "windows-1258" }).source.encoding).toBe("windows-1258");
  });
});
