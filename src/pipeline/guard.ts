/**
 * Stage 0 (command line): is this file a document at all? Refuses, with one
 * clear reason, what the parser should never be given: binary data, empty
 * files and files over the size limit. The library's `parse()` never
 * refuses (it is total: any string or bytes give a model); the CLI asks here
 * first, so that a batch reports such a file as failed and writes nothing for it.
 */

import { isUtf8 } from "node:buffer";

/** The default `--max-bytes`: 20 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Why an input is not a document. */
export class NotADocument extends Error {
  constructor(
    readonly code: "binary" | "empty" | "too-large",
    message: string,
  ) {
    super(message);
    this.name = "NotADocument";
  }
}

/** How many bytes are examined for binary data (text files have none in their first 64 kB). */
const SNIFF = 64 * 1024;

/**
 * The offset of the first byte that shows binary data, or -1: a NUL, (past
 * a few) C0 control bytes no text uses, or mostly bytes of 0x80 and above
 * that are not UTF-8. Vietnamese text in UTF-8 has at most about 45% of
 * them and the legacy font encodings about 30%; random or compressed bytes
 * have half or more.
 */
export function binaryAt(bytes: Uint8Array): number {
  // UTF-16 text has NULs in every other byte: its BOM says so.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return -1;
  const n = Math.min(bytes.length, SNIFF);
  let controls = 0;
  let first = -1;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return i;
    // Tab, LF, VT, FF, CR and ESC occur in text files; other C0 bytes do not.
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 27) {
      if (first < 0) first = i;
      if (++controls > 8 || controls * 100 > n) return first;
    }
  }
  return mostlyUndecodable(bytes.subarray(0, n));
}

/** The first byte of 0x80 or above when over 60% of at least 32 bytes are such and they are not UTF-8 (the window may cut a letter in two), else -1. */
function mostlyUndecodable(window: Uint8Array): number {
  if (window.length < 32) return -1;
  let high = 0;
  let first = -1;
  for (let i = 0; i < window.length; i++) {
    if ((window[i] as number) >= 0x80) {
      high++;
      if (first < 0) first = i;
    }
  }
  if (high * 10 <= window.length * 6) return -1;
  for (let cut = 0; cut < 4; cut++) if (isUtf8(window.subarray(0, window.length - cut))) return -1;
  return first;
}

/** Throws NotADocument when a file of `size` bytes is over `maxBytes`: asked with the file's size before it is read. */
export function checkSize(size: number, maxBytes: number = DEFAULT_MAX_BYTES): void {
  if (size > maxBytes) throw new NotADocument("too-large", `too large (${size} bytes; the limit is ${maxBytes}, see --max-bytes)`);
}

/** Throws NotADocument when `bytes` are not a text document, or are over `maxBytes`. */
export function checkDocument(bytes: Uint8Array, maxBytes: number = DEFAULT_MAX_BYTES): void {
  checkSize(bytes.length, maxBytes);
  if (bytes.length === 0) throw new NotADocument("empty", "empty file (no text)");
  const at = binaryAt(bytes);
  if (at >= 0) throw new NotADocument("binary", `not a text document (binary data at byte ${at})`);
  if (isBlank(bytes)) throw new NotADocument("empty", "empty document (only white space)");
}

/** True when the bytes hold only white space (after a byte order mark). */
function isBlank(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return new TextDecoder(bytes[0] === 0xff ? "utf-16le" : "utf-16be").decode(bytes.subarray(2)).trim() === "";
  }
  const from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b !== 32 && (b < 9 || b > 13)) return false;
  }
  return true;
}
