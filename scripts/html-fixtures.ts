/**
 * Makes or checks fixtures/html/: the seeds as web pages, written by us.
 *
 * - `<seed>.html` for each document seed: the document as a portal
 *   publishes it, inside a site header, a menu, breadcrumbs, a sidebar of
 *   related links and a footer. Its two-column header is a table; lines
 *   the text keeps together are one paragraph with <br>s.
 * - `<seed>.entities.html`: the same page with every letter outside ASCII
 *   written as a numeric character reference ("&#7889;"), as old CMSs wrote them.
 * - `<news seed>.html`: the news seed as a news page: menus, a ticker, the
 *   headline in <h1>, the time, the article, a captioned photo, related
 *   links, a comment form and a footer.
 *
 * Each must parse to the model of its seed (tests/html.test.ts).
 *   npx tsx scripts/html-fixtures.ts [--write]   (default: check only, exit 1 on a difference)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const out = join(root, "fixtures", "html");
const NEWS = "news-bao-kon-tum-tb-275-2021-08-02";

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** Every character outside ASCII as a numeric character reference. */
const refs = (html: string): string => html.replace(/[^\x00-\x7f]/gu, (c) => `&#${c.codePointAt(0)};`);

const SITE_TOP = `<header class="site-header">
  <div class="logo"><a href="/">Cổng thông tin điện tử tỉnh</a></div>
  <nav class="main-menu"><ul>
    <li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
    <li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản chỉ đạo</a></li>
  </ul></nav>
</header>
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/van-ban">Văn bản chỉ đạo</a></div>`;

const SITE_BOTTOM = `<aside class="sidebar"><h3>Văn bản mới</h3><ul>
  <li><a href="/vb/1">Kế hoạch số 12/KH-UBND về chuyển đổi số</a></li>
  <li><a href="/vb/2">Thông báo số 99/TB-VP kết luận giao ban</a></li>
  <li><a href="/vb/3">Công văn số 45/UBND-KT về thu ngân sách</a></li>
</ul></aside>
<footer><p>Bản quyền © Cổng thông tin điện tử tỉnh. Địa chỉ: 01 đường Trung tâm.</p><p>Ghi rõ nguồn khi phát hành lại thông tin.</p></footer>`;

/** A document seed as a page: tab lines as a two-column table, runs of lines as paragraphs. */
function documentPage(text: string): string {
  const body: string[] = [];
  let rows: string[][] = [];
  let para: string[] = [];
  const endPara = (): void => {
    if (para.length) body.push(`<p>${para.map(esc).join("<br>\n")}</p>`);
    para = [];
  };
  const endTable = (): void => {
    if (!rows.length) return;
    const cell = (k: number): string => rows.map((r) => `<p>${esc(r[k] ?? "")}</p>`).join("");
    body.push(`<table class="doc-header"><tr><td>${cell(0)}</td><td>${cell(1)}</td></tr></table>`);
    rows = [];
  };
  for (const line of text.split("\n")) {
    if (line.includes("\t")) {
      endPara();
      const [left = "", ...right] = line.split("\t");
      rows.push([left, right.join(" ")]);
      continue;
    }
    endTable();
    if (line.trim()) para.push(line);
    else endPara();
  }
  endPara();
  endTable();
  return `<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>Văn bản</title>
<script>var analytics = "Số 999/TB-XX";</script><style>p { margin: 0 }</style></head>
<body>
${SITE_TOP}
<main><article class="doc-content">
${body.join("\n")}
</article></main>
${SITE_BOTTOM}
</body></html>
`;
}

/** The news seed as a news page: the article is what the seed has between its publication line and "Các tin khác". */
function newsPage(text: string): string {
  const lines = text.split("\n").map((l) => l.trim());
  const pub = lines.findIndex((l) => /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/u.test(l));
  const end = lines.indexOf("Các tin khác");
  const headline = lines.slice(0, pub).filter(Boolean).pop() as string;
  const article = lines.slice(pub + 1, end).filter((l) => l && l !== "\u00a0" && !/^[\u00a0 ]+$/u.test(l));
  const paragraphs = article.map((l) =>
    l.includes("Ảnh:") ? `<figure><img src="/anh/hoi-nghi.jpg" alt=""><figcaption>${esc(l)}</figcaption></figure>` : `<p>${esc(l)}</p>`,
  );
  const author = paragraphs.pop() as string;
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${esc(headline)}</title></head>
<body>
<div id="top-menu" class="menu"><ul>
  <li><a href="/thoi-su">Thời sự - Chính trị</a></li><li><a href="/kinh-te">Kinh tế</a></li>
  <li><a href="/xa-hoi">Xã hội</a></li><li><a href="/phap-luat">Pháp luật &amp; Đời sống</a></li>
</ul></div>
<div class="ticker"><marquee>THƯ TÒA SOẠN · Quảng ngãi công bố tổ chức bộ máy</marquee></div>
<div class="breadcrumbs"><a href="/thoi-su">Thời sự - Chính trị</a> » <a href="/xay-dung-dang">Xây dựng Đảng</a></div>
<div class="article-detail">
<h1 class="title">${esc(headline)}</h1>
<div class="date"><time datetime="2021-08-02T11:40">${esc(lines[pub] as string)}</time></div>
${paragraphs.join("\n")}
<p class="author"><strong>${author.replace(/<\/?p>/g, "")}</strong></p>
</div>
<div class="related-news"><h3>Các tin khác</h3><ul>
  <li><a href="/a">Báo Kon Tum điện tử - Khép lại hành trình để mở ra chặng mới</a></li>
  <li><a href="/b">Danh sách Ban Chấp hành Đảng bộ tỉnh sau sáp nhập</a></li>
  <li><a href="/c">Một số hoạt động của Đoàn đại biểu Quốc hội tỉnh</a></li>
</ul></div>
<div class="comment-box"><h3>Gửi bình luận của bạn</h3><form><textarea></textarea><button>Gửi</button></form></div>
<footer class="footer"><p>Báo Kon Tum điện tử. Giấy phép số 01/GP-BC.</p></footer>
</body></html>
`;
}

const pages: [string, string][] = [];
for (const f of readdirSync(join(root, "fixtures")).filter((n) => n.endsWith(".txt")).sort()) {
  const name = f.replace(/\.txt$/u, "");
  const text = readFileSync(join(root, "fixtures", f), "utf8");
  if (name === NEWS) pages.push([`${name}.html`, newsPage(text)]);
  else if (name.startsWith("own-") || name.startsWith("tb-283")) {
    const page = documentPage(text);
    pages.push([`${name}.html`, page]);
    if (name.startsWith("tb-283")) pages.push([`${name}.entities.html`, refs(page)]);
  }
}

const write = process.argv.includes("--write");
const differ = pages.filter(([n, t]) => !existsSync(join(out, n)) || readFileSync(join(out, n), "utf8") !== t).map(([n]) => n);
if (write) {
  for (const [n, t] of pages) writeFileSync(join(out, n), t);
  console.log(`wrote ${pages.length} pages to fixtures/html/`);
} else if (differ.length) {
  console.log(`${differ.length} of ${pages.length} pages differ from what this script writes:\n${differ.join("\n")}`);
  process.exitCode = 1;
} else console.log(`all ${pages.length} pages in fixtures/html/ are what this script writes`);
