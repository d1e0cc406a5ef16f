/**
 * Loads `grammars/*.yaml` and validates every file with its zod schema.
 *
 * Build-time (and `--grammar`) only: the CLI's hot path reads the compiled
 * module instead, so yaml and zod are not loaded to parse a document.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import {
  BodiesFile,
  IssuersFile,
  LexiconFile,
  RegistryFile,
  RolesFile,
  TypesFile,
  WebFile,
} from "./schema.js";

/** Every grammar file, validated. */
export interface GrammarData {
  types: z.infer<typeof TypesFile>["types"];
  issuers: z.infer<typeof IssuersFile>["issuers"];
  registry: z.infer<typeof RegistryFile>["documents"];
  bodies: z.infer<typeof BodiesFile>;
  roles: z.infer<typeof RolesFile>;
  lexicon: z.infer<typeof LexiconFile>["terms"];
  web: z.infer<typeof WebFile>;
}

/** A grammar file that does not match its schema: names the file and the entry. */
export class GrammarError extends Error {}

function load<T extends z.ZodType>(dir: string, file: string, schema: T): z.infer<T> {
  const path = join(dir, file);
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, "utf8"));
  } catch (err) {
    throw new GrammarError(`${path}: ${(err as Error).message.split("\n")[0]}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? issue.path.join(".") : "";
    throw new GrammarError(`${path}: ${where}: ${issue?.message ?? "invalid"}`);
  }
  return result.data;
}

/** Reads and validates all grammar files of `dir`. */
export function loadGrammarDir(dir: string): GrammarData {
  return {
    types: load(dir, "types.yaml", TypesFile).types,
    issuers: load(dir, "issuers.yaml", IssuersFile).issuers,
    registry: load(dir, "registry.yaml", RegistryFile).documents,
    bodies: load(dir, "bodies.yaml", BodiesFile),
    roles: load(dir, "roles.yaml", RolesFile),
    lexicon: load(dir, "lexicon.yaml", LexiconFile).terms,
    web: load(dir, "web.yaml", WebFile),
  };
}
