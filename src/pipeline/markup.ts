/**
 * Stage 3a: markdown marks (`**`, `*…*`, `_{…}`) removed from the view.
 *
 * remark-parse reads the text (indented code and HTML disabled, so
 * tab-indented headers stay paragraphs); the delimiters of `strong` and
 * `emphasis` nodes are dropped. Stray `*` left literal by broken markdown
 * ("** Về phòng, chống dịch:*") and `_{…}` subscripts are dropped too.
 * List markers, the Party header's lone `*` line and all other text stay.
 * remark is slow (~2 MB/s): this stage runs only when marks are present.
 */
import remarkParse from "remark-parse";
import { unified } from "unified";
import { ViewBuilder, type View } from "../util/text.js";

interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}
type Processor = { parse(text: string): MdNode };

let processor: Processor | undefined;

/** Builds the remark processor once, on the first document with marks. */
function remark(): Processor {
  if (processor) return processor;
  const p = unified().use(remarkParse);
  p.data("micromarkExtensions", [{ disable: { null: ["codeIndented", "htmlFlow", "htmlText"] } }]);
  p.freeze();
  processor = p as unknown as Processor;
  return processor;
}

/**
 * What only remark can read: an emphasis delimiter (`*`, or `_` outside a
 * `_{…}` subscript) or an ATX heading. A block whose marks are only
 * backslash escapes or subscripts (dropped below by their own patterns) skips it.
 */
const EMPHASIS = /[*]|_(?!\{)|^ {0,3}#/m;

/** A code fence, which a blank line does not close. */
const FENCE = /^ {0,3}(?:`{3}|~{3})/m;

const HAS_MARKS = /\*\*|(?:^|[\s(])\*[^\s*]|[^\s*]\*(?:[\s).,;:]|$)|_\{|^#{1,6}\s|\\[.*_\-#()[\]]|__\S/m;

/** True when the text carries markdown emphasis marks worth a remark pass. */
export function hasMarks(text: string): boolean {
  return HAS_MARKS.test(text);
}

/** Removes emphasis delimiters and subscripts; a view without marks is returned as is. */
export function stripMarkup(view: View): View {
  if (!hasMarks(view.text)) return view;
  const text = view.text;
  const drop = new Uint8Array(text.length);
  // Emphasis never crosses a blank line, so only the blocks that carry marks
  // go through remark (it reads ~2 MB/s), joined by blank lines into one call
  // (each call has a fixed cost). `pieces` maps offsets in the joined text back.
  const pieces: { at: number; start: number }[] = [];
  const parts: string[] = [];
  let joinedLength = 0;
  const origin = (o: number): number => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((pieces[mid] as { at: number }).at <= o) lo = mid;
      else hi = mid - 1;
    }
    const p = pieces[lo] as { at: number; start: number };
    return p.start + (o - p.at);
  };
  const at = (p: { start: { offset?: number }; end: { offset?: number } } | undefined, end: boolean, dflt: number): number => {
    const o = end ? p?.end.offset : p?.start.offset;
    return o === undefined ? dflt : end ? origin(o - 1) + 1 : origin(o);
  };
  const walk = (node: MdNode): void => {
    const kids = node.children ?? [];
    if ((node.type === "strong" || node.type === "emphasis") && node.position && kids.length) {
      const s = at(node.position, false, 0);
      const e = at(node.position, true, s);
      const first = at(kids[0]?.position, false, s);
      const last = at(kids[kids.length - 1]?.position, true, e);
      for (let i = s; i < first; i++) if (text[i] === "*" || text[i] === "_") drop[i] = 1;
      for (let i = last; i < e; i++) if (text[i] === "*" || text[i] === "_") drop[i] = 1;
    }
    // "## 1. Heading": the ATX marks before the heading's text.
    if (node.type === "heading" && node.position && kids.length) {
      const s = at(node.position, false, 0);
      const first = at(kids[0]?.position, false, s);
      for (let i = s; i < first; i++) if (text[i] === "#") drop[i] = 1;
    }
    for (const k of kids) walk(k);
  };
  const flush = (): void => {
    if (parts.length) walk(remark().parse(parts.join("\n\n")));
    parts.length = 0;
    pieces.length = 0;
    joinedLength = 0;
  };
  for (const [start, end] of blocks(text)) {
    const block = text.slice(start, end);
    // remark's emphasis matching is quadratic on long runs of marks: a huge
    // block skips it (its stray `*` are still dropped below).
    if (!hasMarks(block) || block.length > 20000 || !EMPHASIS.test(block)) continue;
    pieces.push({ at: joinedLength, start });
    parts.push(block);
    joinedLength += block.length + 2;
    // An open code fence would run on into the next blocks: such a block is read alone.
    if (FENCE.test(block)) flush();
  }
  flush();
  // `_{…}` subscripts (typist initials after "Lưu: VT"): dropped with their content.
  for (const m of text.matchAll(/_\{[^}\n]{0,40}\}/g)) {
    for (let i = m.index; i < m.index + m[0].length; i++) drop[i] = 1;
  }
  // Backslash escapes ("1\\. ", "\\*"): the backslash goes, the character stays.
  for (const m of text.matchAll(/\\(?=[!-/:-@[-`{-~])/g)) drop[m.index] = 1;
  // Stray literal asterisks glued to words, left by broken markdown. A lone `*` line stays.
  const lone = new Set<number>();
  for (const m of text.matchAll(/^[ ]*\*[ ]*$/gm)) lone.add(m.index + m[0].indexOf("*"));
  for (const m of text.matchAll(/\*+/g)) {
    if (lone.has(m.index)) continue;
    for (let i = m.index; i < m.index + m[0].length; i++) drop[i] = 1;
  }
  const out = new ViewBuilder(view);
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || drop[i]) {
      out.keep(run, i);
      run = i + 1;
    }
  }
  return out.build();
}

/** [start, end) of each run of non-blank lines. */
function blocks(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    const blank = text.slice(pos, nl).trim() === "";
    if (!blank && start < 0) start = pos;
    if (blank && start >= 0) {
      out.push([start, pos - 1]);
      start = -1;
    }
    if (nl === text.length) break;
    pos = nl + 1;
  }
  if (start >= 0) out.push([start, text.length]);
  return out;
}
