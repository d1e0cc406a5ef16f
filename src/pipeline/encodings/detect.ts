/**
 * Which font encoding a text came in. Bytes that are not UTF-8 are read as
 * windows-1258, TCVN3 and VNI, and the reading that is most Vietnamese
 * (./score.ts) wins, windows-1258 on a tie. A Unicode text made only of
 * Latin-1/CP1252 characters ("Céng hßa X· héi", "Xin chaøo") may be TCVN3 or
 * VNI shown through a Latin-1 font: it is mapped back to bytes and read
 * again, and kept only when that reads clearly better. Per file: batches mix eras.
 */
import { CP1252_HIGH } from "./latin.js";
import { decodeTcvn3, decodeVni, textUnits } from "./decoders.js";
import { vietnameseScore, type Score } from "./score.js";

/** One reading of the input. */
export interface Reading {
  text: string;
  encoding: "windows-1258" | "tcvn3" | "vni";
  score: Score;
}

const W1258 = new TextDecoder("windows-1258");
/** How much of the input is scored: the first 256 KiB tell the encoding as well as the whole. */
const SAMPLE = 1 << 18;
const DECODERS: Record<Reading["encoding"], (units: Uint8Array | Uint16Array) => string> = {
  "windows-1258": (b) => W1258.decode(b),
  tcvn3: decodeTcvn3,
  vni: decodeVni,
};

/**
 * The readings of bytes that are not UTF-8, best first (windows-1258,
 * tcvn3, vni on a tie), scored on their first SAMPLE bytes; the best one's
 * text is the whole input, the others' only that sample.
 */
export function readBytes(bytes: Uint8Array): Reading[] {
  const readings = readSample(bytes, ["windows-1258", "tcvn3", "vni"]);
  return [whole(readings[0] as Reading, bytes), ...readings.slice(1)];
}

/** Readings of the first SAMPLE units, best first. */
function readSample(units: Uint8Array | Uint16Array, encodings: Reading["encoding"][]): Reading[] {
  const sample = units.subarray(0, SAMPLE);
  return encodings.map((encoding) => reading(DECODERS[encoding](sample), encoding)).sort((a, b) => b.score.score - a.score.score);
}

/** A reading with its text decoded from all the units, not just the sample. */
function whole(r: Reading, units: Uint8Array | Uint16Array): Reading {
  return units.length > SAMPLE ? { ...r, text: DECODERS[r.encoding](units) } : r;
}

const LATIN1_HIGH = /[\u00a1-\u00ff]/u;
const OUTSIDE_CP1252 = new RegExp(`[^\\x00-\\xff${CP1252_HIGH.replace(/[\u0080-\u009f]/gu, "")}]`, "u");

/** Non-syllables and stray symbols: what a reading gets wrong. */
const problems = (s: Score): number => s.words - s.syllables + s.strays;

/**
 * The text converted back when it is TCVN3 or VNI shown through a Latin-1
 * font, else null. Every character must be Latin-1 or CP1252, and the best
 * reading must have fewer problems (non-syllables, stray symbols) than the
 * text as it stands, a higher score, at least two syllables and four for
 * each problem left: a text that already reads as Vietnamese is never
 * converted, nor French with an "où" in it.
 */
export function readLookalikes(text: string): Reading | null {
  if (!LATIN1_HIGH.test(text) || OUTSIDE_CP1252.test(text)) return null;
  const as = vietnameseScore(text.slice(0, SAMPLE));
  if (problems(as) === 0) return null;
  const units = textUnits(text);
  for (const r of readSample(units, ["tcvn3", "vni"])) {
    const fits = problems(r.score) < problems(as) && r.score.syllables >= 2 && problems(r.score) * 4 <= r.score.syllables;
    if (fits && r.score.score > as.score) return whole(r, units);
  }
  return null;
}

function reading(text: string, encoding: Reading["encoding"]): Reading {
  return { text, encoding, score: vietnameseScore(text) };
}
