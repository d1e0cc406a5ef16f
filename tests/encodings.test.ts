/**
 * fixtures/encodings/ (made by scripts/encode-fixtures.ts with our own
 * encoders): every top-level fixture as UTF-16LE, windows-1258, TCVN3, VNI,
 * NFD and CRLF. Each parses to the model of its UTF-8 original apart from
 * `source`. What a legacy font cannot hold is compared with the same
 * substitutions (curly quotes and dashes as ASCII); TCVN3, which has no
 * toned capitals, up to letter case (the decoder restores the capitals it
 * can tell; "Chủ tịch ủy ban" inside a sentence it cannot). Where the decoded text
 * itself is longer (CRLF, NFD, windows-1258's combining tone bytes) offsets
 * differ by design, since spans point into the decoded text: there spans are
 * left out and `raw` values compared after NFC and without CR.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { decode } from "../src/pipeline/decode.js";
import { toLegacyRepertoire } from "./encoders.js";

const ROOT = join(import.meta.dirname, "..");
/** Diagnostics about the decoding (decode's notes), which only the legacy variant can have. */
const ENCODING_RULES = new Set(["encoding-lossy"]);
const DIR = join(ROOT, "fixtures", "encodings");
const files = readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort();

/** The reference text each variant must read as, and the encoding it must be detected as. */
const VARIANTS: Record<string, { reference: (t: string) => string; encoding: string; sameOffsets: boolean; caseless?: boolean }> = {
  utf16le: { reference: (t) => t, encoding: "utf-16le", sameOffsets: true },
  "windows-1258": { reference: (t) => toLegacyRepertoire(t, "windows-1258"), encoding: "windows-1258", sameOffsets: false },
  tcvn3: { reference: (t) => toLegacyRepertoire(t, "tcvn3"), encoding: "tcvn3", sameOffsets: true, caseless: true },
  vni: { reference: (t) => toLegacyRepertoire(t, "vni"), encoding: "vni", sameOffsets: true },
  nfd: { reference: (t) => t, encoding: "utf-8", sameOffsets: false },
  crlf: { reference: (t) => t, encoding: "utf-8", sameOffsets: false },
};

/**
 * The model without `source` and notes about the encoding itself; without
 * spans and with `raw` in NFC without CR when offsets may differ; with every
 * string lowercased when `caseless` (TCVN3 cannot hold toned capitals).
 */
function comparable(doc: unknown, sameOffsets: boolean, caseless = false): unknown {
  return JSON.parse(JSON.stringify(doc), function (key, value) {
    if (caseless && typeof value === "string") value = value.toLowerCase();
    if (this && typeof this === "object" && key === "source" && "schemaVersion" in this) return undefined;
    if (key === "diagnostics" && Array.isArray(value)) return value.filter((d: { rule?: string }) => !ENCODING_RULES.has(d.rule ?? ""));
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
    expect(comparable(doc, v.sameOffsets, v.caseless)).toEqual(comparable(parse(v.reference(original)), v.sameOffsets, v.caseless));
  });
});

describe("what the legacy encodings cannot hold", () => {
  it("VNI holds every fixture whole, windows-1258 all but the page with an eth (Ð, U+00D0) in its menu; TCVN3 also lacks ¹ and toned capitals", () => {
    const seeds = readdirSync(ROOT + "/fixtures").filter((f) => f.endsWith(".txt")).sort();
    const inexact = (encoding: "vni" | "windows-1258" | "tcvn3") =>
      seeds.filter((f) => {
        const t = readFileSync(join(ROOT, "fixtures", f), "utf8");
        return toLegacyRepertoire(t, encoding) !== t.normalize("NFC");
      });
    expect(inexact("vni")).toEqual([]);
    expect(inexact("windows-1258")).toEqual(["news-bao-kon-tum-tb-275-2021-08-02.txt"]);
    expect(inexact("tcvn3")).toEqual(["cv-ubnd-kon-tum-draft-2020.txt", "news-bao-kon-tum-tb-275-2021-08-02.txt"]);
  });
});

describe("TCVN3's lost capitals", () => {
  it("of the 150 toned capitals in the seeds, 127 are restored, none is made wrongly, the 23 left are all \"Ủy\" (inside a sentence: \"Chủ tịch ủy ban\")", () => {
    let capitals = 0;
    let restored = 0;
    let wrong = 0;
    const left = new Set<string>();
    for (const f of files.filter((n) => n.endsWith(".tcvn3.txt"))) {
      const got = decode(readFileSync(join(DIR, f))).text;
      const want = toLegacyRepertoire(readFileSync(join(ROOT, "fixtures", f.replace(".tcvn3", "")), "utf8"), "tcvn3");
      for (let i = 0; i < want.length; i++) {
        const w = want[i] as string;
        if (w !== w.toLowerCase() && w.normalize("NFD").length > 1 && !"ĂÂÊÔƠƯĐ".includes(w)) {
          capitals++;
          if (got[i] === w) restored++;
          else left.add(want.slice(i, i + 2)); // the word it begins (every one here is two letters)
        } else if (got[i] !== w) wrong++;
      }
    }
    expect({ capitals, restored, wrong, left: [...left] }).toEqual({ capitals: 150, restored: 127, wrong: 0, left: ["Ủy"] });
  });
});

describe("decode() on the encoding fixtures", () => {
  // decode() alone (detection, look-alikes, notes) is what the pipeline is to call: its text parses as the pipeline parses the bytes.
  it.each(files)("%s: the decoded text parses like the bytes", (file) => {
    const bytes = readFileSync(join(DIR, file));
    const d = decode(bytes);
    expect(d.encoding).toBe(parse(bytes).source.encoding);
    expect(comparable(parse(d.text), true)).toEqual(comparable(parse(bytes), true));
  });

  it("TCVN3 fixtures note the capitals they restored (encoding-lossy), and only those", () => {
    const tcvn3 = files.filter((f) => f.endsWith(".tcvn3.txt"));
    const notes = tcvn3.map((f) => decode(readFileSync(join(DIR, f))).notes);
    expect(notes.flat().every((n) => n.rule === "encoding-lossy" && n.message.startsWith("TCVN3 has no toned capitals: "))).toBe(true);
    expect(notes.filter((n) => n.length).length).toBeGreaterThan(0);
    const others = files.filter((f) => !f.endsWith(".tcvn3.txt"));
    expect(others.flatMap((f) => decode(readFileSync(join(DIR, f))).notes)).toEqual([]);
  });
});
