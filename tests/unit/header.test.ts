/** Header, addressees, recipients and signature: zone cells → model fields. */
import { describe, expect, it } from "vitest";
import { readDateLine, readEntries, readIssuer, readNumber, readSignature, readTitle, readType } from "../../src/extract/header.js";
import type { Diagnostic, DocNumber } from "../../src/model/schema.js";
import type { Zones } from "../../src/pipeline/segment.js";
import type { Cell } from "../../src/util/lines.js";
import { cellIn, g, linesOf, viewOf } from "./helpers.js";

/** A one-cell field reader run on its own line: value without span, diagnostics as [rule, message]. */
function one(read: typeof readNumber | typeof readDateLine, text: string) {
  const v = viewOf(text);
  const diags: Diagnostic[] = [];
  const r = read(v, cellIn(v, text), g, diags);
  const messages = diags.map((d) => [d.rule, d.message]);
  if (!r) return { value: null, diags: messages };
  const { span, ...value } = r;
  return { value, span: [span.start.offset, span.end.offset], diags: messages };
}
const cellsOf = (text: string) => ({ view: viewOf(text), cells: linesOf(text).flatMap((l) => l.cells) });

describe("readNumber", () => {
  const cases: { input: string; expected: ReturnType<typeof one>; why: string }[] = [
    {
      input: "Số 283-TB/TU",
      expected: { value: { raw: "Số 283-TB/TU", id: "283-TB/TU", seq: "283", year: null, symbol: "TB/TU", system: "party" }, span: [0, 12], diags: [] },
      why: "a Party number: seq '-' type code '/' issuer",
    },
    {
      input: "Số: 1102/CĐ-TTg",
      expected: { value: { raw: "Số: 1102/CĐ-TTg", id: "1102/CĐ-TTg", seq: "1102", year: null, symbol: "CĐ-TTg", system: "state" }, span: [0, 15], diags: [] },
      why: "a state number: seq '/' type code '-' issuer",
    },
    {
      input: "Số: 23/2021/QĐ-UBND",
      expected: { value: { raw: "Số: 23/2021/QĐ-UBND", id: "23/2021/QĐ-UBND", seq: "23", year: 2021, symbol: "QĐ-UBND", system: "state" }, span: [0, 19], diags: [] },
      why: "a state number with its year",
    },
    {
      input: "Số 30 - KL/TU",
      expected: { value: { raw: "Số 30 - KL/TU", id: "30-KL/TU", seq: "30", year: null, symbol: "KL/TU", system: "party" }, span: [0, 13], diags: [] },
      why: "spaces around the separator are dropped from the id, kept in raw",
    },
    {
      input: "Số: /UBND-KGVX",
      expected: {
        value: { raw: "Số: /UBND-KGVX", id: "/UBND-KGVX", seq: null, year: null, symbol: "UBND-KGVX", system: "state" }, span: [0, 14],
        diags: [["blank-number", 'the document number is blank ("Số: /UBND-KGVX"): a draft or an unfilled form']],
      },
      why: "a blank number (a draft) keeps its symbol and gets a diagnostic",
    },
    { input: "Kon Tum, ngày 27 tháng 8 năm 2021", expected: { value: null, diags: [] }, why: "a line that is not a number gives null" },
  ];
  it.each(cases)("$why", ({ input, expected }) => {
    expect(one(readNumber, input)).toEqual(expected);
  });
});

describe("readDateLine", () => {
  const cases: { input: string; expected: ReturnType<typeof one>; why: string }[] = [
    {
      input: "Kon Tum, ngày 27 tháng 8 năm 2021",
      expected: { value: { raw: "Kon Tum, ngày 27 tháng 8 năm 2021", iso: "2021-08-27", place: "Kon Tum" }, span: [0, 33], diags: [] },
      why: "place and a written-out date",
    },
    {
      input: "Đắk Lắk, ngày 09/11/2021",
      expected: { value: { raw: "Đắk Lắk, ngày 09/11/2021", iso: "2021-11-09", place: "Đắk Lắk" }, span: [0, 24], diags: [] },
      why: "a numeric date d/m/yyyy",
    },
    {
      input: "Kon Tum, ngày tháng năm",
      expected: {
        value: { raw: "Kon Tum, ngày tháng năm", iso: null, place: "Kon Tum" }, span: [0, 23],
        diags: [["blank-date", 'the date is blank ("Kon Tum, ngày tháng năm"): a draft or an unfilled form']],
      },
      why: "a blank date (a draft) gives iso null and a diagnostic",
    },
    {
      input: "Hà Nội, ngày 5 tháng năm 2021",
      expected: {
        value: { raw: "Hà Nội, ngày 5 tháng năm 2021", iso: null, place: "Hà Nội" }, span: [0, 29],
        diags: [["blank-date", 'the date is blank ("Hà Nội, ngày 5 tháng năm 2021"): a draft or an unfilled form']],
      },
      why: "a date with one part blank is blank",
    },
    {
      input: "Kon Tum, ngày 31 tháng 2 năm 2021",
      expected: {
        value: { raw: "Kon Tum, ngày 31 tháng 2 năm 2021", iso: null, place: "Kon Tum" }, span: [0, 33],
        diags: [["impossible-date", 'impossible date "Kon Tum, ngày 31 tháng 2 năm 2021"']],
      },
      why: "an impossible date (31/2) is never guessed: iso null and a diagnostic",
    },
  ];
  it.each(cases)("$why", ({ input, expected }) => {
    expect(one(readDateLine, input)).toEqual(expected);
  });
});

describe("readIssuer", () => {
  const cases: { input: string; expected: { raw: string; name: string; parent: string | null } | null; why: string }[] = [
    { input: "TỈNH ỦY KON TUM", expected: { raw: "TỈNH ỦY KON TUM", name: "Tỉnh ủy Kon Tum", parent: null }, why: "one caps line in display case" },
    { input: "ỦY BAN NHÂN DÂN\nTỈNH KON TUM", expected: { raw: "ỦY BAN NHÂN DÂN\nTỈNH KON TUM", name: "Ủy ban nhân dân tỉnh Kon Tum", parent: null }, why: "two caps lines are joined into one name" },
    { input: "TỈNH ỦY KON TUM\nVĂN PHÒNG", expected: { raw: "TỈNH ỦY KON TUM\nVĂN PHÒNG", name: "Văn phòng", parent: "Tỉnh ủy Kon Tum" }, why: "a second line opening with a head is the name, the first its parent" },
    { input: "UBND TỈNH KON TUM\nSỞ Y TẾ", expected: { raw: "UBND TỈNH KON TUM\nSỞ Y TẾ", name: "Sở Y tế", parent: "UBND tỉnh Kon Tum" }, why: "abbreviations keep their capitals" },
    { input: "THỦ TƯỚNG CHÍNH PHỦ", expected: { raw: "THỦ TƯỚNG CHÍNH PHỦ", name: "Thủ tướng Chính phủ", parent: null }, why: "lexicon terms are capitalised mid-name" },
    { input: "", expected: null, why: "no cells, no issuer" },
  ];
  it.each(cases)("$why", ({ input, expected }) => {
    const { view, cells } = cellsOf(input);
    const r = readIssuer(view, cells, g);
    expect(r && { raw: r.raw, name: r.name, parent: r.parent }).toEqual(expected);
  });
});

describe("readTitle", () => {
  const cases: { input: string; vv: boolean; expected: string | null; why: string }[] = [
    { input: "V/v triển khai chỉ đạo của\nThủ tướng Chính phủ tại\nThông báo số 309/TB-VPCP", vv: true, expected: "Triển khai chỉ đạo của Thủ tướng Chính phủ tại Thông báo số 309/TB-VPCP", why: "V/v is stripped and the lines joined" },
    { input: "V/v: tăng cường phòng, chống dịch", vv: true, expected: "Tăng cường phòng, chống dịch", why: "'V/v:' with a colon is stripped" },
    { input: "KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY\ntại Hội nghị về công tác phòng, chống dịch COVID-19", vv: false, expected: "Kết luận của Ban Thường vụ Tỉnh ủy tại Hội nghị về công tác phòng, chống dịch COVID-19", why: "a caps line is put in display case, a mixed line kept" },
    { input: "VỀ MỘT SỐ NHIỆM VỤ TRỌNG TÂM, CẤP BÁCH PHÒNG, CHỐNG DỊCH Covid-19", vv: false, expected: "Về một số nhiệm vụ trọng tâm, cấp bách phòng, chống dịch Covid-19", why: "a mixed-case word in a caps title is kept" },
    { input: "về tăng cường phòng, chống dịch", vv: false, expected: "Về tăng cường phòng, chống dịch", why: "the first letter is capitalised" },
    { input: "- về tăng cường", vv: false, expected: "Về tăng cường", why: "a leading dash is dropped" },
    { input: "V/v", vv: true, expected: null, why: "an empty V/v gives no title" },
  ];
  it.each(cases)("$why", ({ input, vv, expected }) => {
    expect(readTitle(cellsOf(input).cells, vv, g)).toBe(expected);
  });
});

describe("readEntries", () => {
  const c = (...texts: string[]): Cell[] => texts.map((text) => ({ text, start: 0, end: 0 }));
  const cases: { input: Cell[][]; expected: string[]; why: string }[] = [
    { input: [c("- Các Sở, ban ngành, đơn vị thuộc tỉnh;")], expected: ["Các Sở, ban ngành, đơn vị thuộc tỉnh"], why: "the marker and the trailing ';' go" },
    { input: [c("- Các ban cán sự đảng, đảng đoàn,", "đảng ủy trực thuộc Tỉnh ủy,")], expected: ["Các ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Tỉnh ủy"], why: "a wrapped entry's cells are joined" },
    { input: [c("- Lưu: VT, NC.")], expected: ["Lưu: VT, NC"], why: "a trailing full stop goes, inner punctuation stays" },
    { input: [c("+ Bộ Y tế (b/c);"), c("• Như trên")], expected: ["Bộ Y tế (b/c)", "Như trên"], why: "'+' and '•' markers go too" },
    { input: [c("-"), c("Sở Y tế")], expected: ["Sở Y tế"], why: "empty entries are dropped" },
  ];
  it.each(cases)("$why", ({ input, expected }) => {
    expect(readEntries(input)).toEqual(expected);
  });
});

describe("readSignature", () => {
  const cases: { input: string; expected: Record<string, unknown> | null; why: string }[] = [
    { input: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Thị Nga", expected: { authority: "KT.", onBehalfOf: "Chủ tịch", position: "Phó Chủ tịch", signer: "Trần Thị Nga", span: [0, 39] }, why: "KT.: signs for the chair" },
    { input: "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nTrần Thế Dũng", expected: { authority: "T/M", onBehalfOf: "Ban Thường vụ", position: "Phó Bí thư", signer: "Trần Thế Dũng", span: [0, 43] }, why: "T/M: on behalf of a collective" },
    { input: "T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nThái Văn Tưởng", expected: { authority: "T/L", onBehalfOf: "Ban Thường vụ", position: "Chánh Văn phòng", signer: "Thái Văn Tưởng", span: [0, 48] }, why: "T/L: signed by the office chief" },
    { input: "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An", expected: { authority: "KT.", onBehalfOf: "Chủ tịch", position: "Phó Chủ tịch", signer: "Nguyễn Văn An", span: [0, 59] }, why: "nested authorities: the innermost is how the signer signs" },
    { input: "CHÁNH VĂN PHÒNG\n\nTrần Trung Hiến", expected: { authority: null, onBehalfOf: null, position: "Chánh Văn phòng", signer: "Trần Trung Hiến", span: [0, 32] }, why: "no authority line" },
    { input: "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n(Đã ký)\nNguyễn Văn An", expected: { authority: "TL.", onBehalfOf: "Chủ tịch", position: "Chánh Văn phòng", signer: "Nguyễn Văn An", span: [0, 50] }, why: "a '(Đã ký)' note is skipped" },
    { input: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNGUYỄN VĂN AN", expected: { authority: "KT.", onBehalfOf: "Chủ tịch", position: "Phó Chủ tịch", signer: "Nguyễn Văn An", span: [0, 39] }, why: "a signer in capitals (no office word) is the signer, title-cased" },
    { input: "(đã ký)", expected: null, why: "nothing usable gives null" },
  ];
  it.each(cases)("$why", ({ input, expected }) => {
    const { view, cells } = cellsOf(input);
    const r = readSignature(view, cells, g);
    expect(r && { ...r, span: [r.span.start.offset, r.span.end.offset] }).toEqual(expected);
  });
});

describe("readType", () => {
  const z = (over: Partial<Zones>): Zones => ({ type: null, vv: false, kinhGui: null, ...over }) as Zones;
  const cell = (text: string): Cell => ({ text, start: 0, end: text.length });
  /** Only system and symbol of a number are read. */
  const num = (system: "state" | "party", symbol: string) => ({ system, symbol }) as DocNumber;
  const cases: { input: [Zones, ReturnType<typeof num> | null]; expected: { code: string | null; name: string } | null; why: string }[] = [
    { input: [z({ type: cell("THÔNG BÁO") }), null], expected: { code: "TB", name: "Thông báo" }, why: "the type line names the type" },
    { input: [z({}), num("party", "KL/TU")], expected: { code: "KL", name: "Kết luận" }, why: "a Party symbol's first part is the type code" },
    { input: [z({}), num("state", "CĐ-TTg")], expected: { code: "CĐ", name: "Công điện" }, why: "a state symbol's first part is the type code" },
    { input: [z({ vv: true }), num("state", "UBND-KGVX")], expected: { code: null, name: "Công văn" }, why: "an unknown code with a V/v block is a công văn" },
    { input: [z({}), null], expected: null, why: "nothing to go on gives null" },
  ];
  it.each(cases)("$why", ({ input, expected }) => {
    expect(readType(input[0], input[1], g)).toEqual(expected);
  });
});
