/**
 * Stage 1: bytes → decoded text.
 *
 * A BOM selects UTF-8 or UTF-16 LE/BE; otherwise valid UTF-8 is UTF-8.
 * Bytes that are not UTF-8 are read as windows-1258, TCVN3 and VNI, and the
 * most Vietnamese reading wins (./encodings/detect.ts). Unicode text made
 * only of Latin-1/CP1252 look-alikes ("Céng hßa X· héi", "Xin chaøo") is
 * TCVN3 or VNI shown through the wrong font and is converted back. Nothing
 * is composed here: windows-1258 keeps its combining tone marks for the
 * normaliser, and spans point into the text returned.
 */
import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import { decodeTcvn3, decodeViqr, decodeVni, textUnits } from "./encodings/decoders.js";
import { restoreCapitals } from "./encodings/capitals.js";
import { readBytes, readLookalikes } from "./encodings/detect.js";

/** The encodings `decode` reads; `opts.encoding` forces one of them (VIQR is read only when forced). */
export const DECODE_ENCODINGS = ["utf-8", "utf-16le", "utf-16be", "windows-1258", "tcvn3", "vni", "viqr"] as const;
/** The name of an encoding `decode` reads. */
export type DecodeEncoding = (typeof DECODE_ENCODINGS)[number];

/** A diagnostic about the decoding itself (a rule name and a message). */
export interface DecodeNote {
  rule: string;
  message: string;
}

/** The decoded text with what was learnt about the bytes. */
export interface Decoded {
  text: string;
  /**
   * One of DECODE_ENCODINGS. "tcvn3" and "vni" also name a Unicode text that
   * was those bytes shown through a Latin-1 font and has been converted back
   * (the text then is the conversion; `bytes` and `sha256` stay the input's).
   */
  encoding: string;
  bytes: number;
  sha256: string;
  /** Diagnostics about the decoding; empty normally. `encoding-lossy`: TCVN3 capitals that read back as lowercase and were restored. */
  notes: DecodeNote[];
}

/** Options of `decode`. */
export interface DecodeOptions {
  /** Decode as this encoding (a DECODE_ENCODINGS name, any case) instead of detecting one. */
  encoding?: string;
}

/**
 * Decodes `input`; a string is taken as already decoded (hashed as UTF-8),
 * though look-alike text is still converted back, and a forced "tcvn3" or
 * "vni" reads its characters as the bytes a Latin-1 font showed.
 * Throws on an unknown `opts.encoding`, with the known names in the message.
 */
export function decode(input: string | Uint8Array, opts: DecodeOptions = {}): Decoded {
  const raw = typeof input === "string" ? Buffer.from(input, "utf8") : input;
  const info = { bytes: raw.length, sha256: createHash("sha256").update(raw).digest("hex") };
  if (opts.encoding !== undefined) {
    const name = encodingName(opts.encoding);
    return finish(info, decodeAs(input, name), name);
  }
  if (typeof input !== "string") {
    const unicode = readUnicode(input);
    if (!unicode) {
      const [best] = readBytes(input);
      return finish(info, best!.text, best!.encoding);
    }
    return finishUnicode(info, unicode.text, unicode.encoding);
  }
  return finishUnicode(info, input.replace(/^\uFEFF/u, ""), "utf-8");
}

/** Other names the encodings go by. */
const ALIASES: Readonly<Record<string, DecodeEncoding>> = { utf8: "utf-8", cp1258: "windows-1258", abc: "tcvn3", "tcvn3-abc": "tcvn3", "utf-16": "utf-16le" };

/** The encoding a name (any case, or an alias such as utf8, cp1258, abc) stands for, or null when none. */
export function encodingByName(name: string): DecodeEncoding | null {
  const n = name.trim().toLowerCase();
  return DECODE_ENCODINGS.find((e) => e === n) ?? ALIASES[n] ?? null;
}

/** The name `opts.encoding` stands for; an unknown one throws. */
function encodingName(name: string): DecodeEncoding {
  const known = encodingByName(name);
  if (!known) throw new Error(`unknown encoding "${name}" (known: ${DECODE_ENCODINGS.join(", ")})`);
  return known;
}

/** Text under a BOM or valid UTF-8, else null. */
function readUnicode(bytes: Uint8Array): { text: string; encoding: DecodeEncoding } | null {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (b0 === 0xff && b1 === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (b0 === 0xfe && b1 === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  // Validation and decoding by Node's own (SIMD) UTF-8 routines: several times faster than a fatal TextDecoder.
  if (isUtf8(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"), encoding: "utf-8" };
  return null;
}

/** Bytes, or a string's characters, decoded as the named encoding. */
function decodeAs(input: string | Uint8Array, name: DecodeEncoding): string {
  if (typeof input === "string") {
    if (name === "tcvn3") return decodeTcvn3(textUnits(input));
    if (name === "vni") return decodeVni(textUnits(input));
    return name === "viqr" ? decodeViqr(input) : input.replace(/^\uFEFF/u, "");
  }
  if (name === "tcvn3") return decodeTcvn3(input);
  if (name === "vni") return decodeVni(input);
  if (name === "viqr") return decodeViqr(new TextDecoder("utf-8").decode(input));
  return new TextDecoder(name).decode(input);
}

/** A Unicode text, converted back when it is look-alike TCVN3 or VNI. */
function finishUnicode(info: { bytes: number; sha256: string }, text: string, encoding: DecodeEncoding): Decoded {
  const look = readLookalikes(text);
  return look ? finish(info, look.text, look.encoding) : finish(info, text, encoding);
}

function finish(info: { bytes: number; sha256: string }, text: string, encoding: string): Decoded {
  if (encoding !== "tcvn3") return { text, encoding, ...info, notes: [] };
  const restored = restoreCapitals(text);
  return { text: restored.text, encoding, ...info, notes: lossyNotes(restored.words) };
}

/** The `encoding-lossy` note when capitals of a TCVN3 text were restored. */
function lossyNotes(words: string[]): DecodeNote[] {
  if (!words.length) return [];
  const some = [...new Set(words)].slice(0, 3).map((w) => `"${w}"`).join(", ");
  return [{
    rule: "encoding-lossy",
    message: `TCVN3 has no toned capitals: ${words.length} word${words.length > 1 ? "s" : ""} typed in capitals (${some}) read back with lowercase toned letters and were restored as capitals; check them`,
  }];
}
