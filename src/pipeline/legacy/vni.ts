/**
 * VNI (the VNI-Times fonts): a base letter followed by one mark byte, read
 * greedily (the two-byte form first); a few letters are single bytes.
 * Data only: what each byte adds, as combining marks, and the single-byte letters.
 */

/** Mark bytes after a vowel, lowercase and capital forms: the combining marks they stand for. */
export const VNI_MARKS: Readonly<Record<number, string>> = Object.freeze({
  // tones on a plain vowel (and on ơ, ư)
  0xf8: "\u0300", 0xd8: "\u0300", // grave
  0xf9: "\u0301", 0xd9: "\u0301", // acute
  0xfb: "\u0309", 0xdb: "\u0309", // hook above
  0xf5: "\u0303", 0xd5: "\u0303", // tilde
  0xef: "\u0323", 0xcf: "\u0323", // dot below
  // circumflex (â, ê, ô), alone and with a tone
  0xe2: "\u0302", 0xc2: "\u0302",
  0xe1: "\u0302\u0301", 0xc1: "\u0302\u0301",
  0xe0: "\u0302\u0300", 0xc0: "\u0302\u0300",
  0xe5: "\u0302\u0309", 0xc5: "\u0302\u0309",
  0xe3: "\u0302\u0303", 0xc3: "\u0302\u0303",
  0xe4: "\u0302\u0323", 0xc4: "\u0302\u0323",
  // breve (ă), alone and with a tone
  0xea: "\u0306", 0xca: "\u0306",
  0xe9: "\u0306\u0301", 0xc9: "\u0306\u0301",
  0xe8: "\u0306\u0300", 0xc8: "\u0306\u0300",
  0xfa: "\u0306\u0309", 0xda: "\u0306\u0309",
  0xfc: "\u0306\u0303", 0xdc: "\u0306\u0303",
  0xeb: "\u0306\u0323", 0xcb: "\u0306\u0323",
});

/** Which marks each base takes: circumflex on a, e, o; breve on a only; tones on every vowel. */
export const VNI_BASES: Readonly<Record<string, "a" | "eo" | "tone">> = Object.freeze({
  a: "a", A: "a", e: "eo", E: "eo", o: "eo", O: "eo",
  u: "tone", U: "tone", y: "tone", Y: "tone", "ơ": "tone", "Ơ": "tone", "ư": "tone", "Ư": "tone",
});

/** Letters written with one byte. */
export const VNI_SINGLE: Readonly<Record<number, string>> = Object.freeze({
  0xf4: "ơ", 0xd4: "Ơ", 0xf6: "ư", 0xd6: "Ư", 0xf1: "đ", 0xd1: "Đ",
  0xec: "ì", 0xcc: "Ì", 0xed: "í", 0xcd: "Í", 0xe6: "ỉ", 0xc6: "Ỉ", 0xf3: "ĩ", 0xd3: "Ĩ", 0xf2: "ị", 0xd2: "Ị",
});
