/**
 * Paragraphs → the directive tree, the preamble and the closing.
 *
 * Nesting follows the order in which marker kinds first appear (the eslint
 * of lists: "I." then "1." then "a)" then "-"): a marker of a kind already
 * open closes everything below it. An unmarked paragraph continues the
 * innermost open item. Trailing paragraphs that are closing formulas
 * ("Thông báo để các đồng chí biết, thực hiện.") form the closing. A text
 * with no markers at all turns each paragraph from the first assigning one
 * into an item with `marker: null`.
 */
import type { Paragraph } from "./paragraphs.js";

/** An item of the tree before extraction. */
export interface Node {
  marker: string | null;
  kind: string | null;
  path: string | null;
  paragraphs: Paragraph[];
  children: Node[];
}

/** The body read as a tree. */
export interface Tree {
  preamble: Paragraph[];
  items: Node[];
  closing: Paragraph[];
  /** Numbering that skips or repeats ("1., 2., 4." or "2., 2."): reported, the tree kept. */
  numbering: { rule: "numbering-gap" | "numbering-duplicate"; paragraph: Paragraph; message: string }[];
}

const LETTERS = "abcdđeghiklmnopqrstuvxy";
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** The ordinal a marker stands for (last part of "1.2."), or null for dashes and articles' text. */
export function ordinal(marker: string, kind: string): number | null {
  const core = marker.replace(/^(?:Điều|Chương|CHƯƠNG|Phần|PHẦN)\s+/u, "").replace(/[.):\s]+$/u, "");
  if (kind === "letter") {
    const i = LETTERS.indexOf(core);
    return i < 0 ? null : i + 1;
  }
  if (kind === "roman" || ((kind === "chapter" || kind === "part") && /^[IVXLC]+$/u.test(core))) {
    let n = 0;
    for (let i = 0; i < core.length; i++) {
      const v = ROMAN[core[i] as string] ?? 0;
      n += v < (ROMAN[core[i + 1] as string] ?? 0) ? -v : v;
    }
    return n || null;
  }
  if (kind === "arabic" || kind === "article" || kind === "chapter" || kind === "part" || kind.startsWith("decimal")) {
    const n = Number(core.split(".").pop());
    return Number.isInteger(n) ? n : null;
  }
  return null;
}

/** Gaps and repeats among siblings, depth first. */
function checkNumbering(items: Node[], out: Tree["numbering"]): void {
  let prev: Node | null = null;
  for (const n of items) {
    const p = n.paragraphs[0] as Paragraph;
    const here = n.marker && n.kind ? ordinal(n.marker, n.kind) : null;
    const before = prev?.marker && prev.kind && prev.kind === n.kind ? ordinal(prev.marker, prev.kind) : null;
    if (here !== null && before !== null) {
      if (here === before) out.push({ rule: "numbering-duplicate", paragraph: p, message: `item "${n.marker}" repeats the number of the item before it` });
      else if (here > before + 1) out.push({ rule: "numbering-gap", paragraph: p, message: `item "${n.marker}" follows "${prev!.marker}": numbering skips` });
    }
    checkNumbering(n.children, out);
    prev = n;
  }
}

/** Options: closing formulas and what makes a paragraph assign work. */
export interface TreeOptions {
  isClosing: (p: Paragraph) => boolean;
  assigns: (p: Paragraph) => boolean;
}

/** Rank of marker kinds: articles and sections above numbers above letters above dashes. */
const RANK: Record<string, number> = { part: -2, chapter: -1, article: 0, roman: 0, arabic: 1, decimal2: 1, decimal3: 1, letter: 2, dash: 3, plus: 3, bullet: 3 };

/** Builds the directive tree of a body. */
export function buildTree(paragraphs: Paragraph[], opts: TreeOptions): Tree {
  let end = paragraphs.length;
  while (end > 0) {
    const p = paragraphs[end - 1] as Paragraph;
    if (p.marker === null && opts.isClosing(p)) end--;
    else break;
  }
  const closing = paragraphs.slice(end);
  const body = paragraphs.slice(0, end);
  const preamble: Paragraph[] = [];
  const items: Node[] = [];

  if (!body.some((p) => p.marker !== null)) {
    let started = false;
    for (const p of body) {
      if (!started && opts.assigns(p)) started = true;
      if (started) items.push({ marker: null, kind: null, path: String(items.length + 1), paragraphs: [p], children: [] });
      else preamble.push(p);
    }
    return { preamble, items, closing, numbering: [] };
  }

  // Markers of a lower rank before the first item of the top rank (a "- Căn
  // cứ …" list above "1.") belong to the preamble, not to the tree.
  const top = body.reduce((min, p) => (p.kind === null ? min : Math.min(min, RANK[p.kind as string] ?? 3)), Infinity);
  const firstTop = body.findIndex((p) => p.kind !== null && (RANK[p.kind] ?? 3) === top);
  const stack: Node[] = [];
  for (const [n, p] of body.entries()) {
    if (n < firstTop) {
      preamble.push(p);
      continue;
    }
    if (p.marker === null) {
      const top = stack[stack.length - 1];
      if (top) top.paragraphs.push(p);
      else preamble.push(p);
      continue;
    }
    const at = stack.findIndex((n) => n.kind === p.kind);
    if (at >= 0) stack.length = at;
    const parent = stack[stack.length - 1];
    const siblings = parent ? parent.children : items;
    const path = (parent?.path ? parent.path + "." : "") + String(siblings.length + 1);
    const node: Node = { marker: p.marker, kind: p.kind, path, paragraphs: [p], children: [] };
    siblings.push(node);
    stack.push(node);
  }
  const numbering: Tree["numbering"] = [];
  checkNumbering(items, numbering);
  return { preamble, items, closing, numbering };
}
