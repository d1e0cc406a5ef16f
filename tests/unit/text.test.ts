/** Sources, views and spans: the offset machinery every stage relies on. */
import { describe, expect, it } from "vitest";
import { identityView, makeSource, pointAt, sliceSpan, spanOf, squash, ViewBuilder, type View } from "../../src/util/text.js";

describe("makeSource", () => {
  const cases: { input: string; expected: number[]; why: string }[] = [
    { input: "Số 1\nKon Tum", expected: [0, 5], why: "LF ends a line" },
    { input: "Số 1\r\nKon Tum", expected: [0, 6], why: "CRLF ends one line, not two" },
    { input: "Số 1\rKon Tum", expected: [0, 5], why: "a lone CR ends a line" },
    { input: "a\nb\r\nc\rd", expected: [0, 2, 5, 7], why: "mixed endings in one text" },
    { input: "\r\n\r\n", expected: [0, 2, 4], why: "empty CRLF lines" },
    { input: "\n\r", expected: [0, 1, 2], why: "LF then CR are two line ends" },
    { input: "a\n", expected: [0, 2], why: "a final newline opens an empty last line" },
    { input: "", expected: [0], why: "an empty text has one line" },
  ];
  it.each(cases)("$why", ({ input, expected }) => {
    expect(makeSource(input).lineStarts).toEqual(expected);
  });
});

describe("pointAt", () => {
  const src = makeSource("Số 1\nKon Tum\r\nx");
  const cases: { input: number; expected: { line: number; column: number }; why: string }[] = [
    { input: 0, expected: { line: 1, column: 1 }, why: "the first character" },
    { input: 3, expected: { line: 1, column: 4 }, why: "columns count UTF-16 units from 1" },
    { input: 4, expected: { line: 1, column: 5 }, why: "the LF belongs to its line" },
    { input: 5, expected: { line: 2, column: 1 }, why: "the character after LF starts line 2" },
    { input: 12, expected: { line: 2, column: 8 }, why: "the CR of a CRLF belongs to its line" },
    { input: 13, expected: { line: 2, column: 9 }, why: "so does the LF of a CRLF" },
    { input: 14, expected: { line: 3, column: 1 }, why: "after CRLF a new line starts" },
    { input: 15, expected: { line: 3, column: 2 }, why: "the text end is a valid point" },
  ];
  it.each(cases)("$why", ({ input, expected }) => {
    expect(pointAt(src, input)).toEqual({ ...expected, offset: input });
  });
});

/** A view of "ab**cd**ef" without the marks: "abcdef". */
function unmarked(): View {
  const b = new ViewBuilder(identityView(makeSource("ab**cd**ef")));
  b.keep(0, 2);
  b.keep(4, 6);
  b.keep(8, 10);
  return b.build();
}

describe("ViewBuilder", () => {
  const base = (): View => identityView(makeSource("ab**cd**ef"));
  const cases: { input: (b: ViewBuilder) => View; expected: { text: string; map: number[] }; why: string }[] = [
    { input: (b) => b.build(), expected: { text: "", map: [10] }, why: "nothing kept: empty text whose end maps to the source end" },
    { input: () => unmarked(), expected: { text: "abcdef", map: [0, 1, 4, 5, 8, 9, 10] }, why: "keep copies offsets of the kept pieces" },
    {
      input: (b) => { b.keep(0, 2); b.replace(2, "XYZ"); b.keep(4, 10); return b.build(); },
      expected: { text: "abXYZcd**ef", map: [0, 1, 2, 2, 2, 4, 5, 6, 7, 8, 9, 10] },
      why: "replace maps every new character to the replaced start",
    },
    { input: (b) => { b.keep(0, 2); return b.build(2); }, expected: { text: "ab", map: [0, 1, 2] }, why: "build(endAt) sets where the text end maps" },
    { input: (b) => { b.keep(3, 3); b.replace(0, ""); return b.build(); }, expected: { text: "", map: [10] }, why: "empty keep and replace add nothing" },
  ];
  it.each(cases)("$why", ({ input, expected }) => {
    const v = input(new ViewBuilder(base()));
    expect({ text: v.text, map: Array.from(v.map) }).toEqual(expected);
  });

  it("a view built on a view maps straight to the decoded text", () => {
    const b = new ViewBuilder(unmarked());
    b.keep(1, 3);
    const v = b.build();
    expect({ text: v.text, map: Array.from(v.map) }).toEqual({ text: "bc", map: [1, 4, 10] });
  });

  it("grows past its initial capacity", () => {
    const b = new ViewBuilder(identityView(makeSource("xxxxx")));
    b.replace(0, "y".repeat(100));
    b.keep(1, 5);
    const v = b.build();
    expect([v.text.length, v.map[99], v.map[100], v.map[103], v.map[104]]).toEqual([104, 0, 1, 4, 5]);
  });
});

describe("spanOf and sliceSpan", () => {
  const v = unmarked();
  const cases: { input: [number, number]; expected: { raw: string; start: number; end: number }; why: string }[] = [
    { input: [0, 2], expected: { raw: "ab", start: 0, end: 2 }, why: "a span before the removed marks" },
    { input: [2, 4], expected: { raw: "cd", start: 4, end: 6 }, why: "a span after removed marks is shifted" },
    { input: [1, 3], expected: { raw: "b**c", start: 1, end: 5 }, why: "a span across removed marks covers them" },
    { input: [2, 2], expected: { raw: "", start: 4, end: 4 }, why: "an empty span sits at its start" },
    { input: [3, 4], expected: { raw: "d", start: 5, end: 6 }, why: "the end is the last kept character + 1, not the next one's offset" },
  ];
  it.each(cases)("$why", ({ input, expected }) => {
    const span = spanOf(v, input[0], input[1]);
    expect({ raw: sliceSpan(v.source, span), start: span.start.offset, end: span.end.offset }).toEqual(expected);
  });

  it("gives line and column on both ends", () => {
    const src = makeSource("Số 1\r\nSở Y tế");
    expect(spanOf(identityView(src), 6, 13)).toEqual({
      start: { line: 2, column: 1, offset: 6 },
      end: { line: 2, column: 8, offset: 13 },
    });
  });
});

describe("identityView and squash", () => {
  it("identityView maps every offset to itself, end included", () => {
    const src = makeSource("Sở Y tế");
    const v = identityView(src);
    expect({ text: v.text, map: Array.from(v.map), source: v.source === src }).toEqual({ text: "Sở Y tế", map: [0, 1, 2, 3, 4, 5, 6, 7], source: true });
  });

  const cases: { input: string; expected: string; why: string }[] = [
    { input: "  Sở \n Y\ttế  ", expected: "Sở Y tế", why: "runs of any whitespace become one space, ends trimmed" },
    { input: "", expected: "", why: "empty stays empty" },
  ];
  it.each(cases)("squash: $why", ({ input, expected }) => {
    expect(squash(input)).toBe(expected);
  });
});
