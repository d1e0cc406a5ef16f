/**
 * The document model: the zod schema that `vanban parse` output follows.
 *
 * This file is the single source of truth for the public JSON contract
 * (schema version 1, see README "Output"). Every optional value is present
 * as `null` and every list is present, so consumers never need a guard.
 * The inferred types below are the library's types.
 */
import { z } from "zod";

/** A 1-based line and column plus a 0-based offset into the decoded text. */
export const Point = z
  .object({
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    offset: z.number().int().min(0),
  })
  .strict();

/** Where a value stands in the decoded text: `start` inclusive, `end` exclusive. */
export const Span = z.object({ start: Point, end: Point }).strict();

/** A document type: official code (null for a state công văn, which has none) and name. */
export const DocType = z
  .object({ code: z.string().nullable(), name: z.string() })
  .strict();

export const Source = z
  .object({
    path: z.string().nullable().describe("as given on the command line; null for stdin or a string input"),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    bytes: z.number().int().min(0),
    encoding: z.string().describe("as detected: utf-8, utf-16le, utf-16be, …"),
    format: z.enum(["text", "markdown", "html", "web-page"]),
  })
  .strict();

export const DocNumber = z
  .object({
    raw: z.string().describe("the number line as written, e.g. 'Số 283-TB/TU'"),
    id: z.string().describe("normalised id: seq/symbol (state) or seq-symbol (Party); a blank number keeps its symbol"),
    seq: z.string().nullable(),
    year: z.number().int().nullable(),
    symbol: z.string().nullable(),
    system: z.enum(["state", "party"]).nullable(),
    span: Span,
  })
  .strict();

export const DocDate = z
  .object({
    raw: z.string(),
    iso: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    place: z.string().nullable(),
    span: Span,
  })
  .strict();

export const Issuer = z
  .object({
    raw: z.string(),
    name: z.string(),
    parent: z.string().nullable(),
    span: Span,
  })
  .strict();

export const BodyRole = z.enum([
  "lead",
  "coordinate",
  "assignee",
  "directs",
  "advises",
  "monitors",
  "reports-to",
]);

/** A body (agency, committee, collective) responsible for a directive item. */
export const Body = z
  .object({ name: z.string(), role: BodyRole, span: Span })
  .strict();

export interface DirectiveT {
  marker: string | null;
  path: string | null;
  heading: string | null;
  text: string;
  bodies: z.infer<typeof Body>[];
  citations: string[];
  children: DirectiveT[];
  span: z.infer<typeof Span>;
}

/** One numbered (or, in an unnumbered text, one work-assigning) item, with its sub-items. */
export const Directive: z.ZodType<DirectiveT> = z.lazy(() =>
  z
    .object({
      marker: z.string().nullable().describe("as written: 'I.', '1.', '1.1.', 'a)', '-', '+', 'Điều 1.'; null for an unnumbered paragraph"),
      path: z.string().nullable().describe("position in the tree, e.g. '2.3'"),
      heading: z.string().nullable().describe("the item's lead line when it introduces sub-items or ends with a colon"),
      text: z.string().describe("the item's own text, markup removed, without its children"),
      bodies: z.array(Body),
      citations: z.array(z.string()),
      children: z.array(Directive),
      span: Span,
    })
    .strict(),
);

export const Attachment = z
  .object({ title: z.string().nullable(), directives: z.array(Directive), span: Span })
  .strict();

export const Mention = z.object({ raw: z.string(), span: Span }).strict();

export const Citation = z
  .object({
    id: z.string().nullable().describe("null when the document is cited by name only"),
    type: DocType.nullable(),
    seq: z.string().nullable(),
    year: z.number().int().nullable(),
    symbol: z.string().nullable(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    issuer: z.string().nullable(),
    title: z.string().nullable(),
    mentions: z.array(Mention).min(1),
  })
  .strict();

export const Signature = z
  .object({
    authority: z.string().nullable().describe("T/M, T/L, K/T, TM., KT., TL., TUQ., Q. as written"),
    onBehalfOf: z.string().nullable(),
    position: z.string().nullable(),
    signer: z.string().nullable(),
    span: Span,
  })
  .strict();

export const Severity = z.enum(["error", "warning", "info"]);

export const Diagnostic = z
  .object({
    rule: z.string(),
    severity: Severity,
    message: z.string(),
    span: Span.nullable(),
  })
  .strict();

export const Footnote = z
  .object({ marker: z.string(), text: z.string(), span: Span })
  .strict();

export const Document = z
  .object({
    schemaVersion: z.literal(1),
    source: Source,
    genre: z.enum(["document", "news"]),
    type: DocType.nullable(),
    number: DocNumber.nullable(),
    date: DocDate.nullable(),
    issuer: Issuer.nullable(),
    motto: z.string().nullable(),
    title: z.string().nullable(),
    addressees: z.array(z.string()),
    preamble: z.string().nullable(),
    directives: z.array(Directive),
    attachments: z.array(Attachment),
    citations: z.array(Citation),
    recipients: z.array(z.string()),
    signature: Signature.nullable(),
    diagnostics: z.array(Diagnostic),
    closing: z.string().nullable().describe("closing formula after the last directive ('Thông báo để các đồng chí biết, thực hiện.')"),
    footnotes: z.array(Footnote),
    author: z.string().nullable().describe("news: the byline; never a signer"),
  })
  .strict();

export type Point = z.infer<typeof Point>;
export type Span = z.infer<typeof Span>;
export type DocType = z.infer<typeof DocType>;
export type Source = z.infer<typeof Source>;
export type DocNumber = z.infer<typeof DocNumber>;
export type DocDate = z.infer<typeof DocDate>;
export type Issuer = z.infer<typeof Issuer>;
export type BodyRole = z.infer<typeof BodyRole>;
export type Body = z.infer<typeof Body>;
export type Directive = DirectiveT;
export type Attachment = z.infer<typeof Attachment>;
export type Mention = z.infer<typeof Mention>;
export type Citation = z.infer<typeof Citation>;
export type Signature = z.infer<typeof Signature>;
export type Severity = z.infer<typeof Severity>;
export type Diagnostic = z.infer<typeof Diagnostic>;
export type Footnote = z.infer<typeof Footnote>;
export type Document = z.infer<typeof Document>;

/** The JSON Schema of the document model (zod 4's own conversion). */
export function documentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Document, { target: "draft-2020-12", io: "output" }) as Record<string, unknown>;
}

/** Checks a value against the model; returns the zod issues, or [] when it conforms. */
export function checkDocument(value: unknown): z.core.$ZodIssue[] {
  const result = Document.safeParse(value);
  return result.success ? [] : result.error.issues;
}
