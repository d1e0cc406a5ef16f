/**
 * Stage 3c, html: an HTML page → the text a reader sees, every character
 * mapped back to its offset in the page. Each case: a page, the text it must
 * read as, and why.
 */
import { describe, expect, it } from "vitest";
import { inputFormat, looksLikeHtml } from "../../src/pipeline/format.js";
import { flatTree } from "../../src/pipeline/html-flat.js";
import { parseHtml } from "../../src/pipeline/html-parser.js";
import { decodeEntities, readHtml } from "../../src/pipeline/html.js";
import { makeSource, spanOf, sliceSpan, type View } from "../../src/util/text.js";
import { g } from "./helpers.js";

function view(html: string, flat = false): View {
  const source = makeSource(html, true);
  return readHtml(source, flat ? flatTree(html) : parseHtml(html), g);
}

const cases: { html: string; text: string; why: string }[] = [
  { html: "<p>Giao   Sở\n  Y tế</p>", text: "Giao Sở Y tế", why: "white space collapses as a browser collapses it" },
  { html: "<p>Số: <b>12</b>/TB-UBND</p>", text: "Số: 12/TB-UBND", why: "inline elements join their text" },
  { html: "<p>a</p><p>b</p>", text: "a\n\nb", why: "paragraphs are set off by a blank line" },
  { html: "<p>a<br>b<br/>c</p>", text: "a\nb\nc", why: "a line break ends the line" },
  { html: "<div>a</div><div>b</div>", text: "a\nb", why: "other blocks end the line" },
  { html: "<p>ng&agrave;y &#7889; &#x1EC7; &amp; &nbsp;x</p>", text: "ngày ố ệ & \u00a0x", why: "character references decode (NBSP stays for the normaliser)" },
  { html: "<table><tr><td><p>ỦY BAN</p><p>Số: 1</p></td><td><p>CỘNG HÒA</p><p>Độc lập</p></td></tr></table>", text: "ỦY BAN  CỘNG HÒA\nSố: 1  Độc lập", why: "a row's cells side by side, line by line, two spaces apart" },
  { html: "<table><tr><td>Nơi nhận:<br>- A;<br>- B.</td><td>TL. CHỦ TỊCH</td></tr></table>", text: "Nơi nhận:  TL. CHỦ TỊCH\n- A;\n- B.", why: "a shorter cell leaves its later lines to the other" },
  { html: "<nav><a>Trang chủ</a></nav><p>x</p><footer>Bản quyền</footer>", text: "x", why: "navigation and footer are left out" },
  { html: "<script>var a='<p>';</script><style>p{}</style><p>x</p><!-- c --><noscript>n</noscript>", text: "x", why: "scripts, styles, comments and noscript are no text" },
  { html: "<header><a>Logo</a> Trang tin</header><article><header><h1>Tiêu đề</h1></header><p>x</p></article>", text: "Tiêu đề\n\nx", why: "a page header is left out, the article's own header kept" },
  { html: "<div class='box-related'><p>a</p></div><div id='main_menu'>m</div><div class='content'>x</div>", text: "x", why: "class and id words of web.yaml: related, menu" },
  { html: "<div role='navigation'>m</div><p hidden>h</p><p aria-hidden='true'>h</p><p style='display: none'>h</p><p>x</p>", text: "x", why: "roles, hidden and invisible elements" },
  { html: "<ul><li><a href=1>Tin một</a></li><li><a href=2>Tin hai</a></li><li><a href=3>Tin ba</a></li></ul><p>x</p>", text: "x", why: "a list of three links or more, nearly all link text, is a menu or related links" },
  { html: "<ul><li>Giao <a href=1>Sở Y tế</a> chủ trì</li><li>b</li></ul>", text: "Giao Sở Y tế chủ trì\nb", why: "a list with a link inside its text stays" },
  { html: "<pre>a  b\nc</pre>", text: "a  b\nc", why: "pre keeps its spaces and lines" },
  { html: "<p align=center>THÔNG BÁO</p><p align=center>Kết luận</p><p style='text-align: center'>tại buổi làm việc</p><p>Ngày 4</p>", text: "THÔNG BÁO\nKết luận\ntại buổi làm việc\n\nNgày 4", why: "centred paragraphs in a row are one block (a title typed one line a paragraph)" },
  { html: "<h2 align=center>THÔNG BÁO</h2><div style='text-align:center'>Kết luận</div><div align=center><b>tại buổi làm việc</b></div><div>Ngày 4</div>", text: "THÔNG BÁO\nKết luận\ntại buổi làm việc\n\nNgày 4", why: "centred headings and divs in a row are one block too" },
  { html: "<div align=center><p>a</p><p>b</p></div><p>c</p>", text: "a\n\nb\n\nc", why: "a centred box of paragraphs is no title line: its paragraphs stay paragraphs" },
  { html: "<p>&nbsp;</p><p>x</p><p></p>", text: "\u00a0\n\nx", why: "an empty paragraph adds nothing; NBSP is text" },
  { html: "", text: "", why: "an empty page" },
];

describe("readHtml", () => {
  it.each(cases)("$why", ({ html, text }) => {
    expect(view(html).text).toBe(text);
  });

  it.each(cases)("every character maps to its own offset in the page ($why)", ({ html }) => {
    const v = view(html);
    for (let i = 0; i < v.text.length; i++) {
      const c = v.text[i] as string;
      const at = html[v.map[i] as number] as string;
      // Kept text is itself; a reference stands at its "&"; spaces and line breaks stand at white space or a tag.
      expect(c === at || at === "&" || /[\s\u00a0]/u.test(c), `${JSON.stringify(c)} at ${v.map[i]}`).toBe(true);
    }
  });

  it("a span over a decoded reference covers the whole reference", () => {
    const html = "<p>S&#7889; 283-TB/TU ng&agrave;y</p>";
    const v = view(html);
    const at = v.text.indexOf("Số");
    expect(sliceSpan(v.source, spanOf(v, at, at + 2))).toBe("S&#7889;");
    const end = v.text.length;
    expect(sliceSpan(v.source, spanOf(v, end - 4, end))).toBe("ng&agrave;y");
  });
});

describe("a page too deep for the tree builder", () => {
  it("is read flat: tags are breaks, scripts and comments dropped, text kept with its offsets", () => {
    const html = "<p>a &amp; b</p><script>x<y</script><div>c<!-- d -->e</div> 1 < 2";
    expect(view(html, true).text).toBe("a & b\nce\n1 < 2");
  });

  it("10,000 nested elements parse (flat), without a stack overflow", () => {
    const html = `<html><body>${"<div>".repeat(10_000)}Giao Sở Y tế chủ trì${"</div>".repeat(10_000)}</body></html>`;
    expect(() => parseHtml(html)).toThrow(RangeError);
    expect(view(html, true).text).toBe("Giao Sở Y tế chủ trì");
  });
});

describe("decodeEntities", () => {
  it.each([
    ["a &amp; b", "a & b"],
    ["&#7889;&#x1ec7;", "ốệ"],
    ["&notanentity; &", "&notanentity; &"],
    ["&#0; &#1114112;", "&#0; &#1114112;"],
  ])("%s", (input, out) => expect(decodeEntities(input)).toBe(out));
});

describe("format", () => {
  it.each([
    ["<!DOCTYPE html><html>", null, true, "a doctype"],
    ["\uFEFF  <!-- saved -->\n<html lang=vi>", null, true, "a BOM, a comment, then <html>"],
    ["<meta charset=utf-8><p>x", null, true, "a page that starts at <meta>"],
    ["Số: 12/TB-UBND\n<p>", null, false, "a text that mentions a tag further down"],
    ["plain", "doc.HTM", true, "an .htm path"],
    ["<html>", "doc.txt", true, "markup at the start wins over a .txt name"],
    ["Giao <b>Sở</b>", null, false, "inline tags only: not a page"],
  ])("%s (%s): %s", (input, path, html) => {
    expect(looksLikeHtml(input, path)).toBe(html);
    expect(looksLikeHtml(Buffer.from(input, "utf8"), path)).toBe(html);
  });

  it("many comments before a text that is no page do not make the sniff backtrack (it returns at once)", () => {
    expect(looksLikeHtml(`${"<!---->".repeat(300)}x`)).toBe(false);
    expect(looksLikeHtml(`${"<!-- a -- b -->\n".repeat(100)}<html>`)).toBe(true);
  });

  it("--from wins; UTF-16 pages are sniffed too", () => {
    expect(inputFormat("<html>", null, "text")).toBe("text");
    expect(inputFormat("plain", null, "html")).toBe("html");
    expect(looksLikeHtml(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("<!doctype html>", "utf16le")]))).toBe(true);
  });
});
