/**
 * Stage 4: lines → zones: header, addressees, body, recipients, signature.
 *
 * The header is read cell by cell (a tab-flattened two-column header puts
 * the issuer and the motto on one line): motto, issuer caps lines, number
 * line, place-and-date line, type line with its trích yếu, `V/v` block.
 * `Kính gửi:` opens the addressees; `Nơi nhận:` opens the closing, whose
 * cells are recipients or signature lines.
 */
import { groups, type Grammar } from "../grammar/index.js";
import { isAllCaps } from "../util/casing.js";
import type { Cell, Line } from "../util/lines.js";

/** The zones of a document (cells and lines point into the cleaned view). */
export interface Zones {
  issuer: Cell[];
  motto: Cell[];
  number: Cell | null;
  date: Cell | null;
  type: Cell | null;
  title: Cell[];
  /** The title came from a `V/v` block (a công văn). */
  vv: boolean;
  kinhGui: Cell | null;
  addressees: Cell[][];
  body: Line[];
  recipients: Cell[][];
  nơiNhận: Cell | null;
  signature: Cell[];
}

const MOTTO = /^(?:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc|ĐẢNG CỘNG SẢN VIỆT NAM)$/iu;
const RULE = /^(?:[-–—_=*~.]\s*){1,}$/u;
const VV = /^V\/v\b/u;
const KINH_GUI = /^Kính gửi\s*:?/u;
const NOI_NHAN = /^Nơi nhận\s*:?/u;
const ENTRY = /^[-–+•]\s*/u;
/** Signing authority prefixes: T/M, TM., K/T, KT., T/L, TL., TUQ., Q. */
export const AUTHORITY = /^(T\/M|K\/T|T\/L|TM\.|KT\.|TL\.|TUQ\.|Q\.)\s*(.*)$/u;
const SIGNED_NOTE = /^\(?\s*(?:đã ký|Đã ký|ĐÃ KÝ|ký|Ký)(?:\s+và đóng dấu)?\s*\)?$/u;
/** A person's name: 2-5 capitalised words. */
export const PERSON = /^\p{Lu}[\p{Ll}]*(?:\s\p{Lu}[\p{Ll}]*){1,4}$/u;

/** True when a cell opens or continues a signature block. */
function isSignatureCell(text: string): boolean {
  return AUTHORITY.test(text) || SIGNED_NOTE.test(text) || (isAllCaps(text) && text.length <= 60 && !MOTTO.test(text)) || PERSON.test(text);
}

/** Splits lines into zones. `fromLine` skips lines already consumed (none for documents). */
export function segment(lines: Line[], g: Grammar): Zones {
  const z: Zones = {
    issuer: [], motto: [], number: null, date: null, type: null, title: [], vv: false,
    kinhGui: null, addressees: [], body: [], recipients: [], nơiNhận: null, signature: [],
  };
  const numberRe = g.patterns.numberLine;
  const dateRe = g.patterns.dateLine;
  const isTypeLine = (t: string): boolean => isAllCaps(t) && g.typeByName.has(t.toLowerCase().replace(/\s+/g, " "));

  // Closing: the last "Nơi nhận:" line.
  let closing = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const cells = (lines[i] as Line).cells;
    if (cells.some((c) => NOI_NHAN.test(c.text))) {
      closing = i;
      break;
    }
  }

  // Header.
  let i = 0;
  let issuerOpen = true;
  let headerEnd = -1;
  const isHeaderCell = (t: string): boolean =>
    MOTTO.test(t) || RULE.test(t) || numberRe!.re.test(t) || dateRe!.re.test(t) || VV.test(t) || isTypeLine(t) || KINH_GUI.test(t);
  scan: for (; i < closing; i++) {
    const line = lines[i] as Line;
    if (line.blank) {
      continue;
    }
    for (const cell of line.cells) {
      const t = cell.text;
      if (MOTTO.test(t)) {
        z.motto.push(cell);
        issuerOpen = z.issuer.length === 0;
      } else if (RULE.test(t)) {
        if (z.issuer.length) issuerOpen = false;
      } else if (numberRe && numberRe.re.test(t)) {
        z.number = cell;
        issuerOpen = false;
      } else if (dateRe && dateRe.re.test(t)) {
        z.date = cell;
        issuerOpen = false;
      } else if (VV.test(t)) {
        z.vv = true;
        z.title.push(cell);
        // Continuation lines of the V/v block, until a blank line or a header cell.
        while (i + 1 < closing) {
          const next = lines[i + 1] as Line;
          if (next.blank || next.cells.length !== 1 || isHeaderCell(next.text)) break;
          z.title.push(next.cells[0] as Cell);
          i++;
        }
        continue scan;
      } else if (KINH_GUI.test(t)) {
        z.kinhGui = cell;
        i = readAddressees(lines, i, closing, cell, z);
        headerEnd = i;
        break scan;
      } else if (isTypeLine(t) && !z.type) {
        z.type = cell;
        i = readTitle(lines, i + 1, closing, z);
        headerEnd = i;
        // A Kính gửi block may follow the title (a công văn with a type line).
        let j = i;
        while (j < closing && (lines[j] as Line).blank) j++;
        const nx = lines[j];
        if (nx && KINH_GUI.test(nx.text)) {
          z.kinhGui = nx.cells[0] as Cell;
          headerEnd = readAddressees(lines, j, closing, z.kinhGui, z);
        }
        break scan;
      } else if (isAllCaps(t) && issuerOpen && !z.date && t.length <= 80) {
        z.issuer.push(cell);
      } else {
        headerEnd = i;
        break scan;
      }
    }
  }
  if (headerEnd < 0) headerEnd = i;

  // Closing zone: recipients and signature cells.
  let bodyEnd = closing;
  if (closing < lines.length) {
    const nn = (lines[closing] as Line).cells;
    for (const c of nn) {
      if (NOI_NHAN.test(c.text)) {
        z.nơiNhận = c;
        const rest = c.text.replace(NOI_NHAN, "").trim();
        if (rest) z.recipients.push([{ text: rest, start: c.end - rest.length, end: c.end }]);
      } else z.signature.push(c);
    }
    let inSignature = false;
    for (let k = closing + 1; k < lines.length; k++) {
      const line = lines[k] as Line;
      if (line.blank) continue;
      for (const c of line.cells) {
        const last = z.recipients[z.recipients.length - 1];
        if (!inSignature && ENTRY.test(c.text)) {
          z.recipients.push([c]);
        } else if (!inSignature && last && /^\p{Ll}/u.test(c.text)) {
          last.push(c);
        } else if (isSignatureCell(c.text)) {
          z.signature.push(c);
          inSignature = true;
        } else if (!inSignature && last && !/[.;,]$/.test((last[last.length - 1] as Cell).text)) {
          last.push(c);
        }
      }
    }
    // Signature lines written just above "Nơi nhận:" (two columns flattened the other way).
    let k = closing - 1;
    const above: Cell[] = [];
    while (k > headerEnd && ((lines[k] as Line).blank || isSignatureCell((lines[k] as Line).text))) {
      if (!(lines[k] as Line).blank) above.unshift(...(lines[k] as Line).cells);
      k--;
    }
    if (above.some((c) => AUTHORITY.test(c.text) || PERSON.test(c.text))) {
      z.signature.unshift(...above);
      bodyEnd = k + 1;
    }
  } else {
    // No "Nơi nhận:": a trailing run of signature lines.
    let k = lines.length - 1;
    const tail: Cell[] = [];
    while (k > headerEnd && ((lines[k] as Line).blank || isSignatureCell((lines[k] as Line).text))) {
      if (!(lines[k] as Line).blank) tail.unshift(...(lines[k] as Line).cells);
      k--;
    }
    if (tail.some((c) => PERSON.test(c.text)) && tail.some((c) => isAllCaps(c.text))) {
      z.signature = tail;
      bodyEnd = k + 1;
    }
  }
  z.body = lines.slice(headerEnd, bodyEnd).filter((l) => !l.blank);
  return z;
}

/** Reads the trích yếu under a type line; returns the index of the first line after it. */
function readTitle(lines: Line[], from: number, end: number, z: Zones): number {
  let i = from;
  while (i < end && (lines[i] as Line).blank) i++;
  const start = i;
  let length = 0;
  while (i < end) {
    const l = lines[i] as Line;
    if (l.blank) break;
    if (RULE.test(l.text)) {
      i++;
      break;
    }
    if (/^(?:\d+|[IVX]+)[.)]\s/u.test(l.text) || /^(?:Căn cứ|Kính gửi|Điều \d)/u.test(l.text)) break;
    length += l.text.length;
    if (length > 400) return start; // a paragraph, not a title
    z.title.push(...l.cells);
    i++;
  }
  return i;
}

/** Reads "Kính gửi:" and its entries; returns the index of the first line after them. */
function readAddressees(lines: Line[], at: number, end: number, cell: Cell, z: Zones): number {
  const rest = cell.text.replace(KINH_GUI, "").trim();
  if (rest) z.addressees.push([{ text: rest, start: cell.end - rest.length, end: cell.end }]);
  let i = at + 1;
  let lastEntry = at;
  for (; i < end; i++) {
    const l = lines[i] as Line;
    if (l.blank) continue;
    if (ENTRY.test(l.text) || (rest === "" && z.addressees.length === 0 && l.text.length < 120)) {
      z.addressees.push([...l.cells]);
      lastEntry = i;
    } else break;
  }
  return lastEntry + 1;
}

/** The place, day, month and year groups of a date line. */
export function dateParts(g: Grammar, text: string): Record<string, string | undefined> | null {
  const p = g.patterns.dateLine;
  if (!p) return null;
  p.re.lastIndex = 0;
  const m = p.re.exec(text);
  return m ? groups(p, m) : null;
}
