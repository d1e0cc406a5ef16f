/**
 * A page too deeply nested for the tree builder (thousands of unclosed
 * `<div>`s overflow its recursion) is read flat instead: tags become block
 * breaks or nothing, scripts, styles and comments are dropped, and the text
 * between them is kept, each text node with its offsets, as ./html.ts
 * expects. One forward scan: linear on any input.
 */
import { BLOCK_TAGS, decodeEntities, type HtmlNode, type HtmlRoot } from "./html.js";

const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)/y;

/** The page as a root whose children are text nodes and empty block elements, in order. */
export function flatTree(page: string): HtmlRoot {
  const children: HtmlNode[] = [];
  const lower = page.toLowerCase();
  let i = 0;
  while (i < page.length) {
    const lt = page.indexOf("<", i);
    const textEnd = lt < 0 ? page.length : lt;
    if (textEnd > i) children.push({ type: "text", value: decodeEntities(page.slice(i, textEnd)), position: { start: { offset: i }, end: { offset: textEnd } } });
    if (lt < 0) break;
    if (lower.startsWith("<!--", lt)) {
      const close = page.indexOf("-->", lt + 4);
      i = close < 0 ? page.length : close + 3;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(page);
    if (!m && page[lt + 1] !== "!" && page[lt + 1] !== "?") {
      children.push({ type: "text", value: "<", position: { start: { offset: lt }, end: { offset: lt + 1 } } });
      i = lt + 1;
      continue;
    }
    const gt = page.indexOf(">", lt);
    i = gt < 0 ? page.length : gt + 1;
    const name = (m?.[1] ?? "").toLowerCase();
    if (!m?.[0].startsWith("</") && (name === "script" || name === "style")) {
      const close = lower.indexOf(`</${name}`, i);
      i = close < 0 ? page.length : close;
    } else if (BLOCK_TAGS.has(name) || name === "br") children.push({ type: "element", tagName: name === "br" ? "br" : "div", properties: {}, children: [] });
  }
  return { type: "root", children };
}
