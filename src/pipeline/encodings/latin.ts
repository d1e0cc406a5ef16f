/**
 * The single-byte background every font encoding sits on: ASCII, Windows'
 * punctuation in 0x80–0x9F (CP1252: “ ” ‘ ’ – — … •, which Word typed into
 * .VnTime and VNI-Times documents alike), Latin-1 above. Data only.
 */

/** CP1252's characters for the bytes 0x80–0x9F; its five unassigned bytes stay C1 controls. */
export const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/** Byte → character: ASCII, CP1252 for 0x80–0x9F, Latin-1 for 0xA0–0xFF. */
export const WINDOWS_LATIN: readonly string[] = Object.freeze(
  Array.from({ length: 256 }, (_, b) => (b >= 0x80 && b < 0xa0 ? (CP1252_HIGH[b - 0x80] as string) : String.fromCharCode(b))),
);
