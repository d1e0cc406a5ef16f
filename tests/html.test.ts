/**
 * HTML input end to end (fixtures/html/, made by scripts/html-fixtures.ts
 * from the seeds, and a page laid out as Word saves one): each page parses
 * to the model of its seed, nothing of the site around the document leaks
 * into it, and every `raw` is the page's own text at its span.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, type Document } from "../src/index.js";
import { checkDocument } from "../src/model/schema.js";
import { decodeEntities } from "../src/pipeline/html.js";
import { parseWith } from "../src/parse.js";
import { spans } from "./helpers.js";

const ROOT = join(import.meta.dirname, "..");
const DIR = join(ROOT, "fixtures", "html");
const TODAY = "2026-11-23";
const seeded = readdirSync(DIR).filter((f) => readdirSync(join(ROOT, "fixtures")).includes(f.replace(/(\.entities)?\.html$/u, ".txt"))).sort();

const read = (file: string): Document => parse(readFileSync(join(DIR, file)), { path: file, today: TODAY });
const seedOf = (file: string): Document => parse(readFileSync(join(ROOT, "fixtures", file.replace(/(\.entities)?\.html$/u, ".txt"))), { today: TODAY });
/** The model without `source`, spans and raw texts (offsets differ between a page and a text by design). */
const comparable = (d: Document): unknown => JSON.parse(JSON.stringify(d, (k, v) => (k === "source" || k === "span" || k === "raw" ? undefined : v)));

/** Each `raw` with its JSON path. */
function raws(value: unknown, path = "$", out: [string, string][] = []): [string, string][] {
  if (Array.isArray(value)) value.forEach((v, i) => raws(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) k === "raw" && typeof v === "string" ? out.push([path, v]) : raws(v, `${path}.${k}`, out);
  return out;
}
/** What a page's raw text reads as: tags out, references decoded, white space collapsed. */
const reads = (raw: string): string => decodeEntities(raw.replace(/<[^>]*>/gu, " ")).replace(/[\s\u00a0]+/gu, " ").trim();

describe("fixtures/html", () => {
  it("holds a page for every document seed it was made from, an entity-encoded page and the news page", () => {
    expect(seeded).toEqual([
      "news-bao-kon-tum-tb-275-2021-08-02.html", "own-cd-ttg-2021.html", "own-qd-ubnd-kem-ke-hoach-2021.html",
      "tb-283-tu-kon-tum-2021-08-27.entities.html", "tb-283-tu-kon-tum-2021-08-27.html",
    ]);
  });

  it.each(seeded.filter((f) => !f.startsWith("news-")))("%s parses to the model of its seed", (file) => {
    const doc = read(file);
    expect([doc.source.format, doc.genre, doc.source.encoding]).toEqual(["html", "document", "utf-8"]);
    expect(comparable(doc)).toEqual(comparable(seedOf(file)));
    expect(checkDocument(doc)).toEqual([]);
  });

  it("the news page: the article of the saved-text seed, without menus, ticker, related links, comment box or footer", () => {
    const file = "news-bao-kon-tum-tb-275-2021-08-02.html";
    const doc = read(file);
    expect([doc.source.format, doc.genre, doc.title, doc.date?.iso, doc.author]).toEqual(["html", "news", "Chủ động xây dựng phương án đáp ứng với các tình huống chống dịch", "2021-08-02", "Hồng Lam"]);
    // The text seed's one diagnostic is a confusable Ð in its menu, which the page has not.
    const seed = seedOf(file);
    expect(seed.diagnostics.map((d) => d.rule)).toEqual(["confusable-character"]);
    expect(comparable({ ...doc, diagnostics: [] })).toEqual(comparable({ ...seed, diagnostics: [] }));
    expect(doc.diagnostics).toEqual([]);
    const json = JSON.stringify(doc);
    for (const junk of ["Kinh tế", "THƯ TÒA SOẠN", "Khép lại hành trình", "Gửi bình luận", "Giấy phép", "Ảnh: Thùy Hương"]) expect(json).not.toContain(junk);
  });

  it.each(seeded)("%s: every raw is the page's text at its span, and reads as the seed's raw", (file) => {
    const page = readFileSync(join(DIR, file), "utf8");
    const doc = read(file);
    const mine = raws(doc);
    const theirs = new Map(raws(seedOf(file)));
    expect(mine.length).toBeGreaterThan(3);
    for (const [path, raw] of mine) {
      expect(reads(raw), path).toBe((theirs.get(path) ?? "").replace(/\s+/gu, " ").trim());
      // A value of several header lines (an issuer over two) joins its lines; each is the page's own text.
      for (const line of raw.split("\n")) expect(page.includes(line), path).toBe(true);
    }
    for (const { path, owner } of spans(doc)) {
      const span = owner.span as { start: { offset: number }; end: { offset: number } };
      if (typeof owner.raw === "string" && !owner.raw.includes("\n")) expect(page.slice(span.start.offset, span.end.offset), path).toBe(owner.raw);
    }
  });

  it("the entity-encoded page's values start and end on whole references", () => {
    const doc = read("tb-283-tu-kon-tum-2021-08-27.entities.html");
    expect(doc.number?.raw).toBe("S&#7889; 283-TB/TU");
    expect(doc.date?.raw).toBe("Kon Tum, ng&#224;y 27 th&#225;ng 8 n&#259;m 2021");
    expect(doc.issuer?.raw).toBe("T&#7880;NH &#7910;Y KON TUM");
  });

  it("a page as Word saves it (each line a paragraph, the title centred) reads as a document", () => {
    const doc = read("word-tb-ubnd-kon-tum-2021.html");
    expect({
      type: doc.type?.name, number: doc.number?.id, date: doc.date?.iso, issuer: doc.issuer?.name, title: doc.title,
      directives: doc.directives.map((d) => [d.marker, d.bodies.map((b) => b.name)]), citations: doc.citations.map((c) => c.id),
      recipients: doc.recipients, signer: doc.signature?.signer, position: doc.signature?.position, diagnostics: doc.diagnostics.map((d) => d.rule),
    }).toEqual({
      type: "Thông báo", number: "12/TB-UBND", date: "2021-03-05", issuer: "Ủy ban nhân dân tỉnh Kon Tum",
      title: "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc với Sở Y tế",
      directives: [["1.", ["Sở Y tế"]], ["2.", ["Sở Tài chính"]]], citations: ["15/CT-TTg"],
      recipients: ["Sở Y tế", "Lưu: VT"], signer: "Nguyễn Văn Bình", position: "Chánh Văn phòng", diagnostics: [],
    });
  });
});

describe("telling HTML from text", () => {
  const page = readFileSync(join(DIR, "own-cd-ttg-2021.html"));
  it("by the path or the first characters; `from` forces a format", () => {
    expect(parse(page).source.format).toBe("html");
    expect(parse(page, { path: "x.txt" }).source.format).toBe("html");
    expect(parse(page, { from: "text" }).source.format).toBe("text");
    expect(parse("<p>Số: 12/TB-UBND</p>", { from: "html" }).source.format).toBe("html");
    expect(parse("Giao <b>Sở Y tế</b>", { path: "x.txt" }).source.format).toBe("text");
  });

  it("without the HTML parser (the CLI's core), an HTML input is a caller's error that says so", () => {
    expect(() => parseWith(page, {})).toThrow(/HTML parser/u);
    expect(parseWith("plain text", {}).source.format).toBe("text");
  });

  it("hostile pages: 10,000 nested elements, an unclosed comment, a stray <, a script that never ends", () => {
    const pages = [
      `<html><body>${"<div>".repeat(10_000)}Giao Sở Y tế chủ trì.${"</div>".repeat(10_000)}</body></html>`,
      "<html><body><p>Số: 1/TB-UBND</p><!-- never closed <p>x</p>",
      "<html><body><p>1 < 2 &amp;&amp; &#99999999; &bogus;</p>",
      "<html><head><script>while (1) {",
    ];
    for (const p of pages) expect(checkDocument(parse(p))).toEqual([]);
    expect(JSON.stringify(parse(pages[0]!))).toContain("Giao Sở Y tế chủ trì.");
  });
});

describe("the CLI", () => {
  const tmp = mkdtempSync(join(tmpdir(), "vanban-html-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const vanban = (args: string[]) => spawnSync(process.execPath, [join(ROOT, "bin", "vanban.js"), ...args], { cwd: tmp, encoding: "utf8" });

  it("parses a page, reads --from, and rejects an unknown format with exit 2", () => {
    const r = vanban(["parse", join(DIR, "own-cd-ttg-2021.html"), "--compact"]);
    expect([r.status, r.stderr]).toEqual([0, ""]);
    expect(JSON.parse(r.stdout).source.format).toBe("html");
    writeFileSync(join(tmp, "page.txt"), readFileSync(join(DIR, "own-cd-ttg-2021.html")));
    expect(JSON.parse(vanban(["parse", "page.txt", "--from", "text", "--compact"]).stdout).source.format).toBe("text");
    const bad = vanban(["parse", "page.txt", "--from", "pdf"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--from <format>.*pdf.*Allowed choices are text, markdown, html/u);
  });

  it("a directory gives its .html pages too; validate reads them", () => {
    const r = vanban(["parse", DIR, "--compact", "--jobs", "1"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n").map((l) => JSON.parse(l).source.format)).toEqual(Array(readdirSync(DIR).length).fill("html"));
    const v = vanban(["validate", join(DIR, "word-tb-ubnd-kon-tum-2021.html")]);
    expect([v.status, v.stdout]).toEqual([0, ""]);
  });
});
