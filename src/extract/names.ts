/**
 * Reading body names and lists of them in running text.
 *
 * A name opens with a head from the grammar ("Sở", "Ban Thường vụ",
 * "các cơ quan") and runs on through capitalised words, level words
 * ("tỉnh", "các cấp", "Tỉnh ủy"), "và" between capitalised words and the
 * unit "phòng, chống", until punctuation, a stop word (a verb) or a
 * lowercase word after a level word. Lists split on ";" always, on "," and
 * "và" by the rules in `readList`.
 */
import type { Grammar } from "../grammar/index.js";
import type { HeadEntry } from "../grammar/schema.js";
import { isUpperAt, isWordCharAt, wordEnd } from "../util/chars.js";

/** One name (or a non-name segment) of a list, by offsets into the text. */
export interface Segment {
  start: number;
  end: number;
  kind: HeadEntry["kind"] | "plain";
  head: string | null;
  /** Ended on a level word or a capitalised word. */
  complete: boolean;
}

/** Matchers derived from the grammar once. */
export interface NameMatchers {
  heads: HeadEntry[];
  levels: string[];
  stops: string[];
  /** Phrases by their first word (lowercased): one map lookup per word. */
  headsByFirst: Map<string, HeadEntry[]>;
  levelsByFirst: Map<string, string[]>;
  stopsByFirst: Map<string, string[]>;
}

function byFirst<T>(items: T[], text: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = (text(it).split(" ")[0] as string).toLowerCase();
    m.set(k, [...(m.get(k) ?? []), it]);
  }
  return m;
}

const cache = new WeakMap<Grammar, NameMatchers>();

/** The grammar's heads, levels and stops, longest first. */
export function matchers(g: Grammar): NameMatchers {
  let m = cache.get(g);
  if (!m) {
    const byLen = (a: { text: string }, b: { text: string }): number => b.text.length - a.text.length;
    const heads = [...g.data.bodies.heads].sort(byLen);
    const levels = g.data.bodies.levels.map((l) => l.text).sort((a, b) => b.length - a.length);
    const stops = g.data.bodies.stops.map((l) => l.text).sort((a, b) => b.length - a.length);
    m = {
      heads, levels, stops,
      headsByFirst: byFirst(heads, (h) => h.text),
      levelsByFirst: byFirst(levels, (l) => l),
      stopsByFirst: byFirst(stops, (l) => l),
    };
    cache.set(g, m);
  }
  return m;
}

const isUpper = (c: string | undefined): boolean => !!c && isUpperAt(c, 0);
const isLetter = (c: string | undefined): boolean => !!c && isWordCharAt(c, 0);

/** The word at `i`, or null. */
export function wordAt(s: string, i: number): string | null {
  const end = wordEnd(s, i);
  return end > i ? s.slice(i, end) : null;
}

/** True when `phrase` is written at `i` (exact case unless `fold`) and ends on a word boundary. */
export function phraseAt(s: string, i: number, phrase: string, fold = false): boolean {
  const got = s.slice(i, i + phrase.length);
  if (fold ? got !== phrase && got.toLowerCase() !== lowerOf(phrase) : got !== phrase) return false;
  return !isLetter(s[i + phrase.length]);
}

function skipSpaces(s: string, i: number): number {
  while (s[i] === " ") i++;
  return i;
}

const lowered = new Map<string, string>();

/** A grammar phrase lowercased (cached: phrases are few). */
function lowerOf(phrase: string): string {
  let l = lowered.get(phrase);
  if (l === undefined) {
    l = phrase.toLowerCase();
    lowered.set(phrase, l);
  }
  return l;
}

/** The head written at `i`, honouring `capitalised` heads. */
export function headAt(s: string, i: number, m: NameMatchers, anyCase = false): HeadEntry | null {
  if (isLetter(s[i - 1])) return null;
  const first = wordAt(s, i);
  if (!first) return null;
  const candidates = m.headsByFirst.get(first.toLowerCase());
  if (!candidates) return null;
  // The text ahead lowercased once, each head compared to it (when lowercasing keeps offsets).
  const ahead = s.slice(i, i + (candidates[0] as HeadEntry).text.length);
  const lowerAhead = ahead.toLowerCase();
  const same = lowerAhead.length === ahead.length;
  for (const h of candidates) {
    if (same ? !(lowerAhead.startsWith(lowerOf(h.text)) && !isLetter(s[i + h.text.length])) : !phraseAt(s, i, h.text, true)) continue;
    if (h.capitalised && !anyCase) {
      if (!isUpper(s[i])) continue;
      if (!h.text.includes(" ")) {
        const next = skipSpaces(s, i + h.text.length);
        if (!isUpper(s[next])) continue;
      }
    }
    return h;
  }
  return null;
}

const NONE: readonly string[] = [];

/** The phrase of `table` written at `i` whose first word (lowercased) is `lw`. */
function phraseOf(s: string, i: number, lw: string | undefined, table: Map<string, string[]>): string | null {
  if (lw === undefined) return null;
  for (const p of table.get(lw) ?? NONE) if (phraseAt(s, i, p)) return p;
  return null;
}

function lowerWordAt(s: string, i: number): string | undefined {
  return wordAt(s, i)?.toLowerCase();
}

function stopPhraseAt(s: string, i: number, m: NameMatchers, lw = lowerWordAt(s, i)): string | null {
  return phraseOf(s, i, lw, m.stopsByFirst);
}

function stopAt(s: string, i: number, m: NameMatchers): boolean {
  return stopPhraseAt(s, i, m) !== null;
}

function levelAt(s: string, i: number, m: NameMatchers, lw = lowerWordAt(s, i)): string | null {
  return phraseOf(s, i, lw, m.levelsByFirst);
}

/** Reads one segment (a name, or plain words) at `i`; null when there is no word. */
export function readSegment(s: string, i: number, g: Grammar): Segment | null {
  const m = matchers(g);
  i = skipSpaces(s, i);
  const head = headAt(s, i, m);
  let j = i;
  let complete = false;
  let words = 0;
  // "Các Trung tâm Y tế huyện", "các Sở": a plural of a named head is a collective.
  let plural: HeadEntry | null = null;
  if (!head && /^(?:các|những)$/iu.test(wordAt(s, i) ?? "")) {
    const after = skipSpaces(s, i + (wordAt(s, i) as string).length);
    const inner = headAt(s, after, m);
    if (inner && inner.kind === "named") plural = { text: s.slice(i, after + inner.text.length), kind: "collective", capitalised: false, description: inner.description };
  }
  const lead = head ?? plural;
  if (lead) {
    j = i + lead.text.length;
    complete = head !== null && levelAt(s, i, m) !== null;
  } else {
    if (!wordAt(s, i) || stopAt(s, i, m)) return null;
  }
  let lastWordStart = -1;
  for (;;) {
    const k = skipSpaces(s, j);
    const c = s[k];
    if (c === undefined) break;
    if (c === ",") {
      // "phòng, chống" is one unit inside names.
      const prev = s.slice(Math.max(0, j - 5), j);
      const after = skipSpaces(s, k + 1);
      if (/phòng$/iu.test(prev) && phraseAt(s, after, "chống", true)) {
        j = after + "chống".length;
        continue;
      }
      break;
    }
    if (c === "-" || c === "–") {
      // "chính trị - xã hội": a spaced hyphen inside a name.
      const after = skipSpaces(s, k + 1);
      const w = wordAt(s, after);
      if (w && k > j && !stopAt(s, after, m)) {
        j = after + w.length;
        continue;
      }
      break;
    }
    if (!isLetter(c)) break;
    if (k === j && j !== i) break; // no space: not a new word
    // A stop word right before a colon is the end of a name ("… giáo dục thường xuyên:").
    const w = wordAt(s, k) as string;
    const lw = w.toLowerCase();
    const stop = stopPhraseAt(s, k, m, lw);
    if (stop && !/^\s*:/u.test(s.slice(k + stop.length))) break;
    if (w === "và") {
      if (complete) break; // "Công an tỉnh và Quân sự tỉnh": two names
      const after = skipSpaces(s, k + 2);
      if (headAt(s, after, m) || phraseAt(s, after, "các", true) || !isUpper(s[after])) break;
      j = k + w.length;
      continue;
    }
    const level = levelAt(s, k, m, lw);
    if (level) {
      j = k + level.length;
      complete = true;
      continue;
    }
    if (isUpper(w[0])) {
      j = k + w.length;
      lastWordStart = k;
      complete = complete || false;
      continue;
    }
    if (complete) break;
    j = k + w.length;
    if (++words > 14) return null;
  }
  if (j === i) return null;
  const end = j;
  const space = lastWordStart >= 0 ? s.indexOf(" ", lastWordStart) : -1;
  const capEnd = lastWordStart >= 0 && (space < 0 || space >= end);
  return { start: i, end, kind: lead ? lead.kind : "plain", head: lead?.text ?? null, complete: complete || capEnd };
}

/** The number of space-separated parts of `s.slice(start, end)` (as `split(" ").length`). */
function countWords(s: string, start: number, end: number): number {
  let n = 1;
  for (let i = s.indexOf(" ", start); i >= 0 && i < end; i = s.indexOf(" ", i + 1)) n++;
  return n;
}

/** True when a segment ends on a level word ("tỉnh", "các cấp"). */
export function levelEnded(s: string, seg: Segment, m: NameMatchers): boolean {
  return m.levels.some((l) => s.slice(seg.start, seg.end).endsWith(l));
}

/** A list of segments and where it ends. */
export interface List {
  items: Segment[];
  end: number;
}

/** Reads a list of names at `i`. */
export function readList(s: string, i: number, g: Grammar): List | null {
  const m = matchers(g);
  const first = readSegment(s, i, g);
  if (!first) return null;
  const items: Segment[] = [first];
  let end = first.end;
  for (;;) {
    const prev = items[items.length - 1] as Segment;
    const k = skipSpaces(s, prev.end);
    const c = s[k];
    if (c === ";" || c === ",") {
      const next = skipSpaces(s, k + 1);
      let lowerHead: HeadEntry | null = null;
      const seg = readSegment(s, next, g);
      if (!seg) break;
      const lower = !isUpper(s[next]);
      const startsCac = phraseAt(s, next, "các", true) || phraseAt(s, next, "những", true);
      const capHead = seg.head !== null && isUpper(s[next]);
      const prevText = s.slice(prev.start, prev.end);
      const words = countWords(s, seg.start, seg.end);
      // "các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy": after a plural, lowercase kinds (even heads) enumerate.
      const short = !startsCac && ((seg.head === null && words <= 3) || (lower && seg.kind === "named" && words <= 6 && /(?:^|\s)(?:các|những)\s/iu.test(prevText)));
      // "Ban Thường vụ các huyện ủy, thành ủy", "các sở, ban, ngành": a plural enumerates its kinds;
      // "Ủy ban nhân dân các tỉnh Kon Tum, Gia Lai": a plural inside a name enumerates places.
      // ("Các đảng ủy Công an tỉnh, Quân sự tỉnh" opens with the plural: a distributive list.)
      const enumerates =
        short && ((lower && /(?:^|\s)(?:các|những)\s/iu.test(prevText + " ")) || (items.length === 1 && /\s(?:các|những)\s/u.test(prevText)));
      const onlyLevel = lower && levelAt(s, next, m) !== null && levelAt(s, next, m)!.length === seg.end - seg.start;
      // "Sở Văn hóa, Thể thao và Du lịch": a name whose parts are listed.
      const partsOfName = !lower && seg.head === null && prev.kind === "named" && !levelEnded(s, prev, m) && /\svà\s\p{Lu}/u.test(s.slice(seg.start, seg.end));
      if (partsOfName) {
        prev.end = seg.end;
        prev.complete = seg.complete;
      } else if (c === ";" || startsCac || capHead) {
        items.push(seg);
      } else if (lower && !enumerates && !onlyLevel && /^(?:các|những)\s/iu.test(prevText) && (lowerHead = headAt(s, next, m, true))) {
        // "Các trường trung học phổ thông, trung tâm giáo dục thường xuyên": after a plural, a kind written
        // with a head in lowercase is the next item (a short kind, "các sở, ban, ngành", enumerates above).
        items.push({ ...seg, kind: lowerHead.kind, head: s.slice(next, next + lowerHead.text.length) });
      } else if (enumerates || onlyLevel || (!prev.complete && lower)) {
        prev.end = seg.end;
        prev.complete = seg.complete;
      } else {
        items.push(seg);
      }
      end = items[items.length - 1]!.end;
      continue;
    }
    if (phraseAt(s, k, "và")) {
      const next = skipSpaces(s, k + 2);
      if (headAt(s, next, m) || phraseAt(s, next, "các", true)) {
        const seg = readSegment(s, next, g);
        if (!seg) break;
        items.push(seg);
        end = seg.end;
        continue;
      }
    }
    break;
  }
  return { items, end };
}
