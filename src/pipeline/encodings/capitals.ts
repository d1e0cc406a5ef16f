/**
 * TCVN3 has no toned capitals. Headings were typed with the .VnTimeH font,
 * whose glyphs for the lowercase toned bytes are capitals, so "CỘNG HÒA"
 * comes back as "CộNG HòA"; in body text "Ủy ban" was typed as "ủy ban".
 * Where the context shows a letter was a capital it is restored; what
 * cannot be told (a title inside a sentence: "Chủ tịch ủy ban") stays as
 * it reads. Case changes keep every letter one code unit, so offsets do
 * not move.
 */
import { isSyllable } from "./score.js";
import { TCVN3_LETTERS } from "./tcvn3.js";

const LETTERS = Object.values(TCVN3_LETTERS);
/** Lowercase letters TCVN3 has no capital for: the toned vowels. */
const NO_CAPITAL = new Set(LETTERS.filter((c) => c !== c.toUpperCase() && !LETTERS.includes(c.toUpperCase())));

/** What `restoreCapitals` did. */
export interface Restored {
  text: string;
  /** The words it changed, as restored, in order. */
  words: string[];
}

/** A line, or a cell of a tab-separated line. */
const SEGMENT = /[^\t\n]+/gu;
const WORD = /\p{L}+/gu;

/** How a word is cased: letters that are capitals, plain lowercase letters, and toned lowercase letters (no capital in TCVN3). */
function shape(word: string): { caps: number; lower: number; toned: number } {
  const n = { caps: 0, lower: 0, toned: 0 };
  for (const c of word) {
    if (NO_CAPITAL.has(c)) n.toned++;
    else if (c !== c.toUpperCase()) n.lower++;
    else if (c !== c.toLowerCase()) n.caps++;
  }
  return n;
}

/**
 * True when a line or cell is in capitals. Strong evidence is a word with
 * two capitals and only toned letters beside them ("HOạCH"): one is enough
 * when no word has a plain lowercase letter ("Kế HOạCH"). Weak evidence is
 * a word all in capitals that is a Vietnamese syllable ("BAN", "NHÂN"; not
 * "UBND", which ordinary lines have too): two pieces of evidence and three
 * for each word with a plain lowercase letter ("Covid-19" in a heading)
 * make a capital line. "Số 283-TB/TU" is not one.
 */
function isCapitalLine(segment: string): boolean {
  let strong = 0;
  let weak = 0;
  let lower = 0;
  for (const [w] of segment.matchAll(WORD)) {
    const n = shape(w);
    if (n.lower) lower++;
    else if (n.caps >= 2 && n.toned) strong++;
    else if (n.caps >= 2 && isSyllable(w)) weak++;
  }
  return (strong >= 1 && lower === 0) || (strong + weak >= 2 && strong + weak >= 3 * lower);
}

/** Where a sentence starts: after a line's indent, list mark or numbering ("- ", "2. ", "a) ", "**"), or after ". ", "? ", "! ". */
const SENTENCE_START = /(?:^|\n)[ \t]*(?:\*\*)?(?:[-+•]+[ \t]+|(?:\d+(?:\.\d+)*|[a-zđ])[.)][ \t]+)?(?=\p{L})|[.!?]["'”)]?[ \t]+(?=\p{L})/gu;
const WORD_AT = /\p{L}+/uy;

/**
 * Restores the capitals a TCVN3 text lost: every toned letter of a capital
 * line or cell ("ủY BAN NHÂN DÂN", "HUYệN ĐắK Hà"); elsewhere a word of two
 * capitals or more whose other letters are toned ("CộNG"), and the first
 * letter of a sentence ("ảnh: …", "- ủy ban …"). "Hà" in a title-case line
 * and words inside a sentence ("Chủ tịch ủy ban") stay: they cannot be told.
 */
export function restoreCapitals(text: string): Restored {
  const words: string[] = [];
  const lines = text.replace(SEGMENT, (segment) => {
    if (![...segment].some((c) => NO_CAPITAL.has(c))) return segment;
    const capital = isCapitalLine(segment);
    return segment.replace(WORD, (w) => {
      const n = shape(w);
      if (!n.toned || n.lower || !(capital || n.caps >= 2)) return w;
      const u = w.toUpperCase();
      words.push(u);
      return u;
    });
  });
  let out = "";
  let last = 0;
  for (const m of lines.matchAll(SENTENCE_START)) {
    const at = m.index + m[0].length;
    const first = lines[at] as string;
    if (!NO_CAPITAL.has(first)) continue;
    WORD_AT.lastIndex = at;
    words.push(first.toUpperCase() + (WORD_AT.exec(lines) as RegExpExecArray)[0].slice(1));
    out += lines.slice(last, at) + first.toUpperCase();
    last = at + 1;
  }
  return { text: last ? out + lines.slice(last) : lines, words };
}
