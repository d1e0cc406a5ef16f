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
  // Tabs are rare: most sources have none, and then no line needs looking at.
  const tabs = view.source.text.includes("\t");
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    const rawLine = text.slice(pos, nl);
    const lead = rawLine.length - rawLine.trimStart().length;
    const trimmed = rawLine.trim();
    const start = pos + lead;
    const cells: Cell[] = [];
    // Fast path: no double space and no tab in the source line → one cell.
    const src = view.source.text;
    const simple = !rawLine.includes("  ") && !(tabs && src.slice(view.map[pos] as number, view.map[nl] as number).includes("\t"));
    if (simple) {
      if (trimmed) cells.push({ text: trimmed, start, end: start + trimmed.length });
      lines.push({ index: lines.length, text: trimmed, start, end: start + trimmed.length, cells, blank: trimmed === "" });
      if (nl === text.length) break;
      pos = nl + 1;
      continue;
    }
    // A cell ends at 2+ spaces or at a space that was a tab in the source.
    let cellStart = -1;
    for (let k = 0; k <= rawLine.length; k++) {
      const ch = rawLine[k];
      const isSpace = ch === " " || ch === undefined;
      const tab = ch === " " && view.source.text[view.map[pos + k] as number] === "\t";
      const breaks = ch === undefined || tab || (isSpace && rawLine[k + 1] === " ");
      if (!isSpace && cellStart < 0) cellStart = k;
      if (cellStart >= 0 && isSpace && breaks) {
        const t = rawLine.slice(cellStart, k).trimEnd();
        if (t) cells.push({ text: t, start: pos + cellStart, end: pos + cellStart + t.length });
        cellStart = -1;
      }
    }
    lines.push({ index: lines.length, text: trimmed, start, end: start + trimmed.length, cells, blank: trimmed === "" });
    if (nl === text.length) break;
    pos = nl + 1;
  }
  return lines;
}
