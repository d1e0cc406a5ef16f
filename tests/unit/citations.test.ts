/** Cited documents: full ids, short references, dates, issuers, mentions. */
import { describe, expect, it } from "vitest";
import { findCitations, type FoundCitation, type ScanText } from "../../src/extract/citations.js";
import { g } from "./helpers.js";

const scan = (text: string, owner: string | null = null, base = 0): ScanText => ({ text, at: (i) => base + i, owner });

/** Citations with each mention shown as the text it covers (all inputs start at offset 0). */
function cites(texts: string[], own: string | null = null) {
  const all = texts.join("\n");
  const bases = texts.map((_, i) => texts.slice(0, i).reduce((n, t) => n + t.length + 1, 0));
  return findCitations(texts.map((t, i) => scan(t, null, bases[i])), g, own).map((c: FoundCitation) => ({
    ...c,
    mentions: c.mentions.map((m) => all.slice(m.start, m.end)),
  }));
}

const cite = (over: Partial<ReturnType<typeof cites>[number]>) => ({
  id: null, type: null, seq: null, year: null, symbol: null, date: null, issuer: null, title: null, mentions: [], ...over,
});
const TB = { code: "TB", name: "Thông báo" };
const CT = { code: "CT", name: "Chỉ thị" };

interface Case {
  input: string[];
  expected: ReturnType<typeof cites>;
  why: string;
  own?: string;
}

const cases: Case[] = [
  {
    input: ["thực hiện 1234/CĐ-TTg."],
    expected: [cite({ id: "1234/CĐ-TTg", type: { code: "CĐ", name: "Công điện" }, seq: "1234", symbol: "CĐ-TTg", mentions: ["1234/CĐ-TTg"] })],
    why: "a state id: seq '/' symbol; the type comes from the symbol's code",
  },
  {
    input: ["theo Kết luận số 30-KL/TU, ngày 02/8/2021 của Ban Thường vụ Tỉnh ủy."],
    expected: [cite({ id: "30-KL/TU", type: { code: "KL", name: "Kết luận" }, seq: "30", symbol: "KL/TU", date: "2021-08-02", issuer: "Ban Thường vụ Tỉnh ủy", mentions: ["Kết luận số 30-KL/TU, ngày 02/8/2021 của Ban Thường vụ Tỉnh ủy"] })],
    why: "a Party id: seq '-' symbol; date d/m/yyyy and 'của <issuer>' widen the mention",
  },
  {
    input: ["Quyết định số 15/2021/QĐ-UBND ngày 07/7/2021 của Ủy ban nhân dân tỉnh."],
    expected: [cite({ id: "15/2021/QĐ-UBND", type: { code: "QĐ", name: "Quyết định" }, seq: "15", year: 2021, symbol: "QĐ-UBND", date: "2021-07-07", issuer: "Ủy ban nhân dân tỉnh", mentions: ["Quyết định số 15/2021/QĐ-UBND ngày 07/7/2021 của Ủy ban nhân dân tỉnh"] })],
    why: "a normative id with its year",
  },
  {
    input: ["thực hiện 1234 / CĐ-TTg."],
    expected: [cite({ id: "1234/CĐ-TTg", type: { code: "CĐ", name: "Công điện" }, seq: "1234", symbol: "CĐ-TTg", mentions: ["1234 / CĐ-TTg"] })],
    why: "a spaced '1102 / CĐ-TTg' is normalised in the id, kept in the mention",
  },
  {
    input: ["Công điện số 1102/CĐ-TTg, ngày 23-8-2021 của Thủ tướng Chính phủ \"về việc tăng cường phòng, chống dịch\" với"],
    expected: [cite({ id: "1102/CĐ-TTg", type: { code: "CĐ", name: "Công điện" }, seq: "1102", symbol: "CĐ-TTg", date: "2021-08-23", issuer: "Thủ tướng Chính phủ", title: "về việc tăng cường phòng, chống dịch", mentions: ["Công điện số 1102/CĐ-TTg, ngày 23-8-2021 của Thủ tướng Chính phủ \"về việc tăng cường phòng, chống dịch\""] })],
    why: "the type word before ('Công điện số'), a d-m-yyyy date, the issuer and a quoted title",
  },
  {
    input: ["Thông báo số 309/TB-VPCP ngày 24 tháng 8 năm 2020 của Văn phòng Chính phủ."],
    expected: [cite({ id: "309/TB-VPCP", type: TB, seq: "309", symbol: "TB-VPCP", date: "2020-08-24", issuer: "Văn phòng Chính phủ", mentions: ["Thông báo số 309/TB-VPCP ngày 24 tháng 8 năm 2020 của Văn phòng Chính phủ"] })],
    why: "a written-out date 'ngày 24 tháng 8 năm 2020'",
  },
  {
    input: ["Thông báo số 275-TB/TU của Tỉnh ủy về công tác.", "Nhắc lại Thông báo 275-TB/TU ngày 2/8/2021."],
    expected: [cite({ id: "275-TB/TU", type: TB, seq: "275", symbol: "TB/TU", date: "2021-08-02", issuer: "Tỉnh ủy", mentions: ["Thông báo số 275-TB/TU của Tỉnh ủy", "Thông báo 275-TB/TU ngày 2/8/2021"] })],
    why: "repeated ids are one citation with every mention; later mentions fill a missing date",
  },
  {
    input: ["theo Chỉ thị 16 của Thủ tướng."],
    expected: [cite({ id: "16/CT-TTg", type: CT, seq: "16", symbol: "CT-TTg", date: "2020-03-31", issuer: "Thủ tướng Chính phủ", title: "về thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19", mentions: ["Chỉ thị 16"] })],
    why: "a short ref resolves through the registry, which fills date, issuer and title",
  },
  {
    input: ["áp dụng Chỉ thị 15/16 của Thủ tướng."],
    expected: [
      cite({ id: "15/CT-TTg", type: CT, seq: "15", symbol: "CT-TTg", date: "2020-03-27", issuer: "Thủ tướng Chính phủ", title: "về quyết liệt thực hiện đợt cao điểm phòng, chống dịch COVID-19", mentions: ["Chỉ thị 15/16"] }),
      cite({ id: "16/CT-TTg", type: CT, seq: "16", symbol: "CT-TTg", date: "2020-03-31", issuer: "Thủ tướng Chính phủ", title: "về thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19", mentions: ["Chỉ thị 15/16"] }),
    ],
    why: "'Chỉ thị 15/16' cites two documents",
  },
  {
    input: ["Chỉ thị số 20/CT-UBND của Ủy ban nhân dân tỉnh.", "Sau đó, Chỉ thị 20 được thực hiện."],
    expected: [cite({ id: "20/CT-UBND", type: CT, seq: "20", symbol: "CT-UBND", issuer: "Ủy ban nhân dân tỉnh", mentions: ["Chỉ thị số 20/CT-UBND của Ủy ban nhân dân tỉnh", "Chỉ thị 20"] })],
    why: "a short ref resolves through a full id elsewhere in the text",
  },
  {
    input: ["NQ 68 của Chính phủ"],
    expected: [cite({ id: "68/NQ-CP", type: { code: "NQ", name: "Nghị quyết" }, seq: "68", symbol: "NQ-CP", date: "2021-07-01", issuer: "Chính phủ", title: "về một số chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do đại dịch COVID-19", mentions: ["NQ 68"] })],
    why: "a short ref by code ('NQ 68')",
  },
  {
    input: ["Căn cứ Luật Phòng, chống bệnh truyền nhiễm năm 2007;"],
    expected: [cite({ type: { code: null, name: "Luật" }, year: 2007, title: "Luật Phòng, chống bệnh truyền nhiễm", mentions: ["Luật Phòng, chống bệnh truyền nhiễm năm 2007"] })],
    why: "a law cited by name and year: id null, the name as title, no date from a year alone",
  },
  {
    input: ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"],
    expected: [cite({ type: { code: null, name: "Luật" }, year: 2015, date: "2015-06-19", title: "Luật Tổ chức chính quyền địa phương", mentions: ["Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"] })],
    why: "a law cited by name and full date",
  },
  { input: ["theo quy định của pháp luật năm 2020."], expected: [], why: "lowercase 'pháp luật' is not a law's name" },
  {
    input: ["Căn cứ Luật số 03/2007/QH12 ngày 21 tháng 11 năm 2007;"],
    expected: [cite({ id: "03/2007/QH12", type: { code: null, name: "Luật" }, seq: "03", year: 2007, symbol: "QH12", date: "2007-11-21", mentions: ["Luật số 03/2007/QH12 ngày 21 tháng 11 năm 2007"] })],
    why: "a law's number has one symbol part, its term: '03/2007/QH12'",
  },
  { input: ["Chỉ thị 99 của tỉnh."], expected: [], why: "a short ref that cannot be resolved with certainty is dropped" },
  {
    input: ["Công văn số 123/UBND-KGVX của tỉnh."],
    expected: [cite({ id: "123/UBND-KGVX", type: { code: null, name: "Công văn" }, seq: "123", symbol: "UBND-KGVX", mentions: ["Công văn số 123/UBND-KGVX"] })],
    why: "'của' + a lowercase word is not an issuer; 'Công văn' has no code",
  },
  { input: ["làm việc với Tổ Công tác số 5081 của Bộ Y tế"], expected: [], why: "'Tổ Công tác số 5081' has no type word: not a citation" },
  { input: ["thành lập Bệnh viện dã chiến số 3 và Bệnh viện dã chiến số 4"], expected: [], why: "numbered hospitals are not citations" },
  { input: ["dọc Quốc lộ 14, trực 24/24 giờ"], expected: [], why: "a road number and '24/24 giờ' are not ids" },
  { input: ["Điện thoại: 0260 3862531, 0913/123456"], expected: [], why: "phone numbers are not ids" },
  { input: ["năm học 2021 - 2022, ngày 24/8/2021"], expected: [], why: "ranges and dates are not ids" },
  { input: ["Chỉ thị ngày 16/8/2021"], expected: [], why: "a type word followed by a date is not a short ref" },
  {
    input: ["Thông báo số 283-TB/TU ngày 27/8/2021 và Thông báo số 275-TB/TU."],
    own: "283-TB/TU",
    expected: [cite({ id: "275-TB/TU", type: TB, seq: "275", symbol: "TB/TU", mentions: ["Thông báo số 275-TB/TU"] })],
    why: "the document's own number is not a citation",
  },
];

describe("findCitations", () => {
  it.each(cases)("$why", ({ input, expected, own }) => {
    expect(cites(input, own ?? null)).toEqual(expected);
  });

  it("maps mentions through each text's offset function and keeps its owner", () => {
    const found = findCitations([scan("xem 1102/CĐ-TTg", "2.1", 1000)], g, null);
    expect(found.map((c) => c.mentions)).toEqual([[{ start: 1004, end: 1015, owner: "2.1" }]]);
  });
});
