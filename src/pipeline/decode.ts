/**
 * Stage 1: bytes → decoded text.
 *
 * Detects a BOM (UTF-8, UTF-16 LE/BE), otherwise reads strict UTF-8 and
 * falls back to windows-1258 when the bytes are not valid UTF-8.
 */
import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";

/** The decoded text with what was learnt about the bytes. */
export interface Decoded {
  text: string;
  encoding: string;
  bytes: number;
  sha256: string;
}

/** Decodes `input`; a string is taken as already decoded (hashed as UTF-8). */
export function decode(input: string | Uint8Array): Decoded {
  if (typeof input === "string") {
    const bytes = Buffer.from(input, "utf8");
    return { text: input.replace(/^\uFEFF/, ""), encoding: "utf-8", bytes: bytes.length, sha256: sha256(bytes) };
  }
  const bytes = input;
  const hash = sha256(bytes);
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8", bytes: bytes.length, sha256: hash };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le", bytes: bytes.length, sha256: hash };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be", bytes: bytes.length, sha256: hash };
  }
  // Validation and decoding by Node's own (SIMD) UTF-8 routines: several times faster than a fatal TextDecoder.
  if (isUtf8(bytes)) {
    return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"), encoding: "utf-8", bytes: bytes.length, sha256: hash };
  }
  return { text: new TextDecoder("windows-1258").decode(bytes), encoding: "windows-1258", bytes: bytes.length, sha256: hash };
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
