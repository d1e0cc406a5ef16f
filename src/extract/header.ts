/**
 * Header, addressees, recipients and signature: zone cells → model fields.
 */
import { groups, type Grammar } from "../grammar/index.js";
import type { TypeEntry } from "../grammar/schema.js";
import type { Diagnostic, DocNumber, DocType, Issuer, Signature, Span } from "../model/schema.js";
import { displayCase, hasNoCapitals, makeLexicon, type Lexicon } from "../util/casing.js";
import type { Cell } from "../util/lines.js";
import { sliceSpan, spanOf, type View } from "../util/text.js";
import { headAt, matchers } from "./names.js";
import { AUTHORITY, lostCapsSignature, OFFICE, PERSON, type Zones } from "../pipeline/segment.js";
import { isoDate } from "../util/dates.js";
import { isAllCaps } from "../util/casing.js";

const lexicons = new WeakMap<Grammar, Lexicon>();
/** The grammar's display-case lexicon, compiled once. */
export function lexicon(g: Grammar): Lexicon {
  let l = lexicons.get(g);
  if (!l) {
    // Abbreviations (UBND, HĐND, MTTQ) keep their capitals in display case.
    l = makeLexicon([...g.data.lexicon.map((t) => t.text), ...g.data.bodies.abbreviations.map((a) => a.abbr)]);
    lexicons.set(g, l);
  }
  return l;
}

/** The span of a run of cells. */
export function cellsSpan(view: View, cells: Cell[]): Span {
  return spanOf(view, (cells[0] as Cell).start, (cells[cells.length - 1] as Cell).end);
}

/** The number line: id, seq, year, symbol, system; a blank number is flagged. */
export function readNumber(view: View, cell: Cell | null, g: Grammar, diags: Diagnostic[]): DocNumber | null {
  if (!cell) return null;
  const p = g.patterns.numberLine!;
  const m = p.re.exec(cell.text);
  if (!m) return null;
  const gr = groups(p, m);
  const span = spanOf(view, cell.start, cell.end);
  const symbol = (gr.symbol as string).replace(/\s+/g, "");
  const sep = gr.sep as string;
  const seq = gr.seq ?? null;
  const year = gr.year ? Number(gr.year) : null;
  const system = sep === "-" ? "party" : "state";
  const id = `${seq ?? ""}${year ? "/" + year : ""}${sep}${symbol}`;
  if (seq === null) {
    diags.push({ rule: "blank-number", severity: "warning", message: `the document number is blank ("${cell.text}"): a draft or an unfilled form`, span });
  }
  return { raw: sliceSpan(view.source, span), id, seq, year, symbol, system, span };
}

/** The place-and-date line; a blank or impossible date gets `iso: null` and a diagnostic. */
export function readDateLine(view: View, cell: Cell | null, g: Grammar, diags: Diagnostic[]) {
  if (!cell) return null;
  const p = g.patterns.dateLine!;
  const m = p.re.exec(cell.text);
  if (!m) return null;
  const gr = groups(p, m);
  const span = spanOf(view, cell.start, cell.end);
  let iso: string | null = null;
  if (gr.d2) {
    gr.d = gr.d2;
    gr.m = gr.m2;
    gr.y = gr.y2;
  }
  if (!gr.d || !gr.m || !gr.y) {
    diags.push({ rule: "blank-date", severity: "warning", message: `the date is blank ("${cell.text}"): a draft or an unfilled form`, span });
  } else {
    iso = isoDate(Number(gr.y), Number(gr.m), Number(gr.d));
    if (!iso) diags.push({ rule: "impossible-date", severity: "warning", message: `impossible date "${cell.text}"`, span });
  }
  return { raw: sliceSpan(view.source, span), iso, place: (gr.place as string).trim(), span };
}

/** Issuer (and parent) from the caps lines at the top left. */
export function readIssuer(view: View, cells: Cell[], g: Grammar): Issuer | null {
  if (!cells.length) return null;
  const lex = lexicon(g);
  const m = matchers(g);
  let split = 0;
  for (let i = cells.length - 1; i > 0; i--) {
    if (headAt((cells[i] as Cell).text, 0, m)) {
      split = i;
      break;
    }
  }
  const caseless = cells.every((c) => hasNoCapitals(c.text));
  const text = (cs: Cell[]): string => placeCase(displayCase(cs.map((c) => c.text).join(" ").replace(/\s+/g, " "), lex, true, caseless));
  const span = cellsSpan(view, cells);
  return {
    // One slice per cell: in a two-column header the motto sits between them.
    raw: cells.map((c) => sliceSpan(view.source, spanOf(view, c.start, c.end))).join("\n"),
    name: text(cells.slice(split)),
    parent: split > 0 ? text(cells.slice(0, split)) : null,
    span,
  };
}

const typesByKeyCache = new WeakMap<Grammar, Map<string, TypeEntry[]>>();

/** Every type by each of its names and aliases, lowercased, in grammar order. */
function typesByKey(g: Grammar): Map<string, TypeEntry[]> {
  let m = typesByKeyCache.get(g);
  if (!m) {
    m = new Map();
    for (const t of g.data.types) {
      for (const k of new Set([t.name, ...t.aliases].map((n) => n.toLowerCase()))) m.set(k, [...(m.get(k) ?? []), t]);
    }
    typesByKeyCache.set(g, m);
  }
  return m;
}

/** The type entry named by a type line, in the document's system when known. */
export function typeNamed(g: Grammar, name: string, system: "state" | "party" | null): TypeEntry | null {
  const key = name.toLowerCase().replace(/\s+/g, " ");
  const all = typesByKey(g).get(key) ?? [];
  return all.find((t) => system === null || t.systems.includes(system)) ?? all[0] ?? null;
}

/** The document type: type line, else the number's type code, else a công văn by its V/v or Kính gửi. */
export function readType(z: Zones, num: DocNumber | null, g: Grammar): DocType | null {
  const system = num?.system ?? null;
  if (z.type) {
    const t = typeNamed(g, z.type.text, system);
    if (t) return { code: t.code, name: t.name };
  }
  if (num?.symbol) {
    const code = system === "party" ? num.symbol.split("/")[0] : num.symbol.split("-")[0];
    const t = code ? (g.typesByCode.get(code.toLowerCase()) ?? []).find((x) => system === null || x.systems.includes(system)) : undefined;
    if (t) return { code: t.code, name: t.name };
  }
  if (z.vv || z.kinhGui) {
    const t = g.data.types.find((x) => x.code === null && x.systems.includes("state"));
    return { code: null, name: t?.name ?? "Công văn" };
  }
  return null;
}

/** The trích yếu on one line, display case, without "V/v". */
export function readTitle(cells: Cell[], vv: boolean, g: Grammar): string | null {
  if (!cells.length) return null;
  const lex = lexicon(g);
  // A line with no capital at all lost its case (a caps line typed in lowercase for the .VnTimeH font): read as caps.
  const parts = cells.map((c) => (vv ? c.text : displayCase(c.text, lex, false, hasNoCapitals(c.text))));
  let title = parts.join(" ").replace(/\s+/g, " ").trim();
  if (vv) title = title.replace(/^V\/v\s*:?\s*/u, "");
  title = title.replace(/^[\s:–-]+/u, "");
  if (!title) return null;
  return title[0]!.toUpperCase() + title.slice(1);
}

/** Trailing white space, commas, semicolons and full stops removed (a loop: an end-anchored regex retries every run). */
function trimEnd(s: string): string {
  let e = s.length;
  while (e > 0 && /[\s,;.]/u.test(s[e - 1] as string)) e--;
  return s.slice(0, e);
}

/** Runs of white space as one space, trimmed. */
function squashSpaces(s: string): string {
  return /\s\s|[^\S ]|^\s|\s$/u.test(s) ? s.replace(/\s+/g, " ").trim() : s;
}

/** Entries of a "Kính gửi:" or "Nơi nhận:" list: marker and trailing punctuation removed. */
export function readEntries(entries: Cell[][]): string[] {
  return entries
    .map((cells) => squashSpaces(trimEnd(cells.map((c) => c.text).join(" ").replace(/^[-–+•]\s*/u, ""))))
    .filter((e) => e.length > 0);
}

/** The signature block: authority, on behalf of whom, position, signer. */
export function readSignature(view: View, cells: Cell[], g: Grammar): Signature | null {
  if (!cells.length) return null;
  const lex = lexicon(g);
  let authority: string | null = null;
  let onBehalfOf: string | null = null;
  const position: string[] = [];
  let signer: string | null = null;
  const used: Cell[] = [];
  for (const c of cells) {
    // An authority or office line that lost its case (typed in lowercase for the .VnTimeH font): read as the caps it showed.
    const text = lostCapsSignature(c.text, true) ? c.text.toUpperCase() : c.text;
    const a = AUTHORITY.exec(text);
    if (a && signer === null && position.length === 0) {
      // "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": the innermost
      // authority is how the signer signs; the outer one names the collective.
      authority = a[1] as string;
      onBehalfOf = a[2] ? displayCase((a[2] as string).trim(), lex) : onBehalfOf;
      used.push(c);
    } else if (isAllCaps(text) && signer === null) {
      position.push(text);
      used.push(c);
    } else if (PERSON.test(c.text) && signer === null) {
      signer = c.text;
      used.push(c);
    }
  }
  // A signer written in capitals: the last caps line when it names no office.
  const lastCaps = position[position.length - 1];
  if (signer === null && position.length >= 2 && lastCaps && isPersonInCaps(lastCaps)) {
    position.pop();
    signer = lastCaps.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_m, sp: string, ch: string) => sp + ch.toUpperCase());
  }
  if (!used.length) return null;
  return {
    authority,
    onBehalfOf,
    position: position.length ? displayCase(position.join(" "), lex) : null,
    signer,
    span: spanOf(view, (used[0] as Cell).start, (used[used.length - 1] as Cell).end),
  };
}

/** Office words and organ words: a caps line with one of them is no person's name. */
const OFFICE_WORDS = new RegExp(`${OFFICE.source}|BAN|ỦY BAN|SỞ|CỤC|VỤ|TỈNH|HUYỆN`, "u");

/** "NGUYỄN VĂN AN": 2-5 capitalised words naming no office. */
function isPersonInCaps(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 5 && !OFFICE_WORDS.test(text) && /^[\p{Lu}\s]+$/u.test(text);
}

/** Level words after which an issuer's name ends in a place name. */
const PLACE_AFTER = /(?<![\p{L}])(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+(\p{Ll}[\p{L}\s'’-]*)$/u;

/** "Đảng ủy xã ia ka" → "Đảng ủy xã Ia Ka": in an issuer, the words after a level word name a place. */
export function placeCase(name: string): string {
  const m = PLACE_AFTER.exec(name);
  if (!m) return name;
  const place = (m[1] as string).replace(/(^|[\s-])(\p{Ll})/gu, (_x, sep: string, ch: string) => sep + ch.toUpperCase());
  return name.slice(0, m.index + m[0].length - (m[1] as string).length) + place;
}
