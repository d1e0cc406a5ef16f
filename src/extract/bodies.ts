/**
 * The responsible bodies of one directive item, with their roles.
 *
 * Rules (each says which false positive it avoids):
 * 1. The item's subject: the list that opens the item, optionally after
 *    "Giao" / "Đề nghị" / "Yêu cầu". Collectives ("Các sở, ban, ngành")
 *    count only here. A subject followed by a requester verb ("Ban Thường
 *    vụ Tỉnh ủy thống nhất…", "… yêu cầu") is the one who asks, not who acts.
 * 2. A named body opening a later sentence and followed by a verb.
 * 3. Objects of giao / yêu cầu / đề nghị / lãnh đạo (assignee); objects of
 *    chỉ đạo only when the list runs to a colon (a heading that introduces
 *    the work), since "chỉ đạo các cơ quan báo chí" mid-text names the
 *    audience, not the responsible.
 * 4. "X chủ trì" anywhere: X leads. "chủ trì, phối hợp (với) Y": Y coordinates
 *    (a bare "phối hợp với ngành Y tế" after a modal is not an assignment).
 * Names ending in "liên quan" are not bodies; offices of persons
 * (Thủ trưởng, Chủ tịch, lãnh đạo) are never bodies; a narrative item
 * ("Từ đầu tháng 10/2021 đến nay…") assigns nothing.
 */
import type { Grammar } from "../grammar/index.js";
import type { BodyRole } from "../model/schema.js";
import { isLetterAt } from "../util/chars.js";
import { levelEnded, matchers, readList, phraseAt, wordAt, type Segment, type List } from "./names.js";

/** A body found in a text, by offsets into that text. */
export interface FoundBody {
  name: string;
  role: BodyRole;
  start: number;
  end: number;
}

const ADVERBS = ["tiếp tục", "thường xuyên", "khẩn trương", "chủ động", "cần", "phải", "sớm", "kịp thời", "cũng", "đồng thời", "còn", "luôn", "vẫn", "sẽ", "trực tiếp"];

interface Verbs {
  adverbs: Map<string, string[]>;
  phrases: Map<string, string[]>;
}
const verbCache = new WeakMap<Grammar, Verbs>();

/** Adverbs and role verbs by their first word (lowercased), longest first: one map lookup per position. */
function verbs(g: Grammar): Verbs {
  let v = verbCache.get(g);
  if (!v) {
    const group = (list: string[]): Map<string, string[]> => {
      const m = new Map<string, string[]>();
      for (const p of [...list].sort((a, b) => b.length - a.length)) {
        const k = (p.split(" ")[0] as string).toLowerCase();
        m.set(k, [...(m.get(k) ?? []), p]);
      }
      return m;
    };
    v = { adverbs: group(ADVERBS), phrases: group([...g.data.roles.roles.map((r) => r.phrase), ...g.data.roles.requesters.map((r) => r.phrase)]) };
    verbCache.set(g, v);
  }
  return v;
}

function phraseFrom(s: string, k: number, table: Map<string, string[]>): string | null {
  const w = wordAt(s, k);
  if (!w) return null;
  return table.get(w.toLowerCase())?.find((p) => phraseAt(s, k, p, true)) ?? null;
}

/** The role verb right after `i` (skipping a colon and adverbs), lowercased. */
function verbAfter(s: string, i: number, g: Grammar): string | null {
  const v = verbs(g);
  let k = i;
  for (let guard = 0; guard < 6; guard++) {
    while (s[k] === " " || s[k] === ":") k++;
    const adv = phraseFrom(s, k, v.adverbs);
    if (!adv) break;
    k += adv.length;
  }
  return phraseFrom(s, k, v.phrases)?.toLowerCase() ?? null;
}

function roleOfVerb(verb: string | null, g: Grammar): BodyRole {
  if (!verb) return "assignee";
  const r = g.data.roles.roles.find((x) => x.phrase === verb && x.position === "after");
  return r ? r.role : "assignee";
}

function isRequester(verb: string | null, g: Grammar): boolean {
  return verb !== null && g.data.roles.requesters.some((r) => r.phrase.toLowerCase() === verb);
}

/** Sentence starts of a paragraph text (0 and after ". "). */
function sentenceStarts(s: string): number[] {
  const out = [0];
  for (const m of s.matchAll(/[.!?…]\s+(?=\p{Lu})/gu)) out.push(m.index + m[0].length);
  return out;
}

/** White space other than single inner spaces (segments start and end on a word, so most have none). */
const MESSY_SPACE = /^\s|\s$|[^\S ]|  /u;

/** Turns list segments into bodies, dropping what is not a responsible body. */
function emit(s: string, list: List, role: BodyRole, allowCollective: boolean, out: FoundBody[], allowProper = false, g?: Grammar): void {
  const items = list.items;
  const first = items[0] as Segment;
  // "Các đảng ủy Công an tỉnh, Quân sự tỉnh, …": the head distributes over the list.
  const distributive =
    first.kind === "collective" && first.head !== null && /^(?:[Cc]ác|[Nn]hững)\s+\p{Ll}/u.test(s.slice(first.start, first.start + first.head.length)) && /\p{Lu}/u.test(s.slice(first.start + first.head.length, first.end));
  for (const seg of items) {
    let name = s.slice(seg.start, seg.end);
    if (MESSY_SPACE.test(name)) name = name.replace(/\s+/g, " ").trim();
    if (/liên quan$/u.test(name)) continue;
    if (distributive && first.head) {
      const singular = first.head.replace(/^(?:các|những)\s+/iu, "");
      const head = singular[0]!.toUpperCase() + singular.slice(1);
      if (seg === first) name = head + name.slice(first.head.length);
      else if (seg.kind === "plain" && /^\p{Lu}/u.test(name)) name = head + " " + name;
      else if (seg.kind !== "named") continue;
      out.push({ name, role, start: seg.start, end: seg.end });
      continue;
    }
    // In a subject heading ("…, Viettel Quảng Nam, VNPT Quảng Nam: …") every
    // capitalised name before the colon is addressed, even without a head noun.
    const proper = allowProper && seg.kind === "plain" && /^\p{Lu}/u.test(name) && name.split(" ").length <= 6;
    // Elsewhere a collective counts only when qualified by its level
    // ("các đoàn thể chính trị - xã hội huyện"), never bare ("các ngành, địa phương").
    const qualified = seg.kind === "collective" && g !== undefined && levelEnded(s, seg, matchers(g));
    if (seg.kind === "named" || (seg.kind === "collective" && (allowCollective || qualified)) || proper) {
      out.push({ name, role, start: seg.start, end: seg.end });
    }
  }
}

/** True when the word at `i` can open a body name (a head's first word, "các", "những"). */
function opensName(s: string, i: number, g: Grammar): boolean {
  const w = wordAt(s, i)?.toLowerCase();
  return w !== undefined && (w === "các" || w === "những" || matchers(g).headsByFirst.has(w));
}

/** The item's opening text is an assessment, not an assignment. */
export function isNarrative(text: string, g: Grammar): boolean {
  return g.data.roles.narrative.some((n) => text.startsWith(n.phrase));
}

const PREFIX = /^(?:Giao|Đề nghị|Yêu cầu)\s+/u;

/**
 * Assigning verbs in any case, each letter as a class of its two cases: as
 * exact as a case-insensitive Unicode regex for these letters, and several
 * times faster. The letter before a match is checked by table (a lookbehind
 * would be tried at every position).
 */
const VERBS = /([Gg][Ii][Aa][Oo]|[Yy][Êê][Uu] [Cc][Ầầ][Uu]|[Đđ][Ềề] [Nn][Gg][Hh][Ịị]|[Ll][Ãã][Nn][Hh] [Đđ][Ạạ][Oo]|[Cc][Hh][Ỉỉ] [Đđ][Ạạ][Oo])\s+/g;
/** "chủ trì" in any case (the letters around it checked by table). */
const CHU_TRI = /[Cc][Hh][Ủủ] [Tt][Rr][Ìì]/g;

/** A match of an assigning verb: the whole match, the verb, where. */
interface VerbMatch {
  index: number;
  0: string;
  1: string;
}

/**
 * Assigning verbs in `s`, in any case. Matched on the lowercased text when
 * lowercasing keeps every offset (a case-sensitive scan is several times
 * faster than a case-insensitive Unicode one); the groups are sliced from `s`.
 */
/** True when a letter (`\p{L}`) ends right before `at` (a surrogate pair read whole). */
function isLetterBefore(s: string, at: number): boolean {
  const low = s.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? isLetterAt(s, at - 2) : isLetterAt(s, at - 1);
}

function assigningVerbs(s: string): VerbMatch[] {
  const out: VerbMatch[] = [];
  for (const m of s.matchAll(VERBS)) {
    const at = m.index as number;
    if (at > 0 && isLetterBefore(s, at)) continue;
    out.push({ index: at, 0: m[0], 1: m[1] as string });
  }
  return out;
}

/** Offsets of "chủ trì" standing as words. */
function chuTri(s: string): number[] {
  const out: number[] = [];
  for (const m of s.matchAll(CHU_TRI)) {
    const at = m.index as number;
    if ((at > 0 && isLetterBefore(s, at)) || isLetterAt(s, at + m[0].length)) continue;
    out.push(at);
  }
  return out;
}

/**
 * Bodies of one item. `texts` are the item's own paragraph texts (marker
 * removed), the first one opening the item.
 */
export function findBodies(texts: string[], g: Grammar): { paragraph: number; body: FoundBody }[] {
  const found: { paragraph: number; body: FoundBody }[] = [];
  if (!texts.length || isNarrative(texts[0] as string, g)) return found;
  texts.forEach((s, p) => {
    const out: FoundBody[] = [];
    // 1 and 2: subjects.
    for (const at of sentenceStarts(s)) {
      const pre = PREFIX.exec(s.slice(at));
      const from = at + (pre ? pre[0].length : 0);
      // A subject opens with a head ("Sở", "Ban Thường vụ") or a plural: skip other sentences cheaply.
      if (!opensName(s, from, g)) continue;
      const list = readList(s, from, g);
      if (!list) continue;
      const first = list.items[0] as Segment;
      const opening = p === 0 && at === 0;
      if (first.kind !== "named" && !(opening && first.kind === "collective")) continue;
      // "Điều 4. Các cơ quan thành viên" is an article's title: a collective is addressed only before a colon or a verb.
      if (first.kind === "collective" && !/^\s*:/u.test(s.slice(list.end)) && /^\s*$/u.test(s.slice(list.end))) continue;
      const verb = verbAfter(s, list.end, g);
      // The list ends the sentence or heads it ("Sở Y tế:", "2. Sở Y tế").
      const atEnd = /^\s*(?::|\.?\s*$)/u.test(s.slice(list.end));
      if (!pre && isRequester(verb, g)) continue;
      // "Trung tâm Y tế huyện đã kịp thời khoanh vùng": a report of what was done, not an assignment.
      if (/^\s+(?:cũng\s+|vừa\s+)?(?:đã|vừa)\s/u.test(s.slice(list.end))) continue;
      if (!opening && !verb && !atEnd) {
        // A later sentence needs a verb right after the name ("Sở X tăng cường…").
        if (!/^\s+\p{Ll}/u.test(s.slice(list.end))) continue;
      }
      emit(s, list, roleOfVerb(verb, g), opening, out, opening && /^\s*:/u.test(s.slice(list.end)));
    }
    // 3: objects of assigning verbs.
    for (const m of assigningVerbs(s)) {
      const verb = (m[1] as string).toLowerCase();
      const before = s.slice(Math.max(0, m.index - 12), m.index);
      if (/(?:được|theo|của|sự|công tác|ý kiến|việc)\s*$/u.test(before)) continue;
      const from = m.index + m[0].length;
      const list = readList(s, from, g);
      if (!list) continue;
      if (verb === "chỉ đạo" && !/^\s*:\s*$/u.test(s.slice(list.end))) continue;
      const next = verbAfter(s, list.end, g);
      emit(s, list, next === "chủ trì" ? "lead" : "assignee", false, out, false, g);
    }
    // 4: "X chủ trì" and "chủ trì, phối hợp (với) Y".
    // The last clause delimiter before each match, found by one forward scan (lastIndexOf per match is quadratic on a long line).
    let scanned = 0;
    let clause = -1;
    for (const index of chuTri(s)) {
      const m = { index };
      for (; scanned < m.index; scanned++) {
        const c = s.charCodeAt(scanned);
        if (c === 44 || c === 59 || c === 46 || c === 58) clause = scanned; // , ; . :
      }
      let from = clause + 1;
      // "Giao UBND thành phố chỉ đạo Phòng Tài chính - Kế hoạch chủ trì": the clause opens after the last verb.
      const verbs = [...s.slice(from, m.index).matchAll(/(?<![\p{L}])(?:chỉ đạo|giao|yêu cầu|đề nghị|lãnh đạo)\s+/giu)];
      const lastVerb = verbs[verbs.length - 1];
      if (lastVerb) from += lastVerb.index + lastVerb[0].length;
      while (s[from] === " ") from++;
      const list = readList(s, from, g);
      if (list && s.slice(list.end, m.index).trim() === "") emit(s, list, "lead", false, out, false, g);
      const co = /^,?\s+phối hợp(?:\s+với)?\s+/u.exec(s.slice(m.index + "chủ trì".length));
      if (co) {
        const list2 = readList(s, m.index + "chủ trì".length + co[0].length, g);
        if (list2) emit(s, list2, "coordinate", false, out, false, g);
      }
    }
    for (const b of out) found.push({ paragraph: p, body: b });
  });
  // One entry per name: the first found, its role made more specific by later finds.
  const seen = new Map<string, { paragraph: number; body: FoundBody }>();
  const rank: Record<BodyRole, number> = { lead: 5, coordinate: 4, directs: 3, advises: 2, monitors: 2, "reports-to": 1, assignee: 0 };
  const ordered = [...found].sort((a, b) => a.paragraph - b.paragraph || a.body.start - b.body.start);
  for (const f of ordered) {
    const key = f.body.name.toLowerCase();
    const had = seen.get(key);
    if (!had) seen.set(key, f);
    else if (rank[f.body.role] > rank[had.body.role]) had.body.role = f.body.role;
  }
  return [...seen.values()];
}
