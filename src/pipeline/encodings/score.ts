/**
 * How Vietnamese a text reads: the engine that picks among the readings of
 * legacy bytes. A word with a letter outside ASCII is a well-formed
 * syllable (initial consonant, a known rhyme, at most one tone, and after
 * c/ch/p/t only sắc or nặng) or not; a wrong reading breaks most of them.
 */
import { FREQUENT, ONSETS, RHYMES, STOP_FINAL } from "./syllables.js";

const TONES = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);
const STOP_TONES = new Set(["\u0301", "\u0323"]);
const BY_LENGTH = [...ONSETS].sort((a, b) => b.length - a.length);
const WORD = /[\p{L}\p{M}]+/gu;
const NOT_ASCII = /[^\x00-\x7f]/u;
/** Capitals and Đ without a vowel (QĐ, HĐND, BCĐQG): abbreviations, not syllables to judge. */
const ABBREVIATION = /^[B-DF-HJ-NP-TV-XZĐ]+$/u;
/** C1 controls and Latin-1 symbols: what a wrong reading leaves between the letters (not NBSP). */
const STRAY = /[\u0080-\u009f\u00a1-\u00bf\u00d7\u00f7]/gu;

/** True when `word` (any case, any normal form) is a well-formed Vietnamese syllable. */
export function isSyllable(word: string): boolean {
  let tone = "";
  let base = "";
  for (const c of word.toLowerCase().normalize("NFD")) {
    if (!TONES.has(c)) base += c;
    else if (tone) return false;
    else tone = c;
  }
  base = base.normalize("NFC").replace(/ð/gu, "đ");
  for (const onset of BY_LENGTH) {
    if (!base.startsWith(onset)) continue;
    const rhyme = base.slice(onset.length);
    if (RHYMES.has(rhyme) && (!tone || !STOP_FINAL.test(rhyme) || STOP_TONES.has(tone)) && spelled(onset, rhyme)) return true;
  }
  return false;
}

/** The spelling rules of c/k, g/gh and ng/ngh: k, gh, ngh before e, ê, i (and k before y); c, g, ng elsewhere (g also before i: "gì"). */
function spelled(onset: string, rhyme: string): boolean {
  const front = /^[eêiy]/u.test(rhyme);
  if (onset === "k" || onset === "gh" || onset === "ngh") return front && (onset === "k" || !rhyme.startsWith("y"));
  if (onset === "c" || onset === "ng") return !front;
  return onset !== "g" || !/^[eê]/u.test(rhyme);
}

/** A reading's score and what it was made of. */
export interface Score {
  /** 3 for each frequent syllable, 1 for each other syllable, −2 for each non-syllable, −1 for each stray symbol; ASCII words and abbreviations (HĐND) do not count. */
  score: number;
  /** Words with a letter outside ASCII. */
  words: number;
  /** Of those, the well-formed syllables. */
  syllables: number;
  /** C1 controls and Latin-1 symbols (¸ · ¶ ©…), which a wrong reading leaves between the letters. */
  strays: number;
}

/** Points of the words already judged (texts repeat their words), cleared when large. */
const seen = new Map<string, number>();

/** Scores a reading (composed to NFC first, so decomposed windows-1258 text scores like the rest). */
export function vietnameseScore(text: string): Score {
  const nfc = text.normalize("NFC");
  let score = 0;
  let words = 0;
  let syllables = 0;
  for (const [w] of nfc.matchAll(WORD)) {
    if (!NOT_ASCII.test(w) || ABBREVIATION.test(w)) continue;
    words++;
    let points = seen.get(w);
    if (points === undefined) {
      if (seen.size > 50_000) seen.clear();
      seen.set(w, (points = isSyllable(w) ? (FREQUENT.has(w.toLowerCase()) ? 3 : 1) : -2));
    }
    if (points > 0) syllables++;
    score += points;
  }
  const strays = nfc.match(STRAY)?.length ?? 0;
  return { score: score - strays, words, syllables, strays };
}
