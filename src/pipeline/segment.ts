/**
 * Stage 4: lines → zones: header, addressees, body, recipients, signature.
 *
 * The header is read cell by cell (a tab-flattened two-column header puts
 * the issuer and the motto on one line): motto, issuer caps lines, number
 * line, place-and-date line, type line with its trích yếu, `V/v` block.
 * `Kính gửi:` opens the addressees; `Nơi nhận:` opens the closing, whose
 * cells are recipients or signature lines.
 */
import type { Grammar } from "../grammar/index.js";
import { hasNoCapitals, isAllCaps } from "../util/casing.js";
import type { Cell, Line } from "../util/lines.js";

/** The zones of a document (cells and lines point into the cleaned view). */
export interface Zones {
  issuer: Cell[];
  motto: Cell[];
  number: Cell | null;
  /** A "Số …" cell that is not a readable number. */
  badNumber: Cell | null;
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
  /** Documents issued with this one: their type line and their lines. */
  attachments: { type: Cell; lines: Line[] }[];
}

const MOTTO = /^(?:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc|ĐẢNG CỘNG SẢN VIỆT NAM)$/iu;
const RULE = /^(?:[-–—_=*~.]\s*){1,}$/u;
const VV = /^V\/v\b/u;
/** "Kính gửi:", or a công điện's "THỦ TƯỚNG CHÍNH PHỦ điện:" — both open the addressees. */
const KINH_GUI = /^(?:Kính gửi|[\p{Lu}][\p{Lu}\s]{0,80}\sđiện)\s*:?/u;
const TYPE_WITH_TITLE = /^\S.*\s(?:CỦA|VỀ|TẠI)\s/u;
const TYPE_WITH_TITLE_SPLIT = /\s(?=(?:KẾT LUẬN|CỦA|VỀ|TẠI)\s)/u;
/** Urgency and secrecy stamps in a header: neither issuer nor title. */
const STAMP = /^(?:HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|KHẨN|MẬT|TỐI MẬT|TUYỆT MẬT|HẸN GIỜ)$/u;
const NOI_NHAN = /^Nơi nhận\s*:?/u;
const ENTRY = /^[-–+•]\s*/u;
/** Signing authority prefixes: T/M, TM., K/T, KT., T/L, TL., TUQ., Q. */
export const AUTHORITY = /^(T\/M|K\/T|T\/L|TM\.|KT\.|TL\.|TUQ\.|Q\.)\s*(.*)$/u;
const SIGNED_NOTE = /^\(?\s*(?:đã ký|Đã ký|ĐÃ KÝ|ký|Ký)(?:\s+và đóng dấu)?\s*\)?$/u;
/** Words of an office title ("CHÁNH VĂN PHÒNG", "PHÓ CHỦ TỊCH"): a signature line, not a body line. */
export const OFFICE = /(?:CHỦ TỊCH|BÍ THƯ|GIÁM ĐỐC|VĂN PHÒNG|TRƯỞNG|PHÓ|ỦY VIÊN|UỶ VIÊN|THƯỜNG TRỰC|THỦ TƯỚNG|BỘ TRƯỞNG|CHÁNH|TỔNG|THỦ TRƯỞNG)/u;
/** A person's name: 2-5 capitalised words. */
export const PERSON = /^\p{Lu}[\p{Ll}]*(?:\s\p{Lu}[\p{Ll}]*){1,4}$/u;

/**
 * A line as the reader saw it: one with no capital at all is read as the
 * caps it may have shown (a TCVN3 heading typed in lowercase for the
 * .VnTimeH font, whose glyphs are capitals). Only for telling kinds of lines
 * apart; values are read from the text itself.
 */
export function shown(text: string): string {
  return hasNoCapitals(text) ? text.toUpperCase() : text;
}

/**
 * A signature line typed in lowercase for the .VnTimeH font, not a
 * recipient's continuation: an authority ("t/l ban thường vụ"), or an office
 * title ("chánh văn phòng") once the signature has begun or the list has ended ("- Lưu: VT.").
 */
export function lostCapsSignature(text: string, signatureOpen: boolean): boolean {
  if (!hasNoCapitals(text)) return false;
  const t = shown(text);
  return AUTHORITY.test(t) || (signatureOpen && OFFICE.test(t));
}

/** True when a line or cell opens or continues a signature block. */
export function isSignatureCell(cell: string): boolean {
  const text = shown(cell);
  return AUTHORITY.test(text) || SIGNED_NOTE.test(text) || (text.length <= 60 && isAllCaps(text) && !MOTTO.test(text)) || PERSON.test(text);
}

const longestCache = new WeakMap<Grammar, number>();

/** The length of the grammar's longest type name or alias. */
function longestTypeName(g: Grammar): number {
  let n = longestCache.get(g);
  if (n === undefined) {
    n = Math.max(0, ...[...g.typeByName.keys()].map((k) => k.length));
    longestCache.set(g, n);
  }
  return n;
}

/** Splits the lines of a document into zones. */
export function segment(lines: Line[], g: Grammar): Zones {
  const z: Zones = {
    issuer: [], motto: [], number: null, badNumber: null, date: null, type: null, title: [], vv: false,
    kinhGui: null, addressees: [], body: [], recipients: [], nơiNhận: null, signature: [], attachments: [],
  };
  const numberRe = g.patterns.numberLine;
  const dateRe = g.patterns.dateLine;
  // A type line is short: longer lines (most of a text) skip the lookup.
  const longest = longestTypeName(g);
  const isTypeName = (t: string): boolean => t.length <= 2 * longest && g.typeByName.has(t.toLowerCase().replace(/\s+/g, " "));
  const isTypeLine = (t: string): boolean => isTypeName(t) && isAllCaps(shown(t));

  // Closing: the first "Nơi nhận:" line; an attached document (a type line
  // after it: "KẾ HOẠCH", "QUY CHẾ") runs from there to the end.
  let closing = lines.length;
  let docEnd = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const cells = (lines[i] as Line).cells;
    if (closing === lines.length && cells.some((c) => NOI_NHAN.test(c.text))) closing = i;
    else if (closing < lines.length && cells.length === 1 && isTypeLine((lines[i] as Line).text)) {
      if (docEnd === lines.length) docEnd = i;
      z.attachments.push({ type: cells[0] as Cell, lines: [] });
    } else if (z.attachments.length) z.attachments[z.attachments.length - 1]!.lines.push(lines[i] as Line);
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
    // A date line with blank fields ("Đoàn Kết, ngày    tháng    năm 2021") is one cell, spaces and all.
    // Beside the number ("Số: 45/TB-UBND   Đắk Hà, ngày    tháng    năm 2021") its cells are joined.
    const cells = dateRe && line.cells.length > 1 && dateRe.re.test(line.text.replace(/\s+/g, " ")) ? [{ text: line.text, start: line.start, end: line.end }] : joinBlankDate(line);
    for (let ci = 0; ci < cells.length; ci++) {
      let cell = cells[ci] as Cell;
      // "Số:      /QĐ-UBND": a blank number spread over two cells.
      const nextCell = cells[ci + 1];
      if (/^Số\s*:?$/u.test(cell.text) && nextCell) {
        cell = { text: `${cell.text} ${nextCell.text}`, start: cell.start, end: nextCell.end };
        ci++;
      }
      const t = cell.text;
      if (STAMP.test(t)) {
        continue;
      } else if (MOTTO.test(t)) {
        z.motto.push(cell);
      } else if (RULE.test(t)) {
        if (z.issuer.length) issuerOpen = false;
      } else if (numberRe && numberRe.re.test(t)) {
        z.number = cell;
        issuerOpen = false;
      } else if (/^Số\s*:/u.test(t) && !z.number && !z.badNumber) {
        z.badNumber = cell;
        issuerOpen = false;
      } else if (dateRe && dateRe.re.test(t)) {
        z.date = cell;
        issuerOpen = false;
      } else if (VV.test(t)) {
        z.vv = true;
        z.title.push(cell);
        i = readLeftColumn(lines, i, closing, z, isHeaderCell, (t) => !!dateRe && dateRe.re.test(t));
        continue scan;
      } else if (KINH_GUI.test(t)) {
        z.kinhGui = cell;
        i = readAddressees(lines, i, closing, cell, z);
        headerEnd = i;
        break scan;
      } else if (!z.type && (isTypeLine(t) || (line.cells.length === 1 && isTypeName(t)))) {
        // A type line; in the header, alone on its line, in any case ("thông báo" of a TCVN3 heading typed in lowercase).
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
      } else if (!z.type && isAllCaps(t) && TYPE_WITH_TITLE.test(t) && isTypeLine(t.slice(0, t.search(TYPE_WITH_TITLE_SPLIT)))) {
        // "THÔNG BÁO KẾT LUẬN CỦA …" on one line: type, then the title's first part.
        const cut = t.search(TYPE_WITH_TITLE_SPLIT);
        z.type = { text: t.slice(0, cut), start: cell.start, end: cell.start + cut };
        const rest = t.slice(cut).trimStart();
        z.title.push({ text: rest, start: cell.end - rest.length, end: cell.end });
        i = readTitle(lines, i + 1, closing, z, true);
        headerEnd = i;
        break scan;
      } else if (isAllCaps(t) && issuerOpen && !z.date && !z.number && t.length <= 80) {
        z.issuer.push(cell);
      } else if (ci === 0 && z.number && !z.type && !z.title.length && !z.date && t.length <= 120 && headerFollows(lines, i, closing, isHeaderCell)) {
        // A Party công văn's trích yếu under its number, without "V/v".
        z.title.push(cell);
        i = readLeftColumn(lines, i, closing, z, isHeaderCell, (t) => !!dateRe && dateRe.re.test(t));
        continue scan;
      } else if (ci === 0 && issuerOpen && !z.date && !z.number && !z.type && t.length <= 80 && !/[.;:!?]$/u.test(t) && (line.cells.some((c) => MOTTO.test(c.text)) || headerFollows(lines, i, closing, isHeaderCell))) {
        // An issuer not in capitals, beside the motto or above the number or date: a TCVN3 heading typed
        // in lowercase ("ủy ban nhân dân"), a source that changed the case.
        z.issuer.push(cell);
      } else if (isAllCaps(t) && t.length <= 60 && !z.type && ci === 0 && (z.issuer.length > 0 || z.motto.length > 0)) {
        // "HỎA TỐC", "KHẨN", "MẬT": marks in the header, not its end.
        continue;
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
    // The left column holds the recipients, the right the signature; when the
    // two are flattened together a line may carry one cell of each.
    for (let k = closing + 1; k < docEnd; k++) {
      const line = lines[k] as Line;
      if (line.blank) continue;
      line.cells.forEach((c, ci) => {
        const last = z.recipients[z.recipients.length - 1];
        const lastText = last ? (last[last.length - 1] as Cell).text : "";
        if (ci === 0 && ENTRY.test(c.text)) {
          z.recipients.push([c]);
        } else if (ci === 0 && last && /^\p{Ll}/u.test(c.text) && !lostCapsSignature(c.text, z.signature.length > 0 || /\.$/u.test(lastText))) {
          last.push(c);
        } else if (isSignatureCell(c.text)) {
          z.signature.push(c);
        } else if (ci === 0 && last && !/[.;,]$/u.test(lastText)) {
          last.push(c);
        }
      });
    }
    // Signature lines written just above "Nơi nhận:" (two columns flattened the other way).
    let k = closing - 1;
    const above: Cell[] = [];
    while (k > headerEnd && ((lines[k] as Line).blank || isSignatureCell((lines[k] as Line).text))) {
      if (!(lines[k] as Line).blank) above.unshift(...(lines[k] as Line).cells); // a line's cells: a few
      k--;
    }
    if (above.some((c) => AUTHORITY.test(shown(c.text)) || PERSON.test(c.text))) {
      z.signature = above.concat(z.signature);
      bodyEnd = k + 1;
    }
  } else {
    // No "Nơi nhận:": a trailing run of signature lines.
    let k = docEnd - 1;
    const tail: Cell[] = [];
    while (k > headerEnd && ((lines[k] as Line).blank || isSignatureCell((lines[k] as Line).text))) {
      if (!(lines[k] as Line).blank) tail.unshift(...(lines[k] as Line).cells);
      k--;
    }
    const signed = tail.some((c) => PERSON.test(c.text)) && tail.some((c) => isAllCaps(shown(c.text)));
    // Without a name ("CHÁNH VĂN PHÒNG" alone), an authority or an office title still closes the text.
    const office = tail.some((c) => {
      const t = shown(c.text);
      return AUTHORITY.test(t) || (isAllCaps(t) && OFFICE.test(t));
    });
    if (signed || office) {
      z.signature = tail;
      bodyEnd = k + 1;
    }
  }
  z.body = lines.slice(headerEnd, bodyEnd).filter((l) => !l.blank);
  return z;
}

/** A line's cells with a date whose blank fields split it ("…, ngày", "tháng", "năm 2021") joined into one cell. */
function joinBlankDate(line: Line): Cell[] {
  const cells = line.cells;
  const k = cells.findIndex((c) => /(?:^|\s)ngày$/u.test(c.text));
  if (k < 0 || !/^tháng\b/u.test(cells[k + 1]?.text ?? "")) return cells;
  let j = k + 1;
  while (j + 1 < cells.length && !/^năm\b/u.test((cells[j] as Cell).text) && /^(?:tháng|năm)\b/u.test((cells[j + 1] as Cell).text)) j++;
  const first = cells[k] as Cell;
  const last = cells[j] as Cell;
  const joined = { text: line.text.slice(first.start - line.start, last.end - line.start), start: first.start, end: last.end };
  return [...cells.slice(0, k), joined, ...cells.slice(j + 1)];
}

/**
 * The continuation lines of a trích yếu in the header's left column, until a
 * blank line or a header cell; motto or date cells beside them (the right
 * column of a flattened header) are taken too. Returns the last line read.
 */
function readLeftColumn(lines: Line[], i: number, end: number, z: Zones, isHeaderCell: (t: string) => boolean, isDate: (t: string) => boolean): number {
  while (i + 1 < end) {
    const next = lines[i + 1] as Line;
    const head = next.cells[0];
    if (next.blank || !head || isHeaderCell(head.text)) break;
    z.title.push(head);
    for (const other of next.cells.slice(1)) {
      if (MOTTO.test(other.text)) z.motto.push(other);
      else if (isDate(other.text)) z.date = other;
    }
    i++;
  }
  return i;
}

/** True when a header line (motto, date, Kính gửi) comes within the next few lines: we are still in the header. */
function headerFollows(lines: Line[], at: number, end: number, isHeaderCell: (t: string) => boolean): boolean {
  let seen = 0;
  for (let k = at + 1; k < end && seen < 4; k++) {
    const l = lines[k] as Line;
    if (l.blank) continue;
    seen++;
    if (l.cells.some((c) => isHeaderCell(c.text))) return true;
  }
  return false;
}

/** Reads the trích yếu under a type line; returns the index of the first line after it. */
export function readTitle(lines: Line[], from: number, end: number, z: { title: Cell[] }, continued = false): number {
  let i = from;
  if (!continued) while (i < end && (lines[i] as Line).blank) i++;
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
    if (/^\((?:Ban hành\s+)?(?:kèm|Kèm)\s+theo/u.test(l.text) && i > start) break; // "(Ban hành kèm theo …)"
    length += l.text.length;
    if (length > 400) return start; // a paragraph, not a title
    z.title.push(...l.cells);
    i++;
  }
  // A sentence (long, ending with a full stop) is the body's first paragraph, not a title.
  const block = z.title.slice(-1)[0]?.text ?? "";
  if (!continued && i > start && length > 150 && /[.;]$/u.test(block)) {
    z.title.length = 0;
    return start;
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
