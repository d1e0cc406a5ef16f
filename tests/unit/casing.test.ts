/** Display case of ALL CAPS header lines, and the caps test itself. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lexicon } from "../../src/extract/header.js";
import { capitalise, displayCase, isAllCaps, makeLexicon } from "../../src/util/casing.js";
import { g } from "./helpers.js";

const lex = lexicon(g);

describe("displayCase", () => {
  const cases: { input: string; expected: string; why: string }[] = [
    { input: "TỈNH ỦY KON TUM", expected: "Tỉnh ủy Kon Tum", why: "a lexicon term and a place name as a reader writes them" },
    { input: "CHÁNH VĂN PHÒNG", expected: "Chánh Văn phòng", why: "only the lexicon term keeps a capital after the first word" },
    { input: "PHÓ CHỦ TỊCH", expected: "Phó Chủ tịch", why: "an office title" },
    { input: "PHÓ BÍ THƯ", expected: "Phó Bí thư", why: "a Party office title" },
    { input: "ỦY BAN NHÂN DÂN TỈNH KON TUM", expected: "Ủy ban nhân dân tỉnh Kon Tum", why: "a level word ('tỉnh') stays lowercase" },
    { input: "BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19", expected: "Ban Chỉ đạo phòng, chống dịch COVID-19", why: "a term written in caps in the lexicon ('COVID-19') stays caps" },
    { input: "KẾT LUẬN VỀ MỘT SỐ NHIỆM VỤ CẤP BÁCH PHÒNG, CHỐNG DỊCH Covid-19", expected: "Kết luận về một số nhiệm vụ cấp bách phòng, chống dịch Covid-19", why: "a mixed-case word is kept as written" },
    { input: "UBND TỈNH KON TUM", expected: "UBND tỉnh Kon Tum", why: "abbreviations keep their capitals" },
    { input: "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH", expected: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", why: "the longest lexicon term wins" },
    { input: "THÀNH PHỐ HỒ CHÍ MINH", expected: "Thành phố Hồ Chí Minh", why: "a multi-word place name" },
    { input: "SỞ Y TẾ", expected: "Sở Y tế", why: "a department name from the lexicon" },
    { input: "thông báo kết luận", expected: "Thông báo kết luận", why: "a line that is not caps only gets its first letter capitalised" },
    { input: "Tỉnh ủy Kon Tum", expected: "Tỉnh ủy Kon Tum", why: "a line already in display case is unchanged" },
    { input: "TỈNH  ỦY   KON TUM", expected: "Tỉnh ủy   Kon Tum", why: "lexicon terms match across runs of spaces; spacing is kept" },
  ];
  it.each(cases)("$why", ({ input, expected }) => {
    expect(displayCase(input, lex)).toBe(expected);
  });

  const inner: { input: string; expected: string; why: string }[] = [
    { input: "KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY", expected: "kết luận của Ban Thường vụ Tỉnh ủy", why: "first=false leaves the first letter lowercase (a title's later line)" },
    { input: "ỦY BAN NHÂN DÂN", expected: "Ủy ban nhân dân", why: "first=false still writes a lexicon term with its capital" },
  ];
  it.each(inner)("$why", ({ input, expected }) => {
    expect(displayCase(input, lex, false)).toBe(expected);
  });

  it.each([
    ["tỉnh ủy kon tum", "Tỉnh ủy Kon Tum", "a caps line whose case was lost reads as the caps line"],
    ["ủy ban nhân dân tỉnh kon tum", "Ủy ban nhân dân tỉnh Kon Tum", "lexicon terms and places get their capitals back"],
    ["thủ tướng chính phủ", "Thủ tướng Chính phủ", "an issuer"],
  ])("caseless: %s → %s (%s)", (input, expected) => {
    expect(displayCase(input, lex, true, true)).toBe(expected);
    expect(displayCase(input, lex)).toBe(capitalise(input)); // without the flag, a lowercase line keeps what it says
  });

  it("a short caps line with 'Covid-19' is still sentence-cased", () => {
    expect(displayCase("VỀ CÔNG TÁC PHÒNG, CHỐNG DỊCH Covid-19", lex)).toBe("Về công tác phòng, chống dịch Covid-19");
  });
});

describe("isAllCaps", () => {
  const cases: { input: string; expected: boolean; why: string }[] = [
    { input: "TỈNH ỦY KON TUM", expected: true, why: "all capitals" },
    { input: "ĐẢNG CỘNG SẢN VIỆT NAM", expected: true, why: "Vietnamese capitals with diacritics" },
    { input: "KT. CHỦ TỊCH", expected: true, why: "punctuation does not count" },
    { input: "Số 283-TB/TU", expected: false, why: "a number line: one word in capitals is not a caps line" },
    { input: "AB", expected: true, why: "two capitals are enough" },
    { input: "A", expected: false, why: "one capital is not a caps line" },
    { input: "123", expected: false, why: "no letters" },
    { input: "Trần Thị Nga", expected: false, why: "a person's name is not caps" },
    { input: "UBND tỉnh", expected: false, why: "an abbreviation in running text is not a caps line" },
    { input: "THỦ TƯỚNG CHÍNH PHỦ điện", expected: true, why: "one lowercase word in four is tolerated (the công điện's 'điện:' line is read before caps lines)" },
    { input: "Lưu: VT, KGVX.", expected: false, why: "a mixed word in a three-word line is over the 25% allowance" },
    { input: "(Đã ký)", expected: false, why: "a signed note" },
  ];
  it.each(cases)("$why", ({ input, expected }) => {
    expect(isAllCaps(input)).toBe(expected);
  });
});

describe("capitalise and makeLexicon", () => {
  const caps: { input: string; expected: string; why: string }[] = [
    { input: "ủy ban", expected: "Ủy ban", why: "a Vietnamese initial" },
    { input: "(về việc)", expected: "(Về việc)", why: "the first letter, after punctuation" },
    { input: "123", expected: "123", why: "no letter: unchanged" },
    { input: "", expected: "", why: "empty stays empty" },
  ];
  it.each(caps)("capitalise: $why", ({ input, expected }) => {
    expect(capitalise(input)).toBe(expected);
  });

  const lexCases: { input: [string[], string]; expected: string; why: string }[] = [
    { input: [["Kon Tum", "Tỉnh ủy"], "TỈNH ỦY KON TUM"], expected: "Tỉnh ủy Kon Tum", why: "terms from any list" },
    { input: [["Kon", "Kon Tum"], "KON TUM"], expected: "Kon Tum", why: "longer terms win over shorter ones" },
    { input: [["Tum"], "TUMTUM TUM"], expected: "Tumtum Tum", why: "terms match on word boundaries only" },
    { input: [[], "TỈNH ỦY"], expected: "Tỉnh ủy", why: "an empty lexicon only lowercases and capitalises" },
  ];
  it.each(lexCases)("makeLexicon: $why", ({ input: [terms, line], expected }) => {
    expect(displayCase(line, makeLexicon(terms))).toBe(expected);
  });
});

/** The caps test said plainly (regexes, a split and case mapping per character): the one-pass version must agree. */
function capsReference(s: string): boolean {
  if (s.length > 300 || (/^[^\p{L}]*\p{L}\p{Ll}\p{Ll}/u.test(s) && !/\p{Lu}{2}/u.test(s))) return false;
  let caps = 0;
  let mixed = 0;
  let upperLetters = 0;
  for (const w of s.split(/\s+/)) {
    let up = 0;
    let low = 0;
    for (const ch of w) {
      if (ch.toUpperCase() === ch.toLowerCase()) continue;
      if (ch === ch.toUpperCase()) up++;
      else low++;
    }
    if (up + low === 0) continue;
    upperLetters += up;
    if (low === 0) caps++;
    else mixed++;
  }
  if (caps === 0 || upperLetters < 2) return false;
  return mixed <= Math.floor(0.25 * (caps + mixed));
}

describe("isAllCaps, property", () => {
  it("agrees with the plain reference on any mix of cases, spaces and astral letters", () => {
    const unit = fc.constantFrom(..."AĐÊỆẾaêđĐỈ 𝐀𐐀𐐨ǅ-1\t\u00a0\u2003\ufeffB".split(/(?:)/u));
    fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), (t) => isAllCaps(t) === capsReference(t)), { numRuns: 20000 });
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 20 }), (t) => isAllCaps(t) === capsReference(t)), { numRuns: 5000 });
  });
});
