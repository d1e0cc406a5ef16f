/**
 * Stage 0, guard: what is not a document at all. Binary data is told by a
 * NUL, C0 control bytes no text uses, or mostly high bytes that are not
 * UTF-8; no real document of ours, in any encoding, is refused.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { binaryAt } from "../../src/pipeline/guard.js";
import { encodeTcvn3, encodeVni, encodeWindows1258 } from "../encoders.js";

const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures");

/** Every file under fixtures/ that is a document (not expected output or gold data). */
function documents(dir = FIXTURES): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return documents(p);
    return /\.(txt|html)$/u.test(f) ? [p] : [];
  });
}

describe("binaryAt", () => {
  it.each([
    [Buffer.from([0x41, 0x42, 0x00, 0x43]), 2, "a NUL"],
    [Buffer.from("ab\x01cdefgh\x02\x03\x04\x05\x06\x07\x08\x0e\x0f"), 2, "control bytes past a few: at the first"],
    [Buffer.alloc(200, 0xff), 0, "all 0xFF: no encoding reads it"],
    [Buffer.concat([Buffer.from("PK"), Buffer.from(Array.from({ length: 300 }, (_, i) => 0x80 + (i % 127)))]), 2, "mostly high bytes, not UTF-8"],
    [Buffer.from("ĐẢNG CỘNG SẢN VIỆT NAM ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK ".repeat(4)), -1, "capitals in UTF-8: many high bytes, but UTF-8"],
    [Buffer.from("ỆỆỆỆỆỆỆỆỆỆỆỆỆỆ".repeat(3)).subarray(0, 100), -1, "UTF-8 cut inside a letter at the window's end"],
    [encodeTcvn3("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ĐỘC LẬP TỰ DO HẠNH PHÚC ".repeat(4)), -1, "a TCVN3 heading"],
    [encodeVni("Ủy ban nhân dân tỉnh đề nghị các sở, ngành thực hiện tốt công tác phòng, chống dịch. ".repeat(4)), -1, "VNI text"],
    [encodeWindows1258("Ủy ban nhân dân tỉnh đề nghị các sở, ngành thực hiện. ".repeat(4)), -1, "windows-1258 text"],
    [Buffer.from([0xff, 0xfe, 0x41, 0x00]), -1, "UTF-16 with a BOM: its NULs are text"],
  ])("%#: %s", (bytes, at) => {
    expect(binaryAt(bytes)).toBe(at);
  });

  it("refuses none of the fixtures, in any encoding", () => {
    const files = documents();
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) expect(binaryAt(readFileSync(f)), f).toBe(-1);
  });
});
