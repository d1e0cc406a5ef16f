/**
 * The `parse` and `schema` commands: their options, help text and actions.
 */
import { Command, Option } from "commander";
import { parse } from "../index.js";
import { CliError, EXIT_FAILURE, EXIT_USAGE, reasonOf } from "./errors.js";
import { collect, loadGrammar } from "./grammars.js";
import { FORMATS, formatDocument, type Format } from "./format.js";
import { checkOutputPath, readInputFile, readStdin, stdinIsTTY, writeFileAtomic, writeStdout } from "./io.js";

interface ParseFlags {
  format: Format;
  grammar?: string[];
  compact?: boolean;
  output?: string;
  force?: boolean;
}

const PARSE_EXAMPLES = `
Examples:
  $ vanban parse fixtures/tb-283-tu-kon-tum-2021-08-27.txt
  $ vanban parse doc.txt --format yaml
  $ vanban parse doc.txt --compact | jq '.directives | length'
  $ cat doc.txt | vanban parse - > doc.json
  $ vanban parse doc.txt -o doc.json --force

Input is read as bytes; the encoding is detected. A document with error
diagnostics still exits 0: read its "diagnostics".`;

const SCHEMA_EXAMPLES = `
Examples:
  $ vanban schema > vanban.schema.json
  $ vanban schema | jq '.properties | keys'`;

/** Adds `parse [file]` to the program. */
export function addParseCommand(program: Command): void {
  program
    .command("parse")
    .description("parse one document into JSON (default) or YAML on stdout")
    .argument("[file]", "document to parse; '-' or omitted (with piped input) reads stdin")
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("json"))
    .option("-c, --compact", "one-line JSON (ignored for YAML)")
    .option("-o, --output <path>", "write to PATH (atomically) instead of stdout")
    .option("--force", "with -o: overwrite an existing file")
    .option("-g, --grammar <file>", "add entries from a grammar file (repeatable; see vanban grammars)", collect)
    .addHelpText("after", PARSE_EXAMPLES)
    .action(runParse);
}

/** Adds `schema` to the program. */
export function addSchemaCommand(program: Command): void {
  program
    .command("schema")
    .description("print the JSON Schema (2020-12) of the output model")
    .addHelpText("after", SCHEMA_EXAMPLES)
    .action(runSchema);
}

/** `vanban parse`: read, parse, serialise, write. */
async function runParse(file: string | undefined, flags: ParseFlags): Promise<void> {
  if (flags.force && !flags.output) throw new CliError("--force needs -o PATH", EXIT_USAGE);
  if (file === undefined && stdinIsTTY()) throw new CliError("No input", EXIT_USAGE);
  if (flags.output) checkOutputPath(flags.output, Boolean(flags.force));

  const grammar = await loadGrammar(flags.grammar);
  const fromStdin = file === undefined || file === "-";
  const bytes = fromStdin ? await readStdin() : readInputFile(file);
  const path = fromStdin ? null : file;

  let text: string;
  try {
    text = await formatDocument(parse(bytes, { path, grammar }), flags.format, Boolean(flags.compact));
  } catch (err) {
    if (process.env.VANBAN_DEBUG) process.stderr.write(`${(err as Error)?.stack ?? err}\n`);
    throw new CliError(`${path ?? "stdin"}: ${reasonOf(err)}`, EXIT_FAILURE);
  }
  if (flags.output) writeFileAtomic(flags.output, text, Boolean(flags.force));
  else writeStdout(text);
}

/** `vanban schema`: the only command that loads zod. */
async function runSchema(): Promise<void> {
  const { documentJsonSchema } = await import("../model/schema.js");
  writeStdout(`${JSON.stringify(documentJsonSchema(), null, 2)}\n`);
}
