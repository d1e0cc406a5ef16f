/**
 * Stage 3b: a web page saved as text → the article inside it.
 *
 * A page is recognised by its menu bullets and a publication line
 * ("02/08/2021 11:40"). The headline is the last plain line above the
 * publication line; the article runs to the first end marker ("Các tin
 * khác", "Tin Mới Nhất"); photo captions are dropped and a closing name-only
 * line is the byline (an author, never a signer).
 */
import { groups, type Grammar } from "../grammar/index.js";
import { isoDate } from "../util/dates.js";
import type { Line } from "../util/lines.js";

/** What the page holds: line indexes into the view's lines. */
export interface WebArticle {
  headline: Line | null;
  pub: Line;
  pubIso: string | null;
  byline: Line | null;
  /** Article lines (captions and blank lines removed). */
  body: Line[];
}

const NAME_ONLY = /^\p{Lu}[\p{Ll}]*(?:\s\p{Lu}[\p{Ll}]*){1,4}$/u;

/** Finds the article in a saved web page; null when the text is not one. */
export function readWebPage(lines: Line[], g: Grammar): WebArticle | null {
  const bullets = g.data.web.bullets.map((b) => b.text);
  const isBullet = (l: Line): boolean => bullets.some((b) => l.text.startsWith(b));
  const bulletCount = lines.filter(isBullet).length;
  // A page has menus; a text without them counts as a page only when it has
  // no closing of its own ("Nơi nhận:") and a publication line near the top.
  const hasClosing = lines.some((l) => /^Nơi nhận\s*:/u.test(l.text));
  if (bulletCount < 3 && hasClosing) return null;
  const pubRe = g.patterns.pubLine;
  if (!pubRe) return null;
  let pubIdx = -1;
  let pubIso: string | null = null;
  for (const l of lines) {
    const m = pubRe.re.exec(l.text);
    if (m) {
      const gr = groups(pubRe, m);
      pubIdx = l.index;
      pubIso = isoDate(Number(gr.y), Number(gr.m), Number(gr.d));
      break;
    }
  }
  if (pubIdx < 0) return null;
  if (bulletCount < 3 && pubIdx > Math.max(15, lines.length * 0.3)) return null;
  const pub = lines[pubIdx] as Line;
  let headline: Line | null = null;
  for (let i = pubIdx - 1; i >= 0; i--) {
    const l = lines[i] as Line;
    if (l.blank) continue;
    if (isBullet(l)) break;
    headline = l;
    break;
  }
  const ends = new Set(g.data.web.endMarkers.map((e) => e.text.toLowerCase()));
  let end = lines.length;
  for (let i = pubIdx + 1; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (ends.has(l.text.toLowerCase()) || isBullet(l)) {
      end = i;
      break;
    }
  }
  const captions = g.data.web.captions.map((c) => c.text);
  let body = lines.slice(pubIdx + 1, end).filter((l) => !l.blank);
  // A caption ends with its credit: "… diễn ra vào sáng 1/8. Ảnh: Thùy Hương".
  const isCaption = (l: Line): boolean =>
    l.text.length < 300 && captions.some((c) => {
      const at = l.text.lastIndexOf(c);
      return at >= 0 && l.text.length - at - c.length <= 60;
    });
  body = body.filter((l) => !isCaption(l));
  let byline: Line | null = null;
  const last = body[body.length - 1];
  if (last && NAME_ONLY.test(last.text)) {
    byline = last;
    body = body.slice(0, -1);
  }
  return { headline, pub, pubIso, byline, body };
}
