/**
 * The pipeline: decode → normalise → markup → (web page) → segment →
 * extract → assemble. Pure and synchronous.
 */
import { grammar as bundledGrammar, type Grammar } from "../grammar/index.js";
import type { Citation, Diagnostic, Directive, Document } from "../model/schema.js";
import { findBodies } from "../extract/bodies.js";
import { findCitations, type ScanText } from "../extract/citations.js";
import {
  lexicon, readDateLine, readEntries, readIssuer, readNumber, readSignature, readTitle, readType,
} from "../extract/header.js";
import { offsetIn, readParagraphs, type Paragraph } from "../extract/paragraphs.js";
import { buildTree, type Node } from "../extract/tree.js";
import { displayCase } from "../util/casing.js";
import { splitLines, type Cell, type Line } from "../util/lines.js";
import { pointAt, sliceSpan, spanOf, type Source, type View } from "../util/text.js";
import { RULES, runRules, type RuleSettings } from "../rules/index.js";
import { readInput, type ReadOptions } from "./read.js";
import { isSignatureCell, readTitle as readTitleBlock, segment } from "./segment.js";
import { readWebPage } from "./webpage.js";
import { findDateProblems } from "../extract/dates.js";

/** A parsed document before the rules run: the model, the decoded source, and what the extractors noted. */
export interface Analysis {
  doc: Document;
  source: Source;
  /** Facts noted by the extractors (a blank number, a numbering gap…), for the rules to report. */
  found: Diagnostic[];
}

/** Options of a full run: how to read the input, and the rules' settings. */
export interface RunOptions extends ReadOptions {
  /** Today as YYYY-MM-DD, for `date-in-future` (default: the local date). */
  today?: string;
  /** Per-rule levels and options (default: each rule's own level). */
  rules?: RuleSettings;
}

/** Runs the whole pipeline on one input: parse, then the rules fill `diagnostics`. */
export function runPipeline(input: string | Uint8Array, path: string | null, g: Grammar = bundledGrammar(), opts: RunOptions = {}): Document {
  const a = analyse(input, path, g, opts);
  a.doc.diagnostics = check(a, g, opts);
  return a.doc;
}

/** The diagnostics of the rules over an analysed document. */
export function check(a: Analysis, g: Grammar, opts: RunOptions = {}): Diagnostic[] {
  const { source } = a;
  return runRules(RULES, { doc: a.doc, text: source.text, found: a.found, today: opts.today ?? localToday(), grammar: g, span: (s, e) => ({ start: pointAt(source, s), end: pointAt(source, e) }) }, opts.rules);
}

/** Today's local date as YYYY-MM-DD. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** Parses one input into the model (diagnostics empty) and the extractors' facts. */
export function analyse(input: string | Uint8Array, path: string | null, g: Grammar = bundledGrammar(), opts: ReadOptions = {}): Analysis {
  const { decoded, source, view, format } = readInput(input, path, g, opts);
  const lines = splitLines(view);
  const diagnostics: Diagnostic[] = decoded.notes.map((n) => ({ rule: n.rule, severity: "warning", message: n.message, span: null }));
  const web = readWebPage(lines, g);

  const doc: Document = {
    schemaVersion: 1,
    source: { path, sha256: decoded.sha256, bytes: decoded.bytes, encoding: decoded.encoding, format: format === "html" || !web ? format : "web-page" },
    genre: web ? "news" : "document",
    type: null, number: null, date: null, issuer: null, motto: null, title: null, addressees: [], preamble: null,
    directives: [], attachments: [], citations: [], recipients: [], signature: null, diagnostics: [], closing: null, footnotes: [], author: null,
  };

  let bodyLines;
  let attachmentParts: { type: Cell; title: Cell[]; lines: Line[] }[] = [];
  const titleTexts: ScanText[] = [];
  if (web) {
    doc.type = { code: null, name: "Tin bài" };
    if (web.headline) {
      doc.title = web.headline.text;
      titleTexts.push({ text: web.headline.text, at: (i) => web.headline!.start + i, owner: null });
    }
    const span = spanOf(view, web.pub.start, web.pub.end);
    doc.date = { raw: sliceSpan(source, span), iso: web.pubIso, place: null, span };
    doc.author = web.byline?.text ?? null;
    bodyLines = web.body;
  } else {
    const z = segment(lines, g);
    doc.number = readNumber(view, z.number, g, diagnostics);
    if (z.badNumber) {
      diagnostics.push({
        rule: "number-format",
        severity: "warning",
        message: `unreadable document number "${z.badNumber.text}"`,
        span: spanOf(view, z.badNumber.start, z.badNumber.end),
      });
    }
    doc.date = readDateLine(view, z.date, g, diagnostics);
    doc.issuer = readIssuer(view, z.issuer, g);
    doc.motto = z.motto.length ? z.motto.map((c) => c.text).join("\n") : null;
    doc.type = readType(z, doc.number, g);
    doc.title = readTitle(z.title, z.vv, g);
    if (z.title.length) titleTexts.push(joined(z.title, null));
    doc.addressees = readEntries(z.addressees);
    doc.recipients = readEntries(z.recipients);
    doc.signature = readSignature(view, z.signature, g);
    bodyLines = z.body;
    attachmentParts = z.attachments.map((a) => {
      const t: { title: Cell[] } = { title: [] };
      const at = readTitleBlock(a.lines, 0, a.lines.length, t);
      let rest = a.lines.slice(at).filter((l) => !l.blank);
      while (rest.length && isSignatureCell(rest[rest.length - 1]!.text)) rest = rest.slice(0, -1);
      return { type: a.type, title: t.title, lines: rest };
    });
  }

  // A running header repeats the document's number on later pages ("UBND … - Kế hoạch số 35/KH-UBND").
  const ownId = doc.number?.seq ? doc.number.id : null;
  if (ownId) {
    // A line can hold the id only if it holds its rarest character ("/" or "-"): most lines are passed over.
    const probe = ownId.includes("/") ? "/" : ownId.includes("-") ? "-" : (ownId[0] as string);
    bodyLines = bodyLines.filter((l) => !(l.text.length < 120 && l.text.includes(probe) && l.text.replace(/\s+/g, "").includes(ownId) && !/[.;:]$/u.test(l.text)));
  }
  const { paragraphs, footnotes } = readParagraphs(bodyLines);
  doc.footnotes = footnotes.map((f) => ({ marker: f.marker, text: f.text, span: spanOf(view, f.start, f.end) }));
  const typeName = doc.type?.name ?? null;
  const closings = g.data.roles.closings.map((c) => c.phrase.toLowerCase());
  const tree = buildTree(paragraphs, {
    isClosing: (p) => {
      const t = p.text.toLowerCase();
      return closings.some((c) => (c.includes("{type}") ? typeName !== null && t.includes(c.replace("{type}", typeName.toLowerCase())) : t.includes(c)));
    },
    // Work is assigned by giao / yêu cầu / đề nghị or "chủ trì, phối hợp";
    // "đồng chí X chủ trì cuộc họp" only chairs a meeting.
    assigns: (p) => /(?<![\p{L}])(?:yêu cầu|giao|đề nghị)(?![\p{L}])|chủ trì,?\s+phối hợp/iu.test(p.text),
  });
  for (const n of tree.numbering) {
    diagnostics.push({ rule: n.rule, severity: "warning", message: n.message, span: spanOf(view, n.paragraph.start, n.paragraph.start + (n.paragraph.textStart - n.paragraph.start || 1)) });
  }
  doc.preamble = tree.preamble.length ? tree.preamble.map((p) => p.text).join("\n") : null;
  doc.closing = tree.closing.length ? tree.closing.map((p) => p.text).join("\n") : null;

  const attachmentTrees = attachmentParts.map((a, n) => {
    const { paragraphs: ps } = readParagraphs(a.lines);
    const sub = buildTree(ps, { isClosing: () => false, assigns: () => true });
    const renumber = (node: Node, prefix: string): void => {
      node.path = `${prefix}${node.path}`;
      node.children.forEach((c) => renumber(c, prefix));
    };
    sub.items.forEach((it) => renumber(it, `A${n + 1}.`));
    return sub;
  });
  // Citations over the title, body, attachments and footnotes.
  const scan: ScanText[] = [...titleTexts, ...tree.preamble.map((p) => para(p, null))];
  const visit = (n: Node): void => {
    for (const p of n.paragraphs) scan.push(para(p, n.path));
    n.children.forEach(visit);
  };
  tree.items.forEach(visit);
  attachmentTrees.forEach((t) => t.items.forEach(visit));
  for (const p of tree.closing) scan.push(para(p, null));
  for (const f of footnotes) scan.push({ text: f.text, at: (i) => f.end - f.text.length + i, owner: null });
  const found = findCitations(scan, g, doc.number?.id ?? null);
  doc.citations = found.map(
    (c): Citation => ({
      id: c.id, type: c.type, seq: c.seq, year: c.year, symbol: c.symbol, date: c.date, issuer: c.issuer, title: c.title,
      mentions: c.mentions.map((m) => {
        const span = spanOf(view, m.start, m.end);
        return { raw: sliceSpan(source, span), span };
      }),
    }),
  );
  const citedBy = new Map<string, string[]>();
  for (const c of found) {
    for (const m of c.mentions) {
      if (m.owner === null || c.id === null) continue;
      const list = citedBy.get(m.owner) ?? [];
      if (!list.includes(c.id)) list.push(c.id);
      citedBy.set(m.owner, list);
    }
  }
  for (const d of findDateProblems(scan, g, view)) diagnostics.push(d);

  const toDirective = (n: Node): Directive => {
    const first = n.paragraphs[0] as Paragraph;
    const texts = n.paragraphs.map((p) => p.text);
    const children = n.children.map(toDirective);
    const own = first.text.trim();
    const bodies = findBodies(texts, g).map(({ paragraph, body }) => {
      const p = n.paragraphs[paragraph] as Paragraph;
      return { name: body.name, role: body.role, span: spanOf(view, offsetIn(p, body.start), offsetIn(p, body.end)) };
    });
    const last = lastParagraph(n);
    return {
      marker: n.marker,
      path: n.path,
      heading: children.length || /:$/u.test(own) ? own : null,
      text: texts.join("\n"),
      bodies,
      citations: citedBy.get(n.path ?? "") ?? [],
      children,
      span: spanOf(view, first.start, last.end),
    };
  };
  doc.directives = tree.items.map(toDirective);
  doc.attachments = attachmentParts.map((a, n) => {
    const sub = attachmentTrees[n] as ReturnType<typeof buildTree>;
    const titleText = a.title.length ? readTitle(a.title, false, g) : null;
    const typeName = displayCase(a.type.text, lexicon(g));
    const last = a.lines[a.lines.length - 1] ?? a.type;
    return {
      title: titleText ? `${typeName} ${titleText[0]!.toLowerCase()}${titleText.slice(1)}` : typeName,
      directives: sub.items.map(toDirective),
      span: spanOf(view, a.type.start, last.end),
    };
  });
  return { doc, source, found: diagnostics };
}

function lastParagraph(n: Node): Paragraph {
  const kid = n.children[n.children.length - 1];
  return kid ? lastParagraph(kid) : (n.paragraphs[n.paragraphs.length - 1] as Paragraph);
}

function para(p: Paragraph, owner: string | null): ScanText {
  return { text: p.text, at: (i) => offsetIn(p, i), owner };
}

/** A run of cells read as one text joined by spaces. */
function joined(cells: Cell[], owner: string | null): ScanText {
  const p = { parts: cells.map((c) => ({ start: c.start, text: c.text })) } as Paragraph;
  return { text: cells.map((c) => c.text).join(" "), at: (i) => offsetIn(p, i), owner };
}
