/**
 * Body lines → paragraphs: footnotes pulled out, page breaks joined, list
 * markers read.
 *
 * A paragraph split by a page break (it does not end a sentence and the next
 * one starts in lowercase) is joined, even across a footnote printed at the
 * foot of the page.
 */
import type { Line } from "../util/lines.js";

/** A paragraph: its parts (line slices of the view), text and marker. */
export interface Paragraph {
  /** Text with the marker removed, page-break parts joined by a space. */
  text: string;
  /** View offsets of the paragraph's first and last character. */
  start: number;
  end: number;
  /** Offset where the text after the marker starts. */
  textStart: number;
  marker: string | null;
  kind: string | null;
  /** Each part's view offset and text, for locating matches. */
  parts: Part[];
}

/** A line slice of a paragraph; `gap` characters join it to the part before (1: a space, 0: a hyphenated word). */
export interface Part {
  start: number;
  text: string;
  gap?: number;
}

/** A footnote line ("¹ Thông báo số …"). */
export interface FootnoteLine {
  marker: string;
  text: string;
  start: number;
  end: number;
}

const FOOTNOTE = /^([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*(.+)$/u;
/** A page number printed between pages ("2", "- 3 -", "Trang 4"): page furniture, not text. */
const PAGE_NUMBER = /^[-–\s]*(?:Trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?[-–\s]*$/u;
const TERMINAL = /[.:;!?…"”)\]]$|\/\.$/u;

interface MarkerRule {
  kind: string;
  re: RegExp;
}
/** Markers in the order they are tried; `kind` decides nesting. */
const MARKERS: MarkerRule[] = [
  { kind: "part", re: /^((?:Phần|PHẦN)\s+(?:[IVXLC]+|\d+|thứ\s+\S+)\s*[.:]?)\s*/u },
  { kind: "chapter", re: /^((?:Chương|CHƯƠNG)\s+(?:[IVXLC]+|\d+)\s*[.:]?)\s*/u },
  { kind: "article", re: /^(Điều\s+\d+[a-z]?\s*[.:]?)\s*/u },
  { kind: "roman", re: /^([IVXLC]+\.)\s+/u },
  // Sub-numbers have 1-2 digits: "1.000 người" is a quantity, not item 1.0.
  { kind: "decimal3", re: /^(\d{1,2}\.\d{1,2}\.\d{1,2}\.?)\s+/u },
  { kind: "decimal2", re: /^(\d{1,2}\.\d{1,2}\.?)\s+/u },
  { kind: "arabic", re: /^(\d{1,2}[.)])\s+/u },
  { kind: "letter", re: /^([a-zđ]\))\s+/u },
  { kind: "dash", re: /^([-–—])\s*(?=\S)/u },
  { kind: "plus", re: /^(\+)\s*(?=\S)/u },
  { kind: "bullet", re: /^([•●▪])\s*/u },
];

/** Reads the marker at the start of a paragraph. */
export function readMarker(text: string): { marker: string; kind: string; length: number } | null {
  for (const r of MARKERS) {
    const m = r.re.exec(text);
    if (m) {
      // "1.000 người" or "2021 - 2022" are not markers; a dash must be followed by a letter.
      if (r.kind === "dash" && !/^[-–—]\s*[\p{L}"“(]/u.test(text)) continue;
      return { marker: (m[1] as string).replace(/\s+/g, " ").trim(), kind: r.kind, length: m[0].length };
    }
  }
  return null;
}

/** Splits body lines into paragraphs and footnotes. */
export function readParagraphs(lines: Line[]): { paragraphs: Paragraph[]; footnotes: FootnoteLine[] } {
  const footnotes: FootnoteLine[] = [];
  const paragraphs: Paragraph[] = [];
  for (const line of lines) {
    const fn = FOOTNOTE.exec(line.text);
    if (fn) {
      footnotes.push({ marker: fn[1] as string, text: fn[2] as string, start: line.start, end: line.end });
      continue;
    }
    if (PAGE_NUMBER.test(line.text)) continue;
    const prev = paragraphs[paragraphs.length - 1];
    const marker = readMarker(line.text);
    if (prev && !marker && !TERMINAL.test(prev.text) && /^\p{Ll}/u.test(line.text)) {
      const last = prev.parts[prev.parts.length - 1] as Part;
      if (/\p{Ll}-$/u.test(prev.text)) {
        // "giãn cá-" + "ch": a word hyphenated at the end of a line.
        last.text = last.text.slice(0, -1);
        prev.text = prev.text.slice(0, -1) + line.text;
        prev.parts.push({ start: line.start, text: line.text, gap: 0 });
      } else {
        prev.text += " " + line.text;
        prev.parts.push({ start: line.start, text: line.text, gap: 1 });
      }
      prev.end = line.end;
      continue;
    }
    const cut = marker ? marker.length : 0;
    paragraphs.push({
      text: line.text.slice(cut),
      start: line.start,
      end: line.end,
      textStart: line.start + cut,
      marker: marker?.marker ?? null,
      kind: marker?.kind ?? null,
      parts: [{ start: line.start + cut, text: line.text.slice(cut) }],
    });
  }
  return { paragraphs, footnotes };
}

/** View offset of character `i` of a paragraph's joined text. */
export function offsetIn(p: Paragraph, i: number): number {
  let at = 0;
  for (const [k, part] of p.parts.entries()) {
    if (k > 0) at += part.gap ?? 1;
    if (i <= at + part.text.length) return part.start + Math.max(0, i - at);
    at += part.text.length;
  }
  const last = p.parts[p.parts.length - 1] as Part;
  return last.start + last.text.length;
}
