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
}

/** Options: closing formulas and what makes a paragraph assign work. */
export interface TreeOptions {
  isClosing: (p: Paragraph) => boolean;
  assigns: (p: Paragraph) => boolean;
}

/** Rank of marker kinds: articles and sections above numbers above letters above dashes. */
const RANK: Record<string, number> = { article: 0, roman: 0, arabic: 1, decimal2: 1, decimal3: 1, letter: 2, dash: 3, plus: 3, bullet: 3 };

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
    return { preamble, items, closing };
  }

  // Markers of a lower rank before the first item of the top rank (a "- Căn
  // cứ …" list above "1.") belong to the preamble, not to the tree.
  const top = Math.min(...body.filter((p) => p.kind !== null).map((p) => RANK[p.kind as string] ?? 3));
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
  return { preamble, items, closing };
}
