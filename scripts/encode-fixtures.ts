/**
 * Writes fixtures/encodings/: every top-level fixture (the seeds and our own
 * documents) in the encodings archives hold, made by our own encoders
 * (tests/encoders.ts): UTF-16LE with a BOM, windows-1258, TCVN3, VNI, NFD
 * (UTF-8) and CRLF (UTF-8). Run: npx tsx scripts/encode-fixtures.ts
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { encodeTcvn3, encodeVni, encodeW1258 } from "../tests/encoders.js";

const root = join(import.meta.dirname, "..");
const out = join(root, "fixtures", "encodings");

export const VARIANTS: Record<string, (text: string) => Uint8Array> = {
  utf16le: (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")]),
  "windows-1258": encodeW1258,
  tcvn3: encodeTcvn3,
  vni: encodeVni,
  nfd: (t) => Buffer.from(t.normalize("NFD"), "utf8"),
  crlf: (t) => Buffer.from(t.replace(/\r?\n/g, "\r\n"), "utf8"),
};

for (const f of readdirSync(join(root, "fixtures")).filter((n) => n.endsWith(".txt")).sort()) {
  const text = readFileSync(join(root, "fixtures", f), "utf8");
  for (const [name, encode] of Object.entries(VARIANTS)) writeFileSync(join(out, f.replace(/\.txt$/, `.${name}.txt`)), encode(text));
}
console.log(`wrote ${readdirSync(out).length} files to fixtures/encodings/`);
