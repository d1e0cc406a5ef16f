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
import { createRequire } from "node:module";
import { ViewBuilder, type View } from "../util/text.js";

interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}
type Processor = { parse(text: string): MdNode };

let processor: Processor | undefined;

/** Builds the remark processor once (lazily: only documents with marks pay for it). */
function remark(): Processor {
  if (processor) return processor;
  const require = createRequire(import.meta.url);
  const { unified } = require("unified") as typeof import("unified");
  const remarkParse = (require("remark-parse") as { default: typeof import("remark-parse").default }).default;
  const p = unified().use(remarkParse);
  p.data("micromarkExtensions", [{ disable: { null: ["codeIndented", "htmlFlow", "htmlText"] } }]);
  p.freeze();
  processor = p as unknown as Processor;
  return processor;
}

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
  const tree = remark().parse(text);
  const walk = (node: MdNode): void => {
    const kids = node.children ?? [];
    if ((node.type === "strong" || node.type === "emphasis") && node.position && kids.length) {
      const s = node.position.start.offset ?? 0;
      const e = node.position.end.offset ?? 0;
      const first = kids[0]?.position?.start.offset ?? s;
      const last = kids[kids.length - 1]?.position?.end.offset ?? e;
      for (let i = s; i < first; i++) if (text[i] === "*" || text[i] === "_") drop[i] = 1;
      for (let i = last; i < e; i++) if (text[i] === "*" || text[i] === "_") drop[i] = 1;
    }
    // "## 1. Heading": the ATX marks before the heading's text.
    if (node.type === "heading" && node.position && kids.length) {
      const s = node.position.start.offset ?? 0;
      const first = kids[0]?.position?.start.offset ?? s;
      for (let i = s; i < first; i++) if (text[i] === "#") drop[i] = 1;
    }
    for (const k of kids) walk(k);
  };
  walk(tree);
  // `_{…}` subscripts (typist initials after "Lưu: VT"): dropped with their content.
  for (const m of text.matchAll(/_\{[^}\n]{0,40}\}/g)) {
    for (let i = m.index; i < m.index + m[0].length; i++) drop[i] = 1;
  }
  // Backslash escapes ("1\\. ", "\\*"): the backslash goes, the character stays.
  for (const m of text.matchAll(/\\(?=[!-/:-@[-`{-~])/g)) drop[m.index] = 1;
  // Stray literal asterisks glued to words, left by broken markdown. A lone `*` line stays.
  for (const m of text.matchAll(/\*+/g)) {
    const lineStart = text.lastIndexOf("\n", m.index - 1) + 1;
    let lineEnd = text.indexOf("\n", m.index);
    if (lineEnd < 0) lineEnd = text.length;
    if (text.slice(lineStart, lineEnd).trim() === "*") continue;
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
