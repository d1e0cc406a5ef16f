/**
 * Lines and cells of a view: the unit the segmenter classifies.
 *
 * A cell is a run of text separated from its neighbours by 2+ spaces (what
 * remains of a tab-flattened two-column layout after normalisation).
 */
import type { View } from "./text.js";

/** A piece of a line with its offsets in the view. */
export interface Cell {
  text: string;
  start: number;
  end: number;
}

/** A line of the view: its trimmed text, offsets and cells. */
export interface Line extends Cell {
  index: number;
  cells: Cell[];
  blank: boolean;
}

/** Splits a view into lines (trimmed) and cells. */
export function splitLines(view: View): Line[] {
  const text = view.text;
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    const rawLine = text.slice(pos, nl);
    const lead = rawLine.length - rawLine.trimStart().length;
    const trimmed = rawLine.trim();
    const start = pos + lead;
    const cells: Cell[] = [];
    for (const m of rawLine.matchAll(/\S+(?: \S+)*/g)) {
      cells.push({ text: m[0], start: pos + m.index, end: pos + m.index + m[0].length });
    }
    lines.push({ index: lines.length, text: trimmed, start, end: start + trimmed.length, cells, blank: trimmed === "" });
    if (nl === text.length) break;
    pos = nl + 1;
  }
  return lines;
}
