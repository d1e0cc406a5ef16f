/**
 * Character classes by table lookup: the hot loops of the extractors ask
 * "is this a letter or digit?" and "is this a capital?" once per character,
 * which a Unicode regex answers far more slowly. Code units below U+2070
 * (Latin, Vietnamese, Greek, Cyrillic, punctuation) come from a table built
 * once from the Unicode regexes themselves; anything above asks the regex.
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const LOWERCASE = /\p{Ll}/u;
const UPPERCASE = /\p{Lu}/u;
const TABLE_END = 0x2070;
/** Bit 1: letter or digit; bit 2: capital (cased, equal to its upper case); bit 4: lowercase; bit 8: letter; 16: \p{Ll}; 32: \p{Lu}. */
const FLAGS = (() => {
  const t = new Uint8Array(TABLE_END);
  for (let c = 0; c < TABLE_END; c++) {
    const ch = String.fromCharCode(c);
    const up = ch.toUpperCase();
    const low = ch.toLowerCase();
    let f = WORD_CHAR.test(ch) ? 1 : 0;
    if (up !== low) f |= ch === up ? 2 : 4;
    if (LETTER.test(ch)) f |= 8;
    if (LOWERCASE.test(ch)) f |= 16;
    if (UPPERCASE.test(ch)) f |= 32;
    t[c] = f;
  }
  return t;
})();

/** True when the code point at `i` of `s` is a letter or a digit (`[\p{L}\p{N}]`). */
export function isWordCharAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < TABLE_END) return ((FLAGS[c] as number) & 1) === 1;
  if (c !== c) return false; // past the end
  return WORD_CHAR.test(String.fromCodePoint(s.codePointAt(i) as number));
}

/** True when the code point at `i` of `s` is a letter (`\p{L}`). */
export function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < TABLE_END) return ((FLAGS[c] as number) & 8) === 8;
  if (c !== c) return false;
  return LETTER.test(String.fromCodePoint(s.codePointAt(i) as number));
}

/** True when the character at `i` of `s` is a capital letter. */
export function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < TABLE_END) return ((FLAGS[c] as number) & 2) === 2;
  if (c !== c) return false;
  const ch = s[i] as string;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * The end of the word starting at `i` (`[\p{L}\p{N}]+(?:[-–][\p{L}\p{N}]+)*`),
 * or `i` when no word starts there.
 */
export function wordEnd(s: string, i: number): number {
  let j = i;
  for (;;) {
    const start = j;
    while (j < s.length && isWordCharAt(s, j)) j += s.charCodeAt(j) >= 0xd800 && s.charCodeAt(j) <= 0xdbff ? 2 : 1;
    if (j === start) return start === i ? i : start - 1; // a hyphen not followed by a word char is not part of the word
    const c = s.charCodeAt(j);
    if ((c === 0x2d || c === 0x2013) && isWordCharAt(s, j + 1)) {
      j++;
      continue;
    }
    return j;
  }
}

/** Letter categories of a code point: 8 a letter (\p{L}), 16 lowercase (\p{Ll}), 32 uppercase (\p{Lu}); other bits as in the table. */
export function letterFlags(cp: number): number {
  if (cp < TABLE_END) return FLAGS[cp] as number;
  const ch = String.fromCodePoint(cp);
  return (LETTER.test(ch) ? 8 : 0) | (LOWERCASE.test(ch) ? 16 : 0) | (UPPERCASE.test(ch) ? 32 : 0);
}
