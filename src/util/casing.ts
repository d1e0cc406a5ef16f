import { letterFlags } from "./chars.js";

/**
 * Display case for ALL CAPS header lines, from the grammar's lexicon:
 * "TỈNH ỦY KON TUM" → "Tỉnh ủy Kon Tum", "PHÓ CHỦ TỊCH" → "Phó Chủ tịch".
 */

/** Letter case of code units below U+2000 (Latin, Vietnamese, Greek, Cyrillic): 0 uncased, 1 upper, 2 lower. */
const CASE = (() => {
  const t = new Uint8Array(0x2000);
  for (let c = 0; c < 0x2000; c++) t[c] = caseOfChar(String.fromCharCode(c));
  return t;
})();

function caseOfChar(ch: string): number {
  const up = ch.toUpperCase();
  return up === ch.toLowerCase() ? 0 : ch === up ? 1 : 2;
}

const SPACE = /\s/;

/** True when the letters of `s` are (nearly) all capitals. */
export function isAllCaps(s: string): boolean {
  // Caps lines are short.
  if (s.length > 300) return false;
  let caps = 0;
  let mixed = 0;
  let upperLetters = 0;
  let up = 0;
  let low = 0;
  // A line opening with a letter and two lowercase letters is text, unless it has two capitals in a row.
  let letters = 0; // code points since the first letter, up to 3
  let opensLower = true;
  let prevUpper = false;
  let twoUpper = false;
  // One pass over the code points, words split at white space (a table lookup per letter).
  for (let i = 0; i <= s.length; i++) {
    const atEnd = i >= s.length;
    const c = atEnd ? 32 : s.charCodeAt(i);
    let cp = c;
    if (!atEnd && c >= 0xd800 && c <= 0xdbff) {
      cp = s.codePointAt(i) as number;
      if (cp > 0xffff) i++;
    }
    const f = atEnd ? 0 : letterFlags(cp);
    if (letters < 3 && (letters > 0 || (f & 8) !== 0)) {
      if (letters > 0 && (f & 16) === 0) opensLower = false;
      letters++;
    }
    const isUp = (f & 32) !== 0;
    if (isUp && prevUpper) twoUpper = true;
    prevUpper = isUp;
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c < 0xd800 || c > 0xdfff) && SPACE.test(s[i] as string))) {
      if (up + low > 0) {
        upperLetters += up;
        if (low === 0) caps++;
        else mixed++;
      }
      up = 0;
      low = 0;
      continue;
    }
    const k = cp < 0x2000 ? (CASE[cp] as number) : caseOfChar(String.fromCodePoint(cp));
    if (k === 1) up++;
    else if (k === 2) low++;
  }
  if (letters === 3 && opensLower && !twoUpper) return false;
  // Words in capitals, allowing a mixed-case term ("DỊCH Covid-19") in a long line.
  if (caps === 0 || upperLetters < 2) return false;
  return mixed <= Math.floor(0.25 * (caps + mixed));
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** Capitalises the first letter. */
export function capitalise(s: string): string {
  const i = s.search(/\p{L}/u);
  return i < 0 ? s : s.slice(0, i) + (s[i] as string).toUpperCase() + s.slice(i + 1);
}

/** A compiled lexicon: terms longest first, matched case-insensitively on word boundaries. */
export interface Lexicon {
  re: RegExp | null;
  byLower: Map<string, string>;
}

/** Builds a lexicon matcher from its terms. */
export function makeLexicon(terms: readonly string[]): Lexicon {
  const sorted = [...new Set(terms)].sort((a, b) => b.length - a.length);
  const byLower = new Map(sorted.map((t) => [t.toLowerCase(), t]));
  if (!sorted.length) return { re: null, byLower };
  const alt = sorted.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|");
  return { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, "giu"), byLower };
}

/**
 * Sentence case of a caps line: capital words are lowercased (mixed-case
 * words such as "Covid-19" are kept), the first letter capitalised, then
 * lexicon terms written as a reader writes them. A line that is not ALL
 * CAPS only gets its first letter capitalised. `caseless`: the line lost its
 * case (a TCVN3 heading typed in lowercase) and is read as caps would be.
 */
/** True when a text has letters but not one capital: its case was lost (or never written), so caps and lowercase read alike. */
export function hasNoCapitals(s: string): boolean {
  return !/\p{Lu}/u.test(s) && /\p{L}/u.test(s);
}

export function displayCase(s: string, lex: Lexicon, first = true, caseless = false): string {
  if (!caseless && !isAllCaps(s)) return first ? capitalise(s) : s;
  let out = s.replace(WORD, (w) => (w === w.toUpperCase() ? w.toLowerCase() : w));
  if (lex.re) {
    // Lowercasing keeps lengths, so offsets into `out` are offsets into `s`:
    // a term written in mixed case in the source ("Covid-19") is left as written.
    out = out.replace(lex.re, (m, at: number) => {
      const orig = s.slice(at, at + m.length);
      if (!caseless && orig !== orig.toUpperCase()) return orig;
      return lex.byLower.get(m.toLowerCase().replace(/\s+/g, " ")) ?? m;
    });
  }
  return first ? capitalise(out) : out;
}
