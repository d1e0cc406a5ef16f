/** Helpers shared by rules: extractor facts, the document's system, positions of words. */
import { typeForCode, type Grammar } from "../grammar/index.js";
import type { Document, Span } from "../model/schema.js";
import type { Finding, RuleContext } from "./types.js";

/** The facts the extractors noted under `id`, as findings. */
export function foundAs(ctx: RuleContext, id: string): Finding[] {
  return ctx.found.filter((d) => d.rule === id).map((d) => ({ message: d.message, span: d.span }));
}

const PARTY_MOTTO = /ĐẢNG CỘNG SẢN VIỆT NAM/iu;
const STATE_MOTTO = /CỘNG H[OÒ]À? XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM/iu;

/** The system the motto belongs to, or null without one. */
export function mottoSystem(doc: Document): "party" | "state" | null {
  if (!doc.motto) return null;
  if (PARTY_MOTTO.test(doc.motto)) return "party";
  if (STATE_MOTTO.test(doc.motto)) return "state";
  return null;
}

/** The system of the issuer by the grammar's issuers ("Tỉnh ủy …" → party), or null when unknown. */
export function issuerSystem(doc: Document, g: Grammar): "party" | "state" | null {
  const names = [doc.issuer?.name, doc.issuer?.parent].filter((n): n is string => !!n).map((n) => n.toLowerCase());
  if (!names.length) return null;
  // Longest issuer names first: the first that opens a name decides.
  for (const entry of issuersLongestFirst(g)) {
    for (const n of names) if (n === entry.lower || n.startsWith(entry.lower + " ")) return entry.system;
  }
  return null;
}

const issuerCache = new WeakMap<Grammar, { lower: string; system: "party" | "state" }[]>();

function issuersLongestFirst(g: Grammar): { lower: string; system: "party" | "state" }[] {
  let list = issuerCache.get(g);
  if (!list) {
    list = g.data.issuers.map((i) => ({ lower: i.name.toLowerCase(), system: i.system })).sort((a, b) => b.lower.length - a.lower.length);
    issuerCache.set(g, list);
  }
  return list;
}

/** The type code written in the document's own number ("TB" of 283-TB/TU, "QĐ" of 15/QĐ-UBND), and whether the grammar knows it. */
export function numberTypeCode(doc: Document, g: Grammar): { code: string; known: boolean } | null {
  const n = doc.number;
  if (!n?.symbol || !n.system) return null;
  const parts = n.symbol.split(n.system === "party" ? "/" : "-");
  const code = parts[0] ?? "";
  if (!code) return null;
  const known = typeForCode(g, code, n.system) !== null;
  // A state công văn's symbol opens with its issuer ("UBND-KGVX", "LĐTBXH-BTXH"): the first part
  // is a type code only when a known issuer follows it ("QĐ-UBND").
  const issuerCode = (c: string | undefined): boolean => !!c && g.data.issuers.some((i) => i.code.toLowerCase() === c.toLowerCase());
  if (!known && n.system === "state" && (issuerCode(code) || !issuerCode(parts[1]))) return null;
  return { code, known };
}

/** The span of the first `needle` in the text (after `from`), or null. */
export function spanOfText(ctx: RuleContext, needle: string | RegExp, from = 0): Span | null {
  if (typeof needle === "string") {
    const at = ctx.text.indexOf(needle, from);
    return at < 0 ? null : ctx.span(at, at + needle.length);
  }
  const re = new RegExp(needle.source, needle.flags.includes("g") ? needle.flags : needle.flags + "g");
  re.lastIndex = from;
  const m = re.exec(ctx.text);
  return m ? ctx.span(m.index, m.index + m[0].length) : null;
}

/**
 * True when the text has at least one part of a directive document: a header
 * field, a signature, recipients, a citation, bodies, or numbered items.
 * A recipe or a novel chapter has none (the `not-a-directive` rule), and the
 * rules about a document's header and closing do not apply to it.
 */
export function looksLikeDirective(doc: Document): boolean {
  if (doc.type || doc.number || doc.date || doc.issuer || doc.motto || doc.signature) return true;
  if (doc.recipients.length || doc.addressees.length || doc.citations.length || doc.attachments.length) return true;
  const items = doc.directives;
  return items.some((d) => d.bodies.length > 0) || items.filter((d) => d.marker !== null).length >= 2;
}

/** The first `max` findings, then one spanless finding counting the rest (so a garbled text cannot flood a report). */
export function listed(findings: Finding[], max: number, more: (count: number) => string): Finding[] {
  if (findings.length <= max) return findings;
  return [...findings.slice(0, max), { message: more(findings.length - max), span: null }];
}
