/** Stage 1, decode: bytes → text, with the encoding, byte count and hash. */
import { describe, expect, it } from "vitest";
import { decode } from "../../src/pipeline/decode.js";

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
