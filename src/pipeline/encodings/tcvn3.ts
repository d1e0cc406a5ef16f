/**
 * TCVN3 (TCVN 5712:1993 VN3, "ABC", the .VnTime fonts): one byte per
 * Vietnamese letter in 0xA1–0xFE. There are no toned capitals: they came
 * from the .VnTimeH font, whose glyphs for the lowercase bytes are capitals,
 * so they read back as lowercase letters. Data only.
 *
 * Verified against lamdao/xvnkb tcvn.h (lowercase block), a public Python
 * encoder's hex list ("b5:à b6:ả …", TCVN3 lowercase plus the 7 capitals)
 * and duydev/vietnamese-conversion src/charsets.ts; see
 * tests/unit/decode.test.ts for the check against the brief's list.
 */
import { WINDOWS_LATIN } from "./latin.js";

/** The Vietnamese letters of TCVN3, by byte. */
export const TCVN3_LETTERS: Readonly<Record<number, string>> = Object.freeze({
  0xa1: "Ă", 0xa2: "Â", 0xa3: "Ê", 0xa4: "Ô", 0xa5: "Ơ", 0xa6: "Ư", 0xa7: "Đ",
  0xa8: "ă", 0xa9: "â", 0xaa: "ê", 0xab: "ô", 0xac: "ơ", 0xad: "ư", 0xae: "đ",
  0xb5: "à", 0xb6: "ả", 0xb7: "ã", 0xb8: "á", 0xb9: "ạ",
  0xbb: "ằ", 0xbc: "ẳ", 0xbd: "ẵ", 0xbe: "ắ", 0xc6: "ặ",
  0xc7: "ầ", 0xc8: "ẩ", 0xc9: "ẫ", 0xca: "ấ", 0xcb: "ậ",
  0xcc: "è", 0xce: "ẻ", 0xcf: "ẽ", 0xd0: "é", 0xd1: "ẹ",
  0xd2: "ề", 0xd3: "ể", 0xd4: "ễ", 0xd5: "ế", 0xd6: "ệ",
  0xd7: "ì", 0xd8: "ỉ", 0xdc: "ĩ", 0xdd: "í", 0xde: "ị",
  0xdf: "ò", 0xe1: "ỏ", 0xe2: "õ", 0xe3: "ó", 0xe4: "ọ",
  0xe5: "ồ", 0xe6: "ổ", 0xe7: "ỗ", 0xe8: "ố", 0xe9: "ộ",
  0xea: "ờ", 0xeb: "ở", 0xec: "ỡ", 0xed: "ớ", 0xee: "ợ",
  0xef: "ù", 0xf1: "ủ", 0xf2: "ũ", 0xf3: "ú", 0xf4: "ụ",
  0xf5: "ừ", 0xf6: "ử", 0xf7: "ữ", 0xf8: "ứ", 0xf9: "ự",
  0xfa: "ỳ", 0xfb: "ỷ", 0xfc: "ỹ", 0xfd: "ý", 0xfe: "ỵ",
});

/** Byte → character for the whole byte range: the letters above, the other bytes as ASCII, CP1252 punctuation or Latin-1. */
export const TCVN3: readonly string[] = Object.freeze(WINDOWS_LATIN.map((c, b) => TCVN3_LETTERS[b] ?? c));
