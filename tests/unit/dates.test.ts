/** Malformed dates in running text: reported, never guessed. */
import { describe, expect, it } from "vitest";
import { findDateProblems } from "../../src/extract/dates.js";
import { g, viewOf } from "./helpers.js";

/** Diagnostics as { message, raw } where raw is the decoded text the span covers. */
function problems(text: string) {
  const view = viewOf(text);
  return findDateProblems([{ text: view.text, at: (i) => i, owner: null }], g, view).map((d) => {
    expect(d.severity).toBe("warning");
    // A month missing makes the citation unreadable; a date that cannot exist is impossible.
    expect(d.rule).toBe(d.message.includes("no month") ? "malformed-citation" : "impossible-date");
    return { message: d.message, raw: d.span ? view.source.text.slice(d.span.start.offset, d.span.end.offset) : null };
  });
}

interface Case {
  input: string;
  expected: ReturnType<typeof problems>;
  why: string;
}

const cases: Case[] = [
  {
    input: "Tại Hội nghị trực tuyến (ngày 27-2021), sau khi nghe báo cáo",
    expected: [{ message: 'date "ngày 27-2021" has a day (27) and a year (2021) but no month', raw: "ngày 27-2021" }],
    why: "'(ngày 27-2021)': a day and a year with the month missing is flagged",
  },
  {
    input: "họp ngày 27/2021",
    expected: [{ message: 'date "ngày 27/2021" has a day (27) and a year (2021) but no month', raw: "ngày 27/2021" }],
    why: "the slash form of a missing month is flagged too",
  },
  {
    input: "Ngày 27 - 2021, Ban Thường vụ họp",
    expected: [{ message: 'date "Ngày 27 - 2021" has a day (27) and a year (2021) but no month', raw: "Ngày 27 - 2021" }],
    why: "a capitalised 'Ngày' and a spaced dash",
  },
  {
    input: "ban hành ngày 31/02/2021 về",
    expected: [{ message: 'date "ngày 31/02/2021" does not exist', raw: "ngày 31/02/2021" }],
    why: "'ngày 31/02/2021' does not exist",
  },
  {
    input: "ngày 29-2-2021 và ngày 29-2-2024",
    expected: [{ message: 'date "ngày 29-2-2021" does not exist', raw: "ngày 29-2-2021" }],
    why: "29 February is flagged in a common year only",
  },
  {
    input: "ngày 15/13/2021",
    expected: [{ message: 'date "ngày 15/13/2021" does not exist', raw: "ngày 15/13/2021" }],
    why: "month 13 does not exist",
  },
  { input: "Thông báo số 10-TB/VPTW, ngày 24-8-2021", expected: [], why: "a valid d-m-yyyy date is not flagged" },
  { input: "Ngày 16/8/2021, Ban Thường vụ Tỉnh ủy họp", expected: [], why: "a valid d/m/yyyy date is not flagged" },
  { input: "ngày 24 tháng 8 năm 2020 của Văn phòng Chính phủ", expected: [], why: "a valid written-out date is not flagged" },
  { input: "Hội nghị tháng 8-2021", expected: [], why: "a month-year without 'ngày' is not flagged" },
  { input: "năm học 2021 - 2022", expected: [], why: "a school-year range is not a date" },
  { input: "ngày 1/8, ngày 27-8", expected: [], why: "day-month without a year is fine" },
  { input: "ngày 27-2021-08", expected: [], why: "a day-year followed by more digits is not the missing-month form" },
];

describe("findDateProblems", () => {
  it.each(cases)("$why", ({ input, expected }) => {
    expect(problems(input)).toEqual(expected);
  });

  it("span offsets go through the view map back to the decoded text", () => {
    const text = "**Hội nghị** (ngày 27-2021)";
    const view = viewOf(text);
    const [d] = findDateProblems([{ text: view.text, at: (i) => i, owner: null }], g, view);
    expect([d?.span?.start.offset, d?.span?.end.offset]).toEqual([14, 26]);
  });

  it("a written-out impossible date 'ngày 31 tháng 2 năm 2021' is flagged", () => {
    expect(problems("ban hành ngày 31 tháng 2 năm 2021")).toEqual([
      { message: 'date "ngày 31 tháng 2 năm 2021" does not exist', raw: "ngày 31 tháng 2 năm 2021" },
    ]);
  });
});
