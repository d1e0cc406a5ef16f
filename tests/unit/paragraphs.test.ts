/** Body lines → paragraphs: markers, page-break joins, footnotes, offsets. */
import { describe, expect, it } from "vitest";
import { offsetIn, readMarker, readParagraphs } from "../../src/extract/paragraphs.js";
import { bodyLinesOf, viewOf } from "./helpers.js";

describe("readMarker", () => {
  const cases: { input: string; expected: ReturnType<typeof readMarker>; why: string }[] = [
    { input: "I. Về công tác phòng, chống dịch", expected: { marker: "I.", kind: "roman", length: 3 }, why: "roman section numbers" },
    { input: "II. Về kinh tế", expected: { marker: "II.", kind: "roman", length: 4 }, why: "multi-letter roman numbers" },
    { input: "1. Sở Y tế", expected: { marker: "1.", kind: "arabic", length: 3 }, why: "arabic item numbers" },
    { input: "12) Công an tỉnh", expected: { marker: "12)", kind: "arabic", length: 4 }, why: "two-digit numbers with a parenthesis" },
    { input: "1.1. Ban Tổ chức", expected: { marker: "1.1.", kind: "decimal2", length: 5 }, why: "two-level decimal numbers" },
    { input: "1.1 Ban Tổ chức", expected: { marker: "1.1", kind: "decimal2", length: 4 }, why: "two-level decimal without the final dot" },
    { input: "2.3.1. Rà soát", expected: { marker: "2.3.1.", kind: "decimal3", length: 7 }, why: "three-level decimal numbers" },
    { input: "a) Rà soát", expected: { marker: "a)", kind: "letter", length: 3 }, why: "letter items" },
    { input: "đ) Rà soát", expected: { marker: "đ)", kind: "letter", length: 3 }, why: "the Vietnamese letter đ is a letter item" },
    { input: "- Rà soát", expected: { marker: "-", kind: "dash", length: 2 }, why: "dash items" },
    { input: "-Rà soát", expected: { marker: "-", kind: "dash", length: 1 }, why: "a dash glued to its word" },
    { input: "– Rà soát", expected: { marker: "–", kind: "dash", length: 2 }, why: "an en dash item" },
    { input: "- \"pháo đài\"", expected: { marker: "-", kind: "dash", length: 2 }, why: "a dash before a quote" },
    { input: "+ Thống kê", expected: { marker: "+", kind: "plus", length: 2 }, why: "plus sub-items" },
    { input: "• Tin", expected: { marker: "•", kind: "bullet", length: 2 }, why: "bullet items" },
    { input: "Điều 1. Thành lập", expected: { marker: "Điều 1.", kind: "article", length: 8 }, why: "articles of a decision" },
    { input: "Điều 2: Giao", expected: { marker: "Điều 2:", kind: "article", length: 8 }, why: "articles with a colon" },
    { input: "- 5 người", expected: null, why: "a dash before a number is a minus or range, not an item" },
    { input: "2021 - 2022", expected: null, why: "a year range is not a marker" },
    { input: "II.Về", expected: null, why: "a roman number needs a space after it" },
    { input: "123. Sở", expected: null, why: "three-digit numbers are not item numbers" },
    { input: "Sở Y tế", expected: null, why: "plain text has no marker" },
  ];
  it.each(cases)("$why", ({ input, expected }) => {
    expect(readMarker(input)).toEqual(expected);
  });

  it("'1.000 người' is a thousands number, not a marker", () => {
    expect(readMarker("1.000 người dân được tiêm vắc xin")).toEqual(null);
  });
});

type Brief = [string | null, string | null, string];
const brief = (text: string) => {
  const { paragraphs, footnotes } = readParagraphs(bodyLinesOf(text));
  return { paragraphs: paragraphs.map((p): Brief => [p.marker, p.kind, p.text]), footnotes: footnotes.map((f) => [f.marker, f.text]) };
};

describe("readParagraphs", () => {
  const cases: { input: string[]; expected: ReturnType<typeof brief>; why: string }[] = [
    {
      input: ["I. Về phòng, chống dịch", "1. Sở Y tế:", "a) Rà soát;", "- Thống kê;", "+ Báo cáo."],
      expected: { paragraphs: [["I.", "roman", "Về phòng, chống dịch"], ["1.", "arabic", "Sở Y tế:"], ["a)", "letter", "Rà soát;"], ["-", "dash", "Thống kê;"], ["+", "plus", "Báo cáo."]], footnotes: [] },
      why: "each marked line is a paragraph; the marker is removed from its text",
    },
    {
      input: ["1. Các sở, ngành tiếp tục thực hiện các nhiệm vụ", "", "trong tình hình mới.", "2. Sở Y tế"],
      expected: { paragraphs: [["1.", "arabic", "Các sở, ngành tiếp tục thực hiện các nhiệm vụ trong tình hình mới."], ["2.", "arabic", "Sở Y tế"]], footnotes: [] },
      why: "a page break (no terminal punctuation, next line lowercase) is joined with a space",
    },
    {
      input: ["Các cơ sở sản xuất phải", "", "¹ Thông báo số 309/TB-VPCP.", "", "có phương án sản xuất phù hợp."],
      expected: { paragraphs: [[null, null, "Các cơ sở sản xuất phải có phương án sản xuất phù hợp."]], footnotes: [["¹", "Thông báo số 309/TB-VPCP."]] },
      why: "a footnote printed at the foot of the page is pulled out and the paragraph joined across it",
    },
    {
      input: ["²³Công văn số 5/UBND."],
      expected: { paragraphs: [], footnotes: [["²³", "Công văn số 5/UBND."]] },
      why: "footnote markers may be several superscripts, with or without a space",
    },
    {
      input: ["Họp ngày 1/8:", "xem xét các nội dung."],
      expected: { paragraphs: [[null, null, "Họp ngày 1/8:"], [null, null, "xem xét các nội dung."]], footnotes: [] },
      why: "a line ending with a colon ends its paragraph",
    },
    {
      input: ["Thực hiện (nếu có)", "một việc."],
      expected: { paragraphs: [[null, null, "Thực hiện (nếu có)"], [null, null, "một việc."]], footnotes: [] },
      why: "a closing parenthesis is terminal",
    },
    {
      input: ["Sở Y tế", "Trung tâm Kiểm soát bệnh tật"],
      expected: { paragraphs: [[null, null, "Sở Y tế"], [null, null, "Trung tâm Kiểm soát bệnh tật"]], footnotes: [] },
      why: "a capitalised next line starts a new paragraph even without punctuation",
    },
    {
      input: ["1. Sở Y tế chủ trì", "- rà soát các cơ sở"],
      expected: { paragraphs: [["1.", "arabic", "Sở Y tế chủ trì"], ["-", "dash", "rà soát các cơ sở"]], footnotes: [] },
      why: "a marked line is never joined to the paragraph above",
    },
  ];
  it.each(cases)("$why", ({ input, expected }) => {
    expect(brief(input.join("\n"))).toEqual(expected);
  });

  it("records view offsets of the paragraph, its text and each joined part", () => {
    const text = "- Ban Dân vận Tỉnh ủy, các tổ chức\n\nchính trị - xã hội đẩy mạnh tuyên truyền.";
    const { paragraphs } = readParagraphs(bodyLinesOf(text));
    expect(paragraphs).toEqual([
      {
        text: "Ban Dân vận Tỉnh ủy, các tổ chức chính trị - xã hội đẩy mạnh tuyên truyền.",
        start: 0, end: 77, textStart: 2, marker: "-", kind: "dash",
        parts: [{ start: 2, text: "Ban Dân vận Tỉnh ủy, các tổ chức" }, { start: 36, text: "chính trị - xã hội đẩy mạnh tuyên truyền.", gap: 1 }],
      },
    ]);
  });
});

describe("offsetIn", () => {
  const text = "- Ban Dân vận Tỉnh ủy, các tổ chức\n\nchính trị - xã hội đẩy mạnh tuyên truyền.";
  const view = viewOf(text);
  const p = readParagraphs(bodyLinesOf(text)).paragraphs[0]!;
  const cases: { input: number; expected: number; why: string }[] = [
    { input: 0, expected: 2, why: "the text's first character is after the marker" },
    { input: p.text.indexOf("Tỉnh ủy"), expected: text.indexOf("Tỉnh ủy"), why: "an index in the first part maps into the first line" },
    { input: p.text.indexOf("chính trị"), expected: text.indexOf("chính trị"), why: "an index in a joined part skips the join space and the page break" },
    { input: p.text.length, expected: text.length, why: "the text end maps to the last part's end" },
    { input: p.text.length + 50, expected: text.length, why: "an index past the end is clamped to the last part's end" },
  ];
  it.each(cases)("$why", ({ input, expected }) => {
    expect(offsetIn(p, input)).toBe(expected);
  });

  it("a match in the joined text slices the same words from the view", () => {
    const i = p.text.indexOf("xã hội");
    expect(view.text.slice(offsetIn(p, i), offsetIn(p, i + "xã hội".length))).toBe("xã hội");
  });
});

describe("page furniture and hyphenation", () => {
  it("drops a page number between pages and joins the sentence it split", () => {
    const { paragraphs } = readParagraphs(bodyLinesOf("- Sở Y tế tổ chức tiêm cho\n\n2\n\nngười dân."));
    expect(paragraphs.map((p) => p.text)).toEqual(["Sở Y tế tổ chức tiêm cho người dân."]);
  });
  it("joins a word hyphenated at a line end without the hyphen, offsets still mapping", () => {
    const text = "1. Bảo đảm giãn cá-\nch tại điểm tiêm.";
    const { paragraphs } = readParagraphs(bodyLinesOf(text));
    const p = paragraphs[0]!;
    expect(p.text).toBe("Bảo đảm giãn cách tại điểm tiêm.");
    const i = p.text.indexOf("tại");
    expect(text.slice(offsetIn(p, i), offsetIn(p, i + 3))).toBe("tại");
  });
});
