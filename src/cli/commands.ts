/**
 * The `parse` and `schema` commands: their options, help text and actions.
 */
import { checkDocument, NotADocument } from "../pipeline/guard.js";
import { encodingOption, fromOption, parseEncoding, parseMaxBytes } from "./limits.js";
import { statSync } from "node:fs";
import { Command, Option } from "commander";
import { parseWith } from "../parse.js";
import { htmlParserFor } from "./html.js";
import type { BatchFlags } from "./batch.js";
import { CliError, EXIT_FAILURE, EXIT_USAGE, reasonOf } from "./errors.js";
import { collect, loadGrammar } from "./grammars.js";
import { FORMATS, formatDocument } from "./format.js";
import { hasGlobChars } from "./glob.js";
import { checkOutputPath, readInputFile, readStdin, stdinIsTTY, writeFileAtomic, writeStdout } from "./io.js";

type ParseFlags = BatchFlags;

const PARSE_EXAMPLES = `
Examples:
  $ vanban parse fixtures/tb-283-tu-kon-tum-2021-08-27.txt
  $ vanban parse doc.txt --format yaml
  $ vanban parse doc.txt --compact | jq '.directives | length'
  $ cat doc.txt | vanban parse - > doc.json
  $ vanban parse doc.txt -o doc.json --force

Many documents (files, directories, globs; NDJSON on stdout, or a mirror tree):
  $ vanban parse archive/ > all.ndjson
  $ vanban parse 'archive/**/*.txt' a.txt b.md --unordered | jq -r .number.id
  $ vanban parse archive/ -o json/                  # archive/a/x.txt -> json/a/x.json
  $ vanban parse archive/ -o yaml/ --format yaml
  $ vanban parse archive/ -o json/ --skip-existing  # resume a killed run
  $ vanban parse archive/ -o json/ --report report.json --jobs 4
  $ vanban parse archive/ --format ndjson -o all.ndjson
  $ vanban parse archive/ --ignore 'drafts/' --ignore '*.bak.txt' --hidden --follow
  $ find archive -name '*.txt' -print0 | vanban parse --files-from - -0 -o json/
  $ vanban parse archive/ -o json/ --shard 2/8      # the 2nd of 8 disjoint parts
  $ vanban parse archive/ -o archive/json --allow-inside --quiet
  $ vanban parse archive/ -o json/ --timeout 60 --fsync

Input is read as bytes; the encoding is detected. A document with error
diagnostics still exits 0: read its "diagnostics". A batch exits 1 when any
document failed (the others are still done), and prints a summary on stderr.
HTML pages (.html, .htm, or markup at the start) are read as the text a
browser shows, menus and footers left out. Directories give their .txt,
.md, .text, .html and .htm files, skipping hidden ones,
symlinked directories and what .vanbanignore files (gitignore syntax, in the
working directory and in each directory walked) exclude.`;

const SCHEMA_EXAMPLES = `
Examples:
  $ vanban schema > vanban.schema.json
  $ vanban schema | jq '.properties | keys'`;

/** Adds `parse [file]` to the program. */
export function addParseCommand(program: Command): void {
  program
    .command("parse")
    .description("parse documents into JSON (default) or YAML; several inputs give NDJSON or a mirror tree")
    .argument("[inputs...]", "files, directories or globs; '-' or nothing (with piped input) reads stdin")
    .addOption(new Option("-f, --format <format>", "output format (ndjson: one compact line per document)").choices(FORMATS).default("json"))
    .option("-c, --compact", "one-line JSON (ignored for YAML)")
    .option("-o, --output <path>", "write to PATH (atomically) instead of stdout; with several inputs a directory mirroring the input tree")
    .option("--force", "with -o: overwrite existing files (even ones vanban did not write)")
    .option("-g, --grammar <file>", "add entries from a grammar file (repeatable; see vanban grammars)", collect)
    .option("--ignore <glob>", "skip files and directories matching GLOB (gitignore syntax; repeatable)", collect)
    .option("--files-from <file>", "read input paths from FILE ('-' for stdin), one a line")
    .option("-0, --null", "with --files-from: paths are NUL-separated (find -print0)")
    .option("--hidden", "take hidden files and enter hidden directories")
    .option("--follow", "enter symlinked directories")
    .option("-j, --jobs <n>", "parse on N worker threads (default: the number of cores)")
    .option("--unordered", "NDJSON in order of completion rather than input order")
    .option("--skip-existing", "with -o DIR: skip documents whose output is there and up to date (same sha256)")
    .option("--allow-inside", "with -o DIR: allow DIR inside an input directory")
    .option("--report <file>", "write a JSON summary: counts, bytes, time, failures, diagnostics by rule")
    .option("--shard <k/n>", "take only the K-th of N disjoint parts (stable hash of the relative path)")
    .option("-q, --quiet", "no progress bar and no summary on stderr")
    .option("--timeout <seconds>", "with workers: stop a document that takes longer (default 300; 0: no limit)")
    .addOption(encodingOption())
    .addOption(fromOption())
    .option("--max-bytes <size>", "refuse inputs larger than SIZE (bytes, or 500K, 20M, 1G; default 20M)")
    .option("--fsync", "with -o DIR: sync each output to disk before renaming it (survives a power loss, slower)")
    .option("--no-fsync", "with -o DIR: do not sync outputs (the default; renaming still protects against a killed run)")
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

/** True when one argument asks for a batch: a directory, or a glob that names no file. */
function isBatchArg(arg: string): boolean {
  if (arg === "-") return false;
  try {
    const st = statSync(arg, { throwIfNoEntry: false });
    return st ? st.isDirectory() : hasGlobChars(arg);
  } catch {
    return false;
  }
}

/** `vanban parse`: one document (read, parse, serialise, write) or a batch. */
async function runParse(inputs: string[], flags: ParseFlags): Promise<void> {
  if (flags.force && !flags.output) throw new CliError("--force needs -o PATH", EXIT_USAGE);
  if (flags.null && !flags.filesFrom) throw new CliError("-0 needs --files-from", EXIT_USAGE);
  const batch =
    inputs.length > 1 || flags.filesFrom !== undefined || flags.report !== undefined || flags.shard !== undefined ||
    Boolean(flags.skipExisting) || (inputs.length === 1 && isBatchArg(inputs[0]!));
  if (batch) {
    const { runBatch } = await import("./batch.js");
    return runBatch(inputs, flags);
  }
  const file = inputs[0];
  if (file === undefined && stdinIsTTY()) throw new CliError("No input", EXIT_USAGE);
  if (flags.output) checkOutputPath(flags.output, Boolean(flags.force));

  const maxBytes = parseMaxBytes(flags.maxBytes);
  const encoding = parseEncoding(flags.encoding);
  const grammar = await loadGrammar(flags.grammar);
  const fromStdin = file === undefined || file === "-";
  const bytes = fromStdin ? await readStdin() : readInputFile(file, maxBytes);
  const path = fromStdin ? null : file;
  try {
    checkDocument(bytes, maxBytes);
  } catch (err) {
    if (err instanceof NotADocument) throw new CliError(`${path ?? "stdin"}: ${err.message}`, EXIT_FAILURE);
    throw err;
  }

  let text: string;
  try {
    const html = await htmlParserFor(bytes, path, flags.from);
    const doc = parseWith(bytes, { path, grammar, ...(encoding ? { encoding } : {}), ...(flags.from ? { from: flags.from } : {}) }, html);
    text = await formatDocument(doc, flags.format, Boolean(flags.compact));
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
