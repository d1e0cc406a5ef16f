/**
 * `--grammar FILE` and `vanban grammars`: user grammar files added to the
 * bundled one, and a listing of what is loaded.
 */
import type { Command } from "commander";
import { grammar as bundled, type Grammar } from "../grammar/index.js";
import { CliError, EXIT_USAGE } from "./errors.js";
import { readInputFile, writeStdout } from "./io.js";

/** Collects a repeatable option's values. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/**
 * The grammar for a run: the bundled one, or it extended with user files.
 * A bad file is one usage error naming the file and the entry.
 */
export async function loadGrammar(files: string[] | undefined): Promise<Grammar> {
  if (!files?.length) return bundled();
  const sources = files.map((f) => ({ name: f, text: new TextDecoder().decode(readInputFile(f)) }));
  const { extendGrammar } = await import("../grammar/extend.js");
  const { GrammarError } = await import("../grammar/load.js");
  try {
    return extendGrammar(sources);
  } catch (err) {
    if (err instanceof GrammarError) throw new CliError(err.message, EXIT_USAGE);
    throw err;
  }
}

const EXAMPLES = `
Examples:
  $ vanban grammars
  $ vanban grammars --grammar my-agencies.yaml
  $ vanban grammars --json | jq '.types[].code'

A grammar file has the schema of one of grammars/*.yaml (types:, issuers:,
documents:, heads:, roles:, terms:, endMarkers:); its entries are added.`;

/** Adds `grammars` to the program. */
export function addGrammarsCommand(program: Command): void {
  program
    .command("grammars")
    .description("list the grammar data loaded (bundled, plus --grammar files)")
    .option("-g, --grammar <file>", "add a grammar file (repeatable)", collect)
    .option("--json", "print the loaded data as JSON")
    .addHelpText("after", EXAMPLES)
    .action(async (flags: { grammar?: string[]; json?: boolean }) => {
      const g = await loadGrammar(flags.grammar);
      if (flags.json) {
        writeStdout(`${JSON.stringify(g.data, null, 2)}\n`);
        return;
      }
      const d = g.data;
      const base = bundled().data;
      const added = (list: { length: number }, baseList: { length: number }, label: (i: number) => string): string => {
        const extra = Array.from({ length: list.length - baseList.length }, (_, i) => label(baseList.length + i));
        return extra.length ? `(+${extra.length}: ${extra.join(", ")}) ` : "";
      };
      const rows: [string, number, string][] = [
        ["document types", d.types.length, added(d.types, base.types, (i) => d.types[i]!.name) + d.types.map((t) => t.code ?? `(${t.name})`).join(" ")],
        ["issuer codes", d.issuers.length, added(d.issuers, base.issuers, (i) => d.issuers[i]!.code) + d.issuers.map((i) => i.code).join(" ")],
        ["registry documents", d.registry.length, added(d.registry, base.registry, (i) => d.registry[i]!.id) + d.registry.map((r) => r.id).join(" ")],
        ["body heads", d.bodies.heads.length, added(d.bodies.heads, base.bodies.heads, (i) => d.bodies.heads[i]!.text) + d.bodies.heads.map((h) => h.text).join(", ")],
        ["level words", d.bodies.levels.length, ""],
        ["stop words", d.bodies.stops.length, ""],
        ["abbreviations", d.bodies.abbreviations.length, d.bodies.abbreviations.map((a) => a.abbr).join(" ")],
        ["role verbs", d.roles.roles.length, d.roles.roles.map((r) => `${r.phrase}→${r.role}`).join(", ")],
        ["lexicon terms", d.lexicon.length, ""],
        ["web markers", d.web.endMarkers.length + d.web.bullets.length + d.web.captions.length, ""],
      ];
      const sources = ["bundled grammars/*.yaml", ...(flags.grammar ?? [])].join(" + ");
      const lines = rows.map(([name, n, list]) => `${name.padEnd(20)}${String(n).padStart(5)}  ${list.length > 100 ? list.slice(0, 97) + "…" : list}`);
      writeStdout(`${sources}\n${lines.join("\n")}\n`);
    });
}
