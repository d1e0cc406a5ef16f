/**
 * Stage 3c: an HTML page → the text a reader sees, as a view into the page.
 *
 * The parser (./html-parser.ts, rehype-parse) gives a hast tree whose
 * nodes know their offsets in the decoded page. Text nodes are walked
 * back onto the page so every character keeps its offset: white space
 * collapses as a browser collapses it, an entity ("&agrave;") stands at its
 * own offset. Block elements end lines, paragraphs and tables are set off
 * by blank lines, and a table row is one line per text line with its
 * cells side by side (two spaces apart), as a two-column header flattened
 * to text reads. What is never the article is left out: the elements,
 * roles and class words of `grammars/web.yaml`, hidden elements, a page
 * header outside the article, and link lists (menus, "related" boxes).
 */
import { decodeNamedCharacterReference } from "decode-named-character-reference";
import type { Grammar } from "../grammar/index.js";
import { identityView, REFERENCE, ViewBuilder, type Source, type View } from "../util/text.js";

/** A hast node, as far as this stage reads it. */
export interface HtmlNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HtmlNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}
/** The root of a parsed page. */
export type HtmlRoot = HtmlNode;
/** Parses a page (./html-parser.ts). */
export type HtmlParser = (text: string) => HtmlRoot;

/** Source characters kept as they are, or text standing at an offset (a space, an entity's character, a line break). */
type Piece = { start: number; end: number } | { text: string; at: number };

/** Elements that start and end a line. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set(
  "address article aside blockquote body center dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section summary table tbody thead tfoot tr td th ul caption".split(" "),
);
/** Blocks set off by a blank line, like a paragraph. */
const PARAGRAPH = new Set("p h1 h2 h3 h4 h5 h6 table ul ol blockquote pre figure hr".split(" "));
/** Blocks that hold one line of a title when centred ("<p align=center>", a centred div or heading). */
const TITLE_LINE = new Set("p div h1 h2 h3 h4 h5 h6".split(" "));
/** A page header inside one of these is the article's own (its headline): kept. */
const ARTICLE = new Set(["article", "main"]);
/** HTML's white space: space, tab, LF, FF, CR. */
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

/** Collects lines of pieces: the text a browser would show. */
class Lines {
  readonly lines: Piece[][] = [[]];
  /** Before the next text: 0 nothing, 1 a line break, 2 a blank line. */
  private gap = 0;
  /** Offset of a white-space run waiting to become one space, or -1. */
  private space = -1;
  private any = false;
  /** The last block was a centred paragraph. */
  centredRun = false;

  /** Ends the line (`blank`: and leaves a blank line) before any further text. */
  gapAfter(blank: boolean): void {
    this.gap = Math.max(this.gap, blank ? 2 : 1);
    this.space = -1;
  }

  /** A white-space run at `offset`: one space if text follows on the line. */
  spaceAt(offset: number): void {
    if (this.space < 0 && this.current().length) this.space = offset;
  }

  push(piece: Piece): void {
    if (this.gap && this.any) {
      if (this.current().length) this.lines.push([]);
      if (this.gap === 2 && this.lines[this.lines.length - 2]?.length) this.lines.push([]);
    } else if (this.space >= 0) this.current().push({ text: " ", at: this.space });
    this.gap = 0;
    this.space = -1;
    this.any = true;
    this.current().push(piece);
  }

  private current(): Piece[] {
    return this.lines[this.lines.length - 1] as Piece[];
  }
}

/** What to leave out, from the grammar. */
interface Skips {
  tags: Set<string>;
  roles: Set<string>;
  classes: Set<string>;
}

/** Words of an element's class and id, lowercased ("box_related-news" → box, related, news). */
function classWords(p: Record<string, unknown>): string[] {
  const names = [...(Array.isArray(p.className) ? p.className : []), typeof p.id === "string" ? p.id : ""];
  return names.flatMap((n) => String(n).toLowerCase().split(/[-_\s]+/u)).filter(Boolean);
}

/** Text inside a node: all of it, the part inside links, and the links. */
interface LinkCount {
  all: number;
  linked: number;
  links: number;
}
const counted = new WeakMap<HtmlNode, LinkCount>();

/** The node's LinkCount, each node counted once (a page's nested boxes are asked about one inside another). */
function linkText(n: HtmlNode): LinkCount {
  let c = counted.get(n);
  if (c) return c;
  c = { all: n.type === "text" ? (n.value ?? "").trim().length : 0, linked: 0, links: 0 };
  for (const child of n.children ?? []) {
    const k = linkText(child);
    c.all += k.all;
    c.linked += k.linked;
    c.links += k.links;
  }
  if (n.type === "element" && n.tagName === "a") {
    c.linked = c.all;
    c.links++;
  }
  counted.set(n, c);
  return c;
}

/** True for an element a reader never takes for the article. */
function skipped(n: HtmlNode, skips: Skips, inArticle: boolean): boolean {
  const tag = n.tagName as string;
  const p = n.properties ?? {};
  if (skips.tags.has(tag) || (tag === "header" && !inArticle)) return true;
  if (p.hidden !== undefined && p.hidden !== false) return true;
  if (p.ariaHidden === "true" || (typeof p.role === "string" && skips.roles.has(p.role))) return true;
  if (typeof p.style === "string" && /display\s*:\s*none|visibility\s*:\s*hidden/iu.test(p.style)) return true;
  if (classWords(p).some((w) => skips.classes.has(w))) return true;
  // A list or box of three links or more that is nearly all link text: a menu or a related-links list.
  if (tag === "ul" || tag === "ol" || tag === "div" || tag === "section" || tag === "table") {
    const t = linkText(n);
    if (t.links >= 3 && t.linked >= 0.8 * t.all) return true;
  }
  return false;
}

/** Walks a text node's source back against its value: kept runs, collapsed spaces, entities at their offsets. */
function addText(out: Lines, page: string, n: HtmlNode, pre: boolean): void {
  const value = n.value ?? "";
  const start = n.position?.start.offset;
  const end = n.position?.end.offset;
  if (start === undefined || end === undefined) return;
  let i = start;
  let j = 0;
  let run = -1; // start of the kept run in progress
  const flush = (): void => {
    if (run >= 0 && i > run) out.push({ start: run, end: i });
    run = -1;
  };
  while (i < end && j < value.length) {
    const c = page[i] as string;
    const code = page.charCodeAt(i);
    if (!pre && isSpace(code)) {
      flush();
      out.spaceAt(i);
      while (i < end && isSpace(page.charCodeAt(i))) i++;
      while (j < value.length && isSpace(value.charCodeAt(j))) j++;
      continue;
    }
    if (pre && (code === 10 || code === 13)) {
      flush();
      out.gapAfter(false);
      i += c === "\r" && page[i + 1] === "\n" ? 2 : 1;
      j++;
      continue;
    }
    if (c === value[j] && c !== "&") {
      if (run < 0) run = i;
      i++;
      j++;
      continue;
    }
    flush();
    const decoded = c === "&" ? entityAt(page, i) : null;
    if (decoded && value.startsWith(decoded.text, j)) {
      out.push({ text: decoded.text, at: i });
      i += decoded.length;
      j += decoded.text.length;
    } else {
      out.push({ text: value[j] as string, at: i }); // a character the parser changed: kept at this offset
      i++;
      j++;
    }
  }
  flush();
  if (j < value.length) out.push({ text: value.slice(j), at: Math.max(start, end - 1) });
}

/** The character reference at `i`, decoded, with its length in the page; null when there is none. */
function entityAt(page: string, i: number): { text: string; length: number } | null {
  REFERENCE.lastIndex = i;
  const m = REFERENCE.exec(page);
  if (!m) return null;
  let text: string | false = false;
  if (m[1] || m[2]) {
    const cp = parseInt((m[1] ?? m[2]) as string, m[1] ? 16 : 10);
    text = cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : false;
  } else text = decodeNamedCharacterReference(m[3] as string);
  return text === false ? null : { text, length: m[0].length };
}

/** A text with its character references decoded (what the parser gives a text node). */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  let out = "";
  let last = 0;
  for (let i = text.indexOf("&"); i >= 0; i = text.indexOf("&", i + 1)) {
    const e = entityAt(text, i);
    if (!e) continue;
    out += text.slice(last, i) + e.text;
    last = i + e.length;
    i = last - 1;
  }
  return out + text.slice(last);
}

/** Renders a node's children into `out`. */
function render(n: HtmlNode, out: Lines, page: string, skips: Skips, inArticle: boolean, pre: boolean): void {
  for (const c of n.children ?? []) {
    if (c.type === "text") addText(out, page, c, pre);
    else if (c.type === "element" && !skipped(c, skips, inArticle)) renderElement(c, out, page, skips, inArticle, pre);
  }
}

/** A centred block ("<p align=center>", "text-align: center"): title lines, often typed one paragraph each. */
function centred(n: HtmlNode): boolean {
  const p = n.properties ?? {};
  return p.align === "center" || (typeof p.style === "string" && /text-align\s*:\s*center/iu.test(p.style));
}

function renderElement(n: HtmlNode, out: Lines, page: string, skips: Skips, inArticle: boolean, pre: boolean): void {
  const tag = n.tagName as string;
  if (tag === "br") return out.gapAfter(false);
  if (tag === "tr") {
    out.gapAfter(false);
    renderRow(n, out, page, skips, inArticle);
    return out.gapAfter(false);
  }
  if (!BLOCK_TAGS.has(tag)) return render(n, out, page, skips, inArticle, pre);
  // Centred lines in a row stay one block (a title); a blank line sets the run off from what follows.
  const title = TITLE_LINE.has(tag) && centred(n) && !(n.children ?? []).some((c) => c.type === "element" && BLOCK_TAGS.has(c.tagName as string));
  const blank = PARAGRAPH.has(tag) || out.centredRun;
  out.gapAfter(blank && !(title && out.centredRun));
  out.centredRun = false;
  render(n, out, page, skips, inArticle || ARTICLE.has(tag), pre || tag === "pre");
  out.gapAfter(blank && !title);
  out.centredRun = title;
}

/** A table row: each cell rendered alone, then line k of every cell on one line, two spaces apart. */
function renderRow(row: HtmlNode, out: Lines, page: string, skips: Skips, inArticle: boolean): void {
  const cells = (row.children ?? []).filter((c) => c.type === "element" && (c.tagName === "td" || c.tagName === "th") && !skipped(c, skips, inArticle));
  const rendered = cells.map((cell) => {
    const lines = new Lines();
    render(cell, lines, page, skips, inArticle, false);
    return lines.lines.filter((l) => l.length);
  }).filter((c) => c.length);
  const height = Math.max(0, ...rendered.map((c) => c.length));
  for (let k = 0; k < height; k++) {
    let first = true;
    for (const line of rendered.map((c) => c[k])) {
      if (!line?.length) continue;
      const head = line[0] as Piece;
      if (!first) out.push({ text: "  ", at: "start" in head ? head.start : head.at });
      for (const piece of line) out.push(piece);
      first = false;
    }
    out.gapAfter(false);
  }
}

/** The text of an HTML page as a view into it (`source.text` is the decoded page). */
export function readHtml(source: Source, tree: HtmlRoot, g: Grammar): View {
  const web = g.data.web;
  const skips: Skips = {
    tags: new Set(web.htmlSkipTags.map((t) => t.text.toLowerCase())),
    roles: new Set(web.htmlSkipRoles.map((t) => t.text)),
    classes: new Set(web.htmlSkipClasses.map((t) => t.text.toLowerCase())),
  };
  const out = new Lines();
  render(tree, out, source.text, skips, false, false);
  const b = new ViewBuilder(identityView(source));
  let last = 0;
  out.lines.forEach((line, k) => {
    if (k > 0) b.replace(last, "\n");
    for (const p of line) {
      if ("start" in p) {
        b.keep(p.start, p.end);
        last = p.end;
      } else {
        b.replace(p.at, p.text);
        last = p.at;
      }
    }
  });
  return b.build();
}
