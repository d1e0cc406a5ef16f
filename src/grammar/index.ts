/**
 * The runtime grammar: compiled data and native RegExps, built once.
 *
 * Type-only imports of load/patterns keep yaml, zod and XRegExp out of the
 * parse path.
 */
import { DATA, PATTERNS } from "./compiled.generated.js";
import type { GrammarData } from "./load.js";
import type { TypeEntry } from "./schema.js";

/** A pattern ready to run, with a helper to read its named groups. */
export interface Pattern {
  re: RegExp;
  names: (string | null)[];
}

/** Named groups of a match of `p` (undefined when a group did not take part). */
export function groups(p: Pattern, m: RegExpExecArray): Record<string, string | undefined> {
  const g: Record<string, string | undefined> = {};
  p.names.forEach((name, i) => {
    if (name) g[name] = m[i + 1];
  });
  return g;
}

/** The grammar the engine runs on. */
export interface Grammar {
  data: GrammarData;
  patterns: Record<string, Pattern>;
  /** Type entry by lowercased name or alias. */
  typeByName: Map<string, TypeEntry>;
  /** Type entries by code (lowercased), every system. */
  typesByCode: Map<string, TypeEntry[]>;
  issuerByCode: Map<string, string>;
}

let cached: Grammar | undefined;

/** Builds a grammar from data and compiled patterns. */
export function makeGrammar(data: GrammarData, patterns: Record<string, { source: string; flags: string; names: (string | null)[] }>): Grammar {
  const compiled: Record<string, Pattern> = {};
  for (const [k, p] of Object.entries(patterns)) compiled[k] = { re: new RegExp(p.source, p.flags), names: p.names };
  const typeByName = new Map<string, TypeEntry>();
  const typesByCode = new Map<string, TypeEntry[]>();
  for (const t of data.types) {
    for (const n of [t.name, ...t.aliases]) if (!typeByName.has(n.toLowerCase())) typeByName.set(n.toLowerCase(), t);
    if (t.code) {
      const k = t.code.toLowerCase();
      typesByCode.set(k, [...(typesByCode.get(k) ?? []), t]);
    }
  }
  const issuerByCode = new Map<string, string>();
  for (const i of data.issuers) if (!issuerByCode.has(i.code)) issuerByCode.set(i.code, i.name);
  return { data, patterns: compiled, typeByName, typesByCode, issuerByCode };
}

/** The bundled grammar (compiled from grammars/*.yaml at build time). */
export function grammar(): Grammar {
  cached ??= makeGrammar(DATA, PATTERNS);
  return cached;
}

/** The type a code denotes in a system ("TB" → Thông báo); null when unknown. */
export function typeForCode(g: Grammar, code: string, system: "state" | "party" | null): TypeEntry | null {
  const list = g.typesByCode.get(code.toLowerCase()) ?? [];
  return list.find((t) => system === null || t.systems.includes(system)) ?? list[0] ?? null;
}
