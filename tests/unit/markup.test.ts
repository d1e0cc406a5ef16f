/** Stage 3a, markup: markdown emphasis marks removed, offsets still mapping into the original. */
import { describe, expect, it } from "vitest";
import { hasMarks, stripMarkup } from "../../src/pipeline/markup.js";
import { normalize } from "../../src/pipeline/normalize.js";
import { makeSource, sliceSpan, spanOf } from "../../src/util/text.js";

const range = (a: number, b: number): number[] => Array.from({ length: b - a }, (_, i) => a + i);

interface Case {
  input: string;
  expected: { text: string; map: number[] };
  why: string;
}

const cases: Case[] = [
  {
    input: "**SỞ Y TẾ**",
    expected: { text: "SỞ Y TẾ", map: [...range(2, 9), 11] },
    why: "**bold** marks go; each kept character maps to its original offset",
  },
  {
    input: "**ỦY BAN\nTỈNH KON TUM**",
    expected: { text: "ỦY BAN\nTỈNH KON TUM", map: [...range(2, 21), 23] },
    why: "bold spanning two header lines is one strong node: both ends dropped",
  },
  {
    input: "cơ sở (*từ trạm y tế*) bảo đảm",
    expected: { text: "cơ sở (từ trạm y tế) bảo đảm", map: [...range(0, 7), ...range(8, 20), ...range(21, 30), 30] },
    why: "*italic* inside parentheses loses its asterisks only",
  },
  {
    input: "**A**\n\nb c\n\n*D*",
    expected: { text: "A\n\nb c\n\nD", map: [2, 5, 6, 7, 8, 9, 10, 11, 13, 15] },
    why: "marked blocks read in one remark call still map back to their own offsets",
  },
  {
    input: "*x*\n```\n\n## B",
    expected: { text: "x\n```\n\n B", map: [1, 3, 4, 5, 6, 7, 8, 11, 12, 13] },
    why: "an unclosed code fence is read alone, so it cannot swallow the next block's marks",
  },
  {
    input: "1\\. Sở Y tế",
    expected: { text: "1. Sở Y tế", map: [0, ...range(2, 11), 11] },
    why: "a block whose only mark is a backslash escape skips remark; the backslash still goes",
  },
  {
    input: "Lưu: VT, KGVX_{PTDL}.",
    expected: { text: "Lưu: VT, KGVX.", map: [...range(0, 13), 20, 21] },
    why: "a _{…} subscript (typist initials) is dropped with its content",
  },
  {
    input: "** Về phòng, chống dịch:*",
    expected: { text: " Về phòng, chống dịch:", map: [...range(2, 24), 25] },
    why: "broken '** …:*' markdown is cleaned of every stray asterisk",
  },
  {
    input: "** Duy trì hoạt động* trong ngành",
    expected: { text: " Duy trì hoạt động trong ngành", map: [...range(2, 20), ...range(21, 33), 33] },
    why: "a stray closing '*' glued to a word mid-line is dropped",
  },
  {
    input: "- Rà soát **kịp thời**;\n+ Tăng cường;\n1. Sở Y tế",
    expected: { text: "- Rà soát kịp thời;\n+ Tăng cường;\n1. Sở Y tế", map: [...range(0, 10), ...range(12, 20), ...range(22, 48), 48] },
    why: "list markers '-', '+' and '1.' are text, not markdown, and stay",
  },
  {
    input: "**TỈNH ỦY**\n*\nSố 283-TB/TU",
    expected: { text: "TỈNH ỦY\n*\nSố 283-TB/TU", map: [...range(2, 9), ...range(11, 26), 26] },
    why: "the Party header's lone '*' line stays even when the text has marks",
  },
  {
    input: "1\\. Sở Y tế",
    expected: { text: "1. Sở Y tế", map: [0, ...range(2, 11), 11] },
    why: "a backslash escape loses the backslash, keeps the character",
  },
  {
    input: "## 1. Về kinh tế",
    expected: { text: " 1. Về kinh tế", map: [...range(2, 16), 16] },
    why: "ATX heading marks are dropped, the numbered heading text stays",
  },
];

describe("stripMarkup", () => {
  it.each(cases)("$why", ({ input, expected }) => {
    const v = stripMarkup(normalize(makeSource(input)));
    expect({ text: v.text, map: Array.from(v.map) }).toEqual(expected);
  });

  const slices: { input: string; expected: string; why: string; word: string }[] = [
    { input: "**KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**\n\nTrần Thị Nga", word: "PHÓ CHỦ TỊCH", expected: "PHÓ CHỦ TỊCH", why: "a line inside bold slices to itself, not to the marks" },
    { input: "**KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**\n\nTrần Thị Nga", word: "Trần Thị Nga", expected: "Trần Thị Nga", why: "text after the bold block is shifted back by the dropped marks" },
    { input: "Sở **Y tế** chủ trì", word: "Sở Y tế", expected: "Sở **Y tế", why: "a span across removed marks covers them in the original (spans are contiguous)" },
    { input: "**Ủy ban**\r\nnhân dân", word: "nhân dân", expected: "nhân dân", why: "normalisation and markup maps chain back to the decoded CRLF text" },
  ];
  it.each(slices)("$why", ({ input, word, expected }) => {
    const src = makeSource(input);
    const v = stripMarkup(normalize(src));
    const at = v.text.indexOf(word);
    expect(sliceSpan(src, spanOf(v, at, at + word.length))).toBe(expected);
  });

  const unchanged: { input: string; expected: boolean; why: string }[] = [
    { input: "Sở Y tế chủ trì, phối hợp với Công an tỉnh.", expected: false, why: "running text has no marks" },
    { input: "TỈNH ỦY KON TUM\n\n*\n\nSố 283-TB/TU", expected: false, why: "a lone '*' line is not a mark" },
    { input: "năm 2021 - 2022, tỷ lệ 5 * 3", expected: false, why: "a spaced '*' and ranges are not marks" },
    { input: "Lưu: VT, KGVX_{PTDL}.", expected: true, why: "a _{…} subscript counts as a mark" },
    { input: "__Sở__ Y tế", expected: true, why: "underscore bold counts as a mark" },
  ];
  it.each(unchanged)("hasMarks: $why", ({ input, expected }) => {
    expect(hasMarks(input)).toBe(expected);
    const n = normalize(makeSource(input));
    if (!expected) expect(stripMarkup(n)).toBe(n);
  });
});
