/**
 * User grammars (`--grammar FILE`): a YAML file with the same schema as one
 * of `grammars/*.yaml`, whose entries are added to the bundled grammar.
 *
 * Loaded only when asked for: it needs yaml, zod and XRegExp, which the
 * bundled grammar does not.
 */
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { DATA } from "./compiled.generated.js";
import { makeGrammar, type Grammar } from "./index.js";
import { GrammarError, type GrammarData } from "./load.js";
import { compilePatterns } from "./patterns.js";
import { BodiesFile, IssuersFile, LexiconFile, RegistryFile, RolesFile, TypesFile, WebFile } from "./schema.js";

/** Which grammar file a user file extends, told by its top-level key. */
const KINDS: { key: string; also?: string[]; schema: z.ZodType; merge: (d: GrammarData, v: never) => void }[] = [
  { key: "types", schema: TypesFile, merge: (d, v: z.infer<typeof TypesFile>) => void d.types.push(...v.types) },
  { key: "issuers", schema: IssuersFile, merge: (d, v: z.infer<typeof IssuersFile>) => void d.issuers.push(...v.issuers) },
  { key: "documents", schema: RegistryFile, merge: (d, v: z.infer<typeof RegistryFile>) => void d.registry.push(...v.documents) },
  {
    key: "heads",
    also: ["levels", "stops", "abbreviations"],
    schema: BodiesFile.partial(),
    merge: (d, v: Partial<z.infer<typeof BodiesFile>>) => {
      d.bodies.heads.push(...(v.heads ?? []));
      d.bodies.levels.push(...(v.levels ?? []));
      d.bodies.stops.push(...(v.stops ?? []));
      d.bodies.abbreviations.push(...(v.abbreviations ?? []));
    },
  },
  {
    key: "roles",
    schema: RolesFile.partial(),
    merge: (d, v: Partial<z.infer<typeof RolesFile>>) => {
      d.roles.roles.push(...(v.roles ?? []));
      d.roles.requesters.push(...(v.requesters ?? []));
      d.roles.narrative.push(...(v.narrative ?? []));
      d.roles.closings.push(...(v.closings ?? []));
    },
  },
  { key: "terms", schema: LexiconFile, merge: (d, v: z.infer<typeof LexiconFile>) => void d.lexicon.push(...v.terms) },
  {
    key: "endMarkers",
    also: ["bullets", "captions", "htmlSkipTags", "htmlSkipRoles", "htmlSkipClasses"],
    schema: WebFile.partial(),
    merge: (d, v: Partial<z.infer<typeof WebFile>>) => {
      d.web.endMarkers.push(...(v.endMarkers ?? []));
      d.web.bullets.push(...(v.bullets ?? []));
      d.web.captions.push(...(v.captions ?? []));
      d.web.htmlSkipTags.push(...(v.htmlSkipTags ?? []));
      d.web.htmlSkipRoles.push(...(v.htmlSkipRoles ?? []));
      d.web.htmlSkipClasses.push(...(v.htmlSkipClasses ?? []));
    },
  },
];

/** A user grammar file: its name (for messages) and its text. */
export interface GrammarSource {
  name: string;
  text: string;
}

/**
 * The bundled grammar with the user files' entries added. A file that is
 * not YAML, has no known top-level key or breaks the schema throws a
 * `GrammarError` naming the file and the entry.
 */
export function extendGrammar(files: GrammarSource[], base: GrammarData = DATA): Grammar {
  const data = structuredClone(base) as GrammarData;
  for (const f of files) {
    let value: unknown;
    try {
      value = parseYaml(f.text);
    } catch (err) {
      throw new GrammarError(`${f.name}: not YAML: ${(err as Error).message.split("\n")[0]}`);
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      throw new GrammarError(`${f.name}: expected a mapping with one of: ${KINDS.map((k) => k.key).join(", ")}`);
    }
    const keys = Object.keys(value);
    const kind = KINDS.find((k) => keys.includes(k.key) || k.also?.some((a) => keys.includes(a)));
    if (!kind) throw new GrammarError(`${f.name}: no known grammar key (one of: ${KINDS.map((k) => k.key).join(", ")})`);
    const result = kind.schema.safeParse(value);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue?.path.length ? issue.path.join(".") : "(top level)";
      const entry = entryText(value, issue?.path ?? []);
      throw new GrammarError(`${f.name}: ${where}${entry}: ${issue?.message ?? "invalid"}`);
    }
    kind.merge(data, result.data as never);
  }
  return makeGrammar(data, compilePatterns(data));
}

/** " (text: Sở)" — the entry an issue points at, so a user can find it. */
function entryText(value: unknown, path: PropertyKey[]): string {
  let v: unknown = value;
  for (const k of path.slice(0, 2)) v = (v as Record<PropertyKey, unknown> | undefined)?.[k as string];
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    const label = o.text ?? o.code ?? o.id ?? o.name ?? o.phrase ?? o.abbr;
    if (typeof label === "string") return ` (${label})`;
  }
  return "";
}
