/** Shared helpers for the per-stage unit tests: a text through the early stages. */
import { grammar } from "../../src/grammar/index.js";
import { stripMarkup } from "../../src/pipeline/markup.js";
import { normalize } from "../../src/pipeline/normalize.js";
import { splitLines, type Cell, type Line } from "../../src/util/lines.js";
import { makeSource, sliceSpan, spanOf, type View } from "../../src/util/text.js";

export const g = grammar();

/** The cleaned view of a text: normalised, markup stripped (as the pipeline does). */
export function viewOf(text: string): View {
  return stripMarkup(normalize(makeSource(text)));
}

/** The lines of a text's cleaned view. */
export function linesOf(text: string): Line[] {
  return splitLines(viewOf(text));
}

/** The decoded text a view range covers. */
export function sliceOf(view: View, start: number, end: number): string {
  return sliceSpan(view.source, spanOf(view, start, end));
}

/** A cell over `text` found in a view (first occurrence). */
export function cellIn(view: View, text: string): Cell {
  const start = view.text.indexOf(text);
  if (start < 0) throw new Error(`"${text}" not in view`);
  return { text, start, end: start + text.length };
}

/** Texts of cells. */
export const texts = (cells: readonly { text: string }[]): string[] => cells.map((c) => c.text);

/** The non-blank lines of a text, as the segmenter hands a body to the extractors. */
export function bodyLinesOf(text: string): Line[] {
  return linesOf(text).filter((l) => !l.blank);
}
