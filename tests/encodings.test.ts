/**
 * fixtures/encodings/ (made by scripts/encode-fixtures.ts with our own
 * encoders): every top-level fixture as UTF-16LE, windows-1258, TCVN3, VNI,
 * NFD and CRLF. Each parses to the model of its UTF-8 original apart from
 * `source`. What a legacy font cannot hold is compared with the same
 * substitutions (curly quotes and dashes as ASCII; for TCVN3, capitals'
 * tones lowercased, as .VnTimeH text reads back). Where the decoded text
 * itself is longer (CRLF, NFD, windows-1258's combining tone bytes) offsets
 * differ by design, since spans point into the decoded text: there spans are
 * left out and `raw` values compared after NFC and without CR.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { plain, tcvn3Lossy } from "./encoders.js";

const ROOT = join(import.meta.dirname, "..");
const DIR = join(ROOT, "fixtures", "encodings");
const files = readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort();

/** The reference text each variant must read as, and the encoding it must be detected as. */
const VARIANTS: Record<string, { reference: (t: string) => string; encoding: string; sameOffsets: boolean }> = {
  utf16le: { reference: (t) => t, encoding: "utf-16le", sameOffsets: true },
  "windows-1258": { reference: plain, encoding: "windows-1258", sameOffsets: false },
  tcvn3: { reference: tcvn3Lossy, encoding: "tcvn3", sameOffsets: true },
  vni: { reference: plain, encoding: "vni", sameOffsets: true },
  nfd: { reference: (t) => t, encoding: "utf-8", sameOffsets: false },
  crlf: { reference: (t) => t, encoding: "utf-8", sameOffsets: false },
};

/** The model without `source`; without spans and with `raw` in NFC without CR when offsets may differ. */
function comparable(doc: unknown, sameOffsets: boolean): unknown {
  return JSON.parse(JSON.stringify(doc), function (key, value) {
    if (this && typeof this === "object" && key === "source" && "schemaVersion" in this) return undefined;
    if (!sameOffsets && key === "span") return undefined;
    if (!sameOffsets && key === "raw" && typeof value === "string") return value.normalize("NFC").replace(/\r/g, "");
    return value;
  });
}

describe("encoding fixtures", () => {
  it("hold every fixture in every variant", () => {
    const seeds = readdirSync(join(ROOT, "fixtures")).filter((f) => f.endsWith(".txt"));
    expect(files).toHaveLength(seeds.length * Object.keys(VARIANTS).length);
  });

  it.each(files)("%s parses to the model of its UTF-8 original", (file) => {
    const [, seed, variant] = /^(.+)\.([a-z0-9-]+)\.txt$/u.exec(file)!;
    const v = VARIANTS[variant!]!;
    const original = readFileSync(join(ROOT, "fixtures", `${seed}.txt`), "utf8");
    const doc = parse(readFileSync(join(DIR, file)));
    expect(doc.source.encoding).toBe(v.encoding);
    expect(comparable(doc, v.sameOffsets)).toEqual(comparable(parse(v.reference(original)), v.sameOffsets));
  });
});
