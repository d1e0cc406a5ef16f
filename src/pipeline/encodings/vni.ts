/**
 * VNI (the VNI-Times fonts): a base letter followed by one mark byte (read
 * greedily, the two-byte form first); đ, ơ, ư, the toned i's and ỵ are
 * single bytes. Capital letters take the capital form of a mark byte.
 * Data only.
 *
 * Verified against lamdao/xvnkb vni.h (the full table, both cases) and
 * duydev/vietnamese-conversion src/charsets.ts: both write ỵ/Ỵ as the single
 * byte 0xEE/0xCE ("î"/"Î"), not as y plus a dot byte.
 */

/** What a mark byte adds (combining marks), and which bases take it: "aeo" circumflex, "a" breve, "tone" any vowel but i. */
export interface VniMark {
  marks: string;
  on: "aeo" | "a" | "tone";
}

const m = (marks: string, on: VniMark["on"]): VniMark => Object.freeze({ marks, on });

/** Mark bytes, lowercase (0xE0–0xFF) and capital (0xC0–0xDF) forms. */
export const VNI_MARKS: Readonly<Record<number, VniMark>> = Object.freeze({
  0xf8: m("\u0300", "tone"), 0xd8: m("\u0300", "tone"), // ø Ø grave
  0xf9: m("\u0301", "tone"), 0xd9: m("\u0301", "tone"), // ù Ù acute
  0xfb: m("\u0309", "tone"), 0xdb: m("\u0309", "tone"), // û Û hook above
  0xf5: m("\u0303", "tone"), 0xd5: m("\u0303", "tone"), // õ Õ tilde
  0xef: m("\u0323", "tone"), 0xcf: m("\u0323", "tone"), // ï Ï dot below
  0xe2: m("\u0302", "aeo"), 0xc2: m("\u0302", "aeo"), // â Â circumflex
  0xe1: m("\u0302\u0301", "aeo"), 0xc1: m("\u0302\u0301", "aeo"), // á Á
  0xe0: m("\u0302\u0300", "aeo"), 0xc0: m("\u0302\u0300", "aeo"), // à À
  0xe5: m("\u0302\u0309", "aeo"), 0xc5: m("\u0302\u0309", "aeo"), // å Å
  0xe3: m("\u0302\u0303", "aeo"), 0xc3: m("\u0302\u0303", "aeo"), // ã Ã
  0xe4: m("\u0302\u0323", "aeo"), 0xc4: m("\u0302\u0323", "aeo"), // ä Ä
  0xea: m("\u0306", "a"), 0xca: m("\u0306", "a"), // ê Ê breve
  0xe9: m("\u0306\u0301", "a"), 0xc9: m("\u0306\u0301", "a"), // é É
  0xe8: m("\u0306\u0300", "a"), 0xc8: m("\u0306\u0300", "a"), // è È
  0xfa: m("\u0306\u0309", "a"), 0xda: m("\u0306\u0309", "a"), // ú Ú
  0xfc: m("\u0306\u0303", "a"), 0xdc: m("\u0306\u0303", "a"), // ü Ü
  0xeb: m("\u0306\u0323", "a"), 0xcb: m("\u0306\u0323", "a"), // ë Ë
});

/** Letters written with one byte. */
export const VNI_SINGLE: Readonly<Record<number, string>> = Object.freeze({
  0xf4: "ơ", 0xd4: "Ơ", 0xf6: "ư", 0xd6: "Ư", 0xf1: "đ", 0xd1: "Đ",
  0xec: "ì", 0xcc: "Ì", 0xed: "í", 0xcd: "Í", 0xe6: "ỉ", 0xc6: "Ỉ", 0xf3: "ĩ", 0xd3: "Ĩ", 0xf2: "ị", 0xd2: "Ị",
  0xee: "ỵ", 0xce: "Ỵ",
});

/** Base letters a mark byte can follow, by the kind of base they are. */
export const VNI_BASES: Readonly<Record<string, "a" | "eo" | "uy">> = Object.freeze({
  a: "a", A: "a", e: "eo", E: "eo", o: "eo", O: "eo",
  u: "uy", U: "uy", y: "uy", Y: "uy", "ơ": "uy", "Ơ": "uy", "ư": "uy", "Ư": "uy",
});
