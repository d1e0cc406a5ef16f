/** Paragraphs → directive tree, preamble and closing. */
import { describe, expect, it } from "vitest";
import { readParagraphs, type Paragraph } from "../../src/extract/paragraphs.js";
import { buildTree, type Node, type TreeOptions } from "../../src/extract/tree.js";
import { bodyLinesOf } from "./helpers.js";

/** The options the pipeline passes, with a fixed closing formula. */
const opts: TreeOptions = {
  isClosing: (p: Paragraph) => /biết, thực hiện|thông báo để/iu.test(p.text),
  assigns: (p: Paragraph) => /(?<![\p{L}])(?:yêu cầu|giao|đề nghị|chủ trì|phối hợp với)(?![\p{L}])/iu.test(p.text),
};

interface Item {
  marker: string | null;
  path: string | null;
  text: string[];
  children?: Item[];
}
const item = (n: Node): Item => ({
  marker: n.marker,
  path: n.path,
  text: n.paragraphs.map((p) => p.text),
  ...(n.children.length ? { children: n.children.map(item) } : {}),
});
function tree(lines: string[], o: TreeOptions = opts) {
  const t = buildTree(readParagraphs(bodyLinesOf(lines.join("\n"))).paragraphs, o);
  return { preamble: t.preamble.map((p) => p.text), items: t.items.map(item), closing: t.closing.map((p) => p.text) };
}

interface Case {
  input: string[];
  expected: ReturnType<typeof tree>;
  why: string;
}

const cases: Case[] = [
  {
    input: ["Ban Thường vụ Tỉnh ủy kết luận:", "I. Về phòng, chống dịch", "1. Sở Y tế", "a) Rà soát.", "- Thống kê.", "b) Chuẩn bị.", "2. Công an tỉnh", "II. Về kinh tế", "1. Sở Tài chính"],
    expected: {
      preamble: ["Ban Thường vụ Tỉnh ủy kết luận:"],
      items: [
        {
          marker: "I.", path: "1", text: ["Về phòng, chống dịch"],
          children: [
            { marker: "1.", path: "1.1", text: ["Sở Y tế"], children: [
              { marker: "a)", path: "1.1.1", text: ["Rà soát."], children: [{ marker: "-", path: "1.1.1.1", text: ["Thống kê."] }] },
              { marker: "b)", path: "1.1.2", text: ["Chuẩn bị."] },
            ] },
            { marker: "2.", path: "1.2", text: ["Công an tỉnh"] },
          ],
        },
        { marker: "II.", path: "2", text: ["Về kinh tế"], children: [{ marker: "1.", path: "2.1", text: ["Sở Tài chính"] }] },
      ],
      closing: [],
    },
    why: "I. > 1. > a) > -: a marker of an open kind closes everything below it; paths number siblings",
  },
  {
    input: ["1. Sở Y tế:", "- Rà soát.", "+ Thống kê.", "- Báo cáo.", "2. Công an tỉnh."],
    expected: {
      preamble: [],
      items: [
        { marker: "1.", path: "1", text: ["Sở Y tế:"], children: [
          { marker: "-", path: "1.1", text: ["Rà soát."], children: [{ marker: "+", path: "1.1.1", text: ["Thống kê."] }] },
          { marker: "-", path: "1.2", text: ["Báo cáo."] },
        ] },
        { marker: "2.", path: "2", text: ["Công an tỉnh."] },
      ],
      closing: [],
    },
    why: "nesting follows first-seen order: '+' after '-' nests under it, and the next '-' closes it",
  },
  {
    input: ["- Sở Y tế chủ trì.", "1. Công an tỉnh.", "- Rà soát."],
    expected: { preamble: ["Sở Y tế chủ trì."], items: [{ marker: "1.", path: "1", text: ["Công an tỉnh."], children: [{ marker: "-", path: "1.1", text: ["Rà soát."] }] }], closing: [] },
    why: "lower-rank items before the first top-rank item ('- Căn cứ …' above '1.') belong to the preamble",
  },
  {
    input: ["1. Sở Y tế:", "- Rà soát.", "Tăng cường kiểm tra.", "2. Công an tỉnh."],
    expected: {
      preamble: [],
      items: [
        { marker: "1.", path: "1", text: ["Sở Y tế:"], children: [{ marker: "-", path: "1.1", text: ["Rà soát.", "Tăng cường kiểm tra."] }] },
        { marker: "2.", path: "2", text: ["Công an tỉnh."] },
      ],
      closing: [],
    },
    why: "an unmarked paragraph continues the innermost open item",
  },
  {
    input: ["Tại Hội nghị, Ban Thường vụ nghe báo cáo.", "Thời gian qua, dịch diễn biến phức tạp.", "1. Sở Y tế chủ trì.", "Thông báo để các đồng chí biết, thực hiện."],
    expected: {
      preamble: ["Tại Hội nghị, Ban Thường vụ nghe báo cáo.", "Thời gian qua, dịch diễn biến phức tạp."],
      items: [{ marker: "1.", path: "1", text: ["Sở Y tế chủ trì."] }],
      closing: ["Thông báo để các đồng chí biết, thực hiện."],
    },
    why: "unmarked paragraphs before the first item are the preamble; a trailing closing formula is the closing",
  },
  {
    input: ["1. Sở Y tế.", "Thông báo để các đồng chí biết, thực hiện.", "2. Công an tỉnh."],
    expected: { preamble: [], items: [
      { marker: "1.", path: "1", text: ["Sở Y tế.", "Thông báo để các đồng chí biết, thực hiện."] },
      { marker: "2.", path: "2", text: ["Công an tỉnh."] },
    ], closing: [] },
    why: "a closing formula that is not trailing stays in its item",
  },
  {
    input: ["Ngày 16/8, Ban Thường vụ họp.", "Thời gian qua, tình hình ổn định.", "Giao Sở Y tế chủ trì.", "Công an tỉnh tăng cường.", "Thông báo để các đồng chí biết, thực hiện."],
    expected: {
      preamble: ["Ngày 16/8, Ban Thường vụ họp.", "Thời gian qua, tình hình ổn định."],
      items: [{ marker: null, path: "1", text: ["Giao Sở Y tế chủ trì."] }, { marker: null, path: "2", text: ["Công an tỉnh tăng cường."] }],
      closing: ["Thông báo để các đồng chí biết, thực hiện."],
    },
    why: "unnumbered text: every paragraph from the first assigning one is an item with marker null",
  },
  {
    input: ["Ngày 16/8, Ban Thường vụ họp.", "Thông báo để các đồng chí biết, thực hiện."],
    expected: { preamble: ["Ngày 16/8, Ban Thường vụ họp."], items: [], closing: ["Thông báo để các đồng chí biết, thực hiện."] },
    why: "unnumbered text with no assigning paragraph has no items",
  },
  {
    input: ["Điều 1. Thành lập Tổ công tác.", "1. Tổ trưởng.", "Điều 2. Giao Sở Y tế."],
    expected: { preamble: [], items: [
      { marker: "Điều 1.", path: "1", text: ["Thành lập Tổ công tác."], children: [{ marker: "1.", path: "1.1", text: ["Tổ trưởng."] }] },
      { marker: "Điều 2.", path: "2", text: ["Giao Sở Y tế."] },
    ], closing: [] },
    why: "articles are the top level of a decision",
  },
  {
    input: [],
    expected: { preamble: [], items: [], closing: [] },
    why: "an empty body gives an empty tree",
  },
];

describe("buildTree", () => {
  it.each(cases)("$why", ({ input, expected }) => {
    expect(tree(input)).toEqual(expected);
  });

  it("keeps the paragraph objects themselves (offsets are needed later)", () => {
    const ps = readParagraphs(bodyLinesOf("Mở đầu.\n1. Sở Y tế.")).paragraphs;
    const t = buildTree(ps, opts);
    expect(t.preamble[0]).toBe(ps[0]);
    expect(t.items[0]!.paragraphs[0]).toBe(ps[1]);
  });
});

describe("numbering checks", () => {
  const rules = (lines: string[]) => {
    const { paragraphs } = readParagraphs(lines.map((text, index) => ({ index, text, start: 0, end: text.length, cells: [], blank: false })));
    return buildTree(paragraphs, { isClosing: () => false, assigns: () => false }).numbering.map((n) => [n.rule, n.paragraph.marker]);
  };
  it.each([
    { input: ["1. a", "2. b", "3. c"], expected: [], why: "a regular sequence has no finding" },
    { input: ["1. a", "2. b", "4. c"], expected: [["numbering-gap", "4."]], why: "a skipped number is a gap" },
    { input: ["1. a", "2. b", "2. c", "3. d"], expected: [["numbering-duplicate", "2."]], why: "a repeated number is reported and both items kept" },
    { input: ["I. x", "1. a", "2. b", "II. y", "1. c"], expected: [], why: "numbering restarting inside a new section is normal" },
    { input: ["1. x", "a) p", "c) q"], expected: [["numbering-gap", "c)"]], why: "letters follow the Vietnamese alphabet (a, b, c, d, đ, e …)" },
    { input: ["1. x", "d) p", "đ) q", "e) r"], expected: [], why: "đ comes between d and e" },
    { input: ["Điều 1. a", "Điều 3. b"], expected: [["numbering-gap", "Điều 3."]], why: "articles are checked too" },
  ])("$why", ({ input, expected }) => {
    expect(rules(input)).toEqual(expected);
  });
});
