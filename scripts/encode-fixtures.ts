/**
 * Makes or checks fixtures/encodings/<seed>.<variant>.txt for every top-level seed
 * (fixtures/*.txt), made by our own encoders (tests/encoders.ts,
 * the decoders' tables inverted): utf16le (with a BOM), windows-1258, tcvn3,
 * vni, nfd (UTF-8) and crlf (UTF-8).
 *
 * The legacy variants hold what their encoding has a byte for: ASCII,
 * Vietnamese letters, and the CP1252 punctuation (“ ” – … •) and Latin-1
 * symbols the encoding leaves free of letters; toLegacyRepertoire writes the
 * rest as a typist would (Ð as Đ, “ as ") or "?". TCVN3 also writes toned
 * capitals as the lowercase letter, as .VnTimeH documents read back
 * (tcvn3Lossy). Tests compare each variant with its original under the
 * same substitutions.
 *
 * By default the script only checks that the files are what the encoders
 * write (exit 1 on a difference); --write writes them.
 *   npx tsx scripts/encode-fixtures.ts [--write]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { encodeTcvn3, encodeVni, encodeWindows1258 } from "../tests/encoders.js";

const root = join(import.meta.dirname, "..");
const out = join(root, "fixtures", "encodings");

/** Each variant's bytes of a seed's text. */
export const VARIANTS: Record<string, (text: string) => Uint8Array> = {
  utf16le: (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")]),
  "windows-1258": encodeWindows1258,
  tcvn3: encodeTcvn3,
  vni: encodeVni,
  nfd: (t) => Buffer.from(t.normalize("NFD"), "utf8"),
  crlf: (t) => Buffer.from(t.replace(/\r?\n/g, "\r\n"), "utf8"),
};

const write = process.argv.includes("--write");
const differ: string[] = [];
let files = 0;
for (const f of readdirSync(join(root, "fixtures")).filter((n) => n.endsWith(".txt")).sort()) {
  const text = readFileSync(join(root, "fixtures", f), "utf8");
  for (const [name, encode] of Object.entries(VARIANTS)) {
    const path = join(out, f.replace(/\.txt$/, `.${name}.txt`));
    const bytes = encode(text);
    files++;
    if (write) writeFileSync(path, bytes);
    else if (!existsSync(path) || !Buffer.from(bytes).equals(readFileSync(path))) differ.push(path);
  }
}
if (write) console.log(`wrote ${files} files to fixtures/encodings/`);
else if (differ.length) {
  console.log(`${differ.length} of ${files} fixtures differ from our encoders:\n${differ.join("\n")}`);
  process.exitCode = 1;
} else console.log(`all ${files} fixtures in fixtures/encodings/ are what our encoders write`);
