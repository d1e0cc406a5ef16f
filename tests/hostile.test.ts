/**
 * Hostile and broken input, through the built CLI: each case with its exact
 * exit code and message; never a stack trace, never an output file for a
 * refused input. In a batch a refused file is a failure record and the
 * other files go on.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin", "vanban.js");
const tmp = mkdtempSync(join(tmpdir(), "vanban-hostile-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function vanban(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: tmp, encoding: "utf8", maxBuffer: 256 << 20, env: { ...process.env, VANBAN_DEBUG: "" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const put = (name: string, content: string | Uint8Array): string => {
  writeFileSync(join(tmp, name), content);
  return name;
};

const GOOD = put("good.txt", readFileSync(join(ROOT, "fixtures", "tb-283-tu-kon-tum-2021-08-27.txt")));
const NUL = put("scan.pdf.txt", Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.from([0x00, 0x01, 0x02]), Buffer.alloc(100, 0x41)]));
const CONTROLS = put("controls.txt", Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 5 === 0 ? 0x03 : 0x61))));
/** Random high bytes, no NUL and no control byte: what a damaged or encrypted file looks like (a fixed generator, so the offset is known). */
const NOISE = put("noise.txt", Buffer.concat([Buffer.from("Header: "), Buffer.from(Array.from({ length: 4000 }, (_, i) => 0x80 + ((i * 7919 + 13) % 128)))]));
const EMPTY = put("empty.txt", "");
const BLANK = put("blank.txt", " \n\t\r\n  \n");
const BIG = put("big.txt", "Số 1/TB-UBND\n".repeat(100));
const RECIPE = put("recipe.txt", readFileSync(join(ROOT, "fixtures", "rules", "not-a-directive", "invalid.txt")));

describe("a single file", () => {
  const cases: { file: string; args?: string[]; status: number; message: string; why: string }[] = [
    { file: NUL, status: 1, message: "vanban: scan.pdf.txt: not a text document (binary data at byte 9)\n", why: "a NUL byte: binary data, refused with its offset" },
    { file: CONTROLS, status: 1, message: "vanban: controls.txt: not a text document (binary data at byte 0)\n", why: "mostly control bytes no text uses: binary" },
    { file: NOISE, status: 1, message: "vanban: noise.txt: not a text document (binary data at byte 8)\n", why: "mostly bytes of 0x80 and above that are not UTF-8: undecodable, refused at the first of them" },
    { file: EMPTY, status: 1, message: "vanban: empty.txt: empty file (no text)\n", why: "an empty file" },
    { file: BLANK, status: 1, message: "vanban: blank.txt: empty document (only white space)\n", why: "a white-space-only file" },
    { file: BIG, args: ["--max-bytes", "1K"], status: 1, message: "vanban: big.txt: too large (1500 bytes; the limit is 1024, see --max-bytes)\n", why: "over --max-bytes: refused before reading" },
    { file: "missing.txt", status: 2, message: "vanban: missing.txt: no such file\n", why: "a path that does not exist is a usage error naming it" },
  ];
  it.each(cases)("$why", ({ file, args, status, message }) => {
    const out = join(tmp, `${file}.json`);
    const r = vanban(["parse", file, "-o", out, ...(args ?? [])]);
    expect([r.status, r.stdout, r.stderr]).toEqual([status, "", message]);
    expect(existsSync(out)).toBe(false);
  });

  it("an unknown --encoding is a usage error listing the known ones", () => {
    const r = vanban(["parse", GOOD, "--encoding", "klingon"]);
    expect([r.status, r.stdout, r.stderr]).toEqual([2, "", "vanban: --encoding klingon: unknown encoding (known: utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni, viqr)\n"]);
  });

  it("a bad --max-bytes is a usage error", () => {
    const r = vanban(["parse", GOOD, "--max-bytes", "lots"]);
    expect([r.status, r.stderr]).toEqual([2, "vanban: --max-bytes lots: expected a size such as 5000000, 500K, 20M or 1G\n"]);
  });

  it("a file that cannot be read (permissions) fails with exit 1", () => {
    const locked = put("locked.txt", "Số 1/TB-UBND\n");
    chmodSync(join(tmp, locked), 0o000);
    let readable = true;
    try {
      readFileSync(join(tmp, locked));
    } catch {
      readable = false;
    }
    const r = vanban(["parse", locked]);
    chmodSync(join(tmp, locked), 0o644);
    if (readable) return; // root reads anything: nothing to test here
    expect([r.status, r.stdout, r.stderr]).toEqual([1, "", "vanban: locked.txt: permission denied\n"]);
  });

  it("a text that is not a directive parses, fields null, with a not-a-directive diagnostic", () => {
    const r = vanban(["parse", RECIPE]);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect([doc.type, doc.number, doc.date, doc.issuer, doc.title, doc.signature]).toEqual([null, null, null, null, null, null]);
    expect(doc.diagnostics.map((d: { rule: string }) => d.rule)).toEqual(["not-a-directive"]);
  });
});

describe("in a batch", () => {
  it("each refused file is a failure record with its reason; the others are converted; exit 1", () => {
    const dir = join(tmp, "tree");
    mkdirSync(dir);
    for (const f of [GOOD, NUL, EMPTY, BLANK, RECIPE]) writeFileSync(join(dir, f), readFileSync(join(tmp, f)));
    const r = vanban(["parse", "tree", "-o", "out", "--report", "report.json", "-q"]);
    expect(r.status).toBe(1);
    expect(readdirSync(join(tmp, "out")).sort()).toEqual(["good.json", "recipe.json"]);
    const report = JSON.parse(readFileSync(join(tmp, "report.json"), "utf8"));
    const failures = Object.fromEntries((report.failures as { path: string; code: string; message: string }[]).map((f) => [f.path, `${f.code}: ${f.message}`]));
    expect(failures).toEqual({
      "tree/blank.txt": "empty: empty document (only white space)",
      "tree/empty.txt": "empty: empty file (no text)",
      "tree/scan.pdf.txt": "binary: not a text document (binary data at byte 9)",
    });
  });

  it("validate: a binary file is a fatal diagnostic, the others are still checked", () => {
    const r = vanban(["validate", NUL, GOOD, "--reporter", "json", "--today", "2026-11-23"]);
    expect(r.status).toBe(1);
    const files = JSON.parse(r.stdout) as { path: string; diagnostics: { rule: string; message: string }[] }[];
    expect(files.map((f) => [f.path, f.diagnostics.map((d) => `${d.rule}: ${d.message}`)])).toEqual([
      ["scan.pdf.txt", ["fatal: not a text document (binary data at byte 9)"]],
      ["good.txt", ['malformed-citation: date "ngày 27-2021" has a day (27) and a year (2021) but no month']],
    ]);
  });
});

describe("pathological text (its time is measured in bench/linear.mjs, not here)", () => {
  const cases: { name: string; text: string; why: string }[] = [
    { name: "so.txt", text: "Số ".repeat(200_000), why: '200,000 repetitions of "Số "' },
    { name: "line.txt", text: "Ủy ban nhân dân tỉnh giao Sở Y tế chủ trì, phối hợp với các sở, ngành; ".repeat(50_000).slice(0, 5_000_000), why: "a 5 MB single line" },
    { name: "nested.txt", text: Array.from({ length: 10_000 }, (_, k) => `${"1.".repeat(1 + (k % 100))} Giao Sở Y tế thực hiện nhiệm vụ ${k}.`).join("\n"), why: "10,000 numbered lines, each a level deeper, to 100 levels and again" },
    { name: "caps.txt", text: "ĐẢNG CỘNG SẢN VIỆT NAM ỦY BAN NHÂN DÂN TỈNH ".repeat(20_000), why: "a long run of Vietnamese capitals" },
  ];
  it.each(cases)("$why: parses, exit 0, a valid document, no message", ({ name, text }) => {
    put(name, text);
    const r = vanban(["parse", name, "--compact"]);
    expect([r.status, r.stderr]).toEqual([0, ""]);
    expect(JSON.parse(r.stdout).schemaVersion).toBe(1);
  });
});
