/**
 * Texts derived from the decoded source, each with a map back to it.
 *
 * Every stage that changes the text (normalisation, markup removal) produces
 * a new `View` whose `map[i]` is the offset in the decoded text of its
 * character `i`. Spans are therefore always computed in the decoded text,
 * and raw values are sliced from it, never rebuilt.
 */
import type { Point, Span } from "../model/schema.js";

const COMBINING = /\p{M}/u;
/** A character reference in HTML ("&amp;", "&#7879;", "&#x1EC7;"): groups 1 hex, 2 decimal, 3 name. Sticky: set lastIndex. */
export const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));?/y;

/** The decoded source text and its line index. */
export interface Source {
  readonly text: string;
  /** Offsets where each line starts (line 1 at index 0). */
  readonly lineStarts: readonly number[];
  /** An HTML page: a character may stand for a whole reference ("&agrave;"). */
  readonly html?: boolean;
}

/** A text derived from a `Source`, with an offset map back into it. */
export interface View {
  readonly text: string;
  /** `map[i]` = decoded offset of `text[i]`; `map[text.length]` = decoded end. */
  readonly map: Int32Array;
  readonly source: Source;
}

/** Indexes line starts; CRLF, CR and LF all end a line. `html`: the text is an HTML page. */
export function makeSource(text: string, html = false): Source {
  const lineStarts: number[] = [0];
  const source = html ? { text, lineStarts, html } : { text, lineStarts };
  if (!text.includes("\r")) {
    // LF only (most texts): a native search per line.
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
    return source;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lineStarts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      lineStarts.push(i + 1);
    }
  }
  return source;
}

/** The identity view of a source. */
export function identityView(source: Source): View {
  return { text: source.text, map: identity(source.text.length + 1), source };
}

/** Identity maps share one buffer (maps are never written): up to this many entries it is kept. */
const SHARED_IDENTITY_MAX = 1 << 20;
let sharedIdentity = new Int32Array(0);

/** An identity map of `n` entries (`map[i] === i`). */
function identity(n: number): Int32Array {
  if (n > SHARED_IDENTITY_MAX) {
    const map = new Int32Array(n);
    for (let i = 0; i < n; i++) map[i] = i;
    return map;
  }
  if (sharedIdentity.length < n) {
    const size = Math.min(SHARED_IDENTITY_MAX, Math.max(n, sharedIdentity.length * 2, 1 << 14));
    sharedIdentity = new Int32Array(size);
    for (let i = 0; i < size; i++) sharedIdentity[i] = i;
  }
  return sharedIdentity.subarray(0, n);
}

/** 1-based line/column and 0-based offset of a decoded offset. */
export function pointAt(source: Source, offset: number): Point {
  const starts = source.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1, offset };
}

/** The span in the decoded text of `view.text.slice(start, end)`. */
export function spanOf(view: View, start: number, end: number): Span {
  const s = view.map[start] as number;
  let e = end > start ? (view.map[end - 1] as number) + 1 : s;
  // A character composed by NFC maps to its first code point: take its marks too.
  const src = view.source.text;
  while (e < src.length && e > s && COMBINING.test(src[e] as string)) e++;
  // In a page, a character that was a reference ends where the reference ends.
  if (view.source.html && src.charCodeAt(e - 1) === 38) {
    REFERENCE.lastIndex = e - 1;
    e += (REFERENCE.exec(src)?.[0].length ?? 1) - 1;
  }
  return { start: pointAt(view.source, s), end: pointAt(view.source, Math.max(s, e)) };
}

/** The decoded text a span covers: how `raw` values are obtained. */
export function sliceSpan(source: Source, span: Span): string {
  return source.text.slice(span.start.offset, span.end.offset);
}

/** Builds a derived view piece by piece. */
export class ViewBuilder {
  private readonly chars: string[] = [];
  private offsets: Int32Array;
  private length = 0;
  constructor(private readonly from: View) {
    this.offsets = new Int32Array(from.text.length + 16);
  }

  private reserve(n: number): void {
    if (this.length + n <= this.offsets.length) return;
    const next = new Int32Array(Math.max(this.offsets.length * 2, this.length + n + 16));
    next.set(this.offsets.subarray(0, this.length));
    this.offsets = next;
  }

  /** Keeps `from.text[start, end)` unchanged. */
  keep(start: number, end: number): void {
    if (end <= start) return;
    this.chars.push(this.from.text.slice(start, end));
    this.reserve(end - start);
    this.offsets.set(this.from.map.subarray(start, end), this.length);
    this.length += end - start;
  }

  /** Emits `text` in place of `from.text[start, end)`; every new character maps to `start`. */
  replace(start: number, text: string): void {
    if (!text) return;
    this.chars.push(text);
    this.reserve(text.length);
    this.offsets.fill(this.from.map[start] as number, this.length, this.length + text.length);
    this.length += text.length;
  }

  build(endAt: number = this.from.text.length): View {
    const text = this.chars.join("");
    const map = new Int32Array(text.length + 1);
    map.set(this.offsets.subarray(0, this.length));
    map[text.length] = this.from.map[endAt] as number;
    return { text, map, source: this.from.source };
  }
}

/** Collapses runs of whitespace to one space and trims. */
export function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
