/**
 * Cited documents: every full id ("Công điện số 1102/CĐ-TTg, ngày
 * 23-8-2021 của Thủ tướng Chính phủ") and every short reference that can be
 * resolved with certainty ("Chỉ thị 16" → 16/CT-TTg, from the same document
 * or the registry of national documents), deduplicated in order of first
 * mention, with all mentions.
 */
import { groups, typeForCode, type Grammar } from "../grammar/index.js";
import type { DocType } from "../model/schema.js";
import { isoDate } from "../util/dates.js";

/** A text to scan, with a function from its indexes to view offsets. */
export interface ScanText {
  text: string;
  at: (i: number) => number;
  /** Owner key (a directive path) so items can list their citations. */
  owner: string | null;
}

/** A citation before spans are attached. */
export interface FoundCitation {
  id: string | null;
  type: DocType | null;
  seq: string | null;
  year: number | null;
  symbol: string | null;
  date: string | null;
  issuer: string | null;
  title: string | null;
  mentions: { start: number; end: number; owner: string | null }[];
}

interface Hit {
  id: string;
  type: DocType | null;
  seq: string;
  year: number | null;
  symbol: string;
  date: string | null;
  issuer: string | null;
  title?: string | null;
  start: number;
  end: number;
  owner: string | null;
  order: number;
}

/** "của <Issuer>" right after an id and its date; the name stops at punctuation or a preposition. */
const ISSUER_AFTER = /^\s*,?\s*của\s+(\p{Lu}[^,.;:()\n"“”]*?)(?=\s+(?:về|tại|ngày|để|nhằm|trong|theo|cho|và|đã|đến)\s|\s*[,.;:()\n"“”]|$)/u;
/** A quoted title right after: “về kết luận của …”. */
const QUOTED_TITLE = /^\s*,?\s*["“]((?:về|V\/v)\s[^"“”\n]{3,300})["”]/u;

/** Finds and resolves citations in the texts. `ownId` (the document's own number) is skipped. */
export function findCitations(texts: ScanText[], g: Grammar, ownId: string | null): FoundCitation[] {
  const full: Hit[] = [];
  const shorts: { text: ScanText; seqs: string[]; code: string; type: DocType | null; start: number; end: number; order: number }[] = [];
  const idP = g.patterns.citationId!;
  const typeP = g.patterns.typeBefore!;
  const shortP = g.patterns.shortRef!;
  const dateP = g.patterns.dateNear!;
  let order = 0;
  for (const t of texts) {
    const s = t.text;
    const taken: [number, number][] = [];
    const re = global(idP.re, "gu");
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const gr = groups(idP, m);
      const seq = gr.seq as string;
      const symbol = (gr.symbol as string).replace(/\s+/g, "");
      const party = gr.sep === "-";
      const year = gr.year ? Number(gr.year) : null;
      const id = party ? `${seq}-${symbol}` : `${seq}/${year ? year + "/" : ""}${symbol}`;
      let start = m.index;
      let end = m.index + m[0].length;
      // The type word before it: "Chỉ thị số 15/CT-TTg".
      const back = s.slice(Math.max(0, start - 40), start);
      const tb = typeP.re.exec(back);
      let type: DocType | null = null;
      if (tb) {
        const entry = g.typeByName.get((groups(typeP, tb).type as string).toLowerCase().replace(/\s+/g, " "));
        if (entry) type = { code: entry.code, name: entry.name };
        start -= back.length - tb.index;
      }
      if (!type) {
        const code = party ? symbol.split("/")[0] : symbol.split("-")[0];
        const entry = code ? typeForCode(g, code, party ? "party" : "state") : null;
        if (entry) type = { code: entry.code, name: entry.name };
      }
      // A date and an issuer written beside it.
      let date: string | null = null;
      const dm = dateP.re.exec(s.slice(end, end + 40));
      if (dm) {
        const d = groups(dateP, dm);
        date = isoDate(Number(d.y ?? d.y2), Number(d.m ?? d.m2), Number(d.d ?? d.d2));
        end += dm[0].length;
      }
      let issuer: string | null = null;
      const im = ISSUER_AFTER.exec(s.slice(end, end + 80));
      if (im) {
        issuer = (im[1] as string).trim();
        end += im[0].length;
      }
      let title: string | null = null;
      const qt = QUOTED_TITLE.exec(s.slice(end, end + 320));
      if (qt) {
        title = (qt[1] as string).trim();
        end += qt[0].length;
      }
      while (end > start && s[end - 1] === " ") end--;
      taken.push([m.index, m.index + m[0].length]);
      if (id === ownId) continue;
      full.push({ id, type, seq, year, symbol, date, issuer, title, start: t.at(start), end: t.at(end), owner: t.owner, order: order++ });
    }
    const sre = global(shortP.re, "gu");
    for (let m = sre.exec(s); m; m = sre.exec(s)) {
      const gr = groups(shortP, m);
      if (taken.some(([a, b]) => m!.index < b && m!.index + m![0].length > a)) continue;
      let code: string | null = null;
      let type: DocType | null = null;
      if (gr.type) {
        const entry = g.typeByName.get(gr.type.toLowerCase().replace(/\s+/g, " "));
        if (entry) {
          code = entry.code;
          type = { code: entry.code, name: entry.name };
        }
      } else if (gr.code) {
        const entry = typeForCode(g, gr.code, "state");
        code = gr.code;
        if (entry) type = { code: entry.code, name: entry.name };
      }
      if (!code) continue;
      shorts.push({ text: t, seqs: (gr.seqs as string).split("/"), code, type, start: t.at(m.index), end: t.at(m.index + m[0].length), order: order++ });
    }
  }

  // Laws cited by name only: id null, the name as title, the date when written.
  const named: { key: string; c: FoundCitation }[] = [];
  const lawP = g.patterns.namedLaw;
  if (lawP) {
    for (const t of texts) {
      const re = global(lawP.re, "gu");
      for (let m = re.exec(t.text); m; m = re.exec(t.text)) {
        const gr = groups(lawP, m);
        const typeWord = (gr.type as string).replace(/\s+/g, " ");
        const title = gr.name ? `${typeWord} ${gr.name.replace(/\s+/g, " ")}` : typeWord;
        const year = Number(gr.y ?? gr.y2);
        const date = gr.y2 ? isoDate(year, Number(gr.m), Number(gr.d)) : null;
        const entry = g.typeByName.get(typeWord.toLowerCase());
        const mention = { start: t.at(m.index), end: t.at(m.index + m[0].length), owner: t.owner };
        const key = title.toLowerCase();
        const had = named.find((n) => n.key === key);
        if (had) {
          had.c.mentions.push(mention);
          had.c.date ??= date;
          continue;
        }
        named.push({
          key,
          c: { id: null, type: entry ? { code: entry.code, name: entry.name } : null, seq: null, year, symbol: null, date, issuer: null, title, mentions: [mention] },
        });
      }
    }
  }

  const hits: Hit[] = [...full];
  for (const sh of shorts) {
    for (const seq of sh.seqs) {
      const id = resolveShort(sh.code, seq, full, g);
      if (!id || id === ownId) continue;
      const symbol = id.replace(/^\d+[/-](?:\d{4}\/)?/u, "");
      const year = /^\d+\/(\d{4})\//u.exec(id)?.[1];
      hits.push({ id, type: sh.type, seq, year: year ? Number(year) : null, symbol, date: null, issuer: null, start: sh.start, end: sh.end, owner: sh.text.owner, order: sh.order });
    }
  }
  hits.sort((a, b) => a.order - b.order);

  const byId = new Map<string, FoundCitation>();
  for (const h of hits) {
    let c = byId.get(h.id);
    if (!c) {
      c = { id: h.id, type: h.type, seq: h.seq, year: h.year, symbol: h.symbol, date: h.date, issuer: h.issuer, title: h.title ?? null, mentions: [] };
      byId.set(h.id, c);
    }
    c.type ??= h.type;
    c.date ??= h.date;
    c.issuer ??= h.issuer;
    c.title ??= h.title ?? null;
    c.mentions.push({ start: h.start, end: h.end, owner: h.owner });
  }
  for (const c of byId.values()) {
    const reg = g.data.registry.find((r) => r.id === c.id);
    if (reg) {
      c.date ??= reg.date;
      c.issuer ??= reg.issuer;
      c.title ??= reg.title;
      if (!c.type) {
        const entry = typeForCode(g, reg.type, null) ?? g.typeByName.get(reg.type.toLowerCase()) ?? null;
        if (entry) c.type = { code: entry.code, name: entry.name };
      }
    }
  }
  // In order of first mention in the text, numbered and named together.
  const first = (c: FoundCitation): number => c.mentions.reduce((min, m) => Math.min(min, m.start), Infinity);
  return [...byId.values(), ...named.map((n) => n.c)].sort((a, b) => first(a) - first(b));
}

/** A short reference's id: from a full id in the same document, else a unique registry entry. */
function resolveShort(code: string, seq: string, full: Hit[], g: Grammar): string | null {
  const same = (id: string, symbol: string): boolean => id.startsWith(seq) && symbol.toLowerCase().split(/[-/]/)[0] === code.toLowerCase();
  const local = [...new Set(full.filter((h) => h.seq === seq && same(h.id, h.symbol)).map((h) => h.id))];
  if (local.length === 1) return local[0] as string;
  if (local.length > 1) return null;
  const reg = g.data.registry.filter((r) => r.type.toLowerCase() === code.toLowerCase() && r.id.split(/[/-]/)[0] === seq);
  return reg.length === 1 ? (reg[0] as { id: string }).id : null;
}

const globals = new WeakMap<RegExp, RegExp>();
/** A global copy of a pattern, made once and rewound for each use. */
function global(re: RegExp, flags: string): RegExp {
  let g = globals.get(re);
  if (!g) {
    g = new RegExp(re.source, flags);
    globals.set(re, g);
  }
  g.lastIndex = 0;
  return g;
}
