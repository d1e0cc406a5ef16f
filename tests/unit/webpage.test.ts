/** Stage 3b, webpage: a saved news page → headline, publication date, article, byline. */
import { describe, expect, it } from "vitest";
import { readWebPage, type WebArticle } from "../../src/pipeline/webpage.js";
import { isoDate } from "../../src/util/dates.js";
import { g, linesOf } from "./helpers.js";

const MENU = ["  • Thời sự - Chính trị", "    • Xây dựng Đảng", "  • Kinh tế", "  • Xã hội"];

/** The page read as texts (line objects carry offsets, checked separately). */
function read(text: string) {
  const w: WebArticle | null = readWebPage(linesOf(text), g);
  if (!w) return null;
  return { headline: w.headline?.text ?? null, pub: w.pub.text, pubIso: w.pubIso, byline: w.byline?.text ?? null, body: w.body.map((l) => l.text) };
}

interface Case {
  input: string;
  expected: ReturnType<typeof read>;
  why: string;
}

const cases: Case[] = [
  {
    input: [
      ...MENU, "", "Chủ động ứng phó với dịch bệnh", "", "02/08/2021 11:40", "",
      "Ngày 1/8, Văn phòng Tỉnh ủy ra Thông báo số 275-TB/TU.", "",
      "Hội nghị diễn ra vào sáng 1/8. Ảnh: Thùy Hương", "",
      "Ban Tuyên giáo Tỉnh ủy chỉ đạo các cơ quan báo chí.", "", "Hồng Lam", "",
      "Các tin khác", "  • Một tin khác",
    ].join("\n"),
    expected: {
      headline: "Chủ động ứng phó với dịch bệnh",
      pub: "02/08/2021 11:40",
      pubIso: "2021-08-02",
      byline: "Hồng Lam",
      body: ["Ngày 1/8, Văn phòng Tỉnh ủy ra Thông báo số 275-TB/TU.", "Ban Tuyên giáo Tỉnh ủy chỉ đạo các cơ quan báo chí."],
    },
    why: "menu bullets + publication line: headline above it, caption dropped, name-only last line is the byline, 'Các tin khác' ends the article",
  },
  {
    input: ["• Trang chủ", "• Tin tức", "• Liên hệ", "Tiêu đề bài viết", "31/02/2021 08:00", "Nội dung bài viết.", "Tin Mới Nhất", "Tin cũ."].join("\n"),
    expected: { headline: "Tiêu đề bài viết", pub: "31/02/2021 08:00", pubIso: null, byline: null, body: ["Nội dung bài viết."] },
    why: "an impossible publication date gives pubIso null; 'Tin Mới Nhất' is an end marker",
  },
  {
    input: [...MENU, "02/08/2021", "Nội dung.", "  • Xã hội"].join("\n"),
    expected: { headline: null, pub: "02/08/2021", pubIso: "2021-08-02", byline: null, body: ["Nội dung."] },
    why: "a bullet right above the publication line means no headline; a later bullet ends the article",
  },
  {
    input: ["Chủ động ứng phó", "02/08/2021", "Nội dung bài.", "(Ảnh minh họa)", "Thông tin thêm."].join("\n"),
    expected: { headline: "Chủ động ứng phó", pub: "02/08/2021", pubIso: "2021-08-02", byline: null, body: ["Nội dung bài.", "Thông tin thêm."] },
    why: "without menus a publication line near the top still makes a page; a '(Ảnh' caption is dropped",
  },
  {
    input: [...MENU, "Tiêu đề", "Cập nhật: 2/8/2021 11:40", "Bài viết.", "Bình luận", "Ý kiến."].join("\n"),
    expected: { headline: "Tiêu đề", pub: "Cập nhật: 2/8/2021 11:40", pubIso: "2021-08-02", byline: null, body: ["Bài viết."] },
    why: "a short label may precede the publication date; 'Bình luận' ends the article",
  },
  {
    input: ["TỈNH ỦY KON TUM", "Kon Tum, ngày 27 tháng 8 năm 2021", "", "Sở Y tế chủ trì.", "", "Nơi nhận:", "- Như trên;"].join("\n"),
    expected: null,
    why: "a normal document (closing 'Nơi nhận:', no menus) is not a page",
  },
  {
    input: ["Sở Y tế chủ trì.", "Nơi nhận:", "- Lưu: VT, ngày 02/08/2021"].join("\n"),
    expected: null,
    why: "a document with a closing and no menus is never a page",
  },
  {
    input: ["Sở Y tế chủ trì, phối hợp với Công an tỉnh.", "Công an tỉnh tăng cường kiểm tra."].join("\n"),
    expected: null,
    why: "a text without a publication line is not a page",
  },
  {
    input: [...Array.from({ length: 20 }, (_, i) => `Đoạn ${i + 1}.`), "02/08/2021"].join("\n"),
    expected: null,
    why: "without menus, a date line far down the text is not a publication line",
  },
];

describe("readWebPage", () => {
  it.each(cases)("$why", ({ input, expected }) => {
    expect(read(input)).toEqual(expected);
  });

  it("returns the view lines themselves, so spans can be taken from them", () => {
    const lines = linesOf(["Tiêu đề", "02/08/2021 11:40", "Nội dung."].join("\n"));
    const w = readWebPage(lines, g);
    expect(w?.pub).toBe(lines[1]);
    expect(w?.headline).toBe(lines[0]);
    expect(w?.body).toEqual([lines[2]]);
  });
});

describe("isoDate", () => {
  const dates: { input: [number, number, number]; expected: string | null; why: string }[] = [
    { input: [2021, 8, 2], expected: "2021-08-02", why: "pads month and day" },
    { input: [2024, 2, 29], expected: "2024-02-29", why: "29 February of a leap year exists" },
    { input: [2021, 2, 29], expected: null, why: "29 February of a common year does not" },
    { input: [2021, 13, 1], expected: null, why: "month 13 does not exist" },
    { input: [2021, 4, 31], expected: null, why: "31 April does not exist" },
    { input: [1899, 1, 1], expected: null, why: "years before 1900 are out of range" },
    { input: [2021, 8, 0], expected: null, why: "day 0 does not exist" },
    { input: [Number.NaN, 8, 2], expected: null, why: "a missing part (NaN) gives null" },
  ];
  it.each(dates)("$why", ({ input, expected }) => {
    expect(isoDate(...input)).toBe(expected);
  });
});
