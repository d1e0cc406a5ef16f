/**
 * zod schemas of the grammar files in `grammars/*.yaml`.
 *
 * Grammars hold the language knowledge as data: a new agency, document type
 * or role verb is a line in a grammar, never a code change. Every entry
 * carries a `description` saying what it is for.
 */
import { z } from "zod";

const description = z.string().min(1).describe("what the entry is and why it is here");
const System = z.enum(["state", "party"]);

/** A document type: `grammars/types.yaml`. */
export const TypeEntry = z
  .object({
    code: z.string().nullable().describe("official code as written in symbols (case as in the standard); null for a state công văn"),
    name: z.string().describe("the type name as written in a sentence, e.g. 'Thông báo'"),
    systems: z.array(System).min(1),
    kind: z.enum(["administrative", "normative", "copy"]).default("administrative"),
    era: z.string().describe("the standard or period that defines it, e.g. 'NĐ 30/2020'"),
    aliases: z.array(z.string()).default([]).describe("other spellings of the name ('Công văn hỏa tốc')"),
    description,
  })
  .strict();

/** An issuer code seen in symbols: `grammars/issuers.yaml`. */
export const IssuerEntry = z
  .object({
    code: z.string(),
    name: z.string(),
    system: System,
    description,
  })
  .strict();

/** A well-known national document: `grammars/registry.yaml`. */
export const RegistryEntry = z
  .object({
    id: z.string(),
    type: z.string().describe("type code, e.g. CT"),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    issuer: z.string(),
    title: z.string().nullable(),
    description,
  })
  .strict();

/** A body head noun or collective: `grammars/bodies.yaml`. */
export const HeadEntry = z
  .object({
    text: z.string().describe("the words that open a body name, matched case-insensitively"),
    capitalised: z.boolean().default(false).describe("the head counts only when written with a capital and followed by a capitalised word ('Sở Y tế', not 'sở, ban, ngành')"),
    kind: z.enum(["named", "collective", "position", "group"]).describe(
      "named: an organ ('Sở', 'Ban'); collective: a plural class ('các sở'); position: a person's office, never a body; group: a non-responsible group (working team)",
    ),
    description,
  })
  .strict();

export const AbbreviationEntry = z
  .object({ abbr: z.string(), canonical: z.string(), description })
  .strict();

export const BodiesFile = z
  .object({
    heads: z.array(HeadEntry),
    levels: z.array(z.object({ text: z.string(), description }).strict()).describe("words that end a complete body name: 'tỉnh', 'các cấp'"),
    stops: z.array(z.object({ text: z.string(), description }).strict()).describe("words that end a body name: verbs, adverbs"),
    abbreviations: z.array(AbbreviationEntry),
  })
  .strict();

/** A role verb: `grammars/roles.yaml`. */
export const RoleEntry = z
  .object({
    phrase: z.string(),
    role: z.enum(["lead", "coordinate", "assignee", "directs", "advises", "monitors", "reports-to"]),
    position: z.enum(["before", "after"]).describe("before: the verb precedes its bodies (giao X); after: the bodies precede it (X chủ trì)"),
    description,
  })
  .strict();

export const RolesFile = z
  .object({
    roles: z.array(RoleEntry),
    requesters: z.array(z.object({ phrase: z.string(), description }).strict()).describe("verbs whose subject is not responsible (yêu cầu, đề nghị)"),
    narrative: z.array(z.object({ phrase: z.string(), description }).strict()).describe("item openers that mark an assessment, not an assignment"),
    closings: z.array(z.object({ phrase: z.string(), description }).strict()).describe("formulas of a closing paragraph"),
  })
  .strict();

/** Display-case lexicon: `grammars/lexicon.yaml`. */
export const LexiconFile = z
  .object({
    terms: z.array(z.object({ text: z.string(), description }).strict()).describe("capitalised terms and place names as a reader writes them mid-sentence"),
  })
  .strict();

export const TypesFile = z.object({ types: z.array(TypeEntry) }).strict();
export const IssuersFile = z.object({ issuers: z.array(IssuerEntry) }).strict();
export const RegistryFile = z.object({ documents: z.array(RegistryEntry) }).strict();

export type TypeEntry = z.infer<typeof TypeEntry>;
export type IssuerEntry = z.infer<typeof IssuerEntry>;
export type RegistryEntry = z.infer<typeof RegistryEntry>;
export type HeadEntry = z.infer<typeof HeadEntry>;
export type RoleEntry = z.infer<typeof RoleEntry>;
export type BodiesFile = z.infer<typeof BodiesFile>;
export type RolesFile = z.infer<typeof RolesFile>;

const Phrase = z.object({ text: z.string(), description }).strict();

/** Web-page boilerplate markers: `grammars/web.yaml`. */
export const WebFile = z
  .object({
    endMarkers: z.array(Phrase).describe("a line equal to one of these ends the article"),
    bullets: z.array(Phrase).describe("line prefixes of menus and link lists"),
    captions: z.array(Phrase).describe("a short line containing one of these is a photo caption"),
    htmlSkipTags: z.array(Phrase).describe("HTML elements that are never the article (lowercase tag names)"),
    htmlSkipRoles: z.array(Phrase).describe("ARIA roles of elements that are never the article"),
    htmlSkipClasses: z.array(Phrase).describe("words of a class or id (split at - and _) that mark an element as never the article"),
  })
  .strict();
export type WebFile = z.infer<typeof WebFile>;
