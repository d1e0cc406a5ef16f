/**
 * TCVN3's lost capitals (src/pipeline/encodings/capitals.ts): what a
 * .VnTimeH heading or a sentence's first letter reads back as, and what is
 * restored. Inputs are what the TCVN3 decoder gives; each case says why.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { restoreCapitals } from "../../src/pipeline/encodings/capitals.js";

describe("restoreCapitals", () => {
  const cases: { input: string; text: string; why: string }[] = [
    { input: "CộNG HòA Xã HộI CHủ NGHĩA VIệT NAM", text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", why: "a heading typed in .VnTimeH: its toned letters read lowercase" },
    { input: "ủY BAN NHÂN DÂN\tCộNG HòA", text: "ỦY BAN NHÂN DÂN\tCỘNG HÒA", why: "each tab cell is judged alone; 'ủY' has one capital but its cell is all capitals" },
    { input: "HUYệN ĐắK Hà\tĐộc lập - Tự do", text: "HUYỆN ĐẮK HÀ\tĐộc lập - Tự do", why: "'Hà' in a capital cell is 'HÀ'; the sentence-case cell beside it stays" },
    { input: "Kế HOạCH", text: "KẾ HOẠCH", why: "one word with two capitals and a toned letter makes a line with no lowercase capital" },
    { input: "**Về MộT Số NHIệM Vụ TRọNG TÂM, CấP BáCH Covid-19**", text: "**VỀ MỘT SỐ NHIỆM VỤ TRỌNG TÂM, CẤP BÁCH Covid-19**", why: "a heading with one ordinary word in it" },
    { input: "ảnh: Thùy Hương", text: "Ảnh: Thùy Hương", why: "a sentence's first letter is a capital" },
    { input: "sáng 1/8. ảnh: Thùy Hương", text: "sáng 1/8. Ảnh: Thùy Hương", why: "after a full stop and a space" },
    { input: "Nơi nhận:\n- ủy ban Mặt trận tỉnh;\n2. ủy ban nhân dân các tỉnh:", text: "Nơi nhận:\n- Ủy ban Mặt trận tỉnh;\n2. Ủy ban nhân dân các tỉnh:", why: "after a list mark or a number at a line's start" },
    { input: "Chủ tịch ủy ban nhân dân tỉnh", text: "Chủ tịch ủy ban nhân dân tỉnh", why: "inside a sentence it cannot be told: stays" },
    { input: "Số: 45/TB-UBND", text: "Số: 45/TB-UBND", why: "a title-case word beside acronyms: UBND is no evidence of a capital line" },
    { input: "Số 283-TB/TU", text: "Số 283-TB/TU", why: "one capital syllable (TU) is not enough" },
    { input: "Hà Mỹ", text: "Hà Mỹ", why: "a name in title case reads the same either way: stays" },
    { input: "cộng hòa xã hội", text: "cộng hòa xã hội", why: "a heading typed all in lowercase bytes cannot be told (a sentence inside a line stays)" },
    { input: "Thông báo kết luận", text: "Thông báo kết luận", why: "nothing to restore" },
  ];
  it.each(cases)("$why", ({ input, text }) => {
    expect(restoreCapitals(input).text).toBe(text);
  });

  it("lists the words it changed, as restored", () => {
    expect(restoreCapitals("ủY BAN NHÂN DÂN\nảnh: x").words).toEqual(["ỦY", "Ảnh"]);
  });

  it("only ever changes case, and never the length: spans keep their offsets", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."aAbBHNộòãủĩệắàờ ảạ\t\n.-1"), maxLength: 200 }), (s) => {
        const r = restoreCapitals(s).text;
        expect(r.length).toBe(s.length);
        expect(r.toLowerCase()).toBe(s.toLowerCase());
      }),
      { numRuns: 500 },
    );
  });
});
