/**
 * VIQR (RFC 1456, "Vie^.t Nam"): ASCII marks typed after the vowel, shape
 * first and tone last; "dd"/"DD" for đ/Đ; a backslash before a mark keeps
 * it literal ("Nam\." is "Nam."). Read only when asked. Data only.
 */

/** Shape marks: the combining mark and the vowels it goes on. */
export const VIQR_SHAPES: Readonly<Record<string, { mark: string; on: string }>> = Object.freeze({
  "^": { mark: "\u0302", on: "aAeEoO" },
  "(": { mark: "\u0306", on: "aA" },
  "+": { mark: "\u031B", on: "oOuU" },
});

/** Tone marks: ' sắc, ` huyền, ? hỏi, ~ ngã, . nặng. */
export const VIQR_TONES: Readonly<Record<string, string>> = Object.freeze({
  "'": "\u0301", "`": "\u0300", "?": "\u0309", "~": "\u0303", ".": "\u0323",
});
