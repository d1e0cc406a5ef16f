/**
 * Stage 1, decode: bytes → text, with the encoding, byte count and hash;
 * the legacy font encodings (windows-1258, TCVN3, VNI, VIQR when forced),
 * their tables, detection and look-alike text, and the `encoding-lossy` note.
 */
import { isUtf8 } from "node:buffer";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decode, DECODE_ENCODINGS } from "../../src/pipeline/decode.js";
import { decodeTcvn3, decodeVni } from "../../src/pipeline/encodings/decoders.js";
import { readBytes } from "../../src/pipeline/encodings/detect.js";
import { encodeTcvn3, encodeVni, encodeWindows1258, tcvn3Reads, toLegacyRepertoire } from "../encoders.js";
import { isSyllable } from "../../src/pipeline/encodings/score.js";
import { ONSETS, RHYMES, STOP_FINAL } from "../../src/pipeline/encodings/syllables.js";
import { TCVN3, TCVN3_LETTERS } from "../../src/pipeline/encodings/tcvn3.js";

const utf8 = (s: string): number[] => [...Buffer.from(s, "utf8")];
const utf16le = (s: string): number[] => [...Buffer.from(s, "utf16le")];
const utf16be = (s: string): number[] => [...Buffer.from(s, "utf16le").swap16()];

interface Case {
  input: number[];
  expected: { text: string; encoding: string; bytes: number };
  why: string;
}

const cases: Case[] = [
  {
    input: utf8("Sở Y tế"),
    expected: { text: "Sở Y tế", encoding: "utf-8", bytes: 11 },
    why: "plain UTF-8 is read strictly and counted in bytes, not characters",
  },
  {
    input: [0xef, 0xbb, 0xbf, ...utf8("Số 283-TB/TU")],
    expected: { text: "Số 283-TB/TU", encoding: "utf-8", bytes: 17 },
    why: "a UTF-8 BOM is dropped from the text but counted in the bytes",
  },
  {
    input: [0xff, 0xfe, ...utf16le("Tỉnh ủy")],
    expected: { text: "Tỉnh ủy", encoding: "utf-16le", bytes: 16 },
    why: "a UTF-16LE BOM selects UTF-16LE",
  },
  {
    input: [0xfe, 0xff, ...utf16be("Tỉnh ủy")],
    expected: { text: "Tỉnh ủy", encoding: "utf-16be", bytes: 16 },
    why: "a UTF-16BE BOM selects UTF-16BE",
  },
  {
    // windows-1258: S, ô (0xF4), combining acute (0xEC) — "Số" as a legacy Vietnamese file writes it.
    input: [0x53, 0xf4, 0xec],
    expected: { text: "S\u00f4\u0301", encoding: "windows-1258", bytes: 3 },
    why: "invalid UTF-8 falls back to windows-1258 (decomposed tone mark kept for the normaliser)",
  },
  {
    // 0xD0 is Đ in windows-1258; 0xE2 â; 0xEC combining acute.
    input: [0xd0, 0xe2, 0xec, 0x6e, 0x67],
    expected: { text: "\u0110\u00e2\u0301ng", encoding: "windows-1258", bytes: 5 },
    why: "windows-1258 maps 0xD0 to Đ, not to the Icelandic eth",
  },
  {
    input: [0xe1, 0xbb],
    expected: { text: "\u00e1\u00bb", encoding: "windows-1258", bytes: 2 },
    why: "a truncated UTF-8 sequence is invalid UTF-8, so the whole input is windows-1258",
  },
  {
    input: [],
    expected: { text: "", encoding: "utf-8", bytes: 0 },
    why: "empty input decodes to empty UTF-8 text",
  },
];

describe("decode", () => {
  it.each(cases)("$why", ({ input, expected }) => {
    const { text, encoding, bytes } = decode(new Uint8Array(input));
    expect({ text, encoding, bytes }).toEqual(expected);
  });

  const hashes: { input: string | number[]; expected: { sha256: string; bytes: number }; why: string }[] = [
    {
      input: [0x61, 0x62, 0x63],
      expected: { sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", bytes: 3 },
      why: "sha256 is the hex digest of the bytes (FIPS 180-2 'abc' vector)",
    },
    {
      input: [],
      expected: { sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", bytes: 0 },
      why: "sha256 of no bytes is the empty-input digest",
    },
    {
      input: "abc",
      expected: { sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", bytes: 3 },
      why: "a string input is hashed as its UTF-8 bytes",
    },
    {
      input: [0xef, 0xbb, 0xbf, 0x61, 0x62, 0x63],
      expected: { sha256: "1c28dc3f1f804a1ad9c9b4b4cf5e2658d16ad4ed08e3020d04a8d2865018947c", bytes: 6 },
      why: "the hash covers the BOM: it identifies the file, not the text",
    },
  ];
  it.each(hashes)("$why", ({ input, expected }) => {
    const d = decode(typeof input === "string" ? input : new Uint8Array(input));
    expect({ sha256: d.sha256, bytes: d.bytes }).toEqual(expected);
  });

  const strings: { input: string; expected: { text: string; encoding: string; bytes: number }; why: string }[] = [
    { input: "\ufeffKính gửi:", expected: { text: "Kính gửi:", encoding: "utf-8", bytes: 15 }, why: "a string input loses a leading BOM, whose 3 UTF-8 bytes still count" },
    { input: "Nơi nhận:", expected: { text: "Nơi nhận:", encoding: "utf-8", bytes: 12 }, why: "a string input is taken as already decoded" },
  ];
  it.each(strings)("$why", ({ input, expected }) => {
    const { text, encoding, bytes } = decode(input);
    expect({ text, encoding, bytes }).toEqual(expected);
  });
});

const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures");
const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
/** Bytes as a Latin-1 font shows them: what a legacy file looks like opened as Latin-1 text. */
const asLatin1 = (b: Uint8Array): string => Buffer.from(b).toString("latin1");

describe("the tables", () => {
  it("TCVN3 (ABC): the letters are exactly the reference list, the other bytes ASCII, CP1252 punctuation or Latin-1", () => {
    const reference =
      "A1 Ă A2 Â A3 Ê A4 Ô A5 Ơ A6 Ư A7 Đ A8 ă A9 â AA ê AB ô AC ơ AD ư AE đ B5 à B6 ả B7 ã B8 á B9 ạ BB ằ BC ẳ BD ẵ BE ắ C6 ặ " +
      "C7 ầ C8 ẩ C9 ẫ CA ấ CB ậ CC è CE ẻ CF ẽ D0 é D1 ẹ D2 ề D3 ể D4 ễ D5 ế D6 ệ D7 ì D8 ỉ DC ĩ DD í DE ị DF ò E1 ỏ E2 õ E3 ó " +
      "E4 ọ E5 ồ E6 ổ E7 ỗ E8 ố E9 ộ EA ờ EB ở EC ỡ ED ớ EE ợ EF ù F1 ủ F2 ũ F3 ú F4 ụ F5 ừ F6 ử F7 ữ F8 ứ F9 ự FA ỳ FB ỷ FC ỹ FD ý FE ỵ";
    const pairs = reference.split(" ");
    const expected: Record<number, string> = {};
    for (let i = 0; i < pairs.length; i += 2) expected[parseInt(pairs[i]!, 16)] = pairs[i + 1]!;
    expect(TCVN3_LETTERS).toEqual(expected);
    expect(TCVN3).toHaveLength(256);
    expect([TCVN3[0x41], TCVN3[0x93], TCVN3[0x96], TCVN3[0xa0], TCVN3[0xc1], TCVN3[0xe0]]).toEqual(["A", "“", "–", "\u00a0", "Á", "à"]);
    // 67 lowercase letters (all but a e i o u y b…x) and the 7 capitals that have no tone: no toned capital at all.
    expect(Object.values(TCVN3_LETTERS).filter((c) => c !== c.toLowerCase())).toEqual(["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"]);
  });

  const alphabet = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ";
  it("VNI: every Vietnamese letter, both cases, from the base letter and its mark byte (or its single byte)", () => {
    // Base + mark bytes: ø ù û õ ï tones, â (á à å ã ä) circumflex, ê (é è ú ü ë) breve; ô ö ñ, ì í æ ó ò and î single bytes.
    const cases: [string, string][] = [
      ["aø aû aõ aù aï", "à ả ã á ạ"], ["aê aè aú aü aé aë", "ă ằ ẳ ẵ ắ ặ"], ["aâ aà aå aã aá aä", "â ầ ẩ ẫ ấ ậ"],
      ["eâ eà eå eã eá eä", "ê ề ể ễ ế ệ"], ["oâ oà oå oã oá oä", "ô ồ ổ ỗ ố ộ"], ["ô ôø ôû ôõ ôù ôï", "ơ ờ ở ỡ ớ ợ"],
      ["ö öø öû öõ öù öï", "ư ừ ử ữ ứ ự"], ["ì æ ó í ò", "ì ỉ ĩ í ị"], ["yø yû yõ yù î", "ỳ ỷ ỹ ý ỵ"], ["ñ Ñ", "đ Đ"],
      ["AØ AÛ AÕ AÙ AÏ AÊ AÈ AÚ AÜ AÉ AË AÂ AÀ AÅ AÃ AÁ AÄ", "À Ả Ã Á Ạ Ă Ằ Ẳ Ẵ Ắ Ặ Â Ầ Ẩ Ẫ Ấ Ậ"],
      ["Ô ÔØ ÔÙ Ö ÖØ ÖÙ Ì Æ Ó Í Ò Î", "Ơ Ờ Ớ Ư Ừ Ứ Ì Ỉ Ĩ Í Ị Ỵ"],
    ];
    for (const [vni, text] of cases) expect(decodeVni(latin1(vni)), vni).toBe(text);
    const both = `${alphabet} ${alphabet.toUpperCase()}`;
    expect(decode(encodeVni(both), { encoding: "vni" }).text).toBe(both);
  });

  it("a mark byte joins only a base that takes it; otherwise both bytes read as Latin-1", () => {
    expect(decodeVni(latin1("iù uê ié bâ"))).toBe("iù uê ié bâ"); // i takes no mark byte; breve only on a; circumflex not on u
    expect(decodeVni(latin1("aaù"))).toBe("aá"); // greedy: the mark joins the letter just before it
  });

  it("windows-1258: base letters and combining tone bytes, left decomposed for the normaliser", () => {
    const text = `${alphabet} ${alphabet.toUpperCase()}`;
    const d = decode(encodeWindows1258(text), { encoding: "windows-1258" });
    expect(d.text).not.toBe(text);
    expect(d.text.normalize("NFC")).toBe(text);
  });

  it("TCVN3: lowercase and the untoned capitals round-trip; toned capitals come back lowercase, and decode restores what it can tell", () => {
    expect(decode(encodeTcvn3(`${alphabet} ĂÂÊÔƠƯĐ`), { encoding: "tcvn3" }).text).toBe(`${alphabet} ĂÂÊÔƠƯĐ`);
    expect(decodeTcvn3(encodeTcvn3("ỦY BAN"))).toBe("ủY BAN");
    expect(decode(encodeTcvn3("ỦY BAN"), { encoding: "tcvn3" }).text).toBe("ỦY BAN");
  });
});

describe("Vietnamese syllables (the detection's measure)", () => {
  it.each([
    ["Việt", true], ["nghĩa", true], ["người", true], ["quyết", true], ["giữa", true], ["khuya", true], ["ĐẢNG", true], ["Đắk", true], ["gì", true],
    ["Céng", false], ["hßa", false], ["chaøo", false], ["Sụỡ", false], ["tácề", false], ["cấc", true], ["càc", false], ["ơnh", false],
  ])("%s: %s", (word, ok) => {
    expect(isSyllable(word)).toBe(ok);
  });
});

describe("detection", () => {
  const sentence = "Ủy ban nhân dân tỉnh Kon Tum đề nghị các sở, ngành thực hiện tốt công tác phòng, chống dịch.";
  const cases: { input: string | Uint8Array; text: string; encoding: string; notes?: string[]; why: string }[] = [
    { input: "Céng hßa X· héi chñ nghÜa ViÖt Nam", text: "Cộng hòa Xã hội chủ nghĩa Việt Nam", encoding: "tcvn3", why: "TCVN3 shown through a Latin-1 font, as a string" },
    { input: Buffer.from("Céng hßa X· héi chñ nghÜa ViÖt Nam", "utf8"), text: "Cộng hòa Xã hội chủ nghĩa Việt Nam", encoding: "tcvn3", why: "the same as UTF-8 bytes" },
    { input: "Xin chaøo caùc baïn", text: "Xin chào các bạn", encoding: "vni", why: "VNI shown through a Latin-1 font" },
    { input: "ÑAÛNG COÄNG SAÛN VIEÄT NAM", text: "ĐẢNG CỘNG SẢN VIỆT NAM", encoding: "vni", why: "VNI capitals take the capital mark bytes" },
    { input: "Giao Së Gi¸o dôc chØ ®¹o c¸c tr\u00adêng häc", text: "Giao Sở Giáo dục chỉ đạo các trường học", encoding: "tcvn3", why: "TCVN3 ư is 0xAD, a soft hyphen in Latin-1: converted before the normaliser drops soft hyphens" },
    { input: "“Th«ng b¸o” – kÕt luËn", text: "“Thông báo” – kết luận", encoding: "tcvn3", why: "CP1252 quotes and dashes in look-alike text stay what they are" },
    { input: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Xin chaøo caùc baïn", "utf16le")]), text: "Xin chào các bạn", encoding: "vni", why: "look-alike text saved as UTF-16" },
    { input: latin1("C\u00e9ng h\u00dfa"), text: "Cộng hòa", encoding: "tcvn3", why: "raw TCVN3 bytes, written out by hand" },
    { input: latin1("Vi\u00d6t Nam"), text: "Việt Nam", encoding: "tcvn3", why: "raw TCVN3: Ö (0xD6) is ệ" },
    { input: latin1("Xin cha\u00f8o ca\u00f9c ba\u00efn"), text: "Xin chào các bạn", encoding: "vni", why: "raw VNI bytes, written out by hand" },
    { input: encodeTcvn3(sentence), text: sentence, encoding: "tcvn3", notes: ["encoding-lossy"], why: "raw TCVN3 bytes of a sentence (its Ủ, a capital TCVN3 has not, read as ủ and restored at the sentence's start)" },
    { input: encodeVni(sentence), text: sentence, encoding: "vni", why: "raw VNI bytes of a sentence" },
    { input: "Hello, world. Số 12/TB-UBND", text: "Hello, world. Số 12/TB-UBND", encoding: "utf-8", why: "ordinary UTF-8 stays UTF-8" },
    { input: latin1("plain ASCII only"), text: "plain ASCII only", encoding: "utf-8", why: "plain ASCII is UTF-8" },
    { input: "Vie^.t Nam", text: "Vie^.t Nam", encoding: "utf-8", why: "VIQR is never detected, only forced" },
    { input: "Le café est très chaud, à côté de la fenêtre. Où est-il?", text: "Le café est très chaud, à côté de la fenêtre. Où est-il?", encoding: "utf-8", why: "French Latin-1 text is not a look-alike" },
    { input: "Tôi là ai? Cá có vô bé.", text: "Tôi là ai? Cá có vô bé.", encoding: "utf-8", why: "Vietnamese in Latin-1 letters only already reads well: never converted" },
  ];
  it.each(cases)("$why", ({ input, text, encoding, notes = [] }) => {
    const d = decode(input);
    expect({ text: d.text, encoding: d.encoding, notes: d.notes.map((n) => n.rule) }).toEqual({ text, encoding, notes });
  });

  it("windows-1258 bytes of a sentence: detected, decomposed", () => {
    const d = decode(encodeWindows1258(sentence));
    expect([d.encoding, d.text.normalize("NFC")]).toEqual(["windows-1258", sentence]);
  });

  it("every valid UTF-8 fixture (fixtures/*.txt, fixtures/corpus/*.txt) is utf-8 and decoded unchanged", () => {
    const files = ["", "corpus/"].flatMap((dir) => readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith(".txt")).map((f) => join(FIXTURES, dir, f)));
    let checked = 0;
    for (const f of files) {
      const bytes = readFileSync(f);
      if (!isUtf8(bytes)) continue; // the UTF-16 fixture
      const d = decode(bytes);
      expect({ encoding: d.encoding, same: d.text === bytes.toString("utf8").replace(/^\uFEFF/u, ""), notes: d.notes }, f).toEqual({ encoding: "utf-8", same: true, notes: [] });
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  // fixtures/encodings: the seeds in each encoding; the text each must read as (the same substitutions as the generator).
  const REFERENCE: Record<string, { encoding: string; text: (t: string) => string; nfc: boolean }> = {
    utf16le: { encoding: "utf-16le", text: (t) => t, nfc: false },
    "windows-1258": { encoding: "windows-1258", text: (t) => toLegacyRepertoire(t, "windows-1258"), nfc: true },
    tcvn3: { encoding: "tcvn3", text: tcvn3Reads, nfc: false },
    vni: { encoding: "vni", text: (t) => toLegacyRepertoire(t, "vni"), nfc: false },
    nfd: { encoding: "utf-8", text: (t) => t.normalize("NFD"), nfc: false },
    crlf: { encoding: "utf-8", text: (t) => t.replace(/\r?\n/gu, "\r\n"), nfc: false },
  };
  const encoded = readdirSync(join(FIXTURES, "encodings")).filter((f) => f.endsWith(".txt")).sort();
  it.each(encoded)("fixtures/encodings/%s: detected, and read as its original", (file) => {
    const [, seed, variant] = /^(.+)\.([a-z0-9-]+)\.txt$/u.exec(file)!;
    const ref = REFERENCE[variant!]!;
    const bytes = readFileSync(join(FIXTURES, "encodings", file));
    const d = decode(bytes);
    expect(d.encoding).toBe(ref.encoding);
    expect(ref.nfc ? d.text.normalize("NFC") : d.text).toBe(ref.text(readFileSync(join(FIXTURES, `${seed}.txt`), "utf8")));
    if (variant === "tcvn3" || variant === "vni") {
      // The same file opened as Latin-1 text: the look-alike path reads it the same.
      expect(decode(asLatin1(bytes))).toMatchObject({ encoding: d.encoding, text: d.text });
    }
    // The winner by a wide margin: at least 98% of its words are syllables, the runner-up's under half.
    if (ref.encoding !== "utf-8" && !ref.encoding.startsWith("utf-16")) {
      const [best, second] = readBytes(bytes);
      expect(best!.score.syllables / best!.score.words).toBeGreaterThan(0.98);
      expect(second!.score.syllables / second!.score.words).toBeLessThan(0.5);
    }
  });

  it("an input larger than the scored sample is still decoded whole", () => {
    const seeds = readdirSync(FIXTURES).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(FIXTURES, f), "utf8")).join("\n");
    const big = seeds.repeat(8); // ~340 KB of TCVN3, over the 256 KiB sample
    const want = tcvn3Reads(big);
    const bytes = encodeTcvn3(big);
    expect(bytes.length).toBeGreaterThan(1 << 18);
    expect(decode(bytes)).toMatchObject({ encoding: "tcvn3", text: want });
    expect(decode(asLatin1(bytes))).toMatchObject({ encoding: "tcvn3", text: want });
    expect(decode(encodeVni(big))).toMatchObject({ encoding: "vni", text: toLegacyRepertoire(big, "vni") });
  });

  it("line by line (short inputs): at least 99% of the seeds' lines with a character outside ASCII (but NBSP) are detected right", () => {
    const lines = readdirSync(FIXTURES).filter((f) => f.endsWith(".txt")).flatMap((f) => readFileSync(join(FIXTURES, f), "utf8").split("\n")).filter((l) => /[^\x00-\x7f\u00a0]/u.test(l)); // not lines of NBSPs only: any encoding reads those
    for (const [name, encode] of [["tcvn3", encodeTcvn3], ["vni", encodeVni], ["windows-1258", encodeWindows1258]] as const) {
      const tried = lines.map(encode).filter((b) => b.some((x) => x >= 0x80));
      const right = tried.filter((b) => decode(b).encoding === name).length;
      expect(right / tried.length, name).toBeGreaterThanOrEqual(0.99);
    }
  });
});

describe("encoding-lossy", () => {
  it("a TCVN3 reading whose capitals lost their tones restores them and says so", () => {
    const text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc";
    const d = decode(encodeTcvn3(text));
    expect(d.text).toBe(text);
    expect(d.notes).toEqual([{ rule: "encoding-lossy", message: 'TCVN3 has no toned capitals: 7 words typed in capitals ("CỘNG", "HÒA", "XÃ") read back with lowercase toned letters and were restored as capitals; check them' }]);
    expect(decode("CéNG HßA X· HéI")).toMatchObject({ text: "CỘNG HÒA XÃ HỘI", notes: [{ rule: "encoding-lossy" }] });
  });

  it("only when it occurs: lowercase TCVN3, capitalised words and untoned capitals give no note", () => {
    expect(decode(encodeTcvn3("Cộng hòa xã hội chủ nghĩa Việt Nam, ĐĂNG KÝ")).notes).toEqual([]);
    expect(decode(encodeVni("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).notes).toEqual([]);
  });
});

describe("forced encodings", () => {
  const bytes = encodeVni("Số 283-TB/TU");
  it.each([
    { input: "Co^.ng ho`a xa~ ho^.i chu? nghi~a Vie^.t Nam", encoding: "viqr", text: "Cộng hòa xã hội chủ nghĩa Việt Nam", why: "VIQR: shape and tone marks after the vowel" },
    { input: "DDa?ng bo^. tru+o+`ng; dda'nh gia', a(n o+n", encoding: "viqr", text: "Đảng bộ trường; đánh giá, ăn ơn", why: "VIQR: DD/dd, horn (+) and breve (()" },
    { input: "Vie^.t Nam\\. Ha` No^.i\\?", encoding: "viqr", text: "Việt Nam. Hà Nội?", why: "VIQR: a backslash keeps a mark literal" },
    { input: Buffer.from("Vie^.t Nam"), encoding: "VIQR", text: "Việt Nam", why: "VIQR bytes; names are case-insensitive" },
    { input: bytes, encoding: "vni", text: "Số 283-TB/TU", why: "vni on VNI bytes" },
    { input: bytes, encoding: "windows-1258", text: new TextDecoder("windows-1258").decode(bytes), why: "windows-1258 on VNI bytes: as told, not detected" },
    { input: "Sè 283-TB/TU", encoding: "tcvn3", text: "Số 283-TB/TU", why: "tcvn3 on a string reads its characters as Latin-1 bytes" },
    { input: "Sè → 283", encoding: "tcvn3", text: "Số → 283", why: "characters no byte holds are kept as they are" },
    { input: Buffer.from("Céng hßa", "latin1"), encoding: "utf-8", text: "C\ufffdng h\ufffda", why: "utf-8 on bytes that are not UTF-8: replacement characters" },
    { input: Buffer.from([0xff, 0xfe, 0x53, 0x00, 0xd1, 0x1e]), encoding: "utf-16le", text: "Số", why: "utf-16le drops its BOM" },
    { input: Buffer.from([0x1e, 0xd1]), encoding: "utf-16be", text: "ố", why: "utf-16be without a BOM" },
  ])("$why", ({ input, encoding, text }) => {
    const d = decode(input, { encoding });
    expect([d.text, d.encoding]).toEqual([text, encoding.toLowerCase()]);
  });

  it("an unknown name throws, listing the known ones", () => {
    expect(() => decode("x", { encoding: "latin-9" })).toThrow(/^unknown encoding "latin-9" \(known: utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni, viqr\)$/u);
    expect(() => decode(new Uint8Array([0x41]), { encoding: "" })).toThrow(/^unknown encoding ""/u);
  });
});

/** Random Vietnamese: well-formed syllables (tone on the shaped or first vowel), some capitalised or in capitals, with punctuation. */
const TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];
const syllable = fc
  .tuple(fc.constantFrom(...ONSETS), fc.constantFrom(...RHYMES), fc.constantFrom(...TONES), fc.constantFrom("lower", "lower", "lower", "title", "upper"))
  .map(([onset, rhyme, t, shape]) => {
    const tone = STOP_FINAL.test(rhyme) && t !== "\u0323" ? "\u0301" : t;
    const chars = [...(onset + rhyme)];
    const vowels = chars.flatMap((c, i) => (/[aăâeêioôơuưy]/u.test(c) ? [i] : []));
    const at = vowels.find((i) => /[ăâêôơư]/u.test(chars[i]!)) ?? vowels[0] ?? 0;
    chars[at] = `${chars[at]}${tone}`.normalize("NFC");
    const s = chars.join("");
    return shape === "upper" ? s.toUpperCase() : shape === "title" ? s[0]!.toUpperCase() + s.slice(1) : s;
  })
  .filter(isSyllable); // the spelling rules (k/c, gh/g, ngh/ng)
/** Random Vietnamese text with at least `minLetters` syllables that have a letter outside ASCII. */
const vietnamese = (minLetters: number) =>
  fc
    .array(fc.tuple(syllable, fc.constantFrom(" ", " ", " ", ", ", ". ", "\n", "; ")), { minLength: minLetters, maxLength: 40 })
    .filter((parts) => parts.filter(([w]) => /[^\x00-\x7f]/u.test(w)).length >= minLetters)
    .map((parts) => parts.map(([w, sep]) => w + sep).join("").trim());

describe("properties", () => {
  it("decode never throws on arbitrary bytes or text, detected or forced", () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.string({ unit: "binary", maxLength: 500 })), fc.option(fc.constantFrom(...DECODE_ENCODINGS)), (input, encoding) => {
        const d = decode(input, encoding ? { encoding } : {});
        expect(typeof d.text).toBe("string");
        expect(DECODE_ENCODINGS).toContain(d.encoding);
      }),
      { numRuns: 400 },
    );
  });

  it("encode with our tables, decode (forced): VNI and windows-1258 round-trip exactly, TCVN3 up to the case of its toned capitals", () => {
    fc.assert(
      fc.property(vietnamese(0), (text) => {
        expect(decode(encodeVni(text), { encoding: "vni" }).text).toBe(text);
        expect(decode(encodeWindows1258(text), { encoding: "windows-1258" }).text.normalize("NFC")).toBe(text);
        const t = decode(encodeTcvn3(text), { encoding: "tcvn3" }).text;
        expect(t).toBe(tcvn3Reads(text));
        expect(t.toLowerCase()).toBe(text.toLowerCase());
      }),
      { numRuns: 300 },
    );
  });

  it("detection: texts with five or more syllables outside ASCII are read right as bytes and as look-alike text; as UTF-8 they stay UTF-8", () => {
    fc.assert(
      fc.property(vietnamese(5), (text) => {
        expect(decode(text)).toMatchObject({ encoding: "utf-8", text });
        for (const [encoding, bytes, want] of [["tcvn3", encodeTcvn3(text), tcvn3Reads(text)], ["vni", encodeVni(text), text]] as const) {
          expect(decode(bytes)).toMatchObject({ encoding, text: want });
          expect(decode(asLatin1(bytes))).toMatchObject({ encoding, text: want });
        }
        const w = decode(encodeWindows1258(text));
        expect([w.encoding, w.text.normalize("NFC")]).toEqual(["windows-1258", text]);
      }),
      { numRuns: 300 },
    );
  });
});
