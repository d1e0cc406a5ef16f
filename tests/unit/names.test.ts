/** Body names and lists of them in running text. */
import { describe, expect, it } from "vitest";
import { headAt, matchers, readList, readSegment } from "../../src/extract/names.js";
import { g } from "./helpers.js";

/** A segment as [text, kind, head, complete]. */
type Seg = [string, string, string | null, boolean];
const seg = (s: string, i = 0): Seg | null => {
  const r = readSegment(s, i, g);
  return r && [s.slice(r.start, r.end), r.kind, r.head, r.complete];
};
const list = (s: string): { items: string[]; rest: string } | null => {
  const r = readList(s, 0, g);
  return r && { items: r.items.map((x) => s.slice(x.start, x.end)), rest: s.slice(r.end) };
};

describe("readSegment", () => {
  const cases: { input: string; expected: Seg | null; why: string }[] = [
    { input: "Sở Giáo dục và Đào tạo: Có phương án", expected: ["Sở Giáo dục và Đào tạo", "named", "Sở", false], why: "'và' between capitalised words stays inside a name; the colon ends it" },
    { input: "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh tổ chức", expected: ["Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh", "named", "Ban Chỉ đạo", true], why: "'phòng, chống' is one unit inside a name; the level word completes it" },
    { input: "Ban Thường vụ các huyện ủy, thành ủy thành lập", expected: ["Ban Thường vụ các huyện ủy", "named", "Ban Thường vụ", true], why: "a segment stops at the comma (the list joins the enumeration)" },
    { input: "Ủy ban nhân dân tỉnh kiểm tra", expected: ["Ủy ban nhân dân tỉnh", "named", "Ủy ban nhân dân", true], why: "a lowercase word after a level word ends the name" },
    { input: "Bộ Y tế hướng dẫn", expected: ["Bộ Y tế", "named", "Bộ", false], why: "'Bộ' before a capitalised word is a ministry; a stop verb ends it" },
    { input: "Bộ đội Biên phòng tỉnh", expected: ["Bộ đội Biên phòng tỉnh", "plain", null, true], why: "'Bộ đội' is not a ministry: the capitalised head needs a capitalised next word" },
    { input: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh: Tiếp tục", expected: ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "named", "Bộ Chỉ huy", true], why: "the longest head wins ('Bộ Chỉ huy' over 'Bộ')" },
    { input: "các cơ quan báo chí", expected: ["các cơ quan báo chí", "collective", "các cơ quan", false], why: "a plural class is a collective" },
    { input: "Thủ trưởng các Sở, ngành", expected: ["Thủ trưởng các Sở", "position", "Thủ trưởng", true], why: "an office of a person is a position, not a body" },
    { input: "Tổ Công tác số 5081", expected: ["Tổ Công tác số 5081", "group", "Tổ Công tác", false], why: "a visiting working group is a group" },
    { input: "Ban cán sự đảng UBND tỉnh lãnh đạo", expected: ["Ban cán sự đảng UBND tỉnh", "named", "Ban cán sự đảng", true], why: "abbreviations run on inside a name" },
    { input: "Công an tỉnh và Sở Y tế", expected: ["Công an tỉnh", "named", "Công an", true], why: "'và' before another head ends the name" },
    { input: "   Sở Y tế", expected: ["Sở Y tế", "named", "Sở", false], why: "leading spaces are skipped" },
    { input: "tiếp tục thực hiện", expected: null, why: "a stop word cannot open a segment" },
    { input: ": Tiếp tục", expected: null, why: "punctuation is not a segment" },
  ];
  it.each(cases)("$why", ({ input, expected }) => {
    expect(seg(input)).toEqual(expected);
  });

  it("a name complete on a level word does not run on through 'và'", () => {
    expect(seg("Công an tỉnh và Quân sự tỉnh phối hợp")).toEqual(["Công an tỉnh", "named", "Công an", true]);
  });
});

describe("readList", () => {
  const cases: { input: string; expected: ReturnType<typeof list>; why: string }[] = [
    {
      input: "Sở Thông tin và Truyền thông, Báo Kon Tum, Cổng Thông tin điện tử tỉnh, Tiểu ban Tuyên truyền: Tiếp tục",
      expected: { items: ["Sở Thông tin và Truyền thông", "Báo Kon Tum", "Cổng Thông tin điện tử tỉnh", "Tiểu ban Tuyên truyền"], rest: ": Tiếp tục" },
      why: "',' before a capitalised head splits",
    },
    { input: "Ban Thường vụ các huyện ủy, thành ủy thành lập", expected: { items: ["Ban Thường vụ các huyện ủy, thành ủy"], rest: " thành lập" }, why: "a plural inside a name enumerates its kinds: ', thành ủy' joins" },
    { input: "Các sở, ban, ngành, đơn vị, địa phương: Tiếp tục", expected: { items: ["Các sở, ban, ngành, đơn vị, địa phương"], rest: ": Tiếp tục" }, why: "'các sở, ban, ngành' is one collective" },
    { input: "Ủy ban nhân dân các huyện, thành phố chỉ đạo", expected: { items: ["Ủy ban nhân dân các huyện, thành phố"], rest: " chỉ đạo" }, why: "a lone level word after ',' joins the name" },
    { input: "Ủy ban nhân dân các tỉnh Kon Tum, Gia Lai phối hợp", expected: { items: ["Ủy ban nhân dân các tỉnh Kon Tum, Gia Lai"], rest: " phối hợp" }, why: "'các tỉnh X, Y' enumerates places inside one name" },
    { input: "Đài Phát thanh, truyền hình tỉnh đưa tin", expected: { items: ["Đài Phát thanh, truyền hình tỉnh"], rest: " đưa tin" }, why: "a lowercase segment joins a previous name that is incomplete" },
    {
      input: "Ban Chỉ đạo phòng, chống dịch tỉnh, các địa phương, đơn vị báo cáo",
      expected: { items: ["Ban Chỉ đạo phòng, chống dịch tỉnh", "các địa phương, đơn vị"], rest: " báo cáo" },
      why: "',' before 'các' splits; the collective then enumerates",
    },
    {
      input: "Ban cán sự đảng Ủy ban nhân dân tỉnh; Ban thường vụ các huyện ủy, thành ủy chỉ đạo",
      expected: { items: ["Ban cán sự đảng Ủy ban nhân dân tỉnh", "Ban thường vụ các huyện ủy, thành ủy"], rest: " chỉ đạo" },
      why: "';' always splits; heads match case-insensitively ('Ban thường vụ')",
    },
    { input: "Sở Y tế; các đơn vị", expected: { items: ["Sở Y tế", "các đơn vị"], rest: "" }, why: "';' splits even before a collective" },
    { input: "Văn phòng Tỉnh ủy và các cơ quan liên quan tham mưu", expected: { items: ["Văn phòng Tỉnh ủy", "các cơ quan liên quan"], rest: " tham mưu" }, why: "'và các' splits" },
    { input: "Sở Y tế và Công an tỉnh phối hợp", expected: { items: ["Sở Y tế", "Công an tỉnh"], rest: " phối hợp" }, why: "'và' before a head splits" },
    {
      input: "Ban Dân vận Tỉnh ủy, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội đẩy mạnh",
      expected: { items: ["Ban Dân vận Tỉnh ủy", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội"], rest: " đẩy mạnh" },
      why: "a spaced hyphen ('chính trị - xã hội') stays inside a name",
    },
    { input: "Các đảng ủy Công an tỉnh, Quân sự tỉnh lãnh đạo", expected: { items: ["Các đảng ủy Công an tỉnh", "Quân sự tỉnh"], rest: " lãnh đạo" }, why: "a distributive plural keeps its members apart" },
    { input: "thực hiện nghiêm", expected: null, why: "no list at a stop word" },
  ];
  it.each(cases)("$why", ({ input, expected }) => {
    expect(list(input)).toEqual(expected);
  });
});

describe("headAt", () => {
  const m = matchers(g);
  const cases: { input: string; expected: string | null; why: string }[] = [
    { input: "Sở Y tế", expected: "Sở", why: "a capitalised head followed by a capitalised word" },
    { input: "sở Y tế", expected: null, why: "a capitalised-only head written in lowercase is no head" },
    { input: "Bộ đội", expected: null, why: "'Bộ' followed by a lowercase word is no head" },
    { input: "Ban Thường vụ Tỉnh ủy", expected: "Ban Thường vụ", why: "a multi-word head is preferred to 'Ban'" },
    { input: "ủy ban nhân dân tỉnh", expected: "Ủy ban nhân dân", why: "a plain head matches in any case" },
    { input: "các sở, ban, ngành", expected: "các sở", why: "a collective head" },
  ];
  it.each(cases)("$why", ({ input, expected }) => {
    expect(headAt(input, 0, m)?.text ?? null).toBe(expected);
  });

  it("no head inside a word", () => {
    expect(headAt("Phòng Sở Y tế", 2, m)).toBe(null);
  });
});
